// The results kept by digest: trusted only for the exact digest, each platform's manifest digest, a
// level at least the one asked and the same version of the checks; the folder keeps the newest
// MAX_ENTRIES digests; where it lives.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { InspectedImage } from '../../actions/lib/oci/types';
import { defaultResultCacheDir, fromCache, ResultCache } from '../../actions/lib/verify/result-cache';

const hex = (c: string) => c.repeat(64);
const INDEX = `sha256:${hex('a')}`;
const AMD64 = `sha256:${hex('b')}`;
const ARM64 = `sha256:${hex('c')}`;

function image(digest = INDEX, arm64 = ARM64): InspectedImage {
  const entry = (architecture: string, d: string) => ({
    platform: { os: 'linux', architecture },
    digest: d,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    size: 1,
    attestation: false
  });
  return {
    digest,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    isIndex: true,
    platforms: [entry('amd64', AMD64), entry('arm64', arm64)]
  };
}

const both = parsePlatforms(['linux/amd64', 'linux/arm64'], 'platforms');
let dir: string;
let cache: ResultCache;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'result-cache-'));
  new ResultCache(path.join(dir, 'verified')).store(INDEX, [
    { platform: 'linux/amd64', digest: AMD64, level: 3 },
    { platform: 'linux/arm64', digest: ARM64, level: 2 }
  ]);
  cache = new ResultCache(path.join(dir, 'verified'));
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a kept result stands in for the digest, platforms and level it covered, and says so', () => {
  const kept = fromCache(cache, image(), both, 2);
  expect(kept?.platforms.map(p => [p.platform, p.level, p.digest, p.reason])).toEqual([
    ['linux/amd64', 3, AMD64, 'checked earlier (cache), not re-checked'],
    ['linux/arm64', 2, ARM64, 'checked earlier (cache), not re-checked']
  ]);
  expect(fromCache(cache, image(), both.slice(0, 1), 3)?.platforms).toHaveLength(1);
});

test('nothing else: a higher level, another platform, another manifest, another digest, another version', () => {
  expect(fromCache(cache, image(), both, 3)).toBeUndefined();
  expect(fromCache(cache, image(), parsePlatforms(['linux/s390x'], 'platforms'), 1)).toBeUndefined();
  expect(fromCache(cache, image(INDEX, `sha256:${hex('d')}`), both, 2)).toBeUndefined();
  expect(fromCache(cache, image(`sha256:${hex('e')}`), both, 2)).toBeUndefined();
  const file = path.join(cache.dir, `sha256-${hex('a')}.json`);
  const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { tool: string };
  fs.writeFileSync(file, JSON.stringify({ ...entry, tool: '0.0.1-older' }));
  expect(fromCache(cache, image(), both, 2)).toBeUndefined();
});

test('a digest this run stored is not taken back in the same run (its report does not depend on order)', () => {
  cache.store(INDEX, [{ platform: 'linux/amd64', digest: AMD64, level: 3 }]);
  expect(fromCache(cache, image(), both, 2)).toBeUndefined();
  expect(fromCache(new ResultCache(cache.dir), image(), both, 2)?.platforms).toHaveLength(2);
});

test('the folder keeps the newest digests past its bound, and a run that wrote nothing prunes nothing', () => {
  for (const c of ['1', '2', '3', '4']) cache.store(`sha256:${hex(c)}`, []);
  const files = fs.readdirSync(cache.dir).sort();
  expect(files).toHaveLength(5);
  files.forEach((f, i) => fs.utimesSync(path.join(cache.dir, f), 1000 + i, 1000 + i));
  new ResultCache(cache.dir).prune(2);
  expect(fs.readdirSync(cache.dir)).toHaveLength(5);
  cache.prune(2);
  expect(fs.readdirSync(cache.dir).sort()).toEqual(files.slice(-2));
});

test('where it lives: XDG_CACHE_HOME, else the runner temp on GitHub, else ~/.cache', () => {
  expect(defaultResultCacheDir({ XDG_CACHE_HOME: '/x', GITHUB_ACTIONS: 'true', RUNNER_TEMP: '/rt' })).toBe(
    '/x/arch-actions/verified'
  );
  expect(defaultResultCacheDir({ GITHUB_ACTIONS: 'true', RUNNER_TEMP: '/rt' })).toBe(
    '/rt/arch-actions/verified'
  );
  expect(defaultResultCacheDir({})).toBe(path.join(os.homedir(), '.cache', 'arch-actions', 'verified'));
});
