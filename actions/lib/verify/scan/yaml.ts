import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Node,
  parseAllDocuments,
  Scalar,
  YAMLMap
} from 'yaml';
import { readInputFile } from '../../core/paths';
import { ARCH_LABELS, ArchPin, isTemplated, ScanWarning } from './types';
import { jsonValueRanges, parseJsonStream, resolveAsKubectl } from './yaml-kubectl';

export interface ParsedYaml {
  docs: Document.Parsed[];
  lines: LineCounter;
  text: string;
  /** Documents left out because they are broken even as kubectl reads YAML. */
  warnings: ScanWarning[];
}

/** Reads a file (a regular file only: a FIFO would block) and parses it as parseYamlText does. */
export function parseYamlFile(absPath: string, display: string, input: string): ParsedYaml {
  return parseYamlText(decodeText(readInputFile(input, absPath)), display);
}

/** Text as kubectl decodes a file: UTF-16 when a byte order mark says so (Windows editors), else UTF-8. */
function decodeText(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
  if (data[0] !== 0xfe || data[1] !== 0xff) return data.toString('utf8');
  const swapped = Buffer.from(data.subarray(2, 2 + ((data.length - 2) & ~1)));
  return swapped.swap16().toString('utf16le');
}

// A quoted scalar opening as a mapping value or sequence entry: `key: 'text`, `- "text`.
const QUOTED_START = /^(\s*)((?:-\s+)*)(?:(?:[^\s'"#][^:#]*|"[^"]*"|'[^']*'):\s+)?(['"])/;

/** Index of the quote closing a scalar opened by `quote` at `from`, or -1 when the line ends first. */
function closingQuote(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * Indents the continuation lines of multi-line quoted scalars that sit at or left of their
 * key, as kubectl, helm and PyYAML accept them (the YAML 1.2 spec and `yaml` do not). Line
 * numbers are kept; only spaces are added, and folding drops them from the value.
 */
export function indentQuotedContinuations(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const m = QUOTED_START.exec(lines[i]);
    if (!m || lines[i].trimStart().startsWith('#')) continue;
    const quote = m[3];
    if (closingQuote(lines[i], m[0].length, quote) >= 0) continue;
    const need = m[1].length + m[2].length + 1;
    for (let j = i + 1; j < lines.length; j++) {
      const indent = lines[j].length - lines[j].trimStart().length;
      if (/^(---|\.\.\.)(\s|$)/.test(lines[j])) break;
      if (indent < need && lines[j].trim()) {
        lines[j] = ' '.repeat(need - indent) + lines[j];
        changed = true;
      }
      i = j;
      if (closingQuote(lines[j], 0, quote) >= 0) break;
    }
  }
  return changed ? lines.join('\n') : text;
}

const PARSE_OPTIONS = { uniqueKeys: false } as const;

/** Repairs only the broken documents: the rest stay byte for byte as written. */
function repairQuotedContinuations(text: string, docs: Document.Parsed[]): string {
  let repaired = '';
  let at = 0;
  for (const d of docs) {
    if (!d.errors.length) continue;
    repaired += text.slice(at, d.range[0]) + indentQuotedContinuations(text.slice(d.range[0], d.range[2]));
    at = d.range[2];
  }
  return repaired + text.slice(at);
}

/** Line starts of a whole text, for documents parsed piece by piece. */
function countLines(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

/**
 * Parses every document in a text as kubectl would: quoted scalars continued at their key's
 * indentation are accepted, a stream of JSON objects is read one by one, aliases, merge keys
 * and repeated keys mean what they mean to kubectl, and a document that is still broken is
 * left out with a warning at its file:line, so one bad document never stops the scan.
 */
export function parseYamlText(text: string, display: string): ParsedYaml {
  let lines = new LineCounter();
  const parse = (t: string): Document.Parsed[] => {
    const d = parseAllDocuments(t, { ...PARSE_OPTIONS, lineCounter: lines });
    return Array.isArray(d) ? d : [];
  };
  let docs = parse(text);
  const json = docs.some(d => d.errors.length) ? jsonValueRanges(text) : undefined;
  if (json) {
    lines = countLines(text);
    docs = parseJsonStream(text, json, PARSE_OPTIONS);
  } else if (docs.some(d => d.errors.length)) {
    const repaired = repairQuotedContinuations(text, docs);
    if (repaired !== text) {
      lines = new LineCounter();
      text = repaired;
      docs = parse(text);
    }
  }
  const warnings: ScanWarning[] = [];
  const refused = new Set<Document.Parsed>();
  for (const doc of docs) {
    const err = doc.errors[0];
    if (!err && !resolveAsKubectl(doc)) continue;
    if (!err) {
      // A billion laughs: kubectl refuses it, and walking it would take for ever.
      refused.add(doc);
      const line = lines.linePos(doc.contents?.range?.[0] ?? doc.range[0]).line;
      warnings.push({
        file: display,
        line,
        message: 'excessive aliasing (as kubectl says), document skipped'
      });
      continue;
    }
    const line = err.linePos?.[0]?.line ?? lines.linePos(doc.range[0]).line;
    const why = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    warnings.push({ file: display, line, message: `broken YAML, document skipped: ${why}` });
  }
  return { docs: docs.filter(d => !d.errors.length && !refused.has(d)), lines, text, warnings };
}

export function lineOf(
  lines: LineCounter,
  node: { range?: [number, number, number] | null } | null | undefined
): number {
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : lines.linePos(offset).line;
}

/** A scalar as the user wrote it (`tag: 4.0` stays "4.0", not the number 4). */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const s = node as Scalar & { source?: string };
  if (s.value === null || s.value === undefined) return undefined;
  if (s.type === 'PLAIN' && typeof s.source === 'string') return s.source.trim();
  return String(s.value).trim();
}

export function mapGet(map: YAMLMap, key: string): Node | undefined {
  for (const item of map.items) {
    if (isPair(item) && scalarText(item.key) === key) return item.value as Node | undefined;
  }
  return undefined;
}

export type PairVisitor = (
  key: string,
  value: Node | null,
  keyNode: Node,
  parent: YAMLMap,
  ancestors: string[]
) => void;

/** Visits every key/value pair below `node`, with the keys of the maps above it. */
export function walkPairs(node: unknown, visit: PairVisitor, ancestors: string[] = []): void {
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const key = scalarText(item.key) ?? '';
      visit(key, (item.value as Node) ?? null, item.key as Node, node, ancestors);
      walkPairs(item.value, visit, [...ancestors, key]);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) walkPairs(item, visit, ancestors);
  }
}

// Preferred terms only weigh scheduling; they never keep a pod off a node.
const SOFT = /preferredDuringScheduling/;
const NOT_SELECTORS = new Set(['labels', 'annotations', 'matchLabels', 'commonLabels', 'podLabels']);

/** Arch pins in parsed YAML: nodeSelector entries and required node-affinity expressions. */
export function findYamlPins(parsed: ParsedYaml, file: string): ArchPin[] {
  const pins: ArchPin[] = [];
  for (const doc of parsed.docs) {
    walkPairs(doc.contents, (key, value, keyNode, parent, ancestors) => {
      if (ancestors.some(a => SOFT.test(a))) return;
      if (ARCH_LABELS.has(key) && isScalar(value)) {
        const v = scalarText(value);
        const under = ancestors[ancestors.length - 1];
        if (v && !isTemplated(v) && !NOT_SELECTORS.has(under)) {
          pins.push({ file, line: lineOf(parsed.lines, keyNode), key, kind: 'nodeSelector', values: [v] });
        }
        return;
      }
      if (key === 'key' && isScalar(value)) {
        const label = scalarText(value) ?? '';
        if (!ARCH_LABELS.has(label)) return;
        const op = scalarText(mapGet(parent, 'operator'));
        const values = mapGet(parent, 'values');
        if ((op === 'In' || op === 'NotIn') && isSeq(values)) {
          const list = values.items.map(scalarText).filter((x): x is string => !!x && !isTemplated(x));
          pins.push({ file, line: lineOf(parsed.lines, keyNode), key: label, kind: op, values: list });
        }
      }
    });
  }
  return pins;
}
