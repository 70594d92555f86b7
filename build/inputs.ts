import { BuildInputs, getBuildInputs } from '../actions/lib/build/inputs';
import { getBool, getChoice } from '../actions/lib/core/inputs';
import { BUILD } from '../actions/lib/core/specs.generated';
import { BinfmtSource, QemuMode } from '../actions/lib/setup/qemu';

const IN = BUILD.inputs;
export const OUT = BUILD.outputs;

export interface Inputs {
  mode: (typeof IN.mode.choices)[number];
  build: BuildInputs;
  qemu: QemuMode;
  binfmtSource: BinfmtSource;
  verify: boolean;
  deep: boolean;
}

export function getInputs(): Inputs {
  return {
    mode: getChoice(IN.mode),
    build: getBuildInputs(IN),
    qemu: getChoice(IN.qemu),
    binfmtSource: getChoice(IN['binfmt-source']),
    verify: getBool(IN.verify),
    deep: getBool(IN.deep)
  };
}
