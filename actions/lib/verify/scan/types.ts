/** Where a reference was written: a path relative to the workspace and a 1-based line. */
export interface SourceLocation {
  file: string;
  line: number;
  /**
   * Set when the source only needs some platforms (a Dockerfile `FROM --platform=linux/amd64`).
   * Absent means every required platform.
   */
  platforms?: string[];
}

/**
 * How an image was found: in a pod spec helm rendered or a manifest holds, passed to a
 * container in env, command or args or a ConfigMap value (`indirect`), an image field of a
 * well-known operator's custom resource (`custom resource`), listed in the `helm.sh/images` annotation or
 * `images.txt`, an image block in values.yaml, a literal `image:` line in a template, or a
 * Dockerfile FROM.
 */
export type FoundHow =
  | 'rendered'
  | 'manifest'
  | 'indirect'
  | 'custom resource'
  | 'annotation'
  | 'images.txt'
  | 'values'
  | 'template'
  | 'dockerfile';

export const FOUND_HOW: readonly FoundHow[] = [
  'rendered',
  'manifest',
  'indirect',
  'custom resource',
  'annotation',
  'images.txt',
  'values',
  'template',
  'dockerfile'
];

/** A problem in the content read (a broken YAML document): reported, and the scan goes on. */
export interface ScanWarning {
  file: string;
  line: number;
  message: string;
}

/** One occurrence of an image reference, exactly as written. */
export interface FoundImage {
  reference: string;
  source: SourceLocation;
  how: FoundHow;
  /** The chart or subchart it belongs to, as a path of chart names (`mayastor/etcd`). */
  chart?: string;
  /** A subchart's own reference, when a parent chart's values changed it into `reference`. */
  written?: string;
  /** Where a parent chart's values (or `global`) override this image. */
  overrides?: SourceLocation[];
}

/** A `nodeSelector` or node affinity term on the architecture label. */
export interface ArchPin {
  file: string;
  line: number;
  /** `kubernetes.io/arch` or `beta.kubernetes.io/arch`. */
  key: string;
  /** nodeSelector (and matchLabels-like maps) or a matchExpressions operator. */
  kind: 'nodeSelector' | 'In' | 'NotIn';
  values: string[];
}

export interface ScanResult {
  images: FoundImage[];
  pins: ArchPin[];
  /** Things worth telling the user that are not errors (skipped templated values, helm not found). */
  notes: string[];
  warnings: ScanWarning[];
}

export const ARCH_LABELS = new Set(['kubernetes.io/arch', 'beta.kubernetes.io/arch']);

export function emptyScan(): ScanResult {
  return { images: [], pins: [], notes: [], warnings: [] };
}

export function mergeScans(into: ScanResult, from: ScanResult): ScanResult {
  into.images.push(...from.images);
  into.pins.push(...from.pins);
  into.notes.push(...from.notes);
  into.warnings.push(...from.warnings);
  return into;
}

export function formatSource(s: SourceLocation): string {
  return `${s.file}:${s.line}`;
}

/** True for values that still hold Helm/Go templating and cannot be resolved statically. */
export function isTemplated(s: string): boolean {
  return s.includes('{{') || s.includes('}}');
}

/** A dependency that was not rendered, and why: its images are not claimed as checked. */
export interface MissingDependency {
  name: string;
  version: string;
  /** The chart that declares it, below the top chart (`mayastor`); absent for the top chart's own. */
  parent?: string;
  reason: string;
  /** What helm said. */
  detail?: string;
  /** The Chart.yaml that declares it, and its line. */
  file: string;
  line: number;
}

/** `etcd 8.6.0 of mayastor`, or `mayastor 2.8.0`. */
export function dependencyLabel(m: MissingDependency): string {
  return `${m.name} ${m.version}`.trim() + (m.parent ? ` of ${m.parent}` : '');
}
