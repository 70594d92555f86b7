import { ARCH_LABELS, ArchPin, FoundImage, isTemplated } from './types';

// Helm templates are not YAML until rendered, so they are read line by line.
const IMAGE_LINE = /^\s*(?:-\s+)?image:\s*(.*?)\s*$/;
const SELECTOR_LINE =
  /^\s*(?:-\s+)?["']?((?:beta\.)?kubernetes\.io\/arch)["']?\s*:\s*["']?([A-Za-z0-9_.-]+)["']?\s*(?:#.*)?$/;
const KEY_LINE = /^(\s*)(?:-\s+)?key:\s*["']?((?:beta\.)?kubernetes\.io\/arch)["']?\s*(?:#.*)?$/;
const OPERATOR_LINE = /^\s*(?:-\s+)?operator:\s*["']?(\w+)["']?/;
const VALUES_INLINE = /^\s*(?:-\s+)?values:\s*\[([^\]]*)\]/;
const VALUES_BLOCK = /^\s*(?:-\s+)?values:\s*(?:#.*)?$/;
const LIST_ITEM = /^\s*-\s+["']?([A-Za-z0-9_.-]+)["']?\s*(?:#.*)?$/;
const AFFINITY_KIND = /(required|preferred)DuringScheduling/;

function unquote(s: string): string {
  const t = s.replace(/\s+#.*$/, '').trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))
    return t.slice(1, -1).trim();
  return t;
}

/** Literal `image:` lines (those with no templating) in a template or any YAML-like text. */
export function scanTemplateImages(text: string, file: string): FoundImage[] {
  const out: FoundImage[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = IMAGE_LINE.exec(line);
    if (!m) return;
    const value = unquote(m[1]);
    // `image:` followed by a block (registry/repository/tag) or templating is not a literal.
    if (!value || isTemplated(value) || value === '|' || value === '>' || /\s/.test(value)) return;
    out.push({ reference: value, source: { file, line: i + 1 }, how: 'template' });
  });
  return out;
}

/** Arch pins in template text: `kubernetes.io/arch: amd64` and `key: kubernetes.io/arch` expressions. */
export function scanTemplatePins(text: string, file: string): ArchPin[] {
  const lines = text.split(/\r?\n/);
  const pins: ArchPin[] = [];
  let affinity: string | undefined;
  lines.forEach((line, i) => {
    const kind = AFFINITY_KIND.exec(line);
    if (kind) affinity = kind[1];
    const sel = SELECTOR_LINE.exec(line);
    if (sel && !isTemplated(line)) {
      pins.push({ file, line: i + 1, key: sel[1], kind: 'nodeSelector', values: [sel[2]] });
      return;
    }
    const key = KEY_LINE.exec(line);
    if (!key || affinity === 'preferred' || !ARCH_LABELS.has(key[2])) return;
    let op: string | undefined;
    let values: string[] | undefined;
    // The operator and values sit beside the key, within a few lines.
    for (let j = i + 1; j < Math.min(lines.length, i + 12) && (!op || !values); j++) {
      const l = lines[j];
      if (KEY_LINE.test(l) || /^\s*-\s+key:/.test(l)) break;
      const o = OPERATOR_LINE.exec(l);
      if (o) op = o[1];
      const inline = VALUES_INLINE.exec(l);
      if (inline) values = inline[1].split(',').map(unquote).filter(Boolean);
      else if (VALUES_BLOCK.test(l)) {
        values = [];
        for (let k = j + 1; k < lines.length; k++) {
          const item = LIST_ITEM.exec(lines[k]);
          if (!item) break;
          values.push(item[1]);
          j = k;
        }
      }
    }
    if ((op === 'In' || op === 'NotIn') && values && !values.some(isTemplated)) {
      pins.push({ file, line: i + 1, key: key[2], kind: op, values });
    }
  });
  return pins;
}
