import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { PINNED } from '../../core/tools';

// Argv builders for kind, helm and kubectl: pure functions, so tests assert exact argv.

export function kindCreateArgs(o: {
  name: string;
  image?: string;
  kubeconfig: string;
  waitSeconds?: number;
}): string[] {
  return [
    'create',
    'cluster',
    '--name',
    o.name,
    '--image',
    o.image ?? PINNED.nodeImage,
    '--kubeconfig',
    o.kubeconfig,
    '--wait',
    `${o.waitSeconds ?? 300}s`
  ];
}

export function kindLoadArgs(name: string, image: string): string[] {
  return ['load', 'docker-image', image, '--name', name];
}

export function kindDeleteArgs(name: string, kubeconfig: string): string[] {
  return ['delete', 'cluster', '--name', name, '--kubeconfig', kubeconfig];
}

export function kindExportLogsArgs(name: string, dir: string): string[] {
  return ['export', 'logs', dir, '--name', name];
}

export interface HelmInstall {
  release: string;
  chart: string;
  /** Chart repository URL (`helm --repo`); empty for a path, `oci://` or `repo/name` chart. */
  repo?: string;
  version?: string;
  namespace: string;
  values: string[];
  set: Array<{ key: string; value: string }>;
  timeoutSeconds: number;
  kubeconfig: string;
}

/** `helm upgrade --install … --wait`: idempotent, so a rerun on the same cluster works. */
export function helmInstallArgs(h: HelmInstall): string[] {
  const args = ['upgrade', '--install', h.release, h.chart, '--namespace', h.namespace, '--create-namespace'];
  if (h.repo) args.push('--repo', h.repo);
  if (h.version) args.push('--version', h.version);
  for (const v of h.values) args.push('--values', v);
  for (const s of h.set) args.push('--set', `${s.key}=${s.value}`);
  args.push('--wait', '--timeout', `${h.timeoutSeconds}s`, '--kubeconfig', h.kubeconfig);
  return args;
}

/** Workloads whose rollouts we wait for after the install. */
export function kubectlWorkloadsArgs(namespace: string): string[] {
  return ['get', 'deployments,daemonsets,statefulsets', '--namespace', namespace, '--output', 'name'];
}

export function kubectlRolloutArgs(workload: string, namespace: string, timeoutSeconds: number): string[] {
  return ['rollout', 'status', workload, '--namespace', namespace, `--timeout=${timeoutSeconds}s`];
}

export function kubectlApplyArgs(file: string): string[] {
  return ['apply', '--filename', file];
}

export function kubectlWaitPodArgs(pod: string, namespace: string, timeoutSeconds: number): string[] {
  return [
    'wait',
    `pod/${pod}`,
    '--namespace',
    namespace,
    '--for=jsonpath={.status.phase}=Succeeded',
    `--timeout=${timeoutSeconds}s`
  ];
}

export function kubectlLogsArgs(
  pod: string,
  namespace: string,
  container?: string,
  previous = false
): string[] {
  const args = ['logs', pod, '--namespace', namespace];
  if (container) args.push('--container', container);
  if (previous) args.push('--previous');
  args.push('--timestamps');
  return args;
}

export function kubectlDeletePodArgs(pod: string, namespace: string, timeoutSeconds: number): string[] {
  return ['delete', 'pod', pod, '--namespace', namespace, '--wait=true', `--timeout=${timeoutSeconds}s`];
}

// ---- Storage smoke test -------------------------------------------------------------------

export interface SmokeTest {
  namespace: string;
  storageClass: string;
  pvc: string;
  writer: string;
  reader: string;
  image: string;
  size: string;
}

export function smokeTestNames(namespace: string, suffix: string, storageClass: string): SmokeTest {
  return {
    namespace,
    storageClass,
    pvc: `arch-e2e-pvc-${suffix}`,
    writer: `arch-e2e-writer-${suffix}`,
    reader: `arch-e2e-reader-${suffix}`,
    image: PINNED.smokeImage,
    size: '64Mi'
  };
}

/** The file the writer leaves on the volume and the reader checks (1 MiB of random data). */
export const WRITER_SCRIPT = [
  'set -e',
  'head -c 1048576 /dev/urandom > /data/smoke.bin',
  'cd /data && sha256sum smoke.bin > smoke.sha256',
  'sync',
  'cat /data/smoke.sha256',
  'echo "machine=$(uname -m)"'
].join('\n');

