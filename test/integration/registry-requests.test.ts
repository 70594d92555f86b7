// What a check costs in requests, counted at a proxy in front of the lab registry: no HEAD
// before a GET, no /v2/ ping, each manifest and config read once (the deep check reuses the
// manifests the config check read), and a merge that reads, pushes and tags nothing twice.
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
  proxy = await startFaultProxy({ target: `http://${lab.LAB_REGISTRY}`, faultRate: 0 });
});
afterAll(() => proxy?.close());

/** The requests made by `fn`, as `METHOD kind` (kind: the path with the repository cut off), sorted. */
async function requestsOf(fn: () => Promise<unknown>): Promise<string[]> {
  const from = proxy.stats.seen.length;
  await fn();
  return proxy.stats.seen
    .slice(from)
    .map(r => r.replace(`/v2/${repo}/`, '').replace(/sha256:[0-9a-f]{64}/, 'D'))
    .sort();
}

test('levels 1-2 of a two-platform index: the index, two manifests, two configs', async () => {
  const image = `${proxy.host}/${repo}:multi`;
  const seen = await requestsOf(() => verifyPlatforms({ images: [{ reference: image }] }));
  expect(seen).toEqual([
    'GET blobs/D',
    'GET blobs/D',
    'GET manifests/D',
    'GET manifests/D',
    'GET manifests/multi'
  ]);
});

test('the deep check adds only the layers', async () => {
  const image = `${proxy.host}/${repo}:multi`;
  const seen = await requestsOf(() => verifyPlatforms({ images: [{ reference: image }], deep: true }));
  expect(seen).toEqual([
    'GET blobs/D',
    'GET blobs/D',
    'GET blobs/D',
    'GET blobs/D',
    'GET manifests/D',
    'GET manifests/D',
    'GET manifests/multi'
  ]);
});

test('a merge of two digests with three tags: read each once, push by digest, then the tags', async () => {
  const client = new RegistryClient();
  const target = parseReference(`${proxy.host}/${repo}`);
  const multi = await client.getManifest({ ...target, tag: 'multi' });
  const [amd64, arm64] = (multi.json as { manifests: Array<{ digest: string }> }).manifests.map(
    m => m.digest
  );
  try {
    const seen = await requestsOf(() =>
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
  } finally {
    client.close();
  }
});
