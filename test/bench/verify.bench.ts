// Bench (a): checking the 36 images of the OpenEBS 4.2.0 chart (levels 1-2) with
// verifyPlatforms vs a sequential `docker buildx imagetools inspect --raw` loop over the
// same references in the lab registry. Run: node scripts/run-ts.js test/bench/verify.bench.ts
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { requireLab } from '../lab/lab';
import { RegistryClient } from '../../actions/lib/registry/client';
import { parseMirrors, verifyPlatforms } from '../../actions/lib/verify/verify';
import { mirrored, pushImage, suffix } from '../integration/verify-lab';

const CHART = 'test/fixtures/charts/openebs-4.2.0';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function main(): Promise<void> {
  const lab = requireLab();
  const prefix = `bench-${suffix()}`;
  const refs = fs
    .readFileSync(`${CHART}/images.txt`, 'utf8')
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean);
  const client = new RegistryClient();
  const targets = refs.map(r => mirrored(`${lab.LAB_REGISTRY}/${prefix}`, r));
  for (const [i, t] of targets.entries())
    await pushImage(client, lab, t, i % 5 === 0 ? ['amd64'] : ['amd64', 'arm64']);
  client.close();
  const mirrors = ['docker.io', 'registry.k8s.io'].map(r => `${r}=${lab.LAB_REGISTRY}/${prefix}/${r}`);

  const ours: number[] = [];
  let checked = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = process.hrtime.bigint();
    const r = await verifyPlatforms({
      images: [],
      chart: CHART,
      mirrors: parseMirrors(mirrors),
      helm: 'none'
    });
    ours.push(Number(process.hrtime.bigint() - t0) / 1e6);
    checked = r.checked;
  }

  const docker = lab.LAB_DOCKER || 'docker';
  const base: number[] = [];
  for (let i = 0; i < Math.min(ROUNDS, 2); i++) {
    const t0 = process.hrtime.bigint();
    for (const t of targets)
      execFileSync(docker, ['buildx', 'imagetools', 'inspect', '--raw', t], {
        stdio: ['ignore', 'ignore', 'inherit']
      });
    base.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const best = (xs: number[]) => Math.min(...xs);
  console.log(`images: ${checked} (checked), ${targets.length} (loop)`);
  console.log(
    `verifyPlatforms (levels 1-2, concurrency 8): best ${best(ours).toFixed(0)} ms  runs ${ours.map(x => x.toFixed(0)).join(', ')}`
  );
  console.log(
    `imagetools inspect --raw, sequential:        best ${best(base).toFixed(0)} ms  runs ${base.map(x => x.toFixed(0)).join(', ')}`
  );
  console.log(`ratio: ${(best(base) / best(ours)).toFixed(1)}x faster (target >= 10x)`);
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
