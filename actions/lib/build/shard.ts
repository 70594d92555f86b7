// One shard: builds one platform with the chosen builder, then pushes it by digest (or keeps its archive).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '../core/toolkit';
import { checkArchivePlatform, pushArchive, readArchive } from './archive';
import { ensureAptTools } from '../setup/apt';
import { BuildxDriver } from '../setup/buildx';
import { CheckError, NotFoundError } from '../core/errors';
import { Exec, ExecOptions, run } from '../core/exec';
import { commandFailure } from './command';
import { DigestRecord, writeDigestFile } from './digests';
import {
  archiveFile,
  buildahArgs,
  buildahPushArgs,
  buildxArgs,
  commandEnv,
  secretEnv,
  ShardOptions,
  stagingTag
} from './builders';
import { formatPlatform, Platform, platformPair } from '../oci/platform';
import { formatReference, ImageRef, repositoryName, withDigest } from '../oci/reference';
import { RegistryClient } from '../registry/client';
import { basicAuthorization, getCredentials } from '../registry/auth';

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
  /** Hears of each platform's manifest digest as soon as the registry has it (not for archives). */
  onPushed?: (platform: Platform, digest: string) => void;
}

/** ShardDeps with the defaults filled in (the driver is detected on first use). */
type Deps = Required<Omit<ShardDeps, 'driver' | 'onPushed'>> & Pick<ShardDeps, 'driver' | 'onPushed'>;

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

/** Says the platform is pushed, then reads back its manifest's media type and size. */
async function describePushed(d: Deps, image: ImageRef, p: Platform, digest: string): Promise<Pushed> {
  d.onPushed?.(p, digest);
  const m = await d.client.getManifest(withDigest({ ...image, tag: undefined }, digest));
  return { digest: m.digest, mediaType: m.mediaType, size: m.size };
}

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

// buildx writes a few hundred bytes; anything past this is not its metadata file.
const METADATA_MAX = 1024 * 1024;

/**
 * What buildx's metadata file says it pushed: the manifest digest and, from the docker-container
 * driver, its descriptor (media type and size), so the manifest need not be read back.
 */
export function readBuildxMetadata(file: string): Partial<Pushed> {
  let meta: Record<string, unknown>;
  try {
    if (fs.statSync(file).size > METADATA_MAX) return {};
    meta = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
  const digest = meta['containerimage.digest'];
  if (typeof digest !== 'string' || !DIGEST_RE.test(digest)) return {};
  const d = meta['containerimage.descriptor'] as Record<string, unknown> | undefined;
  if (d?.digest === digest && typeof d.mediaType === 'string' && Number.isSafeInteger(d.size))
    return { digest, mediaType: d.mediaType, size: d.size as number };
  return { digest };
}

/** A builder's run: killed past the build-timeout limit. */
const building = (opts: ShardOptions): ExecOptions => ({ limit: 'buildMs', timeoutMs: opts.limits?.buildMs });
/** Any other tool's run: killed past the tool-timeout limit. */
const tooling = (opts: ShardOptions): ExecOptions => ({ timeoutMs: opts.limits?.toolMs });

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
  await d.exec('docker', args, { env: secretEnv(opts.secrets), ...building(opts) });
  if (!opts.push) {
    const archive = archiveFile(opts.archivesDir, p);
    if (driver === 'docker') {
      const local = `${repositoryName(opts.image)}:${stagingTag(p)}`;
      await d.exec('docker', ['save', '--output', archive, local], tooling(opts));
    }
    return pushArchiveFile(opts, p, d, archive);
  }
  const meta = readBuildxMetadata(metadataFile);
  if (meta.digest && meta.mediaType && meta.size !== undefined) {
    d.onPushed?.(p, meta.digest);
    return { digest: meta.digest, mediaType: meta.mediaType, size: meta.size };
  }
  let digest = meta.digest;
  if (!digest && driver === 'docker') {
    digest = await d.client.headManifest({ ...opts.image, tag: stagingTag(p), digest: undefined });
  }
  if (!digest) throw new CheckError(`buildx did not report the digest it pushed for ${formatPlatform(p)}`);
  return describePushed(d, opts.image, p, digest);
}

