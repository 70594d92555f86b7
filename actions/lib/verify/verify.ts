import * as path from 'node:path';
import * as core from '@actions/core';
import { badInput, CheckError, ConfigurationError } from '../core/errors';
import { run as exec, which } from '../core/exec';
import { parseList } from '../core/inputs';
import { scratchDir, writeInputFile } from '../core/paths';
import { VERIFY_PLATFORMS } from '../core/specs.generated';
import { ElfFile, scanImageLayers } from './deep';
import { machineName, expectedMachine } from '../oci/elf';
import {
  formatPlatform,
  normalisePlatformString,
  parsePlatform,
  parsePlatforms,
  Platform
} from '../oci/platform';
import { applyMirrors, formatReference, ImageRef, Mirror, parseReference } from '../oci/reference';
import { InspectedImage, PlatformEntry, RegistryClient, RegistryClientOptions } from '../registry/client';
import { helmTemplateArgs, scanChart } from './scan/chart';
import { scanDockerfiles } from './scan/dockerfile';
import { Finding, lintDockerfiles } from './lint';
import { baseImageFindings } from './lint/report';
import { scanManifests, scanRendered } from './scan/manifest';
import {
  ArchPin,
  emptyScan,
  FoundImage,
  formatSource,
  mergeScans,
  ScanResult,
  SourceLocation
} from './scan/types';

const IN = VERIFY_PLATFORMS.inputs;

/** An image to check, optionally with where it was written. */
export interface ImageSource {
  reference: string;
  sources?: SourceLocation[];
  /** Only these platforms are needed (a Dockerfile `FROM --platform=...`); default: all. */
  platforms?: string[];
}

/** `glob=reason`: a known gap that becomes a warning. `*` matches any run of characters. */
export interface AllowRule {
  pattern: string;
  reason: string;
}

export interface VerifyOptions {
  images?: Array<string | ImageSource>;
  chart?: string;
  manifests?: string[];
  dockerfiles?: string[];
  /** Lint the Dockerfiles for architecture traps (default true); 'only' lints and reaches no registry. */
  lint?: boolean | 'only';
  buildArgs?: Record<string, string>;
  /** Base for relative paths and for the `file` of sources (the workspace). */
  cwd?: string;
  platforms?: Array<string | Platform>;
  /** Level 3: read the ELF headers in each platform's layers. */
  deep?: boolean;
  allow?: Array<string | AllowRule>;
  mirrors?: Array<string | Mirror>;
  insecureRegistries?: string[];
  concurrency?: number;
  /** Render the chart with `helm template` too: 'auto' (when helm is on PATH), true or false. */
  helm?: 'auto' | boolean;
  /** Reuse a client (the build one-liner shares one); otherwise one is made from `registry`. */
  client?: RegistryClient;
  registry?: RegistryClientOptions;
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
  durationMs: number;
}

/** Parses `glob=reason` lines. */
export function parseAllow(lines: Array<string | AllowRule>, input = IN.allow.name): AllowRule[] {
  return lines.map(l => {
    if (typeof l !== 'string') return l;
    const at = l.indexOf('=');
    const pattern = (at < 0 ? l : l.slice(0, at)).trim();
    const reason = at < 0 ? '' : l.slice(at + 1).trim();
    if (!pattern || !reason)
      throw badInput(
        input,
        l,
        'expected glob=reason, for example docker.io/openebs/mayastor-*=amd64 only until 2.9'
      );
    if (/\s/.test(pattern)) throw badInput(input, l, 'the glob must not contain spaces');
    return { pattern, reason };
  });
}

