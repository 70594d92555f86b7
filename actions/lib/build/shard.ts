import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '../core/toolkit';
import { checkArchivePlatform, pushArchive, readArchive } from './archive';
import { BuildxDriver } from '../setup/buildx';
import { badInput, CheckError } from '../core/errors';
import { Exec, run } from '../core/exec';
import { commandFailure } from './command';
import { BUILD_MULTIARCH } from '../core/specs.generated';
import { readInputFile, readPath, withPathErrors, writeInputFile, writePath } from '../core/paths';
import { formatPlatform, Platform, platformPair } from '../oci/platform';
import { formatReference, ImageRef, repositoryName, withDigest } from '../oci/reference';
import { RegistryClient } from '../registry/client';

export type BuilderKind = 'buildx' | 'buildah' | 'command';
export type CacheMode = 'auto' | 'gha' | 'registry' | 'none';

export interface KeyValue {
  key: string;
  value: string;
}

/** The hand-off from a shard to the merge: one `<pair>.json` per platform in the digests folder. */
export interface DigestRecord {
  platform: string;
  image: string;
  digest: string;
  mediaType: string;
  size: number;
  builder: string;
  seconds: number;
  emulated: boolean;
  /** push: false — the platform's image archive (nothing was pushed; `digest` is the archive's). */
  archive?: string;
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
}

/** The platform one shard builds, and whether this runner emulates it. */
export interface ShardTarget {
  platform: Platform;
  emulated: boolean;
}

/** What a shard calls out to: tools, the registry, the clock and the environment. */
export interface ShardDeps {
  client: RegistryClient;
  /** Runs the builders; tests capture argv here. */
  exec?: Exec;
  clock?: () => number;
  /** GITHUB_ACTIONS (cache auto), BUILDAH_ISOLATION, STORAGE_DRIVER; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** buildx driver; detected from `docker buildx inspect` when not given. */
  driver?: BuildxDriver;
}

/** ShardDeps with the defaults filled in (the driver is detected on first use). */
type Deps = Required<Omit<ShardDeps, 'driver'>> & Pick<ShardDeps, 'driver'>;

/**
 * The tag a docker-driver shard is pushed to, since that driver cannot push by digest
 * (buildx 0.13 "not implemented for docker driver"). The merge only uses the digest.
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
        warning: 'cache "gha" needs the docker-container driver; building without a cache'
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

/** The driver of the current buildx builder. */
export async function detectBuildxDriver(exec: Exec = run): Promise<BuildxDriver> {
  const res = await exec('docker', ['buildx', 'inspect'], { silent: true });
  const driver = res.stdout.match(/^Driver:\s*(\S+)/m)?.[1];
  return driver === 'docker' ? 'docker' : 'docker-container';
}

interface Pushed {
  digest: string;
  mediaType: string;
  size: number;
  /** push: false — the archive written instead. */
  archive?: string;
}

async function describePushed(client: RegistryClient, image: ImageRef, digest: string): Promise<Pushed> {
  const m = await client.getManifest(withDigest({ ...image, tag: undefined }, digest));
  return { digest: m.digest, mediaType: m.mediaType, size: m.size };
}

function readMetadataDigest(file: string): string | undefined {
  try {
    const meta = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const d = meta['containerimage.digest'];
    return typeof d === 'string' && /^sha256:[a-f0-9]{64}$/.test(d) ? d : undefined;
  } catch {
    return undefined;
  }
}

async function shardBuildx(
  opts: ShardOptions,
  p: Platform,
  d: Deps,
  tmp: string
): Promise<Pushed | undefined> {
  const driver = d.driver ?? (await detectBuildxDriver(d.exec));
  const metadataFile = path.join(tmp, 'metadata.json');
  const { args, warnings } = buildxArgs(opts, p, driver, metadataFile, d.env);
  for (const w of warnings) core.warning(w);
  await d.exec('docker', args, { env: secretEnv(opts.secrets) });
  if (!opts.push) {
    const archive = archiveFile(opts.archivesDir, p);
    if (driver === 'docker') {
      const local = `${repositoryName(opts.image)}:${stagingTag(p)}`;
      await d.exec('docker', ['save', '--output', archive, local]);
    }
    return pushArchiveFile(opts, p, d, archive);
  }
  let digest = readMetadataDigest(metadataFile);
  if (!digest && driver === 'docker') {
    digest = await d.client.headManifest({ ...opts.image, tag: stagingTag(p), digest: undefined });
  }
  if (!digest) throw new CheckError(`buildx did not report the digest it pushed for ${formatPlatform(p)}`);
  return describePushed(d.client, opts.image, digest);
}

/** Builds with buildah, exports an oci-archive and pushes that by digest through the registry client. */
async function shardBuildah(
  opts: ShardOptions,
  p: Platform,
  d: Deps,
  tmp: string
): Promise<Pushed | undefined> {
  const local = `localhost/arch-actions-${path
    .basename(tmp)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}:${platformPair(p)}`;
  const storage = ['--storage-driver', d.env.STORAGE_DRIVER || 'vfs'];
  try {
    await d.exec('buildah', buildahArgs(opts, p, local, d.env), { env: secretEnv(opts.secrets) });
    const archive = opts.push ? path.join(tmp, 'image.tar') : archiveFile(opts.archivesDir, p);
    await d.exec('buildah', ['push', ...storage, '--quiet', local, `oci-archive:${archive}`]);
    return await pushArchiveFile(opts, p, d, archive);
  } finally {
    await d.exec('buildah', ['rmi', ...storage, '-f', local], { silent: true, ignoreReturnCode: true });
  }
}

