import { DEFAULT_LIMITS, LimitError } from '../../core/limits';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckError } from '../../core/errors';
import { ExecResult, lastLine, quietRun } from '../../core/exec';
import { withHeartbeat } from '../../core/heartbeat';
import { DependencyProblem } from './deps';
import { FastKeys, fastKeyOverlay, useFastKeys } from './keys';
import { unpackInPlace } from './chart-archive';
import { PINNED } from '../../core/tools';
import { compareVersions, parseRange, parseVersion, Version } from './semver';
import { dependencyLabel, emptyScan, FoundImage, MissingDependency, ScanResult } from './types';
import { IMAGE_KINDS } from './custom-resources';
import { containerImages } from './workload';
import { parseYamlText } from './yaml';

export const RELEASE_NAME = 'arch-actions-verify';
/** How long fetching dependencies may take in all (`helm dependency build`, then `update`). */
export const DEPENDENCY_TIMEOUT_MS = 60_000;

/** How verify runs helm: `quietRun`'s signature, so tests can stand in for it. */
export type Exec = typeof quietRun;

export interface RenderOptions {
  /** The chart folder, absolute, and as the user wrote it (relative to the workspace). */
  dir: string;
  display: string;
  helm: string;
  /** Values files (absolute paths, checked) and `--set` lines, in the order given. */
  values: string[];
  set: string[];
  /** Undefined: helm's own default. */
  kubeVersion?: string;
  /** The dependencies of a chart folder that helm will not render as declared (deps.ts). */
  dependencies: (dir: string) => Promise<DependencyProblem[]>;
  /** The templates of a chart folder, at any depth, that ask for a slow key (keys.ts). */
  slowKeys?: (dir: string) => Promise<string[]>;
  dependencyTimeoutMs?: number;
  /** Each helm template is killed past this, with what it started (the tool-timeout limit). */
  toolMs?: number;
}

/**
 * A Kubernetes version for `--kube-version` that satisfies the chart's `kubeVersion`: the
 * baseline (helm's own default, else the pinned kubectl's) when it does, else the nearest
 * release that does.
 */
export function chooseKubeVersion(constraint: string | undefined, baseline: string = PINNED.kubectl.version) {
  const test = constraint ? parseRange(constraint) : undefined;
  if (!test || test(baseline)) return baseline;
  const named = (constraint?.match(/\d+\.\d+(?:\.\d+)?/g) ?? []).map(v =>
    v.split('.').length < 3 ? `${v}.0` : v
  );
  const minors = Array.from({ length: 30 }, (_, i) => `1.${i + 16}.0`);
  const key = (v: string) => parseVersion(v) as Version;
  const sorted = [...new Set([...named, ...minors])]
    .filter(v => parseVersion(v) && test(v))
    .sort((a, b) => compareVersions(key(a), key(b)));
  const base = key(baseline);
  const nextMinor: Version = [base[0], base[1] + 1, 0];
  const above = sorted.find(v => compareVersions(key(v), nextMinor) >= 0);
  return above ?? sorted[sorted.length - 1] ?? baseline;
}

export function helmTemplateArgs(
  o: Pick<RenderOptions, 'dir' | 'kubeVersion' | 'values' | 'set'>,
  dir = o.dir
): string[] {
  return [
    'template',
    RELEASE_NAME,
    dir,
    '--include-crds',
    ...(o.kubeVersion ? ['--kube-version', o.kubeVersion] : []),
    ...o.values.flatMap(f => ['--values', f]),
    ...o.set.flatMap(s => ['--set', s])
  ];
}

/** helm's own error line (it is followed by a hint about --debug), else its last line. */
function helmError(res: ExecResult): string {
  const error = res.stderr.split('\n').find(l => l.startsWith('Error:'));
  return error?.replace(/^Error:\s*/, '') || lastLine(res.stderr) || `exit code ${res.exitCode}`;
}

function failed(o: RenderOptions, res: ExecResult & { timedOut?: boolean }): CheckError {
  if (res.timedOut)
    return new LimitError(`helm template of the chart ${o.display}`, 'toolMs', toolMs(o), 'killed');
  return new CheckError(`helm template could not render the chart ${o.display}: ${helmError(res)}`);
}

