// Reads images from docker-archive and oci-archive tarballs (gzip allowed, as Nix writes them)
// and from OCI layout folders: manifests, configs and where each blob lies on disk, every blob
// checked against its digest. Shared by the build (which pushes them) and by verify and e2e
// (which check them offline).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import type * as tar from 'tar-stream';
import { CheckError } from '../core/errors';
import { lazy } from '../core/lazy';
import { normalisePlatformString } from './platform';
import {
  Descriptor,
  ImageConfig,
  ImageIndex,
  ImageManifest,
  isAttestation,
  isIndexMediaType,
  MEDIA_TYPES
} from './types';
import { sha256Digest } from './digest';
import {
  DOCKER_LAYER_GZIP,
  fileDigest,
  gzipLayer,
  gzipLayoutLayers,
  isGzip,
  OCI_LAYER_TAR
} from './archive-layers';

// Only an archive input is read as a tar; start-up does not load the reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tarStream = lazy(() => require('tar-stream') as typeof tar);

export type ArchiveFormat = 'docker-archive' | 'oci-archive' | 'oci-layout';

/** One platform's image in an archive or layout. */
export interface ArchivedImage {
  format: ArchiveFormat;
  /** The archive file or layout folder it came from. */
  source: string;
  /** Manifest bytes; `digest` is their sha256. */
  manifest: Buffer;
  mediaType: string;
  digest: string;
  json: ImageManifest;
  config: ImageConfig;
  /** digest → file holding that blob's bytes. */
  blobs: Map<string, string>;
  /** The platform the layout's index gives this image, when it gives one. */
  listedAs?: string;
}

/** The images of one archive; `dispose()` removes what was extracted. */
export interface OpenedArchive {
  images: ArchivedImage[];
  dispose(): void;
}

export interface ReadOptions {
  /**
   * Plain-tar layers (a docker-archive's, or a layout's such as Docker 25+ `save` writes) are gzipped
   * (without a timestamp) for a registry; otherwise kept as tars. Compressed layers are kept as they are.
   */
  gzipLayers?: boolean;
}

/**
 * What a gzip-compressed archive may unpack to: 32 times its own size, at least 256 MiB (a
 * filesystem compresses 2-5 times; a gzip bomb of 14 MB unpacks to gigabytes).
 */
export const unpackBudget = (compressed: number): number => Math.max(256 * 1024 * 1024, 32 * compressed);

