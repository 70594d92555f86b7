// The chart's own images, pulled on the host with the job's login and loaded into kind before the
// install: nothing is pulled anonymously from inside the cluster (shared runner addresses hit Docker
// Hub's rate limits, and private images cannot be pulled there at all). What kind will still pull
// is named, with the reason.
import * as core from '../../core/toolkit';
import { RUN_ARM64_E2E } from '../../core/specs.generated';
import { formatReference, parseReference } from '../../oci/reference';
import { helmTemplateArgs } from './argv';
import { helmChart, loadArm64, localImage, withRegistry } from './images';
import { ChartImages, ClusterRun } from './types';

const IN = RUN_ARM64_E2E.inputs;

/** An image a rendered container names, with its pull policy when set. */
export interface RenderedImage {
  image: string;
  pullPolicy?: string;
}

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/** Every container image of the rendered objects (pods, templates, cron jobs: any depth), once each. */
export function renderedImages(docs: unknown[]): RenderedImage[] {
  const found = new Map<string, RenderedImage>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (CONTAINER_LISTS.has(key) && Array.isArray(value)) {
        for (const c of value as Array<{ image?: unknown; imagePullPolicy?: unknown }>) {
          if (typeof c?.image !== 'string' || !c.image.trim()) continue;
          const policy = typeof c.imagePullPolicy === 'string' ? c.imagePullPolicy : undefined;
          const seen = found.get(c.image);
          // One container that pulls every time is enough for the kubelet to pull.
          if (!seen || policy === 'Always') found.set(c.image, { image: c.image, pullPolicy: policy });
        }
      }
      walk(value);
    }
  };
  docs.forEach(walk);
  return [...found.values()];
}

/** Why the kubelet would pull `i` itself even once it is loaded; undefined when the loaded image serves. */
export function pulledInCluster(i: RenderedImage): string | undefined {
  if (i.pullPolicy === 'Always') return 'imagePullPolicy: Always';
  let ref;
  try {
    ref = parseReference(i.image, IN.chart.name);
  } catch {
    return 'not an image reference the host can pull';
  }
  // kind names an imported image by its tag and by the digest of what it imported (one platform's).
  if (ref.digest) return 'named by digest: the kubelet looks for that digest, not the arm64 image loaded';
  if (!i.pullPolicy && (ref.tag ?? 'latest') === 'latest')
    return 'tag latest without imagePullPolicy: Always';
  return undefined;
}

async function render(run: ClusterRun): Promise<unknown[]> {
  const yaml = await run.helm.run(helmTemplateArgs(helmChart(run)), 'helm template');
  const { parseAllDocuments } = await import('yaml');
  return parseAllDocuments(yaml).map(d => d.toJS() as unknown);
}

/**
 * The chart-images stage: renders the chart as it will be installed, then pulls each image on the
 * host (its arm64 manifest by digest, the job's login) and loads it into kind under the name the
 * chart uses. The images under test are loaded already; one that cannot be pulled is left to kind.
 */
export async function chartImagesStage(run: ClusterRun): Promise<string> {
  // Compared as Docker reads them: `openebs/x:1` is `docker.io/openebs/x:1`.
  const full = (name: string) => {
    try {
      return formatReference(parseReference(name, IN.chart.name));
    } catch {
      return name;
    }
  };
  const underTest = new Set(run.o.images.map(r => full(localImage(r).local)));
  const images = renderedImages(await render(run)).filter(i => !underTest.has(full(i.image)));
  const result: ChartImages = { loaded: [], inCluster: [] };
  await withRegistry(run, async client => {
    for (const i of images) {
      const why = pulledInCluster(i);
      if (why) {
        result.inCluster.push({ image: i.image, reason: why });
        continue;
      }
      try {
        await loadArm64(run, client, parseReference(i.image, IN.chart.name), i.image);
        result.loaded.push(i.image);
      } catch (err) {
        result.inCluster.push({
          image: i.image,
          reason: `not pulled on the host: ${(err as Error).message}`
        });
      }
    }
  });
  run.result.chartImages = result;
  for (const i of result.inCluster) core.warning(`kind will pull ${i.image} itself (${i.reason})`);
  const left = result.inCluster.map(i => `${i.image} (${i.reason})`).join(', ');
  return (
    `${result.loaded.length} chart image(s) pulled with the job's login and loaded` +
    (left ? `; left to pull inside kind: ${left}` : '; nothing left to pull inside kind')
  );
}
