import * as path from 'node:path';
import { badInput } from '../core/errors';
import { readPath, scratchDir, writePath } from '../core/paths';
import { defaultTags, GitContext, ociMetadata, readGitContext } from './gitref';
import {
  getBool,
  getChoice,
  getLimits,
  getLines,
  getList,
  getString,
  InputSpec,
  parseKeyValues
} from '../core/inputs';
import { Limits } from '../core/limits';
import { BUILD_MULTIARCH } from '../core/specs.generated';
import { MergeOptions, parseTag } from './merge';
import { parsePlatforms, Platform } from '../oci/platform';
import { ImageRef, parseReference } from '../oci/reference';
import { KeyValue, ShardOptions, validateSecrets } from './builders';

/** What the merge takes straight from the inputs. */
type MergeInputs = Pick<
  MergeOptions,
  'digests' | 'requiredPlatforms' | 'tags' | 'immutableTags' | 'overwrite' | 'push'
>;

/** The inputs that build-multiarch and the `build` one-liner share (scripts/gen-build-action.js). */
export type BuildSpec = Omit<
  typeof BUILD_MULTIARCH.inputs,
  | 'mode'
  | 'runner-map'
  | 'digest'
  | 'checks'
  | 'proof'
  | 'proof-key'
  | 'proof-identity'
  | 'proof-issuer'
  | 'proof-trusted-root'
>;

/** When the tags move: right after the merge, or only once the digest passed verify (and e2e). */
export type TagAfter = (typeof BUILD_MULTIARCH.inputs)['tag-after']['choices'][number];

/** The inputs that build-multiarch and the `build` one-liner share, parsed once. */
export interface BuildInputs extends MergeInputs, ShardOptions {
  tagAfter: TagAfter;
  platforms: Platform[];
  /** What this job builds: `platform`, or every platform. */
  shardPlatforms: Platform[];
  /** Index annotations: git metadata plus `annotations`. */
  indexAnnotations: Record<string, string>;
  insecureRegistries: string[];
  limits: Limits;
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
    throw badInput(
      input,
      value,
      `give the repository only; set tags with the "${BUILD_MULTIARCH.inputs.tags.name}" input`
    );
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

/** A build job writes digest files and reads the sources; a merge job only reads digest files; a tag job reads neither. */
export type Job = 'build' | 'merge' | 'tag';

/** `digests-dir`: a folder that builds write digest files into, and a merge reads. */
function getDigestsDir(IN: BuildSpec, job: Job, env: NodeJS.ProcessEnv): string {
  const name = IN['digests-dir'].name;
  const dir = getString(IN['digests-dir']) || path.join(scratchDir(env), 'digests');
  if (job === 'build') return writePath(name, dir, 'folder', env);
  if (job === 'tag') return dir;
  // A merge given only `digests` needs no folder; one with neither has nothing to merge.
  if (getList(IN.digests).length) return readPath(name, dir, 'folder', { optional: true }) ?? dir;
  return readPath(name, dir, 'folder');
}

/** `archives-dir`: where a build without push writes its archives (a folder it makes). */
function getArchivesDir(IN: BuildSpec, job: Job, push: boolean, env: NodeJS.ProcessEnv): string {
  const dir = getString(IN['archives-dir']) || path.join(scratchDir(env), 'archives');
  return job === 'build' && !push ? writePath(IN['archives-dir'].name, dir, 'folder', env) : dir;
}

// A remote context (git or https URL) or stdin is buildx's to fetch, not a local folder.
const REMOTE_CONTEXT = /^(-|[a-z][a-z0-9+.-]*:\/\/.*|git@.*)$/i;

/** `context` and `file`, checked when this job builds (a merge never reads them). */
function getSources(IN: BuildSpec, job: Job): Pick<BuildInputs, 'context' | 'file'> {
  const context = getString(IN.context);
  const file = getString(IN.file);
  if (job !== 'build') return { context, file };
  if (!REMOTE_CONTEXT.test(context)) readPath(IN.context.name, context, 'folder');
  if (file && file !== '-') readPath(IN.file.name, file, 'file');
  return { context, file };
}

export function getBuildInputs(
  IN: BuildSpec,
  env: NodeJS.ProcessEnv = process.env,
  job: Job = 'build'
): BuildInputs {
  const image = parseImage(getString(IN.image), IN.image.name);
  const platforms = getPlatforms(IN);
  const shardList = getList(IN.platform);
  const shardPlatforms = shardList.length ? parsePlatforms(shardList, IN.platform.name) : platforms;
  const required = getList(IN['required-platforms']);

  const command = getString(IN.command);
  let builder = getChoice(IN.builder);
  if (command && builder === 'buildx') builder = 'command';
  if (command && builder === 'buildah')
    throw badInput(
      IN.builder.name,
      builder,
      `a ${IN.command.name} is given, so the ${IN.builder.name} is "command"`
    );
  if (builder === 'command' && !command)
    throw badInput(IN.command.name, '', `${IN.builder.name} "command" needs a shell command`);

  const secrets = parseKeyValues(IN.secrets.name, getLines(IN.secrets));
  validateSecrets(secrets, IN.secrets.name);

  const git = readGitContext(env);
  const meta = ociMetadata(git);
  const userAnnotations = parseKeyValues(IN.annotations.name, getLines(IN.annotations));
  const tagList = getList(IN.tags);
  const tags = (tagList.length ? tagList : defaultTags(git)).map(t => parseTag(t, image));
  const push = getBool(IN.push);

  return {
    image,
    platforms,
    shardPlatforms,
    builder,
    command,
    ...getSources(IN, job),
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
    digestsDir: getDigestsDir(IN, job, env),
    archivesDir: getArchivesDir(IN, job, push, env),
    digests: getList(IN.digests),
    requiredPlatforms: required.length ? parsePlatforms(required, IN['required-platforms'].name) : platforms,
    tags,
    immutableTags: getRegex(IN['immutable-tags']),
    overwrite: getBool(IN.overwrite),
    push,
    tagAfter: getChoice(IN['tag-after']),
    insecureRegistries: getList(IN['insecure-registries']),
    limits: getLimits(IN.limits),
    summary: getBool(IN.summary),
    git
  };
}
