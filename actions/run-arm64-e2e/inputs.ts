import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ContainerRuntime } from '../lib/e2e/container/runtime';
import { badInput } from '../lib/core/errors';
import { getBool, getChoice, getInt, getLines, getList, getString, parseKeyValues } from '../lib/core/inputs';
import { RUN_ARM64_E2E } from '../lib/core/specs.generated';
import { parsePlatform, parsePlatforms, Platform } from '../lib/oci/platform';
import { ImageRef, parseReference } from '../lib/oci/reference';

const IN = RUN_ARM64_E2E.inputs;
export const OUT = RUN_ARM64_E2E.outputs;

export type Level = (typeof IN.level.choices)[number];

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

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

function tempRoot(): string {
  return path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'arch-actions');
}

export function getInputs(): Inputs {
  const level = getChoice(IN.level);
  const images = getList(IN.images).map(s => parseReference(s, IN.images.name));
  if (level === 'container' && images.length === 0) {
    throw badInput(IN.images.name, '', 'level "container" needs at least one image reference');
  }
  const chart = getString(IN.chart);
  const chartRepo = getString(IN['chart-repo']);
  if (chartRepo && !chart)
    throw badInput(IN['chart-repo'].name, chartRepo, 'it needs a chart name in "chart"');
  if (chartRepo && !/^(https?|oci):\/\/\S+$/.test(chartRepo)) {
    throw badInput(IN['chart-repo'].name, chartRepo, 'expected an http(s):// or oci:// repository URL');
  }
  const values = getList(IN.values);
  if (level === 'cluster') {
    for (const v of values) if (!fs.existsSync(v)) throw badInput(IN.values.name, v, 'no such file');
  }
  const namespace = getString(IN.namespace);
  if (!DNS_LABEL.test(namespace))
    throw badInput(IN.namespace.name, namespace, 'expected a DNS label (lowercase letters, digits, -)');
  const storageClass = getString(IN['storage-class']);
  if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(storageClass)) {
    throw badInput(IN['storage-class'].name, storageClass, 'expected a StorageClass name');
  }
  const artifactName = getString(IN['artifact-name']);
  if (/[":<>|*?\\/\r\n]/.test(artifactName)) {
    throw badInput(
      IN['artifact-name'].name,
      artifactName,
      'an artifact name cannot contain " : < > | * ? \\ / or newlines'
    );
  }
  return {
    level,
    images,
    platforms: parsePlatforms(getList(IN.platforms), IN.platforms.name),
    baseline: parsePlatform(getString(IN.baseline), IN.baseline.name),
    command: getString(IN.command),
    timeout: getInt(IN.timeout, 1, 86400),
    runtime: getChoice(IN.runtime),
    insecureRegistries: getList(IN['insecure-registries']),
    allowEmulated: getBool(IN['allow-emulated']),
    chart,
    chartRepo,
    chartVersion: getString(IN['chart-version']),
    values,
    set: parseKeyValues(IN.set.name, getLines(IN.set)),
    namespace,
    storageClass,
    testCommand: getString(IN['test-command']),
    diagnosticsDir: path.resolve(
      getString(IN['diagnostics-dir']) || path.join(tempRoot(), 'e2e-diagnostics')
    ),
    artifactName,
    report: path.resolve(getString(IN.report) || path.join(tempRoot(), 'e2e-report.json')),
    summary: getBool(IN.summary)
  };
}
