// Merge through a proxy that answers 30 % of requests with 503, 429 (Retry-After), a reset or a
// body cut off mid-stream still gives the very same index, every time; a registry that is down
// fails fast with an error naming it.
import * as fs from 'node:fs';
import * as net from 'node:net';
import { LabEnv, requireLab } from '../lab/lab';
import { startFaultProxy } from '../fixtures/proxy/fault-proxy';
import { CheckError } from '../../actions/lib/core/errors';
import { mergeIndex, MergeOptions } from '../../actions/lib/build/merge';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { tempDir, uniqueName } from './build-multiarch-helpers';

jest.setTimeout(300_000);

let lab: LabEnv;
let tmp: string;
let repo: string;
let amd64: string;
let arm64: string;
let reference: string;

function options(registry: string, client: RegistryClient, tags: string[]): MergeOptions {
  return {
    image: parseReference(`${registry}/${repo}`),
    records: [],
    digests: [`${registry}/${repo}@${amd64}`, `${registry}/${repo}@${arm64}`],
    requiredPlatforms: parsePlatforms(['linux/amd64', 'linux/arm64']),
    tags,
    immutableTags: /^v\d/,
    overwrite: false,
    push: true,
    moveTags: true,
    annotations: { 'org.opencontainers.image.revision': 'f00d' },
    client
  };
}

beforeAll(async () => {
  lab = requireLab();
  tmp = tempDir('bm-faults-');
  repo = uniqueName('bm-faults');
  const client = new RegistryClient();
  try {
    amd64 = (await client.headManifest(parseReference(lab.LAB_BASE_AMD64))) as string;
    arm64 = (await client.headManifest(parseReference(lab.LAB_BASE_ARM64))) as string;
    // Seed the repository (cross-repository copy from the lab's single-arch images), with no faults.
    const seed = await mergeIndex({
      ...options(lab.LAB_REGISTRY, client, ['direct']),
      digests: [
        `${lab.LAB_BASE_AMD64.replace(/:latest$/, '')}@${amd64}`,
        `${lab.LAB_BASE_ARM64.replace(/:latest$/, '')}@${arm64}`
      ]
    });
    reference = seed.digest;
  } finally {
    client.close();
  }
});
afterAll(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

/** One merge through its own fault proxy into a repository of its own, copying from the lab's base images. */
async function faultyMerge(
  seed: number
): Promise<{ digest: string; tags: Array<string | undefined>; log: string[] }> {
  const proxy = await startFaultProxy({
    target: `http://${lab.LAB_REGISTRY}`,
    faultRate: 0.3,
    faults: ['503', '429', 'reset', 'cut'],
    seed,
    // Below the client's 4 retries, so the test checks recovery, not luck.
    maxConsecutiveFaults: 3
  });
  const client = new RegistryClient();
  const target = `${repo}-${seed}`;
  const viaProxy = (ref: string) => ref.replace(lab.LAB_REGISTRY, proxy.host).replace(/:latest$/, '');
  try {
    const result = await mergeIndex({
      ...options(proxy.host, client, ['faulty', 'v9.9.9']),
      image: parseReference(`${proxy.host}/${target}`),
      digests: [`${viaProxy(lab.LAB_BASE_AMD64)}@${amd64}`, `${viaProxy(lab.LAB_BASE_ARM64)}@${arm64}`]
    });
    const tags = await Promise.all(
      ['faulty', 'v9.9.9'].map(tag =>
        client.headManifest(parseReference(`${lab.LAB_REGISTRY}/${target}:${tag}`))
      )
    );
    return { digest: result.digest, tags, log: proxy.stats.log };
  } finally {
    client.close();
    await proxy.close();
  }
}

test('with 30 % 503/429/reset/cut bodies, merge sets the same index digest in every one of 10 runs', async () => {
  const runs = await Promise.all(Array.from({ length: 10 }, (_, i) => faultyMerge(i + 1)));
  for (const r of runs) {
    expect(r.digest).toBe(reference);
    expect(r.tags).toEqual([reference, reference]);
  }
  const kinds = new Set(runs.flatMap(r => r.log.map(l => l.split(' -> ')[1])));
  expect([...kinds].sort()).toEqual(['429', '503', 'cut', 'reset']);
});

test('with the registry down, merge fails within 30 s naming the registry', async () => {
  const port = await new Promise<number>(resolve => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const down = `127.0.0.1:${port}`;
  const client = new RegistryClient();
  const started = Date.now();
  try {
    const err = await mergeIndex(options(down, client, ['t1'])).catch(e => e);
    expect(err).toBeInstanceOf(CheckError);
    expect(err.message).toContain(`registry ${down}`);
  } finally {
    client.close();
  }
  expect(Date.now() - started).toBeLessThan(30_000);
});
