import { listSome } from '../core/untrusted';
import * as core from '../core/toolkit';
import { badInput, CheckError } from '../core/errors';
import { BUILD_MULTIARCH } from '../core/specs.generated';
import {
  descriptorPlatform,
  formatPlatform,
  missingPlatforms,
  normalisePlatformString,
  Platform
} from '../oci/platform';
import { formatReference, ImageRef, parseReference, repositoryName, withDigest } from '../oci/reference';
import { FetchedManifest, RegistryClient } from '../registry/client';
import {
  Descriptor,
  ImageIndex,
  ImageManifest,
  isAttestation,
  isIndexMediaType,
  MEDIA_TYPES
} from '../oci/types';
import { sha256Digest } from '../oci/digest';
import { DigestRecord } from './digests';
import { compareText } from '../core/compare';
import {
  Ancestry,
  buildOf,
  currentTags,
  gitAncestry,
  keepNewer,
  moveTags,
  planTags,
  TagChange,
  TagPolicy
} from './tag';

export { descriptorPlatform, missingPlatforms } from '../oci/platform';
export type { TagChange } from './tag';

const IN = BUILD_MULTIARCH.inputs;

export interface MergeOptions extends TagPolicy {
  /** The repository the index is pushed to (no tag). */
  image: ImageRef;
  /** From the digest files of the shards. */
  records: DigestRecord[];
  /** `repo@sha256:…` references given directly (the `digests` input). */
  digests: string[];
  /** Platforms that must all be present before any tag is set. */
  requiredPlatforms: Platform[];
  push: boolean;
  /** Move the tags right after the push (`tag-after: merge`); otherwise a later tag step does, once the digest passed its checks. */
  moveTags: boolean;
  /** Index annotations (OCI metadata from the git context, plus the user's). */
  annotations: Record<string, string>;
  /** Order of the images in the index; the rest follow alphabetically. */
  platformOrder?: Platform[];
  client: RegistryClient;
  /** How to tell which of two revisions is older (tags moved by the merge); default: git in the workspace. */
  ancestry?: Ancestry;
}

export interface MergeResult {
  digest: string;
  mediaType: string;
  size: number;
  body: Buffer;
  index: ImageIndex;
  /** Runnable platforms (no attestations), in index order. */
  platforms: string[];
  /** platform → manifest digest. */
  digests: Record<string, string>;
  /** Full references tagged; empty when the tags were left for a later tag step. */
  tags: string[];
  changes: TagChange[];
  attestations: number;
}

const TAG_RE = /^[\w][\w.-]{0,127}$/;

interface Source {
  ref: ImageRef;
  /** Platform the digest file claims, checked against the image's config. */
  claimed?: string;
}

/** Accepts `t1` or a full reference of the same repository; returns the tag. */
export function parseTag(value: string, image: ImageRef, input = IN.tags.name): string {
  const v = value.trim();
  if (TAG_RE.test(v)) return v;
  const ref = parseReference(v, input);
  if (repositoryName(ref) !== repositoryName(image) || ref.digest || !ref.tag) {
    throw badInput(input, value, `expected a tag of ${repositoryName(image)}`);
  }
  return ref.tag;
}

function sources(opts: MergeOptions): Source[] {
  const out: Source[] = opts.records.map(r => ({
    ref: parseReference(`${r.image}@${r.digest}`, IN['digests-dir'].name),
    claimed: normalisePlatformString(r.platform)
  }));
  for (const d of opts.digests) {
    const ref = parseReference(d, IN.digests.name);
    if (!ref.digest) throw badInput(IN.digests.name, d, 'expected image@sha256:<digest>');
    out.push({ ref });
  }
  return out;
}

function sameRepository(a: ImageRef, b: ImageRef): boolean {
  return repositoryName(a) === repositoryName(b);
}

/** Makes a manifest from another repository available in the target (mount blobs, put by digest). */
async function copyManifest(
  client: RegistryClient,
  from: ImageRef,
  to: ImageRef,
  m: FetchedManifest
): Promise<void> {
  if (isIndexMediaType(m.mediaType)) {
    for (const child of (m.json as ImageIndex).manifests ?? []) {
      const cm = await client.getManifest(withDigest(from, child.digest));
      await copyManifest(client, from, to, cm);
    }
  } else {
    const json = m.json as ImageManifest;
    for (const b of [json.config, ...(json.layers ?? [])]) await client.mountBlob(from, to, b.digest);
  }
  await client.putManifest(to, m.digest, m.body, m.mediaType);
}

/** The descriptors one source adds: its image, or its children when a shard pushed an index. */
async function describe(opts: MergeOptions, target: ImageRef, src: Source): Promise<Descriptor[]> {
  const m = await opts.client.getManifest(src.ref);
  if (opts.push && !sameRepository(src.ref, target)) await copyManifest(opts.client, src.ref, target, m);
  const found: Descriptor[] = [];
  if (isIndexMediaType(m.mediaType)) {
    for (const child of (m.json as ImageIndex).manifests ?? []) {
      found.push({
        mediaType: child.mediaType,
        digest: child.digest,
        size: child.size,
        ...(child.platform ? { platform: child.platform } : {}),
        ...(child.annotations ? { annotations: child.annotations } : {})
      });
    }
  } else {
    const manifest = m.json as ImageManifest;
    const config = await opts.client.getConfigBlob(src.ref, manifest.config.digest);
    const platform = {
      os: config.os,
      architecture: config.architecture,
      ...(config.variant ? { variant: config.variant } : {})
    };
    found.push({ mediaType: m.mediaType, digest: m.digest, size: m.size, platform });
  }
  if (src.claimed) {
    const images = found.filter(d => !isAttestation(d)).map(descriptorPlatform);
    if (!images.includes(src.claimed)) {
      throw new CheckError(
        `${formatReference(src.ref)} was recorded as ${src.claimed} but holds ${listSome(images) || 'no image'}`
      );
    }
  }
  return found;
}

