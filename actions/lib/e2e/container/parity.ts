import { Limits } from '../../core/limits';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '../../core/toolkit';
import { CheckError } from '../../core/errors';
import { lastLine } from '../../core/exec';
import {
  formatPlatform,
  isNative,
  parsePlatform,
  Platform,
  platformPair,
  samePlatform,
  UNAME_MACHINE
} from '../../oci/platform';
import { isLocalRef, LocalImages } from '../../oci/archive-source';
import { formatReference, ImageRef, isInsecureRegistry, repositoryName } from '../../oci/reference';
import { ImageReader } from '../../oci/types';
import { PlatformEntry, RegistryClient } from '../../registry/client';
import { foreignMachines, machinesIn } from './machines';
import { ContainerRuntime, pullArgs, removeArgs, runArgs, RunWhat, runTimed, TimedResult } from './runtime';
import { cannotStart, InputNames, startProblem } from './start';

/** What the container level runs: parsed values only. */
export interface ContainerParityOptions {
  images: ImageRef[];
  /** Platforms under test; the baseline is added (and run first) when missing. */
  platforms: Platform[];
  baseline: Platform;
  /** Run through `sh -c` in each image, unless `args` is given. */
  command: string;
  /** Arguments for the image's own entrypoint, run with no shell (images without `sh`); replace `command`. */
  args?: string[];
  /** The inputs named in a message about a run that cannot start (default: run-arm64-e2e's). */
  inputNames?: InputNames;
  /** Seconds allowed for each pull and each run. */
  timeout: number;
  runtime: ContainerRuntime;
  insecureRegistries: string[];
  /** Sizes and times of registry reads (core/limits.ts). */
  limits?: Partial<Limits>;
}

export interface ContainerParityDeps {
  /** A shared client (the CLI's, a test's); one is created and closed otherwise. */
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
  /** The entrypoint's arguments, when they were run instead of `command`. */
  args?: string[];
  baseline: string;
  images: ImageParity[];
  problems: string[];
}