/** Checks an archive holds the shard's platform, then pushes it by digest (without push, only describes it). */
async function pushArchiveFile(opts: ShardOptions, p: Platform, d: Deps, file: string): Promise<Pushed> {
  const image = await readArchive(file, p, { gzipLayers: opts.push });
  try {
    checkArchivePlatform(image, p);
    if (!opts.push) {
      return { digest: image.digest, mediaType: image.mediaType, size: image.manifest.length, archive: file };
    }
    return await pushArchive(d.client, { ...opts.image, tag: undefined, digest: undefined }, image);
  } finally {
    image.dispose();
  }
}

async function shardCommand(
  opts: ShardOptions,
  p: Platform,
  d: Deps,
  tmp: string
): Promise<Pushed | undefined> {
  const archive = path.join(tmp, `${platformPair(p)}.tar`);
  const res = await d.exec('bash', ['-c', opts.command], {
    env: commandEnv(p, archive, opts.secrets),
    cwd: opts.context,
    ignoreReturnCode: true
  });
  if (res.exitCode !== 0) throw new CheckError(`the build command failed: ${commandFailure(res)}`);
  if (opts.push || !fs.existsSync(archive)) return pushArchiveFile(opts, p, d, archive);
  // Kept as the command wrote it.
  const kept = archiveFile(opts.archivesDir, p);
  fs.copyFileSync(archive, kept);
  return pushArchiveFile(opts, p, d, kept);
}

const DIGESTS_DIR = BUILD_MULTIARCH.inputs['digests-dir'].name;

export function writeDigestFile(dir: string, record: DigestRecord): string {
  const folder = writePath(DIGESTS_DIR, dir, 'folder');
  const file = path.join(folder, `${record.platform.replace(/\//g, '-')}.json`);
  return writeInputFile(DIGESTS_DIR, file, JSON.stringify(record, null, 2) + '\n');
}

/** Every `*.json` digest file in `dir` (none when the folder does not exist). */
export function readDigestFiles(dir: string): DigestRecord[] {
  if (!dir || !readPath(DIGESTS_DIR, dir, 'folder', { optional: true })) return [];
  return withPathErrors(DIGESTS_DIR, dir, () => fs.readdirSync(dir))
    .filter(f => f.endsWith('.json'))
    .sort()
    .map(f => {
      const file = path.join(dir, f);
      let r: DigestRecord;
      const text = readInputFile(DIGESTS_DIR, file, 1024 * 1024).toString('utf8');
      try {
        r = JSON.parse(text) as DigestRecord;
      } catch (err) {
        throw new CheckError(`digest file ${file} is not valid JSON: ${(err as Error).message}`);
      }
      if (
        !r ||
        typeof r.digest !== 'string' ||
        typeof r.image !== 'string' ||
        typeof r.platform !== 'string'
      ) {
        throw new CheckError(`digest file ${file} lacks platform, image or digest`);
      }
      return r;
    });
}

const BUILDERS = { buildx: shardBuildx, buildah: shardBuildah, command: shardCommand };

/**
 * Builds one platform and pushes it by digest, writing `<pair>.json`; with push: false, writes
 * the platform's image archive `<pair>.tar` to the archives folder instead and pushes nothing.
 */
export async function buildShard(
  opts: ShardOptions,
  target: ShardTarget,
  deps: ShardDeps
): Promise<DigestRecord | undefined> {
  const d: Deps = { exec: run, clock: Date.now, env: process.env, ...deps };
  const started = d.clock();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-shard-'));
  const name = formatPlatform(target.platform);
  let pushed: Pushed | undefined;
  // The inputs checked archives-dir; a shard makes it when missing.
  if (!opts.push) fs.mkdirSync(opts.archivesDir, { recursive: true });
  try {
    pushed = await BUILDERS[opts.builder](opts, target.platform, d, tmp);
  } catch (err) {
    if (err instanceof CheckError) throw new CheckError(`${name}: ${err.message}`);
    throw err;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (!pushed) return undefined;
  const record: DigestRecord = {
    platform: name,
    image: repositoryName(opts.image),
    digest: pushed.digest,
    mediaType: pushed.mediaType,
    size: pushed.size,
    builder: opts.builder,
    seconds: Math.round((d.clock() - started) / 100) / 10,
    emulated: target.emulated,
    ...(pushed.archive ? { archive: pushed.archive } : {})
  };
  if (pushed.archive) {
    core.info(`${name}: push is false, so its image was written to ${pushed.archive} and nothing was pushed`);
    return record;
  }
  if (opts.digestsDir) writeDigestFile(opts.digestsDir, record);
  core.info(
    `${name}: pushed ${formatReference(withDigest({ ...opts.image, tag: undefined }, pushed.digest))}`
  );
  return record;
}
