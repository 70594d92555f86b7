// Builds tiny test images in the lab registry with the registry client: the lab base's
// manifests and blobs are mounted under new names (cheap), or a layer is made from scratch.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import * as tar from 'tar-stream';
import { ImageRef, parseReference } from '../../actions/lib/reference';
import {
  Descriptor,
  ImageManifest,
  MEDIA_TYPES,
  RegistryClient,
  sha256Digest
} from '../../actions/lib/registry';
import type { LabEnv } from '../lab/lab';

export type Arch = 'amd64' | 'arm64';

export function suffix(): string {
  return randomBytes(4).toString('hex');
}

/** Mounts the lab's single-arch base for `arch` into `to`'s repository and puts its manifest by digest. */
export async function copyBase(
  client: RegistryClient,
  lab: LabEnv,
  arch: Arch,
  to: ImageRef
): Promise<Descriptor> {
  const from = parseReference(arch === 'amd64' ? lab.LAB_BASE_AMD64 : lab.LAB_BASE_ARM64);
  const m = await client.getManifest(from);
  const manifest = m.json as ImageManifest;
  for (const d of [manifest.config, ...manifest.layers]) await client.mountBlob(from, to, d.digest);
  await client.putManifest(to, m.digest, m.body, m.mediaType);
  return {
    mediaType: m.mediaType,
    digest: m.digest,
    size: m.size,
    platform: { os: 'linux', architecture: arch }
  };
}

export async function putIndex(
  client: RegistryClient,
  to: ImageRef,
  manifests: Descriptor[]
): Promise<string> {
  const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests }));
  return client.putManifest(to, to.tag ?? 'latest', body, MEDIA_TYPES.ociIndex);
}

/** An image at `ref` with exactly these platforms: an index for two, a plain manifest for one. */
export async function pushImage(
  client: RegistryClient,
  lab: LabEnv,
  reference: string,
  arches: Arch[]
): Promise<void> {
  const to = parseReference(reference);
  const descs: Descriptor[] = [];
  for (const a of arches) descs.push(await copyBase(client, lab, a, to));
  if (arches.length === 1) {
    const m = await client.getManifest({ ...to, tag: undefined, digest: descs[0].digest });
    await client.putManifest(to, to.tag ?? 'latest', m.body, m.mediaType);
  } else {
    await putIndex(client, to, descs);
  }
}

/** A gzip tar layer holding the given files (path → content, mode 755). */
export async function makeLayer(files: Record<string, Buffer>): Promise<{ blob: Buffer; diffId: string }> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    pack.on('data', (c: unknown) => chunks.push(c as Buffer));
    pack.on('end', () => resolve());
    pack.on('error', reject);
  });
  for (const [name, content] of Object.entries(files)) {
    await new Promise<void>((resolve, reject) =>
      pack.entry({ name, mode: 0o755, size: content.length }, content, err => (err ? reject(err) : resolve()))
    );
  }
  pack.finalize();
  await done;
  const raw = Buffer.concat(chunks);
  return { blob: zlib.gzipSync(raw), diffId: sha256Digest(raw) };
}

/** A one-layer image manifest whose config says `arch`, put by digest. */
export async function pushSingle(
  client: RegistryClient,
  to: ImageRef,
  arch: Arch,
  files: Record<string, Buffer>
): Promise<Descriptor> {
  const layer = await makeLayer(files);
  const layerDigest = await client.pushBlob(to, layer.blob);
  const config = Buffer.from(
    JSON.stringify({
      architecture: arch,
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [layer.diffId] },
      config: {}
    })
  );
  const configDigest = await client.pushBlob(to, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: MEDIA_TYPES.ociConfig, digest: configDigest, size: config.length },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: layerDigest,
          size: layer.blob.length
        }
      ]
    })
  );
  const digest = await client.putManifest(to, sha256Digest(manifest), manifest, MEDIA_TYPES.ociManifest);
  return {
    mediaType: MEDIA_TYPES.ociManifest,
    digest,
    size: manifest.length,
    platform: { os: 'linux', architecture: arch }
  };
}

/** amd64 from the base; arm64 whose config is right but whose layer holds x86-64 busybox. */
export async function pushWrongBinaries(
  client: RegistryClient,
  lab: LabEnv,
  reference: string
): Promise<void> {
  const to = parseReference(reference);
  const amd = await copyBase(client, lab, 'amd64', to);
  const arm = await pushSingle(client, to, 'arm64', {
    'bin/busybox': fs.readFileSync(lab.LAB_BUSYBOX_AMD64),
    'etc/motd': Buffer.from('hello\n')
  });
  await putIndex(client, to, [amd, arm]);
}

/** Both platforms carry only text files. */
export async function pushNoExecutables(client: RegistryClient, reference: string): Promise<void> {
  const to = parseReference(reference);
  const files = { 'etc/config.yaml': Buffer.from('a: 1\n'), README: Buffer.from('data only\n') };
  await putIndex(client, to, [
    await pushSingle(client, to, 'amd64', files),
    await pushSingle(client, to, 'arm64', files)
  ]);
}

/** `registry/repository:tag` of an image as it appears under a mirror prefix. */
export function mirrored(prefix: string, reference: string): string {
  const r = parseReference(reference);
  return `${prefix}/${r.registry}/${r.repository}:${r.tag}`;
}
