// Image references that name archives on disk instead of a registry: `oci-archive:PATH`,
// `oci-layout:PATH` and `docker-archive:PATH`, each a file (or layout folder) or a folder of
// them. LocalImages reads them offline and answers as the registry client does, so verify
// and e2e check them with the same code and no registry is asked anything.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type * as tar from 'tar-stream';
import { CheckError } from '../core/errors';
import { lazy } from '../core/lazy';
import { readPath } from '../core/paths';
import { ArchivedImage, openArchive, openLayout, OpenedArchive } from './archive';
import { formatPlatform, normalisePlatformString, parsePlatform } from './platform';
import { formatReference, ImageRef, parseReference } from './reference';
import { ImageConfig, ImageManifest, ImageReader, InspectedImage, MEDIA_TYPES, PlatformEntry } from './types';
import { sha256Digest } from './digest';
import { compareText } from '../core/compare';

// Only an archive input is read or written as a tar; start-up does not load the reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tarStream = lazy(() => require('tar-stream') as typeof tar);

export const LOCAL_SCHEMES = ['oci-archive', 'oci-layout', 'docker-archive'] as const;
const LOCAL_RE = /^(oci-archive|oci-layout|docker-archive):(.+)$/;
const ARCHIVE_RE = /\.(tar|tar\.gz|tgz)$/;

/**
 * `scheme:PATH` as an ImageRef whose registry is `scheme:` and repository the absolute path, so
 * that it prints as `scheme:/abs/path`. Undefined when `value` names no local archive.
 */
export function parseLocalReference(value: string, input: string): ImageRef | undefined {
  const m = value.trim().match(LOCAL_RE);
  if (!m) return undefined;
  const abs = readPath(input, m[2], 'any');
  const ref: ImageRef = { registry: `${m[1]}:`, repository: abs.replace(/^\/+/, ''), original: value };
  // Prints as written, like a parsed registry reference.
  return Object.assign(Object.create({ toString: () => formatReference(ref) }) as ImageRef, ref);
}

/** A registry reference, or a local archive reference. */
export function parseImageReference(value: string, input: string): ImageRef {
  return parseLocalReference(value, input) ?? parseReference(value, input);
}

export function isLocalRef(ref: ImageRef): boolean {
  return (LOCAL_SCHEMES as readonly string[]).includes(ref.registry.replace(/:$/, ''));
}

const localPath = (ref: ImageRef): string => `/${ref.repository}`;

/** The platform a shard's archive name gives (`linux-arm64.tar`), if it names one. */
export function platformFromName(file: string): string | undefined {
  const base = path.basename(file).replace(ARCHIVE_RE, '');
  try {
    return formatPlatform(parsePlatform(base.replace(/-/g, '/'), 'archive name'));
  } catch {
    return undefined;
  }
}

function configPlatform(config: ImageConfig): string {
  return normalisePlatformString([config.os, config.architecture, config.variant].filter(Boolean).join('/'));
}

/** The archives and layouts a path names: itself, or the ones a folder holds (sorted). */
function sources(p: string): Array<{ file: string; layout: boolean }> {
  const isLayout = (d: string) => fs.existsSync(path.join(d, 'index.json'));
  try {
    if (!fs.statSync(p).isDirectory()) return [{ file: p, layout: false }];
    if (isLayout(p)) return [{ file: p, layout: true }];
    return fs
      .readdirSync(p, { withFileTypes: true })
      .map(e => ({ file: path.join(p, e.name), dir: e.isDirectory(), regular: e.isFile() }))
      .filter(e => (e.dir && isLayout(e.file)) || (e.regular && ARCHIVE_RE.test(e.file)))
      .sort((a, b) => compareText(a.file, b.file))
      .map(e => ({ file: e.file, layout: e.dir }));
  } catch (err) {
    throw new CheckError(`cannot read ${p}: ${(err as Error).message}`);
  }
}

interface LocalImage extends ArchivedImage {
  /** The platform it is listed as: its layout index's, its file name's, else its config's. */
  platform: string;
}

/** Images read from archives on disk, answering as the registry client does (the ref is ignored). */
export class LocalImages implements ImageReader {
  private constructor(
    readonly ref: ImageRef,
    readonly images: LocalImage[],
    private readonly opened: OpenedArchive[]
  ) {}

