import * as fs from 'node:fs';
import * as path from 'node:path';
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
    how: c.how === 'direct' ? how : c.how
  }));
}

/** The files `kubectl -f FOLDER` reads: the folder's own, not those below it. */
const KUBECTL_FILE = /\.(json|ya?ml)$/;

/** A folder given as is stands for its own files, as kubectl reads it; the rest are globs. */
function folderGlobs(globs: string[], cwd: string): { globs: string[]; folders: Set<string> } {
  const folders = new Set<string>();
  const out = globs.map(g => {
    const abs = path.resolve(cwd, g);
    if (/[*?[]/.test(g) || g.startsWith('!') || !fs.statSync(abs, { throwIfNoEntry: false })?.isDirectory())
      return g;
    folders.add(abs);
    return `${g.replace(/\/+$/, '')}/*`;
  });
  return { globs: out, folders };
}

/**
 * Kubernetes YAML and JSON files matched by globs or named by folder (multi-document), read as
 * kubectl reads them. A glob that matches nothing is an error; a broken document is a warning
 * and the rest is read.
 */
export function scanManifests(globs: string[], opts: ManifestScanOptions = {}): ScanResult {
  const cwd = opts.cwd ?? process.cwd();
  const input = opts.input ?? VERIFY_PLATFORMS.inputs.manifests.name;
  const result = emptyScan();
  const { globs: patterns, folders } = folderGlobs(globs, cwd);
  for (const { abs, display } of matchFiles(patterns, cwd, input)) {
    if (folders.has(path.dirname(abs)) && !KUBECTL_FILE.test(abs)) continue;
    const parsed = parseYamlFile(abs, display, input);
    result.warnings.push(...parsed.warnings);
    result.images.push(...manifestImages(parsed, display));
    result.pins.push(...findYamlPins(parsed, display));
  }
  return result;
}
