// A shard's image archive (buildah, a command, docker save): read through oci/archive, checked
// against the shard's platform, and pushed by digest.
import * as fs from 'node:fs';
import { CheckError } from '../core/errors';
import { ArchivedImage, openArchive } from '../oci/archive';
import { formatPlatform, normalisePlatformString, Platform } from '../oci/platform';
import { ImageRef } from '../oci/reference';
import { ImageConfig } from '../oci/types';
import { RegistryClient } from '../registry/client';

/** One platform's image from an archive, ready to push; `dispose()` removes what was extracted. */
export interface ArchiveImage extends ArchivedImage {
  dispose(): void;
}

function configPlatform(config: ImageConfig): string {
  return normalisePlatformString([config.os, config.architecture, config.variant].filter(Boolean).join('/'));
}

/**
 * Reads a docker-archive or oci-archive tarball; from a multi-platform layout, the image for
 * `platform`. docker-archive layers are gzipped for the registry unless `gzipLayers` is false.
 */
export async function readArchive(
  file: string,
  platform?: Platform,
  opts: { gzipLayers?: boolean } = {}
): Promise<ArchiveImage> {
  const opened = await openArchive(file, { gzipLayers: opts.gzipLayers ?? true });
  const want = platform ? formatPlatform(platform) : undefined;
  const image =
    opened.images.find(i => want && (i.listedAs ?? configPlatform(i.config)) === want) ?? opened.images[0];
  return { ...image, dispose: opened.dispose };
}

/** Fails, naming both, when the archive's config is for another platform. */
export function checkArchivePlatform(image: ArchivedImage, platform: Platform): void {
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
  image: ArchivedImage
): Promise<{ digest: string; mediaType: string; size: number }> {
  for (const [digest, file] of image.blobs) {
    const { size } = await fs.promises.stat(file);
    // Streamed from disk and re-opened for each retry: memory stays flat whatever the layer size.
    await client.pushBlobFrom(repo, () => fs.createReadStream(file), digest, size);
  }
  const digest = await client.putManifest(repo, image.digest, image.manifest, image.mediaType);
  return { digest, mediaType: image.mediaType, size: image.manifest.length };
}
