import * as core from '@actions/core';
import { MergeResult } from '../actions/lib/build/merge';
import {
  BuildDeps,
  buildShards,
  digestMap,
  mergeShards,
  setupEmulation,
  writeBuildSummary
} from '../actions/lib/build/pipeline';
import { formatPlatform, isNative } from '../actions/lib/oci/platform';
import { repositoryName } from '../actions/lib/oci/reference';
import { RegistryClient } from '../actions/lib/registry/client';
import { DigestRecord } from '../actions/lib/build/shard';
import { writeSummary } from '../actions/lib/core/summary';
import {
  annotate,
  failureOf,
  ImageSource,
  verifyPlatforms,
  VerifyResult
} from '../actions/lib/verify/verify';
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
    verifyPlatforms({
      images: verifyTargets(inputs, records, merged),
      platforms: merged ? b.requiredPlatforms : records.map(r => r.platform),
      deep: inputs.deep,
      insecureRegistries: b.insecureRegistries,
      client,
      onImage: i => core.info(`${i.reference}: ${i.status}${i.reason ? ` (${i.reason})` : ''}`)
    })
  );
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
    const failure = failureOf(result);
    if (failure) throw failure;
  } finally {
    client.close();
  }
}