/** Extracts regular files into `dir`, within the unpack budget; returns archive path → extracted file. */
async function extractArchive(file: string, dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const extract = tarStream().extract();
  const source = fs.createReadStream(file);
  const fail = (err: Error) => extract.destroy(err);
  source.on('error', fail);
  const gzipped = await isGzip(file);
  // A plain tar cannot unpack to more than it holds; a gzip one is held to a budget.
  let left = gzipped ? unpackBudget(fs.statSync(file).size) : Infinity;
  const budget = new Transform({
    transform(chunk: Buffer, _enc, done) {
      left -= chunk.length;
      if (left < 0)
        return done(
          new Error(
            `it unpacks to more than ${unpackBudget(fs.statSync(file).size)} bytes (32 times its size)`
          )
        );
      done(null, chunk);
    }
  });
  if (gzipped) {
    const gunzip = zlib.createGunzip();
    gunzip.on('error', fail);
    budget.on('error', fail);
    source
      .pipe(gunzip)
      .pipe(budget)
      .pipe(extract as unknown as NodeJS.WritableStream);
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

/** The regular files of a layout folder, by their path inside it. */
function listLayout(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const e of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (e.isFile()) files.set(rel, path.join(dir, rel));
    }
  };
  walk('');
  return files;
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

const blobName = (digest: string): string => `blobs/${digest.replace(':', '/')}`;

/** A blob of a layout, checked against its digest and size (one streaming pass). */
async function layoutBlob(files: Map<string, string>, d: Descriptor, archive: string): Promise<string> {
  const file = files.get(blobName(d.digest));
  if (!file) throw new CheckError(`image archive ${archive} lacks blob ${d.digest}`);
  const size = (await fs.promises.stat(file)).size;
  const got = d.digest.startsWith('sha256:') ? await fileDigest(file) : d.digest;
  if (got !== d.digest || (typeof d.size === 'number' && size !== d.size)) {
    throw new CheckError(
      `blob ${d.digest} in image archive ${archive} is corrupt (${size} bytes hashing to ${got}, expected ${d.size})`
    );
  }
  return file;
}

function descriptorPlatform(d: Descriptor): string | undefined {
  if (!d.platform?.os || !d.platform.architecture) return undefined;
  const { os: o, architecture, variant } = d.platform;
  return normalisePlatformString([o, architecture, variant].filter(Boolean).join('/'));
}

/** Every image an OCI layout lists, through nested indexes; attestations left out. */
async function readLayoutImages(
  files: Map<string, string>,
  index: ImageIndex,
  format: ArchiveFormat,
  source: string
): Promise<ArchivedImage[]> {
  const images: ArchivedImage[] = [];
  for (const d of (index.manifests ?? []).filter(x => !isAttestation(x))) {
    const body = fs.readFileSync(await layoutBlob(files, d, source));
    if (isIndexMediaType(d.mediaType)) {
      images.push(...(await readLayoutImages(files, JSON.parse(body.toString('utf8')), format, source)));
      continue;
    }
    const json = JSON.parse(body.toString('utf8')) as ImageManifest;
    if (!json.config?.digest || !Array.isArray(json.layers)) {
      throw new CheckError(`manifest ${d.digest} in image archive ${source} has no config or layers`);
    }
    const blobs = new Map<string, string>();
    for (const b of [json.config, ...json.layers]) blobs.set(b.digest, await layoutBlob(files, b, source));
    const config = JSON.parse(fs.readFileSync(blobs.get(json.config.digest)!, 'utf8')) as ImageConfig;
    const mediaType = json.mediaType ?? d.mediaType ?? MEDIA_TYPES.ociManifest;
    const listedAs = descriptorPlatform(d);
    images.push({
      format,
      source,
      manifest: body,
      mediaType,
      digest: sha256Digest(body),
      json,
      config,
      blobs,
      listedAs
    });
  }
  if (images.length === 0) throw new CheckError(`image archive ${source} lists no image in index.json`);
  return images;
}

/** The layer blobs of a `docker save` entry: gzipped for a registry, or the raw tars checked against their diffIDs. */
async function dockerLayers(
  files: Map<string, string>,
  names: string[],
  diffIds: string[],
  dir: string,
  o: { archive: string; gzip: boolean }
): Promise<Array<Descriptor & { file: string }>> {
  // A layer listed twice (docker save shares identical layers) is packed once.
  const packed = new Map<string, Descriptor & { file: string }>();
  const layers: Array<Descriptor & { file: string }> = [];
  for (const [i, name] of names.entries()) {
    const key = path.posix.normalize(name);
    let layer = packed.get(key);
    if (!layer) {
      const file = files.get(key);
      if (!file) throw new CheckError(`image archive ${o.archive} lacks layer ${name}`);
      if (await isGzip(file)) {
        layer = {
          mediaType: DOCKER_LAYER_GZIP,
          digest: await fileDigest(file),
          size: (await fs.promises.stat(file)).size,
          file
        };
      } else {
        const gz = path.join(dir, `layer${packed.size}.tar.gz`);
        const { diffId, digest, size } = o.gzip
          ? await gzipLayer(file, gz)
          : { diffId: await fileDigest(file), digest: '', size: (await fs.promises.stat(file)).size };
        // A layer that does not match its config's diffID would make an image nobody can pull.
        if (diffIds.length === names.length && diffIds[i] !== diffId) {
          throw new CheckError(
            `layer ${name} in image archive ${o.archive} hashes to ${diffId}, but its config lists ${diffIds[i]}`
          );
        }
        if (o.gzip) await fs.promises.rm(file, { force: true });
        layer = o.gzip
          ? { mediaType: DOCKER_LAYER_GZIP, digest, size, file: gz }
          : { mediaType: OCI_LAYER_TAR, digest: diffId, size, file };
      }
      packed.set(key, layer);
    }
    layers.push(layer);
  }
  return layers;
}

/** `docker save` format: manifest.json names a config and uncompressed (or gzip) layer tars. */
async function readDockerArchive(
  files: Map<string, string>,
  dir: string,
  archive: string,
  gzip: boolean
): Promise<ArchivedImage> {
  const list = readJson<Array<{ Config: string; Layers: string[] }>>(files, 'manifest.json', archive);
  if (!Array.isArray(list) || list.length === 0) {
    throw new CheckError(`manifest.json in image archive ${archive} lists no image`);
  }
  if (list.length > 1)
    throw new CheckError(`image archive ${archive} holds ${list.length} images; write one per platform`);
  const configFile = files.get(path.posix.normalize(list[0].Config));
  if (!configFile) throw new CheckError(`image archive ${archive} lacks its config ${list[0].Config}`);
  const configBody = fs.readFileSync(configFile);
  const config = JSON.parse(configBody.toString('utf8')) as ImageConfig;
  const configDigest = sha256Digest(configBody);
  const layers = await dockerLayers(files, list[0].Layers ?? [], config.rootfs?.diff_ids ?? [], dir, {
    archive,
    gzip
  });
  const blobs = new Map<string, string>([
    [configDigest, configFile],
    ...layers.map(l => [l.digest, l.file] as [string, string])
  ]);
  const json: ImageManifest = {
    schemaVersion: 2,
    mediaType: gzip ? MEDIA_TYPES.dockerManifest : MEDIA_TYPES.ociManifest,
    config: {
      mediaType: gzip ? MEDIA_TYPES.dockerConfig : MEDIA_TYPES.ociConfig,
      digest: configDigest,
      size: configBody.length
    },
    layers: layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size }))
  };
  const manifest = Buffer.from(JSON.stringify(json));
  const mediaType = json.mediaType!;
  return {
    format: 'docker-archive',
    source: archive,
    manifest,
    mediaType,
    digest: sha256Digest(manifest),
    json,
    config,
    blobs
  };
}

