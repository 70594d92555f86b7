import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { VERIFY_PLATFORMS } from '../core/specs.generated';
import { badInput } from '../core/errors';
import { readInputFile, readPath, withPathErrors } from '../core/paths';
import { FoundHelm, findHelm, HelmChoice, HelmDeps, HelmVersion } from './helm';
import {
  archiveSource,
  ChartSource,
  directorySource,
  MAX_CHART_ENTRY_BYTES,
  readChartArchive,
  unpackChart
} from './scan/chart-archive';
import { chartDirectory, declaredImages, scanChartFiles } from './scan/chart';
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
  /** Default: helm's own, unless the chart's `kubeVersion` refuses it (kubeVersionFor). */
  kubeVersion?: string;
  helm: HelmChoice;
  cwd: string;
  /** The tool-timeout limit of each helm template (core/limits.ts). */
  toolMs?: number;
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

/** The chart as given: a folder, or a packed chart (`helm package`, `helm pull`) unpacked for helm. */
interface OpenChart {
  dir: string;
  source: ChartSource;
  close(): void;
}

async function openChart(o: ChartInput): Promise<OpenChart> {
  const abs = path.resolve(o.cwd, o.chart);
  if (!withPathErrors(IN.chart.name, o.chart, () => fs.statSync(abs).isFile())) {
    const dir = chartDirectory(o.chart, o.cwd);
    refuseSpecialFiles(dir, o.chart);
    const source = directorySource(dir, o.cwd, IN.chart.name, MAX_CHART_ENTRY_BYTES);
    return { dir, source, close: () => undefined };
  }
  const packed = readInputFile(IN.chart.name, abs);
  // gzip's magic number: a Chart.yaml or values file given by mistake is named as such.
  if (packed[0] !== 0x1f || packed[1] !== 0x8b)
    throw badInput(IN.chart.name, o.chart, 'it is a file, not a chart folder or a packed chart (.tgz)');
  const files = await readChartArchive(
    Readable.from([packed]),
    o.chart,
    IN.chart.name,
    MAX_CHART_ENTRY_BYTES,
    () => true
  );
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-actions-packed-'));
  const close = () => fs.rmSync(tmp, { recursive: true, force: true });
  try {
    unpackChart(files, path.join(tmp, 'chart'), o.chart, IN.chart.name);
  } catch (err) {
    close();
    throw err;
  }
  const source = archiveSource(files, o.chart, IN.chart.name, MAX_CHART_ENTRY_BYTES);
  return { dir: path.join(tmp, 'chart'), source, close };
}

/**
 * The Kubernetes version to render for: the one asked for; else helm's own default, as a bare
 * `helm template` renders (undefined: no flag, so helm need not answer first), unless the
 * chart's `kubeVersion` refuses it, and then the nearest one it accepts.
 */
async function kubeVersionFor(o: ChartInput, found: FoundHelm, constraint: string | undefined) {
  if (o.kubeVersion) return o.kubeVersion;
  if (!constraint) return undefined;
  const own = (await found.version?.catch(() => undefined))?.kubeVersion;
  return chooseKubeVersion(constraint, own);
}

/**
 * The images of a chart (a folder or a packed .tgz): rendered by helm when there is one (with
 * the user's values, set and kube version), else read statically and reported as not rendered.
 */
export async function scanChartInput(
  o: ChartInput,
  deps: HelmDeps
): Promise<{ scan: ScanResult; report: ChartReport }> {
  const chart = await openChart(o);
  try {
    return await scanOpenChart(o, chart, deps);
  } finally {
    chart.close();
  }
}

async function scanOpenChart(
  o: ChartInput,
  { dir, source }: OpenChart,
  deps: HelmDeps
): Promise<{ scan: ScanResult; report: ChartReport }> {
  const values = o.values.map(v => readPath(IN.values.name, path.resolve(o.cwd, v), 'file'));
  for (const s of o.set) if (!s.includes('=')) throw badInput(IN.set.name, s, 'expected key=value');
  const found = await findHelm(o.helm, deps);
  if (!found.helm) {
    const scan = await scanChartFiles(source);
    // "not rendered (why)" is said once, by the chart line of the summary and the log.
    scan.notes.push(...found.notes);
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
  const kubeVersion = await kubeVersionFor(o, found, kubeVersionOf(dir, `${display}/Chart.yaml`));
  const dependencies = (at: string) =>
    dependencyProblems(directorySource(at, at, IN.chart.name, MAX_CHART_ENTRY_BYTES), display);
  const slowKeys = (at: string) => slowKeyTemplates(at, IN.chart.name);
  const rendering = renderChart(
    {
      dir,
      display,
      helm: found.helm,
      values,
      set: o.set,
      kubeVersion,
      dependencies,
      slowKeys,
      toolMs: o.toolMs
    },
    deps.exec
  );
  // A helm that does not run is the input's fault, and is said before any render failure.
  rendering.catch(() => undefined);
  const version = (await found.version) as HelmVersion;
  const out = await rendering;
  const scan = scanRendered(out.text, { dir, display, skip: out.skip });
  scan.notes.push(...found.notes, ...out.notes);
  if (out.missing.length) {
    // The chart's own list stands in for what could not be rendered, marked as such.
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
    helm: version.version,
    kubeVersion: kubeVersion ?? version.kubeVersion ?? "helm's default",
    missingDependencies: out.missing
  };
  return { scan, report };
}
