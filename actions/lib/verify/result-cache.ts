// Results kept by digest, for images that cannot carry our proof (a chart's third-party images):
// a digest proven once for some platforms and level is not read again, by the same version of the
// checks. One small JSON file per digest in a folder of at most MAX_ENTRIES: on runners restored and
// saved with @actions/cache, on a laptop under ~/.cache.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '../core/toolkit';
import { scratchDir } from '../core/paths';
import { TOOL_VERSION } from '../core/version';
import { formatPlatform, Platform } from '../oci/platform';
import { InspectedImage } from '../oci/types';
import { platformDigests, ProofMode, ProvenPlatform } from './proven';

/** What one digest was proven for: each platform's manifest digest and level, and when. */
export interface CachedVerdict {
  digest: string;
  /** The version of arch-actions whose checks proved it; another version's are not trusted. */
  tool: string;
  checkedAt: string;
  platforms: Array<{ platform: string; digest: string; level: number }>;
}

const ENTRY_LIMIT = 256 * 1024;
/** The folder keeps the newest this many digests; older ones are deleted after a run that wrote. */
export const MAX_ENTRIES = 2000;
const CACHE_KEY = 'arch-actions-verified';

/**
 * The folder: `$XDG_CACHE_HOME/arch-actions/verified` when that is set, else on runners
 * `$RUNNER_TEMP/arch-actions/verified`, else `~/.cache/arch-actions/verified`.
 */
export function defaultResultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'arch-actions', 'verified');
  if (env.GITHUB_ACTIONS === 'true') return path.join(scratchDir(env), 'verified');
  return path.join(os.homedir(), '.cache', 'arch-actions', 'verified');
}

export class ResultCache {
  /** Entries written in this run (a cache service saves only when there are some). */
  written = 0;
  /** Digests this run stored: an image met twice in one run is checked twice, so a run's report does not depend on which finished first. */
  private readonly mine = new Set<string>();

  /**
   * `forInputs: false` keeps the images given directly out of it (checked each time), for a run
   * that signs a proof of each: a proof is written only for what the run checked.
   */
  constructor(
    readonly dir: string,
    readonly forInputs = true
  ) {}

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
      return v?.digest === digest && v.tool === TOOL_VERSION && Array.isArray(v.platforms) ? v : undefined;
    } catch {
      return undefined;
    }
  }

  /** The verdict of `digest`, kept by an earlier run, when it covers every platform asked for at `level` (and the index's digests). */
  lookup(digest: string, want: Map<string, string>, level: number): CachedVerdict | undefined {
    if (this.mine.has(digest)) return undefined;
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
    const v: CachedVerdict = {
      digest,
      tool: TOOL_VERSION,
      checkedAt: new Date().toISOString(),
      platforms: [...merged.values()]
    };
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(v));
      fs.renameSync(`${file}.tmp`, file);
      this.written++;
      this.mine.add(digest);
    } catch (err) {
      core.debug(`result cache: ${file}: ${(err as Error).message}`);
    }
  }

  /** After a run that wrote: deletes the oldest entries past `max`. Never fails the run. */
  prune(max = MAX_ENTRIES): void {
    if (!this.written) return;
    try {
      const entries = fs
        .readdirSync(this.dir)
        .filter(f => /^sha256-[0-9a-f]{64}\.json(\.tmp)?$/.test(f))
        .map(f => ({ file: path.join(this.dir, f), at: fs.statSync(path.join(this.dir, f)).mtimeMs }));
      if (entries.length <= max) return;
      entries.sort((a, b) => b.at - a.at);
      for (const e of entries.slice(max)) fs.rmSync(e.file, { force: true });
    } catch (err) {
      core.debug(`result cache: ${this.dir}: ${(err as Error).message}`);
    }
  }
}

/**
 * The results kept by digest when they may stand in for an image's checks: not with `proof: ignore`
 * (everything is checked), nor for an image given directly when the run signs proofs of those.
 */
export function standingIn(
  results: ResultCache | undefined,
  proof: ProofMode | undefined,
  found: ReadonlySet<string>
): ResultCache | undefined {
  if (!results || proof === 'ignore') return undefined;
  return results.forInputs || !found.has('input') ? results : undefined;
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
  const reason = 'checked earlier (cache), not re-checked';
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
