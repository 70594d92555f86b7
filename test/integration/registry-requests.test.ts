// What a check costs in requests, counted at a proxy in front of the lab registry: no HEAD
// before a GET, no /v2/ ping, each manifest and config read once (the deep check reuses the
// manifests the config check read), and a merge that reads, pushes and tags nothing twice.
// The proxy holds each request a moment, so it also counts the round trips made one after another.
import { LabEnv, requireLab } from '../lab/lab';
import { FaultProxy, startFaultProxy } from '../fixtures/proxy/fault-proxy';
import { mergeIndex } from '../../actions/lib/build/merge';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { verifyPlatforms } from '../../actions/lib/verify/verify';
import { pushImage, suffix } from './verify-lab';

jest.setTimeout(60_000);

let lab: LabEnv;
let proxy: FaultProxy;
let repo: string;

beforeAll(async () => {
  lab = requireLab();
  repo = `requests-${suffix()}`;
  const client = new RegistryClient();
  try {
    await pushImage(client, lab, `${lab.LAB_REGISTRY}/${repo}:multi`, ['amd64', 'arm64']);
  } finally {
    client.close();
  }
  proxy = await startFaultProxy({ target: `http://${lab.LAB_REGISTRY}`, faultRate: 0, holdMs: 100 });
});
afterAll(() => proxy?.close());

/**
 * The requests made by `fn`, as `METHOD kind` (kind: the path with the repository cut off),
 * sorted, and how many round trips `fn` made one after another.
 */
async function requestsOf(fn: () => Promise<unknown>): Promise<{ seen: string[]; rounds: number }> {
  const from = proxy.stats.seen.length;
  const before = Math.max(0, ...proxy.stats.rounds.slice(0, from));
  await fn();
  const seen = proxy.stats.seen
    .slice(from)
    .map(r => r.replace(`/v2/${repo}/`, '').replace(/sha256:[0-9a-f]{64}/, 'D'))
    .sort();
  return { seen, rounds: Math.max(...proxy.stats.rounds.slice(from)) - before };
}

test('levels 1-2 of a two-platform index: the index, two manifests, two configs, in 3 round trips', async () => {
  const image = `${proxy.host}/${repo}:multi`;
  const { seen, rounds } = await requestsOf(() => verifyPlatforms({ images: [{ reference: image }] }));
  expect(seen).toEqual([
    'GET blobs/D',
    'GET blobs/D',
    'GET manifests/D',
    'GET manifests/D',
    'GET manifests/multi'
  ]);
  expect(rounds).toBe(3);
});

test('the deep check adds only the layers, read with the configs', async () => {
  const image = `${proxy.host}/${repo}:multi`;
  const { seen, rounds } = await requestsOf(() =>
    verifyPlatforms({ images: [{ reference: image }], deep: true })
  );
  expect(seen).toEqual([
    'GET blobs/D',
    'GET blobs/D',
    'GET blobs/D',
    'GET blobs/D',
    'GET manifests/D',
    'GET manifests/D',
    'GET manifests/multi'
  ]);
  expect(rounds).toBe(3);
});

test('a merge of two digests with three tags: read each once, push by digest and tag at once', async () => {
  const client = new RegistryClient();
  const target = parseReference(`${proxy.host}/${repo}`);
  const multi = await client.getManifest({ ...target, tag: 'multi' });
  const [amd64, arm64] = (multi.json as { manifests: Array<{ digest: string }> }).manifests.map(
    m => m.digest
  );
  try {
    const { seen, rounds } = await requestsOf(() =>
      mergeIndex({
        image: target,
        records: [],
        digests: [`${proxy.host}/${repo}@${amd64}`, `${proxy.host}/${repo}@${arm64}`],
        requiredPlatforms: parsePlatforms(['linux/amd64', 'linux/arm64']),
        tags: ['a', 'b', 'c'],
        overwrite: false,
        push: true,
        moveTags: true,
        annotations: {},
        client
      })
    );
    expect(seen).toEqual([
      'GET blobs/D',
      'GET blobs/D',
      'GET manifests/D',
      'GET manifests/D',
      'HEAD manifests/a',
      'HEAD manifests/b',
      'HEAD manifests/c',
      'PUT manifests/D',
      'PUT manifests/a',
      'PUT manifests/b',
      'PUT manifests/c'
    ]);
    // The sources with the tags' HEADs, the configs, then the index by digest with its tags.
    expect(rounds).toBe(3);
  } finally {
    client.close();
  }
});
