// The independent oracle of the chart tests: what the lab's real helm renders, as the lab's
// kubectl parses it, and the images of those plain objects.
import { spawnSync } from 'node:child_process';
import { requireLab } from '../lab/lab';

/** Objects as kubectl reads a YAML stream (`label --local` parses and prints each one as JSON). */
export function kubectlObjects(yaml: string): Array<Record<string, unknown>> {
  return kubectlRead('-', yaml);
}

/** Objects as `kubectl -f PATH` reads a file or a folder. */
export function kubectlFileObjects(file: string): Array<Record<string, unknown>> {
  return kubectlRead(file);
}

function kubectlRead(file: string, input?: string): Array<Record<string, unknown>> {
  const r = spawnSync(
    requireLab().LAB_KUBECTL,
    ['label', '--local', '-f', file, 'x=y', '-o', 'jsonpath={@}{"\\n"}'],
    {
      input,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    }
  );
  if (r.status !== 0) throw new Error(`kubectl: ${r.stderr}`);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map(l => JSON.parse(l));
}

type Container = {
  image?: string;
  env?: Array<{ name: string; value?: string }>;
  command?: string[];
  args?: string[];
};

/**
 * A full image reference, written out here apart from the scanner: a registry host (a domain or
 * a port), a path, and a tag or digest.
 */
const FULL_REFERENCE =
  /^(?:(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?|[\w.-]+:\d+|localhost)\/[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/i;
const isFull = (s: string) => FULL_REFERENCE.test(s) && /[:@][^/]*$/.test(s.replace(/^[^/]*\//, ''));

/** The image fields of the operators' kinds the scan documents (docs/design.md). */
const CUSTOM_RESOURCES: Record<string, string[][]> = {
  'monitoring.coreos.com Prometheus': [
    ['spec', 'image'],
    ['spec', 'thanos', 'image']
  ],
  'monitoring.coreos.com PrometheusAgent': [['spec', 'image']],
  'monitoring.coreos.com Alertmanager': [['spec', 'image']],
  'monitoring.coreos.com ThanosRuler': [['spec', 'image']],
  'minio.min.io Tenant': [
    ['spec', 'image'],
    ['spec', 'kes', 'image']
  ],
  'ceph.rook.io CephCluster': [['spec', 'cephVersion', 'image']],
  'ceph.rook.io CephCOSIDriver': [
    ['spec', 'image'],
    ['spec', 'objectProvisionerImage']
  ]
};

/** Images named outside container lists: custom resources' fields and ConfigMap values. */
function otherImages(o: Record<string, unknown>, out: Set<string>): void {
  const group = String(o.apiVersion ?? '').split('/')[0];
  for (const field of CUSTOM_RESOURCES[`${group} ${String(o.kind)}`] ?? []) {
    const v = field.reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], o);
    if (typeof v === 'string' && v) out.add(v);
  }
  if (o.kind === 'ConfigMap')
    for (const v of Object.values((o.data ?? {}) as Record<string, string>))
      if (isFull(v.trim())) out.add(v.trim());
}

/**
 * The oracle: pod images, env values named *IMAGE, --*-image flag values, and any env value, flag
 * value or argument that is a full reference; listed custom resources' images and ConfigMap
 * values that are full references; from plain objects.
 */
export function oracle(objects: Array<Record<string, unknown>>): string[] {
  const out = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (['containers', 'initContainers', 'ephemeralContainers'].includes(k) && Array.isArray(v)) {
        for (const c of v as Container[]) {
          if (c.image) out.add(c.image);
          for (const e of c.env ?? [])
            if (e.value && (/(^|_)IMAGE$/.test(e.name) || isFull(e.value))) out.add(e.value);
          const words = [...(c.command ?? []), ...(c.args ?? [])].flatMap(a => a.split(/\s+/));
          words.forEach((w, i) => {
            if (/^--?([\w.-]+[-_])?image$/i.test(w) && words[i + 1]) out.add(words[i + 1]);
            const m = /^--?(?:[\w.-]+[-_])?image=(.+)$/i.exec(w);
            if (m) out.add(m[1]);
            const value = (/^-.*?=(.*)$/.exec(w)?.[1] ?? w).replace(/^["']+|["']+$/g, '');
            if (isFull(value)) out.add(value);
          });
        }
      } else visit(v);
    }
  };
  const plain = objects.filter(o => o.kind !== 'CustomResourceDefinition');
  plain.forEach(visit);
  plain.forEach(o => otherImages(o, out));
  return [...out].sort();
}

export function helmTemplate(chart: string, kubeVersion: string, values: string[] = []): string {
  const r = spawnSync(
    requireLab().LAB_HELM,
    [
      'template',
      'oracle',
      chart,
      '--include-crds',
      '--kube-version',
      kubeVersion,
      ...values.flatMap(v => ['--values', v])
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
  );
  if (r.status !== 0) throw new Error(`helm: ${r.stderr}`);
  return r.stdout;
}
