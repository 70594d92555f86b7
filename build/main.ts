import * as core from '../actions/lib/core/toolkit';
import { MergeResult } from '../actions/lib/build/merge';
import {
  BuildDeps,
  buildShards,
  mergeShards,
  reportBuild,
  setupEmulation,
  tagProven,
  withClient
} from '../actions/lib/build/pipeline';
import { CheckError } from '../actions/lib/core/errors';
import { formatPlatform, isNative, parsePlatforms, Platform } from '../actions/lib/oci/platform';
import { parseImageReference } from '../actions/lib/oci/archive-source';
import { repositoryName } from '../actions/lib/oci/reference';
import { RegistryClient } from '../actions/lib/registry/client';
import { DigestRecord } from '../actions/lib/build/digests';
import { writeSummary } from '../actions/lib/core/summary';
import { parityFailure, runContainerParity } from '../actions/lib/e2e/container/parity';
import { ImageSource, verifyPlatforms, VerifyResult } from '../actions/lib/verify/verify';
import { annotate } from '../actions/lib/verify/report';
import { EarlyDeep } from '../actions/lib/verify/early-deep';
import { BUILD, RUN_ARM64_E2E } from '../actions/lib/core/specs.generated';
import {
  builderFor,
  CreatedBuilder,
  removeBuilder,
  removeSavedBuilder,
  saveCreatedBuilder
} from '../actions/lib/setup/buildx';
import { getInputs, Inputs, OUT } from './inputs';
import { proveBuilt } from './proof';
import { WrittenProof } from '../actions/lib/proof/write';
import { postComment } from '../actions/lib/verify/comment';

/**
 * What was built, as verify-platforms sees it: the merged index; without push, the folder of
 * archives (all) or each archive for its platform (shard); else each pushed shard.
 */
export function verifyTargets(inputs: Inputs, records: DigestRecord[], merged?: MergeResult): ImageSource[] {
  const b = inputs.build;
  const repo = repositoryName(b.image);
  if (merged) return [{ reference: `${repo}@${merged.digest}` }];
  if (!b.push && inputs.mode === 'all') return [{ reference: `oci-archive:${b.archivesDir}` }];
  return records.map(r => ({
    reference: r.archive ? `oci-archive:${r.archive}` : `${repo}@${r.digest}`,
    platforms: [r.platform]
  }));
}

async function verify(
  inputs: Inputs,
  client: RegistryClient,
  records: DigestRecord[],
  merged?: MergeResult,
  early?: EarlyDeep
): Promise<VerifyResult> {
  const b = inputs.build;
  const whole = merged || (!b.push && inputs.mode === 'all');
  return core.group(b.push ? 'Verify what was pushed' : 'Verify the archives (offline)', () =>
    verifyPlatforms(
      {
        images: verifyTargets(inputs, records, merged),
        platforms: whole
          ? b.requiredPlatforms
          : parsePlatforms(
              records.map(r => r.platform),
              BUILD.inputs.platforms.name
            ),
        deep: inputs.deep,
        insecureRegistries: b.insecureRegistries,
        limits: b.limits
      },
      {
        client,
        early,
        onImage: i => core.info(`${i.reference}: ${i.status}${i.reason ? ` (${i.reason})` : ''}`)
      }
    )
  );
}

/** The check failure, naming each failing platform and file, and what became of the tags. */
function checkFailure(what: string, untagged?: string): CheckError {
  const tags = untagged ? `; no tag was moved: ${untagged} stays untagged` : '';
  return new CheckError(`${what}${tags}`);
}

/** One line per check the index passed, for the tag summary. */
function verifyCheck(result: VerifyResult): string {
  return (
    `verify-platforms: ${result.platforms.join(', ')} listed with matching configs` +
    (result.deep ? ', and every executable built for its platform (ELF headers, deep)' : '')
  );
}

// The parity run takes run-arm64-e2e's baseline and runtime defaults.
const E2E = RUN_ARM64_E2E.inputs;

/** tag-after: e2e — the container parity run on `reference` (the index, or the archives), baseline first. */
async function parity(
  inputs: Inputs,
  client: RegistryClient,
  reference: string,
  untagged?: string
): Promise<string> {
  const b = inputs.build;
  const baseline =
    b.requiredPlatforms.find(p => formatPlatform(p) === E2E.baseline.default) ?? b.requiredPlatforms[0];
  const result = await runContainerParity(
    {
      images: [parseImageReference(reference, BUILD.inputs['archives-dir'].name)],
      platforms: b.requiredPlatforms,
      baseline,
      command: inputs.e2eCommand,
      args: inputs.e2eArgs,
      inputNames: { command: BUILD.inputs['e2e-command'].name, args: BUILD.inputs['e2e-args'].name },
      timeout: 300,
      runtime: E2E.runtime.default,
      insecureRegistries: b.insecureRegistries
    },
    { registry: client }
  );
  if (!result.ok) throw checkFailure(parityFailure(result).message, untagged);
  const what = inputs.e2eArgs.length ? JSON.stringify(inputs.e2eArgs) : inputs.e2eCommand;
  return `run-arm64-e2e container parity: \`${what}\` on ${result.images[0].runs.map(r => r.platform).join(', ')} behaves as on ${result.baseline}`;
}

async function summariseVerify(enabled: boolean, result: VerifyResult): Promise<void> {
  await writeSummary(enabled, s =>
    s.addRaw(
      result.ok
        ? `✅ Verified ${result.platforms.join(', ')}${result.deep ? ' down to the ELF headers' : ''}`
        : `❌ Verification failed: ${result.missing.map(m => `${m.reference} (${m.reason})`).join('; ')}`,
      true
    )
  );
}

