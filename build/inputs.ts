import { BuildInputs, getBuildInputs } from '../actions/lib/build/inputs';
import { badInput } from '../actions/lib/core/errors';
import { getBool, getChoice, getLines, getString } from '../actions/lib/core/inputs';
import { BUILD } from '../actions/lib/core/specs.generated';
import { BinfmtSource, QemuMode } from '../actions/lib/setup/qemu';
import { DriverChoice } from '../actions/lib/setup/buildx';
import type { KeyObject } from 'node:crypto';
import { getSigningInputs } from '../actions/lib/proof/inputs';

const IN = BUILD.inputs;
export const OUT = BUILD.outputs;

export interface Inputs {
  mode: (typeof IN.mode.choices)[number];
  build: BuildInputs;
  qemu: QemuMode;
  binfmtSource: BinfmtSource;
  /** The buildx driver asked for; `auto` creates a docker-container builder when only the docker driver is there. */
  driver: DriverChoice;
  buildkitImage: string;
  verify: boolean;
  deep: boolean;
  /** tag-after: e2e — the command of the parity run. */
  e2eCommand: string;
  /** tag-after: e2e — the image's own entrypoint's arguments (no shell), in place of the command. */
  e2eArgs: string[];
  /** Signs the platform proof; undefined: keyless on GitHub with a token, else unsigned. */
  signingKey?: KeyObject;
  githubToken: string;
  /** On pull_request events: the sticky comment of what was built and verified. */
  prComment: boolean;
}

export function getInputs(): Inputs {
  const mode = getChoice(IN.mode);
  const build = getBuildInputs(IN);
  const verify = getBool(IN.verify);
  // Only `all` with push moves tags; a shard never does.
  if (mode === 'all' && build.push && !verify && build.tagAfter !== 'merge') {
    throw badInput(
      IN['tag-after'].name,
      build.tagAfter,
      `${IN.verify.name} is false, so nothing would prove the index; set ${IN['tag-after'].name}: merge to tag it unchecked`
    );
  }
  return {
    mode,
    build,
    qemu: getChoice(IN.qemu),
    binfmtSource: getChoice(IN['binfmt-source']),
    driver: getChoice(IN.driver),
    buildkitImage: getString(IN['buildkit-image']),
    verify,
    deep: getBool(IN.deep),
    e2eCommand: getString(IN['e2e-command']),
    e2eArgs: getLines(IN['e2e-args']),
    prComment: getBool(IN['pr-comment']),
    ...getSigningInputs(IN['signing-key'], IN['signing-key-password'], IN['github-token'])
  };
}