/** The index's descriptors, every source read at once (a merge costs round trips, not sources × round trips). */
async function collect(opts: MergeOptions): Promise<Descriptor[]> {
  const target = { ...opts.image, tag: undefined, digest: undefined };
  const found = await Promise.all(sources(opts).map(src => describe(opts, target, src)));
  const byDigest = new Map<string, Descriptor>();
  for (const d of found.flat()) byDigest.set(d.digest, d);
  return [...byDigest.values()];
}

/** Orders images by `platformOrder` then name, attestations after the image they describe. */
export function orderDescriptors(descriptors: Descriptor[], platformOrder: Platform[] = []): Descriptor[] {
  const order = platformOrder.map(formatPlatform);
  const rank = (p: string) => {
    const i = order.indexOf(p);
    return i < 0 ? order.length : i;
  };
  const images = descriptors
    .filter(d => !isAttestation(d))
    .sort((a, b) => {
      const pa = descriptorPlatform(a);
      const pb = descriptorPlatform(b);
      return rank(pa) - rank(pb) || compareText(pa, pb) || compareText(a.digest, b.digest);
    });
  const position = new Map(images.map((d, i) => [d.digest, i]));
  const attestations = descriptors.filter(isAttestation).sort((a, b) => {
    const ra = position.get(a.annotations?.['vnd.docker.reference.digest'] ?? '') ?? images.length;
    const rb = position.get(b.annotations?.['vnd.docker.reference.digest'] ?? '') ?? images.length;
    return ra - rb || compareText(a.digest, b.digest);
  });
  return [...images, ...attestations];
}

/** The OCI index document; bytes are deterministic for the same inputs. */
export function buildIndex(descriptors: Descriptor[], annotations: Record<string, string> = {}): Buffer {
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: descriptors.map(d => ({
      mediaType: d.mediaType,
      digest: d.digest,
      size: d.size,
      ...(d.platform ? { platform: d.platform } : {}),
      ...(d.annotations && Object.keys(d.annotations).length ? { annotations: d.annotations } : {})
    }))
  };
  const keys = Object.keys(annotations).sort();
  if (keys.length) index.annotations = Object.fromEntries(keys.map(k => [k, annotations[k]]));
  return Buffer.from(JSON.stringify(index));
}

/** Two images for one platform cannot both be in an index. */
function checkConflicts(descriptors: Descriptor[]): void {
  const seen = new Map<string, string>();
  for (const d of descriptors.filter(x => !isAttestation(x))) {
    const p = descriptorPlatform(d);
    const other = seen.get(p);
    if (other && other !== d.digest) {
      throw new CheckError(`two images for ${p}: ${other} and ${d.digest}; give one digest per platform`);
    }
    seen.set(p, d.digest);
  }
}

/**
 * Joins shard digests into one OCI index. Every check (required platforms, immutable tags)
 * runs before anything is written; the index is pushed by digest only, and the tags move
 * with it only when `moveTags` (otherwise `tagIndex` moves them once the digest is proven).
 */
export async function mergeIndex(opts: MergeOptions): Promise<MergeResult> {
  const target: ImageRef = { ...opts.image, tag: undefined, digest: undefined };
  const repo = repositoryName(target);
  // The tags are read with the sources: a merge is three round trips (read, configs, push with tags).
  const [found, current] = await Promise.all([collect(opts), currentTags(opts.client, target, opts.tags)]);
  const descriptors = orderDescriptors(found, opts.platformOrder ?? opts.requiredPlatforms);
  checkConflicts(descriptors);
  const platforms = descriptors.filter(d => !isAttestation(d)).map(descriptorPlatform);
  const missing = missingPlatforms(descriptors, opts.requiredPlatforms);
  if (missing.length > 0) {
    throw new CheckError(
      `${repo}: required platform${missing.length > 1 ? 's' : ''} ${listSome(missing)} missing ` +
        `(the shards gave ${listSome(platforms) || 'nothing'}); no tag was moved`
    );
  }
  const body = buildIndex(descriptors, opts.annotations);
  const digest = sha256Digest(body);

  // Refused immutable tags fail the merge before anything is pushed.
  const changes = planTags(target, digest, opts, current);
  if (opts.push && opts.moveTags) {
    await keepNewer(opts.client, target, buildOf(digest, opts.annotations), changes, {
      overwrite: opts.overwrite,
      ancestry: opts.ancestry ?? gitAncestry()
    });
  }
  if (opts.push) {
    // With the tags, one round trip: each tag PUT carries the whole, checked index.
    const pushed = opts.client
      .putManifest(target, digest, body, MEDIA_TYPES.ociIndex)
      .then(() => core.info(`${repo}@${digest}: index pushed by digest`));
    await Promise.all([
      pushed,
      opts.moveTags &&
        moveTags(opts.client, target, { digest, body, mediaType: MEDIA_TYPES.ociIndex }, changes)
    ]);
  }
  const digests: Record<string, string> = {};
  for (const d of descriptors.filter(x => !isAttestation(x))) digests[descriptorPlatform(d)] = d.digest;
  return {
    digest,
    mediaType: MEDIA_TYPES.ociIndex,
    size: body.length,
    body,
    index: JSON.parse(body.toString('utf8')) as ImageIndex,
    platforms,
    digests,
    tags: changes.filter(c => c.action !== 'planned' && c.action !== 'skipped').map(c => c.reference),
    changes,
    attestations: descriptors.length - platforms.length
  };
}
