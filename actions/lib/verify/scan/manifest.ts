import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isSeq } from 'yaml';
import { matchFiles } from '../../core/glob';
import { emptyScan, FoundImage, isTemplated, ScanResult } from './types';
import {
  findYamlPins,
  lineOf,
  mapGet,
  parseYamlFile,
  ParsedYaml,
  parseYamlText,
  scalarText,
  walkPairs
} from './yaml';

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

export interface ManifestScanOptions {
  cwd?: string;
  input?: string;
}

/** Images of `containers`, `initContainers` and `ephemeralContainers` anywhere in the documents. */
export function manifestImages(parsed: ParsedYaml, file: string): FoundImage[] {
  const out: FoundImage[] = [];
  for (const doc of parsed.docs) {
    walkPairs(doc.contents, (key, value) => {
      if (!CONTAINER_LISTS.has(key) || !isSeq(value)) return;
      for (const c of value.items) {
        if (!isMap(c)) continue;
        const node = mapGet(c, 'image');
        const image = scalarText(node);
        if (image && !isTemplated(image))
          out.push({ reference: image, source: { file, line: lineOf(parsed.lines, node) } });
      }
    });
  }
  return out;
}

/** Kubernetes YAML files matched by globs (multi-document). A glob that matches nothing is an error. */
export function scanManifests(globs: string[], opts: ManifestScanOptions = {}): ScanResult {
  const cwd = opts.cwd ?? process.cwd();
  const input = opts.input ?? 'manifests';
  const result = emptyScan();
  for (const { abs, display } of matchFiles(globs, cwd, input)) {
    const parsed = parseYamlFile(abs, display, input);
    result.images.push(...manifestImages(parsed, display));
    result.pins.push(...findYamlPins(parsed, display));
  }
  return result;
}

/**
 * `helm template` output. Each document names its template in a `# Source: <chart>/<path>`
 * comment; images are attributed to that template file (the rendered line has no meaning there),
 * at the template's first `image:` line when it has one.
 */
export function scanRendered(text: string, chartDir: string, cwd: string, input = 'chart'): ScanResult {
  const result = emptyScan();
  const parts = text.split(/^(?=# Source: )/m);
  for (const part of parts) {
    const m = /^# Source: [^/\n]+\/(.+)$/m.exec(part);
    const templatePath = m ? path.join(chartDir, m[1].trim()) : path.join(chartDir, 'templates');
    const display = path.relative(cwd, path.resolve(cwd, templatePath)).split(path.sep).join('/');
    let line = 1;
    try {
      const lines = fs.readFileSync(path.resolve(cwd, templatePath), 'utf8').split(/\r?\n/);
      const at = lines.findIndex(l => /^\s*(?:-\s+)?image:/.test(l));
      if (at >= 0) line = at + 1;
    } catch {
      // Subchart templates inside packed archives have no file to point at.
    }
    const parsed = parseYamlText(part, `${display} (rendered by helm)`, input);
    for (const img of manifestImages(parsed, display))
      result.images.push({ ...img, source: { file: display, line } });
  }
  return result;
}
