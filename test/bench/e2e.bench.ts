// Overhead of run-arm64-e2e's container level per image × platform, against a bare
// `docker run` of the same command on the same (already pulled) image.
// Run: node scripts/run-ts.js test/bench/e2e.bench.ts   (needs the lab: bash test/lab/lab.sh up)
// What the overhead buys: resolving the platform's own digest and manifest through the
// registry, a (cached) pull by digest, the deadline, and reading the machine from the output.
import { spawnSync } from 'child_process';
import { runContainerParity } from '../../actions/lib/e2e/container/parity';
import { formatPlatform, parsePlatform } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { requireLab } from '../lab/lab';
import { median, runBench } from './lib';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COMMAND = process.env.BENCH_COMMAND ?? 'uname -m';

async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

async function main(): Promise<void> {
  const lab = requireLab();
  const images = (process.env.BENCH_IMAGES ?? lab.LAB_BASE_IMAGE).split(',');
  const platforms = ['linux/amd64', 'linux/arm64'].map(p => parsePlatform(p));
  const client = new RegistryClient();
  const rows: string[][] = [];
  try {
    for (const image of images) {
      const ref = parseReference(image);
      const entries = await client.resolvePlatforms(ref);
      for (const p of platforms) {
        const entry = entries.find(e => e.platform.architecture === p.architecture && e.platform.os === p.os);
        if (!entry) continue;
        const pinned = `${ref.registry}/${ref.repository}@${entry.digest}`;
        spawnSync('docker', ['pull', '--quiet', '--platform', formatPlatform(p), pinned]);
        const bare: number[] = [];
        const ours: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const t0 = process.hrtime.bigint();
          const r = spawnSync(
            'docker',
            ['run', '--rm', '--platform', formatPlatform(p), pinned, 'sh', '-c', COMMAND],
            { encoding: 'utf8' }
          );
          bare.push(Number(process.hrtime.bigint() - t0) / 1e6);
          if (r.status !== 0) throw new Error(`bare docker run failed: ${r.stderr}`);
          const t1 = process.hrtime.bigint();
          // The platform as its own baseline: exactly one run, so the times compare one to one.
          const res = await quietly(() =>
            runContainerParity(
              {
                images: [ref],
                platforms: [p],
                baseline: p,
                command: COMMAND,
                timeout: 120,
                runtime: 'docker',
                insecureRegistries: []
              },
              { registry: client }
            )
          );
          ours.push(Number(process.hrtime.bigint() - t1) / 1e6);
          if (!res.ok) throw new Error(`parity run failed: ${res.problems.join('; ')}`);
        }
        const b = median(bare);
        const o = median(ours);
        rows.push([
          image,
          formatPlatform(p),
          `${b.toFixed(0)} ms`,
          `${o.toFixed(0)} ms`,
          `+${(o - b).toFixed(0)} ms`,
          `${(o / b).toFixed(2)}×`
        ]);
      }
    }
  } finally {
    client.close();
  }
  const headers = ['image', 'platform', 'bare docker run', 'run-arm64-e2e', 'overhead', 'ratio'];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(`container level vs bare docker run, command "${COMMAND}", median of ${RUNS} runs each`);
  console.log(line(headers));
  for (const r of rows) console.log(line(r));
}

runBench(main);
