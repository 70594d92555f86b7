// Whether a digest's proofs cover what is asked: the newest valid proof whose platforms, at the
// index's own manifest digests, reach the level asked for. verify and the tag step both ask.
import { whyOf } from '../core/errors';
import { ImageRef } from '../oci/reference';
import { RegistryClient } from '../registry/client';
import { findProofs, FoundProof, ProofTrust } from './find';
import { uncovered } from './statement';

/** How verify and the tag step treat proofs already attached to an index. */
export type ProofMode = 'use' | 'require' | 'ignore';

export type Coverage =
  | { kind: 'proven'; proof: FoundProof }
  | { kind: 'none'; reason: string }
  | { kind: 'unknown'; reason: string };

/**
 * Looks for a proof of `ref@digest` that covers `want` (normalised platform strings) at `level`;
 * `entries` maps each platform the index lists to its manifest digest, so a proof naming another
 * manifest for a platform does not count. `none` says why no proof does; `unknown`: unreadable.
 */
export async function coveringProof(
  client: RegistryClient,
  ref: ImageRef,
  digest: string,
  entries: Map<string, string>,
  want: string[],
  level: number,
  trust: ProofTrust
): Promise<Coverage> {
  let search;
  try {
    search = await findProofs(client, ref, digest, trust);
  } catch (err) {
    return { kind: 'unknown', reason: `its proofs could not be read: ${whyOf(err)}` };
  }
  const gaps: string[] = [];
  for (const p of search.valid) {
    const lie = p.statement.predicate.platforms.find(
      x => entries.has(x.platform) && entries.get(x.platform) !== x.digest
    );
    const gap = lie
      ? `it names ${lie.digest} for ${lie.platform}, the index ${entries.get(lie.platform)}`
      : uncovered(p.statement.predicate, want, level);
    if (!gap) return { kind: 'proven', proof: p };
    gaps.push(gap);
  }
  const why = [...gaps.map(g => `a valid proof does not cover it: ${g}`), ...search.refused];
  return { kind: 'none', reason: why.length ? why.join('; ') : 'no platform proof is attached' };
}
