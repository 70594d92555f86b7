import { spawn } from 'node:child_process';
import * as path from 'node:path';
import * as core from './toolkit';
import { CheckError } from './errors';
import { DEFAULT_LIMITS, LimitError } from './limits';
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
  /** Killed past this (ms); the default is the default of `limit`. */
  timeoutMs?: number;
  /** The limit named when it is killed: tool-timeout, or build-timeout for builders. */
  limit?: ToolLimit;
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

/** The limits a child process is killed at: builders have their own, every other tool the other. */
export type ToolLimit = 'toolMs' | 'buildMs';

/** What a tool was, for an error: its name and first arguments, cut short. */
function describe(tool: string, args: string[]): string {
  const text = [path.basename(tool), ...args.slice(0, 2)].join(' ');
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Runs a tool, killed with every process it started once its limit has passed (the
 * `tool-timeout` limit unless `limit` says `build-timeout`): a LimitError naming the limit and the
 * tool. Argv goes to the debug log, never secrets: pass those through `input` or `env`, which is
 * all the child gets beyond childEnv(). A failure throws a CheckError carrying the tool's last
 * stderr line.
 */
export async function run(tool: string, args: string[], opts: ExecOptions = {}): Promise<ExecResult> {
  core.debug(`exec: ${tool} ${args.map(a => JSON.stringify(a)).join(' ')}`);
  // The tool's output is echoed line by line through the guard, never straight to stdout.
  const echo = !opts.silent;
  const out = new LineGuard(core.info);
  const err = new LineGuard(core.infoStderr);
  if (echo) core.info(`[command]${[tool, ...args].join(' ')}`);
  const limit = opts.limit ?? 'toolMs';
  const ms = opts.timeoutMs ?? DEFAULT_LIMITS[limit];
  const res = await spawnGroup(tool, args, {
    env: childEnv(opts.env),
    cwd: opts.cwd,
    input: opts.input,
    timeoutMs: ms,
    tail: true,
    ...(echo ? { onStdout: (d: Buffer) => out.push(d), onStderr: (d: Buffer) => err.push(d) } : {})
  });
  out.end();
  err.end();
  if (res.timedOut) throw new LimitError(describe(tool, args), limit, ms, 'killed with what it started');
  if (res.exitCode !== 0 && !opts.ignoreReturnCode) {
    const reason = lastLine(res.stderr) || lastLine(res.stdout) || `exit code ${res.exitCode}`;
    throw new CheckError(`${tool} ${args[0] ?? ''} failed: ${reason}`);
  }
  return { exitCode: res.exitCode, stdout: res.stdout, stderr: res.stderr };
}

export interface CapturedOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** Kills the tool (SIGKILL) when aborted: its result is no longer wanted. */
  signal?: AbortSignal;
}

interface SpawnOptions extends CapturedOptions {
  env?: Record<string, string>;
  cwd?: string;
  input?: Buffer | string;
  /** Past maxBytes keep the last bytes instead of killing the tool (its output is a log). */
  tail?: boolean;
  onStdout?: (d: Buffer) => void;
  onStderr?: (d: Buffer) => void;
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
 * Starts a tool in its own process group (so that a timeout kills what it started too: helm's
 * plugins, a shell's children) and collects its output. Never throws for the tool's own failure;
 * `timedOut` says why it ended.
 */
function spawnGroup(
  tool: string,
  args: string[],
  o: SpawnOptions
): Promise<ExecResult & { timedOut: boolean }> {
  const max = o.maxBytes ?? 256 * 1024 * 1024;
  return new Promise(resolve => {
    let timedOut = false;
    let why = '';
    const out = { stdout: '', stderr: '' };
    const child = spawn(tool, args, {
      env: o.env ?? childEnv(),
      cwd: o.cwd,
      detached: true,
      stdio: [o.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
    });
    const stop = () => killGroup(child.pid);
    const keep = (key: 'stdout' | 'stderr', echo?: (d: Buffer) => void) => (d: Buffer) => {
      echo?.(d);
      if (out[key].length + d.length > max && !o.tail) {
        why = `${key} over ${max} bytes`;
        return stop();
      }
      out[key] = (out[key] + d.toString('utf8')).slice(-max);
    };
    child.stdout!.on('data', keep('stdout', o.onStdout));
    child.stderr!.on('data', keep('stderr', o.onStderr));
    child.stdin?.on('error', () => undefined); // a tool that exits before reading its input
    child.stdin?.end(o.input === undefined ? undefined : Buffer.from(o.input));
    const timer = o.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          why = `timed out after ${+((o.timeoutMs ?? 0) / 1000).toFixed(1)} s`;
          stop();
        }, o.timeoutMs)
      : undefined;
    if (o.signal?.aborted) stop();
    o.signal?.addEventListener('abort', stop, { once: true });
    const done = (exitCode: number) => {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', stop);
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

/**
 * Runs a tool for its output, killed past `timeoutMs` with every process it started: for tools
 * that may wait on a network that is not there, or loop. Never throws for the tool's own failure;
 * `timedOut` says why it ended.
 */
export function runCaptured(
  tool: string,
  args: string[],
  opts: CapturedOptions = {}
): Promise<ExecResult & { timedOut: boolean }> {
  core.debug(`exec: ${tool} ${args.map(a => JSON.stringify(a)).join(' ')}`);
  return spawnGroup(tool, args, opts);
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
