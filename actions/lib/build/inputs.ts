import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { badInput } from '../core/errors';
import { defaultTags, GitContext, ociMetadata, readGitContext } from './gitref';
import { getBool, getChoice, getLines, getList, getString, parseKeyValues } from '../core/inputs';
import { MergeOptions, parseTag } from './merge';
import { parsePlatforms, Platform } from '../oci/platform';
import { ImageRef, parseReference } from '../oci/reference';
import { BuilderKind, CacheMode, KeyValue, validateSecrets } from './shard';

/** What the merge takes straight from the inputs. */
type MergeInputs = Pick<
  MergeOptions,
  'digests' | 'requiredPlatforms' | 'tags' | 'immutableTags' | 'overwrite' | 'push'
>;

/** The inputs that build-multiarch and the `build` one-liner share, parsed once. */
export interface BuildInputs extends MergeInputs {
  image: ImageRef;
  platforms: Platform[];
  /** What this job builds: `platform`, or every platform. */
  shardPlatforms: Platform[];
  builder: BuilderKind;
  command: string;
  context: string;
  file: string;
  target: string;
  buildArgs: KeyValue[];
  labels: KeyValue[];
  annotations: KeyValue[];
  /** Index annotations: git metadata plus `annotations`. */
  indexAnnotations: Record<string, string>;
  secrets: KeyValue[];
  provenance: string;
  sbom: string;
  cache: CacheMode;
  cacheScope: string;
  digestsDir: string;
  insecureRegistries: string[];
  summary: boolean;
  git: GitContext;
}

// Kept equal to action.yml, because `node dist/x/index.js` does not apply action.yml defaults.
export const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64'];
export const DEFAULT_IMMUTABLE_TAGS = '^v?[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.-]+)?$';

export function getPlatforms(): Platform[] {
  const list = getList('platforms');
  return parsePlatforms(list.length ? list : DEFAULT_PLATFORMS, 'platforms');
}

/** The image repository: no tag or digest, tags come from `tags`. */
export function parseImage(value: string, input = 'image'): ImageRef {
  if (!value)
    throw badInput(input, value, 'an image repository is required, for example ghcr.io/openebs/app');
  const ref = parseReference(value, input);
  if (ref.digest || /:[^/]*$/.test(value.replace(/^[^/]*\//, ''))) {
    throw badInput(input, value, 'give the repository only; set tags with the "tags" input');
  }
  return { ...ref, tag: undefined };
}

/** Git metadata overlaid with the user's `NAME=value` lines (the user wins). */
function merged(meta: Record<string, string>, user: KeyValue[]): KeyValue[] {
  const all: Record<string, string> = { ...meta };
  for (const kv of user) all[kv.key] = kv.value;
  return Object.entries(all).map(([key, value]) => ({ key, value }));
}

function getRegex(name: string, fallback: string): RegExp | undefined {
  // An empty value takes the default; `^$` matches no tag and so turns the check off.
  const source = core.getInput(name).trim() || fallback;
  try {
    return new RegExp(source);
  } catch (err) {
    throw badInput(name, source, `not a regular expression (${(err as Error).message})`);
  }
}

export function getBuildInputs(env: NodeJS.ProcessEnv = process.env): BuildInputs {
  const image = parseImage(getString('image'));
  const platforms = getPlatforms();
  const shardList = getList('platform');
  const shardPlatforms = shardList.length ? parsePlatforms(shardList, 'platform') : platforms;
  const required = getList('required-platforms');

  const command = core.getInput('command').trim();
  let builder = getChoice('builder', ['buildx', 'buildah', 'command'] as const, 'buildx');
  if (command && builder === 'buildx') builder = 'command';
  if (command && builder === 'buildah')
    throw badInput('builder', builder, 'a command is given, so the builder is "command"');
  if (builder === 'command' && !command)
    throw badInput('command', '', 'builder "command" needs a shell command');

  const secrets = parseKeyValues('secrets', getLines('secrets'));
  validateSecrets(secrets);

  const git = readGitContext(env);
  const meta = ociMetadata(git);
  const userAnnotations = parseKeyValues('annotations', getLines('annotations'));
  const annotations = merged(meta, userAnnotations);
  const tagList = getList('tags');
  const tags = (tagList.length ? tagList : defaultTags(git)).map(t => parseTag(t, image));

  return {
    image,
    platforms,
    shardPlatforms,
    builder,
    command,
    context: getString('context', '.'),
    file: getString('file'),
    target: getString('target'),
    buildArgs: parseKeyValues('build-args', getLines('build-args')),
    labels: merged(meta, parseKeyValues('labels', getLines('labels'))),
    annotations,
    indexAnnotations: Object.fromEntries(
      merged(ociMetadata(git, true), userAnnotations).map(a => [a.key, a.value])
    ),
    secrets,
    provenance: getString('provenance', 'false'),
    sbom: getString('sbom', 'false'),
    cache: getChoice('cache', ['auto', 'gha', 'registry', 'none'] as const, 'auto'),
    cacheScope: getString('cache-scope'),
    digestsDir: getString(
      'digests-dir',
      path.join(env.RUNNER_TEMP || os.tmpdir(), 'arch-actions', 'digests')
    ),
    digests: getList('digests'),
    requiredPlatforms: required.length ? parsePlatforms(required, 'required-platforms') : platforms,
    tags,
    immutableTags: getRegex('immutable-tags', DEFAULT_IMMUTABLE_TAGS),
    overwrite: getBool('overwrite', false),
    push: getBool('push', true),
    insecureRegistries: getList('insecure-registries'),
    summary: getBool('summary', true),
    git
  };
}
