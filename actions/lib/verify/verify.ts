import { badInput, ConfigurationError } from '../core/errors';
import { parseList } from '../core/inputs';
import { pool } from '../core/pool';
import { VERIFY_PLATFORMS } from '../core/specs.generated';
import { ToolCache } from '../core/tools';
import { ElfFile, scanImageLayers } from './deep';
import { machineName, expectedMachine } from '../oci/elf';
import { formatPlatform, normalisePlatformString, parsePlatforms, Platform } from '../oci/platform';
import { applyMirrors, familiar, formatReference, ImageRef, Mirror } from '../oci/reference';
import { isLocalRef, LocalImages } from '../oci/archive-source';
import { ImageReader, InspectedImage, PlatformEntry } from '../oci/types';
import { RegistryClient, RegistryClientOptions } from '../registry/client';
import { AllowRule, matchAllow, pinExcludes } from './allow';
import type { ChartReport } from './chart';
import { HelmChoice } from './helm';
import { Finding, lintDockerfiles } from './lint';
import { baseImageFindings } from './lint/report';
import { quietRun } from '../core/exec';
import type { Exec } from './scan/render';
import {
  ArchPin,
  emptyScan,
  FOUND_HOW,
  FoundHow,
  formatSource,
  ScanWarning,
  SourceLocation
} from './scan/types';
import {
  CollectedReferences,
  collectReferences,
  collectTargets,
  ImageSource,
  Target,
  whyOf
} from './targets';

export * from './allow';
export type { ImageSource } from './targets';

const IN = VERIFY_PLATFORMS.inputs;

/** What to check, parsed: inputs.ts (or a caller like the build one-liner) has validated it. */
export interface VerifyOptions {
  images?: ImageSource[];
  chart?: string;
  /** Values files and `--set` lines for helm template; a kube version, default: one the chart accepts. */
  values?: string[];
  set?: string[];
  kubeVersion?: string;
  /** Which helm renders the chart (default: pinned). */
  helm?: HelmChoice;
  manifests?: string[];
  dockerfiles?: string[];
  /** Lint the Dockerfiles for architecture traps (default true); 'only' lints and reaches no registry. */
  lint?: boolean | 'only';
  buildArgs?: Record<string, string>;
  /** Base for relative paths and for the `file` of sources (the workspace). */
  cwd?: string;
  /** Default: the action's default platforms. */
  platforms?: Platform[];
  /** Level 3: read the ELF headers in each platform's layers. */
  deep?: boolean;
  allow?: AllowRule[];
  mirrors?: Mirror[];
  insecureRegistries?: string[];
  concurrency?: number;
  registry?: RegistryClientOptions;
}

/** Collaborators, apart from the options: a shared client, the exec and tool cache for helm, a progress callback. */
export interface VerifyDeps {
  /** Reuse a client (the build one-liner shares one); otherwise one is made from `registry`. */
  client?: RegistryClient;
  exec?: Exec;
  toolCache?: ToolCache;
  /** Called as each image finishes, for progress logs. */
  onImage?: (image: ImageResult) => void;
}

export type PlatformStatus = 'ok' | 'missing' | 'wrong' | 'error';

export interface DeepResult {
  executables: number;
  layersScanned: number;
  layersTotal: number;
  /** The first file built for another machine (the scan stops there). */
  mismatch?: ElfFile & { expected: string };
  /** Why the layers could not be read (zstd on an older Node). */
  unsupported?: string;
}

export interface PlatformCheck {
  platform: string;
  status: PlatformStatus;
  /** The level that decided: 1 listed, 2 configured, 3 built right. */
  level: 1 | 2 | 3;
  reason?: string;
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
  reason?: string;
  allowed?: AllowRule;
  notes: string[];
  /** How it was found (rendered, indirect, annotation, …; `input` when given in images). */
  found: Array<FoundHow | 'input'>;
  /** The charts and subcharts that use it (`openebs/mayastor`). */
  charts: string[];
  durationMs: number;
}

/** One entry of the `missing` output. */
export interface MissingEntry {
  reference: string;
  resolved: string;
  platforms: string[];
  reason: string;
  sources: string[];
}

