import { spawn } from 'node:child_process';
import * as core from '../../core/toolkit';
import { formatPlatform, Platform } from '../../oci/platform';

export type ContainerRuntime = 'docker' | 'podman';

// Runtime argv (docker and podman share the flags we use) and a process with a deadline.

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

/** What runs in the container: a command through `sh -c`, or the image's entrypoint with `args` (no shell). */
export type RunWhat = { command: string; args?: undefined } | { args: string[] };

export function runArgs(
  runtime: ContainerRuntime,
  platform: Platform,
  image: string,
  what: RunWhat,
  name: string
): string[] {
  const args = ['run', '--rm', '--name', name, '--platform', formatPlatform(platform)];
  if (runtime === 'podman') args.push('--pull=never');
  if (what.args) args.push(image, ...what.args);
  else args.push('--entrypoint', '', image, 'sh', '-c', what.command);
  return args;
}

export function removeArgs(name: string): string[] {
  return ['rm', '--force', name];
}

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
