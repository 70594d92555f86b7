import { getBool, getChoice, getList, getString } from '../lib/core/inputs';
import { BinfmtSource, DEFAULT_BINFMT_IMAGE, QemuMode } from '../lib/setup/qemu';
import { BuildxDriver, DEFAULT_BUILDKIT_IMAGE } from '../lib/setup/buildx';
import { parsePlatforms, Platform } from '../lib/oci/platform';
import { badInput } from '../lib/core/errors';

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

export const DEFAULT_PLATFORMS = 'linux/amd64,linux/arm64';

export function getInputs(): Inputs {
  const list = getList('platforms');
  const platforms = parsePlatforms(list.length ? list : DEFAULT_PLATFORMS.split(','), 'platforms');
  const builderName = getString('builder-name', `arch-actions-${process.env.GITHUB_RUN_ID ?? process.pid}`);
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(builderName)) {
    throw badInput('builder-name', builderName, 'use letters, digits, dot, dash and underscore');
  }
  return {
    platforms,
    qemu: getChoice('qemu', ['auto', 'true', 'false'] as const, 'auto'),
    binfmtSource: getChoice('binfmt-source', ['auto', 'image', 'host'] as const, 'auto'),
    binfmtImage: getString('binfmt-image', DEFAULT_BINFMT_IMAGE),
    verify: getBool('verify', true),
    buildx: getBool('buildx', true),
    driver: getChoice('driver', ['docker-container', 'docker'] as const, 'docker-container'),
    buildkitImage: getString('buildkit-image', DEFAULT_BUILDKIT_IMAGE),
    builderName,
    summary: getBool('summary', true)
  };
}
