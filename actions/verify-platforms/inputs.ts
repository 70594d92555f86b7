import { getBool, getChoice, getInt, getLines, getList, getString } from '../lib/core/inputs';
import { VERIFY_PLATFORMS } from '../lib/core/specs.generated';
import { parsePlatforms, Platform } from '../lib/oci/platform';
import { Mirror } from '../lib/oci/reference';
import { AllowRule, defaultReportPath, parseAllow, parseMirrors } from '../lib/verify/verify';
import { writePath } from '../lib/core/paths';

const IN = VERIFY_PLATFORMS.inputs;
export const OUT = VERIFY_PLATFORMS.outputs;

export type FailOn = (typeof IN)['fail-on']['choices'][number];
export type Lint = (typeof IN)['lint']['choices'][number];
export type LintFailOn = (typeof IN)['lint-fail-on']['choices'][number];

export interface Inputs {
  images: string[];
  chart: string;
  manifests: string[];
  dockerfiles: string[];
  platforms: Platform[];
  deep: boolean;
  allow: AllowRule[];
  mirrors: Mirror[];
  insecureRegistries: string[];
  failOn: FailOn;
  lint: Lint;
  lintFailOn: LintFailOn;
  /** Absolute, checked as a file to write; the default lives under RUNNER_TEMP. */
  report: string;
  concurrency: number;
  summary: boolean;
}

export function getInputs(): Inputs {
  return {
    images: getList(IN.images),
    chart: getString(IN.chart),
    manifests: getList(IN.manifests),
    dockerfiles: getList(IN.dockerfiles),
    platforms: parsePlatforms(getList(IN.platforms), IN.platforms.name),
    deep: getBool(IN.deep),
    allow: parseAllow(getLines(IN.allow), IN.allow.name),
    mirrors: parseMirrors(getLines(IN['registry-mirrors']), IN['registry-mirrors'].name),
    insecureRegistries: getList(IN['insecure-registries']),
    failOn: getChoice(IN['fail-on']),
    lint: getChoice(IN.lint),
    lintFailOn: getChoice(IN['lint-fail-on']),
    report: writePath(IN.report.name, getString(IN.report) || defaultReportPath(), 'file'),
    concurrency: getInt(IN.concurrency, 1, 64),
    summary: getBool(IN.summary)
  };
}
