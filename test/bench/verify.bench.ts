// Bench: the 36 images of the OpenEBS 4.2.0 chart, levels 1-2, as a workflow pays for them:
// the verify-platforms bundle as a process, against a sequential `docker buildx imagetools
// inspect --raw` loop and against the floor (test/bench/raw-client.js: the same requests, every
// image at once, as a process). Once against the lab registry, once against it from
// BENCH_DELAY_MS (default 25) ms away each way, i.e. a 50 ms round trip. Both processes also
// print their own time without start-up ("in-process"), so the table shows what start-up costs.
// Run: node scripts/run-ts.js test/bench/verify.bench.ts   (BENCH_ROUNDS, BENCH_DIST)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireLab } from '../lab/lab';
import { RegistryClient } from '../../actions/lib/registry/client';
import { mirrored, pushImage, suffix } from '../integration/verify-lab';
import { bundles, farRegistry, inProcessMs, median, ratio, ROOT, runProcess, report, runBench } from './lib';

const CHART = path.join(ROOT, 'test/fixtures/charts/openebs-4.2.0');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
// The loop takes 36 docker processes a round: fewer rounds of it.
const LOOP_ROUNDS = Math.min(ROUNDS, 3);

interface Times {
  ours: number[];
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
  const ours = runProcess([bundle], {
    INPUT_IMAGES: images.join('\n'),
    'INPUT_FAIL-ON': 'never',
    INPUT_SUMMARY: 'false',
    INPUT_REPORT: path.join(tmp, 'report.json'),
    GITHUB_OUTPUT: output
  });
  if (!/^checked<<\S+\n36\n/m.test(fs.readFileSync(output, 'utf8')))
    throw new Error('ours did not check 36 images');
  t.ours.push(ours.ms);
  t.oursIn.push(inProcessMs(ours.stdout));
  const floor = runProcess([path.join(__dirname, 'raw-client.js'), 'levels', ...images]);
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
  const targets = await pushChartImages(lab.LAB_REGISTRY);
  const bundle = path.join(bundles(['verify-platforms']), 'verify-platforms', 'index.js');
  const far = await farRegistry(lab);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-verify-'));
  const rows: Array<Array<string | number>> = [];
  try {
    for (const [name, host] of [
      ['lab registry', lab.LAB_REGISTRY],
      [`+${2 * far.delayMs} ms round trip`, far.host]
    ]) {
      const images = targets.map(t => t.replace(lab.LAB_REGISTRY, host));
      const t: Times = { ours: [], oursIn: [], loop: [], floor: [], floorIn: [] };
      for (let i = 0; i < ROUNDS; i++) round(bundle, images, tmp, lab.LAB_DOCKER, t, i < LOOP_ROUNDS);
      const [ours, oursIn, loop, floor, floorIn] = [t.ours, t.oursIn, t.loop, t.floor, t.floorIn].map(median);
      // Start-up's share of the gap to the floor: what each process spends outside its own work.
      const startGap = ours - oursIn - (floor - floorIn);
      rows.push([
        name,
        ours,
        oursIn,
        loop,
        floor,
        floorIn,
        ratio(loop, ours),
        ratio(ours, floor, 2),
        ratio(oursIn, floorIn, 2),
        startGap
      ]);
    }
  } finally {
    far.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(
    `36 images, levels 1-2, each a process; medians of ${ROUNDS} (imagetools loop: of ${LOOP_ROUNDS}), ms`
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
      'extra start-up'
    ],
    rows,
    'targets: loop/ours >= 6x (lab) and >= 7x (50 ms); ours/floor <= 1.3x (50 ms)'
  );
}

runBench(main);
