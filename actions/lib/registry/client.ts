import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as core from '@actions/core';
import { parseChallenge, pullScope, pushScope, TokenCache } from './auth';
import { CheckError } from '../core/errors';
import { HttpResponse, Method, readAll, request, RequestOptions } from './http';
import { formatReference, ImageRef, isInsecureRegistry, manifestTarget, registryApiHost } from '../oci/reference';

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json'
} as const;

const INDEX_TYPES = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);
const MANIFEST_TYPES = new Set<string>([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
const ALL_MANIFEST_TYPES = [...INDEX_TYPES, ...MANIFEST_TYPES];

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string; variant?: string; 'os.version'?: string };
  annotations?: Record<string, string>;
}

export interface ImageManifest {
  schemaVersion: number;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: number;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

export interface ImageConfig {
  architecture: string;
  os: string;
  variant?: string;
  config?: Record<string, unknown>;
  rootfs?: { type: string; diff_ids: string[] };
  [key: string]: unknown;
}

export interface FetchedManifest {
  digest: string;
  mediaType: string;
  size: number;
  body: Buffer;
  json: ImageManifest | ImageIndex;
}

export interface PlatformEntry {
  platform: { os: string; architecture: string; variant?: string };
  digest: string;
  mediaType: string;
  size: number;
  annotations?: Record<string, string>;
  /** Build attestations (`unknown/unknown`): listed in an index but not a runnable platform. */
  attestation: boolean;
}

export interface InspectedImage {
  digest: string;
  mediaType: string;
  isIndex: boolean;
  platforms: PlatformEntry[];
}

export interface RegistryClientOptions {
  /** Extra hosts reached over plain HTTP; loopback is always plain HTTP. */
  insecureRegistries?: string[];
  timeoutMs?: number;
  retries?: number;
  deadlineMs?: number;
  userAgent?: string;
  env?: NodeJS.ProcessEnv;
  sleep?: (ms: number) => Promise<void>;
}

interface Call {
  method: Method;
  path: string;
  scopes: string[];
  headers?: Record<string, string>;
  body?: Buffer;
  /** Streamed body, re-opened for each attempt (and after an auth challenge). */
  bodyFactory?: () => Readable;
  contentLength?: number;
  stream?: boolean;
  /** Absolute URL (upload locations) instead of `path`. */
  url?: URL;
}

export function sha256Digest(data: Buffer): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex');
}

export function isIndexMediaType(mediaType: string): boolean {
  return INDEX_TYPES.has(mediaType);
}

/** Attestation manifests (buildx provenance/SBOM) sit in an index as unknown/unknown. */
export function isAttestation(d: Descriptor): boolean {
  return (
    d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (d.platform?.os === 'unknown' && d.platform?.architecture === 'unknown')
  );
}

