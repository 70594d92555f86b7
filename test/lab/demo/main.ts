// `npm run demo`: the whole job on the local lab through the shipped CLI bundle, one
// subcommand per step (steps.ts), then a summary (report.ts) and clean-up. The lab's
// addresses come from lab.json here, so the CLI itself never reads the lab.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LabEnv } from '../lab';
import { DemoOutcome, jsonReport, platformRows, textReport } from './report';
import {
  DEMO_HELP,
  DemoOptions,
  DemoState,
  DemoStep,
  demoSteps,
  DemoUsageError,
  DOCKERFILE,
  parseDemoArgs,
  stepArgv
} from './steps';

export interface DemoIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
}

const DEFAULT_CLI = path.join(__dirname, '..', '..', '..', 'dist', 'cli', 'index.js');

interface CliResult {
  ok: boolean;
  exitCode: number;
  error?: string;
  outputs: Record<string, unknown>;
}

/** Runs `node <cli> argv --json`: its log streams to `log`, its one JSON document is the result. */
function runCli(
  o: DemoOptions,
  argv: string[],
  env: NodeJS.ProcessEnv,
  log: (s: string) => void
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [o.cli, ...argv], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => log(c.toString()));
    child.on('error', reject);
    child.on('close', code => {
      try {
        resolve(JSON.parse(stdout) as CliResult);
      } catch {
        resolve({
          ok: false,
          exitCode: code || 1,
          error: `${o.cli} exited ${code} with no result`,
          outputs: {}
        });
      }
    });
  });
}

/** Deletes a manifest from the lab registry (delete is enabled there). Clean-up never fails the demo. */
async function deleteManifest(registry: string, repository: string, digest: string): Promise<void> {
  try {
    await fetch(`http://${registry}/v2/${repository}/manifests/${digest}`, {
      method: 'DELETE',
      signal: AbortSignal.timeout(10000)
    });
  } catch {
    // The lab registry's storage is removed with "lab.sh down" anyway.
  }
}

/** The docker driver leaves each shard tagged in the daemon; remove those. */
function removeLocalImages(docker: string, image: string): void {
  const listed = spawnSync(docker, ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', image], {
    encoding: 'utf8'
  });
  const tags = (listed.stdout ?? '').split('\n').filter(t => t.startsWith(image));
  if (tags.length) spawnSync(docker, ['image', 'rm', '--force', ...tags], { stdio: 'ignore' });
}

function newState(o: DemoOptions): DemoState {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const repository = `arch-actions-demo/sample-${suffix}`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-actions-demo-'));
  fs.writeFileSync(path.join(work, 'Dockerfile'), DOCKERFILE);
  const digestsDir = path.join(work, 'digests');
  return { repository, image: `${o.registry}/${repository}`, work, digestsDir, shards: {}, index: '' };
}

/** Runs the steps in order and stops at the first that fails. */
async function runSteps(
  o: DemoOptions,
  s: DemoState,
  io: DemoIo,
  env: NodeJS.ProcessEnv
): Promise<DemoOutcome> {
  const out = o.json ? io.stderr : io.stdout;
  const bold = (t: string): string => (io.color && !o.json ? `\x1b[1;36m${t}\x1b[0m` : t);
  const d: DemoOutcome = { state: s, steps: [], outputs: {}, code: 0, failure: '', seconds: 0, keep: o.keep };
  const start = Date.now();
  for (const step of demoSteps(o)) {
    out(`\n${bold(`== ${step.title}`)}\n`);
    const t0 = Date.now();
    const r = await runCli(o, stepArgv(step, s, o.verbose), env, out);
    const detail = recordStep(step, s, r);
    d.steps.push({ name: step.title, seconds: (Date.now() - t0) / 1000, ok: !detail, detail });
    d.outputs[step.title] = r.outputs ?? {};
    if (detail) {
      d.code = r.exitCode === 2 ? 2 : 1;
      d.failure = `${step.title}: ${detail}`;
      break;
    }
  }
  d.seconds = (Date.now() - start) / 1000;
  return d;
}

/** '' when the step passed and its outputs were taken in, else why not. */
function recordStep(step: DemoStep, s: DemoState, r: CliResult): string {
  if (!r.ok) return r.error || 'failed';
  try {
    step.record?.(s, r.outputs ?? {});
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

async function cleanUp(o: DemoOptions, s: DemoState, lab: Partial<LabEnv>): Promise<void> {
  if (o.keep) return;
  for (const digest of [s.index, ...Object.values(s.shards)].filter(Boolean))
    await deleteManifest(o.registry, s.repository, digest);
  removeLocalImages(lab.LAB_DOCKER || 'docker', s.image);
}

export function processIo(): DemoIo {
  return {
    stdout: s => void process.stdout.write(s),
    stderr: s => void process.stderr.write(s),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  };
}

/** The demo; `lab` is the lab's settings (labEnv()), undefined when the lab is not up. */
export async function demo(argv: string[], io: DemoIo, lab: Partial<LabEnv> | undefined): Promise<number> {
  let o: DemoOptions;
  try {
    o = parseDemoArgs(argv, lab, DEFAULT_CLI);
  } catch (err) {
    if (!(err instanceof DemoUsageError)) throw err;
    io.stderr(`demo: ${err.message}\n\n${DEMO_HELP}`);
    return 2;
  }
  if (o.help) {
    io.stdout(DEMO_HELP);
    return 0;
  }
  if (!o.registry || !o.base) {
    io.stderr(
      'demo: the lab is not up (no lab.json): run "bash test/lab/lab.sh up", or pass --registry and --base\n'
    );
    return 2;
  }
  // buildah on the lab kernel needs chroot isolation and vfs storage (docs/design.md, "The local lab").
  const s = newState(o);
  const env = {
    ...process.env,
    STORAGE_DRIVER: lab?.STORAGE_DRIVER,
    BUILDAH_ISOLATION: lab?.BUILDAH_ISOLATION,
    // Each demo shows the checks themselves: results kept by digest start empty (not in the work
    // folder, which is the build context).
    XDG_CACHE_HOME: fs.mkdtempSync(path.join(os.tmpdir(), 'arch-demo-cache-'))
  };
  let d: DemoOutcome;
  let rows: string[][];
  try {
    d = await runSteps(o, s, io, env);
    rows = platformRows(s, d.steps);
  } finally {
    await cleanUp(o, s, lab ?? {});
    fs.rmSync(s.work, { recursive: true, force: true });
    fs.rmSync(env.XDG_CACHE_HOME, { recursive: true, force: true });
  }
  if (o.json) io.stdout(jsonReport(d));
  else (d.code === 0 ? io.stdout : io.stderr)(textReport(d, rows));
  return d.code;
}
