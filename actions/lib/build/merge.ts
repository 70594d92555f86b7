import * as core from '../core/toolkit';
import { badInput, CheckError } from '../core/errors';
import { BUILD_MULTIARCH } from '../core/specs.generated';
import { formatPlatform, normalisePlatformString, Platform } from '../oci/platform';
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

const IN = BUILD_MULTIARCH.inputs;

export interface MergeOptions {
  /** The repository the index is pushed to (no tag). */
  image: ImageRef;
  /** From the digest files of the shards. */
  records: DigestRecord[];
  /** `repo@sha256:…` references given directly (the `digests` input). */
  digests: string[];
  /** Platforms that must all be present before any tag is set. */
  requiredPlatforms: Platform[];
  /** Plain tag names. */
  tags: string[];
  /** Tags that never move to another digest unless `overwrite`. */
  immutableTags?: RegExp;
  overwrite: boolean;
  push: boolean;
  /** Move the tags right after the push (`tag-after: merge`); otherwise a later tag step does, once the digest passed its checks. */
  moveTags: boolean;
  /** Index annotations (OCI metadata from the git context, plus the user's). */
  annotations: Record<string, string>;
  /** Order of the images in the index; the rest follow alphabetically. */
  platformOrder?: Platform[];
  client: RegistryClient;
}

export interface TagChange {
  tag: string;
  reference: string;
  previous?: string;
  /** `planned`: checked but not moved (not pushing, or the tags wait for verify). */
  action: 'created' | 'moved' | 'unchanged' | 'planned';
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

export function descriptorPlatform(d: Descriptor): string {
  if (!d.platform) return 'unknown/unknown';
  const { os, architecture, variant } = d.platform;
  return normalisePlatformString([os, architecture, variant].filter(Boolean).join('/'));
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
        `${formatReference(src.ref)} was recorded as ${src.claimed} but holds ${images.join(', ') || 'no image'}`
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

/** Missing required platforms; `unknown/unknown` (attestations) never counts. */
export function missingPlatforms(descriptors: Descriptor[], required: Platform[]): string[] {
  const present = new Set(descriptors.filter(d => !isAttestation(d)).map(descriptorPlatform));
  return required.map(formatPlatform).filter(p => !present.has(p));
}

type TagPolicy = Pick<MergeOptions, 'tags' | 'immutableTags' | 'overwrite'>;

/** Where each tag points now (undefined: not set), all asked at once. */
async function currentTags(
  client: RegistryClient,
  target: ImageRef,
  tags: string[]
): Promise<Map<string, string | undefined>> {
  const unique = [...new Set(tags)];
  const digests = await Promise.all(unique.map(tag => client.headManifest({ ...target, tag })));
  return new Map(unique.map((tag, i) => [tag, digests[i]]));
}

/** What each tag would do when pointed at `digest`; throws, moving nothing, when an immutable tag would move. */
function planTags(
  target: ImageRef,
  digest: string,
  policy: TagPolicy,
  current: Map<string, string | undefined>
): TagChange[] {
  const repo = repositoryName(target);
  const changes: TagChange[] = [];
  const refused: string[] = [];
  for (const [tag, previous] of current) {
    const reference = `${repo}:${tag}`;
    if (previous && previous !== digest && policy.immutableTags?.test(tag) && !policy.overwrite) {
      refused.push(`${reference} is immutable and points to ${previous}, not ${digest}`);
    }
    changes.push({ tag, reference, previous, action: 'planned' });
  }
  if (refused.length > 0) {
    throw new CheckError(
      `${refused.join('; ')} (set ${IN.overwrite.name}: true to move it); no tag was moved`
    );
  }
  return changes;
}

/** Points each planned tag at `index` (pushed by digest at the same time), all at once. */
async function moveTags(
  client: RegistryClient,
  target: ImageRef,
  index: { digest: string; body: Buffer; mediaType: string },
  changes: TagChange[]
): Promise<void> {
  const { digest, body, mediaType } = index;
  for (const c of changes) c.action = !c.previous ? 'created' : c.previous === digest ? 'unchanged' : 'moved';
  const moving = changes.filter(c => c.action !== 'unchanged');
  await Promise.all(moving.map(c => client.putManifest(target, c.tag, body, mediaType)));
  for (const c of moving) core.info(`${c.reference}: ${c.action}${c.previous ? ` (was ${c.previous})` : ''}`);
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
      `${repo}: required platform${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing ` +
        `(the shards gave ${platforms.join(', ') || 'nothing'}); no tag was moved`
    );
  }
  const body = buildIndex(descriptors, opts.annotations);
  const digest = sha256Digest(body);

  // Refused immutable tags fail the merge before anything is pushed.
  const changes = planTags(target, digest, opts, current);
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
    tags: changes.filter(c => c.action !== 'planned').map(c => c.reference),
    changes,
    attestations: descriptors.length - platforms.length
  };
}

export interface TagOptions extends TagPolicy {
  /** The repository (no tag). */
  image: ImageRef;
  /** The index digest that passed its checks. */
  digest: string;
  requiredPlatforms: Platform[];
  client: RegistryClient;
}

export interface TagResult {
  digest: string;
  platforms: string[];
  /** Full references now pointing at `digest`. */
  tags: string[];
  changes: TagChange[];
}

/**
 * Moves the tags to an index already pushed by digest. The index is read back by that digest
 * and its platforms checked again, so a tag never points at an index missing a required one.
 */
export async function tagIndex(opts: TagOptions): Promise<TagResult> {
  const target: ImageRef = { ...opts.image, tag: undefined, digest: undefined };
  const ref = withDigest(target, opts.digest);
  const [m, current] = await Promise.all([
    opts.client.getManifest(ref),
    currentTags(opts.client, target, opts.tags)
  ]);
  if (!isIndexMediaType(m.mediaType)) {
    throw new CheckError(
      `${formatReference(ref)} is a single image (${m.mediaType}), not an index; no tag was moved`
    );
  }
  const descriptors = (m.json as ImageIndex).manifests ?? [];
  const platforms = descriptors.filter(d => !isAttestation(d)).map(descriptorPlatform);
  const missing = missingPlatforms(descriptors, opts.requiredPlatforms);
  if (missing.length > 0) {
    throw new CheckError(
      `${formatReference(ref)} lacks required platform${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ` +
        `(it lists ${platforms.join(', ') || 'nothing'}); no tag was moved`
    );
  }
  const changes = planTags(target, m.digest, opts, current);
  await moveTags(opts.client, target, m, changes);
  return { digest: m.digest, platforms, tags: changes.map(c => c.reference), changes };
}