/** A small client for the OCI distribution API with retries, auth challenges and keep-alive. */
export class RegistryClient {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });
  private readonly auth: TokenCache;

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.auth = new TokenCache(async (url, init) => {
      const res = await request({
        ...this.baseOptions(url.host),
        url,
        method: init.method,
        headers: init.headers,
        body: init.body,
        idempotent: true
      });
      return { status: res.status, body: res.body };
    }, options.env ?? process.env);
  }

  /** Frees keep-alive sockets; call when done so the process can exit promptly. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private baseUrl(registry: string): string {
    const scheme = isInsecureRegistry(registry, this.options.insecureRegistries) ? 'http' : 'https';
    return `${scheme}://${registryApiHost(registry)}`;
  }

  private baseOptions(host: string): Partial<RequestOptions> {
    return {
      timeoutMs: this.options.timeoutMs,
      retries: this.options.retries,
      deadlineMs: this.options.deadlineMs,
      sleep: this.options.sleep,
      target: `registry ${host}`
    };
  }

  /** One API call, answering at most one auth challenge. */
  private async call(ref: ImageRef, c: Call): Promise<HttpResponse> {
    const url = c.url ?? new URL(this.baseUrl(ref.registry) + c.path);
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent ?? 'arch-actions',
      ...c.headers
    };
    const send = () =>
      request({
        ...this.baseOptions(ref.registry),
        url,
        method: c.method,
        headers,
        body: c.body,
        bodyFactory: c.bodyFactory,
        contentLength: c.contentLength,
        stream: c.stream,
        agent: url.protocol === 'https:' ? this.httpsAgent : this.httpAgent
      });
    const known = this.auth.cached(ref.registry, c.scopes);
    if (known) headers.authorization = known;
    let res = await send();
    if (res.status === 401) {
      const challenge = parseChallenge(String(res.headers['www-authenticate'] ?? ''));
      if (!challenge) return res;
      headers.authorization = await this.auth.authorize(ref.registry, challenge, c.scopes);
      res = await send();
    }
    return res;
  }

  private fail(ref: ImageRef, what: string, res: HttpResponse): CheckError {
    const detail = registryErrorDetail(res.body);
    const hint = res.status === 401 || res.status === 403 ? ' (check the registry login)' : '';
    return new CheckError(
      `${what} ${formatReference(ref)}: HTTP ${res.status}${detail ? ` ${detail}` : ''}${hint}`
    );
  }

  async getManifest(ref: ImageRef, accept: string[] = ALL_MANIFEST_TYPES): Promise<FetchedManifest> {
    const target = manifestTarget(ref);
    const res = await this.call(ref, {
      method: 'GET',
      path: `/v2/${ref.repository}/manifests/${target}`,
      scopes: [pullScope(ref.repository)],
      headers: { accept: accept.join(', ') }
    });
    if (res.status === 404) throw new CheckError(`image ${formatReference(ref)} was not found`);
    if (res.status !== 200) throw this.fail(ref, 'cannot read manifest of', res);
    const digest = sha256Digest(res.body);
    if (ref.digest?.startsWith('sha256:') && digest !== ref.digest) {
      throw new CheckError(`manifest of ${formatReference(ref)} does not match its digest (got ${digest})`);
    }
    let json: ImageManifest | ImageIndex;
    try {
      json = JSON.parse(res.body.toString('utf8'));
    } catch (err) {
      throw new CheckError(
        `manifest of ${formatReference(ref)} is not valid JSON: ${(err as Error).message}`
      );
    }
    const contentType = String(res.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    const mediaType = json.mediaType ?? contentType;
    if (!INDEX_TYPES.has(mediaType) && !MANIFEST_TYPES.has(mediaType)) {
      throw new CheckError(`manifest of ${formatReference(ref)} has unsupported media type "${mediaType}"`);
    }
    return { digest, mediaType, size: res.body.length, body: res.body, json };
  }

  /** The digest a tag points to, or undefined when it does not exist. */
  async headManifest(ref: ImageRef): Promise<string | undefined> {
    const res = await this.call(ref, {
      method: 'HEAD',
      path: `/v2/${ref.repository}/manifests/${manifestTarget(ref)}`,
      scopes: [pullScope(ref.repository)],
      headers: { accept: ALL_MANIFEST_TYPES.join(', ') }
    });
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw this.fail(ref, 'cannot check manifest of', res);
    const digest = res.headers['docker-content-digest'];
    if (typeof digest === 'string' && digest) return digest;
    // Some registries omit the header on HEAD; the body is the only proof then.
    return (await this.getManifest(ref)).digest;
  }

  async putManifest(
    repoRef: ImageRef,
    tagOrDigest: string,
    body: Buffer,
    mediaType: string
  ): Promise<string> {
    const digest = sha256Digest(body);
    const res = await this.call(repoRef, {
      method: 'PUT',
      path: `/v2/${repoRef.repository}/manifests/${tagOrDigest}`,
      scopes: [pushScope(repoRef.repository)],
      headers: { 'content-type': mediaType },
      body
    });
    if (res.status !== 201 && res.status !== 200)
      throw this.fail(repoRef, `cannot push manifest ${tagOrDigest} to`, res);
    return digest;
  }

  /** A blob as a stream, checked against its digest as it flows (an error at the end on mismatch). */
  async getBlob(ref: ImageRef, digest: string): Promise<Readable> {
    const res = await this.call(ref, {
      method: 'GET',
      path: `/v2/${ref.repository}/blobs/${digest}`,
      scopes: [pullScope(ref.repository)],
      stream: true
    });
    if (!res.stream) {
      if (res.status === 404) throw new CheckError(`blob ${digest} of ${formatReference(ref)} was not found`);
      throw this.fail(ref, `cannot read blob ${digest} of`, res);
    }
    if (!digest.startsWith('sha256:')) return res.stream;
    const hash = createHash('sha256');
    const verify = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        hash.update(chunk);
        cb(null, chunk);
      },
      flush(cb) {
        const got = 'sha256:' + hash.digest('hex');
        cb(
          got === digest
            ? null
            : new CheckError(`blob ${digest} of ${formatReference(ref)} arrived corrupted (got ${got})`)
        );
      }
    });
    const source = res.stream;
    source.on('error', err => verify.destroy(err));
    // Stopping early (destroying the result) must also release the socket.
    verify.on('close', () => source.destroy());
    return source.pipe(verify);
  }

  async getBlobJson<T = unknown>(ref: ImageRef, digest: string): Promise<T> {
    const data = await readAll(await this.getBlob(ref, digest), 16 * 1024 * 1024);
    try {
      return JSON.parse(data.toString('utf8')) as T;
    } catch (err) {
      throw new CheckError(
        `blob ${digest} of ${formatReference(ref)} is not valid JSON: ${(err as Error).message}`
      );
    }
  }

  async blobExists(ref: ImageRef, digest: string, scopes = [pullScope(ref.repository)]): Promise<boolean> {
    const res = await this.call(ref, {
      method: 'HEAD',
      path: `/v2/${ref.repository}/blobs/${digest}`,
      scopes
    });
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw this.fail(ref, `cannot check blob ${digest} of`, res);
  }

  /** Monolithic upload (POST then PUT); skipped when the registry already has the blob. */
  async pushBlob(ref: ImageRef, data: Buffer): Promise<string> {
    const digest = sha256Digest(data);
    await this.pushBlobFrom(ref, () => Readable.from([data]), digest, data.length);
    return digest;
  }

  /**
   * Monolithic upload of a blob of known digest and size, streamed from `open()` (typically a
   * file) so memory stays flat whatever the size. `open` is called again for every retry of the
   * PUT, which is safe because a PUT by digest is idempotent. Skipped when the blob exists.
   */
  async pushBlobFrom(ref: ImageRef, open: () => Readable, digest: string, size: number): Promise<string> {
    const scopes = [pushScope(ref.repository)];
    if (await this.blobExists(ref, digest, scopes)) return digest;
    const start = await this.call(ref, {
      method: 'POST',
      path: `/v2/${ref.repository}/blobs/uploads/`,
      scopes
    });
    if (start.status !== 202) throw this.fail(ref, 'cannot start a blob upload to', start);
    await this.finishUpload(ref, start, digest, open, size);
    return digest;
  }

  private async finishUpload(
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
    const res = await this.call(ref, {
      method: 'PUT',
      path: '',
      url,
      scopes: [pushScope(ref.repository)],
      headers: { 'content-type': 'application/octet-stream' },
      bodyFactory: open,
      contentLength: size
    });
    if (res.status !== 201) throw this.fail(ref, `cannot upload blob ${digest} to`, res);
  }

  /** Downloads a blob (digest-checked) to a temporary file, so a copy never sits in memory. */
  private async spoolBlob<T>(
    from: ImageRef,
    digest: string,
    use: (open: () => Readable, size: number) => Promise<T>
  ): Promise<T> {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'arch-blob-'));
    try {
      const file = path.join(dir, 'blob');
      await pipeline(await this.getBlob(from, digest), fs.createWriteStream(file));
      const { size } = await fs.promises.stat(file);
      return await use(() => fs.createReadStream(file), size);
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  }

  /** Cross-repository mount; copies the blob when the registry declines (other host, no access). */
  async mountBlob(from: ImageRef, to: ImageRef, digest: string): Promise<void> {
    const scopes = [pushScope(to.repository), pullScope(from.repository)];
    if (await this.blobExists(to, digest, scopes)) return;
    if (from.registry === to.registry) {
      const query = new URLSearchParams({ mount: digest, from: from.repository });
      const res = await this.call(to, {
        method: 'POST',
        path: `/v2/${to.repository}/blobs/uploads/?${query}`,
        scopes
      });
      if (res.status === 201) return;
      // 202 means the registry opened a normal upload instead; use it for the copy.
      if (res.status === 202) {
        core.debug(`mount of ${digest} into ${to.repository} declined; copying`);
        return this.spoolBlob(from, digest, (open, size) => this.finishUpload(to, res, digest, open, size));
      }
      throw this.fail(to, `cannot mount blob ${digest} into`, res);
    }
    await this.spoolBlob(from, digest, (open, size) => this.pushBlobFrom(to, open, digest, size));
  }

  /** The manifest of one platform (not an index), by digest. */
  async getImageManifest(
    ref: ImageRef,
    manifestDigest: string
  ): Promise<ImageManifest & { mediaType: string }> {
    const m = await this.getManifest({ ...ref, digest: manifestDigest });
    if (isIndexMediaType(m.mediaType)) {
      throw new CheckError(
        `${formatReference(ref)}@${manifestDigest} is an index, not a platform's manifest`
      );
    }
    const json = m.json as ImageManifest;
    if (!json.config?.digest || !Array.isArray(json.layers)) {
      throw new CheckError(`manifest ${manifestDigest} of ${formatReference(ref)} has no config or layers`);
    }
    return { ...json, mediaType: m.mediaType };
  }

  async getConfig(ref: ImageRef, manifestDigest: string): Promise<ImageConfig> {
    const manifest = await this.getImageManifest(ref, manifestDigest);
    return this.getBlobJson<ImageConfig>(ref, manifest.config.digest);
  }

  /** Top-level digest and the platforms it offers (a single manifest reports its config's platform). */
  async inspect(ref: ImageRef): Promise<InspectedImage> {
    const m = await this.getManifest(ref);
    if (isIndexMediaType(m.mediaType)) {
      const manifests = (m.json as ImageIndex).manifests ?? [];
      const platforms = manifests.map(d => ({
        platform: {
          os: d.platform?.os ?? 'unknown',
          architecture: d.platform?.architecture ?? 'unknown',
          ...(d.platform?.variant ? { variant: d.platform.variant } : {})
        },
        digest: d.digest,
        mediaType: d.mediaType,
        size: d.size,
        annotations: d.annotations,
        attestation: isAttestation(d)
      }));
      return { digest: m.digest, mediaType: m.mediaType, isIndex: true, platforms };
    }
    const manifest = m.json as ImageManifest;
    const config = await this.getBlobJson<ImageConfig>(ref, manifest.config.digest);
    const platform = {
      os: config.os,
      architecture: config.architecture,
      ...(config.variant ? { variant: config.variant } : {})
    };
    return {
      digest: m.digest,
      mediaType: m.mediaType,
      isIndex: false,
      platforms: [
        {
          platform,
          digest: m.digest,
          mediaType: m.mediaType,
          size: m.size,
          annotations: manifest.annotations,
          attestation: false
        }
      ]
    };
  }

  async resolvePlatforms(ref: ImageRef): Promise<PlatformEntry[]> {
    return (await this.inspect(ref)).platforms;
  }
}

/** The first error message from a registry's JSON error body, if it has one. */
function registryErrorDetail(body: Buffer): string {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as {
      errors?: Array<{ code?: string; message?: string }>;
    };
    const e = parsed.errors?.[0];
    return e ? `${e.code ?? ''} ${e.message ?? ''}`.trim() : '';
  } catch {
    return '';
  }
}
