// One image's verdict: listed (level 1), configured (level 2) and, with deep, built right (level 3).
import { listSome } from '../core/untrusted';
import { LimitError, startDeadline } from '../core/limits';
import { DeepResult } from './deep-check';
import { formatPlatform, normalisePlatformString, Platform } from '../oci/platform';
import { applyMirrors, familiar, formatReference, ImageRef, Mirror } from '../oci/reference';
import { isLocalRef, LocalImages } from '../oci/archive-source';
import { ImageReader, InspectedImage, PlatformEntry } from '../oci/types';
import { RegistryClient } from '../registry/client';
import { AllowRule, matchAllow } from './allow';
import { FOUND_HOW, FoundHow, formatSource, SourceLocation } from './scan/types';
import { Target, whyOf } from './targets';
import { ProofPolicy, proofOutcome, ProofUse } from './proven';
import { fromCache, keepResult, ResultCache, standingIn } from './result-cache';
import { deepCheck } from './deep-check';
import { NotFoundError, UnavailableError, UnavailableKind } from '../core/errors';

/** How many of an index's platforms the report lists. */
const MAX_LISTED = 1000;

export { deepCheck };
export type { DeepResult };

/** What checkImage takes of verify's options. */
export interface ImageCheckOptions {
  deep: boolean;
  /** Proofs already attached: reused (`use`), demanded (`require`) or not looked for. */
  proof?: ProofPolicy;
  /** Results kept by digest: a digest proven before is not read again. */
  results?: ResultCache;
  allow: AllowRule[];
  mirrors: Mirror[];
  /** The image-deadline limit: the image checked (its index, manifests, configs, deep reads) within this time. */
  imageMs?: number;
}

/**
 * Level 3 verdicts already under way (the build one-liner reads each platform's layers back as
 * soon as it is pushed): the one for a repository, manifest digest and platform, taken once.
 */
export interface DeepVerdicts {
  take(ref: ImageRef, digest: string, p: Platform): Promise<DeepResult> | undefined;
}

/** What the check saw: listed and right, not listed, listed but built for another platform, or no answer. */
export type PlatformStatus = 'ok' | 'missing' | 'wrong' | 'error';

/**
 * What is known of one platform (docs/design.md, "verify report"): proven at `level`; missing
 * (not listed, or listed but wrong: `status` says which); or unknown, when the check could not
 * get an answer (`unknown` says why). Unknown is never counted as missing.
 */
export type Outcome = 'proven' | 'missing' | 'unknown';

/** Why nothing was proven: a registry that would not answer (UnavailableKind), or another error. */
export type UnknownKind = UnavailableKind | 'error';

/** The level reached: 0 nothing, 1 listed, 2 configured, 3 built right. */
export type Level = 0 | 1 | 2 | 3;

export interface PlatformCheck {
  platform: string;
  status: PlatformStatus;
  outcome: Outcome;
  /**
   * Proven: the highest level proven. Missing: the level whose check failed. Unknown: the
   * highest level proven before the check could not go on (0: nothing).
   */
  level: Level;
  reason?: string;
  /** Why nothing more was proven, when the outcome is unknown. */
  unknown?: UnknownKind;
  digest?: string;
  deep?: DeepResult;
}

export type ImageStatus = 'ok' | 'failed' | 'allowed' | 'error';

export interface ImageResult {
  /** As first written. */
  reference: string;
  /** Docker-normalised, before mirrors. */
  normalized: string;
  /** What was actually asked of a registry, after mirrors. */
  resolved: string;
  digest?: string;
  /** `file:line` of every place it is written; empty for images given directly. */
  sources: string[];
  locations: SourceLocation[];
  /** Platforms the image offers (attestations left out). */
  available: string[];
  platforms: PlatformCheck[];
  status: ImageStatus;
  /** Missing when a platform is missing (allowed or not), else unknown when one is unknown, else proven. */
  outcome: Outcome;
  /** The lowest level over its platforms: what was reached for the image as a whole. */
  level: Level;
  /** The registry asked (`local` for an archive on disk). */
  registry: string;
  /** Why nothing was proven, when the outcome is unknown. */
  unknown?: UnknownKind;
  reason?: string;
  allowed?: AllowRule;
  notes: string[];
  /** How it was found (rendered, indirect, annotation, …; `input` when given in images). */
  found: Array<FoundHow | 'input'>;
  /** The charts and subcharts that use it (`openebs/mayastor`). */
  charts: string[];
  /** Set when a valid platform proof stood in for the checks. */
  proof?: ProofUse;
  /** When the results kept by digest stood in for the checks: the time they were checked. */
  cached?: string;
  durationMs: number;
}

const howOrder = (h: FoundHow | 'input') => (h === 'input' ? -1 : FOUND_HOW.indexOf(h));

