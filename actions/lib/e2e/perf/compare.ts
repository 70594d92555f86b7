import { badInput } from '../../core/errors';
import { FioJob, FioRun, HostFacts, Metric, METRIC_INFO, METRICS } from './fio';

// arm64 (the candidate) against amd64 (the baseline), per job and metric. With a tolerance the
// comparison is a check; without one, or when the two sides cannot be compared fairly, a report.

export type RowStatus = 'ok' | 'worse' | 'beyond' | 'missing' | 'failed';

export interface PerfRow {
  job: string;
  metric: Metric;
  baseline?: number;
  candidate?: number;
  /** candidate / baseline (arm64 / amd64). */
  ratio?: number;
  /** ok: not worse; worse: worse, within the tolerance (or none given); beyond: worse than allowed. */
  status: RowStatus;
  note?: string;
}

/** report-only: no tolerance; not-gated: a tolerance, but the sides are not comparable (see labels). */
export type Verdict = 'report-only' | 'not-gated' | 'passed' | 'failed' | 'unknown';

export interface Side {
  source: string;
  fioVersion: string;
  host?: HostFacts;
}

export interface PerfComparison {
  baseline: Side;
  candidate: Side;
  /** Fraction (0.2 for 20%), when given. */
  tolerance?: number;
  /** Why the two sides are not a fair match (emulation, runner sizes, job settings): never gated then. */
  labels: string[];
  rows: PerfRow[];
  verdict: Verdict;
  /** One line per row that failed or could not be checked. */
  problems: string[];
}

/** `20%` or `20` → 0.2; '' → undefined. */
export function parseTolerance(input: string, value: string): number | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(v);
  if (!m) throw badInput(input, value, 'expected a percentage such as 20%');
  return Number(m[1]) / 100;
}

/** Is `candidate` worse than `baseline` by more than `tol` (direction-aware)? */
export function beyondTolerance(metric: Metric, baseline: number, candidate: number, tol: number): boolean {
  if (METRIC_INFO[metric].better === 'higher') return candidate < baseline * (1 - tol);
  return candidate > baseline * (1 + tol);
}

function isWorse(metric: Metric, baseline: number, candidate: number): boolean {
  return METRIC_INFO[metric].better === 'higher' ? candidate < baseline : candidate > baseline;
}

function rowFor(metric: Metric, b: FioJob | undefined, c: FioJob | undefined, tol?: number): PerfRow {
  const job = (c ?? b)!.name;
  const row: PerfRow = {
    job,
    metric,
    baseline: b?.metrics[metric],
    candidate: c?.metrics[metric],
    status: 'ok'
  };
  if (c?.error) return { ...row, status: 'failed', note: `arm64 job failed with error ${c.error}` };
  if (b?.error) return { ...row, status: 'missing', note: `amd64 job failed with error ${b.error}` };
  if (!c) return { ...row, status: 'missing', note: 'no such job on arm64' };
  if (!b) return { ...row, status: 'missing', note: 'no such job on amd64' };
  if (row.baseline === undefined || row.candidate === undefined) {
    const where = [row.candidate === undefined ? 'arm64' : '', row.baseline === undefined ? 'amd64' : '']
      .filter(Boolean)
      .join(' and ');
    return { ...row, status: 'missing', note: `no ${METRIC_INFO[metric].label} on ${where}` };
  }
  if (row.baseline > 0) row.ratio = row.candidate / row.baseline;
  if (tol !== undefined && beyondTolerance(metric, row.baseline, row.candidate, tol)) row.status = 'beyond';
  else if (isWorse(metric, row.baseline, row.candidate)) row.status = 'worse';
  return row;
}

const SETTINGS = ['rw', 'bs', 'size', 'runtime', 'direct', 'ioengine', 'iodepth', 'numjobs'];

/** Why the two sides are not a fair match; empty when they are. */
export function fairnessLabels(baseline: FioRun, candidate: FioRun): string[] {
  const labels: string[] = [];
  for (const [who, run] of [
    ['amd64', baseline],
    ['arm64', candidate]
  ] as const) {
    if (run.host?.emulated)
      labels.push(`${who} ran under QEMU emulation: its numbers are not the hardware's`);
  }
  const b = baseline.host;
  const c = candidate.host;
  if (b && c && b.cores !== c.cores)
    labels.push(`runners of different sizes: ${b.cores} vs ${c.cores} cores`);
  else if (b?.memoryMiB && c?.memoryMiB && Math.abs(b.memoryMiB - c.memoryMiB) > 0.1 * b.memoryMiB) {
    labels.push(`runners of different sizes: ${b.memoryMiB} vs ${c.memoryMiB} MiB of memory`);
  }
  const differs = new Set<string>();
  for (const cj of candidate.jobs) {
    const bj = baseline.jobs.find(j => j.name === cj.name);
    for (const k of SETTINGS) if (bj && (bj.options[k] ?? '') !== (cj.options[k] ?? '')) differs.add(k);
  }
  if (differs.size) labels.push(`job settings differ: ${[...differs].join(', ')}`);
  return labels;
}

function verdictOf(rows: PerfRow[], labels: string[], tol?: number): Verdict {
  if (tol === undefined) return 'report-only';
  if (labels.length) return 'not-gated';
  if (rows.some(r => r.status === 'beyond' || r.status === 'failed')) return 'failed';
  if (rows.some(r => r.status === 'missing')) return 'unknown';
  return 'passed';
}

const side = (r: FioRun): Side => ({ source: r.source, fioVersion: r.fioVersion, host: r.host });

/** The comparison: every job of either side, each metric, in the candidate's order. */
export function comparePerf(baseline: FioRun, candidate: FioRun, tolerance?: number): PerfComparison {
  const names = [...new Set([...candidate.jobs, ...baseline.jobs].map(j => j.name))];
  const rows: PerfRow[] = [];
  for (const name of names) {
    const b = baseline.jobs.find(j => j.name === name);
    const c = candidate.jobs.find(j => j.name === name);
    for (const metric of METRICS) rows.push(rowFor(metric, b, c, tolerance));
  }
  const labels = fairnessLabels(baseline, candidate);
  const verdict = verdictOf(rows, labels, tolerance);
  const problems = new Set<string>();
  for (const r of rows) {
    if (r.status === 'beyond')
      problems.add(`${r.job} ${METRIC_INFO[r.metric].label}: ${describeBeyond(r, tolerance!)}`);
    // A failed or absent job says so once, not once per metric.
    else if (r.status === 'failed' || (r.status === 'missing' && /job/.test(r.note ?? '')))
      problems.add(`${r.job}: ${r.note}`);
    else if (r.status === 'missing') problems.add(`${r.job} ${METRIC_INFO[r.metric].label}: ${r.note}`);
  }
  return {
    baseline: side(baseline),
    candidate: side(candidate),
    tolerance,
    labels,
    rows,
    verdict,
    problems: [...problems]
  };
}

function describeBeyond(r: PerfRow, tol: number): string {
  const pct = Math.round(tol * 100);
  const ratio = r.ratio === undefined ? '' : ` (${r.ratio.toFixed(2)}× amd64)`;
  return `arm64 is worse than amd64 by more than ${pct}%${ratio}`;
}