  /** Reads every image `ref` names; a folder with none is a failure, never an empty pass. */
  static async open(ref: ImageRef): Promise<LocalImages> {
    const root = localPath(ref);
    const opened: OpenedArchive[] = [];
    const images: LocalImage[] = [];
    try {
      for (const s of sources(root)) {
        const archive = s.layout ? await openLayout(s.file) : await openArchive(s.file);
        opened.push(archive);
        const named = archive.images.length === 1 ? platformFromName(s.file) : undefined;
        for (const i of archive.images)
          images.push({ ...i, platform: i.listedAs ?? named ?? configPlatform(i.config) });
      }
      if (images.length === 0)
        throw new CheckError(`${root} holds no image archive (*.tar, *.tar.gz) or OCI layout`);
      const seen = new Map<string, string>();
      for (const i of images) {
        const other = seen.get(i.platform);
        if (other) throw new CheckError(`two images for ${i.platform}: ${other} and ${i.source}`);
        seen.set(i.platform, i.source);
      }
    } catch (err) {
      opened.forEach(o => o.dispose());
      throw err;
    }
    return new LocalImages(ref, images, opened);
  }

  dispose(): void {
    this.opened.forEach(o => o.dispose());
  }

  private image(digest: string): LocalImage {
    const found = this.images.find(i => i.digest === digest);
    if (!found) throw new CheckError(`${localPath(this.ref)} has no manifest ${digest}`);
    return found;
  }

  private entries(): PlatformEntry[] {
    return this.images.map(i => {
      const [os, architecture, variant] = i.platform.split('/');
      const platform = { os, architecture, ...(variant ? { variant } : {}) };
      return {
        platform,
        digest: i.digest,
        mediaType: i.mediaType,
        size: i.manifest.length,
        attestation: false
      };
    });
  }

  /** One image that says nothing of its platform is a single image; otherwise an index of them. */
  async inspect(): Promise<InspectedImage> {
    const only = this.images.length === 1 ? this.images[0] : undefined;
    if (only && !only.listedAs && !platformFromName(only.source)) {
      return { digest: only.digest, mediaType: only.mediaType, isIndex: false, platforms: this.entries() };
    }
    const platforms = this.entries();
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociIndex,
        manifests: platforms.map(e => ({
          mediaType: e.mediaType,
          digest: e.digest,
          size: e.size,
          platform: e.platform
        }))
      })
    );
    return { digest: sha256Digest(index), mediaType: MEDIA_TYPES.ociIndex, isIndex: true, platforms };
  }

  async getImageManifest(_ref: ImageRef, digest: string): Promise<ImageManifest & { mediaType: string }> {
    const i = this.image(digest);
    return { ...i.json, mediaType: i.mediaType };
  }

  async getConfig(_ref: ImageRef, digest: string): Promise<ImageConfig> {
    return this.image(digest).config;
  }

  /**
   * Writes one image as a `docker save` archive tagged `tag`, which `docker load` and
   * `podman load` read whatever the source format (they accept gzip and plain layer tars).
   */
  async saveForLoad(digest: string, tag: string, out: string): Promise<void> {
    const i = this.image(digest);
    const blob = (d: string) => i.blobs.get(d) as string;
    const layers = i.json.layers.map((l, n) => ({ name: `layer${n}.tar`, file: blob(l.digest) }));
    const manifest = [{ Config: 'config.json', RepoTags: [tag], Layers: layers.map(l => l.name) }];
    const pack = tarStream().pack();
    const written = pipeline(pack as unknown as NodeJS.ReadableStream, fs.createWriteStream(out));
    const add = async (name: string, file: string) => {
      const entry = pack.entry({ name, size: fs.statSync(file).size });
      await pipeline(fs.createReadStream(file), entry as unknown as NodeJS.WritableStream);
    };
    pack.entry({ name: 'manifest.json' }, JSON.stringify(manifest));
    await add('config.json', blob(i.json.config.digest));
    for (const l of layers) await add(l.name, l.file);
    pack.finalize();
    await written;
  }

  /** Blobs were checked against their digests when the archive was read. */
  async getBlob(_ref: ImageRef, digest: string): Promise<Readable> {
    const file = this.images.map(i => i.blobs.get(digest)).find(Boolean);
    if (!file) throw new CheckError(`${localPath(this.ref)} has no blob ${digest}`);
    return fs.createReadStream(file);
  }
}
