// What the registry benches share: timing, child processes, bundles built for the run (never
// into dist/), and a registry far away (the lab's delay proxy, or one started here).
import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LabEnv } from '../lab/lab';

export const ROOT = path.join(__dirname, '..', '..');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

/** Runs `node ARGS` (or another program) to its end; throws with its output when it fails and `ok` is set. */
export function runProcess(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
  ok = true
): { ms: number; status: number | null; stdout: string; stderr: string } {
  const t0 = process.hrtime.bigint();
  const [cmd, ...args] =
    argv[0].endsWith('.js') || argv[0].startsWith('-') ? [process.execPath, ...argv] : argv;
  const r = spawnSync(cmd, args, {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8'
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (ok && r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stdout}${r.stderr}`);
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The action bundles, built with scripts/bundle.js into a temporary folder (dist/ is left alone),
 * or taken from BENCH_DIST when set (e.g. BENCH_DIST=dist).
 */
export function bundles(names: string[]): string {
  if (process.env.BENCH_DIST) return path.resolve(process.env.BENCH_DIST);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dist-'));
  console.log(`bundling ${names.join(', ')} into ${out} (BENCH_DIST=<dir> reuses a build)`);
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.js'), '--out', out, ...names], {
    cwd: ROOT,
    stdio: 'inherit'
  });
  return out;
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as net.AddressInfo;
  await new Promise(resolve => s.close(resolve));
  return port;
}

export interface FarRegistry {
  host: string;
  delayMs: number;
  stop(): void;
}

/** The lab registry seen from DELAY ms away each way: the lab's delay proxy, or a new one. */
export async function farRegistry(
  lab: LabEnv,
  delayMs = Number(process.env.BENCH_DELAY_MS ?? 25)
): Promise<FarRegistry> {
  if (lab.LAB_DELAYED_REGISTRY && Number(lab.LAB_DELAY_MS) === delayMs) {
    return { host: lab.LAB_DELAYED_REGISTRY, delayMs, stop: () => undefined };
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'test', 'lab', 'delay-proxy.js'), lab.LAB_REGISTRY, String(port), String(delayMs)],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', code => reject(new Error(`delay proxy exited ${code}`)));
  });
  return { host: `127.0.0.1:${port}`, delayMs, stop: () => child.kill() };
}

/** `name  a ms  b ms ...` rows with the same column widths. */
export function table(header: string[], rows: Array<Array<string | number>>): void {
  const cells = [header, ...rows.map(r => r.map(c => (typeof c === 'number' ? c.toFixed(0) : c)))];
  const widths = header.map((_, i) => Math.max(...cells.map(r => String(r[i]).length)));
  for (const r of cells)
    console.log(
      r.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ')
    );
}

/** The `in N ms` a process prints for its own work (our actions and raw-client.js), start-up left out. */
export function inProcessMs(stdout: string): number {
  const m = / in (\d+) ms\b/.exec(stdout);
  if (!m) throw new Error(`no "in N ms" in the output:\n${stdout}`);
  return Number(m[1]);
}

/** `12.3x`: how many times `a` is `b`. */
export function ratio(a: number, b: number, digits = 1): string {
  return `${(a / b).toFixed(digits)}x`;
}

/** The machine's load, printed with each bench: these figures mean little without it. */
export function load(): string {
  return `load average ${os
    .loadavg()
    .map(x => x.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores`;
}

/** The table, the targets it is read against, and the load it was measured at. */
export function report(header: string[], rows: Array<Array<string | number>>, targets: string): void {
  table(header, rows);
  console.log(targets);
  console.log(load());
}

/** Runs a bench's main; a failure prints its stack and exits 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch(err => {
    console.error(err);
    process.exit(1);
  });
}
