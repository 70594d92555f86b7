// What a run of verify proved, in numbers and in one line: proven, missing, allowed and unknown
// images, the registries that did not answer, and the levels reached.
import { count } from '../core/words';
import type { ImageResult, Level, UnknownKind } from './image';

/** An image nothing was proven about: one entry of the `unknown` output. */
export interface UnknownEntry {
  reference: string;
  resolved: string;
  registry: string;
  kind: UnknownKind;
  reason: string;
  /** The platforms left unknown. */
  platforms: string[];
  sources: string[];
}

/** A registry that did not answer, with the first reason it gave and how many images it left unknown. */
export interface SilentRegistry {
  registry: string;
  kind: UnknownKind;
  reason: string;
  images: number;
}

export interface Counts {
  checked: number;
  proven: number;
  /** Missing a platform, not allowed. */
  missing: number;
  /** Missing a platform, covered by an allow rule. */
  allowed: number;
  unknown: number;
}

const KIND_WORDS: Record<UnknownKind, string> = {
  unreachable: 'unreachable',
  timeout: 'timed out',
  refused: 'refused the credentials',
  'rate-limited': 'rate-limited',
  unavailable: 'server errors',
  error: 'could not be read'
};

/** `unreachable`, `refused the credentials`, ...: a kind of unknown in a few words. */
export const kindWords = (kind: UnknownKind): string => KIND_WORDS[kind];

export function countOutcomes(images: ImageResult[]): Counts {
  const n = (f: (i: ImageResult) => boolean) => images.filter(f).length;
  return {
    checked: images.length,
    proven: n(i => i.outcome === 'proven'),
    missing: n(i => i.outcome === 'missing' && i.status !== 'allowed'),
    allowed: n(i => i.status === 'allowed'),
    unknown: n(i => i.outcome === 'unknown')
  };
}

export function unknownEntries(images: ImageResult[]): UnknownEntry[] {
  return images
    .filter(i => i.outcome === 'unknown')
    .map(i => ({
      reference: i.reference,
      resolved: i.resolved,
      registry: i.registry,
      kind: i.unknown ?? 'error',
      reason: i.reason ?? '',
      platforms: i.platforms.filter(p => p.outcome === 'unknown').map(p => p.platform),
      sources: i.sources
    }));
}

/** Registries that left images unknown because they did not answer (not for other errors). */
export function silentRegistries(images: ImageResult[]): SilentRegistry[] {
  const by = new Map<string, SilentRegistry>();
  for (const i of images) {
    if (i.outcome !== 'unknown' || !i.unknown || i.unknown === 'error') continue;
    const known = by.get(i.registry);
    if (known) known.images++;
    else by.set(i.registry, { registry: i.registry, kind: i.unknown, reason: i.reason ?? '', images: 1 });
  }
  return [...by.values()];
}

/**
 * `nothing was proven about 6 images: could not reach 2 registries (r1 unreachable, r2 refused the
 * credentials)`, or undefined when every image got an answer.
 */
export function unknownPhrase(images: ImageResult[]): string | undefined {
  const unknown = images.filter(i => i.outcome === 'unknown');
  if (!unknown.length) return undefined;
  const silent = silentRegistries(images);
  const errors = unknown.filter(i => !i.unknown || i.unknown === 'error').length;
  const parts: string[] = [];
  if (silent.length) {
    const which = silent.map(r => `${r.registry} ${kindWords(r.kind)}`).join(', ');
    parts.push(`could not reach ${count(silent.length, 'registry')} (${which})`);
  }
  if (errors) parts.push(`${errors} could not be read`);
  return `nothing was proven about ${count(unknown.length, 'image')}: ${parts.join('; ')}`;
}

const LEVEL_NAMES: Record<Level, string> = {
  0: 'nothing',
  1: 'L1 listed',
  2: 'L2 configured',
  3: 'L3 built right'
};

export const levelName = (level: Level): string => LEVEL_NAMES[level];

/** `L3 built right for 4 images, L2 configured for 1, nothing for 2`: the levels images reached. */
export function levelsReached(images: ImageResult[]): string {
  const parts: string[] = [];
  for (const level of [3, 2, 1, 0] as Level[]) {
    const n = images.filter(i => i.level === level).length;
    if (n) parts.push(`${LEVEL_NAMES[level]} for ${parts.length ? n : count(n, 'image')}`);
  }
  return parts.join(', ') || 'no image checked';
}

/** `linux/arm64, linux/s390x`: the platforms that images lack (allowed gaps left out). */
function lacking(images: ImageResult[]): string {
  const platforms = images
    .filter(i => i.outcome === 'missing' && i.status !== 'allowed')
    .flatMap(i => i.platforms.filter(p => p.outcome === 'missing').map(p => p.platform));
  return [...new Set(platforms)].sort().join(', ');
}

/** `3 of 36 images lack linux/arm64`, or undefined when none lacks a platform (allowed gaps aside). */
export function missingPhrase(images: ImageResult[]): string | undefined {
  const n = countOutcomes(images).missing;
  if (!n) return undefined;
  return `${n} of ${count(images.length, 'image')} ${n === 1 ? 'lacks' : 'lack'} ${lacking(images)}`;
}

/**
 * The run in one line, for the end of a log: `30 of 36 images proven (L2 configured); 3 lack
 * linux/arm64; 1 allowed; nothing was proven about 2 images: could not reach 1 registry (…)`.
 */
export function verdictLine(images: ImageResult[]): string {
  const c = countOutcomes(images);
  const proven = images.filter(i => i.outcome === 'proven').map(i => i.level);
  const low = Math.min(...proven) as Level;
  const high = Math.max(...proven) as Level;
  const levels = low === high ? LEVEL_NAMES[low] : `${LEVEL_NAMES[low]} to ${LEVEL_NAMES[high]}`;
  const parts = [`${c.proven} of ${count(c.checked, 'image')} proven${c.proven ? ` (${levels})` : ''}`];
  if (c.missing) parts.push(`${c.missing} ${c.missing === 1 ? 'lacks' : 'lack'} ${lacking(images)}`);
  if (c.allowed) parts.push(`${c.allowed} allowed`);
  const unknown = unknownPhrase(images);
  if (unknown) parts.push(unknown);
  return parts.join('; ');
}
