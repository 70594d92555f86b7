import * as core from '../core/toolkit';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CheckError, ConfigurationError } from '../core/errors';
import { Exec, lastLine, run, runCaptured, which } from '../core/exec';
import { SETUP_QEMU_BUILDX } from '../core/specs.generated';
import { formatPlatform, hostPlatform, isNative, Platform, SupportedPlatform } from '../oci/platform';
import { buildProbe, probeMessage } from './probes';

export type QemuMode = 'auto' | 'true' | 'false';
export type BinfmtSource = 'auto' | 'image' | 'host';

const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';

/** The binfmt_misc entry and QEMU binary suffix for each platform. */
const QEMU_NAME: Record<string, string> & Record<SupportedPlatform, string> = {
  'linux/amd64': 'x86_64',
  'linux/386': 'i386',
  'linux/arm64': 'aarch64',
  'linux/arm/v7': 'arm',
  'linux/arm/v6': 'arm',
  'linux/ppc64le': 'ppc64le',
  'linux/s390x': 's390x',
  'linux/riscv64': 'riscv64',
  'linux/mips64le': 'mips64el',
  'linux/loong64': 'loongarch64'
};

/** The architecture names tonistiigi/binfmt's `--install` takes. */
const BINFMT_ARCH: Record<string, string> & Record<SupportedPlatform, string> = {
  'linux/amd64': 'amd64',
  'linux/386': '386',
  'linux/arm64': 'arm64',
  'linux/arm/v7': 'arm',
  'linux/arm/v6': 'arm',
  'linux/ppc64le': 'ppc64le',
  'linux/s390x': 's390x',
  'linux/riscv64': 'riscv64',
  'linux/mips64le': 'mips64le',
  'linux/loong64': 'loong64'
};

export interface QemuOptions {
  platforms: Platform[];
  qemu: QemuMode;
  binfmtSource: BinfmtSource;
  binfmtImage: string;
  verify: boolean;
  /** Host architecture as Node names it; tests pass another one. */
  hostArch?: string;
}

export interface PlatformStatus {
  platform: string;
  native: boolean;
  emulator: string;
  probe: 'passed' | 'failed' | 'skipped';
  probeMs?: number;
  detail: string;
}

export interface QemuResult {
  native: string[];
  emulated: string[];
  usable: string[];
  rows: PlatformStatus[];
}

export interface BinfmtEntry {
  enabled: boolean;
  interpreter: string;
  flags: string;
}

export function qemuName(platform: string): string | undefined {
  return QEMU_NAME[platform];
}

/** Reads `/proc/sys/fs/binfmt_misc/qemu-<name>`; undefined when not registered. */
export function readBinfmtEntry(name: string, dir = BINFMT_DIR): BinfmtEntry | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, `qemu-${name}`), 'utf8');
  } catch {
    return undefined;
  }
  const field = (key: string) => text.match(new RegExp(`^${key} (.*)$`, 'm'))?.[1]?.trim() ?? '';
  return {
    enabled: /^enabled$/m.test(text),
    interpreter: field('interpreter'),
    flags: text.match(/^flags: ?(.*)$/m)?.[1]?.trim() ?? ''
  };
}

interface ProbeOutcome {
  ok: boolean;
  ms: number;
  detail: string;
}

