// Blobs: streamed reads checked against their digest, uploads, cross-repository mounts.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as core from '../core/toolkit';
import { CheckError } from '../core/errors';
import { pullScope, pushScope } from './auth';
import { HttpResponse, readAll } from './http';
import { formatReference, ImageRef } from '../oci/reference';
import { ImageConfig } from '../oci/types';
import { parseConfig } from '../oci/schema';
import { BlobPart, BlobStream, partStart } from './blob-stream';
import { readVerified, RegistryTransport } from './transport';

const blobPath = (ref: ImageRef, digest: string) => `/v2/${ref.repository}/blobs/${digest}`;

/** Opens a blob's body from `offset` (a Range request past 0); registry errors are thrown here. */
async function openBlob(
  t: RegistryTransport,
  ref: ImageRef,
  digest: string,
  offset: number,
  signal?: AbortSignal
): Promise<BlobPart> {
  const res = await t.pull(ref, {
    signal,
    method: 'GET',
    path: blobPath(ref, digest),
    stream: true,
    ...(offset > 0 ? { headers: { range: `bytes=${offset}-` } } : {})
  });
  if (!res.stream) {
    if (res.status === 404) throw new CheckError(`blob ${digest} of ${formatReference(ref)} was not found`);
    throw t.fail(ref, `cannot read blob ${digest} of`, res);
  }
  const contentRange = res.headers['content-range'];
  return { stream: res.stream, start: partStart(res.status, contentRange) };
}

/**
 * A blob as a stream, checked against its digest as it flows (an IntegrityError at the end on
 * a mismatch). A body that breaks off is resumed where it stopped.
 */
export async function getBlob(
  t: RegistryTransport,
  ref: ImageRef,
  digest: string,
  signal?: AbortSignal
): Promise<Readable> {
  const first = await openBlob(t, ref, digest, 0, signal);
  const { blobBytesPerSecond, blobWindowMs } = t.limits;
  return new BlobStream(first, {
    digest,
    what: `blob ${digest} of ${formatReference(ref)}`,
    minRate: { bytesPerSecond: blobBytesPerSecond, windowMs: blobWindowMs },
    reopen: offset => openBlob(t, ref, digest, offset, signal),
    retries: t.retries,
    pause: attempt => t.pause(attempt, signal),
    signal
  });
}

/** A small blob (a config, an attestation) in memory, up to `limit` bytes, read again once if it fails its digest. */
export function getBlobBytes(
  t: RegistryTransport,
  ref: ImageRef,
  digest: string,
  limit = t.limits.configBytes,
  signal?: AbortSignal
): Promise<Buffer> {
  const what = `blob ${digest} of ${formatReference(ref)}`;
  return readVerified(async () => readAll(await getBlob(t, ref, digest, signal), limit, what));
}

/** An image config, checked for the fields that are used, read once per client; `signal` gives it up. */
export function getConfigBlob(
  t: RegistryTransport,
  ref: ImageRef,
  digest: string,
  signal?: AbortSignal
): Promise<ImageConfig> {
  return t.memo(
    `config ${ref.registry}/${ref.repository}@${digest}`,
    async stop => {
      const body = await getBlobBytes(t, ref, digest, t.limits.configBytes, stop);
      return parseConfig(body, `config ${digest} of ${formatReference(ref)}`);
    },
    signal
  );
}

export async function blobExists(
  t: RegistryTransport,
  ref: ImageRef,
  digest: string,
  scopes = [pullScope(ref.repository)],
  signal?: AbortSignal
): Promise<boolean> {
  const res = await t.call(ref, { method: 'HEAD', path: blobPath(ref, digest), scopes, signal });
  if (res.status === 200) return true;
  if (res.status === 404) return false;
  throw t.fail(ref, `cannot check blob ${digest} of`, res);
}

/**
 * Monolithic upload of a blob of known digest and size, streamed from `open()` (typically a
 * file) so memory stays flat whatever the size. `open` is called again for every retry of the
 * PUT, which is safe because a PUT by digest is idempotent. Skipped when the blob exists.
 */
export async function pushBlobFrom(
  t: RegistryTransport,
  ref: ImageRef,
  open: () => Readable,
  digest: string,
  size: number
): Promise<string> {
  const scopes = [pushScope(ref.repository)];
  if (await blobExists(t, ref, digest, scopes)) return digest;
  // Starting an upload twice only leaves an unused session, which the registry expires.
  const start = await t.push(ref, {
    method: 'POST',
    path: `/v2/${ref.repository}/blobs/uploads/`,
    idempotent: true
  });
  if (start.status !== 202) throw t.fail(ref, 'cannot start a blob upload to', start);
  await finishUpload(t, ref, start, digest, open, size);
  return digest;
}

async function finishUpload(
  t: RegistryTransport,
  ref: ImageRef,
  started: HttpResponse,
  digest: string,
  open: () => Readable,
  size: number
): Promise<void> {
  const location = started.headers.location;
  if (!location) throw new CheckError(`registry ${ref.registry} started an upload without a Location`);
  const url = new URL(location, started.url);
  url.searchParams.set('digest', digest);
  const res = await t.push(ref, {
    method: 'PUT',
    path: '',
    url,
    headers: { 'content-type': 'application/octet-stream' },
    bodyFactory: open,
    contentLength: size
  });
  if (res.status !== 201) throw t.fail(ref, `cannot upload blob ${digest} to`, res);
}

/** Downloads a blob (digest-checked) to a temporary file, so a copy never sits in memory. */
async function spoolBlob<T>(
  t: RegistryTransport,
  from: ImageRef,
  digest: string,
  use: (open: () => Readable, size: number) => Promise<T>
): Promise<T> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'arch-blob-'));
  try {
    const file = path.join(dir, 'blob');
    await readVerified(async () => pipeline(await getBlob(t, from, digest), fs.createWriteStream(file)));
    const { size } = await fs.promises.stat(file);
    return await use(() => fs.createReadStream(file), size);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** Cross-repository mount; copies the blob when the registry declines (other host, no access). */
export async function mountBlob(
  t: RegistryTransport,
  from: ImageRef,
  to: ImageRef,
  digest: string
): Promise<void> {
  const scopes = [pushScope(to.repository), pullScope(from.repository)];
  if (await blobExists(t, to, digest, scopes)) return;
  if (from.registry === to.registry) {
    const query = new URLSearchParams({ mount: digest, from: from.repository });
    // A mount sent twice mounts the same blob twice: no harm, so it is retried like a GET.
    const res = await t.call(to, {
      method: 'POST',
      path: `/v2/${to.repository}/blobs/uploads/?${query}`,
      scopes,
      idempotent: true
    });
    if (res.status === 201) return;
    // 202 means the registry opened a normal upload instead; use it for the copy.
    if (res.status === 202) {
      core.debug(`mount of ${digest} into ${to.repository} declined; copying`);
      return spoolBlob(t, from, digest, (open, size) => finishUpload(t, to, res, digest, open, size));
    }
    throw t.fail(to, `cannot mount blob ${digest} into`, res);
  }
  await spoolBlob(t, from, digest, (open, size) =>
    pushBlobFrom(t, to, open, digest, size).then(() => undefined)
  );
}
