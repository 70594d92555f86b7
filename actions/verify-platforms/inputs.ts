import { getBool, getChoice, getInt, getLines, getList, getString } from '../lib/core/inputs';
import { parsePlatforms, Platform } from '../lib/oci/platform';
import { Mirror } from '../lib/oci/reference';
import {
  AllowRule,
  DEFAULT_CONCURRENCY,
  DEFAULT_VERIFY_PLATFORMS,
  parseAllow,
  parseMirrors
} from '../lib/verify/verify';

export type FailOn = 'missing' | 'never';

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
  /** '' means the default path under RUNNER_TEMP. */
  report: string;
  concurrency: number;
  summary: boolean;
}

// The same defaults as action.yml: `node dist/verify-platforms/index.js` does not apply those.
export function getInputs(): Inputs {
  const platformList = getList('platforms');
  return {
    images: getList('images'),
    chart: getString('chart'),
    manifests: getList('manifests'),
    dockerfiles: getList('dockerfiles'),
    platforms: parsePlatforms(platformList.length ? platformList : DEFAULT_VERIFY_PLATFORMS, 'platforms'),
    deep: getBool('deep', false),
    allow: parseAllow(getLines('allow'), 'allow'),
    mirrors: parseMirrors(getLines('registry-mirrors'), 'registry-mirrors'),
    insecureRegistries: getList('insecure-registries'),
    failOn: getChoice('fail-on', ['missing', 'never'] as const, 'missing'),
    report: getString('report'),
    concurrency: getInt('concurrency', DEFAULT_CONCURRENCY, 1, 64),
    summary: getBool('summary', true)
  };
}