function allowRegExp(pattern: string): RegExp {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*+/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`);
}

/** The first rule matching the reference as written, normalised, in its short form or as resolved. */
export function matchAllow(rules: AllowRule[], names: string[]): AllowRule | undefined {
  return rules.find(r => {
    const re = allowRegExp(r.pattern);
    return names.some(n => re.test(n));
  });
}

/** Parses `source=target` mirror lines; the target must name a registry host. */
export function parseMirrors(lines: Array<string | Mirror>, input = IN['registry-mirrors'].name): Mirror[] {
  return lines.map(l => {
    const m: Mirror =
      typeof l === 'string'
        ? (() => {
            const at = l.indexOf('=');
            if (at <= 0 || at === l.length - 1)
              throw badInput(
                input,
                l,
                'expected source=target, for example docker.io=mirror.example/docker.io'
              );
            return { source: l.slice(0, at).trim(), target: l.slice(at + 1).trim() };
          })()
        : l;
    const shown = typeof l === 'string' ? l : `${l.source}=${l.target}`;
    const probe = `${m.target.replace(/\/+$/, '')}/probe`;
    let ref: ImageRef;
    try {
      ref = parseReference(probe, input);
    } catch {
      throw badInput(input, shown, `"${m.target}" is not a registry host with an optional path`);
    }
    const first = m.target.split('/')[0];
    if (ref.registry !== first && first !== 'index.docker.io') {
      throw badInput(
        input,
        shown,
        `the target must start with a registry host (like mirror.example or 127.0.0.1:5000), not "${first}"`
      );
    }
    return m;
  });
}

/** Required platforms that a pin keeps pods off. */
export function pinExcludes(pin: ArchPin, platforms: Platform[]): string[] {
  const archOf = (v: string) => {
    try {
      return parsePlatform(v, 'nodeSelector').architecture;
    } catch {
      return v.toLowerCase();
    }
  };
  const values = new Set(pin.values.map(archOf));
  return platforms
    .filter(p => (pin.kind === 'NotIn' ? values.has(p.architecture) : !values.has(p.architecture)))
    .map(formatPlatform);
}

async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

interface Target {
  ref: ImageRef;
  written: string;
  locations: SourceLocation[];
  /** undefined: every required platform. */
  only?: Set<string>;
}

function whyOf(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.replace(/^Input "[^"]*" has an invalid value "[^"]*": /, '');
}

/** Groups occurrences by normalised reference, keeping every source. */
function collectTargets(
  direct: ImageSource[],
  scanned: Array<{ found: FoundImage; input: string }>
): Target[] {
  const byKey = new Map<string, Target>();
  const add = (
    written: string,
    input: string,
    loc: SourceLocation | undefined,
    platforms: string[] | undefined
  ) => {
    let ref: ImageRef;
    try {
      ref = parseReference(written, input);
    } catch (err) {
      if (!loc) throw err;
      throw badInput(input, written, `${whyOf(err)} (at ${formatSource(loc)})`);
    }
    const key = formatReference(ref);
    let t = byKey.get(key);
    if (!t) {
      t = { ref, written: written.trim(), locations: [], only: platforms ? new Set() : undefined };
      byKey.set(key, t);
    }
    if (loc && !t.locations.some(l => l.file === loc.file && l.line === loc.line)) t.locations.push(loc);
    if (!platforms) t.only = undefined;
    else if (t.only) platforms.forEach(p => t.only?.add(normalisePlatformString(p)));
  };
  for (const d of direct) {
    if (d.sources?.length) d.sources.forEach(s => add(d.reference, IN.images.name, s, d.platforms));
    else add(d.reference, IN.images.name, undefined, d.platforms);
  }
  for (const s of scanned) {
    add(s.found.reference, s.input, s.found.source, s.found.source.platforms);
    s.found.overrides?.forEach(o => add(s.found.reference, s.input, o, s.found.source.platforms));
  }
  return [...byKey.values()];
}

function platformOf(
  e: PlatformEntry['platform'] | { os: string; architecture: string; variant?: string }
): string {
  return normalisePlatformString(`${e.os}/${e.architecture}${e.variant ? '/' + e.variant : ''}`);
}

async function checkPlatform(
  client: RegistryClient,
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
  try {
    if (image.isIndex) {
      const config = await client.getConfig(resolved, entry.digest);
      const says = platformOf({ os: config.os, architecture: config.architecture, variant: config.variant });
      if (says !== want) {
        return { ...check, status: 'wrong', reason: `the index lists ${want} but its config says ${says}` };
      }
    }
    if (deep) {
      check.level = 3;
      check.deep = await deepCheck(client, resolved, entry.digest, p);
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

async function deepCheck(
  client: RegistryClient,
  ref: ImageRef,
  digest: string,
  p: Platform
): Promise<DeepResult> {
  const expected = machineName(expectedMachine(p.architecture) ?? -1);
  try {
    // Stops at the first foreign binary: from then on the verdict cannot change.
    const v = await scanImageLayers(client, ref, digest, p.architecture, { stopEarly: true });
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
  const resolved = applyMirrors(t.ref, o.mirrors);
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
    durationMs: 0
  };
  let image: InspectedImage | undefined;
  try {
    image = await client.inspect(resolved);
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
    for (const p of needed)
      result.platforms.push(await checkPlatform(client, resolved, image, offered, p, o.deep));
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
    const rule = matchAllow(o.allow, [t.written, result.normalized, result.resolved, familiarName(t.ref)]);
    if (rule) {
      result.allowed = rule;
      result.status = 'allowed';
    }
  }
  result.durationMs = Date.now() - started;
  return result;
}

function familiarName(ref: ImageRef): string {
  let name =
    ref.registry === 'docker.io'
      ? ref.repository.replace(/^library\//, '')
      : `${ref.registry}/${ref.repository}`;
  if (ref.tag) name += `:${ref.tag}`;
  if (ref.digest) name += `@${ref.digest}`;
  return name;
}

interface NormalisedOptions {
  cwd: string;
  platforms: Platform[];
  deep: boolean;
  allow: AllowRule[];
  mirrors: Mirror[];
  concurrency: number;
}

function normalise(opts: VerifyOptions): NormalisedOptions {
  const list = opts.platforms?.length ? opts.platforms : parseList(IN.platforms.default);
  const platforms = parsePlatforms(
    list.map(p => (typeof p === 'string' ? p : formatPlatform(p))),
    IN.platforms.name
  );
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
    allow: parseAllow(opts.allow ?? []),
    mirrors: parseMirrors(opts.mirrors ?? []),
    concurrency
  };
}

/** Reads every source of references (no network): the chart, manifests and Dockerfiles. */
export async function collectReferences(
  opts: VerifyOptions
): Promise<{ scan: ScanResult; scanned: Array<{ found: FoundImage; input: string }> }> {
  const cwd = opts.cwd ?? process.cwd();
  const scan = emptyScan();
  const scanned: Array<{ found: FoundImage; input: string }> = [];
  const take = (r: ScanResult, input: string) => {
    mergeScans(scan, r);
    r.images.forEach(found => scanned.push({ found, input }));
  };
  if (opts.chart) {
    take(await scanChart(opts.chart, { cwd }), IN.chart.name);
    const helm = opts.helm ?? 'auto';
    if (helm === true || (helm === 'auto' && (await which('helm')))) {
      const res = await exec('helm', helmTemplateArgs(path.resolve(cwd, opts.chart)), {
        silent: true,
        ignoreReturnCode: true
      });
      if (res.exitCode === 0) take(scanRendered(res.stdout, opts.chart, cwd), IN.chart.name);
      else
        scan.notes.push(
          `helm template failed, so only statically named images are checked: ${res.stderr.trim().split('\n').pop()}`
        );
    }
  }
  if (opts.manifests?.length) take(scanManifests(opts.manifests, { cwd }), IN.manifests.name);
  if (opts.dockerfiles?.length)
    take(scanDockerfiles(opts.dockerfiles, { cwd, buildArgs: opts.buildArgs }), IN.dockerfiles.name);
  return { scan, scanned };
}

/**
 * Checks that every image, and every image the chart, manifests and Dockerfiles name, exists
 * for each required platform (levels 1 and 2, and 3 with `deep`). Never throws for a failing
 * image: the verdicts are in the result. Throws ConfigurationError for bad options.
 */
export async function verifyPlatforms(opts: VerifyOptions): Promise<VerifyResult> {
  const started = Date.now();
  const o = normalise(opts);
  const direct: ImageSource[] = (opts.images ?? []).map(i => (typeof i === 'string' ? { reference: i } : i));
  const lintOnly = opts.lint === 'only';
  if (lintOnly && !opts.dockerfiles?.length)
    throw new ConfigurationError('Nothing to lint: lint: only needs the dockerfiles input');
  if (!direct.length && !opts.chart && !opts.manifests?.length && !opts.dockerfiles?.length) {
    throw new ConfigurationError(
      'Nothing to check: give at least one of the inputs images, chart, manifests or dockerfiles'
    );
  }
  const linted =
    opts.lint === false || !opts.dockerfiles?.length
      ? []
      : lintDockerfiles(opts.dockerfiles, { cwd: o.cwd, platforms: o.platforms });
  const { scan, scanned } = lintOnly ? { scan: emptyScan(), scanned: [] } : await collectReferences(opts);
  const targets = collectTargets(direct, scanned);
  const client =
    opts.client ?? new RegistryClient({ insecureRegistries: opts.insecureRegistries, ...opts.registry });
  let images: ImageResult[];
  try {
    images = await pool(targets, o.concurrency, t => checkImage(client, t, o.platforms, o));
    // One more try, after the rest, for images that met a registry error: a hiccup that
    // outlasted the request retries must not flip a verdict. A dead registry fails twice, fast.
    const again = images.map((r, i) => (r.status === 'error' ? i : -1)).filter(i => i >= 0);
    const second = await pool(again, o.concurrency, i => checkImage(client, targets[i], o.platforms, o));
    again.forEach((i, k) => (images[i] = second[k]));
    images.forEach(r => opts.onImage?.(r));
  } finally {
    if (!opts.client) client.close();
  }

  const entry = (i: ImageResult): MissingEntry => ({
    reference: i.reference,
    resolved: i.resolved,
    platforms: i.platforms.filter(p => p.status !== 'ok').map(p => p.platform),
    reason: i.reason ?? '',
    sources: i.sources
  });
  const pins: PinWarning[] = [];
  for (const pin of scan.pins) {
    const excludes = pinExcludes(pin, o.platforms);
    if (!excludes.length) continue;
    const how =
      pin.kind === 'nodeSelector'
        ? `${pin.key}: ${pin.values[0]}`
        : `${pin.key} ${pin.kind} [${pin.values.join(', ')}]`;
    pins.push({ ...pin, excludes, message: `${how} keeps pods off ${excludes.join(', ')}` });
  }
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
    pins,
    findings: [
      ...linted,
      ...baseImageFindings(
        images,
        new Set(scanned.filter(s => s.input === IN.dockerfiles.name).map(s => s.found.source.file))
      )
    ],
    notes: scan.notes,
    durationMs: Date.now() - started
  };
}

/** Where the JSON report goes when no path is given. */
export function defaultReportPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(scratchDir(env), 'verify-report.json');
}

export function writeReport(result: VerifyResult, file: string): string {
  return writeInputFile(IN.report.name, file, JSON.stringify({ version: 1, ...result }, null, 2) + '\n');
}

/**
 * `::error` at every file:line of each failing image (a plain error for images given
 * directly), `::warning` for allowed gaps and for arch pins.
 */
export function annotate(result: VerifyResult): void {
  for (const i of result.images) {
    if (i.status === 'ok') continue;
    const allowed = i.status === 'allowed';
    const msg = allowed
      ? `${i.reference}: ${i.reason} (allowed: ${i.allowed?.reason})`
      : `${i.reference} fails the platform check: ${i.reason}`;
    const emit = allowed ? core.warning : core.error;
    if (!i.locations.length) emit(msg);
    for (const l of i.locations)
      emit(msg, {
        file: l.file,
        startLine: l.line,
        title: allowed ? 'Allowed platform gap' : 'Missing platform'
      });
  }
  for (const p of result.pins) {
    core.warning(p.message, { file: p.file, startLine: p.line, title: 'Architecture pin' });
  }
}

/** The error that fails the job for `fail-on: missing`. */
export function failureOf(result: VerifyResult): CheckError | undefined {
  if (result.ok) return undefined;
  const list = result.missing.map(m => `${m.reference} (${m.platforms.join(', ') || 'unreachable'})`);
  return new CheckError(
    `${result.missing.length} of ${result.checked} images fail the platform check: ${list.join('; ')}`
  );
}