const toolMs = (o: RenderOptions): number => o.toolMs ?? DEFAULT_LIMITS.toolMs;

/** helm template of `dir`, killed (with what it started) past the tool-timeout limit. */
const template = (o: RenderOptions, exec: Exec, dir: string, signal?: AbortSignal) =>
  withHeartbeat(`helm template of ${o.display}`, () =>
    exec(o.helm, helmTemplateArgs(o, dir), { timeoutMs: toolMs(o), ...(signal ? { signal } : {}) })
  );

const MARKER = 'arch-actions-placeholder.yaml';

/**
 * A chart with only a name, a version and a marker object in place of a missing dependency:
 * the parent renders, no image is made up for it, and helm renders the marker only when the
 * dependency's condition and tags leave it on.
 */
function writePlaceholder(parent: string, dep: DependencyProblem): void {
  const at = path.join(parent, 'charts', `${dep.name}-placeholder`);
  fs.mkdirSync(path.join(at, 'templates'), { recursive: true });
  const version = parseVersion(dep.version) ? dep.version : '0.0.0';
  fs.writeFileSync(path.join(at, 'Chart.yaml'), `apiVersion: v2\nname: ${dep.name}\nversion: ${version}\n`);
  const marker = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: arch-actions-placeholder\n';
  fs.writeFileSync(path.join(at, 'templates', MARKER), marker);
}

