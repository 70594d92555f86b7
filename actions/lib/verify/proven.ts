// Proof reuse: a digest with a valid platform proof that covers the platforms and level asked for
// is not checked again (no config, no layer is read); with `require`, an image without one fails.
import { VERIFY_PLATFORMS } from '../core/specs.generated';
import { formatPlatform, normalisePlatformString, Platform } from '../oci/platform';
import { ImageRef } from '../oci/reference';
import { InspectedImage } from '../oci/types';
import { RegistryClient } from '../registry/client';
import { ProofTrust, trustsAny } from '../proof/find';
import { coveringProof, ProofMode } from '../proof/cover';

const IN = VERIFY_PLATFORMS.inputs;

export type { ProofMode };

/** How verify treats proofs already attached to the images. */
export interface ProofPolicy {
  mode: ProofMode;
  /** Keys or the keyless identity a proof must be signed by; neither means no proof is trusted (`use` then checks everything). */
  trust: ProofTrust;
}

/** What a proof said about one image, for the result. */
export interface ProofUse {
  /** The run (or key) that proved it. */
  by: string;
  key: string;
  checkedAt: string;
}

/** A platform a proof stands for (a PlatformCheck of image.ts). */
export interface ProvenPlatform {
  platform: string;
  status: 'ok';
  outcome: 'proven';
  level: 1 | 2 | 3;
  digest: string;
  reason: string;
}

/** A platform as proof checking leaves it: proven, or (`require`) refused for want of a proof. */
export type ProofPlatform =
  | ProvenPlatform
  | { platform: string; status: 'error'; outcome: 'unknown'; level: 1; unknown: 'error'; reason: string }
  | { platform: string; status: 'missing'; outcome: 'missing'; level: 1; reason: string };

export type ProofOutcome =
  | { kind: 'proven'; platforms: ProvenPlatform[]; proof: ProofUse }
  | { kind: 'none'; reason: string }
  | { kind: 'unknown'; reason: string };

/** Each platform the index lists (normalised) → its manifest digest. */
export function platformDigests(image: InspectedImage): Map<string, string> {
  return new Map(
    image.platforms.map(e => {
      const { os, architecture, variant } = e.platform;
      return [normalisePlatformString(`${os}/${architecture}${variant ? '/' + variant : ''}`), e.digest];
    })
  );
}

/**
 * Looks for a proof of `image` that covers `needed` at `level`. `none` when there is no valid
 * proof (with why), `unknown` when the proofs could not be read.
 */
export async function provenByProof(
  client: RegistryClient,
  ref: ImageRef,
  image: InspectedImage,
  needed: Platform[],
  level: number,
  policy: ProofPolicy
): Promise<ProofOutcome> {
  const want = needed.map(formatPlatform);
  const entries = platformDigests(image);
  const cover = await coveringProof(client, ref, image.digest, entries, want, level, policy.trust);
  if (cover.kind !== 'proven') return cover;
  const found = cover.proof;
  const byPlatform = new Map(found.statement.predicate.platforms.map(p => [p.platform, p]));
  const platforms: ProvenPlatform[] = want.map(w => ({
    platform: w,
    status: 'ok',
    outcome: 'proven',
    level: Math.min(3, byPlatform.get(w)!.level) as 1 | 2 | 3,
    digest: entries.get(w) ?? byPlatform.get(w)!.digest,
    reason: `proven earlier by ${found.by}, not re-checked`
  }));
  return {
    kind: 'proven',
    platforms,
    proof: { by: found.by, key: found.key, checkedAt: found.statement.predicate.checkedAt }
  };
}

/**
 * With a proof policy: the platforms a valid proof stands for, or (`require`) the failure of an
 * image that has none; undefined when the image is to be checked.
 */
export async function proofOutcome(
  client: RegistryClient,
  ref: ImageRef,
  image: InspectedImage,
  needed: Platform[],
  o: { deep: boolean; proof?: ProofPolicy }
): Promise<{ platforms: ProofPlatform[]; proof?: ProofUse } | undefined> {
  const policy = o.proof;
  if (!policy || policy.mode === 'ignore' || !trustsAny(policy.trust)) return undefined;
  const out = await provenByProof(client, ref, image, needed, o.deep ? 3 : 2, policy);
  if (out.kind === 'proven') return out;
  if (policy.mode !== 'require') return undefined;
  const reason = `no valid platform proof (${IN.proof.name}: require): ${out.reason}`;
  return {
    platforms: needed.map(p =>
      out.kind === 'unknown'
        ? {
            platform: formatPlatform(p),
            status: 'error',
            outcome: 'unknown',
            level: 1,
            unknown: 'error',
            reason
          }
        : { platform: formatPlatform(p), status: 'missing', outcome: 'missing', level: 1, reason }
    )
  };
}