function platformOf(
  e: PlatformEntry['platform'] | { os: string; architecture: string; variant?: string }
): string {
  return normalisePlatformString(`${e.os}/${e.architecture}${e.variant ? '/' + e.variant : ''}`);
}

async function checkPlatform(
  reader: ImageReader,
  resolved: ImageRef,
  image: InspectedImage,
  offered: PlatformEntry[],
  p: Platform,
  deep: boolean,
  early?: DeepVerdicts,
  signal?: AbortSignal
): Promise<PlatformCheck> {
  const want = formatPlatform(p);
  const entry = offered.find(e => platformOf(e.platform) === want);
  if (!entry) {
    const has = listSome(offered.map(e => platformOf(e.platform))) || 'nothing';
    const reason = image.isIndex
      ? `${want} is not in the index (it lists ${has})`
      : `single-platform image for ${has}`;
    return { platform: want, status: 'missing', outcome: 'missing', level: 1, reason };
  }
  const check: PlatformCheck = {
    platform: want,
    status: 'ok',
    outcome: 'proven',
    level: 1,
    digest: entry.digest
  };
  // The config and the layers are read at once (both start from the manifest); the config rules first.
  const [configRead, deepRead] = await Promise.allSettled([
    image.isIndex ? reader.getConfig(resolved, entry.digest, { signal }) : undefined,
    deep
      ? (early?.take(resolved, entry.digest, p) ?? deepCheck(reader, resolved, entry.digest, p, signal))
      : undefined
  ]);
  try {
    const config = settled(configRead);
    if (config) {
      const says = platformOf({ os: config.os, architecture: config.architecture, variant: config.variant });
      if (says !== want) {
        const reason = `the index lists ${want} but its config says ${says}`;
        return { ...check, status: 'wrong', outcome: 'missing', level: 2, reason };
      }
    }
    check.level = 2;
    if (deep) {
      check.deep = settled(deepRead) as DeepResult;
      const m = check.deep.mismatch;
      // Layers that could not be read prove nothing past level 2.
      if (!check.deep.unsupported) check.level = 3;
      if (m) {
        check.status = 'wrong';
        check.outcome = 'missing';
        check.reason = `${m.path} is ${m.machineName} (e_machine ${m.machine}), expected ${m.expected}`;
      }
    }
  } catch (err) {
    return { ...check, status: 'error', outcome: 'unknown', unknown: unknownOf(err), reason: whyOf(err) };
  }
  return check;
}

const unknownOf = (err: unknown): UnknownKind => (err instanceof UnavailableError ? err.kind : 'error');

/** Every needed platform with the same verdict: the image could not be read, or does not exist. */
function wholeImage(needed: Platform[], err: unknown): PlatformCheck[] {
  const reason = whyOf(err);
  return needed.map(p =>
    err instanceof NotFoundError
      ? { platform: formatPlatform(p), status: 'missing', outcome: 'missing', level: 1, reason }
      : {
          platform: formatPlatform(p),
          status: 'error',
          outcome: 'unknown',
          level: 0,
          unknown: unknownOf(err),
          reason
        }
  );
}

/** The image's outcome, level and reason from its platforms. */
function judge(result: ImageResult): void {
  const checks = result.platforms;
  result.level = checks.reduce<Level>((low, c) => (c.level < low ? c.level : low), 3);
  const missing = checks.some(c => c.outcome === 'missing');
  const unknown = checks.find(c => c.outcome === 'unknown');
  result.outcome = missing ? 'missing' : unknown ? 'unknown' : 'proven';
  result.status = missing ? 'failed' : unknown ? 'error' : 'ok';
  if (unknown) result.unknown = unknown.unknown;
  const bad = checks.filter(c => c.outcome !== 'proven');
  // One reason for the whole image when every platform has the same (an unreachable registry).
  const reasons = new Set(bad.map(c => c.reason));
  if (bad.length && reasons.size === 1 && bad.length === checks.length) result.reason = bad[0].reason;
  else if (bad.length) result.reason = bad.map(c => `${c.platform}: ${c.reason}`).join('; ');
}

function settled<T>(r: PromiseSettledResult<T>): T {
  if (r.status === 'rejected') throw r.reason;
  return r.value;
}

/** The image's notes from its platforms' verdicts (judge gives its outcome and status). */
function settle(result: ImageResult): void {
  for (const c of result.platforms) {
    if (c.deep?.unsupported) result.notes.push(`${c.platform}: layers not read (${c.deep.unsupported})`);
    else if (c.deep && c.deep.executables === 0)
      result.notes.push(`${c.platform}: no executables in its layers, nothing to check`);
  }
}

