// The platform proof of what the one-liner built and verified: attached to the pushed index
// (signed), or written next to the archives with push: false.
import * as core from '../actions/lib/core/toolkit';
import { scratchDir } from '../actions/lib/core/paths';
import { formatPlatform } from '../actions/lib/oci/platform';
import { parseReference, repositoryName } from '../actions/lib/oci/reference';
import { RegistryClient } from '../actions/lib/registry/client';
import { ProofRuns } from '../actions/lib/proof/statement';
import { ProofTarget, WrittenProof, writeProofs } from '../actions/lib/proof/write';
import { VerifyResult } from '../actions/lib/verify/verify';
import { BUILD } from '../actions/lib/core/specs.generated';
import { Inputs, OUT } from './inputs';
import * as path from 'node:path';

/**
 * Writes the proof of the index (merged) or of the archives (push: false), only for what passed
 * verify, with the parity run's result when it ran (`parity`: its summary line); sets `proofs`.
 */
export async function proveBuilt(
  inputs: Inputs,
  client: RegistryClient,
  result: VerifyResult,
  merged: boolean,
  parity?: string
): Promise<WrittenProof[]> {
  const b = inputs.build;
  const image = result.images[0];
  if (!image) return [];
  const runs: ProofRuns = parity
    ? {
        parity: Object.fromEntries(
          b.requiredPlatforms.map(p => [formatPlatform(p), { ok: true, detail: parity }])
        )
      }
    : {};
  const repo = repositoryName(b.image);
  const target: ProofTarget = merged
    ? { image, attachTo: parseReference(repo, BUILD.inputs.image.name) }
    : { image, subjectName: repo };
  const dir = merged ? path.join(scratchDir(), 'proofs') : b.archivesDir;
  const written = await core.group('Platform proof', () =>
    writeProofs([target], { dir, key: inputs.signingKey, keylessToken: inputs.githubToken, runs }, client)
  );
  core.setOutput(OUT.proofs, JSON.stringify(written));
  return written;
}
