import * as os from 'node:os';
import * as path from 'node:path';
import { badInput } from '../core/errors';
import { defaultTags, GitContext, ociMetadata, readGitContext } from './gitref';
import { getBool, getChoice, getLines, getList, getString, InputSpec, parseKeyValues } from '../core/inputs';
import { BUILD_MULTIARCH } from '../core/specs.generated';
import { MergeOptions, parseTag } from './merge';
import { parsePlatforms, Platform } from '../oci/platform';
import { ImageRef, parseReference } from '../oci/reference';
import { KeyValue, ShardOptions, validateSecrets } from './shard';

/** What the merge takes straight from the inputs. */
type MergeInputs = Pick<
  MergeOptions,
  'digests' | 'requiredPlatforms' | 'tags' | 'immutableTags' | 'overwrite' | 'push'
>;

/** The inputs that build-multiarch and the `build` one-liner share (scripts/gen-build-action.js). */
export type BuildSpec = Omit<typeof BUILD_MULTIARCH.inputs, 'mode' | 'runner-map'>;

/** The inputs that build-multiarch and the `build` one-liner share, parsed once. */
export interface BuildInputs extends MergeInputs, ShardOptions {
  platforms: Platform[];
  /** What this job builds: `platform`, or every platform. */
  shardPlatforms: Platform[];
  /** Index annotations: git metadata plus `annotations`. */
  indexAnnotations: Record<string, string>;
  insecureRegistries: string[];
  summary: boolean;
  git: GitContext;
}

export function getPlatforms(IN: Pick<BuildSpec, 'platforms'>): Platform[] {
  return parsePlatforms(getList(IN.platforms), IN.platforms.name);
}

/** The image repository: no tag or digest, tags come from `tags`. */
export function parseImage(value: string, input: string): ImageRef {
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

function getRegex(spec: InputSpec): RegExp | undefined {
  // An empty value takes the default; `^$` matches no tag and so turns the check off.
  const source = getString(spec);
  try {
    return new RegExp(source);
  } catch (err) {
    throw badInput(spec.name, source, `not a regular expression (${(err as Error).message})`);
  }
}

export function getBuildInputs(IN: BuildSpec, env: NodeJS.ProcessEnv = process.env): BuildInputs {
  const image = parseImage(getString(IN.image), IN.image.name);
  const platforms = getPlatforms(IN);
  const shardList = getList(IN.platform);
  const shardPlatforms = shardList.length ? parsePlatforms(shardList, IN.platform.name) : platforms;
  const required = getList(IN['required-platforms']);

  const command = getString(IN.command);
  let builder = getChoice(IN.builder);
  if (command && builder === 'buildx') builder = 'command';
  if (command && builder === 'buildah')
    throw badInput(IN.builder.name, builder, 'a command is given, so the builder is "command"');
  if (builder === 'command' && !command)
    throw badInput(IN.command.name, '', 'builder "command" needs a shell command');

  const secrets = parseKeyValues(IN.secrets.name, getLines(IN.secrets));
  validateSecrets(secrets, IN.secrets.name);

  const git = readGitContext(env);
  const meta = ociMetadata(git);
  const userAnnotations = parseKeyValues(IN.annotations.name, getLines(IN.annotations));
  const tagList = getList(IN.tags);
  const tags = (tagList.length ? tagList : defaultTags(git)).map(t => parseTag(t, image));

  return {
    image,
    platforms,
    shardPlatforms,
    builder,
    command,
    context: getString(IN.context),
    file: getString(IN.file),
    target: getString(IN.target),
    buildArgs: parseKeyValues(IN['build-args'].name, getLines(IN['build-args'])),
    labels: merged(meta, parseKeyValues(IN.labels.name, getLines(IN.labels))),
    annotations: merged(meta, userAnnotations),
    indexAnnotations: Object.fromEntries(
      merged(ociMetadata(git, true), userAnnotations).map(a => [a.key, a.value])
    ),
    secrets,
    provenance: getString(IN.provenance),
    sbom: getString(IN.sbom),
    cache: getChoice(IN.cache),
    cacheScope: getString(IN['cache-scope']),
    digestsDir:
      getString(IN['digests-dir']) || path.join(env.RUNNER_TEMP || os.tmpdir(), 'arch-actions', 'digests'),
    digests: getList(IN.digests),
    requiredPlatforms: required.length ? parsePlatforms(required, IN['required-platforms'].name) : platforms,
    tags,
    immutableTags: getRegex(IN['immutable-tags']),
    overwrite: getBool(IN.overwrite),
    push: getBool(IN.push),
    insecureRegistries: getList(IN['insecure-registries']),
    summary: getBool(IN.summary),
    git
  };
}
