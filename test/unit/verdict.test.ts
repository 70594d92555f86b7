import { count } from '../../actions/lib/core/words';
import { unavailableKind } from '../../actions/lib/core/errors';
import type { ImageResult, Level, PlatformCheck } from '../../actions/lib/verify/image';
import {
  countOutcomes,
  levelsReached,
  missingPhrase,
  silentRegistries,
  unknownPhrase,
  verdictLine
} from '../../actions/lib/verify/verdict';

const platform = (p: string, outcome: PlatformCheck['outcome'], level: Level, extra = {}): PlatformCheck => ({
  platform: p,
  status: outcome === 'proven' ? 'ok' : outcome === 'missing' ? 'missing' : 'error',
  outcome,
  level,
  ...extra
});

function image(reference: string, registry: string, platforms: PlatformCheck[], extra = {}): ImageResult {
  const missing = platforms.some(p => p.outcome === 'missing');
  const unknown = platforms.find(p => p.outcome === 'unknown');
  return {
    reference,
    normalized: reference,
    resolved: reference,
    sources: [],
    locations: [],
    available: [],
    platforms,
    status: missing ? 'failed' : unknown ? 'error' : 'ok',
    outcome: missing ? 'missing' : unknown ? 'unknown' : 'proven',
    level: Math.min(...platforms.map(p => p.level)) as Level,
    registry,
    ...(unknown ? { unknown: unknown.unknown, reason: unknown.reason } : {}),
    notes: [],
    found: ['input'],
    charts: [],
    durationMs: 1,
    ...extra
  };
}

const proven = (ref: string, level: Level = 2) =>
  image(ref, 'r.example', [
    platform('linux/amd64', 'proven', level),
    platform('linux/arm64', 'proven', level)
  ]);
const lacking = (ref: string, p = 'linux/arm64') =>
  image(ref, 'r.example', [platform('linux/amd64', 'proven', 2), platform(p, 'missing', 1)]);
const silent = (ref: string, registry: string, kind: 'unreachable' | 'refused' | 'error') =>
  image(ref, registry, [
    platform('linux/amd64', 'unknown', 0, { unknown: kind, reason: `${registry} said no` }),
    platform('linux/arm64', 'unknown', 0, { unknown: kind, reason: `${registry} said no` })
  ]);

describe('the verdict of a run', () => {
  const mixed = [
    proven('a', 3),
    proven('b', 2),
    lacking('c'),
    lacking('d', 'linux/s390x'),
    lacking('e'),
    { ...lacking('f'), status: 'allowed' as const },
    silent('g', 'down.example', 'unreachable'),
    silent('h', 'down.example', 'unreachable'),
    silent('i', 'private.example', 'refused'),
    silent('j', 'r.example', 'error')
  ];

  test('counts each outcome apart, an allowed gap on its own', () => {
    expect(countOutcomes(mixed)).toEqual({ checked: 10, proven: 2, missing: 3, allowed: 1, unknown: 4 });
  });

  test('names the registries that did not answer, once each, and not those that answered with an error', () => {
    expect(silentRegistries(mixed)).toEqual([
      { registry: 'down.example', kind: 'unreachable', reason: 'down.example said no', images: 2 },
      { registry: 'private.example', kind: 'refused', reason: 'private.example said no', images: 1 }
    ]);
    expect(unknownPhrase(mixed)).toBe(
      'nothing was proven about 4 images: could not reach 2 registries (down.example unreachable, private.example refused the credentials); 1 could not be read'
    );
    expect(unknownPhrase([silent('x', 'one.example', 'unreachable')])).toBe(
      'nothing was proven about 1 image: could not reach 1 registry (one.example unreachable)'
    );
    expect(unknownPhrase([proven('a')])).toBeUndefined();
  });

  test('says the levels reached, not the level asked for', () => {
    expect(levelsReached(mixed)).toBe(
      'L3 built right for 1 image, L2 configured for 1, L1 listed for 4, nothing for 4'
    );
    expect(levelsReached([silent('x', 'one.example', 'unreachable')])).toBe('nothing for 1 image');
    expect(levelsReached([])).toBe('no image checked');
  });

  test('puts it all in one line', () => {
    expect(missingPhrase(mixed)).toBe('3 of 10 images lack linux/arm64, linux/s390x');
    expect(verdictLine(mixed)).toBe(
      '2 of 10 images proven (L2 configured to L3 built right); 3 lack linux/arm64, linux/s390x; 1 allowed; ' +
        'nothing was proven about 4 images: could not reach 2 registries (down.example unreachable, private.example refused the credentials); 1 could not be read'
    );
    expect(verdictLine([proven('a')])).toBe('1 of 1 image proven (L2 configured)');
    expect(verdictLine([lacking('c')])).toBe('0 of 1 image proven; 1 lacks linux/arm64');
  });
});

describe('words', () => {
  test.each([
    [1, 'image', '1 image'],
    [0, 'image', '0 images'],
    [2, 'registry', '2 registries'],
    [1, 'registry', '1 registry'],
    [3, 'key', '3 keys']
  ])('count(%s, %s) is %s', (n, noun, text) => expect(count(n, noun)).toBe(text));
});

describe('a registry status that says it would not answer', () => {
  test.each([
    [401, 'refused'],
    [403, 'refused'],
    [429, 'rate-limited'],
    [408, 'unavailable'],
    [503, 'unavailable'],
    [404, undefined],
    [400, undefined]
  ])('HTTP %s is %s', (status, kind) => expect(unavailableKind(status)).toBe(kind));
});
