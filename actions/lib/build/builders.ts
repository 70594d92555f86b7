// What the builders are given: the shard options, and for one platform the argv, cache flags and
// environment of buildx, buildah or a command. Nothing runs here: shard.ts runs the builders.
import * as path from 'node:path';
import * as core from '../core/toolkit';
import { badInput } from '../core/errors';
import type { Limits } from '../core/limits';
import { BUILD_MULTIARCH } from '../core/specs.generated';
import { BuildxDriver } from '../setup/buildx';
import { formatPlatform, Platform, platformPair } from '../oci/platform';
import { ImageRef, isInsecureRegistry, repositoryName } from '../oci/reference';

export type BuilderKind = 'buildx' | 'buildah' | 'command';
export type CacheMode = 'auto' | 'gha' | 'registry' | 'none';

export interface KeyValue {
  key: string;
  value: string;
}

/** What a shard build takes from the inputs, parsed (BuildInputs carries all of it). */
export interface ShardOptions {
  /** Repository pushed to (no tag). */
  image: ImageRef;
  builder: BuilderKind;
  command: string;
  context: string;
  /** Dockerfile; default `<context>/Dockerfile`. */
  file: string;
  target: string;
  buildArgs: KeyValue[];
  labels: KeyValue[];
  annotations: KeyValue[];
  /** Passed to builders through the environment only. */
  secrets: KeyValue[];
  provenance: string;
  sbom: string;
  cache: CacheMode;
  cacheScope: string;
  push: boolean;
  /** Where `<pair>.json` goes; none is written when empty or when nothing was pushed. */
  digestsDir: string;
  /** push: false — where the platform's image archive `<pair>.tar` goes. */
  archivesDir: string;
  /** Registries reached over plain HTTP besides localhost (buildah pushes to them without TLS). */
  insecureRegistries?: string[];
  /** The build-timeout and tool-timeout limits of its builds and other tools; the defaults if not given. */
  limits?: Partial<Pick<Limits, 'buildMs' | 'toolMs'>>;
}

/**
 * The tag a docker-driver or buildah shard is pushed to, since neither can push by digest alone
 * (buildx 0.13 "not implemented for docker driver"; buildah needs the digest before it has
 * compressed the layers). The merge only uses the digest.
 */
export function stagingTag(p: Platform): string {
  return `arch-actions-staging-${platformPair(p)}`;
}

/** push: false — the archive a shard writes for its platform. */
export function archiveFile(archivesDir: string, p: Platform): string {
  return path.join(archivesDir, `${platformPair(p)}.tar`);
}

