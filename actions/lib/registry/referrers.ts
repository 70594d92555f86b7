// OCI 1.1 referrers: the artifacts whose `subject` is a manifest. The referrers API where the
// registry has it, else the tag fallback of the distribution spec (`sha256-<hex>`, an index).
import { CheckError } from '../core/errors';
import { ImageRef } from '../oci/reference';
import { Descriptor, ImageIndex, MEDIA_TYPES } from '../oci/types';
import { getManifest, putManifest } from './manifests';
import { RegistryTransport } from './transport';
import { readAll } from './http';

/** A referrer as listed: a descriptor with the artifact type. */
export type Referrer = Descriptor & { artifactType?: string };

// An index of referrers is small; a registry that answers with more is refused.
const REFERRERS_LIMIT = 4 * 1024 * 1024;

/** The tag the fallback keeps the referrers of `digest` under. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-');
}

function manifestsOf(body: Buffer, what: string): Referrer[] {
  try {
    const index = JSON.parse(body.toString('utf8')) as ImageIndex;
    return Array.isArray(index.manifests) ? (index.manifests as Referrer[]) : [];
  } catch {
    throw new CheckError(`${what} is not an image index`);
  }
}

async function fromTag(
  t: RegistryTransport,
  ref: ImageRef,
  digest: string,
  signal?: AbortSignal
): Promise<Referrer[] | undefined> {
  try {
    const m = await getManifest(
      t,
      { ...ref, tag: referrersTag(digest), digest: undefined },
      undefined,
      signal
    );
    return manifestsOf(m.body, `the referrers tag of ${digest}`);
  } catch (err) {
    if (err instanceof CheckError && /was not found/.test(err.message)) return undefined;
    throw err;
  }
}

/**
 * The referrers of `digest` in `ref`'s repository: from the referrers API, or (404) from the
 * fallback tag; both are read, since a registry may have gained the API after a fallback was written.
 */
export async function listReferrers(
  t: RegistryTransport,
  ref: ImageRef,
  digest: string,
  signal?: AbortSignal
): Promise<Referrer[]> {
  // The API and the fallback tag at once: one round trip for a digest with no referrers.
  const [apiRead, tagRead] = await Promise.allSettled([
    t.pull(ref, {
      method: 'GET',
      path: `/v2/${ref.repository}/referrers/${digest}`,
      headers: { accept: MEDIA_TYPES.ociIndex },
      stream: true,
      signal
    }),
    fromTag(t, ref, digest, signal)
  ]);
  if (apiRead.status === 'rejected') throw apiRead.reason;
  const res = apiRead.value;
  if (tagRead.status === 'rejected') {
    res.stream?.destroy();
    throw tagRead.reason;
  }
  const tagged = tagRead.value ?? [];
  let api: Referrer[] = [];
  if (res.stream) {
    const body = await readAll(res.stream, REFERRERS_LIMIT, undefined, signal);
    if (res.status === 200) api = manifestsOf(body, `the referrers of ${digest}`);
  } else if (res.status !== 404 && res.status !== 400) {
    throw t.fail(ref, `cannot list the referrers of ${digest} in`, res);
  }
  const seen = new Set(api.map(d => d.digest));
  return [...api, ...tagged.filter(d => !seen.has(d.digest))];
}

/**
 * Pushes a manifest that has a `subject`. A registry with the referrers API says so with the
 * OCI-Subject header; for any other, the fallback tag's index gains the manifest's descriptor.
 * Returns how the referrer was recorded.
 */
export async function pushReferrer(
  t: RegistryTransport,
  ref: ImageRef,
  body: Buffer,
  descriptor: Referrer,
  subject: string
): Promise<'api' | 'tag'> {
  const res = await t.push(ref, {
    method: 'PUT',
    path: `/v2/${ref.repository}/manifests/${descriptor.digest}`,
    headers: { 'content-type': descriptor.mediaType },
    body
  });
  if (res.status !== 201 && res.status !== 200)
    throw t.fail(ref, `cannot push manifest ${descriptor.digest} to`, res);
  if (res.headers['oci-subject'] === subject) return 'api';
  const listed = (await fromTag(t, ref, subject)) ?? [];
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [...listed.filter(d => d.digest !== descriptor.digest), descriptor]
  };
  const indexBody = Buffer.from(JSON.stringify(index));
  await putManifest(t, ref, referrersTag(subject), indexBody, MEDIA_TYPES.ociIndex);
  return 'tag';
}
