import * as fs from 'node:fs';
import { matchFiles } from '../../core/glob';
import { whyOf } from '../../core/errors';
import { VERIFY_PLATFORMS } from '../../core/specs.generated';
import { parseReference } from '../../oci/reference';
import { Dockerfile, flag, Instruction, parseDockerfile } from '../lint/parse';
import { buildkitPlatform } from './buildkit-platform';
import { mountSources, reachedStageLines } from './dockerfile-stages';
import { expandWord, WordError } from './shell-word';
import { emptyScan, FoundImage, ScanResult, ScanWarning } from './types';

export interface DockerfileScanOptions {
  cwd?: string;
  input?: string;
  /** `--build-arg` values that override ARG defaults. */
  buildArgs?: Record<string, string>;
  /** The target platforms (`TARGETARCH` and friends take each one's values); default: the action's. */
  platforms?: string[];
  /** The stage built (`--target`; '' the last one): only the images its build loads. Default: every stage's. */
  target?: string;
}

/**
 * `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}`; unknown variables stay as written.
 * The lint's loose reading; the scanner expands as BuildKit does (shell-word.ts).
 */
export function expandArgs(s: string, vars: Map<string, string>): string {
  return s.replace(/\$(?:\{(\w+)(?::([-+])([^}]*))?\}|(\w+))/g, (all, braced, op, word, bare) => {
    const name = braced ?? bare;
    const v = vars.get(name);
    if (op === '-') return v ? v : word;
    if (op === '+') return v ? word : '';
    return v ?? all;
  });
}

/** ARG's words as BuildKit splits them: on blanks outside quotes, quotes kept for the expansion. */
export function argWords(args: string, escape: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote = '';
  for (let i = 0; i < args.length; i++) {
    const ch = args[i];
    if (ch === escape && i + 1 < args.length && quote !== "'") {
      word += ch + args[++i];
    } else if (quote) {
      if (ch === quote) quote = '';
      word += ch;
    } else if (ch === ' ' || ch === '\t') {
      if (word) words.push(word);
      word = '';
    } else {
      if (ch === '"' || ch === "'") quote = ch;
      word += ch;
    }
  }
  if (word) words.push(word);
  return words;
}

/** The variables BuildKit defines for a target platform; a runner builds natively, so BUILD* match. */
function platformArgs(platform: string): Map<string, string> {
  const [os = '', arch = '', variant = ''] = platform.split('/');
  const vars = new Map<string, string>([['TARGETSTAGE', 'default']]);
  for (const side of ['TARGET', 'BUILD']) {
    vars.set(`${side}PLATFORM`, platform);
    vars.set(`${side}OS`, os);
    vars.set(`${side}OSVERSION`, '');
    vars.set(`${side}ARCH`, arch);
    vars.set(`${side}VARIANT`, variant);
  }
  return vars;
}

interface Context {
  file: string;
  /** The input that named the Dockerfile (parse errors are content warnings, never usage errors). */
  input: string;
  escape: string;
  warnings: ScanWarning[];
}

/** A line BuildKit refuses: the whole build fails there, for the platforms listed. */
interface Refusal {
  line: number;
  what: string;
  platforms: string[];
}

/** One target platform's view of the file: its variables, and the lines BuildKit refuses for it. */
interface Build {
  platform: string;
  vars: Map<string, string>;
  refusals: Refusal[];
}

function refuse(build: Build, ins: Instruction, what: string): void {
  build.refusals.push({ line: ins.line, what, platforms: [build.platform] });
}

/** The global scope (ARGs before the first FROM) for one platform, as BuildKit builds it. */
function globalArgs(
  instructions: Instruction[],
  platform: string,
  buildArgs: Record<string, string>,
  escape: string
): Map<string, string> {
  const vars = platformArgs(platform);
  for (const [k, v] of Object.entries(buildArgs)) if (vars.has(k)) vars.set(k, v);
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') break;
    if (ins.keyword !== 'ARG') continue;
    for (const word of argWords(ins.args, escape)) {
      const at = word.indexOf('=');
      const key = at < 0 ? word : word.slice(0, at);
      if (key in buildArgs) vars.set(key, buildArgs[key]);
      // `ARG NAME` with no value and no build argument leaves NAME unset (or as it was); a default
      // BuildKit cannot expand is empty, and no error (it drops the error there).
      else if (at >= 0) {
        const e = tryExpand(word.slice(at + 1), vars, escape);
        vars.set(key, 'value' in e ? e.value : '');
      }
    }
  }
  return vars;
}

function tryExpand(word: string, vars: Map<string, string>, escape: string) {
  try {
    return expandWord(word, vars, escape);
  } catch (err) {
    if (!(err instanceof WordError)) throw err;
    return { error: err.message };
  }
}

function hintOf(unset: string[]): string {
  return unset.length ? ` (build argument ${unset.join(', ')} not set)` : '';
}

