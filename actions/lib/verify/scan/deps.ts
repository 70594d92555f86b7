import * as path from 'node:path';
import { isMap, isSeq } from 'yaml';
import type { ChartSource } from './chart-archive';
import { isPrerelease, parseRange } from './semver';
import { mapGet, parseYamlText, scalarText } from './yaml';

export interface Dependency {
  name: string;
  version: string;
  alias?: string;
  repository?: string;
  condition?: string;
}

/**
 * A dependency that helm does not render as Chart.yaml declares it: absent from `charts/`
 * (helm refuses the top chart and silently leaves it out below), or present only in a
 * version the range does not accept (helm renders that one instead, under its own name).
 */
export interface DependencyProblem {
  /** The chart path of the chart that declares it, as `# Source:` names charts: `openebs/mayastor`. */
  parent: string;
  name: string;
  version: string;
  alias?: string;
  /** Its `condition`: values may turn it off, so that helm would not render it in any case. */
  condition?: string;
  /** The version `charts/` holds instead, when it holds one. */
  found?: string;
  /** The Chart.yaml that declares it (as the user names the chart), and its line. */
  file: string;
  line: number;
  /** Where the chart that declares it is (`ChartSource.origin`). */
  origin: string[];
}

function chartYaml(text: string, display: string): unknown {
  return parseYamlText(text, display).docs[0]?.contents;
}

/** The dependencies a parsed Chart.yaml or requirements.yaml declares. */
function declared(root: unknown): Dependency[] {
  const deps = isMap(root) ? mapGet(root, 'dependencies') : undefined;
  if (!isSeq(deps)) return [];
  return deps.items.filter(isMap).flatMap(d => {
    const name = scalarText(mapGet(d, 'name'));
    if (!name) return [];
    const alias = scalarText(mapGet(d, 'alias'));
    const condition = scalarText(mapGet(d, 'condition'));
    const repository = scalarText(mapGet(d, 'repository'));
    const version = scalarText(mapGet(d, 'version')) ?? '';
    return [
      {
        name,
        version,
        ...(alias ? { alias } : {}),
        ...(repository ? { repository } : {}),
        ...(condition ? { condition } : {})
      }
    ];
  });
}

/** Whether a dependency's range takes a version, as helm decides it (a prerelease only when asked for). */
export function accepts(range: string, version: string): boolean {
  if (!range.trim()) return false; // helm matches no version to an empty range
  if (isPrerelease(version) && !range.includes('-')) return false;
  const test = parseRange(range);
  return test ? test(version) : range.trim() === version.trim();
}

/** A chart and its parsed Chart.yaml (each is parsed once). */
interface Chart {
  source: ChartSource;
  root: unknown;
  name?: string;
  version: string;
  /** `type: library`: helm renders no object of it, only its helpers into the parent's. */
  library: boolean;
}

function readChart(source: ChartSource, display: string): Chart {
  const root = chartYaml(
    source.read('Chart.yaml') ?? '',
    path.posix.join(display, source.display('Chart.yaml'))
  );
  const name = isMap(root) ? scalarText(mapGet(root, 'name')) : undefined;
  const version = isMap(root) ? (scalarText(mapGet(root, 'version')) ?? '') : '';
  const library = isMap(root) && scalarText(mapGet(root, 'type')) === 'library';
  return { source, root, ...(name ? { name } : {}), version, library };
}

/**
 * Every dependency, at any depth, that helm will not render as declared. `display` is how the
 * user names the chart folder; `chartPath` is the chart's name in rendered sources.
 */
export async function dependencyProblems(
  source: ChartSource,
  display: string,
  chartPath?: string,
  chart: Chart = readChart(source, display)
): Promise<DependencyProblem[]> {
  const self = chartPath ?? chart.name ?? display;
  // apiVersion v1 charts list them in requirements.yaml.
  const inChart = isMap(chart.root) && mapGet(chart.root, 'dependencies');
  const declaredIn = inChart ? 'Chart.yaml' : 'requirements.yaml';
  const text = inChart ? '' : (source.read(declaredIn) ?? '');
  const file = path.posix.join(display, source.display(declaredIn));
  const deps = declared(inChart ? chart.root : chartYaml(text, file));
  const subs = (await source.subcharts()).map(s => readChart(s, display)).filter(c => c.name);
  const lines = (inChart ? (source.read('Chart.yaml') ?? '') : text).split(/\r?\n/);
  const problems: DependencyProblem[] = [];
  const walked = new Set<Chart>();
  const walk = async (c: Chart, as: string) => {
    if (walked.has(c)) return;
    walked.add(c);
    problems.push(...(await dependencyProblems(c.source, display, `${self}/${as}`, c)));
  };
  for (const d of deps) {
    const named = subs.filter(c => c.name === d.name);
    // A library chart of another version leaves out no object: the parent's are what helm renders.
    const match = named.find(c => accepts(d.version, c.version)) ?? named.find(c => c.library);
    if (match) {
      await walk(match, d.alias ?? d.name);
      continue;
    }
    const name = d.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const line = lines.findIndex(l => new RegExp(`name:\\s*["']?${name}["']?\\s*$`).test(l)) + 1 || 1;
    problems.push({
      parent: self,
      name: d.name,
      version: d.version,
      ...(d.alias ? { alias: d.alias } : {}),
      ...(d.condition ? { condition: d.condition } : {}),
      ...(named[0] ? { found: named[0].version } : {}),
      file,
      line,
      origin: source.origin
    });
  }
  // A subchart that Chart.yaml does not list is rendered as it is.
  for (const c of subs) if (!deps.some(d => d.name === c.name)) await walk(c, c.name as string);
  return problems;
}
