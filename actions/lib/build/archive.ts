import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import * as tar from 'tar-stream';
import { CheckError } from '../core/errors';
import { formatPlatform, normalisePlatformString, Platform } from '../oci/platform';
import { ImageRef } from '../oci/reference';
import { RegistryClient } from '../registry/client';
import {
  Descriptor,
  ImageConfig,
  ImageIndex,
  ImageManifest,
  isIndexMediaType,
  MEDIA_TYPES
} from '../oci/types';
import { sha256Digest } from '../oci/digest';

export type ArchiveFormat = 'docker-archive' | 'oci-archive';

const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

/** An image read from an archive, ready to push: the manifest bytes and where each blob lies. */
export interface ArchiveImage {
  format: ArchiveFormat;
  manifest: Buffer;
  mediaType: string;
  digest: string;
  config: ImageConfig;
  /** digest → file holding the blob exactly as it will be pushed. */
  blobs: Map<string, string>;
  /** Temporary folder holding the extracted archive; removed by `dispose()`. */
  dir: string;
  dispose(): void;
}

async function isGzip(file: string): Promise<boolean> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(2);
    await fd.read(buf, 0, 2, 0);
    return buf[0] === 0x1f && buf[1] === 0x8b;
  } finally {
    await fd.close();
  }
}

/** Extracts regular files (a Nix `.tar.gz` too) into `dir`; returns archive path → extracted file. */
async function extractArchive(file: string, dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const extract = tar.extract();
  const source = fs.createReadStream(file);
  const fail = (err: Error) => extract.destroy(err);
  source.on('error', fail);
  if (await isGzip(file)) {
    const gunzip = zlib.createGunzip();
    gunzip.on('error', fail);
    source.pipe(gunzip).pipe(extract as unknown as NodeJS.WritableStream);
  } else {
    source.pipe(extract as unknown as NodeJS.WritableStream);
  }
  let n = 0;
  for await (const entry of extract) {
    const name = path.posix.normalize(entry.header.name.replace(/^\.?\/+/, ''));
    const type = entry.header.type;
    if (type !== 'file' && type !== 'contiguous-file' && type != null) {
      entry.resume();
      continue;
    }
    // Entry names never become paths, so a hostile archive cannot write outside `dir`.
    const out = path.join(dir, `f${n++}`);
    await pipeline(entry, fs.createWriteStream(out));
    files.set(name, out);
  }
  return files;
}

async function fileDigest(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return 'sha256:' + hash.digest('hex');
}

/** A pass-through that hashes and counts what flows by. */
function tap(): { stream: Transform; digest: () => string; size: () => number } {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    }
  });
  return { stream, digest: () => 'sha256:' + hash.digest('hex'), size: () => size };
}

/**
 * Gzips a raw layer tar into `out` in one streaming pass, hashing both sides: the diffID (the raw
 * tar) and the blob digest (the gzip). zlib writes no timestamp (mtime 0), so the same layer
 * always compresses to the same digest.
 */
async function gzipLayer(
  file: string,
  out: string
): Promise<{ diffId: string; digest: string; size: number }> {
  const raw = tap();
  const gz = tap();
  await pipeline(
    fs.createReadStream(file),
    raw.stream,
    zlib.createGzip(),
    gz.stream,
    fs.createWriteStream(out)
  );
  return { diffId: raw.digest(), digest: gz.digest(), size: gz.size() };
}

