import { badInput } from '../core/errors';

/** A parsed image reference, always normalised (`nginx` → `docker.io/library/nginx:latest`). */
export interface ImageRef {
  registry: string;
  repository: string;
  /** Kept for display even when a digest is present; the digest is what gets resolved. */
  tag?: string;
  digest?: string;
  /** Exactly what the user wrote. */
  original: string;
}

export interface Mirror {
  source: string;
  target: string;
}

export const DOCKER_HUB = 'docker.io';

// Docker's grammar (distribution/reference), written out piecewise so each rule is readable.
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_RE = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`
);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const SHA256_RE = /^sha256:[a-f0-9]{64}$/;
const MAX_NAME_LENGTH = 255;

// Shared prototype so `String(ref)` works while refs stay plain data for `toEqual`.
const refProto = {
  toString(this: ImageRef): string {
    return formatReference(this);
  }
};

function makeRef(fields: ImageRef): ImageRef {
  return Object.assign(Object.create(refProto) as ImageRef, fields);
}

/**
 * Parses a reference by Docker's rules; anything invalid is a ConfigurationError naming the input
 * (callers in the actions name theirs; the default serves tests and data that is not an input).
 */
export function parseReference(s: string, inputName = 'image reference'): ImageRef {
  const original = s;
  const text = s.trim();
  const fail = (why: string) => badInput(inputName, original, why);
  if (!text) throw fail('an image reference must not be empty');
  if (/\s/.test(text)) throw fail('an image reference must not contain whitespace');

  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw fail(`"${digest}" is not a digest (expected algorithm:hex)`);
    if (digest.startsWith('sha256:') && !SHA256_RE.test(digest)) {
      throw fail('a sha256 digest must be 64 lowercase hex characters');
    }
  }

  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  // A colon after the last slash is a tag; before it, it is a registry port.
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) throw fail(`"${tag}" is not a valid tag`);
  }

  const { registry, repository } = splitName(rest, fail);
  if (!tag && !digest) tag = 'latest';
  return makeRef({ registry, repository, tag, digest, original });
}

function splitName(name: string, fail: (why: string) => Error): { registry: string; repository: string } {
  if (!name) throw fail('the repository name is missing');
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  let registry = DOCKER_HUB;
  let repository = name;
  // Docker treats the first component as a host only if it looks like one.
  if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    repository = name.slice(slash + 1);
    if (!DOMAIN_RE.test(registry)) throw fail(`"${registry}" is not a valid registry host`);
  }
  if (registry === 'index.docker.io') registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;

  for (const component of repository.split('/')) {
    if (!PATH_COMPONENT_RE.test(component)) {
      const why =
        component !== component.toLowerCase()
          ? 'repository names must be lowercase'
          : `"${component}" is not a valid repository path component`;
      throw fail(why);
    }
  }
  if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
    throw fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  return { registry, repository };
}

/** Fully qualified form; keeps tag and digest both, as Docker prints them. */
export function formatReference(ref: ImageRef): string {
  let s = `${ref.registry}/${ref.repository}`;
  if (ref.tag) s += `:${ref.tag}`;
  if (ref.digest) s += `@${ref.digest}`;
  return s;
}

/** `registry/repository`, with no tag or digest. */
export function repositoryName(ref: ImageRef): string {
  return `${ref.registry}/${ref.repository}`;
}

/** What to ask the registry for: the digest wins over the tag. */
export function manifestTarget(ref: ImageRef): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

/** The short form people type: `nginx:latest`, `bitnami/redis:7`, `ghcr.io/x/y@sha256:…`. */
export function familiar(ref: ImageRef): string {
  let name = repositoryName(ref);
  if (ref.registry === DOCKER_HUB) {
    name = ref.repository.startsWith('library/') ? ref.repository.slice('library/'.length) : ref.repository;
  }
  if (ref.tag) name += `:${ref.tag}`;
  if (ref.digest) name += `@${ref.digest}`;
  return name;
}

/** The same image pinned to a digest (the tag is kept for display). */
export function withDigest(ref: ImageRef, digest: string): ImageRef {
  return makeRef({ ...ref, digest });
}

function normaliseMirrorSource(source: string): string {
  let s = source.trim().replace(/\/+$/, '');
  if (s === 'index.docker.io' || s.startsWith('index.docker.io/'))
    s = DOCKER_HUB + s.slice('index.docker.io'.length);
  return s;
}

/**
 * Rewrites `registry/repository` by the longest mirror source that is a prefix of it at a
 * path boundary (`docker.io/lib` does not match `docker.io/library/x`).
 */
export function applyMirrors(ref: ImageRef, mirrors: Mirror[]): ImageRef {
  const name = repositoryName(ref);
  let best: Mirror | undefined;
  let bestLength = -1;
  for (const m of mirrors) {
    const source = normaliseMirrorSource(m.source);
    if ((name === source || name.startsWith(source + '/')) && source.length > bestLength) {
      best = { source, target: m.target.trim().replace(/\/+$/, '') };
      bestLength = source.length;
    }
  }
  if (!best) return ref;
  const rewritten = best.target + name.slice(best.source.length);
  // The target's first component must be a host, or the result would silently point at Docker Hub.
  const parsed = parseReference(rewritten, 'mirrors');
  return makeRef({ ...parsed, tag: ref.tag, digest: ref.digest, original: ref.original });
}

/** The host that actually serves the v2 API. */
export function registryApiHost(registry: string): string {
  return registry === DOCKER_HUB || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}

function stripPort(host: string): string {
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  const parts = host.split(':');
  // A bare IPv6 address has several colons and no port.
  return parts.length === 2 ? parts[0] : host;
}

/** Registries reached over plain HTTP: loopback always, plus any the user listed. */
export function isInsecureRegistry(host: string, extra: string[] = []): boolean {
  const bare = stripPort(host).toLowerCase();
  if (bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare)) return true;
  return extra.some(e => {
    const x = e.trim().toLowerCase();
    return x === host.toLowerCase() || x === bare;
  });
}
