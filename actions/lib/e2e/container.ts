import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import { CheckError } from '../core/errors';
import { lastLine } from '../core/exec';
import {
  formatPlatform,
  isNative,
  parsePlatform,
  Platform,
  platformFromMachine,
  samePlatform,
  UNAME_MACHINE
} from '../oci/platform';
import { formatReference, ImageRef, isInsecureRegistry, repositoryName } from '../oci/reference';
import { PlatformEntry, RegistryClient } from '../registry/client';

export type ContainerRuntime = 'docker' | 'podman';

export interface ContainerParityOptions {
  images: ImageRef[];
  /** Platforms under test; the baseline is added (and run first) when missing. */
  platforms: Platform[];
  baseline: Platform;
  /** Run through `sh -c` in each image. */
  command: string;
  timeoutSeconds: number;
  runtime: ContainerRuntime;
  insecureRegistries?: string[];
  /** Injected for tests and for the CLI's shared client; one is created (and closed) otherwise. */
  registry?: RegistryClient;
  /** Node `process.arch` of the host, to tell native runs from emulated ones. */
  hostArch?: string;
}

export interface PlatformRun {
  platform: string;
  /** The platform's own manifest digest, resolved through the registry. */
  digest?: string;
  exitCode?: number;
  /** Run time of the command, pull excluded. */
  seconds?: number;
  pullSeconds?: number;
  /** First machine name (`uname -m` style) the output printed. */
  machine?: string;
  mode: 'native' | 'emulated';
  /** Config plus compressed layers, as the registry lists them. */
  size?: number;
  layers?: number;
  timedOut: boolean;
  output: string;
  ok: boolean;
  problems: string[];
}

export interface ImageParity {
  image: string;
  indexDigest?: string;
  baseline: string;
  runs: PlatformRun[];
  ok: boolean;
  problems: string[];
}

export interface ContainerParityResult {
  level: 'container';
  ok: boolean;
  runtime: ContainerRuntime;
  command: string;
  baseline: string;
  images: ImageParity[];
  problems: string[];
}

// `uname -m` names only: GOARCH names (amd64, arm64) show up in ordinary output too often.
const MACHINE_RE =
  /(?<![A-Za-z0-9_])(x86_64|aarch64|armv8l|armv7l|armv6l|i686|i386|ppc64le|s390x|riscv64|mips64|loongarch64)(?![A-Za-z0-9_])/g;

/** Every distinct machine name an output mentions, in order. */
export function machinesIn(output: string): string[] {
  const seen: string[] = [];
  for (const m of output.matchAll(MACHINE_RE)) if (!seen.includes(m[1])) seen.push(m[1]);
  return seen;
}

/** The machine names in `output` that do not belong to `platform`. */
export function foreignMachines(output: string, platform: Platform): string[] {
  return machinesIn(output).filter(m => {
    const p = platformFromMachine(m);
    // armv8l is a 64-bit CPU in 32-bit mode, which is what arm/v7 userland on arm64 reports.
    if (m === 'armv8l' && platform.architecture === 'arm') return false;
    if (m === 'loongarch64') return platform.architecture !== 'loong64';
    if (m === 'mips64') return platform.architecture !== 'mips64le';
    return !p || p.architecture !== platform.architecture;
  });
}

// ---- runtime argv (docker and podman share the flags we use) -------------------------------

export function pullArgs(
  runtime: ContainerRuntime,
  platform: Platform,
  image: string,
  insecure: boolean
): string[] {
  const args = ['pull', '--platform', formatPlatform(platform)];
  if (runtime === 'podman' && insecure) args.push('--tls-verify=false');
  if (runtime === 'docker') args.push('--quiet');
  args.push(image);
  return args;
}

export function runArgs(
  runtime: ContainerRuntime,
  platform: Platform,
  image: string,
  command: string,
  name: string
): string[] {
  const args = ['run', '--rm', '--name', name, '--platform', formatPlatform(platform)];
  if (runtime === 'podman') args.push('--pull=never');
  args.push('--entrypoint', '', image, 'sh', '-c', command);
  return args;
}

export function removeArgs(name: string): string[] {
  return ['rm', '--force', name];
}

// ---- process with a deadline --------------------------------------------------------------

export interface TimedResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Runs a process, killing it at the deadline; output is kept (bounded) for the report. */
export function runTimed(
  tool: string,
  args: string[],
  timeoutMs: number,
  onTimeout?: () => Promise<void>
): Promise<TimedResult> {
  core.debug(`exec: ${tool} ${args.map(a => JSON.stringify(a)).join(' ')}`);
  return new Promise(resolve => {
    const started = process.hrtime.bigint();
    // Its own process group, so a kill at the deadline also reaches its children.
    const child = spawn(tool, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const keep = (acc: string, chunk: Buffer) => (acc.length > 65536 ? acc : acc + chunk.toString('utf8'));
    child.stdout.on('data', (c: Buffer) => (stdout = keep(stdout, c)));
    child.stderr.on('data', (c: Buffer) => (stderr = keep(stderr, c)));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      void onTimeout?.().catch(() => undefined);
    }, timeoutMs);
    const finish = (exitCode: number) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ exitCode, stdout, stderr, ms, timedOut });
    };
    child.on('error', err => {
      stderr += err.message;
      finish(127);
    });
    child.on('close', code => finish(code ?? 137));
  });
}

