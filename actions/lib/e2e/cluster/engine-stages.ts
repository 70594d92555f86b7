import * as fs from 'node:fs';
import * as path from 'node:path';
import { EngineHost, kindConfig } from './engines';
import { kubectlApplyArgs } from './argv';
import { kubectlLabelNodesArgs } from './engine-argv';
import { toYamlDocuments } from './smoke';
import type { ClusterRun } from './types';

// The stages an engine adds: its host before kind starts, its node labels once the cluster is
// there, and its StorageClass (and pool) once the chart is installed.

/** The host as the engine sees it, from the run. */
export function engineHost(run: ClusterRun): EngineHost {
  return { exec: run.exec, isRoot: run.isRoot, work: run.work, suffix: run.suffix, meminfo: run.meminfo };
}

/** Prepares the host; returns what was done. The kind config with the engine's mounts is written here. */
export async function hostStage(run: ClusterRun): Promise<string> {
  const { engine } = run;
  if (engine.prepare) run.engineState = await engine.prepare(engineHost(run));
  const config = kindConfig(engine);
  if (config) fs.writeFileSync(path.join(run.work, 'kind-config.yaml'), toYamlDocuments([config]));
  return `${engine.name}: ${run.engineState?.done.join(', ') || 'nothing to prepare'}`;
}

export function kindConfigFile(run: ClusterRun): string | undefined {
  return kindConfig(run.engine) ? path.join(run.work, 'kind-config.yaml') : undefined;
}

/** Labels the nodes for the engine (Mayastor's io-engine runs only on labelled nodes). */
export async function labelNodes(run: ClusterRun): Promise<void> {
  for (const label of run.engine.nodeLabels) {
    await run.kubectl.run(kubectlLabelNodesArgs(label), `labelling the nodes ${label}`);
  }
}

export async function storageClassStage(run: ClusterRun): Promise<string> {
  const manifests = run.engine.manifests!(run.engineState!, {
    namespace: run.o.namespace,
    node: `${run.cluster}-control-plane`
  });
  const file = path.join(run.work, 'storageclass.yaml');
  fs.writeFileSync(file, toYamlDocuments(manifests));
  await run.kubectl.run(kubectlApplyArgs(file), `applying the ${run.engine.name} StorageClass`);
  return manifests.map(m => `${String(m.kind)} ${String((m.metadata as { name: string }).name)}`).join(', ');
}
