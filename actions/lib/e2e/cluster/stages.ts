import * as path from 'node:path';
import * as core from '../../core/toolkit';
import { CheckError } from '../../core/errors';
import { RUN_ARM64_E2E } from '../../core/specs.generated';
import { PINNED } from '../../core/tools';
import { architectureStage } from './architecture';
import { helmChart, imagesStage } from './images';
import { helmInstallArgs, kindCreateArgs, kubectlRolloutArgs, kubectlWorkloadsArgs } from './argv';
import { chartImagesStage } from './chart-images';
import { storageStage } from './smoke';
import { hostStage, kindConfigFile, labelNodes, storageClassStage } from './engine-stages';
import { perfStage } from './perf';
import { ClusterRun, NodeJson, Stage } from './types';

/** Runs the stages in order, each in a log group; after a failure the rest are skipped. */
export async function runStages(stages: Stage[], run: ClusterRun): Promise<boolean> {
  let failed = false;
  for (const stage of stages) {
    const why = failed ? 'an earlier stage failed' : stage.skip?.(run);
    if (why) {
      run.result.stages.push({ name: stage.name, status: 'skipped', seconds: 0, detail: why });
      continue;
    }
    const title = stage.title(run);
    const started = run.now();
    const seconds = () => (run.now() - started) / 1000;
    await core.group(title, async () => {
      try {
        const detail = await stage.body(run);
        run.result.stages.push({ name: stage.name, status: 'passed', seconds: seconds(), detail });
      } catch (err) {
        failed = true;
        const detail = (err as Error).message;
        run.result.problems.push(`${stage.name}: ${detail}`);
        run.result.stages.push({ name: stage.name, status: 'failed', seconds: seconds(), detail });
        core.error(`${title}: ${detail}`);
      }
    });
  }
  return !failed;
}

const noChart = (run: ClusterRun) => (run.o.chart ? undefined : 'no chart to install');

async function toolsStage(run: ClusterRun): Promise<string> {
  for (const t of ['kind', 'helm', 'kubectl'] as const) {
    if (!run.bin[t]) run.bin[t] = await run.installTool(t, run.arch);
  }
  return `kind ${PINNED.kind.version}, helm ${PINNED.helm.version}, kubectl ${PINNED.kubectl.version} (${run.arch})`;
}

async function clusterStage(run: ClusterRun): Promise<string> {
  const { cluster, kubectl, timeout } = run;
  const config = kindConfigFile(run);
  const args = kindCreateArgs({
    name: cluster,
    kubeconfig: kubectl.kubeconfig,
    waitSeconds: timeout,
    config
  });
  await run.kind.run(args, 'kind create cluster');
  run.created = true;
  await labelNodes(run);
  const nodes = await kubectl.items<NodeJson>('nodes');
  const archs = nodes.map(n => `${n.metadata.name}=${n.metadata.labels?.['kubernetes.io/arch'] ?? '?'}`);
  return `${cluster} from ${PINNED.nodeImage} (${archs.join(', ')})`;
}

async function installStage(run: ClusterRun): Promise<string> {
  const o = run.o;
  const args = helmInstallArgs({
    ...helmChart(run),
    timeoutSeconds: run.timeout,
    kubeconfig: run.kubectl.kubeconfig
  });
  await run.helm.run(args, 'helm install');
  return `${o.chart} in namespace ${o.namespace}`;
}

async function rolloutStage(run: ClusterRun): Promise<string> {
  const { namespace } = run.o;
  const listed = await run.kubectl.run(kubectlWorkloadsArgs(namespace), 'kubectl get workloads');
  const names = listed
    .split('\n')
    .map(s => s.trim())
    .filter(Boolean);
  for (const w of names) {
    await run.kubectl.run(kubectlRolloutArgs(w, namespace, run.timeout), `rollout of ${w}`);
  }
  return `${names.length} workload(s) rolled out`;
}

async function testsStage(run: ClusterRun): Promise<string> {
  // PATH puts the pinned kubectl and helm first; KUBECONFIG points at this cluster.
  const env = {
    KUBECONFIG: run.kubectl.kubeconfig,
    ARCH_E2E_CLUSTER: run.cluster,
    PATH: [path.dirname(run.bin.kubectl), path.dirname(run.bin.helm), process.env.PATH ?? ''].join(
      path.delimiter
    )
  };
  const res = await run.exec('bash', ['-c', run.o.testCommand], { env, stream: true });
  if (res.exitCode !== 0)
    throw new CheckError(`${RUN_ARM64_E2E.inputs['test-command'].name} exited with ${res.exitCode}`);
  return `${run.o.testCommand} passed`;
}

/** The cluster level, in order. */
export const STAGES: Stage[] = [
  { name: 'tools', title: () => 'Install kind, helm and kubectl', body: toolsStage },
  {
    name: 'host',
    title: run => `Prepare the runner for ${run.engine.name}`,
    skip: run => (run.engine.prepare ? undefined : `${run.engine.name} needs nothing on the host`),
    body: hostStage
  },
  { name: 'cluster', title: () => 'Create the kind cluster', body: clusterStage },
  {
    name: 'images',
    title: () => 'Load the images under test',
    skip: run => (run.o.images.length ? undefined : 'nothing to do'),
    body: imagesStage
  },
  {
    name: 'chart-images',
    title: () => "Pull the chart's images with the job's login and load them",
    skip: noChart,
    body: chartImagesStage
  },
  { name: 'install', title: run => `Install the chart ${run.o.chart}`, skip: noChart, body: installStage },
  { name: 'rollout', title: () => 'Wait for the rollouts', skip: noChart, body: rolloutStage },
  {
    name: 'storageclass',
    title: run => `StorageClass for ${run.engine.name}`,
    skip: run => noChart(run) ?? (run.engine.manifests ? undefined : `the chart's own ${run.storageClass}`),
    body: storageClassStage
  },
  {
    name: 'storage',
    title: run => `Storage smoke test on ${run.storageClass}`,
    // Without a chart there is no storage under test (kind's own class is not ours to test).
    skip: noChart,
    body: storageStage
  },
  {
    name: 'perf',
    title: run => `fio on ${run.storageClass} (${run.podArch})`,
    skip: run => noChart(run) ?? ((run.o.perf ?? 'off') === 'off' ? 'not asked for' : undefined),
    body: perfStage
  },
  {
    name: 'architecture',
    title: () => 'Check that everything runs arm64',
    skip: run => (run.o.perf === 'baseline' ? 'the amd64 baseline run' : undefined),
    body: architectureStage
  },
  {
    name: 'tests',
    title: run => `Run the tests: ${run.o.testCommand}`,
    skip: run => (run.o.testCommand ? undefined : 'nothing to do'),
    body: testsStage
  }
];
