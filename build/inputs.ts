import { BuildInputs, getBuildInputs } from '../actions/lib/build/inputs';
import { getBool, getChoice } from '../actions/lib/core/inputs';
import { BinfmtSource, QemuMode } from '../actions/lib/setup/qemu';

export interface Inputs {
  mode: 'all' | 'shard';
  build: BuildInputs;
  qemu: QemuMode;
  binfmtSource: BinfmtSource;
  verify: boolean;
  deep: boolean;
}

export function getInputs(): Inputs {
  return {
    mode: getChoice('mode', ['all', 'shard'] as const, 'all'),
    build: getBuildInputs(),
    qemu: getChoice('qemu', ['auto', 'true', 'false'] as const, 'auto'),
    binfmtSource: getChoice('binfmt-source', ['auto', 'image', 'host'] as const, 'auto'),
    verify: getBool('verify', true),
    deep: getBool('deep', true)
  };
}
