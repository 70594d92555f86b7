import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import type * as tar from 'tar-stream';
import { badInput, ConfigurationError } from '../../core/errors';
import { lazy } from '../../core/lazy';
import { expandGlob } from '../../core/glob';
import { readInputFile, readPath } from '../../core/paths';
import { compareText } from '../../core/compare';

// Only a packaged chart (.tgz) is read as a tar; start-up does not load the reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tarStream = lazy(() => require('tar-stream') as typeof tar);

/** Largest archive entry read: helm refuses a chart file over 5 MiB, so a larger one never renders. */
export const MAX_CHART_ENTRY_BYTES = 5 * 1024 * 1024;
/** What one packed chart may unpack to, its packed subcharts included: bytes held, entries seen. */
export const CHART_BUDGET = { bytes: 100 * 1024 * 1024, entries: 10_000 };

interface Budget {
  bytes: number;
  entries: number;
}
// The budget an archive's files were read under: its packed subcharts draw on the same one.
const budgets = new WeakMap<Map<string, Buffer>, Budget>();

/** The files of one chart, unpacked in a directory or inside a packed `.tgz`. */
export interface ChartSource {
  /** How a file of this chart is named in sources: `charts/foo-1.2.3.tgz:foo/values.yaml`. */
  display(rel: string): string;
  /** The text of a file relative to the chart root, or undefined when absent. */
  read(rel: string): string | undefined;
  /** Template files (`templates/…` .yaml, .yml, .tpl), relative to the chart root. */
  templates(): string[];
  /** Subcharts under `charts/`, unpacked directories and `.tgz` archives, by name. */
  subcharts(): Promise<ChartSource[]>;
  /**
   * Where the chart is: a folder or `.tgz` relative to the top chart's cwd, then for a chart
   * inside an archive, its folder or `.tgz` relative to that archive's chart.
   */
  origin: string[];
}

function rel(cwd: string, abs: string): string {
  return path.relative(cwd, abs).split(path.sep).join('/') || '.';
}

const TEMPLATE = /(^|\/)templates\/.*\.(ya?ml|tpl)$/;
const CHART_FILE = /(^|\/)(Chart\.yaml|requirements\.yaml|values\.yaml|images\.txt)$/;
const PACKED = /(^|\/)charts\/[^/]+\.tgz$/;

/** The only archive entries read: the small text files a scan needs, and nested subcharts. */
export function isChartEntry(name: string): boolean {
  return CHART_FILE.test(name) || TEMPLATE.test(name) || PACKED.test(name);
}

/**
 * How helm loads an entry of `charts/`: it follows symbolic links (a repository may link
 * `charts/library` to a sibling library chart), so they are followed here too, but for one that
 * leads back to a chart above it (`above`: their real paths). A link that cannot be read is nothing.
 */
export function subchartKind(sub: string, above: string[]): 'folder' | 'packed' | undefined {
  try {
    const st = fs.statSync(sub);
    if (st.isFile()) return sub.endsWith('.tgz') ? 'packed' : undefined;
    if (!st.isDirectory()) return undefined;
    const real = fs.realpathSync(sub);
    return above.some(a => a === real || a.startsWith(real + path.sep)) ? undefined : 'folder';
  } catch {
    return undefined;
  }
}

export function directorySource(
  dir: string,
  cwd: string,
  input: string,
  maxEntry: number,
  above: string[] = []
): ChartSource {
  return {
    origin: [rel(cwd, dir)],
    display: r => rel(cwd, path.join(dir, r)),
    read: r => {
      const abs = path.join(dir, r);
      // Regular files only: a FIFO named values.yaml must never block the scan.
      if (!readPath(input, abs, 'file', { optional: true })) return undefined;
      return readInputFile(input, abs).toString('utf8');
    },
    templates: () => {
      const t = path.join(dir, 'templates');
      if (!fs.existsSync(t)) return [];
      return expandGlob(['**/*.yaml', '**/*.yml', '**/*.tpl'], t).map(f => `templates/${f}`);
    },
    subcharts: async () => {
      const charts = path.join(dir, 'charts');
      if (!fs.existsSync(charts)) return [];
      const out: ChartSource[] = [];
      const chain = [...above, fs.realpathSync(dir)];
      for (const name of fs.readdirSync(charts).sort(compareText)) {
        const sub = path.join(charts, name);
        const kind = subchartKind(sub, chain);
        if (kind === 'folder' && fs.existsSync(path.join(sub, 'Chart.yaml'))) {
          out.push(directorySource(sub, cwd, input, maxEntry, chain));
        } else if (kind === 'packed') {
          const files = await readChartArchive(fs.createReadStream(sub), rel(cwd, sub), input, maxEntry);
          out.push(archiveSource(files, rel(cwd, sub), input, maxEntry));
        }
      }
      return out;
    }
  };
}

/**
 * Streams a packed chart (gzip + tar) and keeps only the entries `keep` names, each
 * at most `maxEntry` bytes: memory stays bounded whatever else the archive holds.
 */