/** The chart paths whose placeholder helm rendered: the missing dependencies that are on. */
function placeholdersOn(text: string): Set<string> {
  const on = new Set<string>();
  for (const m of text.matchAll(/^# Source: (.+)$/gm))
    if (m[1].endsWith(`/templates/${MARKER}`)) on.add(sourceOf(m[1].trim()).chart);
  return on;
}

/** The folder, in a whole copy of the chart, of the chart at `origin`; packed ones on the way are unpacked. */
async function folderAt(copy: string, origin: string[], input: string): Promise<string> {
  let dir = copy;
  for (const part of origin) {
    const at = path.join(dir, part);
    dir = part.endsWith('.tgz') ? await unpackInPlace(at, input) : at;
  }
  return dir;
}

/** `helm dependency build` (Chart.lock's versions), then `update`, both within one deadline. */
async function fetchDependencies(o: RenderOptions, dir: string, exec: Exec): Promise<ExecResult> {
  const limit = o.dependencyTimeoutMs ?? DEPENDENCY_TIMEOUT_MS;
  const deadline = Date.now() + limit;
  let res: ExecResult = { exitCode: 1, stdout: '', stderr: '' };
  for (const verb of ['build', 'update']) {
    const timeoutMs = deadline - Date.now();
    if (timeoutMs <= 0) break;
    res = await withHeartbeat(`helm dependency ${verb} of ${o.display}`, () =>
      exec(o.helm, ['dependency', verb, dir], { timeoutMs })
    );
    if (res.exitCode === 0) return res;
  }
  // Killed at the deadline: name the deadline rather than a signal.
  if (Date.now() >= deadline)
    return { ...res, stderr: `Error: no answer within ${Math.round(limit / 1000)} s (no network?)\n` };
  return res;
}

function describe(p: DependencyProblem, top: string, fetched?: ExecResult): MissingDependency {
  const parent = p.parent === top ? undefined : p.parent.slice(top.length + 1);
  let reason = p.found
    ? `charts/ holds version ${p.found}, which ${p.version ? p.version : 'a dependency with no version'} does not accept`
    : parent
      ? `not in charts/ of ${parent}, which helm renders without it`
      : 'not in charts/';
  // helm dependency build fetches the top chart's own only.
  const tried = parent ? undefined : fetched;
  const failure = tried && tried.exitCode !== 0 ? helmError(tried) : undefined;
  if (tried)
    reason += failure
      ? ', and helm dependency build and update could not fetch it'
      : ', still after helm dependency build';
  return {
    name: p.name,
    version: p.version,
    ...(parent ? { parent } : {}),
    reason,
    ...(failure ? { detail: failure } : {}),
    file: p.file,
    line: p.line
  };
}

/** Chart paths rendered in a version the range refuses: their documents are not the declared chart's. */
function wrongVersions(problems: DependencyProblem[]): string[] {
  return problems.filter(p => p.found).map(p => `${p.parent}/${p.name}`);
}

export interface Rendered {
  text: string;
  /** Every dependency not rendered as declared, at any depth. */
  missing: MissingDependency[];
  /** Chart paths whose documents are left out: another version than the one declared. */
  skip: string[];
  /** How the rendering differed from a bare `helm template`, for the log. */
  notes: string[];
}

/**
 * The top chart's own missing dependencies fetched with `helm dependency build` (it needs the
 * network), and a placeholder for each dependency still missing, at any depth.
 */
async function withDependencies(o: RenderOptions, copy: string, problems: DependencyProblem[], exec: Exec) {
  const top = problems[0]?.parent.split('/')[0] ?? '';
  const fetched = problems.some(p => p.parent === top) ? await fetchDependencies(o, copy, exec) : undefined;
  const left = fetched?.exitCode === 0 ? await o.dependencies(copy) : problems;
  for (const p of left) if (!p.found) writePlaceholder(await folderAt(copy, p.origin, o.display), p);
  return { top, fetched, left };
}

/** The dependencies not rendered that would have been: those off by their condition or tags are only noted. */
function missingOnes(o: RenderOptions, text: string, deps: Awaited<ReturnType<typeof withDependencies>>) {
  const on = placeholdersOn(text);
  const missing: MissingDependency[] = [];
  const notes: string[] = [];
  for (const p of deps.left) {
    const m = describe(p, deps.top, deps.fetched);
    if (p.found || on.has(`${p.parent}/${p.alias ?? p.name}`)) missing.push(m);
    else
      notes.push(
        `${o.display}: dependency ${dependencyLabel(m)} was not rendered (${m.reason}), but it is off` +
          `${p.condition ? ` (condition ${p.condition})` : ''}: helm would not render it anyway`
      );
  }
  return { missing, notes };
}

/** The result of a render; when it asked for fast keys and helm refused it, rendered with the chart's own. */
async function rendered(
  o: RenderOptions,
  at: string,
  run: Promise<ExecResult>,
  keys: FastKeys | undefined,
  exec: Exec
) {
  let res = await run;
  const notes: string[] = [];
  if (keys?.changed && res.exitCode !== 0) {
    keys.restore();
    res = await template(o, exec, at);
  } else if (keys?.changed)
    notes.push(
      `${o.display}: ${keys.changed} template(s) rendered with genPrivateKey "ecdsa" for "rsa" or "dsa": ` +
        'that key is random, takes helm seconds to make, and holds no image'
    );
  if (res.exitCode !== 0) throw failed(o, res);
  return { text: res.stdout, notes };
}

/**
 * Renders the chart with `helm template` while its dependencies are checked at every depth.
 * A template that asks for a slow key (keys.ts) is rendered from a copy that asks for a fast
 * one: links to the chart's files but for the templates rewritten. When the top chart's own
 * dependencies are missing or of a refused version, a whole copy gets them from `helm
 * dependency build` (it needs the network), or else a placeholder stands in for each missing
 * one, so that the parent's own images are still found.
 */
export async function renderChart(o: RenderOptions, exec: Exec = quietRun): Promise<Rendered> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-actions-chart-'));
  const copy = path.join(tmp, path.basename(o.dir));
  try {
    // Only a shortcut: what it cannot read, the dependency check reports.
    const slow = (await o.slowKeys?.(o.dir).catch(() => [])) ?? [];
    let keys = slow.length
      ? await fastKeyOverlay(o.dir, copy, slow, o.display).catch(() => undefined)
      : undefined;
    const at = keys ? copy : o.dir;
    const stop = new AbortController();
    const first = template(o, exec, at, stop.signal);
    const problems = await o.dependencies(o.dir).catch(err => {
      stop.abort();
      throw err;
    });
    const top = problems[0]?.parent.split('/')[0] ?? '';
    if (!problems.some(p => p.parent === top || !p.found)) {
      const { text, notes } = await rendered(o, at, first, keys, exec);
      return { text, missing: problems.map(p => describe(p, top)), skip: wrongVersions(problems), notes };
    }
    // Dependencies change what is rendered: that first render is not wanted.
    stop.abort();
    await first;
    // Placeholders and helm dependency build write into the copy: it is a whole one, links followed.
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(o.dir, copy, { recursive: true, dereference: true });
    const deps = await withDependencies(o, copy, problems, exec);
    keys = await useFastKeys(copy, o.display).catch(() => undefined);
    const run = template(o, exec, copy);
    const { text, notes } = await rendered(o, copy, run, keys, exec);
    const { missing, notes: off } = missingOnes(o, text, deps);
    return { text, missing, skip: wrongVersions(deps.left), notes: [...notes, ...off] };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const SOURCE = /^# Source: ([^\n]+)$/m;
const CRD = /^kind:\s*["']?CustomResourceDefinition["']?\s*$/m;
/** Only a document with a container list, a ConfigMap or a listed custom resource can hold an image. */
const CONTAINERS = /\b(?:c|initC|ephemeralC)ontainers["']?\s*:/;
const KIND = /^kind:\s*["']?(\w+)["']?\s*$/m;
const mayHoldImages = (part: string) => CONTAINERS.test(part) || IMAGE_KINDS.has(KIND.exec(part)?.[1] ?? '');

/** `mayastor/charts/etcd/templates/x.yaml` → chart path `mayastor/etcd`, file `charts/etcd/templates/x.yaml`. */
export function sourceOf(source: string): { chart: string; file: string } {
  const parts = source.split('/');
  const chart = [parts[0]];
  for (let i = 1; i + 1 < parts.length && parts[i] === 'charts'; i += 2) chart.push(parts[i + 1]);
  return { chart: chart.join('/'), file: parts.slice(1).join('/') };
}

/** The 1-based line of a template that names an image (its `image:` line, env name or flag), else 1. */
function templateLine(lines: string[] | undefined, needle: string): number {
  if (!lines) return 1;
  const at =
    needle === 'image:'
      ? lines.findIndex(l => /^\s*(?:-\s+)?image:/.test(l))
      : lines.findIndex(l => l.includes(needle));
  return at + 1 || 1;
}

/**
 * Images in `helm template` output. Each document names its template (`# Source:`); an image
 * points at that template's file and at the line that writes it. CRDs are not read.
 */
export function scanRendered(
  text: string,
  o: Pick<RenderOptions, 'dir' | 'display'> & { skip?: string[] }
): ScanResult {
  const result = emptyScan();
  const templates = new Map<string, string[] | undefined>();
  const skipped = (chart: string) => o.skip?.some(s => chart === s || chart.startsWith(`${s}/`));
  for (const part of text.split(/^---\s*$/m)) {
    const source = SOURCE.exec(part)?.[1].trim();
    if (!source || !mayHoldImages(part) || CRD.test(part)) continue;
    const { chart, file } = sourceOf(source);
    if (skipped(chart)) continue;
    const display = path.posix.join(o.display.split(path.sep).join('/'), file);
    const parsed = parseYamlText(part, `${display} (rendered by helm)`);
    result.warnings.push(...parsed.warnings);
    if (!templates.has(file)) {
      let lines: string[] | undefined;
      try {
        lines = fs.readFileSync(path.join(o.dir, file), 'utf8').split(/\r?\n/);
      } catch {
        // Templates inside packed subcharts have no file to point at.
      }
      templates.set(file, lines);
    }
    for (const c of containerImages(parsed)) {
      const found: FoundImage = {
        reference: c.reference,
        source: { file: display, line: templateLine(templates.get(file), c.needle) },
        how: c.how === 'direct' ? 'rendered' : c.how,
        chart
      };
      result.images.push(found);
    }
  }
  return result;
}
