// Bench: the 36 images of the OpenEBS 4.2.0 chart, levels 1-2, as a workflow pays for them:
// the verify-platforms bundle as a process, against a sequential `docker buildx imagetools
// inspect --raw` loop and against the floor (test/bench/raw-client.js: the same requests, every
// image at once, as a process). Once against the lab registry, once against it from
// BENCH_DELAY_MS (default 25) ms away each way, i.e. a 50 ms round trip. Both processes also
// print their own time without start-up ("in-process"), so the table shows what start-up costs.
// BENCH_IMAGES=N checks N distinct images instead (each its own repository and index digest, both
// platforms), with no imagetools loop. Ours also prints its peak memory (max RSS).
// Run: node scripts/run-ts.js test/bench/verify.bench.ts   (BENCH_ROUNDS, BENCH_DIST, BENCH_IMAGES)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireLab } from '../lab/lab';
import { RegistryClient } from '../../actions/lib/registry/client';
import { pool } from '../../actions/lib/core/pool';
import { parseReference } from '../../actions/lib/oci/reference';
import { MEDIA_TYPES } from '../../actions/lib/oci/types';
import { VERIFY_PLATFORMS } from '../../actions/lib/core/specs.generated';
import { copyBase, mirrored, pushImage, suffix } from '../integration/verify-lab';
import { bundles, farRegistry, inProcessMs, median, ratio, ROOT, runProcess, report, runBench } from './lib';

const CHART = path.join(ROOT, 'test/fixtures/charts/openebs-4.2.0');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const IMAGES = Number(process.env.BENCH_IMAGES ?? 0);
// The loop takes a docker process per image a round: fewer rounds of it, and none for BENCH_IMAGES.
const LOOP_ROUNDS = IMAGES ? 0 : Math.min(ROUNDS, 3);

/** N images, each its own repository with an index of its own digest (an annotation tells them apart). */
async function pushDistinct(registry: string, n: number): Promise<string[]> {
  const lab = requireLab();
  const prefix = `${registry}/bench-${suffix()}`;
  const client = new RegistryClient();
  const targets = Array.from({ length: n }, (_, i) => `${prefix}-${i}:1`);
  await pool(targets, 16, async t => {
    const to = parseReference(t);
    const manifests = [await copyBase(client, lab, 'amd64', to), await copyBase(client, lab, 'arm64', to)];
    const index = { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests, annotations: { n: t } };
    await client.putManifest(to, '1', Buffer.from(JSON.stringify(index)), MEDIA_TYPES.ociIndex);
  });
  client.close();
  return targets;
}

interface Times {
  ours: number[];
  /** Ours' max RSS, MiB. */
  peak: number[];
  oursIn: number[];
  loop: number[];
  floor: number[];
  floorIn: number[];
}

async function pushChartImages(registry: string): Promise<string[]> {
  const lab = requireLab();
  const prefix = `${registry}/bench-${suffix()}`;
  const refs = fs
    .readFileSync(`${CHART}/images.txt`, 'utf8')
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean);
  const targets = refs.map(r => mirrored(prefix, r));
  const client = new RegistryClient();
  for (const [i, t] of targets.entries())
    await pushImage(client, lab, t, i % 5 === 0 ? ['amd64'] : ['amd64', 'arm64']);
  client.close();
  return targets;
}

