import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { CheckError, ConfigurationError } from '../../core/errors';
import * as execLib from '../../core/exec';
import {
  collectDiagnostics,
  Diagnostics,
  helmInstallArgs,
  imageIdDigest,
  kindCreateArgs,
  kindDeleteArgs,
  kindLoadArgs,
  KubeExec,
  kubectlApplyArgs,
  kubectlDeletePodArgs,
  kubectlLogsArgs,
  kubectlRolloutArgs,
  kubectlWaitPodArgs,
  kubectlWorkloadsArgs,
  NodeJson,
  PodJson,
  podsOffArch,
  runningContainers,
  smokeChecksum,
  smokeMachine,
  smokeNamespaceManifest,
  smokePodManifest,
  smokePvcManifest,
  smokeTestNames,
  toYamlDocuments
} from './kube';
import { formatPlatform, hostPlatform } from '../../oci/platform';
import { formatReference, ImageRef, parseReference } from '../../oci/reference';
import { RegistryClient } from '../../registry/client';
import { isIndexMediaType } from '../../oci/types';
import { installPinned, PINNED, ToolArch, toolArch, ToolCache } from '../../core/tools';

export interface ClusterE2EOptions {
  /** Images under test: pulled for arm64 and loaded into the cluster. Empty: the cluster pulls. */
  images: ImageRef[];
  chart?: string;
  chartRepo?: string;
  chartVersion?: string;
  values: string[];
  set: Array<{ key: string; value: string }>;
  namespace: string;
  storageClass: string;
  testCommand?: string;
  /** Seconds for each wait (cluster, helm, rollouts, smoke pods) and for the user tests × 10. */
  timeoutSeconds: number;
  allowEmulated: boolean;
  diagnosticsDir: string;
  artifactName: string;
  /** Upload diagnostics as an artifact (off in the CLI). */
  uploadDiagnostics: boolean;
  /** Delete the cluster at the end (the CLI does; on a throwaway runner it does not matter). */
  deleteCluster: boolean;
  clusterName?: string;
  workDir?: string;
  insecureRegistries?: string[];
  /** Injection points for tests. */
  hostArch?: string;
  exec?: KubeExec;
  toolCache?: ToolCache;
  tools?: Partial<Record<'kind' | 'helm' | 'kubectl', string>>;
  registry?: RegistryClient;
  upload?: (name: string, files: string[], root: string) => Promise<void>;
}

export type StageName =
  'tools' | 'cluster' | 'images' | 'install' | 'rollout' | 'storage' | 'architecture' | 'tests';

export interface Stage {
  name: StageName;
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
  detail: string;
}

export interface ClusterE2EResult {
  level: 'cluster';
  ok: boolean;
  emulated: boolean;
  cluster: string;
  kubeconfig: string;
  nodeImage: string;
  versions: { kind: string; helm: string; kubectl: string };
  stages: Stage[];
  smoke?: { checksum?: string; writerMachine?: string; readerMachine?: string };
  containers: Array<{ pod: string; container: string; image: string; imageID: string; verdict: string }>;
  diagnostics?: Diagnostics;
  artifact?: string;
  problems: string[];
}

/** Refuses to run the cluster level under emulation unless the user allowed it. */
export function checkClusterHost(allowEmulated: boolean, hostArch: string = process.arch): boolean {
  const host = formatPlatform(hostPlatform(hostArch));
  if (host === 'linux/arm64') return false;
  if (!allowEmulated) {
    throw new ConfigurationError(
      `Input "allow-emulated" is false and this runner is ${host}: level "cluster" needs a native arm64 runner ` +
        '(for example ubuntu-24.04-arm); set allow-emulated: true to run it under emulation anyway'
    );
  }
  return true;
}

const defaultExec: KubeExec = (tool, args, opts) =>
  execLib.run(tool, args, { ignoreReturnCode: true, silent: !opts?.stream, env: opts?.env });

/** Runs a tool and throws a CheckError with its last stderr line on failure. */
async function must(exec: KubeExec, tool: string, args: string[], what: string): Promise<string> {
  const res = await exec(tool, args);
  if (res.exitCode !== 0) {
    throw new CheckError(
      `${what} failed: ${execLib.lastLine(res.stderr) || execLib.lastLine(res.stdout) || `exit code ${res.exitCode}`}`
    );
  }
  return res.stdout;
}

/**
 * Level `cluster`: kind at a pinned version and node image, the chart installed and rolled
 * out, a storage smoke test (write, delete the pod, read back and verify), architecture
 * checks, then the user's tests. Diagnostics are collected when anything fails. Never throws
 * for a failed stage (see `ok`); throws ConfigurationError before doing anything under
 * emulation without `allowEmulated`.
 */
