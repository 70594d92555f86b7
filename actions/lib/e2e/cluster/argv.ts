import { PINNED } from '../../core/tools';

// Argv builders for kind, helm and kubectl: pure functions, so tests assert exact argv.

export function kindCreateArgs(o: {
  name: string;
  image?: string;
  kubeconfig: string;
  waitSeconds?: number;
  /** A kind config file (an engine's mounts). */
  config?: string;
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
    ...(o.config ? ['--config', o.config] : []),
    '--wait',
    `${o.waitSeconds ?? 300}s`
  ];
}

/**
 * `kind load image-archive`: kind imports the archive with `ctr import --all-platforms`, so the
 * archive holds one platform's image only (see imagesStage); `kind load docker-image` fails with
 * Docker's containerd image store (kind issue 3795).
 */
export function kindLoadArgs(name: string, archive: string): string[] {
  return ['load', 'image-archive', archive, '--name', name];
}

/** Pulls one platform's own manifest (`repo@digest`): either image store then holds that platform only. */
export function dockerPullArgs(pinned: string): string[] {
  return ['pull', '--platform', 'linux/arm64', '--quiet', pinned];
}

/** The OS, architecture and variant of a local image's config, as `os/arch[/variant]`. */
export function dockerPlatformArgs(image: string): string[] {
  return ['image', 'inspect', '--format', '{{.Os}}/{{.Architecture}}{{with .Variant}}/{{.}}{{end}}', image];
}

export function dockerSaveArgs(image: string, archive: string): string[] {
  return ['save', '--output', archive, image];
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

/** `helm template` with the values of the install: what it will create, rendered without a cluster. */
export function helmTemplateArgs(h: Omit<HelmInstall, 'timeoutSeconds' | 'kubeconfig'>): string[] {
  const args = ['template', h.release, h.chart, '--namespace', h.namespace];
  if (h.repo) args.push('--repo', h.repo);
  if (h.version) args.push('--version', h.version);
  for (const v of h.values) args.push('--values', v);
  for (const s of h.set) args.push('--set', `${s.key}=${s.value}`);
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

/** The phase of one pod (Pending, Running, Succeeded, Failed), polled by the smoke test. */
export function kubectlPodPhaseArgs(pod: string, namespace: string): string[] {
  return ['get', 'pod', pod, '--namespace', namespace, '--output', 'jsonpath={.status.phase}'];
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