/**
 * Verifies what was built and, with tag-after verify or e2e, moves the tags only once the
 * index passed every check. A failure leaves the index untagged and says so. Without push the
 * archives get the same checks, offline, and nothing is tagged.
 */
async function proveAndTag(
  inputs: Inputs,
  client: RegistryClient,
  records: DigestRecord[],
  merged?: MergeResult,
  early?: EarlyDeep
): Promise<void> {
  const b = inputs.build;
  if (!inputs.verify || records.length === 0) {
    core.setOutput(OUT.verified, '');
    if (inputs.verify) core.info('Nothing was built, so there is nothing to verify');
    return;
  }
  const result = await verify(inputs, client, records, merged, early);
  core.setOutput(OUT.verified, String(result.ok));
  await summariseVerify(b.summary, result);
  annotate(result);
  const proofs: WrittenProof[] = [];
  try {
    await proveAndTagVerified(inputs, client, records, result, proofs, merged);
  } finally {
    // Whatever became of the checks past verify, the pull request shows the platform × level table.
    await postComment(inputs.prComment, inputs.githubToken, result, proofs, 'build');
  }
}

/** Past verify: its failure, or the proof (and the parity run and tags, when they wait for it); `proofs` gets what was written. */
async function proveAndTagVerified(
  inputs: Inputs,
  client: RegistryClient,
  records: DigestRecord[],
  result: VerifyResult,
  proofs: WrittenProof[],
  merged?: MergeResult
): Promise<void> {
  const b = inputs.build;
  const repo = repositoryName(b.image);
  const subject = merged ? `${repo}@${merged.digest}` : verifyTargets(inputs, records)[0].reference;
  const waiting = merged && b.tagAfter !== 'merge' ? subject : undefined;
  if (!result.ok) throw checkFailure(`verify failed: ${result.verdict}`, waiting);
  // Past verify go the index waiting for its tags and, without push, the archives of every platform.
  const archives = !b.push && inputs.mode === 'all';
  if (!waiting && !archives) {
    if (merged) proofs.push(...(await proveBuilt(inputs, client, result, true)));
    return;
  }

  const checks = [verifyCheck(result)];
  if (b.tagAfter === 'e2e')
    checks.push(await core.group('Parity run', () => parity(inputs, client, subject, waiting)));
  proofs.push(
    ...(await proveBuilt(inputs, client, result, !!merged, b.tagAfter === 'e2e' ? checks[1] : undefined))
  );
  if (!merged) {
    core.info(`push is false: ${subject} passed ${checks.length} check(s), and nothing was pushed or tagged`);
    return;
  }
  await tagProven(OUT, b, client, merged.digest, checks);
}

/**
 * The builder of a buildx build, as a docker/github-builder user expects: a docker-container one
 * (created when only the docker driver is there, named to buildx through BUILDX_BUILDER so that
 * no other job's builder changes, and removed by the post step), unless the docker driver is
 * asked for or the BuildKit image cannot be pulled.
 */
async function setupDriver(
  inputs: Inputs,
  platforms: string[],
  deps: BuildDeps,
  onCreated: (c: CreatedBuilder) => void
): Promise<BuildDeps['driver']> {
  if (inputs.build.builder !== 'buildx') return deps.driver;
  const { driver, created } = await core.group('Set up buildx', () =>
    builderFor(
      inputs.driver,
      {
        name: `arch-actions-build-${process.pid}`,
        buildkitImage: inputs.buildkitImage,
        platforms,
        registry: inputs.build.image.registry
      },
      { exec: deps.exec, onCreated }
    )
  );
  if (created) process.env.BUILDX_BUILDER = created;
  return driver ?? deps.driver;
}

/** Post step: removes the builder the main step created. */
export async function post(deps: BuildDeps = {}): Promise<void> {
  await removeSavedBuilder(deps.exec);
}

/** main and post in one go, where no runner calls the post step (the CLI). */
export async function runOnce(deps: BuildDeps = {}): Promise<void> {
  let created: CreatedBuilder | undefined;
  try {
    await run(deps, c => (created = c));
  } finally {
    if (created) await removeBuilder(created, deps.exec);
  }
}

/**
 * The entry point; `deps` lets tests capture the builders' argv (index.ts passes none), and
 * `onCreated` keeps the builder it creates for the post step.
 */
export async function run(
  deps: BuildDeps = {},
  onCreated: (c: CreatedBuilder) => void = saveCreatedBuilder
): Promise<void> {
  const inputs = getInputs();
  const b = inputs.build;
  const platforms = inputs.mode === 'all' ? b.platforms : b.shardPlatforms;
  const native = platforms.filter(p => isNative(p)).map(formatPlatform);
  const emulated = platforms.filter(p => !isNative(p)).map(formatPlatform);
  await setupEmulation(platforms, b.builder, inputs.qemu, inputs.binfmtSource);
  core.setOutput(OUT['native-platforms'], native.join(','));
  core.setOutput(OUT['emulated-platforms'], emulated.join(','));

  const driver = await setupDriver(inputs, platforms.map(formatPlatform), deps, onCreated);
  await withClient(b, async client => {
    // Each platform's layers are read back as soon as it is pushed, while the next one builds.
    const early = inputs.verify && inputs.deep && b.push ? new EarlyDeep(client) : undefined;
    const onPushed = early && ((p: Platform, digest: string) => early.start(b.image, digest, p));
    try {
      const records = await buildShards(b, platforms, { ...deps, driver, client, onPushed });
      let merged: MergeResult | undefined;
      if (inputs.mode === 'all' && b.push) merged = await mergeShards(b, client, records);
      await reportBuild(OUT, b, records, merged);
      await proveAndTag(inputs, client, records, merged, early);
    } finally {
      await early?.dispose();
    }
  });
}