/** What the index offers, up to a bound: an index of 100,000 entries is not a report. */
function listAvailable(result: ImageResult, offered: PlatformEntry[]): void {
  result.available = offered.slice(0, MAX_LISTED).map(e => platformOf(e.platform));
  if (offered.length > MAX_LISTED)
    result.notes.push(
      `the index lists ${offered.length} platforms; the report keeps the first ${MAX_LISTED}`
    );
}

/** `work` within the image deadline; past it, every needed platform is unknown, with the deadline named. */
function inTime<T>(
  needed: Platform[],
  late: Promise<never>,
  work: Promise<T>
): Promise<T | { platforms: PlatformCheck[]; proof?: never }> {
  return Promise.race([work, late]).catch((err: unknown) => {
    if (err instanceof LimitError && err.limit === 'imageMs') return { platforms: wholeImage(needed, err) };
    throw err;
  });
}

/** Platforms at once (one image costs three round trips, not 1 + 2 per platform), within the deadline. */
async function platformChecks(
  needed: Platform[],
  late: Promise<never>,
  check: (p: Platform) => Promise<PlatformCheck>
): Promise<PlatformCheck[]> {
  const done = await inTime(needed, late, Promise.all(needed.map(check)));
  return Array.isArray(done) ? done : done.platforms;
}

/** An allow rule covers a known gap, never a registry that did not answer. */
function allowGap(result: ImageResult, t: Target, allow: AllowRule[]): void {
  if (result.outcome !== 'missing') return;
  const rule = matchAllow(allow, [t.written, result.normalized, result.resolved, familiar(t.ref)]);
  if (rule) {
    result.allowed = rule;
    result.status = 'allowed';
  }
}

/** What is known of an image before anything is read. */
function startResult(t: Target, resolved: ImageRef, local: boolean): ImageResult {
  return {
    reference: t.written,
    normalized: formatReference(t.ref),
    resolved: formatReference(resolved),
    sources: t.locations.map(formatSource),
    locations: t.locations,
    available: [],
    platforms: [],
    status: 'ok',
    outcome: 'proven',
    level: 0,
    registry: local ? 'local' : resolved.registry,
    notes: [],
    found: [...t.found].sort((a, b) => howOrder(a) - howOrder(b)),
    charts: [...t.charts].sort(),
    durationMs: 0
  };
}

/** One image against the required platforms, its reads in the image deadline; allow rules may allow it. */
export async function checkImage(
  client: RegistryClient,
  t: Target,
  required: Platform[],
  o: ImageCheckOptions,
  early?: DeepVerdicts
): Promise<ImageResult> {
  const started = Date.now();
  // An archive on disk is read offline: no mirror, no registry.
  const local = isLocalRef(t.ref);
  const resolved = local ? t.ref : applyMirrors(t.ref, o.mirrors);
  const needed = t.only ? required.filter(p => t.only?.has(formatPlatform(p))) : required;
  const result = startResult(t, resolved, local);
  let image: InspectedImage | undefined;
  let reader: ImageReader = client;
  const deadline = startDeadline(o.imageMs, result.resolved, 'imageMs');
  try {
    if (local) reader = await LocalImages.open(t.ref);
    image = await Promise.race([reader.inspect(resolved, { signal: deadline.signal }), deadline.late]);
  } catch (err) {
    result.platforms = wholeImage(needed, err);
  }
  if (image) {
    result.digest = image.digest;
    const offered = image.platforms.filter(e => !e.attestation);
    listAvailable(result, offered);
    // Proofs are read within the image's deadline too.
    const proving = local
      ? undefined
      : proofOutcome(client.within(deadline.signal), resolved, image, needed, o);
    const proof = proving && (await inTime(needed, deadline.late, proving));
    const results = proof || local ? undefined : standingIn(o.results, o.proof?.mode, t.found);
    const kept = results && fromCache(results, image, needed, o.deep ? 3 : 2);
    const proven = proof ?? kept;
    try {
      result.platforms =
        proven?.platforms ??
        (await platformChecks(needed, deadline.late, p =>
          checkPlatform(
            reader,
            resolved,
            image,
            offered,
            p,
            o.deep,
            local ? undefined : early,
            deadline.signal
          )
        ));
    } finally {
      deadline.stop();
      if (reader instanceof LocalImages) reader.dispose();
    }
    if (proof?.proof) {
      result.proof = proof.proof;
      result.notes.push(`proven earlier by ${proof.proof.by}, not re-checked`);
    }
    if (kept) result.cached = kept.checkedAt;
    if (kept) result.notes.push(kept.platforms[0].reason);
    settle(result);
  }
  judge(result);
  if (!local && !result.proof && !result.cached && o.results) keepResult(o.results, result);
  allowGap(result, t, o.allow);
  result.durationMs = Date.now() - started;
  return result;
}
