import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  archiveSource,
  ChartSource,
  MAX_CHART_ENTRY_BYTES,
  readChartArchive,
  subchartKind,
  unpackInPlace
} from './chart-archive';

/**
 * Sprig's `genPrivateKey "rsa"` makes a 4096-bit RSA key, and `"dsa"` new DSA parameters: a
 * random prime search that takes helm up to seconds on every render, for a Secret that holds
 * no image. Bitnami's etcd chart (bundled by Mayastor) calls it for its JWT token.
 */
const SLOW_KEY = /\bgenPrivateKey(\s+)(?:"(?:rsa|dsa)"|`(?:rsa|dsa)`)/g;
/** In the copy that is rendered, it asks for a P-256 key: made at once, a PEM private key too. */
const FAST_KEY = 'genPrivateKey$1"ecdsa"';
const TEMPLATE = /\.(ya?ml|tpl)$/;

function callsSlowKey(text: string): boolean {
  SLOW_KEY.lastIndex = 0;
  return SLOW_KEY.test(text);
}

/** Whether a chart read from an archive asks for a slow key, at any depth. */
async function archiveIsSlow(source: ChartSource): Promise<boolean> {
  if (source.templates().some(t => callsSlowKey(source.read(t) ?? ''))) return true;
  for (const sub of await source.subcharts()) if (await archiveIsSlow(sub)) return true;
  return false;
}

/** Whether a packed chart asks for a slow key; only its chart files are read, as the scan reads them. */
async function packedIsSlow(file: string, input: string): Promise<boolean> {
  const files = await readChartArchive(fs.createReadStream(file), file, input);
  return archiveIsSlow(archiveSource(files, file, input, MAX_CHART_ENTRY_BYTES));
}

/**
 * Walks a chart folder and its subcharts: each template file, and each packed subchart. With
 * `follow`, linked subcharts are walked as helm loads them (`subchartKind`); without, regular
 * files and folders only, for a walk that rewrites: a link may lead back into the user's chart.
 */
async function walkChart(
  dir: string,
  onTemplate: (file: string) => void,
  onPacked: (file: string) => Promise<string | undefined>,
  follow: string[] | false
): Promise<void> {
  const realDir = (p: string) => !!fs.lstatSync(p, { throwIfNoEntry: false })?.isDirectory();
  const templates = path.join(dir, 'templates');
  if (realDir(templates))
    for (const e of fs.readdirSync(templates, { withFileTypes: true, recursive: true }))
      if (e.isFile() && TEMPLATE.test(e.name)) onTemplate(path.join(e.parentPath ?? e.path, e.name));
  const charts = path.join(dir, 'charts');
  if (!realDir(charts)) return;
  const chain = follow && [...follow, fs.realpathSync(dir)];
  for (const e of fs.readdirSync(charts, { withFileTypes: true })) {
    const sub = path.join(charts, e.name);
    const kind = chain
      ? subchartKind(sub, chain)
      : e.isDirectory()
        ? 'folder'
        : e.isFile()
          ? subchartKind(sub, [])
          : undefined;
    // onPacked may give a folder to walk: the archive unpacked.
    const walk = kind === 'folder' ? sub : kind === 'packed' ? await onPacked(sub) : undefined;
    if (walk) await walkChart(walk, onTemplate, onPacked, chain);
  }
}

/**
 * The templates of a chart folder that ask for a slow key, at any depth, relative to `dir`;
 * a packed subchart that holds one is named itself.
 */
export async function slowKeyTemplates(dir: string, input: string): Promise<string[]> {
  const found: string[] = [];
  await walkChart(
    dir,
    file => {
      if (callsSlowKey(fs.readFileSync(file, 'utf8'))) found.push(path.relative(dir, file));
    },
    async file => {
      if (await packedIsSlow(file, input)) found.push(path.relative(dir, file));
      return undefined;
    },
    []
  );
  return found;
}

/** What was changed for fast keys, and how to put the templates' own text back. */
export interface FastKeys {
  changed: number;
  restore(): void;
}

/** Rewrites a chart folder's templates in place, at any depth; a packed subchart that asks
 * for a slow key is unpacked in its place first. */
async function rewriteChart(dir: string, input: string, originals: Map<string, string>): Promise<void> {
  const rewrite = (file: string) => {
    const text = fs.readFileSync(file, 'utf8');
    if (!callsSlowKey(text)) return;
    originals.set(file, text);
    fs.writeFileSync(file, text.replace(SLOW_KEY, FAST_KEY));
  };
  await walkChart(
    dir,
    rewrite,
    async packed => ((await packedIsSlow(packed, input)) ? unpackInPlace(packed, input) : undefined),
    false
  );
}

function fastKeys(originals: Map<string, string>): FastKeys {
  return {
    changed: originals.size,
    restore: () => originals.forEach((text, file) => fs.writeFileSync(file, text))
  };
}

/** Makes a whole copy of a chart folder (changed in place) ask for fast keys instead of slow ones. */
export async function useFastKeys(copy: string, input: string): Promise<FastKeys> {
  const originals = new Map<string, string>();
  await rewriteChart(copy, input, originals);
  return fastKeys(originals);
}

/**
 * Builds at `dst` a chart folder that asks for fast keys, without copying `src`: it links to
 * each file and folder of `src` but for real folders down to the templates `slow` names
 * (`slowKeyTemplates`), which are copied and rewritten.
 */
export async function fastKeyOverlay(
  src: string,
  dst: string,
  slow: string[],
  input: string
): Promise<FastKeys> {
  const targets = new Set(slow.map(t => path.join(src, t)));
  const real = new Set<string>();
  for (const t of targets)
    for (let p = path.dirname(t); p.length > src.length; p = path.dirname(p)) real.add(p);
  const mirror = (from: string, to: string) => {
    fs.mkdirSync(to);
    for (const name of fs.readdirSync(from)) {
      const s = path.join(from, name);
      if (real.has(s)) mirror(s, path.join(to, name));
      else if (targets.has(s)) fs.copyFileSync(s, path.join(to, name));
      else fs.symlinkSync(s, path.join(to, name));
    }
  };
  mirror(src, dst);
  // Only the copied files are real: the rewrite walks them alone.
  const originals = new Map<string, string>();
  await rewriteChart(dst, input, originals);
  return fastKeys(originals);
}