export const READER_SCRIPT = [
  'set -e',
  'cd /data',
  'sha256sum -c smoke.sha256',
  'cat smoke.sha256',
  'echo "machine=$(uname -m)"'
].join('\n');

export function smokeNamespaceManifest(t: SmokeTest): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: t.namespace } };
}

export function smokePvcManifest(t: SmokeTest): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: t.pvc,
      namespace: t.namespace,
      labels: { 'app.kubernetes.io/part-of': 'arch-actions-e2e' }
    },
    spec: {
      storageClassName: t.storageClass,
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: t.size } }
    }
  };
}

export function smokePodManifest(t: SmokeTest, role: 'writer' | 'reader'): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: role === 'writer' ? t.writer : t.reader,
      namespace: t.namespace,
      labels: { 'app.kubernetes.io/part-of': 'arch-actions-e2e', 'arch-actions/role': role }
    },
    spec: {
      restartPolicy: 'Never',
      // The test is about arm64: schedule only there.
      nodeSelector: { 'kubernetes.io/arch': 'arm64' },
      containers: [
        {
          name: role,
          image: t.image,
          command: ['sh', '-c', role === 'writer' ? WRITER_SCRIPT : READER_SCRIPT],
          volumeMounts: [{ name: 'data', mountPath: '/data' }]
        }
      ],
      volumes: [{ name: 'data', persistentVolumeClaim: { claimName: t.pvc } }]
    }
  };
}

/** Multi-document YAML for `kubectl apply -f`. */
export function toYamlDocuments(docs: Array<Record<string, unknown>>): string {
  return docs.map(d => stringify(d)).join('---\n');
}

/** The checksum line (`<hex>  smoke.bin`) a writer or reader printed, if any. */
export function smokeChecksum(log: string): string | undefined {
  const m = /(?:^|\s)([a-f0-9]{64})\s+\*?smoke\.bin/m.exec(log);
  return m?.[1];
}

export function smokeMachine(log: string): string | undefined {
  return /machine=(\S+)/.exec(log)?.[1];
}

// ---- Architecture checks ------------------------------------------------------------------

interface ContainerStatus {
  name: string;
  image: string;
  imageID: string;
  ready?: boolean;
  restartCount?: number;
  state?: {
    running?: unknown;
    waiting?: { reason?: string };
    terminated?: { reason?: string; exitCode?: number };
  };
}

export interface PodJson {
  metadata: { name: string; namespace: string };
  spec: { nodeName?: string; containers: Array<{ name: string }> };
  status: {
    phase?: string;
    containerStatuses?: ContainerStatus[];
    initContainerStatuses?: ContainerStatus[];
  };
}

export interface NodeJson {
  metadata: { name: string; labels?: Record<string, string> };
}

export interface RunningContainer {
  pod: string;
  namespace: string;
  node: string;
  container: string;
  image: string;
  imageID: string;
}

/** Pods on a node whose `kubernetes.io/arch` is not the expected one (or unscheduled pods). */
export function podsOffArch(pods: PodJson[], nodes: NodeJson[], arch: string): string[] {
  const archOf = new Map(
    nodes.map(n => [n.metadata.name, n.metadata.labels?.['kubernetes.io/arch'] ?? 'unknown'])
  );
  const problems: string[] = [];
  for (const p of pods) {
    const node = p.spec.nodeName;
    if (!node) continue; // Pending pods are reported by the rollout and diagnostics, not here.
    const a = archOf.get(node) ?? 'unknown';
    if (a !== arch)
      problems.push(
        `pod ${p.metadata.namespace}/${p.metadata.name} runs on node ${node} with kubernetes.io/arch=${a}, not ${arch}`
      );
  }
  return problems;
}

export function runningContainers(pods: PodJson[]): RunningContainer[] {
  const out: RunningContainer[] = [];
  for (const p of pods) {
    for (const c of p.status.containerStatuses ?? []) {
      if (!c.state?.running) continue;
      out.push({
        pod: p.metadata.name,
        namespace: p.metadata.namespace,
        node: p.spec.nodeName ?? '',
        container: c.name,
        image: c.image,
        imageID: c.imageID
      });
    }
  }
  return out;
}

/** The digest in a container's imageID: `docker.io/x/y@sha256:…`, `sha256:…` or `docker-pullable://…@sha256:…`. */
export function imageIdDigest(imageID: string): string | undefined {
  return /(sha256:[a-f0-9]{64})$/.exec(imageID.trim())?.[1];
}

