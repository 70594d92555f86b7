import { badInput, ConfigurationError } from '../core/errors';
import { parseList } from '../core/inputs';
import { DEFAULT_LIMITS, hitLimit, Limits } from '../core/limits';
import { pool } from '../core/pool';
import { VERIFY_PLATFORMS } from '../core/specs.generated';
import { ToolCache } from '../core/tools';
import { expectedMachine } from '../oci/elf';
import { formatPlatform, parsePlatforms, Platform } from '../oci/platform';
import { Mirror } from '../oci/reference';
import { RegistryClient, RegistryClientOptions } from '../registry/client';
import { AllowRule, pinExcludes } from './allow';
import { checkImage, DeepVerdicts, ImageCheckOptions, ImageResult } from './image';
import type { ProofPolicy } from './proven';
import type { ResultCache } from './result-cache';
import type { ChartReport } from './chart';
import { HelmChoice } from './helm';
import type { Finding } from './lint';
import { baseImageFindings } from './lint/report';
import { quietRun } from '../core/exec';
import type { Exec } from './scan/render';
import { ArchPin, emptyScan, FoundHow, ScanWarning } from './scan/types';
import {
  Counts,
  countOutcomes,
  SilentRegistry,
  silentRegistries,
  UnknownEntry,
  unknownEntries,
  verdictLine
} from './verdict';
import { CollectedReferences, collectReferences, collectTargets, ImageSource, Target } from './targets';

export * from './allow';
export type { ImageSource } from './targets';
export type { ProofMode, ProofPolicy, ProofUse } from './proven';
export type {
  DeepResult,
  ImageResult,
  ImageStatus,
  Level,
  Outcome,
  PlatformCheck,
  PlatformStatus,
  UnknownKind
} from './image';
export type { Counts, SilentRegistry, UnknownEntry } from './verdict';

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
  /** The stage the dockerfiles are built for (`--target`); default: the last stage. */
  target?: string;
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
  /** Platform proofs already attached: reused, demanded or ignored (default: ignored). */
  proof?: ProofPolicy;
  /** Sizes and times (core/limits.ts); the defaults where not given. */
  limits?: Partial<Limits>;
  /** Results kept by digest: a digest proven before is not read again (default: none kept). */
  results?: ResultCache;
}

/** Collaborators, apart from the options: a shared client, the exec and tool cache for helm, a progress callback. */
export interface VerifyDeps {
  /** Reuse a client (the build one-liner shares one); otherwise one is made from `registry`. */
  client?: RegistryClient;
  exec?: Exec;
  toolCache?: ToolCache;
  /** Called as each image finishes, for progress logs. */
  onImage?: (image: ImageResult) => void;
  /** Level 3 verdicts started before verify (the build one-liner's, read as each platform was pushed). */
  early?: DeepVerdicts;
}

/** One entry of the `missing` output: an image a registry answered for, that lacks a platform. */
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
  /** Every image proven, or missing a platform that an allow rule covers. */
  ok: boolean;
  checked: number;
  platforms: string[];
  deep: boolean;
  /** The run in one line (verdictLine). */
  verdict: string;
  /** Images per outcome. */
  outcomes: Counts;
  images: ImageResult[];
  /** Images that lack a platform (never those nothing was proven about). */
  missing: MissingEntry[];
  /** Images nothing was proven about, with the reason. */
  unknown: UnknownEntry[];
  /** Registries that did not answer. */
  registries: SilentRegistry[];
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

interface NormalisedOptions extends ImageCheckOptions {
  cwd: string;
  platforms: Platform[];
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
    ...(opts.proof ? { proof: opts.proof } : {}),
    ...(opts.results ? { results: opts.results } : {}),
    concurrency,
    imageMs: opts.limits?.imageMs ?? DEFAULT_LIMITS.imageMs
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
  client: RegistryClient,
  early?: DeepVerdicts
): Promise<ImageResult[]> {
  const images = await pool(targets, o.concurrency, t => checkImage(client, t, o.platforms, o, early));
  // One more try, after the rest, for images that met a registry error: a hiccup that
  // outlasted the request retries must not flip a verdict. A dead registry fails twice, fast.
  // An image that hit a limit (a deadline, a size) would only hit it again.
  const again = images
    .map((r, i) => (r.outcome === 'unknown' && !hitLimit(r.reason) ? i : -1))
    .filter(i => i >= 0);
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
    helm: opts.helm ?? IN.helm.default,
    toolMs: opts.limits?.toolMs
  };
  return collectReferences(
    {
      ...(chart ? { chart } : {}),
      manifests: opts.manifests ?? [],
      dockerfiles: opts.dockerfiles ?? [],
      buildArgs: opts.buildArgs ?? {},
      ...(opts.target ? { target: opts.target } : {}),
      platforms: o.platforms.map(formatPlatform),
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
    throw new ConfigurationError(
      `Nothing to lint: ${IN.lint.name}: only needs the ${IN.dockerfiles.name} input`
    );
  if (!opts.images?.length && !opts.chart && !opts.manifests?.length && !opts.dockerfiles?.length) {
    throw new ConfigurationError(
      `Nothing to check: give at least one of the inputs ${IN.images.name}, ${IN.chart.name}, ${IN.manifests.name} or ${IN.dockerfiles.name}`
    );
  }
  // The linter loads on first use (a chunk file): only runs given Dockerfiles need it.
  const linted =
    opts.lint === false || !opts.dockerfiles?.length
      ? []
      : (await import('./lint')).lintDockerfiles(opts.dockerfiles, {
          cwd: o.cwd,
          platforms: o.platforms,
          target: opts.target
        });
  const { scan, scanned, chart } = lintOnly
    ? { scan: emptyScan(), scanned: [], chart: undefined }
    : await collect(opts, o, deps);
  const targets = collectTargets(opts.images ?? [], scanned, scan);
  const client =
    deps.client ??
    new RegistryClient({
      insecureRegistries: opts.insecureRegistries,
      limits: opts.limits,
      ...opts.registry
    });
  let images: ImageResult[];
  try {
    images = await checkAll(targets, o, client, deps.early);
    images.forEach(r => deps.onImage?.(r));
  } finally {
    if (!deps.client) client.close();
  }
  const entry = (i: ImageResult): MissingEntry => ({
    reference: i.reference,
    resolved: i.resolved,
    platforms: i.platforms.filter(p => p.outcome === 'missing').map(p => p.platform),
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
    verdict: verdictLine(images),
    outcomes: countOutcomes(images),
    images,
    missing: images.filter(i => i.status === 'failed').map(entry),
    unknown: unknownEntries(images),
    registries: silentRegistries(images),
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
