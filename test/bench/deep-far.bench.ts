// Bench: the deep check (level 3) of the lab's two-platform base image (one layer a platform), and
// of a two-platform image with four layers a platform, as a process, against the floor:
// test/bench/raw-client.js fetching the same index, manifests, configs and layers, every blob at once. Once against the lab registry, once from BENCH_DELAY_MS (default 25) ms away each
// way. Both print their own time without start-up ("in-process").
// Run: node scripts/run-ts.js test/bench/deep-far.bench.ts   (BENCH_ROUNDS, BENCH_DIST)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LabEnv, requireLab } from '../lab/lab';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { suffix } from '../integration/verify-lab';
import { LayerEntry, pushImage, pushIndex } from '../helpers/images';
import { bundles, farRegistry, inProcessMs, median, ratio, runProcess, report, runBench } from './lib';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

/** Each platform: its busybox, then three more layers (one with another binary), as images are layered. */
async function pushLayered(lab: LabEnv): Promise<string> {
  const to = parseReference(`${lab.LAB_REGISTRY}/bench-deep-${suffix()}:layered`);
  const client = new RegistryClient();
  const pushed = [];
  for (const [arch, busybox] of [
    ['amd64', lab.LAB_BUSYBOX_AMD64],
    ['arm64', lab.LAB_BUSYBOX_ARM64]
  ]) {
    const bb = fs.readFileSync(busybox);
    const layers: Array<Record<string, LayerEntry>> = [
      { 'bin/busybox': bb },
      { 'etc/motd': Buffer.from(`${arch}\n`) },
      { 'usr/local/bin/tool': bb },
      { 'opt/app/version': Buffer.from('1\n') }
    ];
    pushed.push((await pushImage(client, to, arch, layers)).descriptor);
  }
  await pushIndex(client, to, pushed);
  client.close();
  return `${to.registry}/${to.repository}:layered`;
}

async function main(): Promise<void> {
  const lab = requireLab();
  const layered = await pushLayered(lab);
  const bundle = path.join(bundles(['verify-platforms']), 'verify-platforms', 'index.js');
  const far = await farRegistry(lab);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-deep-far-'));
  const rows: Array<Array<string | number>> = [];
  try {
    for (const [name, host, ref] of [
      ['base, lab registry', lab.LAB_REGISTRY, lab.LAB_BASE_IMAGE],
      [`base, +${2 * far.delayMs} ms round trip`, far.host, lab.LAB_BASE_IMAGE],
      ['4 layers, lab registry', lab.LAB_REGISTRY, layered],
      [`4 layers, +${2 * far.delayMs} ms round trip`, far.host, layered]
    ]) {
      const image = ref.replace(lab.LAB_REGISTRY, host);
      const t = { ours: [] as number[], oursIn: [] as number[], raw: [] as number[], rawIn: [] as number[] };
      for (let i = 0; i < ROUNDS; i++) {
        const output = path.join(tmp, 'out');
        fs.writeFileSync(output, '');
        const ours = runProcess([bundle], {
          INPUT_IMAGES: image,
          INPUT_DEEP: 'true',
          // Every round checks: results kept by digest would turn rounds 2+ into cache reads.
          'INPUT_RESULT-CACHE': 'false',
          INPUT_SUMMARY: 'false',
          INPUT_REPORT: path.join(tmp, 'report.json'),
          GITHUB_OUTPUT: output
        });
        const report = JSON.parse(fs.readFileSync(path.join(tmp, 'report.json'), 'utf8'));
        const levels = report.images[0].platforms.map(
          (p: { level: number; status: string }) => `${p.level}${p.status}`
        );
        if (levels.join() !== '3ok,3ok')
          throw new Error(`ours did not pass both platforms at level 3: ${levels}`);
        t.ours.push(ours.ms);
        t.oursIn.push(inProcessMs(ours.stdout));
        const raw = runProcess([path.join(__dirname, 'raw-client.js'), 'deep', image]);
        t.raw.push(raw.ms);
        t.rawIn.push(inProcessMs(raw.stdout));
      }
      const [ours, oursIn, raw, rawIn] = [t.ours, t.oursIn, t.raw, t.rawIn].map(median);
      rows.push([name, ours, oursIn, raw, rawIn, ratio(ours, raw, 2), ratio(oursIn, rawIn, 2)]);
    }
  } finally {
    far.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(
    `deep check of ${lab.LAB_BASE_IMAGE} (base: 1 layer a platform) and ${layered} (4 layers a platform), ` +
      `each a process; medians of ${ROUNDS}, ms`
  );
  report(
    [
      'image, registry',
      'ours',
      'ours in-process',
      'raw client',
      'raw in-process',
      'ours/raw',
      'in-process ours/raw'
    ],
    rows,
    'target: ours/raw <= 1.3x (base, 50 ms)'
  );
}

runBench(main);