/** Pods that are not healthy: not Running/Succeeded, or with a container waiting, failed or restarted. */
export function failingPods(pods: PodJson[]): PodJson[] {
  return pods.filter(p => {
    if (p.status.phase !== 'Running' && p.status.phase !== 'Succeeded') return true;
    const statuses = [...(p.status.initContainerStatuses ?? []), ...(p.status.containerStatuses ?? [])];
    return statuses.some(
      c =>
        (c.restartCount ?? 0) > 0 ||
        c.state?.waiting !== undefined ||
        (c.state?.terminated !== undefined && c.state.terminated.exitCode !== 0) ||
        (p.status.phase === 'Running' && c.state?.running !== undefined && c.ready === false)
    );
  });
}

// ---- Diagnostics --------------------------------------------------------------------------

/** Runs a tool without throwing; `stream` shows its output in the log (user tests). */
export type KubeExec = (
  tool: string,
  args: string[],
  opts?: { env?: Record<string, string>; stream?: boolean }
) => Promise<{ exitCode: number; stdout: string; stderr: string }>;

export interface Diagnostics {
  dir: string;
  files: string[];
  failingPods: string[];
  /** Commands that failed while collecting; collection carries on. */
  errors: string[];
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9_.-]+/g, '_');
}

/**
 * Collects what a maintainer needs to debug a failed run into `dir`: all resources (wide),
 * descriptions of failing pods, their logs (with previous containers), events sorted by
 * time, and node information. Each kubectl call that fails is noted and skipped.
 */
export async function collectDiagnostics(o: {
  dir: string;
  kubectl: string;
  kubeconfig: string;
  exec: KubeExec;
}): Promise<Diagnostics> {
  fs.mkdirSync(o.dir, { recursive: true });
  const files: string[] = [];
  const errors: string[] = [];
  const kc = ['--kubeconfig', o.kubeconfig];
  const save = async (file: string, args: string[]): Promise<string | undefined> => {
    const res = await o.exec(o.kubectl, [...args, ...kc]);
    const target = path.join(o.dir, file);
    if (res.exitCode !== 0) {
      errors.push(
        `kubectl ${args.join(' ')}: ${res.stderr.trim().split('\n').pop() ?? `exit ${res.exitCode}`}`
      );
      fs.writeFileSync(target, `# kubectl ${args.join(' ')} failed (exit ${res.exitCode})\n${res.stderr}`);
    } else {
      fs.writeFileSync(target, res.stdout);
    }
    files.push(target);
    return res.exitCode === 0 ? res.stdout : undefined;
  };

  await save('all-resources.txt', ['get', 'all', '--all-namespaces', '--output', 'wide']);
  await save('pvc-pv-sc.txt', [
    'get',
    'persistentvolumeclaims,persistentvolumes,storageclasses',
    '--all-namespaces',
    '--output',
    'wide'
  ]);
  await save('events.txt', ['get', 'events', '--all-namespaces', '--sort-by=.lastTimestamp']);
  await save('nodes.txt', ['get', 'nodes', '--output', 'wide', '--show-labels']);
  await save('nodes-describe.txt', ['describe', 'nodes']);
  const podsJson = await save('pods.json', ['get', 'pods', '--all-namespaces', '--output', 'json']);

  let failing: PodJson[] = [];
  if (podsJson) {
    try {
      failing = failingPods((JSON.parse(podsJson) as { items: PodJson[] }).items ?? []);
    } catch (err) {
      errors.push(`pods.json is not valid JSON: ${(err as Error).message}`);
    }
  }
  for (const p of failing) {
    const { name, namespace } = p.metadata;
    const base = `pod-${safeName(namespace)}-${safeName(name)}`;
    await save(`${base}.describe.txt`, ['describe', 'pod', name, '--namespace', namespace]);
    const statuses = [...(p.status.initContainerStatuses ?? []), ...(p.status.containerStatuses ?? [])];
    const names = statuses.length ? statuses.map(c => c.name) : p.spec.containers.map(c => c.name);
    for (const c of names) {
      await save(`${base}.${safeName(c)}.log`, kubectlLogsArgs(name, namespace, c));
      const restarted = (statuses.find(s => s.name === c)?.restartCount ?? 0) > 0;
      if (restarted)
        await save(`${base}.${safeName(c)}.previous.log`, kubectlLogsArgs(name, namespace, c, true));
    }
  }
  return {
    dir: o.dir,
    files,
    failingPods: failing.map(p => `${p.metadata.namespace}/${p.metadata.name}`),
    errors
  };
}