function readJson<T>(files: Map<string, string>, name: string, archive: string): T {
  const file = files.get(name);
  if (!file) throw new CheckError(`image archive ${archive} has no ${name}`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch (err) {
    throw new CheckError(`${name} in image archive ${archive} is not valid JSON: ${(err as Error).message}`);
  }
}

function blobName(digest: string): string {
  return `blobs/${digest.replace(':', '/')}`;
}

function configPlatform(config: ImageConfig): string {
  return normalisePlatformString([config.os, config.architecture, config.variant].filter(Boolean).join('/'));
}

/** The manifest of an OCI layout for `platform`, descending into a multi-platform index. */
function pickOciManifest(
  files: Map<string, string>,
  index: ImageIndex,
  platform: Platform | undefined,
  archive: string
): { descriptor: Descriptor; body: Buffer } {
  const want = platform ? formatPlatform(platform) : undefined;
  const images = (index.manifests ?? []).filter(
    d =>
      d.platform?.architecture !== 'unknown' &&
      d.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest'
  );
  if (images.length === 0) throw new CheckError(`image archive ${archive} lists no image in index.json`);
  let chosen = images[0];
  if (images.length > 1 && want) {
    const match = images.find(
      d =>
        d.platform &&
        normalisePlatformString(
          `${d.platform.os}/${d.platform.architecture}${d.platform.variant ? '/' + d.platform.variant : ''}`
        ) === want
    );
    if (match) chosen = match;
  }
  const file = files.get(blobName(chosen.digest));
  if (!file) throw new CheckError(`image archive ${archive} lacks blob ${chosen.digest}`);
  const body = fs.readFileSync(file);
  if (isIndexMediaType(chosen.mediaType)) {
    return pickOciManifest(files, JSON.parse(body.toString('utf8')) as ImageIndex, platform, archive);
  }
  return { descriptor: chosen, body };
}

async function readOciLayout(
  files: Map<string, string>,
  platform: Platform | undefined,
  archive: string
): Promise<Omit<ArchiveImage, 'dir' | 'dispose'>> {
  const index = readJson<ImageIndex>(files, 'index.json', archive);
  const { descriptor, body } = pickOciManifest(files, index, platform, archive);
  const manifest = JSON.parse(body.toString('utf8')) as ImageManifest;
  const blobs = new Map<string, string>();
  for (const d of [manifest.config, ...(manifest.layers ?? [])]) {
    const file = files.get(blobName(d.digest));
    if (!file) throw new CheckError(`image archive ${archive} lacks blob ${d.digest}`);
    // Blobs are pushed as streams under these names: check them now, one streaming pass each.
    const size = (await fs.promises.stat(file)).size;
    const got = d.digest.startsWith('sha256:') ? await fileDigest(file) : d.digest;
    if (got !== d.digest || (typeof d.size === 'number' && size !== d.size)) {
      throw new CheckError(
        `blob ${d.digest} in image archive ${archive} is corrupt (${size} bytes hashing to ${got}, expected ${d.size})`
      );
    }
    blobs.set(d.digest, file);
  }
  const config = JSON.parse(fs.readFileSync(blobs.get(manifest.config.digest)!, 'utf8')) as ImageConfig;
  return {
    format: 'oci-archive',
    manifest: body,
    mediaType: manifest.mediaType ?? descriptor.mediaType ?? MEDIA_TYPES.ociManifest,
    digest: sha256Digest(body),
    config,
    blobs
  };
}

/** `docker save` format: manifest.json names a config and uncompressed (or gzip) layer tars. */
async function readDockerArchive(
  files: Map<string, string>,
  dir: string,
  archive: string
): Promise<Omit<ArchiveImage, 'dir' | 'dispose'>> {
  const list = readJson<Array<{ Config: string; Layers: string[] }>>(files, 'manifest.json', archive);
  if (!Array.isArray(list) || list.length === 0) {
    throw new CheckError(`manifest.json in image archive ${archive} lists no image`);
  }
  if (list.length > 1)
    throw new CheckError(`image archive ${archive} holds ${list.length} images; write one per platform`);
  const entry = list[0];
  const configFile = files.get(path.posix.normalize(entry.Config));
  if (!configFile) throw new CheckError(`image archive ${archive} lacks its config ${entry.Config}`);
  const configBody = fs.readFileSync(configFile);
  const config = JSON.parse(configBody.toString('utf8')) as ImageConfig;
  const blobs = new Map<string, string>();
  const configDigest = sha256Digest(configBody);
  blobs.set(configDigest, configFile);
  const layers: Descriptor[] = [];
  const diffIds = config.rootfs?.diff_ids ?? [];
  const names = entry.Layers ?? [];
  // A layer listed twice (docker save shares identical layers) is packed once.
  const packed = new Map<string, { digest: string; size: number; file: string }>();
  for (const [i, name] of names.entries()) {
    const key = path.posix.normalize(name);
    let layer = packed.get(key);
    if (!layer) {
      const file = files.get(key);
      if (!file) throw new CheckError(`image archive ${archive} lacks layer ${name}`);
      if (await isGzip(file)) {
        layer = { digest: await fileDigest(file), size: (await fs.promises.stat(file)).size, file };
      } else {
        // Registries expect compressed layers; gzip without a timestamp keeps the digest reproducible.
        const gz = path.join(dir, `layer${packed.size}.tar.gz`);
        const { diffId, digest, size } = await gzipLayer(file, gz);
        // A layer that does not match its config's diffID would make an image nobody can pull.
        if (diffIds.length === names.length && diffIds[i] !== diffId) {
          throw new CheckError(
            `layer ${name} in image archive ${archive} hashes to ${diffId}, but its config lists ${diffIds[i]}`
          );
        }
        // The raw tar is no longer needed: free its disk space now (Nix layers are large).
        await fs.promises.rm(file, { force: true });
        layer = { digest, size, file: gz };
      }
      packed.set(key, layer);
    }
    blobs.set(layer.digest, layer.file);
    layers.push({ mediaType: DOCKER_LAYER_GZIP, digest: layer.digest, size: layer.size });
  }
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.dockerManifest,
    config: { mediaType: MEDIA_TYPES.dockerConfig, digest: configDigest, size: configBody.length },
    layers
  };
  const body = Buffer.from(JSON.stringify(manifest));
  return {
    format: 'docker-archive',
    manifest: body,
    mediaType: MEDIA_TYPES.dockerManifest,
    digest: sha256Digest(body),
    config,
    blobs
  };
}