function round(bundle: string, images: string[], tmp: string, docker: string, t: Times, loop: boolean): void {
  const output = path.join(tmp, 'out');
  fs.writeFileSync(output, '');
  const ours = runProcess(['--require', path.join(tmp, 'peak.js'), bundle], {
    INPUT_IMAGES: images.join('\n'),
    'INPUT_FAIL-ON': 'never',
    // Every round checks: results kept by digest would turn rounds 2+ into cache reads.
    'INPUT_RESULT-CACHE': 'false',
    INPUT_SUMMARY: 'false',
    INPUT_REPORT: path.join(tmp, 'report.json'),
    GITHUB_OUTPUT: output
  });
  if (!new RegExp(`^checked<<\\S+\\n${images.length}\\n`, 'm').test(fs.readFileSync(output, 'utf8')))
    throw new Error(`ours did not check ${images.length} images`);
  t.ours.push(ours.ms);
  t.peak.push(Number(/^maxrss (\d+)$/m.exec(ours.stderr)?.[1] ?? NaN) / 1024);
  t.oursIn.push(inProcessMs(ours.stdout));
  // 1000 images at once would open thousands of sockets: the floor then takes ours' concurrency.
  const floor = runProcess(
    [path.join(__dirname, 'raw-client.js'), 'levels', ...images],
    IMAGES ? { RAW_CONCURRENCY: VERIFY_PLATFORMS.inputs.concurrency.default } : {}
  );
  t.floor.push(floor.ms);
  t.floorIn.push(inProcessMs(floor.stdout));
  if (loop) {
    let ms = 0;
    for (const image of images)
      ms += runProcess([docker, 'buildx', 'imagetools', 'inspect', '--raw', image]).ms;
    t.loop.push(ms);
  }
}

async function main(): Promise<void> {
  const lab = requireLab();
  const targets = IMAGES
    ? await pushDistinct(lab.LAB_REGISTRY, IMAGES)
    : await pushChartImages(lab.LAB_REGISTRY);
  const bundle = path.join(bundles(['verify-platforms']), 'verify-platforms', 'index.js');
  const far = await farRegistry(lab);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-verify-'));
  // Loaded before the bundle: prints the process's peak memory as it exits.
  fs.writeFileSync(
    path.join(tmp, 'peak.js'),
    "process.on('exit', () => process.stderr.write(`\\nmaxrss ${process.resourceUsage().maxRSS}\\n`));\n"
  );
  const rows: Array<Array<string | number>> = [];
  try {
    for (const [name, host] of [
      ['lab registry', lab.LAB_REGISTRY],
      [`+${2 * far.delayMs} ms round trip`, far.host]
    ]) {
      const images = targets.map(t => t.replace(lab.LAB_REGISTRY, host));
      const t: Times = { ours: [], peak: [], oursIn: [], loop: [], floor: [], floorIn: [] };
      for (let i = 0; i < ROUNDS; i++) round(bundle, images, tmp, lab.LAB_DOCKER, t, i < LOOP_ROUNDS);
      const [ours, oursIn, loop, floor, floorIn] = [t.ours, t.oursIn, t.loop, t.floor, t.floorIn].map(median);
      const peak = Math.max(...t.peak);
      // Start-up's share of the gap to the floor: what each process spends outside its own work.
      const startGap = ours - oursIn - (floor - floorIn);
      rows.push([
        name,
        ours,
        oursIn,
        LOOP_ROUNDS ? loop : '-',
        floor,
        floorIn,
        LOOP_ROUNDS ? ratio(loop, ours) : '-',
        ratio(ours, floor, 2),
        ratio(oursIn, floorIn, 2),
        startGap,
        peak
      ]);
    }
  } finally {
    far.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(
    `${targets.length} images, levels 1-2, each a process; medians of ${ROUNDS} (imagetools loop: of ${LOOP_ROUNDS}), ms`
  );
  report(
    [
      'registry',
      'ours',
      'ours in-process',
      'imagetools loop',
      'raw floor',
      'floor in-process',
      'loop/ours',
      'ours/floor',
      'in-process ours/floor',
      'extra start-up',
      'ours peak MiB'
    ],
    rows,
    IMAGES
      ? 'targets: ours/floor <= 1.3x (50 ms); ours peak < 128 MiB'
      : 'targets: loop/ours >= 6x (lab) and >= 7x (50 ms); ours/floor <= 1.3x (50 ms)'
  );
}

runBench(main);
