import { BuildInputs, getBuildInputs, getPlatforms } from '../lib/build/inputs';
import { getBool, getChoice, getLines } from '../lib/core/inputs';
import { BUILD_MULTIARCH } from '../lib/core/specs.generated';
import { parseRunnerMap, RunnerMap } from '../lib/build/plan';
import { Platform } from '../lib/oci/platform';

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
}

export function getInputs(): Inputs {
  const mode = getChoice(IN.mode);
  return {
    mode,
    platforms: getPlatforms(IN),
    runnerMap: parseRunnerMap(getLines(IN['runner-map'])),
    summary: getBool(IN.summary),
    build: mode === 'plan' ? undefined : getBuildInputs(IN, process.env, mode === 'merge' ? 'merge' : 'build')
  };
}
