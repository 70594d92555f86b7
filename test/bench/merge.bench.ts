// Bench: a merge of two digests into an index with 3 tags, as a workflow step pays for it (the
// build-multiarch bundle in mode merge, as a process), against `docker buildx imagetools create`
// with the same digests and tags, in the same run. Also ours in-process (mergeIndex, as the
// `build` one-liner calls it). Once against the lab registry, once from BENCH_DELAY_MS (default
// 25) ms away each way. Run: node scripts/run-ts.js test/bench/merge.bench.ts   (BENCH_ROUNDS, BENCH_DIST)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LabEnv, requireLab } from '../lab/lab';
import { mergeIndex } from '../../actions/lib/build/merge';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { suffix } from '../integration/verify-lab';
import { bundles, farRegistry, median, ratio, runProcess, report, runBench, timed } from './lib';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const TAGS = 3;

async function merge(repo: string, digests: string[], tags: string[]): Promise<string> {
  const client = new RegistryClient();
  try {
    const r = await mergeIndex({
      image: parseReference(repo),
      records: [],
      digests,
      requiredPlatforms: parsePlatforms(['linux/amd64', 'linux/arm64']),
      tags,
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

/** A repository holding the lab base's two single-platform manifests; their digests. */
async function seed(lab: LabEnv, repo: string): Promise<string[]> {
  const client = new RegistryClient();
  const digests = await Promise.all(
    [lab.LAB_BASE_AMD64, lab.LAB_BASE_ARM64].map(
      async r => `${r.replace(/:latest$/, '')}@${await client.headManifest(parseReference(r))}`
    )
  );
  client.close();
  await merge(repo, digests, ['seed']);
  return digests.map(d => `${repo}@${d.split('@')[1]}`);
}

function tagsOf(who: string, round: number): string[] {
  return Array.from({ length: TAGS }, (_, k) => `${who}-${round % 2}-${k}`);
}

async function main(): Promise<void> {
  const lab = requireLab();
  const repo = `bench-merge-${suffix()}`;
  const refs = await seed(lab, `${lab.LAB_REGISTRY}/${repo}`);
  const bundle = path.join(bundles(['build-multiarch']), 'build-multiarch', 'index.js');
  const far = await farRegistry(lab);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-merge-'));
  const rows: Array<Array<string | number>> = [];
  // What a push event's runner gives a step (outside GitHub, the git context costs git processes).
  const event = path.join(tmp, 'event.json');
  fs.writeFileSync(event, JSON.stringify({ head_commit: { timestamp: '2026-11-26T12:00:00Z' } }));
  const runner = {
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'openebs/bench',
    GITHUB_EVENT_PATH: event
  };
  try {
    for (const [name, host] of [
      ['lab registry', lab.LAB_REGISTRY],
      [`+${2 * far.delayMs} ms round trip`, far.host]
    ]) {
      const sources = refs.map(r => r.replace(lab.LAB_REGISTRY, host));
      const image = `${host}/${repo}`;
      const t = { ours: [] as number[], oursIn: [] as number[], imagetools: [] as number[] };
      for (let i = 0; i < ROUNDS; i++) {
        const output = path.join(tmp, 'out');
        fs.writeFileSync(output, '');
        t.ours.push(
          runProcess([bundle], {
            INPUT_MODE: 'merge',
            INPUT_IMAGE: image,
            INPUT_DIGESTS: sources.join('\n'),
            INPUT_TAGS: tagsOf('proc', i).join('\n'),
            // The tags move in the merge itself, as imagetools create moves them.
            'INPUT_TAG-AFTER': 'merge',
            'INPUT_DIGESTS-DIR': path.join(tmp, 'none'),
            INPUT_SUMMARY: 'false',
            GITHUB_OUTPUT: output,
            ...runner
          }).ms
        );
        const tags = /^tags<<(\S+)\n(.*)\n\1$/m.exec(fs.readFileSync(output, 'utf8'));
        if (JSON.parse(tags?.[2] ?? '[]').length !== TAGS) throw new Error(`ours did not set ${TAGS} tags`);
        t.oursIn.push((await timed(() => merge(image, sources, tagsOf('ours', i)))).ms);
        const tagArgs = tagsOf('imagetools', i).flatMap(tag => ['-t', `${image}:${tag}`]);
        t.imagetools.push(
          runProcess([lab.LAB_DOCKER, 'buildx', 'imagetools', 'create', ...tagArgs, ...sources]).ms
        );
      }
      const [ours, oursIn, imagetools] = [t.ours, t.oursIn, t.imagetools].map(median);
      rows.push([name, ours, oursIn, imagetools, ratio(imagetools, ours, 2), ratio(imagetools, oursIn, 2)]);
    }
  } finally {
    far.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`merge of 2 digests into an index with ${TAGS} tags; medians of ${ROUNDS}, ms`);
  report(
    [
      'registry',
      'ours (process)',
      'ours in-process',
      'imagetools create',
      'imagetools/ours',
      'imagetools/in-process'
    ],
    rows,
    'target: imagetools/ours > 1 as a process (50 ms)'
  );
}

runBench(main);