/** The environment variable carrying a build secret: `ARCH_SECRET_<ID>`. */
export function secretEnvName(id: string): string {
  return `ARCH_SECRET_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** Secret values go to the child's environment, never argv. */
export function secretEnv(secrets: KeyValue[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const s of secrets) env[secretEnvName(s.key)] = s.value;
  return env;
}

export function validateSecrets(secrets: KeyValue[], input: string): void {
  for (const s of secrets) {
    core.setSecret(s.value);
    if (!/^[A-Za-z0-9_.-]+$/.test(s.key))
      throw badInput(input, `${s.key}=***`, 'a secret id may hold letters, digits and ._-');
  }
}

export interface ResolvedCache {
  from: string[];
  to: string[];
  warning?: string;
}

/** Cache flags per platform, so shards never evict each other. */
export function cacheFlags(
  mode: CacheMode,
  driver: BuildxDriver,
  image: ImageRef,
  scope: string,
  p: Platform,
  onGitHub: boolean
): ResolvedCache {
  const effective = mode === 'auto' ? (onGitHub && driver === 'docker-container' ? 'gha' : 'none') : mode;
  const pair = platformPair(p);
  if (effective === 'none') return { from: [], to: [] };
  if (effective === 'gha') {
    if (driver === 'docker') {
      return {
        from: [],
        to: [],
        warning: `${BUILD_MULTIARCH.inputs.cache.name} "gha" needs the docker-container driver; building without a cache`
      };
    }
    const s = `${scope || image.repository.split('/').pop()}-${pair}`;
    return { from: [`type=gha,scope=${s}`], to: [`type=gha,scope=${s},mode=max`] };
  }
  const ref = `${repositoryName(image)}:buildcache-${pair}`;
  if (driver === 'docker') {
    return {
      from: [`type=registry,ref=${ref}`],
      to: [],
      warning: 'the docker driver cannot export a registry cache; reading it only'
    };
  }
  return { from: [`type=registry,ref=${ref}`], to: [`type=registry,ref=${ref},mode=max`] };
}

function dockerfile(opts: Pick<ShardOptions, 'context' | 'file'>): string {
  return opts.file || path.join(opts.context, 'Dockerfile');
}

function kvFlags(flag: string, items: KeyValue[]): string[] {
  return items.flatMap(i => [flag, `${i.key}=${i.value}`]);
}

function secretFlags(secrets: KeyValue[]): string[] {
  return secrets.flatMap(s => ['--secret', `id=${s.key},env=${secretEnvName(s.key)}`]);
}

/** The argv of `docker buildx build` for one platform (without the leading `docker`). */
export function buildxArgs(
  opts: ShardOptions,
  p: Platform,
  driver: BuildxDriver,
  metadataFile: string,
  env: NodeJS.ProcessEnv = process.env
): { args: string[]; warnings: string[] } {
  const warnings: string[] = [];
  const args = ['buildx', 'build', '--platform', formatPlatform(p), '--file', dockerfile(opts)];
  if (opts.target) args.push('--target', opts.target);
  args.push(...kvFlags('--build-arg', opts.buildArgs), ...kvFlags('--label', opts.labels));
  // The daemon's BuildKit (docker driver) cannot write manifest annotations; the index carries them.
  if (driver === 'docker-container') args.push(...kvFlags('--annotation', opts.annotations));
  args.push(...secretFlags(opts.secrets));
  const cache = cacheFlags(opts.cache, driver, opts.image, opts.cacheScope, p, env.GITHUB_ACTIONS === 'true');
  if (cache.warning) warnings.push(cache.warning);
  for (const c of cache.from) args.push('--cache-from', c);
  for (const c of cache.to) args.push('--cache-to', c);
  const repo = repositoryName(opts.image);
  if (driver === 'docker-container') {
    args.push(`--provenance=${opts.provenance || 'false'}`, `--sbom=${opts.sbom || 'false'}`);
    args.push('--metadata-file', metadataFile);
    args.push(
      '--output',
      opts.push
        ? `type=image,name=${repo},push-by-digest=true,name-canonical=true,push=true`
        : `type=oci,dest=${archiveFile(opts.archivesDir, p)},name=${repo}`
    );
  } else {
    if (!['', 'false'].includes(opts.provenance) || !['', 'false'].includes(opts.sbom)) {
      warnings.push('provenance and sbom attestations need the docker-container driver; skipped');
    }
    args.push('--provenance=false', '--sbom=false', '--metadata-file', metadataFile);
    // The docker driver refuses the oci and docker exporters (classic image store): without
    // push the image stays in the daemon, and `docker save` writes its archive.
    args.push('--tag', `${repo}:${stagingTag(p)}`);
    if (opts.push) args.push('--push');
  }
  args.push(opts.context);
  return { args, warnings };
}

/** The argv of `buildah build` for one platform; the image stays local until we push it. */
export function buildahArgs(
  opts: ShardOptions,
  p: Platform,
  localName: string,
  env: NodeJS.ProcessEnv = process.env
): string[] {
  const args = [
    'build',
    '--platform',
    formatPlatform(p),
    '--isolation',
    env.BUILDAH_ISOLATION || 'chroot',
    '--storage-driver',
    env.STORAGE_DRIVER || 'vfs',
    '-f',
    dockerfile(opts),
    '-t',
    localName
  ];
  if (opts.target) args.push('--target', opts.target);
  args.push(...kvFlags('--build-arg', opts.buildArgs), ...kvFlags('--label', opts.labels));
  args.push(...kvFlags('--annotation', opts.annotations), ...secretFlags(opts.secrets));
  args.push(opts.context);
  return args;
}

/** Where `buildah push` sends one platform: the staging tag, or with push: false the archive. */
export interface BuildahPushTarget {
  /** With push: where buildah writes the digest of the manifest it pushed. */
  digestFile: string;
  /** With push: a registry auth file holding the credentials our registry client uses. */
  authFile?: string;
}

/**
 * The argv of `buildah push` for one platform: straight from buildah's storage, compressed
 * once, to the staging tag; with push: false, to the platform's oci-archive instead.
 */
export function buildahPushArgs(
  opts: ShardOptions,
  p: Platform,
  localName: string,
  to: BuildahPushTarget,
  env: NodeJS.ProcessEnv = process.env
): string[] {
  const args = ['push', '--storage-driver', env.STORAGE_DRIVER || 'vfs', '--quiet'];
  if (!opts.push) return [...args, localName, `oci-archive:${archiveFile(opts.archivesDir, p)}`];
  args.push('--digestfile', to.digestFile);
  if (to.authFile) args.push('--authfile', to.authFile);
  if (isInsecureRegistry(opts.image.registry, opts.insecureRegistries)) args.push('--tls-verify=false');
  return [...args, localName, `docker://${repositoryName(opts.image)}:${stagingTag(p)}`];
}

/** The environment of a `command` shard. */
export function commandEnv(p: Platform, archive: string, secrets: KeyValue[]): Record<string, string> {
  return {
    TARGETPLATFORM: formatPlatform(p),
    TARGETOS: p.os,
    TARGETARCH: p.architecture,
    TARGETVARIANT: p.variant ?? '',
    IMAGE_ARCHIVE: archive,
    ...secretEnv(secrets)
  };
}