function findEntry(entries: PlatformEntry[], p: Platform): PlatformEntry | undefined {
  return entries.find(e => {
    if (e.attestation) return false;
    const { os, architecture, variant } = e.platform;
    try {
      return samePlatform(
        parsePlatform(`${os}/${architecture}${variant ? '/' + variant : ''}`, 'image index'),
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

interface Target {
  o: ContainerParityOptions;
  client: ImageReader;
  ref: ImageRef;
  platform: Platform;
  run: PlatformRun;
  /** An image read from archives on disk: loaded into the runtime instead of pulled. */
  local?: LocalImages;
}

/** Reads the platform's manifest for its size and layer count; false when it cannot. */
async function measure({ client, ref, run }: Target, digest: string): Promise<boolean> {
  try {
    const manifest = await client.getImageManifest(ref, digest);
    run.layers = manifest.layers.length;
    run.size = manifest.config.size + manifest.layers.reduce((n, l) => n + (l.size ?? 0), 0);
    return true;
  } catch (err) {
    run.problems.push(`cannot read the ${run.platform} manifest: ${(err as Error).message}`);
    return false;
  }
}

/** Pulls the platform's own digest; false (with the reason noted) when it cannot. */
async function pull({ o, ref, platform, run }: Target, pinned: string): Promise<boolean> {
  const insecure = isInsecureRegistry(ref.registry, o.insecureRegistries);
  const res = await runTimed(o.runtime, pullArgs(o.runtime, platform, pinned, insecure), o.timeout * 1000);
  run.pullSeconds = Math.round(res.ms) / 1000;
  if (res.exitCode === 0) return true;
  const why = res.timedOut
    ? `timed out after ${o.timeout}s`
    : lastLine(res.stderr) || `exit code ${res.exitCode}`;
  run.problems.push(`cannot pull ${pinned} for ${run.platform}: ${why}`);
  return false;
}

/** Loads the platform's image from its archive under a tag made from its digest; undefined (reason noted) when it cannot. */
async function load({ o, platform, run, local }: Target, digest: string): Promise<string | undefined> {
  const tag = `arch-actions-e2e/${digest.slice(7, 19)}:${platformPair(platform)}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-e2e-load-'));
  try {
    const file = path.join(dir, 'image.tar');
    await local!.saveForLoad(digest, tag, file);
    const res = await runTimed(o.runtime, ['load', '--input', file], o.timeout * 1000);
    run.pullSeconds = Math.round(res.ms) / 1000;
    if (res.exitCode === 0) return tag;
    run.problems.push(
      `cannot load ${run.platform} of ${formatReference(local!.ref)}: ${lastLine(res.stderr) || `exit code ${res.exitCode}`}`
    );
    return undefined;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Notes what the run printed and how it ended: a timeout, or code of another machine. */
function record({ o, ref, platform, run }: Target, res: TimedResult): void {
  const output = res.stdout + '\n' + res.stderr;
  run.exitCode = res.timedOut ? undefined : res.exitCode;
  run.seconds = Math.round(res.ms) / 1000;
  run.timedOut = res.timedOut;
  run.output = (res.stdout + (res.stderr ? `\n${res.stderr}` : '')).trim().slice(0, 4000);
  run.machine = machinesIn(output)[0];
  if (res.timedOut)
    run.problems.push(`${run.platform}: the command did not finish within ${o.timeout}s (killed)`);
  const foreign = foreignMachines(output, platform);
  if (!foreign.length) return;
  run.machine = foreign[0];
  const expected = UNAME_MACHINE[run.platform] ?? platform.architecture;
  run.problems.push(
    `${formatReference(ref)} ${run.platform} runs ${foreign.join(', ')} code (expected ${expected}): ` +
      `its binaries are not built for ${run.platform}`
  );
}

async function runOne(
  o: ContainerParityOptions,
  deps: ContainerParityDeps,
  client: ImageReader,
  ref: ImageRef,
  entries: PlatformEntry[],
  platform: Platform,
  local?: LocalImages
): Promise<PlatformRun> {
  const name = formatPlatform(platform);
  const mode = isNative(platform, deps.hostArch) ? 'native' : 'emulated';
  const run: PlatformRun = { platform: name, mode, timedOut: false, output: '', ok: false, problems: [] };
  const target: Target = { o, client, ref, platform, run, local };
  const entry = findEntry(entries, platform);
  if (!entry) {
    run.problems.push(`${formatReference(ref)} has no ${name} image`);
    return run;
  }
  run.digest = entry.digest;
  if (!(await measure(target, entry.digest))) return run;
  const pinned = local ? await load(target, entry.digest) : `${repositoryName(ref)}@${entry.digest}`;
  if (!pinned || (!local && !(await pull(target, pinned)))) return run;
  const container = `arch-e2e-${randomBytes(5).toString('hex')}`;
  const args = runArgs(o.runtime, platform, pinned, runWhat(o), container);
  try {
    const res = await runTimed(o.runtime, args, o.timeout * 1000, async () => {
      await runTimed(o.runtime, removeArgs(container), 30000);
    });
    record(target, res);
  } finally {
    // A loaded image is this run's own; a pulled one stays, as docker pull leaves it.
    if (local) await runTimed(o.runtime, ['rmi', '--force', pinned], 30000);
  }
  return run;
}

const runWhat = (o: ContainerParityOptions): RunWhat =>
  o.args?.length ? { args: o.args } : { command: o.command };

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

/** Runs one image on every platform in `order`, then judges the runs against the baseline. */
async function runImage(
  o: ContainerParityOptions,
  deps: ContainerParityDeps,
  client: RegistryClient,
  ref: ImageRef,
  order: Platform[]
): Promise<ImageParity> {
  const image = formatReference(ref);
  const baseline = formatPlatform(o.baseline);
  const result: ImageParity = { image, baseline, runs: [], ok: false, problems: [] };
  await core.group(`Parity runs of ${image}`, async () => {
    let entries: PlatformEntry[];
    let local: LocalImages | undefined;
    try {
      // An archive on disk is read offline and loaded; nothing is asked of a registry.
      if (isLocalRef(ref)) local = await LocalImages.open(ref);
      const inspected = await (local ?? client).inspect(ref);
      result.indexDigest = inspected.digest;
      entries = inspected.platforms;
    } catch (err) {
      result.problems.push(`cannot resolve ${image}: ${(err as Error).message}`);
      return;
    }
    try {
      await runAll(o, deps, { client: local ?? client, ref, entries, local }, order, result);
    } finally {
      local?.dispose();
    }
    judge(result.runs, baseline, image);
  });
  result.problems.push(...result.runs.flatMap(r => r.problems));
  // Runs that never started match each other and prove nothing.
  const notStarted = startProblem(image, result.runs, !runWhat(o).args, o.inputNames);
  if (notStarted) {
    result.problems.push(notStarted);
    for (const r of result.runs) if (cannotStart(r)) r.ok = false;
  }
  result.ok = result.problems.length === 0 && result.runs.length === order.length;
  return result;
}

/** Runs every platform of one image in order, logging each run. */
async function runAll(
  o: ContainerParityOptions,
  deps: ContainerParityDeps,
  t: { client: ImageReader; ref: ImageRef; entries: PlatformEntry[]; local?: LocalImages },
  order: Platform[],
  result: ImageParity
): Promise<void> {
  for (const p of order) {
    const run = await runOne(o, deps, t.client, t.ref, t.entries, p, t.local);
    core.info(
      `${run.platform} (${run.mode}): exit ${run.exitCode ?? '–'}, machine ${run.machine ?? '–'}, ` +
        `${run.seconds?.toFixed(2) ?? '–'}s${run.problems.length ? ` — ${run.problems.join('; ')}` : ''}`
    );
    result.runs.push(run);
  }
}

/**
 * Level `container`: for each image, each platform (baseline first) is resolved to its own
 * digest, pulled and run with `command`; a platform fails on a different exit code than the
 * baseline or on output naming another machine. Never throws for a failed check: see `ok`.
 */
export async function runContainerParity(
  o: ContainerParityOptions,
  deps: ContainerParityDeps = {}
): Promise<ContainerParityResult> {
  const client =
    deps.registry ?? new RegistryClient({ insecureRegistries: o.insecureRegistries, limits: o.limits });
  const order = runOrder(o.platforms, o.baseline);
  const images: ImageParity[] = [];
  try {
    for (const ref of o.images) images.push(await runImage(o, deps, client, ref, order));
  } finally {
    if (!deps.registry) client.close();
  }
  return {
    level: 'container',
    ok: images.every(i => i.ok),
    runtime: o.runtime,
    command: o.command,
    ...(runWhat(o).args ? { args: o.args } : {}),
    baseline: formatPlatform(o.baseline),
    images,
    problems: images.flatMap(i => i.problems)
  };
}

/** The CheckError a failed parity run ends the step with. */
export function parityFailure(result: ContainerParityResult): CheckError {
  return new CheckError(`Parity check failed: ${result.problems.join('; ')}`);
}
