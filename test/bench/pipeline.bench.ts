// Bench: what the proof costs. The `build` one-liner in-process (build/main.ts run(): QEMU check,
// every platform, merge, verify with deep: true, then the tag), against the bare builder doing the
// same work with no check: each platform built and pushed, then the index created with
// `docker buildx imagetools create`. Bare buildah: `buildah build` + `buildah push --digestfile`
// per platform; bare buildx (docker driver): `docker buildx build --push --metadata-file` per
// platform. The context is `FROM base` plus a file of fresh random (incompressible) data per
// platform, new every run, so no cache and no blob already in the registry helps either side.
// Interleaved rounds, order alternating. Prints medians, the overhead in seconds and percent, the
// share of the one-liner that is verification, and the load. `paired %` is the median of each
// round's own overhead (its two runs back to back), steadier than the medians when the load moves.
// Run: node scripts/run-ts.js test/bench/pipeline.bench.ts
//   BENCH_ROUNDS (5), BENCH_SIZES (MiB per platform, default 4,40), BENCH_BUILDERS (buildah,buildx)
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LabEnv, requireLab } from '../lab/lab';
import { run as buildRun } from '../../build/main';
import { runAction, useLabEnv } from '../integration/build-multiarch-helpers';
import { suffix } from '../integration/verify-lab';
import { median, runBench, report, runProcess, timed } from './lib';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '4,40').split(',').map(Number);
const BUILDERS = (process.env.BENCH_BUILDERS ?? 'buildah,buildx').split(',') as Builder[];
const ARCHES = ['amd64', 'arm64'];
const MiB = 1024 * 1024;

type Builder = 'buildah' | 'buildx';

interface Bench {
  lab: LabEnv;
  tmp: string;
  /** Repository prefix of this run; each builder and side gets its own repository. */
  prefix: string;
  ctx: string;
}

/** Fresh random data for each platform: nothing of the last run can be reused. */
function freshContext(b: Bench, mib: number): void {
  for (const arch of ARCHES)
    fs.writeFileSync(path.join(b.ctx, `data-${arch}`), crypto.randomBytes(mib * MiB));
}

/** The phases of the one-liner, timed from its log groups. */
interface Phases {
  total: number;
  verify: number;
}

/** Runs `fn` with stdout and stderr captured: returns the ms between each `::group::` and its end, by name. */
async function captureGroups(fn: () => Promise<unknown>): Promise<Map<string, number>> {
  const groups = new Map<string, number>();
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  let open: { name: string; at: number } | undefined;
  let log = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    const text = chunk.toString();
    log += text;
    const now = performance.now();
    for (const line of text.split('\n')) {
      if (line.startsWith('::group::')) open = { name: line.slice(9).trim(), at: now };
      else if (line.startsWith('::endgroup::') && open) {
        groups.set(open.name, (groups.get(open.name) ?? 0) + now - open.at);
        open = undefined;
      }
    }
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    log += chunk.toString();
    return true;
  }) as typeof process.stderr.write;
  try {
    await fn();
  } catch (err) {
    write(log.slice(-4000));
    throw err;
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
  return groups;
}

async function oneLiner(b: Bench, builder: Builder, round: number): Promise<Phases> {
  const image = `${b.lab.LAB_REGISTRY}/${b.prefix}-${builder}-ours`;
  let groups = new Map<string, number>();
  const { ms } = await timed(async () => {
    groups = await captureGroups(() =>
      runAction(
        buildRun,
        {
          image,
          context: b.ctx,
          builder,
          // The builder in use, as the bare `docker buildx build` takes it (the lab has no BuildKit image).
          ...(builder === 'buildx' ? { driver: 'docker' } : {}),
          deep: 'true',
          tags: `r${round}`,
          summary: 'false',
          'digests-dir': path.join(b.tmp, `digests-${builder}-${round}`)
        },
        b.tmp
      )
    );
  });
  const verify = [...groups].filter(([name]) => name.startsWith('Verify')).reduce((s, [, v]) => s + v, 0);
  if (process.env.BENCH_VERBOSE)
    console.log([...groups].map(([n, v]) => `${n.slice(0, 24)} ${v.toFixed(0)}`).join(' | '), ms.toFixed(0));
  return { total: ms, verify };
}

function buildahBare(b: Bench, image: string, arch: string, digestFile: string): void {
  const local = `localhost/${b.prefix}-bare:${arch}`;
  const storage = ['--storage-driver', b.lab.STORAGE_DRIVER];
  runProcess([
    'buildah',
    'build',
    '--quiet',
    '--platform',
    `linux/${arch}`,
    '--isolation',
    'chroot',
    ...storage,
    '-t',
    local,
    b.ctx
  ]);
  runProcess([
    'buildah',
    'push',
    ...storage,
    '--quiet',
    '--digestfile',
    digestFile,
    local,
    `docker://${image}:bare-${arch}`
  ]);
}

function buildxBare(b: Bench, image: string, arch: string, digestFile: string): void {
  const meta = path.join(b.tmp, `meta-${arch}.json`);
  runProcess([
    b.lab.LAB_DOCKER,
    'buildx',
    'build',
    '--quiet',
    '--platform',
    `linux/${arch}`,
    '--provenance=false',
    '--sbom=false',
    '--metadata-file',
    meta,
    '--tag',
    `${image}:bare-${arch}`,
    '--push',
    b.ctx
  ]);
  const digest = (JSON.parse(fs.readFileSync(meta, 'utf8')) as Record<string, string>)[
    'containerimage.digest'
  ];
  fs.writeFileSync(digestFile, digest);
}

