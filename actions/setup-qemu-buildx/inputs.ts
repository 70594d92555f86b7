import { getBool, getChoice, getList, getString } from '../lib/core/inputs';
import { SETUP_QEMU_BUILDX } from '../lib/core/specs.generated';
import { BinfmtSource, QemuMode } from '../lib/setup/qemu';
import { BuildxDriver } from '../lib/setup/buildx';
import { parsePlatforms, Platform } from '../lib/oci/platform';
import { badInput } from '../lib/core/errors';

const IN = SETUP_QEMU_BUILDX.inputs;
export const OUT = SETUP_QEMU_BUILDX.outputs;

export interface Inputs {
  platforms: Platform[];
  qemu: QemuMode;
  binfmtSource: BinfmtSource;
  binfmtImage: string;
  verify: boolean;
  buildx: boolean;
  driver: BuildxDriver;
  buildkitImage: string;
  builderName: string;
  summary: boolean;
}

export function getInputs(): Inputs {
  const builderName =
    getString(IN['builder-name']) || `arch-actions-${process.env.GITHUB_RUN_ID ?? process.pid}`;
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(builderName)) {
    throw badInput(IN['builder-name'].name, builderName, 'use letters, digits, dot, dash and underscore');
  }
  return {
    platforms: parsePlatforms(getList(IN.platforms), IN.platforms.name),
    qemu: getChoice(IN.qemu),
    binfmtSource: getChoice(IN['binfmt-source']),
    binfmtImage: getString(IN['binfmt-image']),
    verify: getBool(IN.verify),
    buildx: getBool(IN.buildx),
    driver: getChoice(IN.driver),
    buildkitImage: getString(IN['buildkit-image']),
    builderName,
    summary: getBool(IN.summary)
  };
}
