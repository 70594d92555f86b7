import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { badInput, CheckError } from '../../core/errors';
import { RUN_ARM64_E2E } from '../../core/specs.generated';
import { formatReference, ImageRef, repositoryName } from '../../oci/reference';
import { ImageReader } from '../../oci/types';
import { RegistryClient } from '../../registry/client';
import {
  dockerPlatformArgs,
  dockerPullArgs,
  dockerSaveArgs,
  HelmInstall,
  kindLoadArgs,
  releaseName
} from './argv';
import { ClusterRun, ImageValues } from './types';

// The images under test: pulled for arm64 by digest, named locally so the cluster can find
// them, loaded into kind, and mapped into the chart's values.

/** How an image under test is known inside the cluster. */
export interface LocalImage {
  ref: ImageRef;
  /** What docker pulls: `repo@digest` when the reference has a digest, else `repo:tag`. */
  pull: string;
  /** The name loaded into kind; for a digest, a tag made from it (`arch-e2e-sha256-<hex>`). */
  local: string;
  registry: string;
  repository: string;
  tag: string;
  digest?: string;
}

// `docker save` keeps tags but not digests: a digest becomes a tag.
export function localImage(ref: ImageRef): LocalImage {
  const repo = repositoryName(ref);
  const tag = ref.digest ? `arch-e2e-${ref.digest.replace(':', '-')}` : (ref.tag ?? 'latest');
  return {
    ref,
    pull: ref.digest ? `${repo}@${ref.digest}` : `${repo}:${tag}`,
    local: `${repo}:${tag}`,
    registry: ref.registry,
    repository: ref.repository,
    tag,
    digest: ref.digest
  };
}

/** Parses `image-values` lines: `[image=]values.path`. */
export function parseImageValues(input: string, lines: string[]): ImageValues[] {
  return lines.map(line => {
    const at = line.indexOf('=');
    const image = at >= 0 ? line.slice(0, at).trim() : undefined;
    const path = line.slice(at + 1).trim();
    if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(path)) {
      throw badInput(input, line, 'expected [image=]values.path, for example localpv.image');
    }
    if (image === '') throw badInput(input, line, 'the image name before "=" is empty');
    return { image, path };
  });
}

/** The image under test that `name` picks: by repository, its last part, or registry/repository. */
function pick(images: ImageRef[], name: string | undefined, input: string, line: string): LocalImage {
  const named = images.map(localImage);
  if (name === undefined) {
    if (named.length === 1) return named[0];
    const why = named.length
      ? `${named.length} images are under test: name one, as image=path`
      : `no image is under test: set "${IN.images.name}"`;
    throw badInput(input, line, why);
  }
  const found = named.find(
    i => i.repository === name || i.repository.split('/').pop() === name || repositoryName(i.ref) === name
  );
  if (!found) {
    const list = named.map(i => i.repository).join(', ') || 'none';
    throw badInput(input, line, `no image under test is named "${name}" (${IN.images.name}: ${list})`);
  }
  return found;
}

const IN = RUN_ARM64_E2E.inputs;

const PLACEHOLDER = /\{(registry|repository|tag|digest|image)\}/g;
const HAS_PLACEHOLDER = new RegExp(PLACEHOLDER.source);

/** Whether a set value names the image under test ({registry}, {tag}, ...). */
export const namesImageUnderTest = (value: string): boolean => HAS_PLACEHOLDER.test(value);

function fill(template: string, image: LocalImage, line: string): string {
  return template.replace(PLACEHOLDER, (_m, key: keyof LocalImage | 'image') => {
    if (key === 'image') return image.local;
    const value = image[key];
    if (value === undefined) {
      throw badInput(
        IN.set.name,
        line,
        `{digest} needs an image reference with a digest, not ${image.ref.original}`
      );
    }
    return String(value);
  });
}

export interface ChartValues {
  /** helm --set pairs, the image blocks first. */
  set: Array<{ key: string; value: string }>;
  /** The loaded names of the images the values point at: each must then run in the cluster. */
  mapped: string[];
}

/**
 * The helm --set values of a run: each `image-values` block gets the image as loaded
 * (OpenEBS charts join `registry` and `repository`, so the registry ends in '/'), then
 * `set` with its placeholders filled. Throws ConfigurationError naming the input.
 */
