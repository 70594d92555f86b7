import * as core from '../core/toolkit';
import { BuildInputs } from './inputs';
import { badInput } from '../core/errors';
import { MergeResult, mergeIndex } from './merge';
import { TagChange, TagResult, tagIndex } from './tag';
import { formatPlatform, isNative, Platform } from '../oci/platform';
import { RegistryClient } from '../registry/client';
import { BinfmtSource, QemuMode, setupQemu } from '../setup/qemu';
import { BUILD_MULTIARCH, SETUP_QEMU_BUILDX } from '../core/specs.generated';
import { BuilderKind, ShardOptions } from './builders';
import { DigestRecord, readDigestFiles } from './digests';
import { buildShard, detectBuildxDriver, ShardDeps } from './shard';
import { bytes, escapeHtml, shortDigest, table, writeSummary } from '../core/summary';
import type { TagProof, TagProofPolicy } from './tag-proof';
import { LEVEL_NAMES } from '../proof/statement';

const SETUP = SETUP_QEMU_BUILDX.inputs;
const IN = BUILD_MULTIARCH.inputs;

/**
 * QEMU for the platforms this runner cannot run (an emulated entry of the plan lands on the
 * default runner). A command (Nix, Makefile) usually cross-compiles, so it gets QEMU only
 * when asked for with qemu: true.
 */
export async function setupEmulation(
  platforms: Platform[],
  builder: BuilderKind,
  qemu: QemuMode = SETUP.qemu.default,
  binfmtSource: BinfmtSource = SETUP['binfmt-source'].default
): Promise<void> {
  const foreign = platforms.filter(p => !isNative(p));
  // With qemu: false, setupQemu still proves the foreign platforms run, or says why not.
  if (foreign.length === 0 || (builder === 'command' && qemu !== 'true')) return;
  await core.group('Set up emulation', () =>
    setupQemu({
      platforms: foreign,
      qemu,
      binfmtSource,
      binfmtImage: SETUP['binfmt-image'].default,
      verify: true
    })
  );
}

/** The output names both build actions share. */
export type DigestOutputs = Pick<typeof BUILD_MULTIARCH.outputs, 'digest' | 'digests' | 'tags'>;

/** What an entry point passes to its shards besides the registry client. */
export type BuildDeps = Omit<ShardDeps, 'client'>;

/**
 * Builds each platform in turn on this runner, pushing each by digest. The buildx builder is
 * inspected once for the job.
 */
export async function buildShards(
  opts: ShardOptions,
  platforms: Platform[],
  deps: ShardDeps
): Promise<DigestRecord[]> {
  const records: DigestRecord[] = [];
  const driver = deps.driver ?? (opts.builder === 'buildx' ? await detectBuildxDriver(deps.exec) : undefined);
  for (const platform of platforms) {
    const emulated = !isNative(platform);
    const record = await core.group(
      `Build ${formatPlatform(platform)} with ${opts.builder} (${emulated ? 'emulated' : 'native'})`,
      () => buildShard(opts, { platform, emulated }, { ...deps, driver })
    );
    if (record) records.push(record);
  }
  return records;
}

/** A merge or a tag move needs tags: given, or derived from git. */
function requireTags(b: BuildInputs): void {
  if (b.tags.length === 0) throw badInput(IN.tags.name, '', 'no tags given and none can be derived from git');
}

/** Merges `records` (or, when undefined, the digest files) plus the `digests` input. */
export async function mergeShards(
  b: BuildInputs,
  client: RegistryClient,
  records?: DigestRecord[]
): Promise<MergeResult> {
  requireTags(b);
  const fromFiles = records ?? readDigestFiles(b.digestsDir);
  core.info(
    `Merging ${fromFiles.length} digest file(s) and ${b.digests.length} reference(s) into ${b.image.registry}/${b.image.repository}`
  );
  return core.group('Merge into one index', () =>
    mergeIndex({
      image: b.image,
      records: fromFiles,
      digests: b.digests,
      requiredPlatforms: b.requiredPlatforms,
      tags: b.tags,
      immutableTags: b.immutableTags,
      overwrite: b.overwrite,
      push: b.push,
      moveTags: b.tagAfter === 'merge',
      annotations: b.indexAnnotations,
      platformOrder: b.platforms,
      client
    })
  );
}

/**
 * Moves the tags to `digest`, an index that passed `checks` (tag-after: verify or e2e); sets
 * the digest and tags outputs and writes the tag summary. With a proof policy (the tag mode), a
 * valid proof is looked for before any tag moves, and one of level 1 written (still before) when
 * none counted: a proof that cannot be written moves no tag.
 */
