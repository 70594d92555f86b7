import { CheckError, whyOf } from '../core/errors';
import { VERIFY_PLATFORMS } from '../core/specs.generated';
import { normalisePlatformString } from '../oci/platform';
import { parseImageReference } from '../oci/archive-source';
import { formatReference, ImageRef, parseReference } from '../oci/reference';
import type { ChartInput, ChartReport } from './chart';
import { HelmDeps } from './helm';
import {
  emptyScan,
  FoundHow,
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

/** One distinct image to check, with every place and way it was found. */
export interface Target {
  ref: ImageRef;
  written: string;
  locations: SourceLocation[];
  /** undefined: every required platform. */
  only?: Set<string>;
  found: Set<FoundHow | 'input'>;
  charts: Set<string>;
}

export interface Scanned {
  found: FoundImage;
  input: string;
}

export { whyOf };

/**
 * Groups occurrences by normalised reference, keeping every source. A reference given in
 * `images` that does not parse is the user's mistake; one read from content is a warning.
 */
export function collectTargets(direct: ImageSource[], scanned: Scanned[], scan: ScanResult): Target[] {
  const byKey = new Map<string, Target>();
  const add = (
    written: string,
    how: FoundHow | 'input',
    loc: SourceLocation | undefined,
    platforms: string[] | undefined,
    found?: FoundImage
  ) => {
    let ref: ImageRef;
    try {
      // Only images given directly may name archives on disk (oci-archive:PATH and the like).
      ref =
        how === 'input'
          ? parseImageReference(written, IN.images.name)
          : parseReference(written, IN.images.name);
    } catch (err) {
      if (!loc || how === 'input') throw err;
      scan.warnings.push({ ...loc, message: `not an image reference, not checked: ${whyOf(err)}` });
      return;
    }
    const key = formatReference(ref);
    let t = byKey.get(key);
    if (!t) {
      t = { ref, written: written.trim(), locations: [], found: new Set(), charts: new Set() };
      if (platforms) t.only = new Set();
      byKey.set(key, t);
    }
    t.found.add(how);
    if (found?.chart) t.charts.add(found.chart);
    if (loc && !t.locations.some(l => l.file === loc.file && l.line === loc.line)) t.locations.push(loc);
    if (!platforms) t.only = undefined;
    else if (t.only) platforms.forEach(p => t.only?.add(normalisePlatformString(p)));
  };
  for (const d of direct) {
    if (d.sources?.length) d.sources.forEach(s => add(d.reference, 'input', s, d.platforms));
    else add(d.reference, 'input', undefined, d.platforms);
  }
  for (const s of scanned) {
    const { reference, how, source } = s.found;
    add(reference, how, source, source.platforms, s.found);
    s.found.overrides?.forEach(o => add(reference, how, o, source.platforms, s.found));
  }
  return [...byKey.values()];
}

export interface ReferenceInputs {
  chart?: Omit<ChartInput, 'cwd'>;
  manifests: string[];
  dockerfiles: string[];
  buildArgs: Record<string, string>;
  /** The stage the dockerfiles are built for: only the images its build loads (default: every stage's). */
  target?: string;
  /** The required platforms: a Dockerfile's `TARGETARCH` and friends take each one's values. */
  platforms?: string[];
  cwd: string;
}

export interface CollectedReferences {
  scan: ScanResult;
  scanned: Scanned[];
  chart?: ChartReport;
}

/** A check that finds nothing to check fails, whatever fail-on says. */
function requireImages(input: string, value: string, r: ScanResult, how?: string): void {
  if (r.images.length) return;
  const why = [how, ...r.warnings.map(w => `${formatSource(w)}: ${w.message}`)].filter(Boolean);
  throw new CheckError(
    `no container image found in ${input} ${value}${why.length ? ` (${why.join('; ')})` : ''}`
  );
}

/** Reads every source of references (no registry): the chart, manifests and Dockerfiles. */
export async function collectReferences(o: ReferenceInputs, deps: HelmDeps): Promise<CollectedReferences> {
  const scan = emptyScan();
  const scanned: Scanned[] = [];
  const take = (r: ScanResult, input: string) => {
    mergeScans(scan, r);
    r.images.forEach(found => scanned.push({ found, input }));
  };
  let chart: ChartReport | undefined;
  // The scanners load here, on first use (chunk files): a run with only images never pays for them.
  if (o.chart) {
    const { scanChartInput } = await import('./chart');
    const c = await scanChartInput({ ...o.chart, cwd: o.cwd }, deps);
    chart = c.report;
    requireImages(
      IN.chart.name,
      o.chart.chart,
      c.scan,
      c.report.rendered === 'not rendered' ? 'not rendered' : ''
    );
    take(c.scan, IN.chart.name);
  }
  if (o.manifests.length) {
    const { scanManifests } = await import('./scan/manifest');
    const r = scanManifests(o.manifests, { cwd: o.cwd });
    requireImages(IN.manifests.name, o.manifests.join(', '), r);
    take(r, IN.manifests.name);
  }
  if (o.dockerfiles.length) {
    const { scanDockerfiles } = await import('./scan/dockerfile');
    const r = scanDockerfiles(o.dockerfiles, {
      cwd: o.cwd,
      buildArgs: o.buildArgs,
      platforms: o.platforms,
      target: o.target
    });
    requireImages(IN.dockerfiles.name, o.dockerfiles.join(', '), r, r.notes.join('; '));
    take(r, IN.dockerfiles.name);
  }
  return { scan, scanned, ...(chart ? { chart } : {}) };
}
