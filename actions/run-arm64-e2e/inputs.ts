import * as path from 'node:path';
import { chartValues, namesImageUnderTest, parseImageValues } from '../lib/e2e/cluster/images';
import { ClusterE2EOptions } from '../lib/e2e/cluster/types';
import { ContainerParityOptions } from '../lib/e2e/container/parity';
import { badInput } from '../lib/core/errors';
import {
  getBool,
  getChoice,
  getInt,
  getLimits,
  getLines,
  getList,
  getString,
  parseKeyValues
} from '../lib/core/inputs';
import { readPath, scratchDir, writePath } from '../lib/core/paths';
import { RUN_ARM64_E2E } from '../lib/core/specs.generated';
import { parsePlatform, parsePlatforms } from '../lib/oci/platform';
import { isLocalRef, parseImageReference } from '../lib/oci/archive-source';
import { ImageRef } from '../lib/oci/reference';

const IN = RUN_ARM64_E2E.inputs;
export const OUT = RUN_ARM64_E2E.outputs;

export type Level = (typeof IN.level.choices)[number];

/** What both levels run on (each takes the options it knows), plus the report. */
export interface Inputs
  extends ContainerParityOptions, Omit<ClusterE2EOptions, 'deleteCluster' | 'clusterName' | 'workDir'> {
  level: Level;
  report: string;
  summary: boolean;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

type ChartInputs = Pick<
  Inputs,
  'chart' | 'chartRepo' | 'chartVersion' | 'values' | 'set' | 'imageValues' | 'namespace' | 'storageClass'
>;

/** The cluster level's chart inputs; the image mapping is checked now, before any cluster exists. */
function chartInputs(level: Level, images: ImageRef[], baseline: boolean): ChartInputs {
  const chart = getString(IN.chart);
  const chartRepo = getString(IN['chart-repo']);
  if (chartRepo && !chart)
    throw badInput(IN['chart-repo'].name, chartRepo, `it needs a chart name in "${IN.chart.name}"`);
  if (chartRepo && !/^(https?|oci):\/\/\S+$/.test(chartRepo)) {
    throw badInput(IN['chart-repo'].name, chartRepo, 'expected an http(s):// or oci:// repository URL');
  }
  const values = getList(IN.values);
  if (level === 'cluster') values.forEach(v => readPath(IN.values.name, v, 'file'));
  const namespace = getString(IN.namespace);
  if (!DNS_LABEL.test(namespace))
    throw badInput(IN.namespace.name, namespace, 'expected a DNS label (lowercase letters, digits, -)');
  const storageClass = getString(IN['storage-class']);
  if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(storageClass)) {
    throw badInput(IN['storage-class'].name, storageClass, 'expected a StorageClass name');
  }
  // The amd64 perf baseline runs the chart's own images: values naming the image under test are left out.
  const set = parseKeyValues(IN.set.name, getLines(IN.set)).filter(
    s => !baseline || !namesImageUnderTest(s.value)
  );
  const imageValues = parseImageValues(IN['image-values'].name, getLines(IN['image-values']));
  if (level === 'cluster') chartValues({ images, imageValues, set });
  const chartVersion = getString(IN['chart-version']);
  return { chart, chartRepo, chartVersion, values, set, imageValues, namespace, storageClass };
}

/** Where the report and the diagnostics go: checked now, so a bad path never hides a failure later. */
function outputPaths(level: Level): Pick<Inputs, 'report' | 'diagnosticsDir'> {
  const report = getString(IN.report) || path.join(scratchDir(), 'e2e-report.json');
  const diagnostics = getString(IN['diagnostics-dir']) || path.join(scratchDir(), 'e2e-diagnostics');
  return {
    report: writePath(IN.report.name, report, 'file'),
    diagnosticsDir:
      level === 'cluster'
        ? writePath(IN['diagnostics-dir'].name, diagnostics, 'folder')
        : path.resolve(diagnostics)
  };
}

export function getInputs(): Inputs {
  const level = getChoice(IN.level);
  const images = getList(IN.images).map(s => parseImageReference(s, IN.images.name));
  if (level === 'container' && images.length === 0) {
    throw badInput(IN.images.name, '', `${IN.level.name} "container" needs at least one image reference`);
  }
  const archive = images.find(isLocalRef);
  if (level === 'cluster' && archive) {
    throw badInput(
      IN.images.name,
      archive.original,
      `${IN.level.name} "cluster" runs images from a registry, not archives`
    );
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
    args: getLines(IN.args),
    timeout: getInt(IN.timeout, 1, 86400),
    runtime: getChoice(IN.runtime),
    insecureRegistries: getList(IN['insecure-registries']),
    limits: getLimits(IN.limits),
    ...chartInputs(level, images, getChoice(IN.perf) === 'baseline'),
    engine: getChoice(IN.engine),
    perf: getChoice(IN.perf),
    perfImage: getString(IN['perf-image']),
    perfFile: path.join(scratchDir(), 'perf', `fio-${process.arch === 'x64' ? 'amd64' : process.arch}.json`),
    testCommand: getString(IN['test-command']),
    artifactName,
    ...outputPaths(level),
    summary: getBool(IN.summary)
  };
}
