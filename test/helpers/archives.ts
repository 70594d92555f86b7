// Small image archives written with tar-stream, for tests of the readers: a docker-archive
// (`docker save`), an oci-archive (an OCI layout in a tar) and an OCI layout folder.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as tar from 'tar-stream';

export const sha256 = (b: Buffer): string => 'sha256:' + createHash('sha256').update(b).digest('hex');

/** A minimal ELF header: enough bytes for class, endianness, e_type and e_machine. */
export function elfHeader(
  machine: number,
  opts: { bits?: 32 | 64; endian?: 'little' | 'big'; type?: number } = {}
): Buffer {
  const b = Buffer.alloc(64);
  b.write('\x7fELF', 0, 'latin1');
  b[4] = opts.bits === 32 ? 1 : 2;
  b[5] = opts.endian === 'big' ? 2 : 1;
  b[6] = 1;
  const write = opts.endian === 'big' ? b.writeUInt16BE.bind(b) : b.writeUInt16LE.bind(b);
  write(opts.type ?? 2, 16);
  write(machine, 18);
  return b;
}

/** A file's content, a directory, or a symlink to `symlink`. */
export type TarEntry = Buffer | string | { directory: true } | { symlink: string };

/**
 * A tar (gzip when asked) of `entries`, in order, with `mode` when given. Every entry has the
 * same fixed time: two packs of the same entries are the same bytes, a second apart too.
 */
export async function tarOf(
  entries: Record<string, TarEntry> | Array<[string, TarEntry]>,
  gzip = false,
  mode?: number
): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, e] of Array.isArray(entries) ? entries : Object.entries(entries)) {
    const head = { name, mtime: new Date(0), ...(mode ? { mode } : {}) };
    if (typeof e === 'string' || Buffer.isBuffer(e)) pack.entry(head, e);
    else if ('symlink' in e) pack.entry({ ...head, type: 'symlink', linkname: e.symlink });
    else pack.entry({ ...head, type: 'directory' });
  }
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const c of pack as unknown as AsyncIterable<Buffer>) chunks.push(Buffer.from(c));
  const data = Buffer.concat(chunks);
  return gzip ? zlib.gzipSync(data) : data;
}

export interface ImageSpec {
  /** The config's architecture (what the image says it is). */
  arch: string;
  variant?: string;
  /** The single layer's files. */
  files: Record<string, Buffer>;
}

async function parts(spec: ImageSpec): Promise<{ layer: Buffer; config: Buffer }> {
  const layer = await tarOf(spec.files);
  const config = Buffer.from(
    JSON.stringify({
      architecture: spec.arch,
      os: 'linux',
      ...(spec.variant ? { variant: spec.variant } : {}),
      rootfs: { type: 'layers', diff_ids: [sha256(layer)] }
    })
  );
  return { layer, config };
}

/** `docker save` format: manifest.json, the config and an uncompressed layer tar. */
export async function writeDockerArchive(file: string, spec: ImageSpec): Promise<void> {
  const { layer, config } = await parts(spec);
  const manifest = [{ Config: 'config.json', RepoTags: ['test:1'], Layers: ['layer/layer.tar'] }];
  const entries = {
    'manifest.json': Buffer.from(JSON.stringify(manifest)),
    'config.json': config,
    'layer/layer.tar': layer
  };
  fs.writeFileSync(file, await tarOf(entries));
}

/** An OCI layout's files: blobs, index.json (with the platform on the descriptor when asked) and oci-layout. */
async function layoutEntries(spec: ImageSpec, platformInIndex: boolean): Promise<Record<string, Buffer>> {
  const { config, layer } = await parts(spec);
  const gz = zlib.gzipSync(layer);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256(config),
        size: config.length
      },
      layers: [
        { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha256(gz), size: gz.length }
      ]
    })
  );
  const descriptor = {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: sha256(manifest),
    size: manifest.length,
    ...(platformInIndex
      ? {
          platform: {
            os: 'linux',
            architecture: spec.arch,
            ...(spec.variant ? { variant: spec.variant } : {})
          }
        }
      : {})
  };
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [descriptor]
  };
  const blob = (b: Buffer) => `blobs/sha256/${sha256(b).slice(7)}`;
  return {
    'oci-layout': Buffer.from('{"imageLayoutVersion":"1.0.0"}'),
    'index.json': Buffer.from(JSON.stringify(index)),
    [blob(manifest)]: manifest,
    [blob(config)]: config,
    [blob(gz)]: gz
  };
}

/** An oci-archive: an OCI layout in a tar. */
export async function writeOciArchive(file: string, spec: ImageSpec, platformInIndex = true): Promise<void> {
  fs.writeFileSync(file, await tarOf(await layoutEntries(spec, platformInIndex)));
}

/** An OCI layout folder. */
export async function writeOciLayout(dir: string, spec: ImageSpec, platformInIndex = true): Promise<void> {
  for (const [name, data] of Object.entries(await layoutEntries(spec, platformInIndex))) {
    fs.mkdirSync(path.join(dir, path.dirname(name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
}

/**
 * What `docker save` writes from Docker 25 on (classic image store): an OCI layout (oci-layout,
 * index.json naming the image) beside manifest.json, with plain-tar layers whose digests are the
 * config's diffIDs (`application/vnd.oci.image.layer.v1.tar`). Two layers: `spec.files`, then a small one.
 * `diffIds` replaces the config's list (a config that lies about its layers).
 */
export async function writeDocker25Archive(
  file: string,
  spec: ImageSpec,
  diffIds?: string[]
): Promise<{ layers: Buffer[]; config: Buffer }> {
  const layers = [await tarOf(spec.files), await tarOf({ 'etc/built': Buffer.from(spec.arch + '\n') })];
  const config = Buffer.from(
    JSON.stringify({
      architecture: spec.arch,
      os: 'linux',
      ...(spec.variant ? { variant: spec.variant } : {}),
      rootfs: { type: 'layers', diff_ids: diffIds ?? layers.map(sha256) }
    })
  );
  const desc = (mediaType: string, b: Buffer) => ({ mediaType, digest: sha256(b), size: b.length });
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: desc('application/vnd.oci.image.config.v1+json', config),
      layers: layers.map(l => desc('application/vnd.oci.image.layer.v1.tar', l))
    })
  );
  const name = 'docker.io/library/test:1';
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      {
        ...desc('application/vnd.oci.image.manifest.v1+json', manifest),
        annotations: { 'io.containerd.image.name': name, 'org.opencontainers.image.ref.name': '1' }
      }
    ]
  };
  const blob = (b: Buffer) => `blobs/sha256/${sha256(b).slice(7)}`;
  const saved = [{ Config: blob(config), RepoTags: [name], Layers: layers.map(blob) }];
  const entries: Record<string, Buffer> = {
    [blob(manifest)]: manifest,
    [blob(config)]: config,
    ...Object.fromEntries(layers.map(l => [blob(l), l])),
    'index.json': Buffer.from(JSON.stringify(index)),
    'manifest.json': Buffer.from(JSON.stringify(saved)),
    'oci-layout': Buffer.from('{"imageLayoutVersion":"1.0.0"}')
  };
  fs.writeFileSync(file, await tarOf(entries));
  return { layers, config };
}
