// Bench: the 36 images of the OpenEBS 4.2.0 chart, levels 1-2, as a workflow pays for them:
// the verify-platforms bundle as a process, against a sequential `docker buildx imagetools
// inspect --raw` loop and against the floor (test/bench/raw-client.js: the same requests, every
// image at once, as a process). Once against the lab registry, once against it from
// BENCH_DELAY_MS (default 25) ms away each way, i.e. a 50 ms round trip.
// Run: node scripts/run-ts.js test/bench/verify.bench.ts   (BENCH_ROUNDS, BENCH_DIST)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireLab } from '../lab/lab';
import { RegistryClient } from '../../actions/lib/registry/client';
import { mirrored, pushImage, suffix } from '../integration/verify-lab';
import { bundles, farRegistry, median, ROOT, runProcess, table } from './lib';

const CHART = path.join(ROOT, 'test/fixtures/charts/openebs-4.2.0');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function main(): Promise<void> {
  const lab = requireLab();
  const prefix = `bench-${suffix()}`;
  const refs = fs
    .readFileSync(`${CHART}/images.txt`, 'utf8')
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean);
  const targets = refs.map(r => mirrored(`${lab.LAB_REGISTRY}/${prefix}`, r));
  const client = new RegistryClient();
  for (const [i, t] of targets.entries())
    await pushImage(client, lab, t, i % 5 === 0 ? ['amd64'] : ['amd64', 'arm64']);
  client.close();
  const dist = bundles(['verify-platforms']);
  const far = await farRegistry(lab);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-verify-'));
  const rows: Array<Array<string | number>> = [];
  try {
    for (const [name, host] of [
      ['lab registry', lab.LAB_REGISTRY],
      [`+${2 * far.delayMs} ms round trip`, far.host]
    ]) {
      const images = targets.map(t => t.replace(lab.LAB_REGISTRY, host));
      const times = { ours: [] as number[], loop: [] as number[], floor: [] as number[] };
      for (let round = 0; round < ROUNDS; round++) {
        const output = path.join(tmp, `out-${round}`);
        fs.writeFileSync(output, '');
        times.ours.push(
          runProcess([path.join(dist, 'verify-platforms', 'index.js')], {
            INPUT_IMAGES: images.join('\n'),
            'INPUT_FAIL-ON': 'never',
            INPUT_SUMMARY: 'false',
            INPUT_REPORT: path.join(tmp, 'report.json'),
            GITHUB_OUTPUT: output
          }).ms
        );
        if (!/^checked<<\S+\n36\n/m.test(fs.readFileSync(output, 'utf8')))
          throw new Error('ours did not check 36 images');
        times.floor.push(runProcess([path.join(__dirname, 'raw-client.js'), 'levels', ...images]).ms);
        if (round < 2) {
          let ms = 0;
          for (const image of images)
            ms += runProcess([lab.LAB_DOCKER, 'buildx', 'imagetools', 'inspect', '--raw', image]).ms;
          times.loop.push(ms);
        }
      }
      const [ours, loop, floor] = [median(times.ours), median(times.loop), median(times.floor)];
      rows.push([name, ours, loop, floor, `${(loop / ours).toFixed(1)}x`, `${(ours / floor).toFixed(2)}x`]);
    }
  } finally {
    far.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`36 images, levels 1-2, each a process, median of ${ROUNDS} (imagetools: of 2), ms`);
  table(['registry', 'ours', 'imagetools loop', 'raw floor', 'loop/ours', 'ours/floor'], rows);
  console.log('targets: loop/ours >= 6x (lab) and >= 7x (50 ms); ours/floor <= 1.3x (50 ms)');
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