// ---- the parity run -----------------------------------------------------------------------

function findEntry(entries: PlatformEntry[], p: Platform): PlatformEntry | undefined {
  return entries.find(e => {
    if (e.attestation) return false;
    try {
      return samePlatform(
        parsePlatform(
          `${e.platform.os}/${e.platform.architecture}${e.platform.variant ? '/' + e.platform.variant : ''}`
        ),
        p
      );
    } catch {
      return false;
    }
  });
}

/** Platforms in run order: the baseline first, then the others once each. */
export function runOrder(platforms: Platform[], baseline: Platform): Platform[] {
  const out = [baseline];
  for (const p of platforms) if (!out.some(q => samePlatform(p, q))) out.push(p);
  return out;
}

async function runOne(
  o: ContainerParityOptions,
  client: RegistryClient,
  ref: ImageRef,
  entries: PlatformEntry[],
  platform: Platform
): Promise<PlatformRun> {
  const name = formatPlatform(platform);
  const run: PlatformRun = {
    platform: name,
    mode: isNative(platform, o.hostArch) ? 'native' : 'emulated',
    timedOut: false,
    output: '',
    ok: false,
    problems: []
  };
  const entry = findEntry(entries, platform);
  if (!entry) {
    run.problems.push(`${formatReference(ref)} has no ${name} image`);
    return run;
  }
  run.digest = entry.digest;
  try {
    const manifest = await client.getImageManifest(ref, entry.digest);
    run.layers = manifest.layers.length;
    run.size = manifest.config.size + manifest.layers.reduce((n, l) => n + (l.size ?? 0), 0);
  } catch (err) {
    run.problems.push(`cannot read the ${name} manifest: ${(err as Error).message}`);
    return run;
  }
  const pinned = `${repositoryName(ref)}@${entry.digest}`;
  const insecure = isInsecureRegistry(ref.registry, o.insecureRegistries);
  const timeoutMs = o.timeoutSeconds * 1000;
  const pull = await runTimed(o.runtime, pullArgs(o.runtime, platform, pinned, insecure), timeoutMs);
  run.pullSeconds = Math.round(pull.ms) / 1000;
  if (pull.exitCode !== 0) {
    const why = pull.timedOut
      ? `timed out after ${o.timeoutSeconds}s`
      : lastLine(pull.stderr) || `exit code ${pull.exitCode}`;
    run.problems.push(`cannot pull ${pinned} for ${name}: ${why}`);
    return run;
  }
  const container = `arch-e2e-${randomBytes(5).toString('hex')}`;
  const res = await runTimed(
    o.runtime,
    runArgs(o.runtime, platform, pinned, o.command, container),
    timeoutMs,
    async () => {
      await runTimed(o.runtime, removeArgs(container), 30000);
    }
  );
  run.exitCode = res.timedOut ? undefined : res.exitCode;
  run.seconds = Math.round(res.ms) / 1000;
  run.timedOut = res.timedOut;
  run.output = (res.stdout + (res.stderr ? `\n${res.stderr}` : '')).trim().slice(0, 4000);
  run.machine = machinesIn(res.stdout + '\n' + res.stderr)[0];
  if (res.timedOut)
    run.problems.push(`${name}: the command did not finish within ${o.timeoutSeconds}s (killed)`);
  const foreign = foreignMachines(res.stdout + '\n' + res.stderr, platform);
  if (foreign.length) {
    run.machine = foreign[0];
    run.problems.push(
      `${formatReference(ref)} ${name} runs ${foreign.join(', ')} code (expected ${UNAME_MACHINE[formatPlatform(platform)] ?? platform.architecture}): ` +
        `its binaries are not built for ${name}`
    );
  }
  return run;
}

/** Compares every platform's run with the baseline's: same exit code, no foreign machine. */
export function judge(runs: PlatformRun[], baseline: string, image: string): void {
  const base = runs.find(r => r.platform === baseline);
  for (const r of runs) {
    if (
      r.platform !== baseline &&
      base &&
      base.exitCode !== undefined &&
      r.exitCode !== undefined &&
      r.exitCode !== base.exitCode
    ) {
      r.problems.push(
        `${image} ${r.platform} exited with ${r.exitCode} where ${baseline} exited with ${base.exitCode} (parity difference)`
      );
    }
    if (r.platform !== baseline && base && base.exitCode === undefined && r.problems.length === 0) {
      r.problems.push(`${image} ${r.platform} cannot be compared: the ${baseline} baseline did not run`);
    }
    r.ok = r.problems.length === 0 && r.exitCode !== undefined;
  }
}

