// What kubectl (sigs.k8s.io/yaml over go-yaml v2) makes of YAML that the `yaml` package keeps
// as written: aliases, merge keys, repeated keys, and a stream of JSON objects.
import {
  Composer,
  Document,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  Node,
  Pair,
  Parser
} from 'yaml';

/**
 * Each alias's node (the last node anchored with its name before it, in document order), and
 * whether any map has a merge key or a repeated key: one walk over the document.
 */
function inspect(doc: Document.Parsed): { targets: Map<unknown, Node>; rewrite: boolean } {
  const anchored = new Map<string, Node>();
  const targets = new Map<unknown, Node>();
  let rewrite = false;
  const walk = (node: unknown): void => {
    if (isAlias(node)) {
      const target = anchored.get(node.source);
      if (target) targets.set(node, target);
      return;
    }
    if (isNode(node) && node.anchor) anchored.set(node.anchor, node);
    if (isSeq(node)) node.items.forEach(walk);
    else if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const p of node.items) {
        const key = isScalar(p.key) ? String(p.key.value) : p.key;
        if (isMergeKey(p.key) || keys.has(key)) rewrite = true;
        keys.add(key);
        walk(p.key);
        walk(p.value);
      }
    }
  };
  walk(doc.contents);
  return { targets, rewrite };
}

/** A plain `<<` key merges (go-yaml v2); a quoted one is a key like any other. */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.type === 'PLAIN' && key.value === '<<';
}

/**
 * A map's pairs as go-yaml v2 fills a Go map: in order, a merge writes its map's pairs (a list
 * of maps from the last, so the first wins among them), and a later key replaces an earlier one.
 */
function effectivePairs(items: unknown[]): unknown[] {
  const byKey = new Map<unknown, unknown>();
  const put = (p: unknown) => {
    const key = isPair(p) && isScalar(p.key) ? String(p.key.value) : p;
    byKey.delete(key);
    byKey.set(key, p);
  };
  for (const p of items) {
    if (!isPair(p) || !isMergeKey(p.key)) put(p);
    else if (isMap(p.value)) p.value.items.forEach(put);
    else if (isSeq(p.value)) [...p.value.items].reverse().forEach(m => isMap(m) && m.items.forEach(put));
  }
  return [...byKey.values()];
}

/** go-yaml v2's allowed share of nodes decoded through aliases, by how many were decoded. */
function allowedAliasRatio(decoded: number): number {
  if (decoded <= 400_000) return 0.99;
  if (decoded >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decoded - 400_000) / 3_600_000);
}

/**
 * Whether go-yaml v2 (kubectl) refuses the document as "excessive aliasing" (a billion laughs):
 * more than 100 of over 1,000 nodes decoded came through aliases, beyond the allowed share.
 * Counted once per node over the graph, so a bomb costs its size to judge, not its expansion.
 */
function excessiveAliasing(doc: Document.Parsed, targets: Map<unknown, Node>): boolean {
  const memo = new Map<unknown, number>();
  const open = new Set<unknown>();
  let viaAliases = 0;
  const decoded = (node: unknown, inAlias: boolean): number => {
    const target = targets.get(node);
    if (target) {
      if (open.has(target)) return 1;
      const n = decoded(target, true);
      if (!inAlias) viaAliases += n;
      return 1 + n;
    }
    const known = memo.get(node);
    if (known !== undefined && inAlias) return known;
    open.add(node);
    let n = 1;
    if (isSeq(node)) for (const item of node.items) n += decoded(item, inAlias);
    else if (isMap(node))
      for (const p of node.items) n += decoded(p.key, inAlias) + decoded(p.value, inAlias);
    open.delete(node);
    if (inAlias) memo.set(node, n);
    return n;
  };
  const total = decoded(doc.contents, false);
  return viaAliases > 100 && total > 1000 && viaAliases / total > allowedAliasRatio(total);
}

/**
 * Rewrites a parsed document into what kubectl reads: each alias becomes its anchored node
 * (whose lines are the anchor's), merge keys are expanded and repeated keys keep the last.
 * An alias to a node that holds it is left as it is: it would never end.
 */
export function resolveAsKubectl(doc: Document.Parsed): 'excessive aliasing' | undefined {
  const { targets, rewrite } = inspect(doc);
  // Most documents have no alias, merge key or repeated key: they are left as parsed.
  if (!targets.size && !rewrite) return undefined;
  if (targets.size && excessiveAliasing(doc, targets)) return 'excessive aliasing';
  const done = new Set<unknown>();
  const open = new Set<unknown>();
  const resolve = (node: unknown): unknown => {
    const target = targets.get(node);
    return target && !open.has(target) ? target : node;
  };
  const walk = (node: unknown): void => {
    if (done.has(node) || !(isMap(node) || isSeq(node))) return;
    open.add(node);
    if (isSeq(node)) {
      node.items = node.items.map(resolve);
      node.items.forEach(walk);
    } else {
      for (const p of node.items as Pair[]) {
        p.value = resolve(p.value);
        walk(p.value);
      }
      node.items = effectivePairs(node.items) as Pair[];
    }
    open.delete(node);
    done.add(node);
  };
  doc.contents = resolve(doc.contents) as typeof doc.contents;
  walk(doc.contents);
  return undefined;
}

/**
 * Offsets of each top-level value in a stream of JSON objects (`{..}\n{..}`), which kubectl
 * reads when a file starts with `{`; undefined when the text is not such a stream.
 */
export function jsonValueRanges(text: string): Array<[number, number]> | undefined {
  if (!/^\s*\{/.test(text)) return undefined;
  const ranges: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (depth === 0 && /\s/.test(ch)) continue;
    if (depth === 0) {
      if (ch !== '{' && ch !== '[') return undefined;
      start = i;
    }
    if (ch === '"') i = stringEnd(text, i);
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    if (i < 0 || depth < 0) return undefined;
    if (depth === 0) ranges.push([start, i + 1]);
  }
  return depth === 0 && ranges.length > 1 ? ranges : undefined;
}

/** Index of the quote that closes the JSON string opened at `from`, or -1. */
function stringEnd(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

/** Each JSON value parsed alone, at its own offsets in the whole text (so lines stay right). */
export function parseJsonStream(
  text: string,
  ranges: Array<[number, number]>,
  options: ConstructorParameters<typeof Composer>[0]
): Document.Parsed[] {
  return ranges.flatMap(([start, end]) => {
    const parser = new Parser();
    parser.offset = start;
    return [...new Composer(options).compose(parser.parse(text.slice(start, end)))];
  });
}