export async function runClusterE2E(o: ClusterE2EOptions): Promise<ClusterE2EResult> {
  const emulated = checkClusterHost(o.allowEmulated, o.hostArch);
  const exec = o.exec ?? defaultExec;
  const arch: ToolArch = toolArch(o.hostArch);
  const suffix = randomBytes(3).toString('hex');
  const cluster = o.clusterName ?? `arch-e2e-${suffix}`;
  const work = o.workDir ?? fs.mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'arch-e2e-'));
  fs.mkdirSync(work, { recursive: true });
  const kubeconfig = path.join(work, 'kubeconfig');
  const result: ClusterE2EResult = {
    level: 'cluster',
    ok: false,
    emulated,
    cluster,
    kubeconfig,
    nodeImage: PINNED.nodeImage,
    versions: { kind: PINNED.kind.version, helm: PINNED.helm.version, kubectl: PINNED.kubectl.version },
    stages: [],
    containers: [],
    problems: []
  };
  const tools = { kind: o.tools?.kind ?? '', helm: o.tools?.helm ?? '', kubectl: o.tools?.kubectl ?? '' };
  const kc = ['--kubeconfig', kubeconfig];
  let failed = false;
  let created = false;

  const stage = async (
    name: StageName,
    title: string,
    body: () => Promise<string>,
    when = true
  ): Promise<void> => {
    if (failed || !when) {
      result.stages.push({
        name,
        status: 'skipped',
        seconds: 0,
        detail: failed ? 'an earlier stage failed' : 'nothing to do'
      });
      return;
    }
    const started = Date.now();
    await core.group(title, async () => {
      try {
        const detail = await body();
        result.stages.push({ name, status: 'passed', seconds: (Date.now() - started) / 1000, detail });
      } catch (err) {
        failed = true;
        const message = (err as Error).message;
        result.problems.push(`${name}: ${message}`);
        result.stages.push({
          name,
          status: 'failed',
          seconds: (Date.now() - started) / 1000,
          detail: message
        });
        core.error(`${title}: ${message}`);
      }
    });
  };

  await stage('tools', 'Install kind, helm and kubectl', async () => {
    for (const t of ['kind', 'helm', 'kubectl'] as const) {
      if (!tools[t]) tools[t] = await installPinned(t, arch, o.toolCache);
    }
    return `kind ${PINNED.kind.version}, helm ${PINNED.helm.version}, kubectl ${PINNED.kubectl.version} (${arch})`;
  });

  await stage('cluster', 'Create the kind cluster', async () => {
    await must(
      exec,
      tools.kind,
      kindCreateArgs({ name: cluster, kubeconfig, waitSeconds: o.timeoutSeconds }),
      'kind create cluster'
    );
    created = true;
    const nodes = JSON.parse(
      await must(exec, tools.kubectl, ['get', 'nodes', '--output', 'json', ...kc], 'kubectl get nodes')
    ) as {
      items: NodeJson[];
    };
    const archs = nodes.items.map(
      n => `${n.metadata.name}=${n.metadata.labels?.['kubernetes.io/arch'] ?? '?'}`
    );
    return `${cluster} from ${PINNED.nodeImage} (${archs.join(', ')})`;
  });

  await stage(
    'images',
    'Load the images under test',
    async () => {
      for (const ref of o.images) {
        const image = formatReference({ ...ref, digest: undefined });
        // Pull the arm64 image into the local daemon by tag, so the chart's tag finds it.
        await must(exec, 'docker', ['pull', '--platform', 'linux/arm64', image], `docker pull ${image}`);
        await must(exec, tools.kind, kindLoadArgs(cluster, image), `kind load ${image}`);
      }
      return `${o.images.length} image(s) loaded`;
    },
    o.images.length > 0
  );

  await stage(
    'install',
    `Install the chart ${o.chart ?? ''}`,
    async () => {
      await must(
        exec,
        tools.helm,
        helmInstallArgs({
          release: releaseName(o.chart ?? ''),
          chart: o.chart ?? '',
          repo: o.chartRepo,
          version: o.chartVersion,
          namespace: o.namespace,
          values: o.values,
          set: o.set,
          timeoutSeconds: o.timeoutSeconds,
          kubeconfig
        }),
        'helm install'
      );
      return `${o.chart} in namespace ${o.namespace}`;
    },
    !!o.chart
  );

  await stage(
    'rollout',
    'Wait for the rollouts',
    async () => {
      const names = (
        await must(
          exec,
          tools.kubectl,
          [...kubectlWorkloadsArgs(o.namespace), ...kc],
          'kubectl get workloads'
        )
      )
        .split('\n')
        .map(s => s.trim())
        .filter(Boolean);
      for (const w of names) {
        await must(
          exec,
          tools.kubectl,
          [...kubectlRolloutArgs(w, o.namespace, o.timeoutSeconds), ...kc],
          `rollout of ${w}`
        );
      }
      return `${names.length} workload(s) rolled out`;
    },
    !!o.chart
  );

  await stage('storage', `Storage smoke test on ${o.storageClass}`, async () => {
    const t = smokeTestNames(`arch-e2e-${suffix}`, suffix, o.storageClass);
    const file = path.join(work, 'smoke.yaml');
    fs.writeFileSync(
      file,
      toYamlDocuments([smokeNamespaceManifest(t), smokePvcManifest(t), smokePodManifest(t, 'writer')])
    );
    await must(exec, tools.kubectl, [...kubectlApplyArgs(file), ...kc], 'applying the PVC and writer pod');
    await must(
      exec,
      tools.kubectl,
      [...kubectlWaitPodArgs(t.writer, t.namespace, o.timeoutSeconds), ...kc],
      'the writer pod'
    );
    const written = await must(
      exec,
      tools.kubectl,
      [...kubectlLogsArgs(t.writer, t.namespace), ...kc],
      'writer logs'
    );
    const checksum = smokeChecksum(written);
    if (!checksum) throw new CheckError(`the writer pod printed no checksum: ${execLib.lastLine(written)}`);
    await must(
      exec,
      tools.kubectl,
      [...kubectlDeletePodArgs(t.writer, t.namespace, o.timeoutSeconds), ...kc],
      'deleting the writer pod'
    );
    const readerFile = path.join(work, 'smoke-reader.yaml');
    fs.writeFileSync(readerFile, toYamlDocuments([smokePodManifest(t, 'reader')]));
    await must(exec, tools.kubectl, [...kubectlApplyArgs(readerFile), ...kc], 'applying the reader pod');
    await must(
      exec,
      tools.kubectl,
      [...kubectlWaitPodArgs(t.reader, t.namespace, o.timeoutSeconds), ...kc],
      'the reader pod (checksum verification)'
    );
    const read = await must(
      exec,
      tools.kubectl,
      [...kubectlLogsArgs(t.reader, t.namespace), ...kc],
      'reader logs'
    );
    const readBack = smokeChecksum(read);
    result.smoke = { checksum, writerMachine: smokeMachine(written), readerMachine: smokeMachine(read) };
    if (readBack !== checksum || !/smoke\.bin: OK/.test(read)) {
      throw new CheckError(
        `the reader did not verify the data the writer left (wrote ${checksum}, read ${readBack ?? 'nothing'})`
      );
    }
    return `PVC ${t.pvc} on ${o.storageClass}: 1 MiB written, pod deleted, read back with sha256 ${checksum.slice(0, 12)}`;
  });

  await stage('architecture', 'Check that everything runs arm64', async () => {
    const pods = (
      JSON.parse(
        await must(
          exec,
          tools.kubectl,
          ['get', 'pods', '--all-namespaces', '--output', 'json', ...kc],
          'kubectl get pods'
        )
      ) as { items: PodJson[] }
    ).items;
    const nodes = (
      JSON.parse(
        await must(exec, tools.kubectl, ['get', 'nodes', '--output', 'json', ...kc], 'kubectl get nodes')
      ) as { items: NodeJson[] }
    ).items;
    const problems = podsOffArch(pods, nodes, 'arm64');
    const verdicts = await checkImageDigests(runningContainers(pods), o.registry, o.insecureRegistries);
    result.containers = verdicts;
    problems.push(
      ...verdicts
        .filter(v => v.verdict.startsWith('not arm64'))
        .map(v => `${v.pod} ${v.container}: ${v.image} ${v.verdict}`)
    );
    if (problems.length) throw new CheckError(problems.join('; '));
    const unverified = verdicts.filter(v => v.verdict.startsWith('unverified')).length;
    return `${pods.length} pod(s) on arm64 nodes; ${verdicts.length - unverified} container image(s) resolved to arm64${unverified ? `, ${unverified} unverified` : ''}`;
  });

  await stage(
    'tests',
    `Run the tests: ${o.testCommand ?? ''}`,
    async () => {
      // PATH puts the pinned kubectl and helm first; KUBECONFIG points at this cluster.
      const env = {
        KUBECONFIG: kubeconfig,
        ARCH_E2E_CLUSTER: cluster,
        PATH: [path.dirname(tools.kubectl), path.dirname(tools.helm), process.env.PATH ?? ''].join(
          path.delimiter
        )
      };
      const res = await exec('bash', ['-c', o.testCommand ?? ''], { env, stream: true });
      if (res.exitCode !== 0) throw new CheckError(`test-command exited with ${res.exitCode}`);
      return `${o.testCommand} passed`;
    },
    !!o.testCommand
  );

  result.ok = !failed;
  if (failed && created) {
    result.diagnostics = await core.group('Collect diagnostics', () =>
      collectDiagnostics({ dir: o.diagnosticsDir, kubectl: tools.kubectl, kubeconfig, exec })
    );
    const upload = o.upload ?? (o.uploadDiagnostics ? uploadArtifact : undefined);
    if (upload && result.diagnostics.files.length) {
      try {
        await upload(o.artifactName, result.diagnostics.files, o.diagnosticsDir);
        result.artifact = o.artifactName;
      } catch (err) {
        core.warning(
          `Could not upload the diagnostics artifact "${o.artifactName}": ${(err as Error).message}`
        );
      }
    }
  }
  if (created && o.deleteCluster) {
    const res = await exec(tools.kind, kindDeleteArgs(cluster, kubeconfig));
    if (res.exitCode !== 0)
      core.warning(`Could not delete the kind cluster ${cluster}: ${execLib.lastLine(res.stderr)}`);
  }
  return result;
}

