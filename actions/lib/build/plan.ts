import { badInput } from '../core/errors';
import { parseKeyValues, parseLines } from '../core/inputs';
import { BUILD_MULTIARCH } from '../core/specs.generated';
import { formatPlatform, parsePlatform, Platform, platformPair } from '../oci/platform';

/** Runner label per platform, plus the fallback for unmapped (then emulated) platforms. */
export interface RunnerMap {
  runners: Record<string, string>;
  fallback: string;
}

export interface MatrixEntry {
  platform: string;
  runner: string;
  emulated: boolean;
  pair: string;
}

export interface Plan {
  include: MatrixEntry[];
}

const RUNNER_MAP = BUILD_MULTIARCH.inputs['runner-map'];

// GitHub runner labels: letters, digits and `._-` (self-hosted labels such as oracle-aarch64-4cpu-16gb).
const LABEL_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Parses `platform=runner` lines merged over the defaults, so that mapping only
 * `linux/arm64=<self-hosted>` keeps amd64 on its hosted runner.
 */
export function parseRunnerMap(lines: string[], input = RUNNER_MAP.name): RunnerMap {
  const map: RunnerMap = { runners: {}, fallback: '' };
  for (const { key, value } of parseKeyValues(input, [...parseLines(RUNNER_MAP.default), ...lines])) {
    if (!LABEL_RE.test(value)) throw badInput(input, `${key}=${value}`, `"${value}" is not a runner label`);
    if (key === 'default') map.fallback = value;
    else map.runners[formatPlatform(parsePlatform(key, input))] = value;
  }
  return map;
}

/** Turns platforms into a job matrix; a platform with no runner of its own is emulated on the fallback. */
export function planMatrix(platforms: Platform[], map: RunnerMap): Plan {
  return {
    include: platforms.map(p => {
      const platform = formatPlatform(p);
      const runner = map.runners[platform];
      return {
        platform,
        runner: runner ?? map.fallback,
        emulated: runner === undefined,
        pair: platformPair(p)
      };
    })
  };
}

/** One line per platform, for the log and the summary. */
export function describePlan(plan: Plan): string[] {
  return plan.include.map(e =>
    e.emulated
      ? `${e.platform}: no native runner is mapped, so it is emulated with QEMU on ${e.runner}`
      : `${e.platform}: native on ${e.runner}`
  );
}
