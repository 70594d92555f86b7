import { isMap, isScalar, isSeq, Node, YAMLMap } from 'yaml';
import { parseReference } from '../../oci/reference';
import { customResourceFields } from './custom-resources';
import { isTemplated } from './types';
import { lineOf, mapGet, ParsedYaml, scalarText, walkPairs } from './yaml';

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/** `--engine-image`, `--image`, `-helper-image`: a flag whose value is an image. */
const IMAGE_FLAG = /^--?(?:[A-Za-z0-9][\w.-]*[-_])?image$/i;
/** `CSI_ATTACHER_IMAGE`, `OPENEBS_IO_HELPER_IMAGE`, `IMAGE`: an env variable holding an image. */
const IMAGE_ENV = /(^|_)IMAGE$/i;

/** An image in a container spec: its own `image`, or one it is handed in env, command or args. */
export interface ContainerImage {
  reference: string;
  how: 'direct' | 'indirect' | 'custom resource';
  /** 1-based line in the parsed text. */
  line: number;
  /** The text that names it in a template: `image:`, the env name or the flag. */
  needle: string;
}

/** A string that can only be an image reference: no spaces, a tag, digest or path, and it parses. */
export function looksLikeImage(s: string): boolean {
  if (!s || /\s|:\/\/|^[-/.$~]|[=,;"'{}()[\]]/.test(s) || isTemplated(s)) return false;
  if (!/[:@/]/.test(s)) return false;
  try {
    parseReference(s, 'image reference');
    return true;
  } catch {
    return false;
  }
}

/**
 * A word that names an image whatever the flag or variable that holds it: a full reference, with
 * a registry host, a repository path and a tag or digest (`quay.io/org/thing:v1.2.3`). URLs, file
 * paths, versions and `host:port` addresses are not.
 */
export function isFullReference(s: string): boolean {
  const m = /^([^/]+)\/([^@]+?)(?::([^:/@]+))?(?:@(.+))?$/.exec(s);
  if (!m || (!m[3] && !m[4]) || !/[.:]|^localhost$/.test(m[1]) || !looksLikeImage(s)) return false;
  // A host name with a top-level domain, or any host with a port (`127.0.0.1:5000`, `registry:5000`).
  return /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?$|^[\w.-]+:\d+$|^localhost$/i.test(m[1]);
}

/** CustomResourceDefinitions hold schemas: an `image:` key there is a field, never an image. */
function isCrd(root: unknown): boolean {
  return isMap(root) && scalarText(mapGet(root, 'kind')) === 'CustomResourceDefinition';
}

/** The objects of a document: kubectl reads any object with an `items` list as a list of them. */
function objectsOf(root: unknown): unknown[] {
  const items = isMap(root) ? mapGet(root, 'items') : undefined;
  return isSeq(items) ? items.items.flatMap(objectsOf) : [root];
}

/** Quotes around a word, or left over from a shell line's quoting (`'run --x-image a/b:1'`). */
function unquote(s: string): string {
  return s.replace(/^["']+|["']+$/g, '');
}

/**
 * `--x-image ref` and `--x-image=ref` in command and args, a shell line's words included, and
 * any word or flag value that is a full reference (`--some-reloader=quay.io/org/thing:v1`).
 */
function flagImages(c: YAMLMap, parsed: ParsedYaml, out: ContainerImage[]): void {
  const words: Array<{ word: string; node: Node }> = [];
  for (const key of ['command', 'args']) {
    const list = mapGet(c, key);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      const text = scalarText(item);
      if (text) text.split(/\s+/).forEach(word => words.push({ word, node: item as Node }));
    }
  }
  const taken = new Set<number>();
  const add = (value: string, at: Node, needle: string) =>
    out.push({ reference: value, how: 'indirect', line: lineOf(parsed.lines, at), needle });
  words.forEach(({ word, node }, i) => {
    if (taken.has(i)) return;
    const eq = word.indexOf('=');
    const flag = eq < 0 ? word : word.slice(0, eq);
    if (IMAGE_FLAG.test(flag)) {
      const value = unquote(eq < 0 ? (words[i + 1]?.word ?? '') : word.slice(eq + 1));
      if (eq < 0) taken.add(i + 1);
      if (looksLikeImage(value)) add(value, eq < 0 ? (words[i + 1]?.node ?? node) : node, flag);
      return;
    }
    const value = unquote(eq < 0 || !flag.startsWith('-') ? word : word.slice(eq + 1));
    if (isFullReference(value)) add(value, node, eq < 0 ? value : flag);
  });
}

function envImages(c: YAMLMap, parsed: ParsedYaml, out: ContainerImage[]): void {
  const env = mapGet(c, 'env');
  if (!isSeq(env)) return;
  for (const e of env.items) {
    if (!isMap(e)) continue;
    const name = scalarText(mapGet(e, 'name')) ?? '';
    const node = mapGet(e, 'value');
    const value = scalarText(node) ?? '';
    if ((IMAGE_ENV.test(name) && looksLikeImage(value)) || isFullReference(value))
      out.push({ reference: value, how: 'indirect', line: lineOf(parsed.lines, node), needle: name });
  }
}

/**
 * Every image of `containers`, `initContainers` and `ephemeralContainers`, wherever a pod spec
 * sits (Pod, Deployment, CronJob's job template, custom workloads), and the images those
 * containers are handed in env, command or args. CRDs are skipped.
 */
export function containerImages(parsed: ParsedYaml): ContainerImage[] {
  const out: ContainerImage[] = [];
  for (const object of parsed.docs.flatMap(d => objectsOf(d.contents))) {
    if (isCrd(object)) continue;
    otherImages(object, parsed, out);
    walkPairs(object, (key, value) => {
      if (!CONTAINER_LISTS.has(key) || !isSeq(value)) return;
      for (const c of value.items) {
        if (!isMap(c)) continue;
        const node = mapGet(c, 'image');
        const image = isScalar(node) ? scalarText(node) : undefined;
        if (image && !isTemplated(image))
          out.push({ reference: image, how: 'direct', line: lineOf(parsed.lines, node), needle: 'image:' });
        envImages(c, parsed, out);
        flagImages(c, parsed, out);
      }
    });
  }
  return out;
}

/** A listed custom resource's image fields (custom-resources.ts), and ConfigMap values that are full references. */
function otherImages(object: unknown, parsed: ParsedYaml, out: ContainerImage[]): void {
  for (const node of customResourceFields(object)) {
    const image = isScalar(node) ? scalarText(node) : undefined;
    if (image && looksLikeImage(image))
      out.push({
        reference: image,
        how: 'custom resource',
        line: lineOf(parsed.lines, node),
        needle: 'image:'
      });
  }
  const data = isMap(object) && scalarText(mapGet(object, 'kind')) === 'ConfigMap' && mapGet(object, 'data');
  if (!isMap(data)) return;
  for (const pair of data.items) {
    const value = isScalar(pair.value) ? scalarText(pair.value) : undefined;
    if (value && isFullReference(value))
      out.push({
        reference: value,
        how: 'indirect',
        line: lineOf(parsed.lines, pair.value as Node),
        needle: scalarText(pair.key) ?? value
      });
  }
}
