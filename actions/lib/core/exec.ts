import { spawn } from 'node:child_process';
import * as core from './toolkit';
import { CheckError } from './errors';
import { LineGuard } from './untrusted';

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  /** Keep stdout out of the log, because it is data for us to parse. */
  silent?: boolean;
  /** Return a non-zero exit code instead of throwing. */
  ignoreReturnCode?: boolean;
  env?: Record<string, string>;
  cwd?: string;
  input?: Buffer | string;
}

/** The last non-empty stderr line, which is where tools put the reason they failed. */
export function lastLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(Boolean);
  return lines.length ? lines[lines.length - 1] : '';
}

// Inputs can carry secrets (INPUT_SECRETS), and build secrets travel as ARCH_SECRET_<ID>.
const PRIVATE_ENV = /^(INPUT_|ARCH_SECRET_)/i;

/**
 * The environment of every child process: ours without INPUT_* and ARCH_SECRET_*, plus
 * `extra`, the only way a secret reaches a child (buildx reads `env=` secrets from its own).
 */
export function childEnv(
  extra: Record<string, string> = {},
  base: NodeJS.ProcessEnv = process.env
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined && !PRIVATE_ENV.test(k)) env[k] = v;
  return { ...env, ...extra };
}

/**
 * Runs a tool. Argv goes to the debug log, never secrets: pass those through `input` or
 * `env`, which is all the child gets beyond childEnv().
 * A failure throws a CheckError carrying the tool's last stderr line.
 */
export async function run(tool: string, args: string[], opts: ExecOptions = {}): Promise<ExecResult> {
  core.debug(`exec: ${tool} ${args.map(a => JSON.stringify(a)).join(' ')}`);
  // Loaded on first use (a chunk file): a run that starts no tool never pays for it.
  const { getExecOutput } = await import('@actions/exec');
  // The tool's output is echoed line by line through the guard, never straight to stdout.
  const echo = !opts.silent;
  const out = new LineGuard(core.info);
  const err = new LineGuard(core.infoStderr);
  if (echo) core.info(`[command]${[tool, ...args].join(' ')}`);
  const res = await getExecOutput(tool, args, {
    silent: true,
    listeners: echo ? { stdout: d => out.push(d), stderr: d => err.push(d) } : {},
    ignoreReturnCode: true,
    env: childEnv(opts.env),
    cwd: opts.cwd,
    input: opts.input === undefined ? undefined : Buffer.from(opts.input)
  });
  out.end();
  err.end();
  if (res.exitCode !== 0 && !opts.ignoreReturnCode) {
    const reason = lastLine(res.stderr) || lastLine(res.stdout) || `exit code ${res.exitCode}`;
    throw new CheckError(`${tool} ${args[0] ?? ''} failed: ${reason}`);
  }
  return res;
}

export interface CapturedOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** Kills the tool (SIGKILL) when aborted: its result is no longer wanted. */
  signal?: AbortSignal;
}

/** Kills a child and every process it started (its own process group, as `detached` makes it). */
function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Runs a tool for its output, killed past `timeoutMs` with every process it started (its
 * process group: helm's plugins, a shell's children): for tools that may wait on a network that
 * is not there, or loop. Never throws for the tool's own failure; `timedOut` says why it ended.
 */
export function runCaptured(
  tool: string,
  args: string[],
  opts: CapturedOptions = {}
): Promise<ExecResult & { timedOut: boolean }> {
  core.debug(`exec: ${tool} ${args.map(a => JSON.stringify(a)).join(' ')}`);
  const max = opts.maxBytes ?? 256 * 1024 * 1024;
  return new Promise(resolve => {
    let timedOut = false;
    let why = '';
    const out = { stdout: '', stderr: '' };
    // Its own process group, so that a timeout kills what it started too.
    const child = spawn(tool, args, { env: childEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const stop = () => killGroup(child.pid);
    const keep = (key: 'stdout' | 'stderr') => (d: Buffer) => {
      if (out[key].length + d.length > max) {
        why = `${key} over ${max} bytes`;
        return stop();
      }
      out[key] += d.toString('utf8');
    };
    child.stdout.on('data', keep('stdout'));
    child.stderr.on('data', keep('stderr'));
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          why = `timed out after ${+((opts.timeoutMs ?? 0) / 1000).toFixed(1)} s`;
          stop();
        }, opts.timeoutMs)
      : undefined;
    if (opts.signal?.aborted) stop();
    opts.signal?.addEventListener('abort', stop, { once: true });
    const done = (exitCode: number) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', stop);
      const stderr = why ? `${out.stderr}${why}\n` : out.stderr;
      resolve({ exitCode, stdout: out.stdout, stderr, timedOut });
    };
    child.on('error', err => {
      why = why || err.message; // it did not start
      done(1);
    });
    child.on('close', (code: number | null) => done(code ?? 1));
  });
}

/** The signature of run(): what code that calls tools takes as a dependency. */
export type Exec = typeof run;

/** A tool's output, quiet; a failing exit code is returned, not thrown; killed past `timeoutMs`. */
export const quietRun = (
  tool: string,
  args: string[],
  opts?: CapturedOptions
): Promise<ExecResult & { timedOut?: boolean }> => runCaptured(tool, args, opts);

/** True when the tool exists on PATH and answers. */
export async function which(tool: string): Promise<boolean> {
  try {
    const io = await import('@actions/io');
    return (await io.which(tool, false)) !== '';
  } catch {
    return false;
  }
}
