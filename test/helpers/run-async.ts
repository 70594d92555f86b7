// Runs an action's entry (or the CLI) as the runner does, in a child process, without blocking
// the test's own event loop (a server in the test keeps answering), and measures its peak memory.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

export interface AsyncRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The child's peak resident memory, in MiB. */
  maxRssMiB: number;
  ms: number;
}

/**
 * Runs `entry` (.ts through scripts/run-ts.js) with `args`, only PATH, the GitHub files, `env`
 * and the inputs in its environment; killed past `timeoutMs`.
 */
export function runEntry(
  entry: string,
  o: {
    inputs?: Record<string, string>;
    args?: string[];
    env?: Record<string, string>;
    timeoutMs?: number;
  } = {}
): Promise<AsyncRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-async-'));
  const rss = path.join(dir, 'maxrss');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    RUNNER_TEMP: dir,
    ...o.env,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    NODE_OPTIONS: `--require ${path.join(__dirname, 'max-rss.js')}`,
    ARCH_TEST_MAXRSS_FILE: rss
  };
  for (const f of ['output', 'state', 'summary']) fs.writeFileSync(path.join(dir, f), '');
  for (const [k, v] of Object.entries(o.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  const argv = [path.join(ROOT, 'scripts', 'run-ts.js'), path.join(ROOT, entry), ...(o.args ?? [])];
  const start = Date.now();
  return new Promise(resolve => {
    const child = spawn(process.execPath, argv, { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', d => (stdout += d));
    child.stderr.on('data', d => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 120_000);
    child.on('close', code => {
      clearTimeout(timer);
      const kib = fs.existsSync(rss) ? Number(fs.readFileSync(rss, 'utf8')) : NaN;
      fs.rmSync(dir, { recursive: true, force: true });
      resolve({ code, stdout, stderr, maxRssMiB: Math.round(kib / 1024), ms: Date.now() - start });
    });
  });
}
