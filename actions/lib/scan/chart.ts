import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, Node, YAMLMap } from 'yaml';
import { badInput } from '../errors';
import { expandGlob } from '../glob';
import { scanTemplateImages, scanTemplatePins } from './template';
import { emptyScan, FoundImage, isTemplated, mergeScans, ScanResult } from './types';
import {
  findYamlPins,
  lineOf,
  mapGet,
  parseYamlFile,
  parseYamlText,
  ParsedYaml,
  scalarText,
  walkPairs
} from './yaml';

export const IMAGES_ANNOTATION = 'helm.sh/images';

export interface ChartScanOptions {
  /** Paths in sources are relative to this (the workspace). */
  cwd?: string;
  /** Input name used in error messages. */
  input?: string;
}

function rel(cwd: string, abs: string): string {
  return path.relative(cwd, abs).split(path.sep).join('/') || '.';
}

/**
 * Every image a chart and its unpacked subcharts (under `charts/`) name statically: the
 * `helm.sh/images` annotation, `images.txt`, image blocks in `values.yaml`, and literal
 * `image:` lines in templates. Arch pins in values and templates come along.
 */
export function scanChart(chartDir: string, opts: ChartScanOptions = {}): ScanResult {
  const cwd = opts.cwd ?? process.cwd();
  const input = opts.input ?? 'chart';
  const dir = path.resolve(cwd, chartDir);
  if (!fs.existsSync(path.join(dir, 'Chart.yaml'))) {
    const why = fs.existsSync(dir) ? 'it has no Chart.yaml' : 'the directory does not exist';
    throw badInput(input, chartDir, why);
  }
  return scanChartDir(dir, cwd, input);
}

function scanChartDir(dir: string, cwd: string, input: string): ScanResult {
  const result = emptyScan();
  const chartFile = path.join(dir, 'Chart.yaml');
  const chart = parseYamlFile(chartFile, rel(cwd, chartFile), input);
  const chartMap = chart.docs[0]?.contents;
  const appVersion = isMap(chartMap) ? scalarText(mapGet(chartMap, 'appVersion')) : undefined;
  result.images.push(...annotationImages(chart, rel(cwd, chartFile), input));

  const imagesTxt = path.join(dir, 'images.txt');
  if (fs.existsSync(imagesTxt)) result.images.push(...listFileImages(imagesTxt, rel(cwd, imagesTxt)));

  const valuesFile = path.join(dir, 'values.yaml');
  if (fs.existsSync(valuesFile)) {
    const values = parseYamlFile(valuesFile, rel(cwd, valuesFile), input);
    result.images.push(...valuesImages(values, rel(cwd, valuesFile), appVersion));
    result.pins.push(...findYamlPins(values, rel(cwd, valuesFile)));
  }

  const templates = path.join(dir, 'templates');
  if (fs.existsSync(templates)) {
    for (const t of expandGlob(['**/*.yaml', '**/*.yml', '**/*.tpl'], templates)) {
      const abs = path.join(templates, t);
      const text = fs.readFileSync(abs, 'utf8');
      result.images.push(...scanTemplateImages(text, rel(cwd, abs)));
      result.pins.push(...scanTemplatePins(text, rel(cwd, abs)));
    }
  }

  const charts = path.join(dir, 'charts');
  if (fs.existsSync(charts)) {
    for (const entry of fs
      .readdirSync(charts, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const sub = path.join(charts, entry.name);
      if (entry.isDirectory() && fs.existsSync(path.join(sub, 'Chart.yaml'))) {
        mergeScans(result, scanChartDir(sub, cwd, input));
      } else if (entry.isFile() && /\.tgz$/.test(entry.name)) {
        result.notes.push(
          `${rel(cwd, sub)}: packed subcharts are not read; unpack it (helm dependency build --untar) or rely on helm template`
        );
      }
    }
  }
  return result;
}

/** The `helm.sh/images` annotation: a YAML string holding a list of {name, image}. */
function annotationImages(chart: ParsedYaml, file: string, input: string): FoundImage[] {
  const root = chart.docs[0]?.contents;
  if (!isMap(root)) return [];
  const annotations = mapGet(root, 'annotations');
  if (!isMap(annotations)) return [];
  const node = mapGet(annotations, IMAGES_ANNOTATION);
  if (!isScalar(node) || typeof node.value !== 'string') return [];
  const inner = parseYamlText(node.value, `${file} (annotation ${IMAGES_ANNOTATION})`, input);
  const list = inner.docs[0]?.contents;
  if (!isSeq(list)) return [];
  const [start, , end] = node.range ?? [0, 0, chart.text.length];
  const slice = chart.text.slice(start, end);
  const out: FoundImage[] = [];
  let from = 0;
  for (const item of list.items) {
    const image = isMap(item) ? scalarText(mapGet(item, 'image')) : scalarText(item);
    if (!image || isTemplated(image)) continue;
    // Locate the entry in the outer file so the line is the one a person would edit.
    const at = slice.indexOf(image, from);
    const line = at >= 0 ? chart.lines.linePos(start + at).line : lineOf(chart.lines, node);
    if (at >= 0) from = at + image.length;
    out.push({ reference: image, source: { file, line } });
  }
  return out;
}

/** One reference per line; `#` comments and blank lines are skipped. */
export function listFileImages(absPath: string, file: string): FoundImage[] {
  const out: FoundImage[] = [];
  fs.readFileSync(absPath, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (line) out.push({ reference: line, source: { file, line: i + 1 } });
    });
  return out;
}

function isImageKey(key: string): boolean {
  return key === 'image' || /[a-z]Image$/.test(key);
}

/**
 * `image: "x:y"` strings and `image: {registry, repository|repo, tag, digest}` blocks. An
 * empty tag means the chart's appVersion, as most charts' templates default it.
 */
export function valuesImages(values: ParsedYaml, file: string, appVersion?: string): FoundImage[] {
  const out: FoundImage[] = [];
  for (const doc of values.docs) {
    walkPairs(doc.contents, (key, value, keyNode) => {
      if (!isImageKey(key)) return;
      const line = lineOf(values.lines, keyNode);
      if (isScalar(value)) {
        const s = scalarText(value);
        if (s && !isTemplated(s) && !/\s/.test(s)) out.push({ reference: s, source: { file, line } });
        return;
      }
      if (!isMap(value)) return;
      const ref = imageBlock(value, appVersion);
      if (ref) out.push({ reference: ref, source: { file, line } });
    });
  }
  return out;
}

function imageBlock(map: YAMLMap, appVersion?: string): string | undefined {
  const get = (k: string) => scalarText(mapGet(map, k) as Node | undefined);
  const repository = get('repository') ?? get('repo');
  if (!repository || isTemplated(repository)) return undefined;
  const registry = (get('registry') ?? '').replace(/\/+$/, '');
  const tag = get('tag') || appVersion;
  const digest = get('digest');
  if ([registry, tag ?? '', digest ?? ''].some(isTemplated)) return undefined;
  let ref = registry ? `${registry}/${repository}` : repository;
  if (tag) ref += `:${tag}`;
  if (digest) ref += `@${digest}`;
  return ref;
}

/** argv for `helm template`, which renders what static reading cannot see. */
export function helmTemplateArgs(chartDir: string, releaseName = 'arch-actions-verify'): string[] {
  return ['template', releaseName, chartDir, '--include-crds', '--skip-tests'];
}
