import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { ContainerRuntime } from '../lib/e2e/container';
import { badInput } from '../lib/core/errors';
import { getBool, getChoice, getInt, getLines, getList, getString, parseKeyValues } from '../lib/core/inputs';
import { parsePlatform, parsePlatforms, Platform } from '../lib/oci/platform';
import { ImageRef, parseReference } from '../lib/oci/reference';

export type Level = 'container' | 'cluster';

export interface Inputs {
  level: Level;
  images: ImageRef[];
  platforms: Platform[];
  baseline: Platform;
  command: string;
  timeout: number;
  runtime: ContainerRuntime;
  insecureRegistries: string[];
  allowEmulated: boolean;
  chart: string;
  chartRepo: string;
  chartVersion: string;
  values: string[];
  set: Array<{ key: string; value: string }>;
  namespace: string;
  storageClass: string;
  testCommand: string;
  diagnosticsDir: string;
  artifactName: string;
  report: string;
  summary: boolean;
}

// The same defaults as action.yml: they are not applied when run as `node dist/…`.
export const DEFAULTS = {
  platforms: 'linux/arm64',
  baseline: 'linux/amd64',
  command: 'uname -m',
  timeout: 120,
  namespace: 'openebs',
  storageClass: 'openebs-hostpath',
  artifactName: 'arm64-e2e-diagnostics'
} as const;

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

function tempRoot(): string {
  return path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'arch-actions');
}

export function getInputs(): Inputs {
  const level = getChoice('level', ['container', 'cluster'] as const, 'container');
  const images = getList('images').map(s => parseReference(s, 'images'));
  if (level === 'container' && images.length === 0) {
    throw badInput('images', '', 'level "container" needs at least one image reference');
  }
  const platformList = getList('platforms');
  const platforms = parsePlatforms(platformList.length ? platformList : [DEFAULTS.platforms], 'platforms');
  const baseline = parsePlatform(getString('baseline', DEFAULTS.baseline), 'baseline');
  const command = core.getInput('command').trim() || DEFAULTS.command;

  const chart = getString('chart');
  const chartRepo = getString('chart-repo');
  if (chartRepo && !chart) throw badInput('chart-repo', chartRepo, 'it needs a chart name in "chart"');
  if (chartRepo && !/^(https?|oci):\/\/\S+$/.test(chartRepo)) {
    throw badInput('chart-repo', chartRepo, 'expected an http(s):// or oci:// repository URL');
  }
  const values = getList('values');
  if (level === 'cluster') {
    for (const v of values) if (!fs.existsSync(v)) throw badInput('values', v, 'no such file');
  }
  const namespace = getString('namespace', DEFAULTS.namespace);
  if (!DNS_LABEL.test(namespace))
    throw badInput('namespace', namespace, 'expected a DNS label (lowercase letters, digits, -)');
  const storageClass = getString('storage-class', DEFAULTS.storageClass);
  if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(storageClass)) {
    throw badInput('storage-class', storageClass, 'expected a StorageClass name');
  }
  const artifactName = getString('artifact-name', DEFAULTS.artifactName);
  if (/[":<>|*?\\/\r\n]/.test(artifactName)) {
    throw badInput(
      'artifact-name',
      artifactName,
      'an artifact name cannot contain " : < > | * ? \\ / or newlines'
    );
  }
  return {
    level,
    images,
    platforms,
    baseline,
    command,
    timeout: getInt('timeout', DEFAULTS.timeout, 1, 86400),
    runtime: getChoice('runtime', ['docker', 'podman'] as const, 'docker'),
    insecureRegistries: getList('insecure-registries'),
    allowEmulated: getBool('allow-emulated', false),
    chart,
    chartRepo,
    chartVersion: getString('chart-version'),
    values,
    set: parseKeyValues('set', getLines('set')),
    namespace,
    storageClass,
    testCommand: core.getInput('test-command').trim(),
    diagnosticsDir: path.resolve(getString('diagnostics-dir', path.join(tempRoot(), 'e2e-diagnostics'))),
    artifactName,
    report: path.resolve(getString('report', path.join(tempRoot(), 'e2e-report.json'))),
    summary: getBool('summary', true)
  };
}