/** Runs the carried probe for a platform and checks that it printed its own name. */
export async function runProbe(platform: string, timeoutMs = 15000): Promise<ProbeOutcome> {
  const probe = buildProbe(platform);
  if (!probe) return { ok: false, ms: 0, detail: 'no probe is carried for this platform' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-probe-'));
  const file = path.join(dir, 'probe');
  fs.writeFileSync(file, probe, { mode: 0o755 });
  const started = Date.now();
  try {
    const res = await runCaptured(file, [], { timeoutMs });
    const ms = Date.now() - started;
    if (res.exitCode !== 0)
      return { ok: false, ms, detail: lastLine(res.stderr) || `the probe exited with code ${res.exitCode}` };
    const out = res.stdout.trim();
    if (out !== probeMessage(platform))
      return { ok: false, ms, detail: `probe printed ${JSON.stringify(out)}` };
    return { ok: true, ms, detail: 'probe ran' };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Registers emulators from the pinned binfmt image through docker. */
async function installFromImage(image: string, platforms: string[]): Promise<void> {
  if (!(await which('docker'))) throw new CheckError('docker is not available to run the binfmt image');
  const arches = [...new Set(platforms.map(p => BINFMT_ARCH[p]).filter(Boolean))];
  await run('docker', ['run', '--rm', '--privileged', image, '--install', arches.join(',')]);
}

/** What the host fallback touches, so a test can play a non-root runner user. */
export interface HostDeps {
  exec: Exec;
  /** Root runs privileged tools itself; the runner user goes through `sudo -n`. */
  uid: number;
  binfmtDir: string;
  exists: (file: string) => boolean;
  which: (tool: string) => Promise<boolean>;
}

export const hostDeps = (): HostDeps => ({
  exec: run,
  uid: process.getuid?.() ?? 0,
  binfmtDir: BINFMT_DIR,
  exists: fs.existsSync,
  which
});

/**
 * Runs a tool as root: directly when we are root, else through `sudo -n`; `input` goes to stdin.
 * `quiet` keeps its output out of the log (a failure still carries its last line).
 */
export async function privileged(
  d: HostDeps,
  tool: string,
  args: string[],
  input?: string,
  quiet = false
): Promise<void> {
  const argv: [string, string[]] = d.uid === 0 ? [tool, args] : ['sudo', ['-n', tool, ...args]];
  await d.exec(...argv, input === undefined ? (quiet ? { silent: true } : {}) : { input, silent: true });
}

/** Uses the host's qemu-user-static, installing it when we may, and insists on the F flag. */
export async function installFromHost(platforms: string[], d: HostDeps = hostDeps()): Promise<void> {
  const names = [...new Set(platforms.map(p => QEMU_NAME[p]).filter(Boolean))];
  const missing = names.filter(n => !d.exists(`/usr/bin/qemu-${n}-static`));
  if (missing.length > 0) {
    if (!(await d.which('apt-get'))) {
      throw new CheckError(
        `qemu-user-static is not installed and apt-get is not available (need ${missing.join(', ')})`
      );
    }
    // A fresh runner's package lists are stale or empty: install fails without an update.
    await privileged(d, 'apt-get', ['update', '-q'], undefined, true);
    await privileged(
      d,
      'apt-get',
      ['install', '-y', '-q', 'qemu-user-static', 'binfmt-support'],
      undefined,
      true
    );
    core.info(
      `Installed qemu-user-static and binfmt-support with apt-get: this runner has no ${missing.map(n => `qemu-${n}-static`).join(', ')}`
    );
  }
  if (!d.exists(path.join(d.binfmtDir, 'register'))) {
    await privileged(d, 'mount', ['-t', 'binfmt_misc', 'binfmt_misc', d.binfmtDir]);
  }
  for (const n of names) {
    if (await d.which('update-binfmts')) await privileged(d, 'update-binfmts', ['--enable', `qemu-${n}`]);
    const entry = readBinfmtEntry(n, d.binfmtDir);
    if (entry && !entry.flags.includes('F')) await addFixBinaryFlag(d, n);
  }
}

/**
 * Re-registers an entry with the F (fix-binary) flag, so the interpreter is opened now and
 * keeps working inside containers whose root has no QEMU binary. binfmt_misc is root's to
 * write, so both writes go through tee as root.
 */
export async function addFixBinaryFlag(d: HostDeps, name: string): Promise<void> {
  const file = path.join(d.binfmtDir, `qemu-${name}`);
  const text = fs.readFileSync(file, 'utf8');
  const get = (key: string) => text.match(new RegExp(`^${key} (\\S+)`, 'm'))?.[1] ?? '';
  const hex = (h: string) => h.replace(/../g, b => `\\x${b}`);
  const flags = (text.match(/^flags: ?(\S*)/m)?.[1] ?? '') + 'F';
  const line = `:qemu-${name}:M:${get('offset')}:${hex(get('magic'))}:${hex(get('mask'))}:${get('interpreter')}:${flags}`;
  await privileged(d, 'tee', [file], '-1');
  await privileged(d, 'tee', [path.join(d.binfmtDir, 'register')], line);
}

async function emulatorVersion(platform: string, source: string): Promise<string> {
  const name = QEMU_NAME[platform];
  if (source.startsWith('image')) return source;
  try {
    const res = await run(`qemu-${name}-static`, ['--version'], { silent: true });
    const m = res.stdout.match(/version (\S+)/);
    return m ? `qemu ${m[1]}` : 'qemu';
  } catch {
    return 'qemu (registered)';
  }
}

/** Checks a registered entry: enabled and with the F flag. Empty string when fine. */
function binfmtProblem(platform: string): string {
  const name = QEMU_NAME[platform];
  if (!name) return `no QEMU emulator is known for ${platform}`;
  const entry = readBinfmtEntry(name);
  if (!entry) return `binfmt_misc has no qemu-${name} entry`;
  if (!entry.enabled) return `binfmt_misc entry qemu-${name} is disabled`;
  if (!entry.flags.includes('F')) {
    return `binfmt_misc entry qemu-${name} lacks the F (fix-binary) flag, so emulation fails inside containers`;
  }
  return '';
}

/**
 * Makes every requested platform runnable on this host: QEMU only for the platforms the host
 * cannot run, then a probe per platform proving that code of that architecture executes.
 */
export async function setupQemu(opts: QemuOptions): Promise<QemuResult> {
  const hostArch = opts.hostArch ?? process.arch;
  const all = opts.platforms.map(formatPlatform);
  const native = opts.platforms.filter(p => isNative(p, hostArch)).map(formatPlatform);
  const foreign = all.filter(p => !native.includes(p));

  // A probe that passed is not run again for the table unless its emulator was installed since.
  const probed = new Map<string, ProbeOutcome>();
  const probe = async (p: string) => {
    const outcome = await runProbe(p);
    if (outcome.ok) probed.set(p, outcome);
    return outcome;
  };
  if (opts.qemu === 'false' && foreign.length > 0) {
    const notRunnable: string[] = [];
    for (const p of foreign) if (!(await probe(p)).ok) notRunnable.push(p);
    if (notRunnable.length > 0) {
      throw new ConfigurationError(
        `Input "${SETUP_QEMU_BUILDX.inputs.qemu.name}" is "false", but this ${formatPlatform(hostPlatform(hostArch))} runner cannot run ${notRunnable.join(', ')} without emulation`
      );
    }
  }

  let source = 'preinstalled';
  if (foreign.length > 0 && opts.qemu !== 'false') {
    // With `auto`, emulators that are registered and already pass their probe are kept as they are.
    let todo = foreign;
    if (opts.qemu === 'auto') {
      todo = [];
      for (const p of foreign) if (binfmtProblem(p) || !(await probe(p)).ok) todo.push(p);
    }
    if (todo.length > 0) source = await install(todo, opts);
    for (const p of todo) probed.delete(p);
  }

  const rows: PlatformStatus[] = [];
  for (const p of all) {
    const isNat = native.includes(p);
    const row: PlatformStatus = {
      platform: p,
      native: isNat,
      emulator: isNat ? '–' : await emulatorVersion(p, source),
      probe: 'skipped',
      detail: ''
    };
    if (opts.verify || !isNat) {
      const problem = isNat ? '' : binfmtProblem(p);
      const outcome = buildProbe(p) ? (probed.get(p) ?? (await runProbe(p))) : undefined;
      if (outcome) {
        row.probe = outcome.ok && !problem ? 'passed' : 'failed';
        row.probeMs = outcome.ms;
        row.detail = problem || outcome.detail;
      } else {
        row.detail = problem || 'no probe is carried for this platform';
        row.probe = problem ? 'failed' : 'skipped';
      }
      core.info(
        `${p}: ${isNat ? 'native' : `emulated (${row.emulator})`}, probe ${row.probe}${row.detail ? ` (${row.detail})` : ''}`
      );
    }
    rows.push(row);
  }
  if (opts.verify) {
    const failed = rows.filter(r => r.probe === 'failed');
    if (failed.length > 0) {
      throw new CheckError(
        `Emulation check failed: ${failed.map(r => `${r.platform}: ${r.detail}`).join('; ')}`
      );
    }
  }
  const usable = rows.filter(r => r.native || r.probe !== 'failed').map(r => r.platform);
  return { native, emulated: foreign, usable, rows };
}

async function install(platforms: string[], opts: QemuOptions): Promise<string> {
  const tryImage = opts.binfmtSource === 'image' || opts.binfmtSource === 'auto';
  if (tryImage) {
    try {
      await installFromImage(opts.binfmtImage, platforms);
      return `image ${opts.binfmtImage}`;
    } catch (err) {
      if (opts.binfmtSource === 'image') throw err;
      core.info(`The binfmt image could not be used (${(err as Error).message}); using the host's QEMU`);
    }
  }
  await installFromHost(platforms);
  return 'host';
}