export async function readChartArchive(
  source: Readable,
  display: string,
  input: string,
  maxEntry = MAX_CHART_ENTRY_BYTES,
  keep: (name: string) => boolean = isChartEntry,
  budget: Budget = { ...CHART_BUDGET }
): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  budgets.set(files, budget);
  const spent = (what: string) =>
    badInput(input, display, `the chart archive holds ${what}, over what one packed chart may unpack to`);
  const gunzip = zlib.createGunzip();
  const extract = tarStream().extract();
  let failure: Error | undefined;
  // tar-stream is a streamx Writable, so errors are forwarded by hand rather than via pipeline().
  const fail = (err: Error) => {
    failure = failure ?? err;
    extract.destroy(err);
  };
  source.on('error', fail);
  gunzip.on('error', fail);
  source.pipe(gunzip).pipe(extract as unknown as NodeJS.WritableStream);
  const tooBig = (name: string, size: number) =>
    badInput(
      input,
      `${display}:${name}`,
      `the entry is ${size} bytes; chart archive entries over ${maxEntry} bytes are not read`
    );
  try {
    for await (const entry of extract) {
      if (--budget.entries < 0) throw spent(`more than ${CHART_BUDGET.entries} entries`);
      const name = path.posix.normalize(entry.header.name.replace(/^\.?\/+/, ''));
      const type = entry.header.type;
      if ((type !== 'file' && type !== 'contiguous-file' && type != null) || !keep(name)) {
        entry.resume();
        continue;
      }
      if ((entry.header.size ?? 0) > maxEntry) throw tooBig(name, entry.header.size ?? 0);
      const parts: Buffer[] = [];
      let size = 0;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        size += chunk.length;
        // The header's size is trusted only as far as the bytes bear it out.
        if (size > maxEntry) throw tooBig(name, size);
        budget.bytes -= chunk.length;
        if (budget.bytes < 0) throw spent(`more than ${CHART_BUDGET.bytes / 1024 / 1024} MiB of files`);
        parts.push(chunk);
      }
      files.set(name, Buffer.concat(parts));
    }
    if (failure) throw failure;
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    const why = (failure ?? (err as Error)).message;
    throw badInput(input, display, `not a readable chart archive (${why})`);
  } finally {
    source.destroy();
    gunzip.destroy();
    extract.destroy();
  }
  return files;
}

/** The chart inside an archive: the shallowest folder holding a Chart.yaml (`foo/` as helm packs it). */
function chartRoot(files: Map<string, Buffer>): string | undefined {
  return [...files.keys()]
    .filter(n => n === 'Chart.yaml' || n.endsWith('/Chart.yaml'))
    .map(n => n.slice(0, -'Chart.yaml'.length))
    .sort((a, b) => a.split('/').length - b.split('/').length || compareText(a, b))[0];
}

/**
 * Writes out a packed chart, read with every entry kept, into the folder `into`: the files of
 * the chart as helm loads them from the archive. Entries that would land outside are left out.
 */
export function unpackChart(files: Map<string, Buffer>, into: string, display: string, input: string): void {
  const prefix = chartRoot(files);
  if (prefix === undefined) throw badInput(input, display, 'the chart archive has no Chart.yaml');
  for (const [name, data] of files) {
    const to = path.join(into, name.slice(prefix.length));
    if (!name.startsWith(prefix) || !to.startsWith(into + path.sep)) continue;
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, data);
  }
}

/**
 * Replaces a packed chart (in a copy) by a folder beside it, which helm loads alike; returns the
 * folder, also when an earlier call made it. Every entry is read, each at most MAX_CHART_ENTRY_BYTES.
 */
export async function unpackInPlace(file: string, input: string): Promise<string> {
  const into = `${file.slice(0, -'.tgz'.length)}.unpacked`;
  if (fs.existsSync(into) && !fs.existsSync(file)) return into;
  const files = await readChartArchive(
    fs.createReadStream(file),
    file,
    input,
    MAX_CHART_ENTRY_BYTES,
    () => true
  );
  unpackChart(files, into, file, input);
  fs.rmSync(file);
  return into;
}

/** The chart inside an archive, read from the entries `readChartArchive` kept. */
export function archiveSource(
  files: Map<string, Buffer>,
  display: string,
  input: string,
  maxEntry: number,
  root?: string,
  archive: string[] = [display]
): ChartSource {
  const top = chartRoot(files);
  const prefix = root ?? top;
  if (prefix === undefined || top === undefined)
    throw badInput(input, display, 'the chart archive has no Chart.yaml');
  const under = (dir: string) => [...files.keys()].filter(n => n.startsWith(prefix + dir)).sort();
  // Where this chart is inside the archive's own chart: '' for that chart itself.
  const inner = prefix.slice(top.length).replace(/\/$/, '');
  return {
    origin: inner ? [...archive, inner] : archive,
    display: r => `${display}:${prefix}${r}`,
    read: r => files.get(prefix + r)?.toString('utf8'),
    templates: () => under('templates/').map(n => n.slice(prefix.length)),
    subcharts: async () => {
      const out: ChartSource[] = [];
      const names = new Set(
        under('charts/').map(n => n.slice(prefix.length + 'charts/'.length).split('/')[0])
      );
      for (const name of [...names].sort((a, b) => compareText(a, b))) {
        const at = `${prefix}charts/${name}`;
        if (files.has(`${at}/Chart.yaml`)) {
          out.push(archiveSource(files, display, input, maxEntry, `${at}/`, archive));
        } else if (name.endsWith('.tgz') && files.has(at)) {
          const shown = `${display}:${at}`;
          const nested = await readChartArchive(
            Readable.from([files.get(at) as Buffer]),
            shown,
            input,
            maxEntry,
            isChartEntry,
            budgets.get(files)
          );
          const origin = [...archive, path.posix.join(inner, 'charts', name)];
          out.push(archiveSource(nested, shown, input, maxEntry, undefined, origin));
        }
      }
      return out;
    }
  };
}
