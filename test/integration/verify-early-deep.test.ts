// Level 3 started early (the build one-liner reads each platform's layers back as soon as it is
// pushed): verify takes that verdict for the same digest, reads no layer twice, and a verdict of
// another digest or a disposed reader is never taken. Against the lab registry.
import { requireLab, LabEnv } from '../lab/lab';
import { parsePlatform } from '../../actions/lib/oci/platform';
import { ImageRef, parseReference } from '../../actions/lib/oci/reference';
import { ImageIndex } from '../../actions/lib/oci/types';
import { RegistryClient } from '../../actions/lib/registry/client';
import { EarlyDeep } from '../../actions/lib/verify/early-deep';
import { verifyPlatforms } from '../../actions/lib/verify/verify';
import { pushImage, pushWrongBinaries, suffix } from './verify-lab';

jest.setTimeout(120_000);

let lab: LabEnv;
let client: RegistryClient;
/** Layer digests each client was asked for, in order. */
let reads: { early: string[]; verify: string[] };

/** A client that notes each blob it is asked for. */
function counting(into: string[]): RegistryClient {
  const c = new RegistryClient();
  const getBlob = c.getBlob.bind(c);
  c.getBlob = (ref: ImageRef, digest: string) => {
    into.push(digest);
    return getBlob(ref, digest);
  };
  return c;
}

async function platformDigests(ref: string): Promise<{ index: string; amd64: string; arm64: string }> {
  const m = await client.getManifest(parseReference(ref));
  const by = (arch: string) =>
    (m.json as ImageIndex).manifests.find(d => d.platform?.architecture === arch)!.digest;
  return { index: m.digest, amd64: by('amd64'), arm64: by('arm64') };
}

beforeAll(() => {
  lab = requireLab();
  client = new RegistryClient();
});
beforeEach(() => (reads = { early: [], verify: [] }));
afterAll(() => client.close());

const amd64 = parsePlatform('linux/amd64');
const arm64 = parsePlatform('linux/arm64');

test('verify takes the verdicts read early and reads no layer again', async () => {
  const ref = `${lab.LAB_REGISTRY}/issue25-early-${suffix()}:1`;
  await pushImage(client, lab, ref, ['amd64', 'arm64']);
  const d = await platformDigests(ref);
  const repo = parseReference(ref);
  const [earlyClient, verifyClient] = [counting(reads.early), counting(reads.verify)];
  const early = new EarlyDeep(earlyClient);
  try {
    early.start(repo, d.amd64, amd64);
    early.start(repo, d.arm64, arm64);
    const r = await verifyPlatforms(
      { images: [{ reference: `${repo.registry}/${repo.repository}@${d.index}` }], deep: true },
      { client: verifyClient, early }
    );
    expect(r.ok).toBe(true);
    expect(r.images[0].platforms.map(p => [p.platform, p.level])).toEqual([
      ['linux/amd64', 3],
      ['linux/arm64', 3]
    ]);
    // The lab's busybox holds one ELF file per platform.
    expect(r.images[0].platforms.map(p => p.deep?.executables)).toEqual([1, 1]);
    // Each layer read once, early; verify read the configs only.
    expect(reads.early).toHaveLength(new Set(reads.early).size);
    expect(reads.early.length).toBeGreaterThanOrEqual(2);
    expect(reads.verify.filter(x => reads.early.includes(x))).toEqual([]);
  } finally {
    await early.dispose();
    earlyClient.close();
    verifyClient.close();
  }
});

test('an early verdict of arm64 with x86-64 binaries fails verify as a fresh read would', async () => {
  const ref = `${lab.LAB_REGISTRY}/issue25-early-wrong-${suffix()}:1`;
  await pushWrongBinaries(client, lab, ref);
  const d = await platformDigests(ref);
  const early = new EarlyDeep(client);
  try {
    early.start(parseReference(ref), d.arm64, arm64);
    const r = await verifyPlatforms({ images: [{ reference: ref }], deep: true }, { client, early });
    expect(r.ok).toBe(false);
    expect(r.missing[0].platforms).toEqual(['linux/arm64']);
    expect(r.missing[0].reason).toMatch(/bin\/busybox is x86-64 \(e_machine 62\), expected AArch64/);
  } finally {
    await early.dispose();
  }
});

test('a verdict is taken once, for its own repository, digest and platform, and never after dispose', async () => {
  const ref = `${lab.LAB_REGISTRY}/issue25-early-take-${suffix()}:1`;
  await pushImage(client, lab, ref, ['amd64', 'arm64']);
  const d = await platformDigests(ref);
  const repo = parseReference(ref);
  const early = new EarlyDeep(client);
  early.start(repo, d.arm64, arm64);
  expect(early.take(repo, d.arm64, amd64)).toBeUndefined();
  expect(early.take(parseReference(`${lab.LAB_REGISTRY}/other:1`), d.arm64, arm64)).toBeUndefined();
  expect(early.take(repo, d.amd64, arm64)).toBeUndefined();
  const verdict = await early.take(repo, d.arm64, arm64);
  expect(verdict?.executables).toBe(1);
  expect(verdict?.layersScanned).toBe(verdict?.layersTotal);
  expect(early.take(repo, d.arm64, arm64)).toBeUndefined();
  early.start(repo, d.amd64, amd64);
  await early.dispose();
  expect(early.take(repo, d.amd64, amd64)).toBeUndefined();
});