export interface PinWarning extends ArchPin {
  /** Required platforms the pin keeps the workload off. */
  excludes: string[];
  message: string;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  platforms: string[];
  deep: boolean;
  images: ImageResult[];
  missing: MissingEntry[];
  allowed: Array<MissingEntry & { allowReason: string }>;
  pins: PinWarning[];
  /** Dockerfile lint findings, and FROM images that fail the check (rule 4) at their lines. */
  findings: Finding[];
  notes: string[];
  /** Content that could not be read or checked (broken documents, dependencies not rendered). */
  warnings: ScanWarning[];
  /** Distinct images per way they were found. */
  found: Partial<Record<FoundHow | 'input', number>>;
  /** How the chart was read, when one was given. */
  chart?: ChartReport;
  durationMs: number;
}

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
  deep: boolean
): Promise<PlatformCheck> {
  const want = formatPlatform(p);
  const entry = offered.find(e => platformOf(e.platform) === want);
  if (!entry) {
    const has = offered.map(e => platformOf(e.platform)).join(', ') || 'nothing';
    const reason = image.isIndex
      ? `${want} is not in the index (it lists ${has})`
      : `single-platform image for ${has}`;
    return { platform: want, status: 'missing', level: 1, reason };
  }
  const check: PlatformCheck = { platform: want, status: 'ok', level: 2, digest: entry.digest };
  // The config and the layers are read at once (both start from the manifest); the config rules first.
  const [configRead, deepRead] = await Promise.allSettled([
    image.isIndex ? reader.getConfig(resolved, entry.digest) : undefined,
    deep ? deepCheck(reader, resolved, entry.digest, p) : undefined
  ]);
  try {
    const config = settled(configRead);
    if (config) {
      const says = platformOf({ os: config.os, architecture: config.architecture, variant: config.variant });
      if (says !== want) {
        return { ...check, status: 'wrong', reason: `the index lists ${want} but its config says ${says}` };
      }
    }
    if (deep) {
      check.level = 3;
      check.deep = settled(deepRead) as DeepResult;
      const m = check.deep.mismatch;
      if (m) {
        check.status = 'wrong';
        check.reason = `${m.path} is ${m.machineName} (e_machine ${m.machine}), expected ${m.expected}`;
      }
    }
  } catch (err) {
    return { ...check, status: 'error', reason: whyOf(err) };
  }
  return check;
}

function settled<T>(r: PromiseSettledResult<T>): T {
  if (r.status === 'rejected') throw r.reason;
  return r.value;
}

async function deepCheck(
  reader: ImageReader,
  ref: ImageRef,
  digest: string,
  p: Platform
): Promise<DeepResult> {
  const expected = machineName(expectedMachine(p.architecture) ?? -1);
  try {
    // Stops at the first foreign binary: from then on the verdict cannot change.
    const v = await scanImageLayers(reader, ref, digest, p.architecture, { stopEarly: true });
    const first = v.mismatches[0];
    return {
      executables: v.executables,
      layersScanned: v.layersScanned,
      layersTotal: v.layersTotal,
      ...(first ? { mismatch: { ...first, expected } } : {})
    };
  } catch (err) {
    const why = whyOf(err);
    if (/zstd/i.test(why)) return { executables: 0, layersScanned: 0, layersTotal: 0, unsupported: why };
    throw err;
  }
}

