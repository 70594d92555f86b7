// Manifests and indexes: read (digest-checked), probe and push.
import { CheckError, NotFoundError } from '../core/errors';
import { formatReference, ImageRef, manifestTarget } from '../oci/reference';
import { checkDigest, digestLike, IntegrityError, isDigest, sha256Digest } from '../oci/digest';
import { parseManifest } from '../oci/schema';
import { ALL_MANIFEST_TYPES, ImageIndex, ImageManifest, isIndexMediaType } from '../oci/types';
import { HttpResponse } from './http';
import { readVerified, RegistryTransport } from './transport';

export interface FetchedManifest {
  digest: string;
  mediaType: string;
  size: number;
  body: Buffer;
  json: ImageManifest | ImageIndex;
}

const manifestPath = (ref: ImageRef, target: string) => `/v2/${ref.repository}/manifests/${target}`;

async function fetchBody(
  t: RegistryTransport,
  ref: ImageRef,
  target: string,
  accept: readonly string[],
  signal?: AbortSignal
): Promise<HttpResponse> {
  const res = await t.pull(ref, {
    signal,
    method: 'GET',
    path: manifestPath(ref, target),
    headers: { accept: accept.join(', ') },
    what: `manifest of ${formatReference({ ...ref, ...(isDigest(target) ? { digest: target } : {}) })}`,
    maxBytes: t.limits.manifestBytes
  });
  if (res.status === 404) throw new NotFoundError(`image ${formatReference(ref)} was not found`);
  if (res.status !== 200) throw t.fail(ref, 'cannot read manifest of', res);
  return res;
}

function headerDigest(res: HttpResponse): string | undefined {
  const value = res.headers['docker-content-digest'];
  return isDigest(value) ? value : undefined;
}

/**
 * A manifest and the digest it is known by. By digest, the body must hash to it. By tag, the
 * body must hash to the digest the registry gives for the tag (Docker-Content-Digest); a registry
 * that gives none is asked for the manifest by the body's own digest, which it must hold.
 */
async function fetchManifest(
  t: RegistryTransport,
  ref: ImageRef,
  accept: readonly string[],
  signal?: AbortSignal
): Promise<FetchedManifest> {
  const name = formatReference(ref);
  const res = await fetchBody(t, ref, manifestTarget(ref), accept, signal);
  let body = res.body;
  let digest = ref.digest ?? headerDigest(res);
  if (digest) {
    checkDigest(`manifest of ${name}`, digest, digestLike(digest, body));
  } else {
    digest = sha256Digest(body);
    try {
      body = (await fetchBody(t, ref, digest, accept, signal)).body;
    } catch (err) {
      if (!(err instanceof CheckError) || !/was not found/.test(err.message)) throw err;
      throw new IntegrityError(`manifest of ${name} hashes to ${digest}, which the registry does not hold`);
    }
    checkDigest(`manifest of ${name}`, digest, sha256Digest(body));
  }
  const contentType = String(res.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
  const { mediaType, json } = parseManifest(body, contentType, name);
  return { digest, mediaType, size: body.length, body, json };
}

/** A manifest (by digest, read once per client: its content cannot change); `signal` gives it up. */
export function getManifest(
  t: RegistryTransport,
  ref: ImageRef,
  accept: readonly string[] = ALL_MANIFEST_TYPES,
  signal?: AbortSignal
): Promise<FetchedManifest> {
  const read = (stop?: AbortSignal) => readVerified(() => fetchManifest(t, ref, accept, stop));
  if (!ref.digest) return read(signal);
  return t.memo(`manifest ${ref.registry}/${ref.repository}@${ref.digest} ${accept.join(',')}`, read, signal);
}

/** The digest a tag points to, or undefined when it does not exist. */
export async function headManifest(
  t: RegistryTransport,
  ref: ImageRef,
  signal?: AbortSignal
): Promise<string | undefined> {
  const res = await t.pull(ref, {
    signal,
    method: 'HEAD',
    path: manifestPath(ref, manifestTarget(ref)),
    headers: { accept: ALL_MANIFEST_TYPES.join(', ') }
  });
  if (res.status === 404) return undefined;
  if (res.status !== 200) throw t.fail(ref, 'cannot check manifest of', res);
  const digest = res.headers['docker-content-digest'];
  if (typeof digest === 'string' && digest) return digest;
  // Some registries omit the header on HEAD; the body is the only proof then.
  return (await getManifest(t, ref, ALL_MANIFEST_TYPES, signal)).digest;
}

export async function putManifest(
  t: RegistryTransport,
  repoRef: ImageRef,
  tagOrDigest: string,
  body: Buffer,
  mediaType: string
): Promise<string> {
  const res = await t.push(repoRef, {
    method: 'PUT',
    path: manifestPath(repoRef, tagOrDigest),
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
  manifestDigest: string,
  signal?: AbortSignal
): Promise<ImageManifest & { mediaType: string }> {
  const m = await getManifest(t, { ...ref, digest: manifestDigest }, ALL_MANIFEST_TYPES, signal);
  if (isIndexMediaType(m.mediaType)) {
    throw new CheckError(`${formatReference(ref)}@${manifestDigest} is an index, not a platform's manifest`);
  }
  return { ...(m.json as ImageManifest), mediaType: m.mediaType };
}
