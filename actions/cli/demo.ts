// `arch-actions demo`: the whole job on the local lab, through the same subcommands a user
// runs: build linux/amd64 natively and linux/arm64 under QEMU (each pushed by digest),
// merge, verify deep, parity run, then a summary and clean-up. scripts/demo.sh brings the
// lab up first.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../lib/core/exec';
import { request } from '../lib/registry/http';
import { UsageError } from './args';
import { Command, findCommand } from './commands';
import { captureStdout, TerminalLog } from './console';
import { decodeOutputs, execute, exitCodeOf, ExitCode, Io } from './execute';
import { ActionResult } from './runner';

export interface DemoOptions {
  registry: string;
  base: string;
  amd64Builder: string;
  arm64Builder: string;
  keep: boolean;
  json: boolean;
  verbose: boolean;
}

interface Step {
  name: string;
  seconds: number;
  ok: boolean;
  detail: string;
}

const DOCKERFILE = `# arch-actions demo: RUN steps execute on each platform (arm64 under QEMU)
ARG BASE
FROM \${BASE}
RUN echo "built on $(uname -m)" > /built-on && cat /built-on
RUN ls /bin | wc -l > /applets
CMD ["cat", "/built-on"]
`;

function labSettings(): Record<string, string> {
  const file = path.join(process.env.ARCH_LAB_DIR || '/tmp/arch-actions-lab', 'lab.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export function parseDemoArgs(argv: string[]): DemoOptions & { help: boolean } {
  const lab = labSettings();
  // buildah on the lab kernel needs chroot isolation and vfs storage (docs/design.md, "The local lab").
  if (lab.STORAGE_DRIVER) process.env.STORAGE_DRIVER ??= lab.STORAGE_DRIVER;
  if (lab.BUILDAH_ISOLATION) process.env.BUILDAH_ISOLATION ??= lab.BUILDAH_ISOLATION;
  const o = {
    registry: lab.LAB_REGISTRY ?? '',
    base: lab.LAB_BASE_IMAGE ?? '',
    amd64Builder: 'buildx',
    arm64Builder: 'buildah',
    keep: false,
    json: false,
    verbose: false,
    help: false
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--registry') o.registry = value();
    else if (a === '--base') o.base = value();
    else if (a === '--amd64-builder') o.amd64Builder = value();
    else if (a === '--arm64-builder') o.arm64Builder = value();
    else if (a === '--keep') o.keep = true;
    else if (a === '--json') o.json = true;
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else throw new UsageError(`unknown flag ${a}`);
  }
  return o;
}

export const DEMO_HELP = `Usage: arch-actions demo [--registry HOST:PORT] [--base IMAGE] [--arm64-builder buildx|buildah] [--keep] [--json]

The whole job on the local lab (bash test/lab/lab.sh up; scripts/demo.sh does it for you):
  1. build a sample image with RUN steps: linux/amd64 natively with buildx (docker driver), linux/arm64
     under QEMU with buildah (--arm64-builder buildx to use buildx), each pushed by digest
  2. merge the two digests into one index and tag it
  3. verify the index deep (ELF headers of every layer match their platform)
  4. run the image on both platforms and compare (parity)
  5. print a summary, then delete what it pushed (--keep keeps it)
Defaults come from the lab's lab.json (registry and multi-arch base image).

Exit codes: 0 ok, 1 a step failed, 2 bad usage.
`;

/** Deletes a manifest from the lab registry (storage.delete is enabled there). Clean-up never fails the demo. */
async function deleteManifest(registry: string, repository: string, digest: string): Promise<void> {
  try {
    await request({
      method: 'DELETE',
      url: `http://${registry}/v2/${repository}/manifests/${digest}`,
      retries: 1,
      idempotent: true
    });
  } catch {
    // The lab registry's storage is removed with "lab.sh down" anyway.
  }
}

/** The docker driver leaves each shard tagged in the daemon; remove those. */
async function removeLocalImages(image: string): Promise<void> {
  try {
    const listed = await run('docker', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', image], {
      silent: true,
      ignoreReturnCode: true
    });
    const tags = listed.stdout.split('\n').filter(t => t.startsWith(image));
    if (tags.length)
      await run('docker', ['image', 'rm', '--force', ...tags], { silent: true, ignoreReturnCode: true });
  } catch {
    // No docker here: nothing to remove.
  }
}

