import { listSome } from '../core/untrusted';
import * as core from '../core/toolkit';
import { CheckError } from '../core/errors';
import { runCaptured } from '../core/exec';
import { BUILD_MULTIARCH } from '../core/specs.generated';
import { descriptorPlatform, missingPlatforms, Platform } from '../oci/platform';
import { formatReference, ImageRef, repositoryName, withDigest } from '../oci/reference';
import { RegistryClient } from '../registry/client';
import { ImageIndex, isAttestation, isIndexMediaType } from '../oci/types';

const IN = BUILD_MULTIARCH.inputs;

export const CREATED = 'org.opencontainers.image.created';
export const REVISION = 'org.opencontainers.image.revision';

export interface TagChange {
  tag: string;
  reference: string;
  previous?: string;
  /**
   * `planned`: checked but not moved (not pushing, or the tags wait for verify);
   * `skipped`: the tag already points at a newer build, so it stays.
   */
  action: 'created' | 'moved' | 'unchanged' | 'planned' | 'skipped';
  /** Why a tag was skipped: both builds, named. */
  reason?: string;
}

export interface TagPolicy {
  /** Plain tag names. */
  tags: string[];
  /** Tags that never move to another digest unless `overwrite`. */
  immutableTags?: RegExp;
  /** Moves an immutable tag, or a mutable one to an older build. */
  overwrite: boolean;
}

/** One build as its index tells it: digest plus the created and revision annotations. */
export interface Build {
  digest: string;
  revision?: string;
  created?: string;
}

/**
 * Whether commit `a` is an ancestor of commit `b`: true, false, or undefined when the
 * checkout cannot tell (no git, shallow, unknown commit).
 */
export type Ancestry = (a: string, b: string) => Promise<boolean | undefined>;

const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** Ancestry from `git merge-base --is-ancestor` in `dir` (the workspace), bounded to 10 s. */
export function gitAncestry(dir = process.env.GITHUB_WORKSPACE || process.cwd()): Ancestry {
  return async (a, b) => {
    if (!COMMIT.test(a) || !COMMIT.test(b)) return undefined;
    const r = await runCaptured('git', ['-C', dir, 'merge-base', '--is-ancestor', a, b], {
      timeoutMs: 10_000,
      maxBytes: 64 * 1024
    });
    if (r.timedOut) return undefined;
    return r.exitCode === 0 ? true : r.exitCode === 1 ? false : undefined;
  };
}

/** The build an index document describes. */
export function buildOf(digest: string, annotations: Record<string, string> = {}): Build {
  return { digest, revision: annotations[REVISION], created: annotations[CREATED] };
}

/** Printable: a revision or time from a registry is outside text, so only its plain characters show. */
function plain(s: string | undefined): string {
  return (s ?? 'unknown').replace(/[^\w.:+-]/g, '?').slice(0, 80);
}

export function describeBuild(b: Build): string {
  return `${b.digest}, revision ${plain(b.revision)}, created ${plain(b.created)}`;
}

/**
 * Whether `next` is older than `current`: by git ancestry when both revisions are known and the
 * checkout has them, else by the created time. Undefined when neither can tell.
 */
export async function isOlder(
  next: Build,
  current: Build,
  ancestry?: Ancestry
): Promise<boolean | undefined> {
  const { revision: a, created: ca } = next;
  const { revision: b, created: cb } = current;
  if (ancestry && a && b && a !== b) {
    if (await ancestry(a, b)) return true;
    if (await ancestry(b, a)) return false;
  }
  const ta = ca ? Date.parse(ca) : NaN;
  const tb = cb ? Date.parse(cb) : NaN;
  if (Number.isNaN(ta) || Number.isNaN(tb) || ta === tb) return undefined;
  return ta < tb;
}

/** Where each tag points now (undefined: not set), all asked at once. */
export async function currentTags(
  client: RegistryClient,
  target: ImageRef,
  tags: string[]
): Promise<Map<string, string | undefined>> {
  const unique = [...new Set(tags)];
  const digests = await Promise.all(unique.map(tag => client.headManifest({ ...target, tag })));
  return new Map(unique.map((tag, i) => [tag, digests[i]]));
}

