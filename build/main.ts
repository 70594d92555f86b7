import * as core from '@actions/core';
import { MergeResult } from '../actions/lib/build/merge';
import {
  BuildDeps,
  buildShards,
  digestMap,
  mergeShards,
  setupEmulation,
  tagProven,
  writeBuildSummary,
  writeTagSummary
} from '../actions/lib/build/pipeline';
import { CheckError } from '../actions/lib/core/errors';
import { formatPlatform, isNative, parsePlatforms } from '../actions/lib/oci/platform';
import { parseReference, repositoryName } from '../actions/lib/oci/reference';
import { RegistryClient } from '../actions/lib/registry/client';
import { DigestRecord } from '../actions/lib/build/shard';
import { writeSummary } from '../actions/lib/core/summary';
import { parityFailure, runContainerParity } from '../actions/lib/e2e/container/parity';
import { ImageSource, verifyPlatforms, VerifyResult } from '../actions/lib/verify/verify';
import { annotate } from '../actions/lib/verify/report';
import { getInputs, Inputs, OUT } from './inputs';

/** What was pushed, as verify-platforms sees it: the index, or each shard for its own platform. */
export function verifyTargets(inputs: Inputs, records: DigestRecord[], merged?: MergeResult): ImageSource[] {
  const repo = repositoryName(inputs.build.image);
  if (merged) return [{ reference: `${repo}@${merged.digest}` }];
  return records.map(r => ({ reference: `${repo}@${r.digest}`, platforms: [r.platform] }));
}

async function verify(
  inputs: Inputs,
  client: RegistryClient,
  records: DigestRecord[],
  merged?: MergeResult
): Promise<VerifyResult> {
  const b = inputs.build;
  return core.group('Verify what was pushed', () =>
    verifyPlatforms(
      {
        images: verifyTargets(inputs, records, merged),
        platforms: merged ? b.requiredPlatforms : parsePlatforms(records.map(r => r.platform)),
        deep: inputs.deep,
        insecureRegistries: b.insecureRegistries
      },
      {
        client,
        onImage: i => core.info(`${i.reference}: ${i.status}${i.reason ? ` (${i.reason})` : ''}`)
      }
    )
  );
}

/** The check failure, naming each failing platform and file, and what became of the tags. */
function verifyFailure(result: VerifyResult, untagged?: string): CheckError {
  const why = result.missing.map(m => `${m.reference}: ${m.reason}`).join('; ');
  const tags = untagged ? `; no tag was moved: ${untagged} stays untagged` : '';
  return new CheckError(`verify failed: ${why}${tags}`);
}

/** One line per check the index passed, for the tag summary. */
function verifyCheck(result: VerifyResult): string {
  return (
    `verify-platforms: ${result.platforms.join(', ')} listed with matching configs` +
    (result.deep ? ', and every executable built for its platform (ELF headers, deep)' : '')
  );
}

/** tag-after: e2e — the container parity run on the merged index, baseline first. */
async function parity(inputs: Inputs, client: RegistryClient, reference: string): Promise<string> {
  const b = inputs.build;
  const baseline =
    b.requiredPlatforms.find(p => formatPlatform(p) === 'linux/amd64') ?? b.requiredPlatforms[0];
  const result = await runContainerParity(
    {
      images: [parseReference(reference)],
      platforms: b.requiredPlatforms,
      baseline,
      command: inputs.e2eCommand,
      timeout: 300,
      runtime: 'docker',
      insecureRegistries: b.insecureRegistries
    },
    { registry: client }
  );
  if (!result.ok) {
    throw new CheckError(`${parityFailure(result).message}; no tag was moved: ${reference} stays untagged`);
  }
  return `run-arm64-e2e container parity: \`${inputs.e2eCommand}\` on ${result.images[0].runs.map(r => r.platform).join(', ')} behaves as on ${result.baseline}`;
}

/**
 * Verifies what was pushed and, with tag-after verify or e2e, moves the tags only once the
 * index passed every check. A failure leaves the index untagged and says so.
 */
async function proveAndTag(
  inputs: Inputs,
  client: RegistryClient,
  records: DigestRecord[],
  merged?: MergeResult
): Promise<void> {
  const b = inputs.build;
  if (!inputs.verify || !b.push || records.length === 0) {
    core.setOutput(OUT.verified, '');
    if (inputs.verify) core.info('Nothing was pushed, so there is nothing to verify');
    return;
  }
  const result = await verify(inputs, client, records, merged);
  core.setOutput(OUT.verified, String(result.ok));
  await writeSummary(b.summary, s =>
    s.addRaw(
      result.ok
        ? `✅ Verified ${result.platforms.join(', ')}${result.deep ? ' down to the ELF headers' : ''}`
        : `❌ Verification failed: ${result.missing.map(m => `${m.reference} (${m.reason})`).join('; ')}`,
      true
    )
  );
  annotate(result);
  const waiting =
    merged && b.tagAfter !== 'merge' ? `${repositoryName(b.image)}@${merged.digest}` : undefined;
  if (!result.ok) throw verifyFailure(result, waiting);
  if (!merged || !waiting) return;

  const checks = [verifyCheck(result)];
  if (b.tagAfter === 'e2e')
    checks.push(await core.group('Parity run', () => parity(inputs, client, waiting)));
  const tagged = await tagProven(b, client, merged.digest, checks);
  core.setOutput(OUT.tags, JSON.stringify(tagged.tags));
  await writeTagSummary(b.summary, tagged, checks);
}

/** The entry point; `deps` lets tests capture the builders' argv (index.ts passes none). */
export async function run(deps: BuildDeps = {}): Promise<void> {
  const inputs = getInputs();
  const b = inputs.build;
  const platforms = inputs.mode === 'all' ? b.platforms : b.shardPlatforms;
  const native = platforms.filter(p => isNative(p)).map(formatPlatform);
  const emulated = platforms.filter(p => !isNative(p)).map(formatPlatform);
  await setupEmulation(platforms, b.builder, inputs.qemu, inputs.binfmtSource);
  core.setOutput(OUT['native-platforms'], native.join(','));
  core.setOutput(OUT['emulated-platforms'], emulated.join(','));

  const client = new RegistryClient({ insecureRegistries: b.insecureRegistries });
  try {
    const records = await buildShards(b, platforms, { ...deps, client });
    let merged: MergeResult | undefined;
    if (inputs.mode === 'all' && b.push) merged = await mergeShards(b, client, records);
    core.setOutput(OUT.digest, merged?.digest ?? (records.length === 1 ? records[0].digest : ''));
    core.setOutput(OUT.digests, JSON.stringify(merged?.digests ?? digestMap(records)));
    core.setOutput(OUT.tags, JSON.stringify(merged?.tags ?? []));
    await writeBuildSummary(b.summary, records, merged);

    await proveAndTag(inputs, client, records, merged);
  } finally {
    client.close();
  }
}
