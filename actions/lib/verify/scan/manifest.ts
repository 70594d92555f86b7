import { matchFiles } from '../../core/glob';
import { VERIFY_PLATFORMS } from '../../core/specs.generated';
import { emptyScan, FoundImage, FoundHow, ScanResult } from './types';
import { containerImages } from './workload';
import { findYamlPins, parseYamlFile, ParsedYaml } from './yaml';

export interface ManifestScanOptions {
  cwd?: string;
  input?: string;
}

/** The images of the pod specs in parsed documents, at their own lines; handed-over ones are `indirect`. */
export function manifestImages(parsed: ParsedYaml, file: string, how: FoundHow = 'manifest'): FoundImage[] {
  return containerImages(parsed).map(c => ({
    reference: c.reference,
    source: { file, line: c.line },
    how: c.how === 'indirect' ? 'indirect' : how
  }));
}

/**
 * Kubernetes YAML files matched by globs (multi-document), read as kubectl reads them. A glob
 * that matches nothing is an error; a broken document is a warning and the rest is read.
 */
export function scanManifests(globs: string[], opts: ManifestScanOptions = {}): ScanResult {
  const cwd = opts.cwd ?? process.cwd();
  const input = opts.input ?? VERIFY_PLATFORMS.inputs.manifests.name;
  const result = emptyScan();
  for (const { abs, display } of matchFiles(globs, cwd, input)) {
    const parsed = parseYamlFile(abs, display, input);
    result.warnings.push(...parsed.warnings);
    result.images.push(...manifestImages(parsed, display));
    result.pins.push(...findYamlPins(parsed, display));
  }
  return result;
}
