// Results kept by digest, for images that cannot carry our proof (a chart's third-party images):
// a digest proven once for some platforms and level is not read again. One small JSON file per
// digest in a folder: on runners restored and saved with @actions/cache, on a laptop under ~/.cache.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '../core/toolkit';
import { scratchDir } from '../core/paths';
import { formatPlatform, Platform } from '../oci/platform';
import { InspectedImage } from '../oci/types';
import { platformDigests, ProvenPlatform } from './proven';

/** What one digest was proven for: each platform's manifest digest and level, and when. */
export interface CachedVerdict {
  digest: string;
  checkedAt: string;
  platforms: Array<{ platform: string; digest: string; level: number }>;
}

const ENTRY_LIMIT = 256 * 1024;
const CACHE_KEY = 'arch-actions-verified';

/** The folder: `$RUNNER_TEMP/arch-actions/verified` on runners, else `$XDG_CACHE_HOME/arch-actions/verified`. */
export function defaultResultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GITHUB_ACTIONS === 'true') return path.join(scratchDir(env), 'verified');
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'arch-actions', 'verified');
}

export class ResultCache {
  /** Entries written in this run (a cache service saves only when there are some). */
  written = 0;

  constructor(readonly dir: string) {}

  private file(digest: string): string | undefined {
    return /^sha256:[0-9a-f]{64}$/.test(digest)
      ? path.join(this.dir, `${digest.replace(':', '-')}.json`)
      : undefined;
  }

  private read(digest: string): CachedVerdict | undefined {
    const file = this.file(digest);
    try {
      if (!file || fs.statSync(file).size > ENTRY_LIMIT) return undefined;
      const v = JSON.parse(fs.readFileSync(file, 'utf8')) as CachedVerdict;
      return v?.digest === digest && Array.isArray(v.platforms) ? v : undefined;
    } catch {
      return undefined;
    }
  }

  /** The verdict of `digest` when it covers every platform asked for at `level` (and the index's digests). */
  lookup(digest: string, want: Map<string, string>, level: number): CachedVerdict | undefined {
    const v = this.read(digest);
    if (!v) return undefined;
    for (const [platform, manifest] of want) {
      const p = v.platforms.find(x => x.platform === platform);
      if (!p || p.level < level || p.digest !== manifest) return undefined;
    }
    return v;
  }

  /** Keeps what a check proved, merged with what the digest was proven for before (the higher level wins). */
  store(digest: string, platforms: CachedVerdict['platforms']): void {
    const file = this.file(digest);
    if (!file) return;
    const old = this.read(digest)?.platforms ?? [];
    const merged = new Map(old.map(p => [p.platform, p]));
    for (const p of platforms) if ((merged.get(p.platform)?.level ?? 0) <= p.level) merged.set(p.platform, p);
    const v: CachedVerdict = { digest, checkedAt: new Date().toISOString(), platforms: [...merged.values()] };
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(v));
      fs.renameSync(`${file}.tmp`, file);
      this.written++;
    } catch (err) {
      core.debug(`result cache: ${file}: ${(err as Error).message}`);
    }
  }
}

/** The platforms a cached verdict stands for, at `level`; undefined when it does not cover them all. */
export function fromCache(
  cache: ResultCache,
  image: InspectedImage,
  needed: Platform[],
  level: number
): { platforms: ProvenPlatform[]; checkedAt: string } | undefined {
  const entries = platformDigests(image);
  const want = new Map(needed.map(p => [formatPlatform(p), entries.get(formatPlatform(p)) ?? '']));
  const v = cache.lookup(image.digest, want, level);
  if (!v) return undefined;
  const reason = `checked earlier (${v.checkedAt}, results kept by digest), not re-checked`;
  return {
    checkedAt: v.checkedAt,
    platforms: [...want].map(([platform, digest]) => ({
      platform,
      status: 'ok',
      outcome: 'proven',
      level: Math.min(3, v.platforms.find(p => p.platform === platform)!.level) as 1 | 2 | 3,
      digest,
      reason
    }))
  };
}

/** Keeps an image that was proven by checking it (not by a proof or the cache). */
export function keepResult(
  cache: ResultCache,
  image: {
    digest?: string;
    outcome: string;
    platforms: Array<{ platform: string; digest?: string; level: number; outcome: string }>;
  }
): void {
  if (!image.digest || image.outcome !== 'proven') return;
  if (image.platforms.some(p => p.outcome !== 'proven' || !p.digest)) return;
  cache.store(
    image.digest,
    image.platforms.map(p => ({ platform: p.platform, digest: p.digest!, level: p.level }))
  );
}

/** True on a runner that has the cache service. */
function cacheService(env: NodeJS.ProcessEnv): boolean {
  return !!env.ACTIONS_RUNTIME_TOKEN && !!(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}

/** On a runner: the folder from the newest earlier run's cache. Never fails the job. */
export async function restoreResults(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!cacheService(env)) return;
  try {
    const cache = await import('@actions/cache');
    const hit = await cache.restoreCache([dir], `${CACHE_KEY}-${env.RUNNER_OS}-${env.GITHUB_RUN_ID}`, [
      `${CACHE_KEY}-${env.RUNNER_OS}-`
    ]);
    if (hit) core.info(`Results by digest restored from the cache (${hit})`);
  } catch (err) {
    core.warning(`The results cache could not be restored: ${(err as Error).message}`);
  }
}

/** On a runner: saves the folder when this run added to it. Never fails the job. */
export async function saveResults(c: ResultCache, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!cacheService(env) || !c.written) return;
  try {
    const cache = await import('@actions/cache');
    await cache.saveCache(
      [c.dir],
      `${CACHE_KEY}-${env.RUNNER_OS}-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
    );
  } catch (err) {
    core.warning(`The results cache could not be saved: ${(err as Error).message}`);
  }
}
