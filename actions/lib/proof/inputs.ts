// The signing and trust inputs that verify-platforms, build and the tag step share, read the same way.
import * as core from '../core/toolkit';
import { createPublicKey, KeyObject } from 'node:crypto';
import { badInput } from '../core/errors';
import { ChoiceSpec, getChoice, getString, InputSpec } from '../core/inputs';
import { publicKeyInput, signingKeyInput } from './keys';
import { githubToken } from './keyless';
import { ProofMode } from './cover';
import { IdentityTrust, identityTrust } from './sigstore';

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
 * `proof` and whom proofs must be signed by: the key `proof-key`, else (`signedWith`, the tag step)
 * the public half of the signing key, whose proofs the same pipeline wrote; and, where the action
 * has them (`identitySpecs`), the Sigstore identity of keyless proofs. `require` with nothing to
 * trust is a mistake in the inputs.
 */
export function getProofInputs(
  modeSpec: ChoiceSpec & { choices: readonly ProofMode[] },
  keySpec: InputSpec,
  signedWith?: KeyObject,
  identitySpecs?: { identity: InputSpec; issuer: InputSpec; trustedRoot: InputSpec }
): { proof: ProofMode; proofKeys: KeyObject[]; proofIdentity?: IdentityTrust } {
  const proof = getChoice(modeSpec);
  const key = publicKeyInput(keySpec.name, getString(keySpec)) ?? (signedWith && createPublicKey(signedWith));
  const specs = identitySpecs;
  const identity =
    specs &&
    identityTrust(
      { identity: specs.identity.name, issuer: specs.issuer.name, trustedRoot: specs.trustedRoot.name },
      {
        identity: getString(specs.identity),
        issuer: getString(specs.issuer),
        trustedRoot: getString(specs.trustedRoot)
      }
    );
  if (proof === 'require' && !key && !identity)
    throw badInput(
      modeSpec.name,
      proof,
      specs
        ? `it needs ${keySpec.name} or ${specs.identity.name}: whom proofs must be signed by`
        : `it needs ${keySpec.name}: the key proofs must be signed with`
    );
  return { proof, proofKeys: key ? [key] : [], ...(identity ? { proofIdentity: identity } : {}) };
}
