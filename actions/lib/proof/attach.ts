// A proof in the registry: an OCI 1.1 referrer of the index (subject and artifactType; the tag
// fallback where the registry lacks the referrers API), and the same DSSE layer under cosign's
// `sha256-<hex>.att` tag, which `cosign verify-attestation` reads. A keyless proof also gets its
// whole Sigstore bundle as a referrer, laid out as GitHub's attest actions push it.
import { formatReference, ImageRef } from '../oci/reference';
import { sha256Digest } from '../oci/digest';
import { Descriptor, ImageManifest, MEDIA_TYPES } from '../oci/types';
import { RegistryClient, Referrer } from '../registry/client';
import { DSSE_MEDIA_TYPE, Envelope } from './dsse';
import { PREDICATE_TYPE, Signing } from './statement';

/** The artifact type of the referrer (an in-toto statement in a DSSE envelope). */
export const ARTIFACT_TYPE = 'application/vnd.in-toto+json';
/** cosign's marker and predicate annotations on an attestation layer. */
const COSIGN_SIGNATURE = 'dev.cosignproject.cosign/signature';
const PREDICATE_ANNOTATION = 'predicateType';
export const SIGNING_ANNOTATION = 'dev.openebs.arch-actions/signing';
/** The Sigstore bundle (v0.3) media type: the artifact type and layer type of a bundle referrer. */
export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The predicate type of a bundle referrer, as `gh attestation verify --bundle-from-oci` reads it. */
export const BUNDLE_PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
const CREATED = 'org.opencontainers.image.created';
// The config of an artifact with no config of its own (image-spec 1.1's empty descriptor).
const EMPTY_CONFIG = { mediaType: 'application/vnd.oci.empty.v1+json', body: Buffer.from('{}') };

export interface AttachedProof {
  /** The referrer manifest's digest. */
  digest: string;
  /** `api` (the registry's referrers API) or `tag` (the fallback tag `sha256-<hex>`). */
  recordedBy: 'api' | 'tag';
  /** cosign's attestation tag. */
  cosignTag: string;
}

/** The tag cosign keeps a digest's attestations under. */
export function cosignTag(digest: string): string {
  return `${digest.replace(':', '-')}.att`;
}

function layerOf(body: Buffer, extra: Record<string, string>): Descriptor {
  return {
    mediaType: DSSE_MEDIA_TYPE,
    digest: sha256Digest(body),
    size: body.length,
    annotations: { [COSIGN_SIGNATURE]: '', [PREDICATE_ANNOTATION]: PREDICATE_TYPE, ...extra }
  };
}

/** What cosign reads beside a keyless attestation: the certificate and the Rekor entry. */
export interface KeylessAnnotations {
  certificate: string;
  rekorBundle?: string;
}

/** The config cosign writes for an attestation manifest: an empty image whose layers are the envelopes. */
function configOf(layers: Descriptor[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map(l => l.digest) },
      config: {}
    })
  );
}

async function manifestOf(
  client: RegistryClient,
  ref: ImageRef,
  layers: Descriptor[],
  extra: Partial<ImageManifest> & { artifactType?: string; subject?: Descriptor },
  { mediaType, body: config } = { mediaType: MEDIA_TYPES.ociConfig as string, body: configOf(layers) }
): Promise<{ body: Buffer; digest: string }> {
  await client.pushBlob(ref, config);
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    ...(extra.artifactType ? { artifactType: extra.artifactType } : {}),
    config: { mediaType, size: config.length, digest: sha256Digest(config) },
    layers,
    ...(extra.subject ? { subject: extra.subject } : {}),
    ...(extra.annotations ? { annotations: extra.annotations } : {})
  };
  const body = Buffer.from(JSON.stringify(manifest));
  return { body, digest: sha256Digest(body) };
}

/** cosign's `.att` manifest for the digest: the layers already there (other predicates) and ours. */
async function cosignLayers(
  client: RegistryClient,
  ref: ImageRef,
  digest: string,
  ours: Descriptor
): Promise<Descriptor[]> {
  const tagged = { ...ref, tag: cosignTag(digest), digest: undefined };
  if (!(await client.headManifest(tagged))) return [ours];
  const old = (await client.getManifest(tagged, [MEDIA_TYPES.ociManifest])).json as ImageManifest;
  const others = (old.layers ?? []).filter(l => l.annotations?.[PREDICATE_ANNOTATION] !== PREDICATE_TYPE);
  return [...others, ours];
}