async function checkImage(
  client: RegistryClient,
  t: Target,
  required: Platform[],
  o: NormalisedOptions
): Promise<ImageResult> {
  const started = Date.now();
  // An archive on disk is read offline: no mirror, no registry.
  const local = isLocalRef(t.ref);
  const resolved = local ? t.ref : applyMirrors(t.ref, o.mirrors);
  const needed = t.only ? required.filter(p => t.only?.has(formatPlatform(p))) : required;
  const result: ImageResult = {
    reference: t.written,
    normalized: formatReference(t.ref),
    resolved: formatReference(resolved),
    sources: t.locations.map(formatSource),
    locations: t.locations,
    available: [],
    platforms: [],
    status: 'ok',
    notes: [],
    found: [...t.found].sort((a, b) => howOrder(a) - howOrder(b)),
    charts: [...t.charts].sort(),
    durationMs: 0
  };
  let image: InspectedImage | undefined;
  let reader: ImageReader = client;
  try {
    if (local) reader = await LocalImages.open(t.ref);
    image = await reader.inspect(resolved);
  } catch (err) {
    result.status = 'error';
    result.reason = whyOf(err);
    result.platforms = needed.map(p => ({
      platform: formatPlatform(p),
      status: 'error',
      level: 1,
      reason: result.reason
    }));
  }
  if (image) {
    result.digest = image.digest;
    const offered = image.platforms.filter(e => !e.attestation);
    result.available = offered.map(e => platformOf(e.platform));
    // Platforms at once: one image costs three round trips (index, manifests, configs), not 1 + 2 per platform.
    try {
      result.platforms = await Promise.all(
        needed.map(p => checkPlatform(reader, resolved, image, offered, p, o.deep))
      );
    } finally {
      if (reader instanceof LocalImages) reader.dispose();
    }
    const bad = result.platforms.filter(c => c.status !== 'ok');
    if (bad.length) {
      result.status =
        bad.some(c => c.status === 'error') && !bad.some(c => c.status !== 'error') ? 'error' : 'failed';
      result.reason = bad.map(c => `${c.platform}: ${c.reason}`).join('; ');
    }
    for (const c of result.platforms) {
      if (c.deep?.unsupported) result.notes.push(`${c.platform}: layers not read (${c.deep.unsupported})`);
      else if (c.deep && c.deep.executables === 0)
        result.notes.push(`${c.platform}: no executables in its layers, nothing to check`);
    }
  }
  if (result.status !== 'ok') {
    const rule = matchAllow(o.allow, [t.written, result.normalized, result.resolved, familiar(t.ref)]);
    if (rule) {
      result.allowed = rule;
      result.status = 'allowed';
    }
  }
  result.durationMs = Date.now() - started;
  return result;
}

const howOrder = (h: FoundHow | 'input') => (h === 'input' ? -1 : FOUND_HOW.indexOf(h));

interface NormalisedOptions {
  cwd: string;
  platforms: Platform[];
  deep: boolean;
  allow: AllowRule[];
  mirrors: Mirror[];
  concurrency: number;
}

function normalise(opts: VerifyOptions): NormalisedOptions {
  const platforms = opts.platforms ?? parsePlatforms(parseList(IN.platforms.default), IN.platforms.name);
  if (!platforms.length) throw badInput(IN.platforms.name, '', 'give at least one platform');
  for (const p of platforms) {
    if (opts.deep && expectedMachine(p.architecture) === undefined) {
      throw badInput(
        IN.platforms.name,
        formatPlatform(p),
        'deep checks know no ELF machine for this architecture'
      );
    }
  }
  const concurrency = opts.concurrency ?? Number(IN.concurrency.default);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw badInput(IN.concurrency.name, String(concurrency), 'expected a number from 1 to 64');
  }
  return {
    cwd: opts.cwd ?? process.cwd(),
    platforms,
    deep: !!opts.deep,
    allow: opts.allow ?? [],
    mirrors: opts.mirrors ?? [],
    concurrency
  };
}

function pinWarnings(pins: ArchPin[], platforms: Platform[]): PinWarning[] {
  const out: PinWarning[] = [];
  for (const pin of pins) {
    const excludes = pinExcludes(pin, platforms);
    if (!excludes.length) continue;
    const how =
      pin.kind === 'nodeSelector'
        ? `${pin.key}: ${pin.values[0]}`
        : `${pin.key} ${pin.kind} [${pin.values.join(', ')}]`;
    out.push({ ...pin, excludes, message: `${how} keeps pods off ${excludes.join(', ')}` });
  }
  return out;
}

