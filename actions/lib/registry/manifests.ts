// Manifests and indexes: read (digest-checked), probe and push.
import { CheckError } from '../core/errors';
import { pullScope, pushScope } from './auth';
import { formatReference, ImageRef, manifestTarget } from '../oci/reference';
import {
  ALL_MANIFEST_TYPES,
  ImageIndex,
  ImageManifest,
  isIndexMediaType,
  isManifestMediaType,
  sha256Digest
} from '../oci/types';
import { RegistryTransport } from './transport';

export interface FetchedManifest {
  digest: string;
  mediaType: string;
  size: number;
  body: Buffer;
  json: ImageManifest | ImageIndex;
}

const manifestPath = (ref: ImageRef, target: string) => `/v2/${ref.repository}/manifests/${target}`;

export async function getManifest(
  t: RegistryTransport,
  ref: ImageRef,
  accept: readonly string[] = ALL_MANIFEST_TYPES
): Promise<FetchedManifest> {
  const res = await t.call(ref, {
    method: 'GET',
    path: manifestPath(ref, manifestTarget(ref)),
    scopes: [pullScope(ref.repository)],
    headers: { accept: accept.join(', ') }
  });
  if (res.status === 404) throw new CheckError(`image ${formatReference(ref)} was not found`);
  if (res.status !== 200) throw t.fail(ref, 'cannot read manifest of', res);
  const digest = sha256Digest(res.body);
  if (ref.digest?.startsWith('sha256:') && digest !== ref.digest) {
    throw new CheckError(`manifest of ${formatReference(ref)} does not match its digest (got ${digest})`);
  }
  let json: ImageManifest | ImageIndex;
  try {
    json = JSON.parse(res.body.toString('utf8'));
  } catch (err) {
    throw new CheckError(`manifest of ${formatReference(ref)} is not valid JSON: ${(err as Error).message}`);
  }
  const contentType = String(res.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
  const mediaType = json.mediaType ?? contentType;
  if (!isIndexMediaType(mediaType) && !isManifestMediaType(mediaType)) {
    throw new CheckError(`manifest of ${formatReference(ref)} has unsupported media type "${mediaType}"`);
  }
  return { digest, mediaType, size: res.body.length, body: res.body, json };
}

/** The digest a tag points to, or undefined when it does not exist. */
export async function headManifest(t: RegistryTransport, ref: ImageRef): Promise<string | undefined> {
  const res = await t.call(ref, {
    method: 'HEAD',
    path: manifestPath(ref, manifestTarget(ref)),
    scopes: [pullScope(ref.repository)],
    headers: { accept: ALL_MANIFEST_TYPES.join(', ') }
  });
  if (res.status === 404) return undefined;
  if (res.status !== 200) throw t.fail(ref, 'cannot check manifest of', res);
  const digest = res.headers['docker-content-digest'];
  if (typeof digest === 'string' && digest) return digest;
  // Some registries omit the header on HEAD; the body is the only proof then.
  return (await getManifest(t, ref)).digest;
}

export async function putManifest(
  t: RegistryTransport,
  repoRef: ImageRef,
  tagOrDigest: string,
  body: Buffer,
  mediaType: string
): Promise<string> {
  const res = await t.call(repoRef, {
    method: 'PUT',
    path: manifestPath(repoRef, tagOrDigest),
    scopes: [pushScope(repoRef.repository)],
    headers: { 'content-type': mediaType },
    body
  });
  if (res.status !== 201 && res.status !== 200)
    throw t.fail(repoRef, `cannot push manifest ${tagOrDigest} to`, res);
  return sha256Digest(body);
}

/** The manifest of one platform (not an index), by digest. */
export async function getImageManifest(
  t: RegistryTransport,
  ref: ImageRef,
  manifestDigest: string
): Promise<ImageManifest & { mediaType: string }> {
  const m = await getManifest(t, { ...ref, digest: manifestDigest });
  if (isIndexMediaType(m.mediaType)) {
    throw new CheckError(`${formatReference(ref)}@${manifestDigest} is an index, not a platform's manifest`);
  }
  const json = m.json as ImageManifest;
  if (!json.config?.digest || !Array.isArray(json.layers)) {
    throw new CheckError(`manifest ${manifestDigest} of ${formatReference(ref)} has no config or layers`);
  }
  return { ...json, mediaType: m.mediaType };
}
