import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isPair, isScalar, isSeq, Node, YAMLMap } from 'yaml';
import { badInput } from '../../core/errors';
import { withPathErrors } from '../../core/paths';
import { VERIFY_PLATFORMS } from '../../core/specs.generated';
import { ChartSource, directorySource, MAX_CHART_ENTRY_BYTES } from './chart-archive';
import { scanTemplateImages, scanTemplatePins } from './template';
import { emptyScan, FoundImage, isTemplated, mergeScans, ScanResult, ScanWarning } from './types';
import { findYamlPins, lineOf, mapGet, parseYamlText, ParsedYaml, scalarText, walkPairs } from './yaml';

const CHART_INPUT: string = VERIFY_PLATFORMS.inputs.chart.name;

export const IMAGES_ANNOTATION = 'helm.sh/images';

export interface ChartScanOptions {
  /** Paths in sources are relative to this (the workspace). */
  cwd?: string;
  /** Input name used in error messages. */
  input?: string;
  /** Largest file read from a packed subchart (default 5 MiB, as helm). */
  maxArchiveEntry?: number;
}

/** Values a parent chart passes down: its map under the subchart's name (or alias), outermost first. */
export interface Layer {
  map: YAMLMap;
  parsed: ParsedYaml;
  file: string;
}

interface Context {
  input: string;
  /** Override layers for this chart, outermost (the umbrella) first. */
  overrides: Layer[];
  /** Parents' `global` maps, outermost first: Helm copies a parent's globals into every subchart. */
  globals: Layer[];
  /** Override nodes applied to a subchart's block, so the parent does not report them again. */
  consumed: Set<Node>;
  /** Chart names from the top chart down to this one. */
  path: string[];
}

/**
 * Every image a chart and its subcharts under `charts/` (unpacked directories and packed
 * `.tgz`, recursively) name statically: the `helm.sh/images` annotation, `images.txt`, image
 * blocks in `values.yaml` (with the parents' overrides applied), and literal `image:` lines in
 * templates. Arch pins in values and templates come along.
 */
export async function scanChart(chartDir: string, opts: ChartScanOptions = {}): Promise<ScanResult> {
  const cwd = opts.cwd ?? process.cwd();
  const input = opts.input ?? CHART_INPUT;
  const dir = chartDirectory(chartDir, cwd, input);
  return scanChartFiles(
    directorySource(dir, cwd, input, opts.maxArchiveEntry ?? MAX_CHART_ENTRY_BYTES),
    input
  );
}

/** As scanChart, for a chart already opened (a folder or a packed chart). */
export function scanChartFiles(source: ChartSource, input: string = CHART_INPUT): Promise<ScanResult> {
  return scanChartSource(source, { input, overrides: [], globals: [], consumed: new Set(), path: [] });
}

/**
 * The chart folder, absolute: a readable folder holding a Chart.yaml file. A folder that
 * cannot be read says so (it is not "no Chart.yaml").
 */
export function chartDirectory(chartDir: string, cwd: string, input: string = CHART_INPUT): string {
  const dir = path.resolve(cwd, chartDir);
  return withPathErrors(input, chartDir, () => {
    const st = fs.statSync(dir);
    if (!st.isDirectory()) throw badInput(input, chartDir, 'it is a file; a chart folder is needed');
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.X_OK);
    fs.readdirSync(dir);
    const chart = fs.statSync(path.join(dir, 'Chart.yaml'), { throwIfNoEntry: false });
    if (!chart) throw badInput(input, chartDir, 'it has no Chart.yaml');
    if (!chart.isFile()) throw badInput(input, `${chartDir}/Chart.yaml`, 'it is not a regular file');
    return dir;
  });
}

function parseIn(source: ChartSource, file: string, warnings: ScanWarning[]): ParsedYaml | undefined {
  const text = source.read(file);
  if (text === undefined) return undefined;
  const parsed = parseYamlText(text, source.display(file));
  warnings.push(...parsed.warnings);
  return parsed;
}

/** The images a chart lists for itself: the `helm.sh/images` annotation and `images.txt`. */
export function declaredImages(
  source: ChartSource,
  warnings: ScanWarning[] = [],
  chart = parseIn(source, 'Chart.yaml', warnings)
): FoundImage[] {
  const name = scalarText(mapGet(rootMap(chart) ?? new YAMLMap(), 'name'));
  const out = chart ? annotationImages(chart, source.display('Chart.yaml'), warnings) : [];
  const imagesTxt = source.read('images.txt');
  if (imagesTxt !== undefined) out.push(...listImages(imagesTxt, source.display('images.txt')));
  return out.map(i => ({ ...i, ...(name ? { chart: name } : {}) }));
}

function rootMap(parsed: ParsedYaml | undefined): YAMLMap | undefined {
  const root = parsed?.docs[0]?.contents;
  return isMap(root) ? root : undefined;
}

