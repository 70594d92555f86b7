// The signing inputs that verify-platforms and build share, read the same way in both.
import * as core from '../core/toolkit';
import { KeyObject } from 'node:crypto';
import { getString, InputSpec } from '../core/inputs';
import { signingKeyInput } from './keys';
import { githubToken } from './keyless';

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
