import * as fs from 'node:fs';
import * as path from 'node:path';
import { kindExportLogsArgs, kubectlLogsArgs } from './argv';
import type { Diagnostics, PodJson } from './types';
import { failureReason, Kubectl, Tool } from './kubectl';
import { compareText } from '../../core/compare';

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9_.-]+/g, '_');
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

/** Saves each command's output to a file in `dir`; a failed command leaves its reason there. */
class Collector {
  readonly files: string[] = [];
  readonly errors: string[] = [];
  constructor(
    readonly dir: string,
    private readonly kubectl: Kubectl
  ) {}

  async save(file: string, args: string[]): Promise<string | undefined> {
    const res = await this.kubectl.attempt(args);
    const target = path.join(this.dir, file);
    if (res.exitCode !== 0) {
      this.errors.push(`kubectl ${args.join(' ')}: ${failureReason(res)}`);
      fs.writeFileSync(target, `# kubectl ${args.join(' ')} failed (exit ${res.exitCode})\n${res.stderr}`);
    } else {
      fs.writeFileSync(target, res.stdout);
    }
    this.files.push(target);
    return res.exitCode === 0 ? res.stdout : undefined;
  }
}

const ALL = '--all-namespaces';

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => compareText(a.name, b.name))
    .flatMap(e => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? filesUnder(p) : e.isFile() ? [p] : [];
    });
}

/** The node's own logs (kubelet, containerd, journal, pod logs on disk), through kind. */
async function exportKindLogs(c: Collector, kind: Tool, cluster: string): Promise<void> {
  const target = path.join(c.dir, 'kind-logs');
  const res = await kind.attempt(kindExportLogsArgs(cluster, target));
  if (res.exitCode !== 0) c.errors.push(`kind export logs: ${failureReason(res)}`);
  c.files.push(...filesUnder(target));
}

async function collectResources(c: Collector): Promise<PodJson[]> {
  await c.save('all-resources.txt', ['get', 'all', ALL, '--output', 'wide']);
  const storage = 'persistentvolumeclaims,persistentvolumes,storageclasses';
  await c.save('pvc-pv-sc.txt', ['get', storage, ALL, '--output', 'wide']);
  await c.save('events.txt', ['get', 'events', ALL, '--sort-by=.lastTimestamp']);
  await c.save('nodes.txt', ['get', 'nodes', '--output', 'wide', '--show-labels']);
  await c.save('nodes-describe.txt', ['describe', 'nodes']);
  const podsJson = await c.save('pods.json', ['get', 'pods', ALL, '--output', 'json']);
  if (!podsJson) return [];
  try {
    return (JSON.parse(podsJson) as { items?: PodJson[] }).items ?? [];
  } catch (err) {
    c.errors.push(`pods.json is not valid JSON: ${(err as Error).message}`);
    return [];
  }
}

/** A failing pod's description and the logs of each container, with the previous ones after a restart. */
async function collectPod(c: Collector, p: PodJson): Promise<void> {
  const { name, namespace } = p.metadata;
  const base = `pod-${safeName(namespace)}-${safeName(name)}`;
  await c.save(`${base}.describe.txt`, ['describe', 'pod', name, '--namespace', namespace]);
  const statuses = [...(p.status.initContainerStatuses ?? []), ...(p.status.containerStatuses ?? [])];
  const names = statuses.length ? statuses.map(s => s.name) : p.spec.containers.map(s => s.name);
  for (const container of names) {
    const file = `${base}.${safeName(container)}`;
    await c.save(`${file}.log`, kubectlLogsArgs(name, namespace, container));
    const restarted = (statuses.find(s => s.name === container)?.restartCount ?? 0) > 0;
    if (restarted) await c.save(`${file}.previous.log`, kubectlLogsArgs(name, namespace, container, true));
  }
}

/**
 * Collects what a maintainer needs to debug a failed run into `dir`: all resources (wide),
 * descriptions of failing pods, their logs (with previous containers), events sorted by
 * time, and node information. Each kubectl call that fails is noted and skipped.
 */
export async function collectDiagnostics(
  dir: string,
  kubectl: Kubectl,
  kind?: { tool: Tool; cluster: string }
): Promise<Diagnostics> {
  fs.mkdirSync(dir, { recursive: true });
  const c = new Collector(dir, kubectl);
  const failing = failingPods(await collectResources(c));
  for (const p of failing) await collectPod(c, p);
  if (kind) await exportKindLogs(c, kind.tool, kind.cluster);
  return {
    dir,
    files: c.files,
    failingPods: failing.map(p => `${p.metadata.namespace}/${p.metadata.name}`),
    errors: c.errors
  };
}

/**
 * The artifact name for one run's diagnostics: the `artifact-name` input, the job, the run
 * attempt and the run's own suffix. upload-artifact v4 refuses a name already used in the run
 * (409), which a re-run, a matrix leg or a second call in one job would otherwise hit.
 */
export function diagnosticsArtifactName(base: string, suffix: string, env = process.env): string {
  const parts = [base];
  if (env.GITHUB_JOB) parts.push(safeName(env.GITHUB_JOB));
  if (env.GITHUB_RUN_ATTEMPT) parts.push(`attempt-${safeName(env.GITHUB_RUN_ATTEMPT)}`);
  parts.push(suffix);
  return parts.join('-');
}