/** Why `value` is not an image BuildKit could pull, or undefined when it is one. */
function notAnImage(value: string, unset: string[], ctx: Context): string | undefined {
  if (!value) return `is empty${hintOf(unset)}`;
  try {
    parseReference(value, ctx.input);
    return undefined;
  } catch (err) {
    return `gives "${value}", not an image reference${hintOf(unset)}: ${whyOf(err)}`;
  }
}

interface Pull {
  reference: string;
  line: number;
  /** Platforms the image is pulled for; undefined: every target platform. */
  platforms?: string[];
}

/** The platform a FROM's `--platform=` fixes for its base, the target's when there is none. */
function fromPlatform(ins: Instruction, build: Build, ctx: Context): string | undefined {
  const written = flag(ins, 'platform')?.value;
  // `--platform=` with nothing after it is no flag to BuildKit.
  if (!written) return build.platform;
  const e = tryExpand(written, build.vars, ctx.escape);
  if ('error' in e) return void refuse(build, ins, `FROM --platform=${written}: ${e.error}`);
  const p = buildkitPlatform(e.value, build.vars.get('BUILDARCH') ?? '');
  if ('platform' in p) return p.platform;
  const gives = e.value === written ? '' : ` gives "${e.value}"${hintOf(e.unset)},`;
  refuse(build, ins, `FROM --platform=${written}${gives} not a platform: ${p.why}`);
  return undefined;
}

/** One FROM for one target platform: the image it pulls, if any (a stage or scratch pulls none). */
function fromImage(ins: Instruction, stages: Set<string>, build: Build, ctx: Context): Pull | undefined {
  const written = ins.args.split(/\s+/).filter(Boolean)[0] ?? '';
  const e = tryExpand(written, build.vars, ctx.escape);
  // BuildKit reads every stage's FROM before it builds any: one it cannot read fails the build.
  if ('error' in e) return void refuse(build, ins, `FROM ${written}: ${e.error}`);
  const platform = fromPlatform(ins, build, ctx);
  if (e.value === 'scratch' || stages.has(e.value.toLowerCase())) return undefined;
  const why = notAnImage(e.value, e.unset, ctx);
  if (why) return void refuse(build, ins, `FROM ${written} ${why}`);
  return platform ? { reference: e.value, line: ins.line, platforms: [platform] } : undefined;
}

/** Every stage name (lower case): `COPY --from` and `RUN --mount=from=` may name any of them. */
function stageNames(instructions: Instruction[]): Set<string> {
  const names = new Set<string>();
  for (const ins of instructions) {
    const words = ins.keyword === 'FROM' ? ins.args.split(/\s+/).filter(Boolean) : [];
    if (words.length >= 3 && words[1].toLowerCase() === 'as') names.add(words[2].toLowerCase());
  }
  return names;
}

/**
 * Images that COPY --from and RUN --mount=from= take from a registry, pulled for each target
 * platform. BuildKit expands no variable there and refuses a name that is no image.
 */
function copySources(dockerfile: Dockerfile, ctx: Context): { pulls: Pull[]; refusals: Refusal[] } {
  const names = stageNames(dockerfile.instructions);
  const pulls: Pull[] = [];
  const refusals: Refusal[] = [];
  for (const ins of dockerfile.instructions) {
    const from = ins.keyword === 'COPY' ? flag(ins, 'from')?.value : undefined;
    const sources = ins.keyword === 'RUN' ? mountSources(ins) : from ? [from] : [];
    for (const src of sources) {
      // COPY --from=N is the Nth stage; a mount's from= is always a name.
      if (names.has(src.toLowerCase()) || (from && /^\d+$/.test(src))) continue;
      const why = src.includes('$')
        ? 'is not expanded: BuildKit expands no variable there'
        : notAnImage(src, [], ctx);
      if (why) refusals.push({ line: ins.line, what: `${ins.keyword} from ${src} ${why}`, platforms: [] });
      else pulls.push({ reference: src, line: ins.line });
    }
  }
  return { pulls, refusals };
}

/** Every FROM image for one target platform, in file order. */
function fromImages(dockerfile: Dockerfile, build: Build, ctx: Context): Pull[] {
  const pulls: Pull[] = [];
  // A FROM names only stages defined above it (`FROM base AS base` pulls the image `base`).
  const stages = new Set<string>();
  for (const ins of dockerfile.instructions) {
    if (ins.keyword !== 'FROM') continue;
    const pull = fromImage(ins, stages, build, ctx);
    if (pull) pulls.push(pull);
    const words = ins.args.split(/\s+/).filter(Boolean);
    if (words.length >= 3 && words[1].toLowerCase() === 'as') stages.add(words[2].toLowerCase());
  }
  return pulls;
}

