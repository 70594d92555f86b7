import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMap, isSeq } from 'yaml';
import { CheckError } from '../../core/errors';
import { ExecResult, lastLine, quietRun } from '../../core/exec';
import { PINNED } from '../../core/tools';
import { parseRange, parseVersion } from './semver';
import { emptyScan, FoundImage, ScanResult } from './types';
import { containerImages } from './workload';
import { mapGet, parseYamlText, scalarText } from './yaml';

export const RELEASE_NAME = 'arch-actions-verify';

export type Exec = (tool: string, args: string[]) => Promise<ExecResult>;

export interface RenderOptions {
  /** The chart folder, absolute, and as the user wrote it (relative to the workspace). */
  dir: string;
  display: string;
  helm: string;
  /** Values files (absolute paths, checked) and `--set` lines, in the order given. */
  values: string[];
  set: string[];
  kubeVersion: string;
}

/** A dependency that was not rendered, and why: its images are not claimed as checked. */
export interface MissingDependency {
  name: string;
  version: string;
  reason: string;
  /** What helm said. */
  detail?: string;
}

export interface Dependency {
  name: string;
  version: string;
  alias?: string;
  repository?: string;
}

/** The dependencies Chart.yaml declares. */
export function chartDependencies(chartYaml: string, display: string): Dependency[] {
  const root = parseYamlText(chartYaml, display).docs[0]?.contents;
  const deps = isMap(root) ? mapGet(root, 'dependencies') : undefined;
  if (!isSeq(deps)) return [];
  return deps.items.filter(isMap).flatMap(d => {
    const name = scalarText(mapGet(d, 'name'));
    if (!name) return [];
    const alias = scalarText(mapGet(d, 'alias'));
    const repository = scalarText(mapGet(d, 'repository'));
    const version = scalarText(mapGet(d, 'version')) ?? '';
    return [{ name, version, ...(alias ? { alias } : {}), ...(repository ? { repository } : {}) }];
  });
}

/**
 * A Kubernetes version for `--kube-version` that satisfies the chart's `kubeVersion`: the one
 * the pinned kubectl speaks when it does, else the nearest release that does.
 */
export function chooseKubeVersion(constraint: string | undefined, baseline: string = PINNED.kubectl.version) {
  const test = constraint ? parseRange(constraint) : undefined;
  if (!test || test(baseline)) return baseline;
  const named = (constraint?.match(/\d+\.\d+(?:\.\d+)?/g) ?? []).map(v =>
    v.split('.').length < 3 ? `${v}.0` : v
  );
  const minors = Array.from({ length: 30 }, (_, i) => `1.${i + 16}.0`);
  const key = (v: string) => parseVersion(v) as number[];
  const sorted = [...new Set([...named, ...minors])]
    .filter(v => parseVersion(v) && test(v))
    .sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1] || key(a)[2] - key(b)[2]);
  const base = key(baseline);
  const above = sorted.find(v => key(v)[0] > base[0] || (key(v)[0] === base[0] && key(v)[1] > base[1]));
  return above ?? sorted[sorted.length - 1] ?? baseline;
}

export function helmTemplateArgs(o: RenderOptions, dir = o.dir): string[] {
  return [
    'template',
    RELEASE_NAME,
    dir,
    '--include-crds',
    '--kube-version',
    o.kubeVersion,
    ...o.values.flatMap(f => ['--values', f]),
    ...o.set.flatMap(s => ['--set', s])
  ];
}

const MISSING = /found in Chart\.yaml, but missing in charts\/ directory: (.+)$/m;

/** helm's own error line (it is followed by a hint about --debug), else its last line. */
function helmError(res: ExecResult): string {
  const error = res.stderr.split('\n').find(l => l.startsWith('Error:'));
  return error?.replace(/^Error:\s*/, '') || lastLine(res.stderr) || `exit code ${res.exitCode}`;
}

function failed(o: RenderOptions, res: ExecResult): CheckError {
  return new CheckError(`helm template could not render the chart ${o.display}: ${helmError(res)}`);
}

/** A chart with only a name and version: the parent renders, and no image is made up for it. */
function writePlaceholder(dir: string, dep: Dependency): void {
  const at = path.join(dir, 'charts', `${dep.name}-placeholder`);
  fs.mkdirSync(at, { recursive: true });
  const version = parseVersion(dep.version) ? dep.version : '0.0.0';
  fs.writeFileSync(path.join(at, 'Chart.yaml'), `apiVersion: v2\nname: ${dep.name}\nversion: ${version}\n`);
}

/**
 * Renders the chart with `helm template`. When dependencies are missing from `charts/`, a copy
 * of the chart gets them from `helm dependency build` (it needs the network), or else a
 * placeholder for each, so the parent's own images are still found; each is named in `missing`.
 */
export async function renderChart(
  o: RenderOptions,
  exec: Exec = quietRun
): Promise<{ text: string; missing: MissingDependency[] }> {
  const first = await exec(o.helm, helmTemplateArgs(o));
  if (first.exitCode === 0) return { text: first.stdout, missing: [] };
  const names = MISSING.exec(first.stderr)?.[1]
    .split(',')
    .map(n => n.trim());
  if (!names?.length) throw failed(o, first);
  const deps = chartDependencies(fs.readFileSync(path.join(o.dir, 'Chart.yaml'), 'utf8'), o.display);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-actions-chart-'));
  try {
    const copy = path.join(tmp, path.basename(o.dir));
    fs.cpSync(o.dir, copy, { recursive: true });
    // build keeps Chart.lock's versions but needs the repositories cached; update fetches them.
    let build = await exec(o.helm, ['dependency', 'build', copy]);
    if (build.exitCode !== 0) build = await exec(o.helm, ['dependency', 'update', copy]);
    let reason = 'not in charts/, and helm dependency build and update could not fetch it';
    let detail = helmError(build);
    if (build.exitCode === 0) {
      const again = await exec(o.helm, helmTemplateArgs(o, copy));
      if (again.exitCode === 0) return { text: again.stdout, missing: [] };
      reason = 'not in charts/, and still missing after helm dependency build';
      detail = helmError(again);
    }
    const missing = names.map(name => {
      const dep = deps.find(d => d.name === name) ?? { name, version: '' };
      writePlaceholder(copy, dep);
      return { name, version: dep.version, reason, ...(detail ? { detail } : {}) };
    });
    const rendered = await exec(o.helm, helmTemplateArgs(o, copy));
    if (rendered.exitCode !== 0) throw failed(o, rendered);
    return { text: rendered.stdout, missing };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const SOURCE = /^# Source: ([^\n]+)$/m;
const CRD = /^kind:\s*["']?CustomResourceDefinition["']?\s*$/m;

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
export function scanRendered(text: string, o: Pick<RenderOptions, 'dir' | 'display'>): ScanResult {
  const result = emptyScan();
  const templates = new Map<string, string[] | undefined>();
  for (const part of text.split(/^---\s*$/m)) {
    const source = SOURCE.exec(part)?.[1].trim();
    if (!source || CRD.test(part) || !/image/i.test(part)) continue;
    const { chart, file } = sourceOf(source);
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
        how: c.how === 'indirect' ? 'indirect' : 'rendered',
        chart
      };
      result.images.push(found);
    }
  }
  return result;
}