/** A Helm release name from a chart reference: `openebs/localpv-provisioner` → `localpv-provisioner`. */
export function releaseName(chart: string): string {
  const base = chart.replace(/\/+$/, '').split('/').pop() ?? 'release';
  const name = base
    .replace(/\.tgz$/, '')
    .replace(/-\d+\.\d+\.\d+.*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-');
  return (name.replace(/^-+|-+$/g, '') || 'release').slice(0, 53);
}

async function uploadArtifact(name: string, files: string[], root: string): Promise<void> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  await new DefaultArtifactClient().uploadArtifact(name, files, root, { retentionDays: 14 });
}

/**
 * Each running container's imageID must resolve to the image's arm64 manifest: its digest is
 * the arm64 manifest, the arm64 config (a loaded image), or an index that lists arm64.
 * Images the registry cannot tell us about are reported as unverified, not failed.
 */
export async function checkImageDigests(
  containers: ReturnType<typeof runningContainers>,
  registry?: RegistryClient,
  insecureRegistries?: string[]
): Promise<ClusterE2EResult['containers']> {
  const client = registry ?? new RegistryClient({ insecureRegistries, retries: 2, timeoutMs: 15000 });
  const cache = new Map<string, Promise<{ digests: Set<string>; others: Set<string> }>>();
  const resolve = (image: string) => {
    let p = cache.get(image);
    if (!p) {
      p = (async () => {
        const ref = parseReference(image, 'image');
        const inspected = await client.inspect(ref);
        const digests = new Set<string>();
        const others = new Set<string>();
        for (const e of inspected.platforms) {
          if (e.attestation) continue;
          const target = e.platform.architecture === 'arm64' && e.platform.os === 'linux' ? digests : others;
          target.add(e.digest);
          const m = await client.getImageManifest(ref, e.digest).catch(() => undefined);
          if (m) target.add(m.config.digest);
        }
        if (isIndexMediaType(inspected.mediaType) && digests.size) digests.add(inspected.digest);
        return { digests, others };
      })();
      cache.set(image, p);
    }
    return p;
  };
  const out: ClusterE2EResult['containers'] = [];
  try {
    for (const c of containers) {
      const digest = imageIdDigest(c.imageID);
      let verdict: string;
      try {
        const { digests, others } = await resolve(c.image);
        if (!digest) verdict = 'unverified: no digest in imageID';
        else if (digests.has(digest)) verdict = 'arm64';
        else if (others.has(digest)) verdict = `not arm64: ${digest} is another platform's image`;
        else if (!digests.size) verdict = 'not arm64: the image has no linux/arm64 entry';
        else verdict = `unverified: ${digest} is not in the registry's listing`;
      } catch (err) {
        verdict = `unverified: ${(err as Error).message}`;
      }
      out.push({
        pod: `${c.namespace}/${c.pod}`,
        container: c.container,
        image: c.image,
        imageID: c.imageID,
        verdict
      });
    }
  } finally {
    if (!registry) client.close();
  }
  return out;
}
