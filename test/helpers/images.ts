// Tiny test images pushed with the registry client: a gzip tar layer, a config that names the
// architecture, an OCI manifest put by digest, and an index over such manifests.
import * as zlib from 'node:zlib';
import { TarEntry, tarOf } from './archives';
import { ImageRef } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { Descriptor, MEDIA_TYPES } from '../../actions/lib/oci/types';
import { sha256Digest } from '../../actions/lib/oci/digest';

const LAYER_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';

/** A file's content (mode 755), a directory, or a symlink to `symlink`. */
export type LayerEntry = Exclude<TarEntry, string>;

export interface Layer {
  /** The uncompressed tar. */
  tar: Buffer;
  /** The gzip blob as pushed. */
  blob: Buffer;
  diffId: string;
}

/** A gzip tar layer holding the entries in order (path → entry), files and folders mode 755. */
export async function makeLayer(entries: Record<string, LayerEntry>): Promise<Layer> {
  const raw = await tarOf(entries, false, 0o755);
  return { tar: raw, blob: zlib.gzipSync(raw), diffId: sha256Digest(raw) };
}

function isLayer(x: Layer | Record<string, LayerEntry>): x is Layer {
  return typeof x.diffId === 'string' && Buffer.isBuffer(x.blob) && Buffer.isBuffer(x.tar);
}

export interface PushedImage {
  /** The manifest's descriptor with its platform, as an index lists it. */
  descriptor: Descriptor;
  /** The (first) layer's digest. */
  layerDigest: string;
}

/**
 * Pushes a linux image whose config says `arch` (plus `config`, e.g. Env and Cmd), with one layer
 * or several (bottom first); the manifest is put by digest, or under `tag`.
 */
export async function pushImage(
  client: RegistryClient,
  to: ImageRef,
  arch: string,
  layer: Layer | Record<string, LayerEntry> | Array<Layer | Record<string, LayerEntry>>,
  options: { config?: Record<string, unknown>; tag?: string } = {}
): Promise<PushedImage> {
  const layers = await Promise.all(
    (Array.isArray(layer) ? layer : [layer]).map(l => (isLayer(l) ? l : makeLayer(l)))
  );
  const digests: string[] = [];
  for (const l of layers) digests.push(await client.pushBlob(to, l.blob));
  const config = Buffer.from(
    JSON.stringify({
      architecture: arch,
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: layers.map(l => l.diffId) },
      ...(options.config ? { config: options.config } : {})
    })
  );
  const configDigest = await client.pushBlob(to, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: MEDIA_TYPES.ociConfig, digest: configDigest, size: config.length },
      layers: layers.map((l, i) => ({ mediaType: LAYER_TYPE, digest: digests[i], size: l.blob.length }))
    })
  );
  const digest = await client.putManifest(
    to,
    options.tag ?? sha256Digest(manifest),
    manifest,
    MEDIA_TYPES.ociManifest
  );
  return {
    descriptor: {
      mediaType: MEDIA_TYPES.ociManifest,
      digest,
      size: manifest.length,
      platform: { os: 'linux', architecture: arch }
    },
    layerDigest: digests[0]
  };
}

/** Puts an OCI index over `manifests` under `tag` (default: the reference's tag, else latest). */
export async function pushIndex(
  client: RegistryClient,
  to: ImageRef,
  manifests: Descriptor[],
  tag = to.tag ?? 'latest'
): Promise<string> {
  const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests }));
  return client.putManifest(to, tag, body, MEDIA_TYPES.ociIndex);
}