export async function tagProven(
  out: DigestOutputs,
  b: BuildInputs,
  client: RegistryClient,
  digest: string,
  checks: string[],
  proof?: TagProofPolicy
): Promise<TagResult & { proof?: TagProof }> {
  requireTags(b);
  const target = { ...b.image, tag: undefined, digest: undefined };
  let found: TagProof | undefined;
  const tagged = await core.group(`Tag ${b.image.registry}/${b.image.repository}@${digest}`, async () => {
    for (const c of checks) core.info(`passed: ${c}`);
    return tagIndex({
      image: b.image,
      digest,
      tags: b.tags,
      immutableTags: b.immutableTags,
      overwrite: b.overwrite,
      requiredPlatforms: b.requiredPlatforms,
      client,
      beforeMove:
        proof &&
        (async index => {
          // The proof code (and the Sigstore verifier) loads only in the tag mode, in a chunk of its own.
          const { proofBeforeTags, proveListed } = await import('./tag-proof');
          const f = await proofBeforeTags(client, target, index, b.requiredPlatforms, proof);
          f.written = await proveListed(client, target, index, b.requiredPlatforms, proof, f);
          found = f;
        })
    });
  });
  core.setOutput(out.digest, tagged.digest);
  core.setOutput(out.tags, JSON.stringify(tagged.tags));
  await writeTagSummary(b.summary, tagged, checks, found);
  return { ...tagged, proof: found };
}

/** A registry client for the run, closed at the end whatever happens. */
export async function withClient<T>(b: BuildInputs, fn: (c: RegistryClient) => Promise<T>): Promise<T> {
  const client = new RegistryClient({ insecureRegistries: b.insecureRegistries, limits: b.limits });
  try {
    return await fn(client);
  } finally {
    client.close();
  }
}

function digestMap(records: DigestRecord[]): Record<string, string> {
  return Object.fromEntries(records.map(r => [r.platform, r.digest]));
}

/** Sets digest, digests and tags (the index's once merged, else the shards') and writes the build summary. */
export async function reportBuild(
  out: DigestOutputs,
  b: BuildInputs,
  records: DigestRecord[],
  merged?: MergeResult
): Promise<void> {
  core.setOutput(out.digest, merged?.digest ?? (records.length === 1 ? records[0].digest : ''));
  core.setOutput(out.digests, JSON.stringify(merged?.digests ?? digestMap(records)));
  core.setOutput(out.tags, JSON.stringify(merged?.tags ?? []));
  await writeBuildSummary(b.summary, records, merged);
}

/** One row per platform, then the index and its tags. */
export async function writeBuildSummary(
  enabled: boolean,
  records: DigestRecord[],
  merged?: MergeResult
): Promise<void> {
  await writeSummary(enabled, s => {
    s.addHeading('Multi-arch build', 3);
    if (records.length) {
      s.addTable(
        table(
          ['Platform', 'Digest', 'Size', 'Builder', 'Runs', 'Time'],
          records.map(r => [
            `<code>${r.platform}</code>`,
            `<code>${shortDigest(r.digest)}</code>`,
            bytes(r.size),
            r.builder,
            r.emulated ? 'emulated' : 'native',
            `${r.seconds.toFixed(1)}s`
          ])
        )
      );
    }
    if (merged) {
      s.addRaw(
        `Index <code>${merged.digest}</code> with ${merged.platforms.map(p => `<code>${p}</code>`).join(', ')}`,
        true
      );
      if (merged.attestations) s.addRaw(`${merged.attestations} attestation manifest(s) kept`, true);
      s.addTable(tagTable(merged.changes));
      if (merged.changes.some(c => c.action === 'planned'))
        s.addRaw('The tags wait until this digest passes its checks: no tag was moved yet.', true);
    }
  });
}

function tagTable(changes: TagChange[]): ReturnType<typeof table> {
  return table(
    ['Tag', 'Change'],
    changes.map(c => [
      `<code>${c.reference}</code>`,
      c.action +
        (c.previous && c.action === 'moved' ? ` (was <code>${shortDigest(c.previous)}</code>)` : '') +
        (c.action === 'skipped' ? ` (a newer build, <code>${shortDigest(c.previous)}</code>, is there)` : '')
    ])
  );
}

/** The tags moved to a proven digest, the checks it passed and its platform proof. */
async function writeTagSummary(
  enabled: boolean,
  tagged: TagResult,
  checks: string[],
  proof?: TagProof
): Promise<void> {
  await writeSummary(enabled, s => {
    s.addHeading('Tags moved to a proven index', 3);
    s.addRaw(
      `Index <code>${tagged.digest}</code> with ${tagged.platforms.map(p => `<code>${p}</code>`).join(', ')} passed:`,
      true
    );
    s.addList(checks);
    const line = proof && proofLine(proof);
    if (line) s.addRaw(line, true);
    s.addTable(tagTable(tagged.changes));
  });
}

/** The tag step's proof in one line: who proved the index, or what the step signed itself. */
function proofLine(p: TagProof): string {
  if (p.provenBy)
    return `Platform proof: proven by ${escapeHtml(p.provenBy)} (level ${p.level}, ${LEVEL_NAMES[p.level ?? 1]})`;
  const w = p.written[0];
  if (w)
    return `Platform proof: none counted (${escapeHtml(p.reason ?? '')}); the tag step signed one for what it checked (level 1, listed)${w.referrer ? `, referrer <code>${w.referrer}</code>` : ''}`;
  return `Platform proof: none counted (${escapeHtml(p.reason ?? '')})`;
}
