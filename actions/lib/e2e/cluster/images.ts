import { badInput } from '../../core/errors';
import { RUN_ARM64_E2E } from '../../core/specs.generated';
import { ImageRef, repositoryName } from '../../oci/reference';
import { kindLoadArgs } from './argv';
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

// kind loads through `docker save`, which keeps tags but not digests: a digest becomes a tag.
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

/** The images stage: pull each for arm64 (by digest), name it locally, load it into kind. */
export async function imagesStage(run: ClusterRun): Promise<string> {
  const loaded: string[] = [];
  for (const ref of run.o.images) {
    const i = localImage(ref);
    await run.docker.run(['pull', '--platform', 'linux/arm64', i.pull], `docker pull ${i.pull}`);
    if (i.pull !== i.local) await run.docker.run(['tag', i.pull, i.local], `docker tag ${i.pull}`);
    await run.kind.run(kindLoadArgs(run.cluster, i.local), `kind load ${i.local}`);
    loaded.push(i.local);
  }
  return `${loaded.length} image(s) loaded: ${loaded.join(', ')}`;
}