/**
 * Level `container`: for each image, each platform (baseline first) is resolved to its own
 * digest, pulled and run with `command`; a platform fails on a different exit code than the
 * baseline or on output naming another machine. Never throws for a failed check: see `ok`.
 */
export async function runContainerParity(o: ContainerParityOptions): Promise<ContainerParityResult> {
  const client = o.registry ?? new RegistryClient({ insecureRegistries: o.insecureRegistries });
  const baseline = formatPlatform(o.baseline);
  const order = runOrder(o.platforms, o.baseline);
  const images: ImageParity[] = [];
  try {
    for (const ref of o.images) {
      const image = formatReference(ref);
      const result: ImageParity = { image, baseline, runs: [], ok: false, problems: [] };
      images.push(result);
      await core.group(`Parity runs of ${image}`, async () => {
        let entries: PlatformEntry[];
        try {
          const inspected = await client.inspect(ref);
          result.indexDigest = inspected.digest;
          entries = inspected.platforms;
        } catch (err) {
          result.problems.push(`cannot resolve ${image}: ${(err as Error).message}`);
          return;
        }
        for (const p of order) {
          const run = await runOne(o, client, ref, entries, p);
          core.info(
            `${run.platform} (${run.mode}): exit ${run.exitCode ?? '–'}, machine ${run.machine ?? '–'}, ` +
              `${run.seconds?.toFixed(2) ?? '–'}s${run.problems.length ? ` — ${run.problems.join('; ')}` : ''}`
          );
          result.runs.push(run);
        }
        judge(result.runs, baseline, image);
      });
      result.problems.push(...result.runs.flatMap(r => r.problems));
      result.ok = result.problems.length === 0 && result.runs.length === order.length;
    }
  } finally {
    if (!o.registry) client.close();
  }
  return {
    level: 'container',
    ok: images.every(i => i.ok),
    runtime: o.runtime,
    command: o.command,
    baseline,
    images,
    problems: images.flatMap(i => i.problems)
  };
}

/** Size difference of `value` against `base`, in percent with a sign (`+3.2%`). */
export function percentDiff(value: number | undefined, base: number | undefined): string {
  if (value === undefined || base === undefined || base === 0) return '–';
  const d = ((value - base) / base) * 100;
  return `${d >= 0 ? '+' : ''}${d.toFixed(1)}%`;
}

export function ratio(value: number | undefined, base: number | undefined): string {
  if (value === undefined || base === undefined || base <= 0) return '–';
  return `${(value / base).toFixed(2)}×`;
}

export function writeReport(file: string, report: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
}

/** Throws the CheckError a failed parity run ends the step with. */
export function assertParity(result: ContainerParityResult): void {
  if (result.ok) return;
  throw new CheckError(`Parity check failed: ${result.problems.join('; ')}`);
}

export const PARITY_HEADERS = [
  'Image',
  'Platform',
  'Runs',
  'Exit',
  'Machine',
  'Size',
  'Size vs baseline',
  'Layers',
  'Time',
  'Time vs baseline',
  'Result'
];

/**
 * The parity table: per image the baseline row, then each platform next to it with the
 * size difference in percent and the time ratio. `code` wraps literal values (HTML or not).
 */
export function parityRows(
  result: ContainerParityResult,
  code: (s: string) => string = s => s,
  size: (n?: number) => string = n => String(n ?? '–')
): string[][] {
  const rows: string[][] = [];
  for (const img of result.images) {
    const base = img.runs.find(r => r.platform === img.baseline);
    if (!img.runs.length) {
      rows.push([
        code(img.image),
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        `❌ ${img.problems.join('; ')}`
      ]);
      continue;
    }
    for (const r of img.runs) {
      const isBase = r === base;
      rows.push([
        code(img.image),
        code(r.platform) + (isBase ? ' (baseline)' : ''),
        r.mode,
        r.exitCode === undefined ? (r.timedOut ? 'timeout' : '–') : String(r.exitCode),
        r.machine ? code(r.machine) : '–',
        size(r.size),
        isBase ? '–' : percentDiff(r.size, base?.size),
        r.layers === undefined ? '–' : String(r.layers),
        r.seconds === undefined ? '–' : `${r.seconds.toFixed(2)}s`,
        isBase ? '–' : ratio(r.seconds, base?.seconds),
        r.ok ? '✅ same as baseline' : `❌ ${r.problems.join('; ') || 'failed'}`
      ]);
    }
  }
  return rows;
}