/**
 * One warning at the first line BuildKit refuses, as BuildKit stops there; the other lines it would
 * refuse next are named in it. The platforms whose build fails are named when not all of them.
 */
function refusalWarnings(refusals: Refusal[], targets: string[], ctx: Context): void {
  const byLine = new Map<string, Refusal>();
  for (const r of refusals) {
    const key = `${r.line} ${r.what}`;
    const had = byLine.get(key);
    if (had) r.platforms.forEach(p => had.platforms.includes(p) || had.platforms.push(p));
    else byLine.set(key, { ...r, platforms: [...r.platforms] });
  }
  const [first, ...more] = [...byLine.values()].sort((a, b) => a.line - b.line);
  if (!first) return;
  const some = first.platforms.length && !targets.every(t => first.platforms.includes(t));
  const whose = some ? ` for ${first.platforms.join(', ')}` : '';
  const lines = [...new Set(more.map(r => r.line).filter(l => l !== first.line))];
  const next = lines.length ? ` (lines ${lines.join(', ')} are refused too)` : '';
  ctx.warnings.push({
    file: ctx.file,
    line: first.line,
    message: `${first.what}: BuildKit refuses the build${whose}, so no image of this file is checked${whose}${next}`
  });
}

/** Joins the per-platform pulls of one line and image; all target platforms means no restriction. */
function merge(pulls: Pull[], targets: string[], file: string): FoundImage[] {
  const byKey = new Map<string, Pull>();
  for (const p of pulls) {
    const key = `${p.line} ${p.reference}`;
    const had = byKey.get(key);
    if (!had) byKey.set(key, { ...p, platforms: p.platforms && [...p.platforms] });
    else if (had.platforms) {
      if (!p.platforms) had.platforms = undefined;
      else p.platforms.forEach(x => had.platforms?.includes(x) || had.platforms?.push(x));
    }
  }
  const sorted = [...byKey.values()].sort((a, b) => a.line - b.line);
  return sorted.map(p => {
    const all = !p.platforms || targets.every(t => p.platforms?.includes(t));
    return {
      reference: p.reference,
      source: { file, line: p.line, ...(all ? {} : { platforms: p.platforms }) },
      how: 'dockerfile'
    };
  });
}

/**
 * The images a build of this Dockerfile pulls, as BuildKit resolves them: every stage's FROM
 * (global ARGs, build arguments and the target platform's variables expanded; stage names and
 * `scratch` are no image) and the images `COPY --from` and `RUN --mount=from=` name. A fixed
 * `--platform=` limits the platforms that base needs.
 */
export function dockerfileImages(
  text: string,
  file: string,
  buildArgs: Record<string, string> = {},
  platforms: string[] = defaultPlatforms(),
  input: string = VERIFY_PLATFORMS.inputs.dockerfiles.name,
  target?: string
): { images: FoundImage[]; warnings: ScanWarning[] } {
  const dockerfile = parseDockerfile(text);
  const ctx: Context = { file, input, escape: dockerfile.escape, warnings: [] };
  const copies = copySources(dockerfile, ctx);
  const pulls: Pull[] = [];
  const refusals = [...copies.refusals];
  for (const platform of platforms) {
    const vars = globalArgs(dockerfile.instructions, platform, buildArgs, dockerfile.escape);
    const build: Build = { platform, vars, refusals: [] };
    const own = fromImages(dockerfile, build, ctx);
    const reached = target === undefined ? () => true : reachedStageLines(dockerfile, target, vars);
    if (!reached)
      refusals.push({ line: 1, what: `target stage ${target} could not be found`, platforms: [] });
    refusals.push(...build.refusals);
    // A build BuildKit refuses pulls nothing: no image of it is reported.
    if (!reached || build.refusals.length || copies.refusals.length) continue;
    // BuildKit loads the images of the stages the target reaches, and no other.
    const mine = [...own, ...copies.pulls.map(p => ({ ...p, platforms: [platform] }))];
    pulls.push(...mine.filter(p => reached(p.line)));
  }
  refusalWarnings(refusals, platforms, ctx);
  return { images: merge(pulls, platforms, file), warnings: ctx.warnings };
}

function defaultPlatforms(): string[] {
  return VERIFY_PLATFORMS.inputs.platforms.default.split(',');
}

export function scanDockerfiles(globs: string[], opts: DockerfileScanOptions = {}): ScanResult {
  const cwd = opts.cwd ?? process.cwd();
  const input = opts.input ?? VERIFY_PLATFORMS.inputs.dockerfiles.name;
  const result = emptyScan();
  for (const { abs, display } of matchFiles(globs, cwd, input)) {
    const text = fs.readFileSync(abs, 'utf8');
    const found = dockerfileImages(text, display, opts.buildArgs, opts.platforms, input, opts.target);
    result.images.push(...found.images);
    result.warnings.push(...found.warnings);
  }
  return result;
}