/** The key a parent's values use for each dependency: its alias, else its name. */
function dependencyKeys(chartMap: YAMLMap | undefined): Map<string, string> {
  const keys = new Map<string, string>();
  const deps = chartMap && mapGet(chartMap, 'dependencies');
  if (!isSeq(deps)) return keys;
  for (const d of deps.items) {
    if (!isMap(d)) continue;
    const name = scalarText(mapGet(d, 'name'));
    if (name) keys.set(name, scalarText(mapGet(d, 'alias')) ?? name);
  }
  return keys;
}

async function scanChartSource(source: ChartSource, ctx: Context): Promise<ScanResult> {
  const result = emptyScan();
  const chart = parseIn(source, 'Chart.yaml', result.warnings);
  const chartMap = rootMap(chart);
  const appVersion = chartMap ? scalarText(mapGet(chartMap, 'appVersion')) : undefined;
  const name = (chartMap && scalarText(mapGet(chartMap, 'name'))) ?? '?';
  const here = [...ctx.path, name];
  result.images.push(...declaredImages(source, result.warnings, chart));

  const templates = source.templates().map(t => ({ file: source.display(t), text: source.read(t) ?? '' }));
  const values = parseIn(source, 'values.yaml', result.warnings);
  const valuesMap = rootMap(values);
  const valuesFile = source.display('values.yaml');
  const own = values && valuesMap ? [{ map: valuesMap, parsed: values, file: valuesFile }] : [];

  // Helm coalesces globals downward with the parent winning, so the outermost is looked at first.
  const globals = [...ctx.globals, ...ctx.overrides.flatMap(globalOf), ...globalOf(own[0])];
  // Subcharts first: they mark the overrides they apply, which this chart then leaves out.
  const keys = dependencyKeys(chartMap);
  const subResults: ScanResult[] = [];
  for (const sub of await source.subcharts()) {
    const subName = scalarText(mapGet(rootMap(parseIn(sub, 'Chart.yaml', [])) ?? new YAMLMap(), 'name'));
    const key = (subName && keys.get(subName)) ?? subName;
    const down = (layers: Layer[]) =>
      key
        ? layers.flatMap(l => {
            const m = mapGet(l.map, key);
            return isMap(m) ? [{ ...l, map: m }] : [];
          })
        : [];
    subResults.push(
      await scanChartSource(sub, {
        ...ctx,
        overrides: down([...ctx.overrides, ...own]),
        globals,
        path: here
      })
    );
  }

  if (values) {
    // A chart whose templates read `global.imageRegistry` uses it when a block names no registry.
    const usesGlobal = templates.some(t => /\.Values\.global\.imageRegistry\b/.test(t.text));
    const globalRegistry = usesGlobal ? lookup(globals, ['imageRegistry']) : undefined;
    result.images.push(
      ...valuesImages(values, valuesFile, appVersion, {
        overrides: ctx.overrides,
        globalRegistry,
        consumed: ctx.consumed
      })
    );
    result.pins.push(...findYamlPins(values, valuesFile));
  }

  for (const t of templates) {
    result.images.push(...scanTemplateImages(t.text, t.file));
    result.pins.push(...scanTemplatePins(t.text, t.file));
  }
  result.images = result.images.map(i => ({ ...i, chart: here.join('/') }));
  subResults.forEach(r => mergeScans(result, r));
  return result;
}

function globalOf(layer: Layer | undefined): Layer[] {
  const g = layer && mapGet(layer.map, 'global');
  return layer && isMap(g) ? [{ ...layer, map: g }] : [];
}

export interface Found {
  node: Node;
  key: Node;
  layer: Layer;
}

/** The node at `keys` below a layer's map, following maps only. */
function at(layer: Layer, keys: string[]): Found | undefined {
  let map: YAMLMap = layer.map;
  for (let i = 0; i < keys.length; i++) {
    const pair = map.items.find(p => isPair(p) && scalarText(p.key) === keys[i]);
    if (!pair) return undefined;
    if (i === keys.length - 1) return { node: pair.value as Node, key: pair.key as Node, layer };
    if (!isMap(pair.value)) return undefined;
    map = pair.value;
  }
  return undefined;
}

/** The outermost layer that sets `keys`; a null there unsets it, as in Helm. */
function lookup(layers: Layer[], keys: string[]): Found | undefined {
  for (const l of layers) {
    const f = at(l, keys);
    if (f) return f;
  }
  return undefined;
}

/** The `helm.sh/images` annotation: a YAML string holding a list of {name, image}. */
function annotationImages(chart: ParsedYaml, file: string, warnings: ScanWarning[]): FoundImage[] {
  const root = chart.docs[0]?.contents;
  if (!isMap(root)) return [];
  const annotations = mapGet(root, 'annotations');
  if (!isMap(annotations)) return [];
  const node = mapGet(annotations, IMAGES_ANNOTATION);
  if (!isScalar(node) || typeof node.value !== 'string') return [];
  const inner = parseYamlText(node.value, `${file} (annotation ${IMAGES_ANNOTATION})`);
  warnings.push(...inner.warnings);
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
    out.push({ reference: image, source: { file, line }, how: 'annotation' });
  }
  return out;
}