function readJson(file: string): any {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** One row per platform: how it was built, what verify proved, what the parity run printed. */
function platformRows(work: string, shards: Record<string, string>, steps: Step[]): string[][] {
  const verify = readJson(path.join(work, 'verify-report.json'));
  const e2e = readJson(path.join(work, 'e2e-report.json'));
  return Object.keys(shards).map(platform => {
    const built = steps.find(s => s.name.startsWith(`build ${platform}`));
    const v = verify?.images?.[0]?.platforms?.find((p: any) => p.platform === platform);
    const r = e2e?.images?.[0]?.runs?.find((x: any) => x.platform === platform);
    return [
      platform,
      built ? `${built.name.replace(/^.*\((.*)\)$/, '$1')}, ${built.seconds.toFixed(1)}s` : '–',
      v ? `${v.status}, level ${v.level}${v.deep ? `, ${v.deep.executables} ELF checked` : ''}` : '–',
      r ? `${r.mode}, exit ${r.exitCode}, ${JSON.stringify(String(r.output).split('\n')[0])}` : '–'
    ];
  });
}

function textTable(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
  const fmt = (r: string[]): string => `  ${r.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd();
  return [fmt(headers), fmt(widths.map(w => '-'.repeat(w))), ...rows.map(fmt)];
}

export async function demo(argv: string[], io: Io): Promise<ExitCode> {
  let o: ReturnType<typeof parseDemoArgs>;
  try {
    o = parseDemoArgs(argv);
  } catch (err) {
    io.stderr(`arch-actions demo: ${(err as Error).message}\n\n${DEMO_HELP}`);
    return 2;
  }
  if (o.help) {
    io.stdout(DEMO_HELP);
    return 0;
  }
  if (!o.registry || !o.base) {
    io.stderr(
      'arch-actions demo: the lab is not up (no lab.json): run "bash test/lab/lab.sh up", or pass --registry and --base\n'
    );
    return 2;
  }
  const out = o.json ? io.stderr : io.stdout;
  const log = new TerminalLog({ verbose: o.verbose, write: out, color: io.color && !o.json });
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const repository = `arch-actions-demo/sample-${suffix}`;
  const image = `${o.registry}/${repository}`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-actions-demo-'));
  const digestsDir = path.join(work, 'digests');
  fs.writeFileSync(path.join(work, 'Dockerfile'), DOCKERFILE);
  const steps: Step[] = [];
  const outputs: Record<string, Record<string, unknown>> = {};
  const start = Date.now();

  const step = async (
    title: string,
    command: string,
    inputs: Record<string, string>
  ): Promise<ActionResult> => {
    const cmd = findCommand(command) as Command;
    out(`\n${io.color && !o.json ? '\x1b[1;36m' : ''}== ${title}${io.color && !o.json ? '\x1b[0m' : ''}\n`);
    const t0 = Date.now();
    const result = await execute(
      cmd,
      { inputs: { summary: 'false', ...inputs }, json: false, help: false, verbose: o.verbose },
      log
    );
    const seconds = (Date.now() - t0) / 1000;
    const ok = !result.failed;
    const error =
      result.error instanceof Error ? result.error.message : result.error ? String(result.error) : '';
    steps.push({ name: title, seconds, ok, detail: error });
    outputs[title] = decodeOutputs(result.outputs);
    if (!ok) throw Object.assign(new Error(`${title}: ${error || 'failed'}`), { cause: result.error });
    return result;
  };

  let code: ExitCode = 0;
  let failure = '';
  let indexDigest = '';
  let rows: string[][] = [];
  const shardDigests: Record<string, string> = {};
  try {
    // Shards skip their own verify: the merged index is verified deep below.
    const common = {
      image,
      context: work,
      'build-args': `BASE=${o.base}`,
      'digests-dir': digestsDir,
      verify: 'false',
      'binfmt-source': 'host'
    };
    const shardsToBuild: Array<[string, string, string]> = [
      ['linux/amd64', 'native', o.amd64Builder],
      ['linux/arm64', 'QEMU', o.arm64Builder]
    ];
    for (const [platform, how, builder] of shardsToBuild) {
      const shard = await step(`build ${platform} (${how}, ${builder})`, 'build', {
        ...common,
        mode: 'shard',
        platform,
        builder
      });
      shardDigests[platform] = shard.outputs.digest;
    }
    const merged = await step('merge into one index', 'merge', {
      image,
      platforms: 'linux/amd64,linux/arm64',
      'digests-dir': digestsDir,
      tags: 'demo'
    });
    indexDigest = merged.outputs.digest;
    if (!indexDigest) throw new Error('merge set no digest output');
    await step('verify deep (ELF headers)', 'verify', {
      images: `${image}@${indexDigest}`,
      platforms: 'linux/amd64,linux/arm64',
      deep: 'true',
      report: path.join(work, 'verify-report.json')
    });
    await step('parity: arm64 vs amd64', 'e2e', {
      images: `${image}@${indexDigest}`,
      level: 'container',
      platforms: 'linux/arm64',
      baseline: 'linux/amd64',
      command: 'cat /built-on; uname -m',
      report: path.join(work, 'e2e-report.json')
    });
  } catch (err) {
    const cause = (err as { cause?: unknown }).cause ?? err;
    code = exitCodeOf(cause) === 2 ? 2 : 1;
    failure = (err as Error).message;
  } finally {
    if (!o.keep) {
      for (const digest of [indexDigest, ...Object.values(shardDigests)].filter(Boolean)) {
        await deleteManifest(o.registry, repository, digest);
      }
    }
    const capture = captureStdout(log);
    await removeLocalImages(image).finally(() => capture.restore());
    rows = platformRows(work, shardDigests, steps);
    fs.rmSync(work, { recursive: true, force: true });
  }
  const total = (Date.now() - start) / 1000;

  if (o.json) {
    io.stdout(
      `${JSON.stringify({ ok: code === 0, exitCode: code, image, index: indexDigest, shards: shardDigests, seconds: total, steps, outputs, ...(failure ? { error: failure } : {}) }, null, 2)}\n`
    );
    return code;
  }
  const lines = ['', `Demo: ${image}`, ''];
  for (const s of steps)
    lines.push(
      `  ${s.ok ? '✓' : '✗'} ${s.name.padEnd(36)} ${s.seconds.toFixed(1).padStart(6)}s${s.detail ? `  ${s.detail}` : ''}`
    );
  lines.push('');
  for (const [p, d] of Object.entries(shardDigests)) if (d) lines.push(`  ${p.padEnd(12)} ${d}`);
  if (indexDigest) lines.push(`  ${'index'.padEnd(12)} ${indexDigest}  (tag demo)`);
  if (rows.length) lines.push('', ...textTable(['platform', 'built', 'verified', 'ran'], rows));
  lines.push(
    '',
    code === 0 ? `All steps passed in ${total.toFixed(1)}s.` : `FAILED after ${total.toFixed(1)}s: ${failure}`
  );
  lines.push(
    o.keep
      ? `Kept ${image} in the lab registry.`
      : 'Cleaned up: pushed manifests deleted, work folder removed.',
    ''
  );
  (code === 0 ? io.stdout : io.stderr)(lines.join('\n'));
  return code;
}
