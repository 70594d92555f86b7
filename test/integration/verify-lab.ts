// Builds tiny test images in the lab registry with the registry client: the lab base's
// manifests and blobs are mounted under new names (cheap), or a layer is made from scratch
// (test/helpers/images).
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { ImageRef, parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { Descriptor, ImageManifest } from '../../actions/lib/oci/types';
import type { LabEnv } from '../lab/lab';
import { pushImage as pushLayerImage, pushIndex } from '../helpers/images';

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
    await pushIndex(client, to, descs);
  }
}

/** amd64 from the base; arm64 whose config is right but whose layer holds x86-64 busybox. */
export async function pushWrongBinaries(
  client: RegistryClient,
  lab: LabEnv,
  reference: string
): Promise<void> {
  const to = parseReference(reference);
  const amd = await copyBase(client, lab, 'amd64', to);
  const arm = await pushLayerImage(
    client,
    to,
    'arm64',
    { 'bin/busybox': fs.readFileSync(lab.LAB_BUSYBOX_AMD64), 'etc/motd': Buffer.from('hello\n') },
    { config: {} }
  );
  await pushIndex(client, to, [amd, arm.descriptor]);
}

/** Both platforms carry only text files. */
export async function pushNoExecutables(client: RegistryClient, reference: string): Promise<void> {
  const to = parseReference(reference);
  const files = { 'etc/config.yaml': Buffer.from('a: 1\n'), README: Buffer.from('data only\n') };
  const amd = await pushLayerImage(client, to, 'amd64', files, { config: {} });
  const arm = await pushLayerImage(client, to, 'arm64', files, { config: {} });
  await pushIndex(client, to, [amd.descriptor, arm.descriptor]);
}

/** `registry/repository:tag` of an image as it appears under a mirror prefix. */
export function mirrored(prefix: string, reference: string): string {
  const r = parseReference(reference);
  return `${prefix}/${r.registry}/${r.repository}:${r.tag}`;
}