/** One reference per line; `#` comments and blank lines are skipped. */
export function listImages(text: string, file: string): FoundImage[] {
  const out: FoundImage[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line) out.push({ reference: line, source: { file, line: i + 1 }, how: 'images.txt' });
  });
  return out;
}

function isImageKey(key: string): boolean {
  return key === 'image' || /[a-z]Image$/.test(key);
}

export interface ValuesOverrides {
  /** Parents' values under this chart's name, outermost first. */
  overrides?: Layer[];
  /** `global.imageRegistry` as the chart sees it, when its templates read it. */
  globalRegistry?: Found;
  /** Filled with the parents' nodes that were applied here. */
  consumed?: Set<Node>;
}

const FIELDS = ['registry', 'repository', 'repo', 'tag', 'digest'];

/**
 * `image: "x:y"` strings and `image: {registry, repository|repo, tag, digest}` blocks. An
 * empty tag means the chart's appVersion, as most charts' templates default it. Parents'
 * overrides replace fields of a block; the reference is then the effective one, `written`
 * keeps the chart's own and `overrides` the parents' file:line.
 */
export function valuesImages(
  values: ParsedYaml,
  file: string,
  appVersion?: string,
  ctx: ValuesOverrides = {}
): FoundImage[] {
  const out: FoundImage[] = [];
  const layers = ctx.overrides ?? [];
  for (const doc of values.docs) {
    walkPairs(doc.contents, (key, value, keyNode, _parent, ancestors) => {
      if (!isImageKey(key) || ctx.consumed?.has(value as Node)) return;
      const source = { file, line: lineOf(values.lines, keyNode) };
      const written = isScalar(value)
        ? plainImage(value)
        : isMap(value)
          ? imageBlock(value, appVersion)
          : undefined;
      const keys = [...ancestors, key];
      // Overrides follow maps only: a block inside a list (`at` finds no such path) keeps its own values.
      const here = doc.contents && at({ map: doc.contents as YAMLMap, parsed: values, file }, keys);
      const matched = here?.node === value ? overrideFields(layers, keys) : [];
      for (const l of here?.node === value ? layers : []) {
        const n = at(l, keys)?.node;
        if (n) ctx.consumed?.add(n);
      }
      // A parent repeating the chart's own value changes nothing worth pointing at.
      const applied = matched.filter(
        f => !f.field || scalarText(f.found.node) !== fieldOf(value, [], f.field)
      );
      const whole = applied.find(f => f.field === undefined);
      const block = !whole && (isMap(value) || applied.length > 0);
      const registry =
        block && !fieldOf(value, applied, 'registry') && scalarText(ctx.globalRegistry?.node)
          ? [ctx.globalRegistry as Found]
          : [];
      if (!applied.length && !registry.length) {
        if (written) out.push({ reference: written, source, how: 'values' });
        return;
      }
      let effective: string | undefined;
      if (whole) effective = isScalar(whole.found.node) ? plainImage(whole.found.node) : undefined;
      else {
        const get = (k: string) =>
          k === 'registry' && registry.length ? scalarText(registry[0].node) : fieldOf(value, applied, k);
        effective = composeImage(get, appVersion);
      }
      if (!effective) return;
      const from = [...applied.map(f => f.found), ...registry];
      const overrides = from
        .map(f => ({ file: f.layer.file, line: lineOf(f.layer.parsed.lines, f.key) }))
        .filter((l, i, all) => all.findIndex(m => m.file === l.file && m.line === l.line) === i);
      out.push({
        reference: effective,
        source,
        how: 'values',
        ...(written && written !== effective ? { written } : {}),
        overrides
      });
    });
  }
  return out;
}

interface Applied {
  /** undefined: the whole image (a string, or a block over a string). */
  field?: string;
  found: Found;
}

/** Fields of the block at `keys` that the parents set, the outermost winning per field. */
function overrideFields(layers: Layer[], keys: string[]): Applied[] {
  const whole = lookup(layers, keys);
  if (!whole) return [];
  if (!isMap(whole.node)) return [{ found: whole }];
  const applied: Applied[] = [];
  for (const field of FIELDS) {
    const found = lookup(layers, [...keys, field]);
    if (found) applied.push({ field, found });
  }
  return applied;
}

/** A field as overridden, else as the chart's own block has it. */
function fieldOf(own: Node | null, applied: Applied[], field: string): string | undefined {
  const o = applied.find(a => a.field === field);
  if (o) return scalarText(o.found.node);
  return isMap(own) ? scalarText(mapGet(own, field)) : undefined;
}

function plainImage(node: Node): string | undefined {
  // `maxSnapshotsOnImage: 450`, `pullImage: true`: a number or a boolean is never a reference.
  if (isScalar(node) && typeof node.value !== 'string') return undefined;
  const s = scalarText(node);
  return s && !isTemplated(s) && !/\s/.test(s) ? s : undefined;
}

function imageBlock(map: YAMLMap, appVersion?: string): string | undefined {
  return composeImage(k => scalarText(mapGet(map, k) as Node | undefined), appVersion);
}

function composeImage(get: (k: string) => string | undefined, appVersion?: string): string | undefined {
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