/**
 * Reads a docker-archive or oci-archive tarball (gzip allowed, as Nix writes them). An OCI
 * layout wins when both `index.json` and `manifest.json` are present (Docker 25+ `save`).
 */
export async function readArchive(file: string, platform?: Platform): Promise<ArchiveImage> {
  if (!fs.existsSync(file)) throw new CheckError(`image archive ${file} was not written`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-archive-'));
  const dispose = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    let files: Map<string, string>;
    try {
      files = await extractArchive(file, dir);
    } catch (err) {
      throw new CheckError(`image archive ${file} is not a readable tar: ${(err as Error).message}`);
    }
    const image = files.has('index.json')
      ? await readOciLayout(files, platform, file)
      : files.has('manifest.json')
        ? await readDockerArchive(files, dir, file)
        : undefined;
    if (!image) {
      throw new CheckError(
        `image archive ${file} has neither index.json (oci-archive) nor manifest.json (docker-archive)`
      );
    }
    return { ...image, dir, dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}

/** Fails, naming both, when the archive's config is for another platform. */
export function checkArchivePlatform(image: ArchiveImage, platform: Platform): void {
  const want = formatPlatform(platform);
  const got = configPlatform(image.config);
  if (got !== want) {
    const what =
      image.config.architecture !== platform.architecture
        ? `architecture ${image.config.architecture || '(none)'}`
        : `platform ${got}`;
    throw new CheckError(
      `archive for ${want} has ${what} (${image.format}, expected ${platform.architecture})`
    );
  }
}

/** Pushes the blobs, then the manifest by digest (no tag). Returns the manifest digest. */
export async function pushArchive(
  client: RegistryClient,
  repo: ImageRef,
  image: ArchiveImage
): Promise<{ digest: string; mediaType: string; size: number }> {
  for (const [digest, file] of image.blobs) {
    const { size } = await fs.promises.stat(file);
    // Streamed from disk and re-opened for each retry: memory stays flat whatever the layer size.
    await client.pushBlobFrom(repo, () => fs.createReadStream(file), digest, size);
  }
  const digest = await client.putManifest(repo, image.digest, image.manifest, image.mediaType);
  return { digest, mediaType: image.mediaType, size: image.manifest.length };
}
