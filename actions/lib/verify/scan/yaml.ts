import * as fs from 'node:fs';
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
import { badInput } from '../../core/errors';
import { ARCH_LABELS, ArchPin, isTemplated } from './types';

export interface ParsedYaml {
  docs: Document.Parsed[];
  lines: LineCounter;
  text: string;
}

/** Parses every document in a file; a syntax error is a ConfigurationError naming file:line. */
export function parseYamlFile(absPath: string, display: string, input: string): ParsedYaml {
  let text: string;
  try {
    text = fs.readFileSync(absPath, 'utf8');
  } catch (err) {
    throw badInput(
      input,
      display,
      `cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`
    );
  }
  return parseYamlText(text, display, input);
}

export function parseYamlText(text: string, display: string, input: string): ParsedYaml {
  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) {
      const line = err.linePos?.[0]?.line ?? 1;
      const why = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      throw badInput(input, `${display}:${line}`, `broken YAML: ${why}`);
    }
  }
  return { docs, lines, text };
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