async function checkAll(
  targets: Target[],
  o: NormalisedOptions,
  client: RegistryClient
): Promise<ImageResult[]> {
  const images = await pool(targets, o.concurrency, t => checkImage(client, t, o.platforms, o));
  // One more try, after the rest, for images that met a registry error: a hiccup that
  // outlasted the request retries must not flip a verdict. A dead registry fails twice, fast.
  const again = images.map((r, i) => (r.status === 'error' ? i : -1)).filter(i => i >= 0);
  const second = await pool(again, o.concurrency, i => checkImage(client, targets[i], o.platforms, o));
  again.forEach((i, k) => (images[i] = second[k]));
  return images;
}

function collect(opts: VerifyOptions, o: NormalisedOptions, deps: VerifyDeps): Promise<CollectedReferences> {
  const chart = opts.chart && {
    chart: opts.chart,
    values: opts.values ?? [],
    set: opts.set ?? [],
    kubeVersion: opts.kubeVersion,
    helm: opts.helm ?? 'pinned'
  };
  return collectReferences(
    {
      ...(chart ? { chart } : {}),
      manifests: opts.manifests ?? [],
      dockerfiles: opts.dockerfiles ?? [],
      buildArgs: opts.buildArgs ?? {},
      cwd: o.cwd
    },
    { exec: deps.exec ?? quietRun, toolCache: deps.toolCache }
  );
}

/**
 * Checks that every image, and every image the chart, manifests and Dockerfiles name, exists
 * for each required platform (levels 1 and 2, and 3 with `deep`). Never throws for a failing
 * image: the verdicts are in the result. Throws ConfigurationError for bad options, and
 * CheckError when an input yields no image at all.
 */
export async function verifyPlatforms(opts: VerifyOptions, deps: VerifyDeps = {}): Promise<VerifyResult> {
  const started = Date.now();
  const o = normalise(opts);
  const lintOnly = opts.lint === 'only';
  if (lintOnly && !opts.dockerfiles?.length)
    throw new ConfigurationError('Nothing to lint: lint: only needs the dockerfiles input');
  if (!opts.images?.length && !opts.chart && !opts.manifests?.length && !opts.dockerfiles?.length) {
    throw new ConfigurationError(
      'Nothing to check: give at least one of the inputs images, chart, manifests or dockerfiles'
    );
  }
  const linted =
    opts.lint === false || !opts.dockerfiles?.length
      ? []
      : lintDockerfiles(opts.dockerfiles, { cwd: o.cwd, platforms: o.platforms });
  const { scan, scanned, chart } = lintOnly
    ? { scan: emptyScan(), scanned: [], chart: undefined }
    : await collect(opts, o, deps);
  const targets = collectTargets(opts.images ?? [], scanned, scan);
  const client =
    deps.client ?? new RegistryClient({ insecureRegistries: opts.insecureRegistries, ...opts.registry });
  let images: ImageResult[];
  try {
    images = await checkAll(targets, o, client);
    images.forEach(r => deps.onImage?.(r));
  } finally {
    if (!deps.client) client.close();
  }
  const entry = (i: ImageResult): MissingEntry => ({
    reference: i.reference,
    resolved: i.resolved,
    platforms: i.platforms.filter(p => p.status !== 'ok').map(p => p.platform),
    reason: i.reason ?? '',
    sources: i.sources
  });
  const found: VerifyResult['found'] = {};
  for (const i of images) for (const h of i.found) found[h] = (found[h] ?? 0) + 1;
  return {
    ok: images.every(i => i.status === 'ok' || i.status === 'allowed'),
    checked: images.length,
    platforms: o.platforms.map(formatPlatform),
    deep: o.deep,
    images,
    missing: images.filter(i => i.status === 'failed' || i.status === 'error').map(entry),
    allowed: images
      .filter(i => i.status === 'allowed')
      .map(i => ({ ...entry(i), allowReason: i.allowed?.reason ?? '' })),
    pins: pinWarnings(scan.pins, o.platforms),
    findings: [
      ...linted,
      ...baseImageFindings(
        images,
        new Set(scanned.filter(s => s.input === IN.dockerfiles.name).map(s => s.found.source.file))
      )
    ],
    notes: scan.notes,
    warnings: scan.warnings,
    found,
    ...(chart ? { chart } : {}),
    durationMs: Date.now() - started
  };
}