/** What each tag would do when pointed at `digest`; throws, moving nothing, when an immutable tag would move. */
export function planTags(
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

/** The build a tag points at now, read from its index's annotations (none: a single image, or unreadable). */
async function buildAt(client: RegistryClient, target: ImageRef, digest: string): Promise<Build> {
  try {
    const m = await client.getManifest(withDigest(target, digest));
    const annotations = isIndexMediaType(m.mediaType) ? (m.json as ImageIndex).annotations : undefined;
    return buildOf(digest, annotations);
  } catch (err) {
    core.info(`${repositoryName(target)}@${digest}: its build could not be read (${(err as Error).message})`);
    return { digest };
  }
}

/**
 * Marks as skipped each planned tag that already points at a newer build than `next`, and says so
 * in a notice naming both builds; `overwrite` moves them anyway. Never a failure.
 */
export async function keepNewer(
  client: RegistryClient,
  target: ImageRef,
  next: Build,
  changes: TagChange[],
  opts: { overwrite: boolean; ancestry?: Ancestry }
): Promise<void> {
  if (opts.overwrite) return;
  const moving = changes.filter(c => c.previous && c.previous !== next.digest);
  const digests = [...new Set(moving.map(c => c.previous as string))];
  const builds = new Map(
    await Promise.all(digests.map(async d => [d, await buildAt(client, target, d)] as const))
  );
  for (const c of moving) {
    const current = builds.get(c.previous as string) as Build;
    if ((await isOlder(next, current, opts.ancestry)) !== true) continue;
    c.action = 'skipped';
    c.reason =
      `skipped: ${c.tag} already points at a newer build (${describeBuild(current)}) than ` +
      `this one (${describeBuild(next)}); set ${IN.overwrite.name}: true to move it`;
    core.notice(`${c.reference} ${c.reason}`);
  }
}

/** Points each planned tag at `index` (pushed by digest at the same time), all at once; skipped tags stay. */
export async function moveTags(
  client: RegistryClient,
  target: ImageRef,
  index: { digest: string; body: Buffer; mediaType: string },
  changes: TagChange[]
): Promise<void> {
  const { digest, body, mediaType } = index;
  for (const c of changes) {
    if (c.action === 'skipped') continue;
    c.action = !c.previous ? 'created' : c.previous === digest ? 'unchanged' : 'moved';
  }
  const moving = changes.filter(c => c.action === 'created' || c.action === 'moved');
  await Promise.all(moving.map(c => client.putManifest(target, c.tag, body, mediaType)));
  for (const c of moving) core.info(`${c.reference}: ${c.action}${c.previous ? ` (was ${c.previous})` : ''}`);
}

export interface TagOptions extends TagPolicy {
  /** The repository (no tag). */
  image: ImageRef;
  /** The index digest that passed its checks. */
  digest: string;
  requiredPlatforms: Platform[];
  client: RegistryClient;
  /** How to tell which of two revisions is older; default: git in the workspace. */
  ancestry?: Ancestry;
  /** Runs once the index passed its platform check, before any tag moves; throwing moves none. */
  beforeMove?: (index: { digest: string; entries: Map<string, string> }) => Promise<void>;
}

export interface TagResult {
  digest: string;
  platforms: string[];
  /** Each platform the index lists → its manifest digest. */
  entries: Map<string, string>;
  /** Full references now pointing at `digest`. */
  tags: string[];
  changes: TagChange[];
}

/**
 * Moves the tags to an index already pushed by digest. The index is read back by that digest
 * and its platforms checked again, so a tag never points at an index missing a required one;
 * a mutable tag that points at a newer build stays where it is.
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
  const index = m.json as ImageIndex;
  const descriptors = index.manifests ?? [];
  const platforms = descriptors.filter(d => !isAttestation(d)).map(descriptorPlatform);
  const missing = missingPlatforms(descriptors, opts.requiredPlatforms);
  if (missing.length > 0) {
    throw new CheckError(
      `${formatReference(ref)} lacks required platform${missing.length > 1 ? 's' : ''} ${listSome(missing)} ` +
        `(it lists ${listSome(platforms) || 'nothing'}); no tag was moved`
    );
  }
  const changes = planTags(target, m.digest, opts, current);
  const listed = descriptors.filter(d => !isAttestation(d));
  const entries = new Map(listed.map(d => [descriptorPlatform(d), d.digest]));
  await opts.beforeMove?.({ digest: m.digest, entries });
  await keepNewer(opts.client, target, buildOf(m.digest, index.annotations), changes, {
    overwrite: opts.overwrite,
    ancestry: opts.ancestry ?? gitAncestry()
  });
  await moveTags(opts.client, target, m, changes);
  const tags = changes.filter(c => c.action !== 'skipped').map(c => c.reference);
  return { digest: m.digest, platforms, entries, tags, changes };
}
