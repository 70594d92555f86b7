// A shard that pushed an index (buildx with provenance): the merge flattens its children
// into the final index and keeps the attestation manifest, which never counts as a platform.
import { LabEnv, requireLab } from '../lab/lab';
import { mergeIndex } from '../../actions/lib/build/merge';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { MEDIA_TYPES } from '../../actions/lib/oci/types';
import { sha256Digest } from '../../actions/lib/oci/digest';
import { uniqueName } from './build-multiarch-helpers';

jest.setTimeout(120_000);

let lab: LabEnv;
let client: RegistryClient;
beforeAll(() => {
  lab = requireLab();
  client = new RegistryClient();
});
afterAll(() => client?.close());

test('children of a shard index are flattened and its attestation kept', async () => {
  const repo = `${lab.LAB_REGISTRY}/${uniqueName('bm-att')}`;
  const image = parseReference(repo);
  const base = (ref: string) => ref.replace(/:latest$/, '');
  const d1 = (await client.headManifest(parseReference(lab.LAB_BASE_AMD64)))!;
  const d2 = (await client.headManifest(parseReference(lab.LAB_BASE_ARM64)))!;
  const common = {
    image,
    requiredPlatforms: parsePlatforms(['linux/amd64', 'linux/arm64']),
    overwrite: false,
    push: true,
    moveTags: true,
    annotations: {},
    client
  };
  // Copy both single-arch images into the repository (cross-repository mount).
  await mergeIndex({
    ...common,
    records: [],
    digests: [`${base(lab.LAB_BASE_AMD64)}@${d1}`, `${base(lab.LAB_BASE_ARM64)}@${d2}`],
    tags: ['seed']
  });
  const m1 = await client.getManifest({ ...image, tag: undefined, digest: d1 });

  // What buildx pushes with provenance: an index of the image and its attestation manifest.
  const statement = Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v0.1',
      predicateType: 'https://slsa.dev/provenance/v0.2',
      subject: [{ digest: { sha256: d1.slice(7) } }]
    })
  );
  const cfg = Buffer.from(
    JSON.stringify({
      architecture: 'unknown',
      os: 'unknown',
      config: {},
      rootfs: { type: 'layers', diff_ids: [sha256Digest(statement)] }
    })
  );
  await client.pushBlob(image, statement);
  await client.pushBlob(image, cfg);
  const att = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: MEDIA_TYPES.ociConfig, digest: sha256Digest(cfg), size: cfg.length },
      layers: [
        {
          mediaType: 'application/vnd.in-toto+json',
          digest: sha256Digest(statement),
          size: statement.length,
          annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' }
        }
      ]
    })
  );
  const attDigest = await client.putManifest(image, sha256Digest(att), att, MEDIA_TYPES.ociManifest);
  const annotations = {
    'vnd.docker.reference.digest': d1,
    'vnd.docker.reference.type': 'attestation-manifest'
  };
  const shardIndex = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [
        {
          mediaType: m1.mediaType,
          digest: d1,
          size: m1.size,
          platform: { os: 'linux', architecture: 'amd64' }
        },
        {
          mediaType: MEDIA_TYPES.ociManifest,
          digest: attDigest,
          size: att.length,
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations
        }
      ]
    })
  );
  const shardDigest = await client.putManifest(
    image,
    sha256Digest(shardIndex),
    shardIndex,
    MEDIA_TYPES.ociIndex
  );

  const record = {
    platform: 'linux/amd64',
    image: repo,
    digest: shardDigest,
    mediaType: MEDIA_TYPES.ociIndex,
    size: shardIndex.length,
    builder: 'buildx',
    seconds: 1,
    emulated: false
  };
  const result = await mergeIndex({
    ...common,
    records: [record],
    digests: [`${repo}@${d2}`],
    tags: ['final']
  });
  expect(result.platforms).toEqual(['linux/amd64', 'linux/arm64']);
  expect(result.attestations).toBe(1);
  expect(result.digests).toEqual({ 'linux/amd64': d1, 'linux/arm64': d2 });
  const pushed = await client.getManifest({ ...image, tag: 'final' });
  expect(pushed.digest).toBe(result.digest);
  const manifests = (
    pushed.json as { manifests: Array<{ digest: string; annotations?: Record<string, string> }> }
  ).manifests;
  expect(manifests.map(m => m.digest)).toEqual([d1, d2, attDigest]);
  expect(manifests[2].annotations).toEqual(annotations);

  // Attestations alone never satisfy a platform.
  const err = await mergeIndex({ ...common, records: [record], digests: [], tags: ['partial'] }).catch(
    e => e
  );
  expect(err.message).toMatch(/required platform linux\/arm64 missing \(the shards gave linux\/amd64\)/);
});
