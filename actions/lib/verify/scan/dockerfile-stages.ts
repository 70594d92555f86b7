// The stages a BuildKit build of one target reaches: it loads the images of those alone.
import { Dockerfile, flag, Instruction } from '../lint/parse';
import { expandWord, WordError } from './shell-word';

/** The `from=` of each `RUN --mount` (a comma-separated list of key=value). */
export function mountSources(ins: Instruction): string[] {
  return ins.flags
    .filter(f => f.name === 'mount')
    .flatMap(f => f.value.split(','))
    .map(kv => /^\s*"?from=(.*?)"?\s*$/i.exec(kv)?.[1])
    .filter((v): v is string => v !== undefined && v !== '');
}

interface Span {
  index: number;
  /** Lower case, as FROM and COPY --from compare it. */
  name?: string;
  from: Instruction;
  body: Instruction[];
}

function spansOf(dockerfile: Dockerfile): Span[] {
  const spans: Span[] = [];
  for (const ins of dockerfile.instructions) {
    if (ins.keyword === 'FROM') {
      const words = ins.args.split(/\s+/).filter(Boolean);
      const name = words.length >= 3 && words[1].toLowerCase() === 'as' ? words[2].toLowerCase() : undefined;
      spans.push({ index: spans.length, name, from: ins, body: [] });
    } else spans[spans.length - 1]?.body.push(ins);
  }
  return spans;
}

/** The stages one stage reads: its base when that names an earlier stage, and COPY --from / mount from=. */
function sources(spans: Span[], s: Span, vars: Map<string, string>, escape: string): Span[] {
  const out: Span[] = [];
  const written = s.from.args.split(/\s+/).filter(Boolean)[0] ?? '';
  let base = '';
  try {
    base = expandWord(written, vars, escape).value.toLowerCase();
  } catch (err) {
    if (!(err instanceof WordError)) throw err;
  }
  const earlier = spans.slice(0, s.index).reverse();
  const parent = earlier.find(p => p.name === base);
  if (parent) out.push(parent);
  for (const ins of s.body) {
    const refs = mountSources(ins);
    const from = ins.keyword === 'COPY' ? flag(ins, 'from')?.value : undefined;
    if (from) refs.push(from);
    for (const ref of refs) {
      const hit = /^\d+$/.test(ref) ? spans[Number(ref)] : spans.find(p => p.name === ref.toLowerCase());
      if (hit) out.push(hit);
    }
  }
  return out;
}

/**
 * The FROM lines of the stages a build of `target` ('' for the last stage) reaches with these
 * global variables, and the line where each stage ends; undefined when no stage has that name.
 */
export function reachedStageLines(
  dockerfile: Dockerfile,
  target: string,
  vars: Map<string, string>
): ((line: number) => boolean) | undefined {
  const spans = spansOf(dockerfile);
  const start = target ? spans.find(s => s.name === target.toLowerCase()) : spans[spans.length - 1];
  if (!start) return undefined;
  const reached = new Set<Span>([start]);
  const queue = [start];
  for (let s = queue.pop(); s; s = queue.pop())
    for (const src of sources(spans, s, vars, dockerfile.escape))
      if (!reached.has(src)) {
        reached.add(src);
        queue.push(src);
      }
  // A line belongs to the last stage whose FROM is at or above it.
  return line => {
    const at = [...spans].reverse().find(s => s.from.line <= line);
    return !!at && reached.has(at);
  };
}
