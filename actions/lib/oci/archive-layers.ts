// Layer blobs of an archive: gzip detection, hashing, and gzipping plain-tar layers for a registry
// (zlib without a timestamp, so the same layer always gives the same digest).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { CheckError } from '../core/errors';
import { sha256Digest } from './digest';
import { Descriptor, ImageConfig, ImageManifest } from './types';

export const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
export const OCI_LAYER_TAR = 'application/vnd.oci.image.layer.v1.tar';

/** Plain-tar layer media types and their gzip twins (Docker 25+ `save` writes plain OCI layers). */
const GZIP_TWIN: Record<string, string> = {
  [OCI_LAYER_TAR]: 'application/vnd.oci.image.layer.v1.tar+gzip',
  'application/vnd.docker.image.rootfs.diff.tar': DOCKER_LAYER_GZIP
};

export async function isGzip(file: string): Promise<boolean> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(2);
    await fd.read(buf, 0, 2, 0);
    return buf[0] === 0x1f && buf[1] === 0x8b;
  } finally {
    await fd.close();
  }
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

export async function fileDigest(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return 'sha256:' + hash.digest('hex');
}

/**
 * Gzips a raw layer tar into `out` in one streaming pass, hashing both sides: the diffID (the raw
 * tar) and the blob digest (the gzip). zlib writes no timestamp (mtime 0), so the same layer
 * always compresses to the same digest.
 */
export async function gzipLayer(
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

/** What a layout image has that gzipping its layers reads and rewrites. */
interface PackableImage {
  source: string;
  manifest: Buffer;
  digest: string;
  json: ImageManifest;
  config: ImageConfig;
  blobs: Map<string, string>;
}

/**
 * A layout image with its plain-tar layers gzipped for a registry, as the docker-archive path does:
 * the layer descriptors (media type, digest, size) and so the manifest change, the config and its
 * diffIDs do not. `packed` shares the gzip of a layer between the images of one layout.
 */
export async function gzipLayoutLayers<T extends PackableImage>(
  image: T,
  dir: string,
  packed: Map<string, { digest: string; size: number; file: string }>
): Promise<T> {
  const diffIds = image.config.rootfs?.diff_ids ?? [];
  const blobs = new Map([[image.json.config.digest, image.blobs.get(image.json.config.digest)!]]);
  const layers: Descriptor[] = [];
  for (const [i, layer] of image.json.layers.entries()) {
    const file = image.blobs.get(layer.digest)!;
    const twin = GZIP_TWIN[layer.mediaType];
    if (!twin || (await isGzip(file))) {
      layers.push(layer);
      blobs.set(layer.digest, file);
      continue;
    }
    // The blob was checked against its digest, which for a plain tar is its diffID.
    if (diffIds.length === image.json.layers.length && diffIds[i] !== layer.digest) {
      throw new CheckError(
        `layer ${layer.digest} in image archive ${image.source} is not the diffID its config lists (${diffIds[i]})`
      );
    }
    let gz = packed.get(layer.digest);
    if (!gz) {
      const out = path.join(dir, `gzip${packed.size}.tar.gz`);
      gz = { ...(await gzipLayer(file, out)), file: out };
      packed.set(layer.digest, gz);
    }
    layers.push({ ...layer, mediaType: twin, digest: gz.digest, size: gz.size });
    blobs.set(gz.digest, gz.file);
  }
  if (layers.every((l, i) => l === image.json.layers[i])) return image;
  const json: ImageManifest = { ...image.json, layers };
  const manifest = Buffer.from(JSON.stringify(json));
  return { ...image, json, manifest, digest: sha256Digest(manifest), blobs };
}
