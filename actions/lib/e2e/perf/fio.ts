import { badInput } from '../../core/errors';

// fio's JSON output (--output-format=json) read into what the comparison needs, and the job
// file of the standard set both runners run.

/** The metrics of one job: throughput higher is better, latency lower is better. */
export const METRICS = ['iops', 'bandwidth', 'p50', 'p99'] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_INFO: Record<Metric, { label: string; unit: string; better: 'higher' | 'lower' }> = {
  iops: { label: 'IOPS', unit: 'IO/s', better: 'higher' },
  bandwidth: { label: 'bandwidth', unit: 'MiB/s', better: 'higher' },
  p50: { label: 'p50 latency', unit: 'µs', better: 'lower' },
  p99: { label: 'p99 latency', unit: 'µs', better: 'lower' }
};

/** The runner a side ran on, as the perf stage records it (docs/arm64.md, "Performance on arm64"). */
export interface HostFacts {
  platform: string;
  cpu: string;
  cores: number;
  memoryMiB?: number;
  kernel: string;
  /** The fio binary ran under QEMU user emulation: its numbers say nothing about the hardware. */
  emulated: boolean;
  /** A runner label, when known (ubuntu-24.04-arm). */
  runner?: string;
}

/** One fio job: its error code (0: it ran) and, per direction that did I/O, its metrics. */
export interface FioJob {
  name: string;
  error: number;
  /** Metric values: IOPS, bandwidth in bytes/s, latencies in ns; a key is absent when fio gave none. */
  metrics: Partial<Record<Metric, number>>;
  /** The options that decide the numbers (global options, then the job's own). */
  options: Record<string, string>;
}

export interface FioRun {
  /** Where it came from (the file), for messages. */
  source: string;
  fioVersion: string;
  host?: HostFacts;
  jobs: FioJob[];
}

/** What the perf stage writes: the raw fio JSON kept whole, with the runner it ran on. */
export interface FioRecord {
  kind: 'arch-actions-fio';
  host: HostFacts;
  engine?: string;
  storageClass?: string;
  fio: unknown;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Options that change the numbers; where the file lives does not. */
const IGNORED_OPTIONS = new Set(['directory', 'filename', 'name']);

function options(global: unknown, own: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const src of [global, own]) {
    if (!isObj(src)) continue;
    for (const [k, v] of Object.entries(src)) if (!IGNORED_OPTIONS.has(k)) out[k] = String(v);
  }
  return out;
}

/** The metrics of the direction that did the I/O (the read side of a read job, and so on). */
function sideMetrics(job: Obj): Partial<Record<Metric, number>> {
  const sides = (['read', 'write', 'trim'] as const)
    .map(s => job[s])
    .filter(isObj)
    .filter(s => (num(s.io_bytes) ?? 0) > 0 || (num(s.total_ios) ?? 0) > 0);
  // A mixed job is measured on its busier side.
  const side = sides.sort((a, b) => (num(b.io_bytes) ?? 0) - (num(a.io_bytes) ?? 0))[0];
  if (!side) return {};
  const pct = isObj(side.clat_ns) && isObj(side.clat_ns.percentile) ? side.clat_ns.percentile : {};
  const m: Partial<Record<Metric, number>> = {};
  const put = (k: Metric, v: number | undefined): void => {
    if (v !== undefined) m[k] = v;
  };
  put('iops', num(side.iops));
  put('bandwidth', num(side.bw_bytes) ?? (num(side.bw) !== undefined ? num(side.bw)! * 1024 : undefined));
  put('p50', num(pct['50.000000']));
  put('p99', num(pct['99.000000']));
  return m;
}

function readHost(v: unknown): HostFacts | undefined {
  if (!isObj(v)) return undefined;
  const cores = num(v.cores);
  if (typeof v.platform !== 'string' || cores === undefined) return undefined;
  return {
    platform: v.platform,
    cpu: typeof v.cpu === 'string' ? v.cpu : 'unknown',
    cores,
    memoryMiB: num(v.memoryMiB),
    kernel: typeof v.kernel === 'string' ? v.kernel : 'unknown',
    emulated: v.emulated === true,
    runner: typeof v.runner === 'string' ? v.runner : undefined
  };
}

/**
 * Reads fio JSON, or the perf stage's record around it. Anything else is a ConfigurationError
 * naming `input` (the flag or input the file came from): not JSON, no fio version, no jobs.
 */
export function parseFio(text: string, input: string, source: string): FioRun {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw badInput(input, source, 'it is not JSON (fio --output-format=json writes it)');
  }
  let host: HostFacts | undefined;
  if (isObj(doc) && doc.kind === 'arch-actions-fio') {
    host = readHost(doc.host);
    doc = doc.fio;
  }
  if (!isObj(doc) || typeof doc['fio version'] !== 'string' || !Array.isArray(doc.jobs)) {
    throw badInput(input, source, 'it is not fio JSON (no "fio version" and "jobs")');
  }
  const global = doc['global options'];
  const jobs = doc.jobs.filter(isObj).map(j => ({
    name: typeof j.jobname === 'string' ? j.jobname : '?',
    error: num(j.error) ?? 0,
    metrics: num(j.error) ? {} : sideMetrics(j),
    options: options(global, j['job options'])
  }));
  if (!jobs.length) throw badInput(input, source, 'its fio JSON holds no jobs: nothing to compare');
  return { source, fioVersion: doc['fio version'], host, jobs };
}

export interface FioJobSet {
  /** Bytes of the test file, fio syntax (64m). */
  size: string;
  /** Seconds per job. */
  runtime: number;
  directory: string;
  ioengine: 'libaio' | 'psync';
}

/** The standard set: 4k random read and write, 1M sequential read and write, one after another. */
export const STANDARD_JOBS = [
  { name: 'randread-4k', rw: 'randread', bs: '4k' },
  { name: 'randwrite-4k', rw: 'randwrite', bs: '4k' },
  { name: 'read-1m', rw: 'read', bs: '1m' },
  { name: 'write-1m', rw: 'write', bs: '1m' }
] as const;

/** A fio job file for the standard set: direct I/O, fixed size and runtime. */
export function fioJobFile(o: FioJobSet): string {
  const lines = [
    '[global]',
    `directory=${o.directory}`,
    'filename=arch-actions-fio.bin',
    `size=${o.size}`,
    `runtime=${o.runtime}`,
    'time_based=1',
    'direct=1',
    `ioengine=${o.ioengine}`,
    `iodepth=${o.ioengine === 'libaio' ? 16 : 1}`,
    'numjobs=1',
    'stonewall',
    ''
  ];
  for (const j of STANDARD_JOBS) lines.push(`[${j.name}]`, `rw=${j.rw}`, `bs=${j.bs}`, '');
  return lines.join('\n');
}
