// Times our merge against `docker buildx imagetools create` for the same two digests, in
// the same run against the lab registry. Run: node scripts/run-ts.js test/bench/merge.bench.ts [iterations]
// Ours is measured twice: in-process (what the `build` one-liner does) and as a fresh
// process running the bundled action (what a workflow step costs), if dist/ is built.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireLab } from '../lab/lab';
import { mergeIndex } from '../../actions/lib/build/merge';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';

const iterations = Number(process.argv[2] ?? 10);
const lab = requireLab();
const repo = `${lab.LAB_REGISTRY}/bench-merge-${process.pid}`;
const bundle = path.join(__dirname, '../../dist/build-multiarch/index.js');

async function merge(digests: string[], tag: string): Promise<string> {
  const client = new RegistryClient();
  try {
    const r = await mergeIndex({
      image: parseReference(repo),
      records: [],
      digests,
      requiredPlatforms: parsePlatforms(['linux/amd64', 'linux/arm64']),
      tags: [tag],
      overwrite: false,
      push: true,
      moveTags: true,
      annotations: {},
      client
    });
    return r.digest;
  } finally {
    client.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const seedClient = new RegistryClient();
  const d1 = (await seedClient.headManifest(parseReference(lab.LAB_BASE_AMD64)))!;
  const d2 = (await seedClient.headManifest(parseReference(lab.LAB_BASE_ARM64)))!;
  seedClient.close();
  // Both contenders start from two digests already in the repository.
  await merge(
    [
      `${lab.LAB_BASE_AMD64.replace(/:latest$/, '')}@${d1}`,
      `${lab.LAB_BASE_ARM64.replace(/:latest$/, '')}@${d2}`
    ],
    'seed'
  );
  const refs = [`${repo}@${d1}`, `${repo}@${d2}`];

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-merge-'));
  const hasBundle = fs.existsSync(bundle);
  fs.writeFileSync(path.join(tmp, 'out'), '');
  const times = { ours: [] as number[], process: [] as number[], imagetools: [] as number[] };
  for (let i = 0; i < iterations; i++) {
    let t = process.hrtime.bigint();
    await merge(refs, `ours-${i % 2}`);
    times.ours.push(Number(process.hrtime.bigint() - t) / 1e6);

    if (hasBundle) {
      t = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [bundle], {
        env: {
          ...process.env,
          INPUT_MODE: 'merge',
          INPUT_IMAGE: repo,
          INPUT_DIGESTS: refs.join('\n'),
          INPUT_TAGS: `proc-${i % 2}`,
          'INPUT_DIGESTS-DIR': path.join(tmp, 'none'),
          INPUT_SUMMARY: 'false',
          GITHUB_OUTPUT: path.join(tmp, 'out')
        },
        encoding: 'utf8'
      });
      times.process.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (r.status !== 0) throw new Error(`bundled merge failed: ${r.stdout}${r.stderr}`);
    }

    t = process.hrtime.bigint();
    execFileSync('docker', ['buildx', 'imagetools', 'create', '-t', `${repo}:imagetools-${i % 2}`, ...refs], {
      stdio: 'pipe'
    });
    times.imagetools.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  fs.rmSync(tmp, { recursive: true, force: true });

  const it = median(times.imagetools);
  const row = (name: string, xs: number[]) =>
    console.log(
      `${name.padEnd(36)} median ${median(xs).toFixed(1).padStart(7)} ms  min ${Math.min(...xs)
        .toFixed(1)
        .padStart(7)} ms  ratio vs imagetools ${(median(xs) / it).toFixed(2)}`
    );
  console.log(`merge of 2 digests into ${repo}, ${iterations} iterations each, interleaved`);
  row('arch-actions merge (in-process)', times.ours);
  if (hasBundle) row('arch-actions merge (node dist bundle)', times.process);
  else
    console.log(
      '(dist/build-multiarch/index.js not built: run node scripts/bundle.js for the process figure)'
    );
  row('docker buildx imagetools create', times.imagetools);
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
