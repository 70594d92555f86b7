// What an image offers: its top-level digest and the platforms it lists (or its config's platform).
import { ImageRef } from '../oci/reference';
import {
  Descriptor,
  ImageConfig,
  ImageIndex,
  ImageManifest,
  InspectedImage,
  isAttestation,
  isIndexMediaType,
  PlatformEntry
} from '../oci/types';
import { getConfigBlob } from './blobs';
import { getImageManifest, getManifest } from './manifests';
import { RegistryTransport } from './transport';

export type { InspectedImage, PlatformEntry };

export async function getConfig(
  t: RegistryTransport,
  ref: ImageRef,
  manifestDigest: string,
  signal?: AbortSignal
): Promise<ImageConfig> {
  const manifest = await getImageManifest(t, ref, manifestDigest, signal);
  return getConfigBlob(t, ref, manifest.config.digest, signal);
}

function entryOf(d: Descriptor): PlatformEntry {
  return {
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
  };
}

/** Top-level digest and the platforms it offers (a single manifest reports its config's platform). */
export async function inspect(
  t: RegistryTransport,
  ref: ImageRef,
  signal?: AbortSignal
): Promise<InspectedImage> {
  const m = await getManifest(t, ref, undefined, signal);
  if (isIndexMediaType(m.mediaType)) {
    const platforms = ((m.json as ImageIndex).manifests ?? []).map(entryOf);
    return { digest: m.digest, mediaType: m.mediaType, isIndex: true, platforms };
  }
  const manifest = m.json as ImageManifest;
  const config = await getConfigBlob(t, ref, manifest.config.digest, signal);
  const platform = {
    os: config.os,
    architecture: config.architecture,
    ...(config.variant ? { variant: config.variant } : {})
  };
  const entry = {
    platform,
    digest: m.digest,
    mediaType: m.mediaType,
    size: m.size,
    annotations: manifest.annotations,
    attestation: false
  };
  return { digest: m.digest, mediaType: m.mediaType, isIndex: false, platforms: [entry] };
}
