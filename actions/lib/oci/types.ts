// OCI image-spec and Docker schema 2 shapes, and the media types that tell them apart.
import type { Readable } from 'node:stream';
import type { ImageRef } from './reference';

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
/** Every manifest media type this project reads, for an Accept header. */
export const ALL_MANIFEST_TYPES: readonly string[] = [...INDEX_TYPES, ...MANIFEST_TYPES];

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
  /** OCI 1.1 artifacts: what the manifest holds, and the manifest it is about. */
  artifactType?: string;
  subject?: Descriptor;
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

export function isIndexMediaType(mediaType: string): boolean {
  return INDEX_TYPES.has(mediaType);
}

export function isManifestMediaType(mediaType: string): boolean {
  return MANIFEST_TYPES.has(mediaType);
}

/** Attestation manifests (buildx provenance/SBOM) sit in an index as unknown/unknown. */
export function isAttestation(d: Descriptor): boolean {
  return (
    d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (d.platform?.os === 'unknown' && d.platform?.architecture === 'unknown')
  );
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

/** How a read may be given up: `signal` (an image's deadline) ends it with the signal's reason. */
export interface ReadOptions {
  signal?: AbortSignal;
}

/** What the checks read of an image: the registry client, or image archives read offline. */
export interface ImageReader {
  /** Top-level digest and the platforms it offers. */
  inspect(ref: ImageRef, o?: ReadOptions): Promise<InspectedImage>;
  /** The manifest of one platform (not an index), by digest. */
  getImageManifest(
    ref: ImageRef,
    manifestDigest: string,
    o?: ReadOptions
  ): Promise<ImageManifest & { mediaType: string }>;
  getConfig(ref: ImageRef, manifestDigest: string, o?: ReadOptions): Promise<ImageConfig>;
  /** A blob as a stream, checked against its digest. */
  getBlob(ref: ImageRef, digest: string, o?: ReadOptions): Promise<Readable>;
}
