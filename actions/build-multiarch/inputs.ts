import { BuildInputs, getBuildInputs, getPlatforms } from '../lib/build/inputs';
import { badInput } from '../lib/core/errors';
import { getBool, getChoice, getLines, getString } from '../lib/core/inputs';
import { BUILD_MULTIARCH } from '../lib/core/specs.generated';
import { parseRunnerMap, RunnerMap } from '../lib/build/plan';
import { Platform } from '../lib/oci/platform';
import { getProofInputs, getSigningInputs } from '../lib/proof/inputs';
import type { TagProofPolicy } from '../lib/build/tag-proof';

const IN = BUILD_MULTIARCH.inputs;
export const OUT = BUILD_MULTIARCH.outputs;

export type Mode = (typeof IN.mode.choices)[number];

export interface Inputs {
  mode: Mode;
  platforms: Platform[];
  runnerMap: RunnerMap;
  summary: boolean;
  /** Everything a build or merge needs; absent in plan mode, which needs no image. */
  build?: BuildInputs;
  /** tag: the index digest to tag, and the checks it passed. */
  digest: string;
  checks: string[];
  /** tag: how proofs of the index count, and what signs the tag step's own. */
  proof?: Omit<TagProofPolicy, 'dir'>;
}

/** tag: the digest must be an index digest, and at least one check must vouch for it. */
function tagTarget(mode: Mode): { digest: string; checks: string[] } {
  const digest = getString(IN.digest);
  const checks = getLines(IN.checks);
  if (mode !== 'tag') return { digest, checks };
  if (!/^sha256:[a-f0-9]{64}$/.test(digest)) {
    throw badInput(
      IN.digest.name,
      digest,
      `${IN.mode.name} "tag" needs the index digest the merge pushed (sha256:<64 hex>)`
    );
  }
  if (checks.length === 0) {
    throw badInput(
      IN.checks.name,
      '',
      `${IN.mode.name} "tag" moves tags only to a proven digest: list the ${IN.checks.name} it passed`
    );
  }
  return { digest, checks };
}

/** tag: `proof`, whom to trust (`proof-key`, else the signing key's public half; `proof-identity`) and the signing inputs. */
function tagProofInputs(): Omit<TagProofPolicy, 'dir'> {
  const signing = getSigningInputs(IN['signing-key'], IN['signing-key-password'], IN['github-token']);
  const { proof, proofKeys, proofIdentity } = getProofInputs(IN.proof, IN['proof-key'], signing.signingKey, {
    identity: IN['proof-identity'],
    issuer: IN['proof-issuer'],
    trustedRoot: IN['proof-trusted-root']
  });
  return { mode: proof, trust: { keys: proofKeys, identity: proofIdentity }, ...signing };
}

export function getInputs(): Inputs {
  const mode = getChoice(IN.mode);
  return {
    ...(mode === 'tag' ? { proof: tagProofInputs() } : {}),
    ...tagTarget(mode),
    mode,
    platforms: getPlatforms(IN),
    runnerMap: parseRunnerMap(getLines(IN['runner-map'])),
    summary: getBool(IN.summary),
    build:
      mode === 'plan'
        ? undefined
        : getBuildInputs(IN, process.env, mode === 'merge' || mode === 'tag' ? mode : 'build')
  };
}
