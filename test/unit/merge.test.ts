import { createHash } from 'node:crypto';
import {
  buildIndex,
  descriptorPlatform,
  missingPlatforms,
  orderDescriptors,
  parseTag
} from '../../actions/lib/build/merge';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { Descriptor, MEDIA_TYPES } from '../../actions/lib/oci/types';

const d = (n: string) => 'sha256:' + createHash('sha256').update(n).digest('hex');
const img = (arch: string, variant?: string): Descriptor => ({
  mediaType: MEDIA_TYPES.ociManifest,
  digest: d(arch + (variant ?? '')),
  size: 500,
  platform: { os: 'linux', architecture: arch, ...(variant ? { variant } : {}) }
});
const attestation = (of: Descriptor): Descriptor => ({
  mediaType: MEDIA_TYPES.ociManifest,
  digest: d('att' + of.digest),
  size: 800,
  platform: { os: 'unknown', architecture: 'unknown' },
  annotations: {
    'vnd.docker.reference.digest': of.digest,
    'vnd.docker.reference.type': 'attestation-manifest'
  }
});

const amd64 = img('amd64');
const arm64 = img('arm64', 'v8');
const arm = img('arm', 'v7');

describe('orderDescriptors', () => {
  test('platform order first, then names, attestations after the image they describe', () => {
    const out = orderDescriptors(
      [attestation(arm64), arm, attestation(amd64), arm64, amd64],
      parsePlatforms(['linux/amd64', 'linux/arm64'])
    );
    expect(out.map(x => x.digest)).toEqual([
      amd64.digest,
      arm64.digest,
      arm.digest,
      attestation(amd64).digest,
      attestation(arm64).digest
    ]);
  });
});

describe('buildIndex', () => {
  test('an OCI index, with sorted annotations, and the same bytes for the same input', () => {
    const a = buildIndex([amd64, arm64], { z: '1', a: '2' });
    const b = buildIndex([amd64, arm64], { a: '2', z: '1' });
    expect(a.equals(b)).toBe(true);
    const index = JSON.parse(a.toString());
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.schemaVersion).toBe(2);
    expect(Object.keys(index.annotations)).toEqual(['a', 'z']);
    expect(index.manifests.map((m: Descriptor) => m.platform?.architecture)).toEqual(['amd64', 'arm64']);
  });

  test('no annotations key when there are none; attestation annotations are kept', () => {
    const index = JSON.parse(buildIndex([amd64, attestation(amd64)]).toString());
    expect(index.annotations).toBeUndefined();
    expect(index.manifests[1].annotations['vnd.docker.reference.digest']).toBe(amd64.digest);
  });
});

describe('missingPlatforms', () => {
  test.each([
    ['all present', [amd64, arm64], ['linux/amd64', 'linux/arm64'], []],
    ['arm64 missing', [amd64, attestation(amd64)], ['linux/amd64', 'linux/arm64'], ['linux/arm64']],
    ['unknown/unknown never counts', [attestation(amd64)], ['linux/amd64'], ['linux/amd64']],
    ['arm64/v8 satisfies arm64', [arm64], ['linux/arm64'], []]
  ])('%s', (_n, descriptors, required, want) => {
    expect(missingPlatforms(descriptors, parsePlatforms(required))).toEqual(want);
  });
});

test('descriptorPlatform normalises', () => {
  expect(descriptorPlatform(arm64)).toBe('linux/arm64');
  expect(descriptorPlatform(arm)).toBe('linux/arm/v7');
  expect(descriptorPlatform({ ...amd64, platform: undefined })).toBe('unknown/unknown');
});

describe('parseTag', () => {
  const image = parseReference('ghcr.io/openebs/zfs-driver');
  test.each([
    ['v2.8.0', 'v2.8.0'],
    ['ghcr.io/openebs/zfs-driver:develop', 'develop']
  ])('%s → %s', (input, want) => expect(parseTag(input, image)).toBe(want));
  test.each(['ghcr.io/other/x:1', 'ghcr.io/openebs/zfs-driver@sha256:' + 'a'.repeat(64), 'bad tag!'])(
    '%s is refused, naming the input',
    input => expect(() => parseTag(input, image)).toThrow(/Input "tags"/)
  );
});