export function chartValues(o: {
  images: ImageRef[];
  imageValues: ImageValues[];
  set: Array<{ key: string; value: string }>;
}): ChartValues {
  const set: ChartValues['set'] = [];
  const mapped = new Set<string>();
  for (const v of o.imageValues) {
    const i = pick(
      o.images,
      v.image,
      IN['image-values'].name,
      v.image === undefined ? v.path : `${v.image}=${v.path}`
    );
    mapped.add(i.local);
    set.push(
      { key: `${v.path}.registry`, value: `${i.registry}/` },
      { key: `${v.path}.repository`, value: i.repository },
      { key: `${v.path}.tag`, value: i.tag },
      // The loaded image exists only in the cluster: never pull it again.
      { key: `${v.path}.pullPolicy`, value: 'IfNotPresent' }
    );
  }
  for (const s of o.set) {
    const line = `${s.key}=${s.value}`;
    if (!HAS_PLACEHOLDER.test(s.value)) {
      set.push(s);
      continue;
    }
    const i = pick(o.images, undefined, IN.set.name, line);
    mapped.add(i.local);
    set.push({ key: s.key, value: fill(s.value, i, line) });
  }
  return { set, mapped: [...mapped] };
}

/** The chart, release and values of a run, as `helm template` and `helm upgrade --install` both take them. */
export function helmChart(run: ClusterRun): Omit<HelmInstall, 'timeoutSeconds' | 'kubeconfig'> {
  const o = run.o;
  return {
    release: releaseName(o.chart),
    chart: o.chart,
    repo: o.chartRepo || undefined,
    version: o.chartVersion || undefined,
    namespace: o.namespace,
    values: o.values,
    // The engine's values first: the user's set wins.
    set: [...run.engine.values, ...chartValues(o).set]
  };
}

/** The image's own linux/arm64 manifest digest, asked of its registry with the job's login (docker's config). */
export async function arm64Digest(client: ImageReader, ref: ImageRef): Promise<string> {
  const inspected = await client.inspect(ref);
  const arm = inspected.platforms.find(
    e => !e.attestation && e.platform.os === 'linux' && e.platform.architecture === 'arm64'
  );
  if (!arm) throw new CheckError(`${formatReference(ref)} has no linux/arm64 image`);
  return arm.digest;
}

/**
 * Pulls `ref`'s own arm64 manifest by digest and names it `local`, checks its config is linux/arm64,
 * and loads it into kind through `docker save` and `kind load image-archive`. A multi-platform
 * image pulled for one platform cannot be saved by Docker 25-27 with the containerd image store
 * (the other platforms' content is missing), and `kind load docker-image` fails with that store:
 * a single-platform image works with both stores and every Docker version.
 */
export async function loadArm64(
  run: ClusterRun,
  client: ImageReader,
  ref: ImageRef,
  local: string
): Promise<void> {
  const pinned = `${repositoryName(ref)}@${await arm64Digest(client, ref)}`;
  await run.docker.run(dockerPullArgs(pinned), `docker pull ${pinned}`);
  await run.docker.run(['tag', pinned, local], `docker tag ${pinned}`);
  const platform = (await run.docker.run(dockerPlatformArgs(local), `docker image inspect ${local}`)).trim();
  if (platform !== 'linux/arm64') throw new CheckError(`${pinned} is a ${platform} image, not linux/arm64`);
  const archive = path.join(
    run.work,
    `image-${createHash('sha256').update(local).digest('hex').slice(0, 12)}.tar`
  );
  try {
    await run.docker.run(dockerSaveArgs(local, archive), `docker save ${local}`);
    await run.kind.run(kindLoadArgs(run.cluster, archive), `kind load ${local}`);
  } finally {
    fs.rmSync(archive, { force: true });
  }
}

/** The registry client of a run, or one of its own for `body` (closed after). */
export async function withRegistry<T>(run: ClusterRun, body: (c: RegistryClient) => Promise<T>): Promise<T> {
  const client = run.registry ?? new RegistryClient({ insecureRegistries: run.o.insecureRegistries });
  try {
    return await body(client);
  } finally {
    if (!run.registry) client.close();
  }
}

/** The images stage: each image under test, its arm64 manifest pulled by digest, named, loaded into kind. */
export async function imagesStage(run: ClusterRun): Promise<string> {
  const loaded: string[] = [];
  await withRegistry(run, async client => {
    for (const ref of run.o.images) {
      const i = localImage(ref);
      await loadArm64(run, client, ref, i.local);
      loaded.push(i.local);
    }
  });
  return `${loaded.length} image(s) loaded: ${loaded.join(', ')}`;
}
