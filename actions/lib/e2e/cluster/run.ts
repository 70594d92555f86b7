import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '../../core/toolkit';
import { ConfigurationError } from '../../core/errors';
import { pathError } from '../../core/paths';
import { RUN_ARM64_E2E } from '../../core/specs.generated';
import { actionsToolCache, installPinned, PINNED, toolArch } from '../../core/tools';
import { formatPlatform, hostPlatform } from '../../oci/platform';
import { kindDeleteArgs } from './argv';
import { collectDiagnostics, diagnosticsArtifactName } from './diagnostics';
import { failureReason, kubeExec, Kubectl, Tool } from './kubectl';
import { DEFAULT_LIMITS } from '../../core/limits';
import { runStages, STAGES } from './stages';
import { engineStorageClass, PROFILES } from './engines';
import { engineHost } from './engine-stages';
import {
  ClusterE2EDeps,
  ClusterE2EOptions,
  ClusterE2EResult,
  ClusterRun,
  Diagnostics,
  PerfMode,
  Uploader
} from './types';

export type { ClusterE2EDeps, ClusterE2EOptions, ClusterE2EResult, StageReport } from './types';

/**
 * The cluster level runs on arm64 hosts only: kind has no platform option, and a node image
 * under QEMU user emulation is not a supported kind setup (docs/arm64.md). The amd64 side of the
 * performance comparison (perf: baseline) runs on an amd64 host, natively too.
 */
export function checkClusterHost(hostArch: string = process.arch, perf: PerfMode = 'off'): void {
  const host = formatPlatform(hostPlatform(hostArch));
  if (host === 'linux/arm64') return;
  if (host === 'linux/amd64' && perf === 'baseline') return;
  throw new ConfigurationError(
    `Input "${RUN_ARM64_E2E.inputs.level.name}" is "cluster" and this runner is ${host}: the cluster level needs a native arm64 runner ` +
      `(for example ubuntu-24.04-arm, or a self-hosted arm64 runner), or an amd64 one with ${RUN_ARM64_E2E.inputs.perf.name} "baseline"`
  );
}

/** Uploads the diagnostics folder through the runner's artifact service. */
export const uploadArtifact: Uploader = async (name, files, root) => {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  await new DefaultArtifactClient().uploadArtifact(name, files, root, { retentionDays: 14 });
};

function newRun(o: ClusterE2EOptions, deps: ClusterE2EDeps): ClusterRun {
  // A tool waits up to the run's timeout (kubectl --timeout, helm --wait): never killed before.
  const exec =
    deps.exec ??
    kubeExec(Math.max(o.limits?.toolMs ?? DEFAULT_LIMITS.toolMs, (Math.max(o.timeout, 60) + 60) * 1000));
  const suffix = randomBytes(3).toString('hex');
  const cluster = o.clusterName ?? `arch-e2e-${suffix}`;
  const work = o.workDir ?? fs.mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'arch-e2e-'));
  fs.mkdirSync(work, { recursive: true });
  const kubeconfig = path.join(work, 'kubeconfig');
  const bin = { kind: '', helm: '', kubectl: '' };
  const engine = PROFILES[o.engine ?? 'hostpath'];
  const arch = toolArch(deps.hostArch);
  return {
    engine,
    isRoot: deps.isRoot ?? process.getuid?.() === 0,
    meminfo: deps.meminfo ?? (() => fs.readFileSync('/proc/meminfo', 'utf8')),
    hostFacts: deps.hostFacts,
    storageClass: engine.manifests ? engineStorageClass(engine.name) : o.storageClass,
    podArch: o.perf === 'baseline' ? arch : 'arm64',
    o,
    exec,
    arch,
    installTool: deps.installTool ?? ((t, arch) => installPinned(t, arch, actionsToolCache)),
    registry: deps.registry,
    now: deps.now ?? Date.now,
    sleep: deps.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms))),
    cluster,
    suffix,
    work,
    timeout: Math.max(o.timeout, 60),
    bin,
    kind: new Tool(exec, () => bin.kind),
    helm: new Tool(exec, () => bin.helm),
    docker: new Tool(exec, () => 'docker'),
    kubectl: new Kubectl(exec, () => bin.kubectl, kubeconfig),
    created: false,
    result: {
      level: 'cluster',
      ok: false,
      cluster,
      kubeconfig,
      nodeImage: PINNED.nodeImage,
      versions: { kind: PINNED.kind.version, helm: PINNED.helm.version, kubectl: PINNED.kubectl.version },
      stages: [],
      containers: [],
      problems: []
    }
  };
}

/** Undoes the host stage (loop device, volume group, pool, hugepages); what fails is a warning. */
async function teardownEngine(run: ClusterRun): Promise<void> {
  const state = run.engineState;
  if (!state || !run.engine.teardown) return;
  const problems = await run.engine.teardown(engineHost(run), state);
  run.result.engine = { name: state.engine, prepared: state.done, teardownProblems: problems };
  for (const p of problems) core.warning(`Teardown of ${state.engine}: ${p}`);
}

/**
 * After a failure: diagnostics into the folder, then the artifact when an uploader is given.
 * A folder that cannot be written is reported here, so the stage failure is still the last error.
 */
async function diagnose(run: ClusterRun, upload?: Uploader): Promise<void> {
  const { diagnosticsDir } = run.o;
  const artifactName = diagnosticsArtifactName(run.o.artifactName, run.suffix);
  const kind = { tool: run.kind, cluster: run.cluster };
  let diagnostics: Diagnostics;
  try {
    diagnostics = await core.group('Collect diagnostics', () =>
      collectDiagnostics(diagnosticsDir, run.kubectl, kind)
    );
  } catch (err) {
    core.error(
      `No diagnostics: ${pathError(RUN_ARM64_E2E.inputs['diagnostics-dir'].name, diagnosticsDir, err).message}`
    );
    return;
  }
  run.result.diagnostics = diagnostics;
  if (!upload || !diagnostics.files.length) return;
  try {
    await upload(artifactName, diagnostics.files, diagnosticsDir);
    run.result.artifact = artifactName;
  } catch (err) {
    core.warning(`Could not upload the diagnostics artifact "${artifactName}": ${(err as Error).message}`);
  }
}

/**
 * Level `cluster`: kind at a pinned version and node image, the chart installed and rolled
 * out, a storage smoke test (write, delete the pod, read back and verify), architecture
 * checks, then the user's tests. Diagnostics are collected when anything fails. Never throws
 * for a failed stage (see `ok`); throws ConfigurationError before doing anything on a host
 * that is not arm64.
 */
export async function runClusterE2E(
  o: ClusterE2EOptions,
  deps: ClusterE2EDeps = {}
): Promise<ClusterE2EResult> {
  checkClusterHost(deps.hostArch, o.perf);
  const run = newRun(o, deps);
  run.result.ok = await runStages(STAGES, run);
  if (!run.result.ok && run.created) await diagnose(run, deps.upload);
  // An engine's devices are held by the kind node: the cluster goes first, so the teardown can free them.
  if (run.created && (o.deleteCluster || run.engineState)) {
    const res = await run.kind.attempt(kindDeleteArgs(run.cluster, run.kubectl.kubeconfig));
    if (res.exitCode !== 0)
      core.warning(`Could not delete the kind cluster ${run.cluster}: ${failureReason(res)}`);
  }
  await teardownEngine(run);
  return run.result;
}
