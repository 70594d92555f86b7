import { CheckError } from '../../core/errors';
import { RUN_ARM64_E2E } from '../../core/specs.generated';
import { parseReference } from '../../oci/reference';
import { isIndexMediaType } from '../../oci/types';
import { RegistryClient } from '../../registry/client';
import { chartValues } from './images';
import { ClusterRun, ContainerVerdict, NodeJson, PodJson } from './types';

// The architecture stage: every pod on an arm64 node, every running image resolved to arm64.

const IN = RUN_ARM64_E2E.inputs;

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

/** The architecture stage: pods on arm64 nodes, and running images that are arm64 images. */
export async function architectureStage(run: ClusterRun): Promise<string> {
  const pods = await run.kubectl.items<PodJson>('pods', true);
  const nodes = await run.kubectl.items<NodeJson>('nodes');
  const problems = podsOffArch(pods, nodes, 'arm64');
  const verdicts = await checkImageDigests(runningContainers(pods), run.registry, run.o.insecureRegistries);
  run.result.containers = verdicts;
  problems.push(
    ...verdicts
      .filter(v => v.verdict.startsWith('not arm64'))
      .map(v => `${v.pod} ${v.container}: ${v.image} ${v.verdict}`)
  );
  problems.push(...(await unusedImages(run, pods)));
  if (problems.length) throw new CheckError(problems.join('; '));
  const unverified = verdicts.filter(v => v.verdict.startsWith('unverified')).length;
  return `${pods.length} pod(s) on arm64 nodes; ${verdicts.length - unverified} container image(s) resolved to arm64${unverified ? `, ${unverified} unverified` : ''}`;
}

interface EventJson {
  message?: string;
}

/**
 * The images under test that the chart values point at but that no container ran. A running
 * container or a kubelet event naming the image (pulled, or already present) counts: helper
 * pods run and go away during the storage stage.
 */
async function unusedImages(run: ClusterRun, pods: PodJson[]): Promise<string[]> {
  const { mapped } = chartValues(run.o);
  if (!mapped.length) return [];
  const running = new Set(pods.flatMap(p => (p.status.containerStatuses ?? []).map(c => c.image)));
  const events = (await run.kubectl.items<EventJson>('events', true)).map(e => e.message ?? '');
  return mapped
    .filter(name => !running.has(name) && !events.some(m => m.includes(`"${name}"`)))
    .map(
      name =>
        `no container ran ${name}, the image under test that the chart values name (check ${IN['image-values'].name})`
    );
}

type Resolved = { digests: Set<string>; others: Set<string> };

/** The arm64 digests of an image (index, manifest and config) and the other platforms' ones. */
async function resolveArm64(client: RegistryClient, image: string): Promise<Resolved> {
  const ref = parseReference(image, IN.images.name);
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
}

function verdictOf(digest: string | undefined, { digests, others }: Resolved): string {
  if (!digest) return 'unverified: no digest in imageID';
  if (digests.has(digest)) return 'arm64';
  if (others.has(digest)) return `not arm64: ${digest} is another platform's image`;
  if (!digests.size) return 'not arm64: the image has no linux/arm64 entry';
  return `unverified: ${digest} is not in the registry's listing`;
}

/**
 * Each running container's imageID must resolve to the image's arm64 manifest: its digest is
 * the arm64 manifest, the arm64 config (a loaded image), or an index that lists arm64.
 * Images the registry cannot tell us about are reported as unverified, not failed.
 */
export async function checkImageDigests(
  containers: RunningContainer[],
  registry?: RegistryClient,
  insecureRegistries?: string[]
): Promise<ContainerVerdict[]> {
  const client = registry ?? new RegistryClient({ insecureRegistries, retries: 2, timeoutMs: 15000 });
  const cache = new Map<string, Promise<Resolved>>();
  const out: ContainerVerdict[] = [];
  try {
    for (const c of containers) {
      if (!cache.has(c.image)) cache.set(c.image, resolveArm64(client, c.image));
      let verdict: string;
      try {
        verdict = verdictOf(imageIdDigest(c.imageID), await cache.get(c.image)!);
      } catch (err) {
        verdict = `unverified: ${(err as Error).message}`;
      }
      const { namespace, pod, container, image, imageID } = c;
      out.push({ pod: `${namespace}/${pod}`, container, image, imageID, verdict });
    }
  } finally {
    if (!registry) client.close();
  }
  return out;
}