/** The bare builder: each platform built and pushed, then the index; no check. */
function bare(b: Bench, builder: Builder, round: number): number {
  const image = `${b.lab.LAB_REGISTRY}/${b.prefix}-${builder}-bare`;
  const t0 = performance.now();
  const pushed = ARCHES.map(arch => {
    (builder === 'buildah' ? buildahBare : buildxBare)(b, image, arch, path.join(b.tmp, `digest-${arch}`));
    // By tag: buildah 1.28's digest file once named a manifest it had not put (shard.ts says more).
    return `${image}:bare-${arch}`;
  });
  runProcess([b.lab.LAB_DOCKER, 'buildx', 'imagetools', 'create', '--tag', `${image}:r${round}`, ...pushed]);
  return performance.now() - t0;
}

/** What a run leaves in the builders' local stores (not timed): this run's own names only. */
function cleanUp(b: Bench, builder: Builder): void {
  if (builder === 'buildah') {
    const names = ARCHES.map(a => `localhost/${b.prefix}-bare:${a}`);
    runProcess(['buildah', 'rmi', '--storage-driver', b.lab.STORAGE_DRIVER, '-f', ...names], {}, false);
    return;
  }
  const names = ARCHES.flatMap(a => [
    `${b.lab.LAB_REGISTRY}/${b.prefix}-buildx-bare:bare-${a}`,
    `${b.lab.LAB_REGISTRY}/${b.prefix}-buildx-ours:arch-actions-staging-linux-${a}`
  ]);
  runProcess([b.lab.LAB_DOCKER, 'rmi', '--force', ...names], {}, false);
}

interface Sample {
  ours: number[];
  verify: number[];
  bare: number[];
}

async function measure(b: Bench, builder: Builder, mib: number): Promise<Sample> {
  const s: Sample = { ours: [], verify: [], bare: [] };
  // One round untimed: the base image pulled into each builder's store, the code loaded.
  for (let i = -1; i < ROUNDS; i++) {
    const order = i % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
    for (const side of order) {
      freshContext(b, mib);
      if (side === 'ours') {
        const p = await oneLiner(b, builder, i + 1);
        if (i >= 0) {
          s.ours.push(p.total);
          s.verify.push(p.verify);
        }
      } else {
        const ms = bare(b, builder, i + 1);
        if (i >= 0) s.bare.push(ms);
      }
      cleanUp(b, builder);
    }
  }
  return s;
}

const secs = (ms: number) => (ms / 1000).toFixed(2);

async function main(): Promise<void> {
  const lab = requireLab();
  useLabEnv(lab);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pipeline-'));
  const ctx = path.join(tmp, 'ctx');
  fs.mkdirSync(ctx);
  fs.writeFileSync(
    path.join(ctx, 'Dockerfile'),
    `FROM ${lab.LAB_BASE_IMAGE}\nARG TARGETARCH\nCOPY data-\${TARGETARCH} /data\n`
  );
  // What a push event's runner gives a step (outside GitHub, the git context costs git processes).
  const event = path.join(tmp, 'event.json');
  fs.writeFileSync(event, JSON.stringify({ head_commit: { timestamp: '2026-11-26T12:00:00Z' } }));
  Object.assign(process.env, {
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'openebs/bench',
    GITHUB_EVENT_PATH: event
  });
  const b: Bench = { lab, tmp, prefix: `issue25-bench-pipeline-${suffix()}`, ctx };
  const rows: Array<Array<string | number>> = [];
  try {
    for (const mib of SIZES) {
      for (const builder of BUILDERS) {
        const s = await measure(b, builder, mib);
        if (process.env.BENCH_VERBOSE) console.log(builder, mib, JSON.stringify(s));
        const [ours, verify, plain] = [s.ours, s.verify, s.bare].map(median);
        const extra = ours - plain;
        // Each round's pair ran back to back, under much the same load.
        const paired = median(s.ours.map((o, k) => (100 * (o - s.bare[k])) / s.bare[k]));
        rows.push([
          `${mib} MiB x ${ARCHES.length}`,
          builder === 'buildx' ? 'buildx (docker driver)' : builder,
          secs(plain),
          secs(ours),
          `${extra >= 0 ? '+' : ''}${secs(extra)}`,
          `${extra >= 0 ? '+' : ''}${((100 * extra) / plain).toFixed(0)} %`,
          `${paired >= 0 ? '+' : ''}${paired.toFixed(0)} %`,
          `${secs(verify)} (${((100 * verify) / ours).toFixed(0)} %)`
        ]);
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(
    `build + push + index of ${ARCHES.length} platforms, the one-liner in-process with deep: true; medians of ${ROUNDS} interleaved rounds, s`
  );
  report(
    ['random data', 'builder', 'bare', 'one-liner', 'overhead', 'overhead %', 'paired %', 'verify (share)'],
    rows,
    'targets: overhead <= +15 % at 40 MiB per platform; <= +0.3 s at 4 MiB'
  );
}

runBench(main);
