// The tag step and the platform proof. Before any tag moves: a valid proof of the index that
// covers every required platform is named (`use`) or demanded (`require`: without one no tag
// moves). After its own check (level 1: the index lists every required platform), it signs a proof
// of that level, never more, when none covered it and a key (or keyless signing) is at hand, still
// before any tag moves: a proof that cannot be written moves no tag.
import * as core from '../core/toolkit';
import type { KeyObject } from 'node:crypto';
import { CheckError } from '../core/errors';
import { listSome } from '../core/untrusted';
import { BUILD_MULTIARCH } from '../core/specs.generated';
import { formatPlatform, Platform } from '../oci/platform';
import { formatReference, ImageRef, repositoryName, withDigest } from '../oci/reference';
import { RegistryClient } from '../registry/client';
import { coveringProof, ProofMode } from '../proof/cover';
import { ProofTrust, trustsAny } from '../proof/find';
import { keylessAvailable } from '../proof/keyless';
import { LEVEL_NAMES } from '../proof/statement';
import { WrittenProof, writeProofs } from '../proof/write';

const IN = BUILD_MULTIARCH.inputs;

export interface TagProofPolicy {
  mode: ProofMode;
  /** Whom a proof must be signed by: keys, a Sigstore identity (neither: no proof is trusted). */
  trust: ProofTrust;
  /** Signs the proof the tag step writes; without it, keyless on GitHub with the token, else none is written. */
  signingKey?: KeyObject;
  githubToken: string;
  /** The folder of the proof file written. */
  dir: string;
  env?: NodeJS.ProcessEnv;
}

/** The index as the tag step read it: its digest and each listed platform's manifest digest. */
export interface ListedIndex {
  digest: string;
  entries: Map<string, string>;
}

/** What the tag step found, then wrote. */
export interface TagProof {
  /** The run (or key) of the valid proof that covers the required platforms. */
  provenBy?: string;
  /** That proof's lowest level over the required platforms. */
  level?: number;
  /** Why no proof counted, for the summary. */
  reason?: string;
  written: WrittenProof[];
}

/**
 * Looks for a valid proof of the index covering the required platforms; with `require`, none
 * throws, naming why, before any tag moves.
 */
export async function proofBeforeTags(
  client: RegistryClient,
  target: ImageRef,
  index: ListedIndex,
  required: Platform[],
  policy: TagProofPolicy
): Promise<TagProof> {
  if (policy.mode === 'ignore') return { reason: `not looked for (${IN.proof.name}: ignore)`, written: [] };
  if (!trustsAny(policy.trust)) {
    const whom = [IN['proof-key'].name, IN['signing-key'].name, IN['proof-identity'].name].join(', ');
    return { reason: `nobody to trust (none of ${whom} is given)`, written: [] };
  }
  const want = required.map(formatPlatform);
  const ref = withDigest(target, index.digest);
  // Inside the tag step's log group: no group of its own.
  const cover = await coveringProof(client, target, index.digest, index.entries, want, 1, policy.trust);
  if (cover.kind !== 'proven') {
    if (policy.mode === 'require')
      throw new CheckError(
        `${formatReference(ref)} has no valid platform proof covering ${listSome(want)} ` +
          `(${IN.proof.name}: require): ${cover.reason}; no tag was moved`
      );
    core.info(`No platform proof counts for ${formatReference(ref)}: ${cover.reason}`);
    return { reason: cover.reason, written: [] };
  }
  const levels = cover.proof.statement.predicate.platforms.filter(p => want.includes(p.platform));
  const level = Math.min(...levels.map(p => p.level));
  core.info(`${formatReference(ref)}: proven by ${cover.proof.by} (level ${level}, ${LEVEL_NAMES[level]})`);
  return { provenBy: cover.proof.by, level, written: [] };
}

/**
 * Before the tags move: a proof of what the tag step checked (level 1, each required platform
 * listed at its manifest digest), signed and attached, when no proof covered it and it can sign.
 */
export async function proveListed(
  client: RegistryClient,
  target: ImageRef,
  index: ListedIndex,
  required: Platform[],
  policy: TagProofPolicy,
  found: TagProof
): Promise<WrittenProof[]> {
  if (found.provenBy) return [];
  const keyless = !!policy.githubToken && keylessAvailable(policy.env);
  if (!policy.signingKey && !keyless) return [];
  const repo = repositoryName(target);
  const platforms = required.map(p => ({
    platform: formatPlatform(p),
    status: 'ok',
    level: 1,
    digest: index.entries.get(formatPlatform(p))
  }));
  core.info(
    `No platform proof covers ${listSome(platforms.map(p => p.platform))}: signing one of level 1 (listed)`
  );
  return writeProofs(
    [{ image: { normalized: repo, digest: index.digest, status: 'ok', platforms }, attachTo: target }],
    { dir: policy.dir, key: policy.signingKey, keylessToken: policy.githubToken, env: policy.env },
    client
  );
}
