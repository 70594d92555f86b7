import * as fs from 'node:fs';
import * as path from 'node:path';
import { VERIFY_PLATFORMS } from '../core/specs.generated';
import { badInput } from '../core/errors';
import { readInputFile, readPath } from '../core/paths';
import { findHelm, HelmChoice, HelmDeps } from './helm';
import { directorySource, MAX_CHART_ENTRY_BYTES } from './scan/chart-archive';
import { chartDirectory, declaredImages, scanChart } from './scan/chart';
import { dependencyProblems } from './scan/deps';
import { slowKeyTemplates } from './scan/keys';
import { chooseKubeVersion, renderChart, scanRendered } from './scan/render';
import { dependencyLabel, MissingDependency, ScanResult } from './scan/types';
import { mapGet, parseYamlText, scalarText } from './scan/yaml';
import { isMap } from 'yaml';

const IN = VERIFY_PLATFORMS.inputs;

export interface ChartInput {
  chart: string;
  /** Values files and `--set` lines, as given (paths relative to cwd). */
  values: string[];
  set: string[];
  /** Default: one that satisfies the chart's `kubeVersion`. */
  kubeVersion?: string;
  helm: HelmChoice;
  cwd: string;
}

/** How the chart was read: by helm (fully or with dependencies left out), or statically. */
export interface ChartReport {
  chart: string;
  rendered: 'rendered' | 'partly rendered' | 'not rendered';
  helm?: string;
  kubeVersion?: string;
  /** Why it was not rendered. */
  reason?: string;
  missingDependencies: MissingDependency[];
}

/** Refuses FIFOs, sockets and devices anywhere in the chart: helm would block reading them. */
function refuseSpecialFiles(dir: string, display: string): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    const st = e.isSymbolicLink() ? fs.statSync(abs, { throwIfNoEntry: false }) : undefined;
    const isDir = e.isDirectory() || !!st?.isDirectory();
    const isFile = e.isFile() || !!st?.isFile();
    const rel = path.join(display, e.name);
    if (isDir && !e.isSymbolicLink()) refuseSpecialFiles(abs, rel);
    else if (!isDir && !isFile && (!e.isSymbolicLink() || st))
      throw badInput(IN.chart.name, rel, 'it is not a regular file or folder (a FIFO, socket or device)');
  }
}

function kubeVersionOf(dir: string, display: string): string | undefined {
  const root = parseYamlText(
    readInputFile(IN.chart.name, path.join(dir, 'Chart.yaml')).toString('utf8'),
    display
  ).docs[0]?.contents;
  return isMap(root) ? scalarText(mapGet(root, 'kubeVersion')) : undefined;
}

/**
 * The images of a chart: rendered by helm when there is one (with the user's values, set and
 * kube version), else read statically and reported as not rendered.
 */
export async function scanChartInput(
  o: ChartInput,
  deps: HelmDeps
): Promise<{ scan: ScanResult; report: ChartReport }> {
  const dir = chartDirectory(o.chart, o.cwd);
  refuseSpecialFiles(dir, o.chart);
  const values = o.values.map(v => readPath(IN.values.name, path.resolve(o.cwd, v), 'file'));
  for (const s of o.set) if (!s.includes('=')) throw badInput(IN.set.name, s, 'expected key=value');
  const found = await findHelm(o.helm, deps);
  if (!found.helm) {
    const scan = await scanChart(o.chart, { cwd: o.cwd });
    scan.notes.push(
      ...found.notes,
      `${o.chart}: not rendered (${found.why}); its images were read statically`
    );
    if (values.length || o.set.length)
      scan.notes.push('values and set apply only when helm renders the chart');
    const report: ChartReport = {
      chart: o.chart,
      rendered: 'not rendered',
      reason: found.why,
      missingDependencies: []
    };
    return { scan, report };
  }
  const display = o.chart.replace(/\/+$/, '');
  const kubeVersion = o.kubeVersion ?? chooseKubeVersion(kubeVersionOf(dir, `${display}/Chart.yaml`));
  const dependencies = (at: string) =>
    dependencyProblems(directorySource(at, at, IN.chart.name, MAX_CHART_ENTRY_BYTES), display);
  const slowKeys = (at: string) => slowKeyTemplates(at, IN.chart.name);
  const rendering = renderChart(
    { dir, display, helm: found.helm, values, set: o.set, kubeVersion, dependencies, slowKeys },
    deps.exec
  );
  // A helm that does not run is the input's fault, and is said before any render failure.
  rendering.catch(() => undefined);
  const version = await found.version;
  const out = await rendering;
  const scan = scanRendered(out.text, { dir, display, skip: out.skip });
  scan.notes.push(...found.notes, ...out.notes);
  if (out.missing.length) {
    // The chart's own list stands in for what could not be rendered, marked as such.
    const source = directorySource(dir, o.cwd, IN.chart.name, MAX_CHART_ENTRY_BYTES);
    scan.images.push(...declaredImages(source, scan.warnings));
    for (const m of out.missing)
      scan.warnings.push({
        file: m.file,
        line: m.line,
        message: `dependency ${dependencyLabel(m)} was not rendered (${m.reason}); its images are not checked`
      });
  }
  const report: ChartReport = {
    chart: o.chart,
    rendered: out.missing.length ? 'partly rendered' : 'rendered',
    helm: version,
    kubeVersion,
    missingDependencies: out.missing
  };
  return { scan, report };
}
