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

/** The oracle: pod images, env values named *IMAGE, and --*-image flag values, from plain objects. */
export function oracle(objects: Array<Record<string, unknown>>): string[] {
  const out = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (['containers', 'initContainers', 'ephemeralContainers'].includes(k) && Array.isArray(v)) {
        for (const c of v as Container[]) {
          if (c.image) out.add(c.image);
          for (const e of c.env ?? []) if (/(^|_)IMAGE$/.test(e.name) && e.value) out.add(e.value);
          const words = [...(c.command ?? []), ...(c.args ?? [])].flatMap(a => a.split(/\s+/));
          words.forEach((w, i) => {
            if (/^--?([\w.-]+[-_])?image$/i.test(w) && words[i + 1]) out.add(words[i + 1]);
            const m = /^--?(?:[\w.-]+[-_])?image=(.+)$/i.exec(w);
            if (m) out.add(m[1]);
          });
        }
      } else visit(v);
    }
  };
  objects.filter(o => o.kind !== 'CustomResourceDefinition').forEach(visit);
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