/**
 * Reads a docker-archive or oci-archive tarball. An OCI layout wins when both `index.json` and
 * `manifest.json` are present (Docker 25+ `save`).
 */
export async function openArchive(file: string, opts: ReadOptions = {}): Promise<OpenedArchive> {
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
    if (files.has('index.json')) {
      const index = readJson<ImageIndex>(files, 'index.json', file);
      let images = await readLayoutImages(files, index, 'oci-archive', file);
      if (opts.gzipLayers) {
        const packed = new Map<string, { digest: string; size: number; file: string }>();
        const gzipped: ArchivedImage[] = [];
        for (const i of images) gzipped.push(await gzipLayoutLayers(i, dir, packed));
        images = gzipped;
      }
      return { images, dispose };
    }
    if (files.has('manifest.json')) {
      return { images: [await readDockerArchive(files, dir, file, !!opts.gzipLayers)], dispose };
    }
    throw new CheckError(
      `image archive ${file} has neither index.json (oci-archive) nor manifest.json (docker-archive)`
    );
  } catch (err) {
    dispose();
    throw err;
  }
}

/** Reads an OCI layout folder in place (nothing is copied). */
export async function openLayout(dir: string): Promise<OpenedArchive> {
  const files = listLayout(dir);
  const index = readJson<ImageIndex>(files, 'index.json', dir);
  return { images: await readLayoutImages(files, index, 'oci-layout', dir), dispose: () => undefined };
}