/**
 * A registry auth file with the credentials our registry client would use (docker config,
 * credential helpers, GITHUB_TOKEN for ghcr.io), so buildah pushes as we would; none found,
 * buildah looks for its own.
 */
async function buildahAuthFile(
  image: ImageRef,
  tmp: string,
  env: NodeJS.ProcessEnv
): Promise<string | undefined> {
  const creds = await getCredentials(image.registry, env);
  const basic = creds && basicAuthorization(creds);
  if (!basic && !creds?.identityToken) return undefined;
  const entry = basic ? { auth: basic.slice('Basic '.length) } : { identitytoken: creds?.identityToken };
  const file = path.join(tmp, 'auth.json');
  fs.writeFileSync(file, JSON.stringify({ auths: { [image.registry]: entry } }), { mode: 0o600 });
  return file;
}

function readDigestFile(file: string): string | undefined {
  try {
    const digest = fs.readFileSync(file, 'utf8').trim();
    return DIGEST_RE.test(digest) ? digest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The manifest buildah pushed. Its digest file has once (in ~200 pushes here) named a manifest the
 * registry never got; the staging tag it has just written then says which one it put.
 */
async function describeBuildahPush(
  opts: ShardOptions,
  p: Platform,
  d: Deps,
  digest: string
): Promise<Pushed> {
  try {
    return await describePushed(d, opts.image, p, digest);
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
    const tagged = await d.client.headManifest({ ...opts.image, tag: stagingTag(p), digest: undefined });
    if (!tagged) throw err;
    core.warning(
      `${formatPlatform(p)}: buildah's digest file names ${digest}, which the registry does not have; its staging tag points at ${tagged}, which is used`
    );
    return describePushed(d, opts.image, p, tagged);
  }
}

/**
 * Builds with buildah, then pushes straight from its storage to the registry (one compression,
 * no archive); with push: false, writes the platform's oci-archive instead.
 */
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
  await ensureAptTools([{ command: 'buildah', pkg: 'buildah' }], `the buildah build of ${formatPlatform(p)}`);
  try {
    await d.exec('buildah', buildahArgs(opts, p, local, d.env), {
      env: secretEnv(opts.secrets),
      ...building(opts)
    });
    const digestFile = path.join(tmp, 'digest');
    const authFile = opts.push ? await buildahAuthFile(opts.image, tmp, d.env) : undefined;
    await d.exec('buildah', buildahPushArgs(opts, p, local, { digestFile, authFile }, d.env), tooling(opts));
    if (!opts.push) return await pushArchiveFile(opts, p, d, archiveFile(opts.archivesDir, p));
    const digest = readDigestFile(digestFile);
    if (!digest) throw new CheckError(`buildah did not report the digest it pushed for ${formatPlatform(p)}`);
    return await describeBuildahPush(opts, p, d, digest);
  } finally {
    await d.exec('buildah', ['rmi', ...storage, '-f', local], {
      silent: true,
      ignoreReturnCode: true,
      ...tooling(opts)
    });
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
    const pushed = await pushArchive(d.client, { ...opts.image, tag: undefined, digest: undefined }, image);
    d.onPushed?.(p, pushed.digest);
    return pushed;
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
    ignoreReturnCode: true,
    ...building(opts)
  });
  if (res.exitCode !== 0) throw new CheckError(`the build command failed: ${commandFailure(res)}`);
  if (opts.push || !fs.existsSync(archive)) return pushArchiveFile(opts, p, d, archive);
  // Kept as the command wrote it.
  const kept = archiveFile(opts.archivesDir, p);
  fs.copyFileSync(archive, kept);
  return pushArchiveFile(opts, p, d, kept);
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
