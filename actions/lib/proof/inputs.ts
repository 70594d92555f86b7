// The signing and trust inputs that verify-platforms, build and the tag step share, read the same way.
import * as core from '../core/toolkit';
import { createPublicKey, KeyObject } from 'node:crypto';
import { badInput } from '../core/errors';
import { ChoiceSpec, getChoice, getString, InputSpec } from '../core/inputs';
import { publicKeyInput, signingKeyInput } from './keys';
import { githubToken } from './keyless';
import { ProofMode } from './cover';

/**
 * The cosign key (unlocked with its password) and the token for keyless signing, both secrets
 * masked; the three specs are the action's signing key, its password and its GitHub token.
 */
export function getSigningInputs(
  keySpec: InputSpec,
  passwordSpec: InputSpec,
  tokenSpec: InputSpec
): { signingKey?: KeyObject; githubToken: string } {
  const password = getString(passwordSpec);
  if (password) core.setSecret(password);
  const token = githubToken(getString(tokenSpec));
  if (token) core.setSecret(token);
  const signingKey = signingKeyInput(keySpec.name, getString(keySpec), passwordSpec.name, password);
  return { signingKey, githubToken: token };
}

/**
 * `proof` and the keys proofs must be signed with: `proof-key`, else (`signedWith`, the tag step)
 * the public half of the signing key, whose proofs the same pipeline wrote. `require` with no key
 * to trust is a mistake in the inputs.
 */
export function getProofInputs(
  modeSpec: ChoiceSpec & { choices: readonly ProofMode[] },
  keySpec: InputSpec,
  signedWith?: KeyObject
): { proof: ProofMode; proofKeys: KeyObject[] } {
  const proof = getChoice(modeSpec);
  const key = publicKeyInput(keySpec.name, getString(keySpec)) ?? (signedWith && createPublicKey(signedWith));
  if (proof === 'require' && !key)
    throw badInput(modeSpec.name, proof, `it needs ${keySpec.name}: the key proofs must be signed with`);
  return { proof, proofKeys: key ? [key] : [] };
}
