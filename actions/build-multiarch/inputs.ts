import { BuildInputs, getBuildInputs, getPlatforms } from '../lib/build/inputs';
import { getBool, getChoice, getLines } from '../lib/core/inputs';
import { parseRunnerMap, RunnerMap } from '../lib/build/plan';
import { Platform } from '../lib/oci/platform';

export type Mode = 'plan' | 'shard' | 'merge' | 'all';

export interface Inputs {
  mode: Mode;
  platforms: Platform[];
  runnerMap: RunnerMap;
  summary: boolean;
  /** Everything a build or merge needs; absent in plan mode, which needs no image. */
  build?: BuildInputs;
}

export function getInputs(): Inputs {
  const mode = getChoice('mode', ['plan', 'shard', 'merge', 'all'] as const, 'all');
  return {
    mode,
    platforms: getPlatforms(),
    runnerMap: parseRunnerMap(getLines('runner-map')),
    summary: getBool('summary', true),
    build: mode === 'plan' ? undefined : getBuildInputs()
  };
}