/** One layer (its blob already pushed) as a referrer of `digest`; the manifest, and how it was recorded. */
async function pushReferrerOf(
  client: RegistryClient,
  repo: ImageRef,
  digest: string,
  layer: Descriptor,
  what: { artifactType: string; annotations: Record<string, string>; listed?: Record<string, string> },
  config?: { mediaType: string; body: Buffer }
): Promise<{ referrer: { body: Buffer; digest: string }; recordedBy: 'api' | 'tag' }> {
  const subject = await client.getManifest({ ...repo, digest });
  const { artifactType, annotations } = what;
  const referrer = await manifestOf(
    client,
    repo,
    [layer],
    { artifactType, subject: { mediaType: subject.mediaType, digest, size: subject.size }, annotations },
    config
  );
  const descriptor: Referrer = {
    mediaType: MEDIA_TYPES.ociManifest,
    digest: referrer.digest,
    size: referrer.body.length,
    artifactType,
    annotations: { ...annotations, ...what.listed }
  };
  return { referrer, recordedBy: await client.pushReferrer(repo, referrer.body, descriptor, digest) };
}

/**
 * Attaches the envelope to `ref@digest` (an index or manifest already in the registry): its body
 * as a blob, a referrer manifest with the index as subject, and cosign's attestation tag.
 */
export async function attachProof(
  client: RegistryClient,
  ref: ImageRef,
  digest: string,
  envelope: Envelope,
  signing: Signing,
  created: string,
  keyless?: KeylessAnnotations
): Promise<AttachedProof> {
  const repo = { ...ref, tag: undefined, digest: undefined };
  const body = Buffer.from(JSON.stringify(envelope));
  await client.pushBlob(repo, body);
  const layer = layerOf(
    body,
    keyless
      ? {
          'dev.sigstore.cosign/certificate': keyless.certificate,
          ...(keyless.rekorBundle ? { 'dev.sigstore.cosign/bundle': keyless.rekorBundle } : {})
        }
      : {}
  );
  const { referrer, recordedBy } = await pushReferrerOf(client, repo, digest, layer, {
    artifactType: ARTIFACT_TYPE,
    annotations: { [CREATED]: created, [SIGNING_ANNOTATION]: signing },
    listed: { [PREDICATE_ANNOTATION]: PREDICATE_TYPE }
  });
  const tag = cosignTag(digest);
  // Only proofs cosign can check go where it looks: unsigned ones, and keyless ones outside the
  // public Rekor log (GitHub's own Sigstore instance, for private repositories), would fail there.
  if (signing === 'cosign-key' || keyless?.rekorBundle) {
    const layers = await cosignLayers(client, repo, digest, layer);
    const att = layers.length === 1 ? referrer : await manifestOf(client, repo, layers, {});
    await client.putManifest(repo, tag, att.body, MEDIA_TYPES.ociManifest);
  }
  return { digest: referrer.digest, recordedBy, cosignTag: `${formatReference(repo)}:${tag}` };
}

/**
 * Attaches a keyless proof's Sigstore bundle (its JSON, as signed) to `ref@digest` as a referrer
 * whose artifact type and one layer are the bundle's media type, where `gh attestation verify
 * --bundle-from-oci` and `cosign verify-attestation --new-bundle-format` look for it.
 */
export async function attachBundle(
  client: RegistryClient,
  ref: ImageRef,
  digest: string,
  bundle: object,
  created: string
): Promise<{ digest: string; recordedBy: 'api' | 'tag' }> {
  const repo = { ...ref, tag: undefined, digest: undefined };
  const body = Buffer.from(JSON.stringify(bundle));
  await client.pushBlob(repo, body);
  const layer = { mediaType: BUNDLE_MEDIA_TYPE, digest: sha256Digest(body), size: body.length };
  const annotations = {
    [CREATED]: created,
    'dev.sigstore.bundle.content': 'dsse-envelope',
    [BUNDLE_PREDICATE_ANNOTATION]: PREDICATE_TYPE
  };
  const pushed = await pushReferrerOf(
    client,
    repo,
    digest,
    layer,
    { artifactType: BUNDLE_MEDIA_TYPE, annotations },
    EMPTY_CONFIG
  );
  return { digest: pushed.referrer.digest, recordedBy: pushed.recordedBy };
}
