// The registry client the actions use: one transport (auth, retries, keep-alive) and the
// operations on it, by concern in manifests.ts, blobs.ts and inspect.ts.
import { Readable } from 'node:stream';
import { ImageRef } from '../oci/reference';
import { ImageConfig, ImageManifest, ReadOptions } from '../oci/types';
import { sha256Digest } from '../oci/digest';
import * as blobs from './blobs';
import * as images from './inspect';
import * as manifests from './manifests';
import * as referrers from './referrers';
import { RegistryClientOptions, RegistryDeps, RegistryTransport } from './transport';

export type { FetchedManifest } from './manifests';
export type { Referrer } from './referrers';
export type { InspectedImage, PlatformEntry } from './inspect';
export type { RegistryClientOptions, RegistryDeps } from './transport';

/** A small client for the OCI distribution API with retries, auth challenges and keep-alive. */
export class RegistryClient {
  private readonly t: RegistryTransport;
  /** Set on a view made by `within`: every read ends when it fires. */
  private signal?: AbortSignal;

  constructor(options: RegistryClientOptions = {}, deps: RegistryDeps = {}) {
    this.t = new RegistryTransport(options, deps);
  }

  /**
   * The same client (connections, tokens, shared reads) whose reads all end when `signal` fires
   * (an image's deadline), for code that reads through several calls. Writes are not bound.
   */
  within(signal: AbortSignal | undefined): RegistryClient {
    if (!signal) return this;
    const view = Object.create(this) as RegistryClient;
    view.signal = signal;
    return view;
  }

  private stop(o?: ReadOptions): AbortSignal | undefined {
    return o?.signal ?? this.signal;
  }

  /** Frees keep-alive sockets; call when done so the process can exit promptly. */
  close(): void {
    this.t.close();
  }

  getManifest(
    ref: ImageRef,
    accept?: readonly string[],
    o?: ReadOptions
  ): Promise<manifests.FetchedManifest> {
    return manifests.getManifest(this.t, ref, accept, this.stop(o));
  }

  /** The digest a tag points to, or undefined when it does not exist. */
  headManifest(ref: ImageRef, o?: ReadOptions): Promise<string | undefined> {
    return manifests.headManifest(this.t, ref, this.stop(o));
  }

  putManifest(repoRef: ImageRef, tagOrDigest: string, body: Buffer, mediaType: string): Promise<string> {
    return manifests.putManifest(this.t, repoRef, tagOrDigest, body, mediaType);
  }

  /** The manifest of one platform (not an index), by digest. */
  getImageManifest(
    ref: ImageRef,
    manifestDigest: string,
    o?: ReadOptions
  ): Promise<ImageManifest & { mediaType: string }> {
    return manifests.getImageManifest(this.t, ref, manifestDigest, this.stop(o));
  }

  /** A blob as a stream, checked against its digest as it flows. */
  getBlob(ref: ImageRef, digest: string, o?: ReadOptions): Promise<Readable> {
    return blobs.getBlob(this.t, ref, digest, this.stop(o));
  }

  /** A small blob in memory (an attestation), at most `limit` bytes, checked against its digest. */
  getBlobBytes(ref: ImageRef, digest: string, limit: number, o?: ReadOptions): Promise<Buffer> {
    return blobs.getBlobBytes(this.t, ref, digest, limit, this.stop(o));
  }

  /** The artifacts whose subject is `digest` (referrers API, or the distribution spec's tag fallback). */
  listReferrers(ref: ImageRef, digest: string, o?: ReadOptions): Promise<referrers.Referrer[]> {
    return referrers.listReferrers(this.t, ref, digest, this.stop(o));
  }

  /** Pushes a manifest with a subject, and lists it in the fallback tag when the registry has no referrers API. */
  pushReferrer(
    ref: ImageRef,
    body: Buffer,
    descriptor: referrers.Referrer,
    subject: string
  ): Promise<'api' | 'tag'> {
    return referrers.pushReferrer(this.t, ref, body, descriptor, subject);
  }

  /** An image config by its own digest, checked for the fields that are used. */
  getConfigBlob(ref: ImageRef, digest: string, o?: ReadOptions): Promise<ImageConfig> {
    return blobs.getConfigBlob(this.t, ref, digest, this.stop(o));
  }

  blobExists(ref: ImageRef, digest: string, scopes?: string[]): Promise<boolean> {
    return blobs.blobExists(this.t, ref, digest, scopes, this.signal);
  }

  /** Monolithic upload (POST then PUT); skipped when the registry already has the blob. */
  async pushBlob(ref: ImageRef, data: Buffer): Promise<string> {
    const digest = sha256Digest(data);
    await blobs.pushBlobFrom(this.t, ref, () => Readable.from([data]), digest, data.length);
    return digest;
  }

  /** Upload streamed from `open()` (reopened per retry), so memory stays flat whatever the size. */
  pushBlobFrom(ref: ImageRef, open: () => Readable, digest: string, size: number): Promise<string> {
    return blobs.pushBlobFrom(this.t, ref, open, digest, size);
  }

  /** Cross-repository mount; copies the blob when the registry declines. */
  mountBlob(from: ImageRef, to: ImageRef, digest: string): Promise<void> {
    return blobs.mountBlob(this.t, from, to, digest);
  }

  /** A platform's config; `o.signal` (the image's deadline) gives the read up, socket and retries. */
  getConfig(ref: ImageRef, manifestDigest: string, o?: ReadOptions): Promise<ImageConfig> {
    return images.getConfig(this.t, ref, manifestDigest, this.stop(o));
  }

  /** Top-level digest and the platforms it offers (a single manifest reports its config's platform). */
  inspect(ref: ImageRef, o?: ReadOptions): Promise<images.InspectedImage> {
    return images.inspect(this.t, ref, this.stop(o));
  }

  async resolvePlatforms(ref: ImageRef): Promise<images.PlatformEntry[]> {
    return (await this.inspect(ref)).platforms;
  }
}
