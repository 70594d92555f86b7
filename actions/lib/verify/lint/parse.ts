// A Dockerfile parser that keeps the physical line of every piece, the way BuildKit reads the
// file: parser directives, `\` (or `# escape=`) continuations, comment lines inside them,
// heredocs on RUN/COPY/ADD, leading `--flags`, and JSON forms that fall back to shell form.

/** One physical line's share of an instruction's arguments (1-based line). */
export interface SourceLine {
  line: number;
  text: string;
}

export interface Heredoc {
  name: string;
  /** Line of the `<<NAME` marker. */
  line: number;
  body: SourceLine[];
}

export interface Flag {
  name: string;
  value: string;
  line: number;
}

export interface Instruction {
  /** Upper case: `From` and `from` are FROM. */
  keyword: string;
  line: number;
  endLine: number;
  flags: Flag[];
  /** Arguments after the flags, per physical line; comment lines inside continuations are gone. */
  lines: SourceLine[];
  /** The arguments joined as Docker joins them. */
  args: string;
  /** Set when the arguments are a valid JSON array of strings; otherwise Docker takes shell form. */
  json?: string[];
  heredocs: Heredoc[];
}

export interface Dockerfile {
  /** `syntax`, `escape` and `check`, lower-cased keys. */
  directives: Record<string, string>;
  escape: string;
  instructions: Instruction[];
}

const DIRECTIVE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const COMMENT = /^[ \t]*#/;
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const HEREDOC = /(?<!<)<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2/g;

function readDirectives(lines: string[]): { directives: Record<string, string>; next: number } {
  const directives: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const m = DIRECTIVE.exec(lines[i]);
    const key = m?.[1].toLowerCase();
    if (!m || !key || !KNOWN_DIRECTIVES.has(key) || key in directives) break;
    directives[key] = m[2];
  }
  return { directives, next: i };
}

function continues(text: string, escape: string): boolean {
  const t = text.replace(/[ \t]+$/, '');
  if (!t.endsWith(escape)) return false;
  // An escaped escape (`\\`) at the end is a literal, not a continuation.
  let n = 0;
  for (let k = t.length - 1; k >= 0 && t[k] === escape; k--) n++;
  return n % 2 === 1;
}

function stripContinuation(text: string, escape: string): string {
  return text.replace(/[ \t]+$/, '').slice(0, -escape.length);
}

/** Takes leading `--name=value` words off the first argument lines. */
function takeFlags(lines: SourceLine[]): Flag[] {
  const flags: Flag[] = [];
  for (const l of lines) {
    let rest = l.text.replace(/^[ \t]+/, '');
    let m: RegExpExecArray | null;
    while ((m = /^--([A-Za-z][\w-]*)(?:=(\S*))?(?:[ \t]+|$)/.exec(rest))) {
      flags.push({ name: m[1].toLowerCase(), value: m[2] ?? '', line: l.line });
      rest = rest.slice(m[0].length);
    }
    l.text = rest;
    if (rest.trim()) break;
  }
  return flags;
}

function jsonForm(args: string): string[] | undefined {
  const t = args.trim();
  if (!t.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(t);
    return Array.isArray(v) && v.every(s => typeof s === 'string') ? (v as string[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the heredoc bodies that follow line `from` (0-based); returns them and the next line. */
function readHeredocs(
  args: string,
  markerLine: number,
  lines: string[],
  from: number
): { heredocs: Heredoc[]; next: number } {
  const heredocs: Heredoc[] = [];
  let i = from;
  for (const m of args.matchAll(HEREDOC)) {
    const strip = m[1] === '-';
    const body: SourceLine[] = [];
    for (; i < lines.length; i++) {
      const text = strip ? lines[i].replace(/^\t+/, '') : lines[i];
      if (text === m[3]) {
        i++;
        break;
      }
      body.push({ line: i + 1, text });
    }
    heredocs.push({ name: m[3], line: markerLine, body });
  }
  return { heredocs, next: i };
}

/** One instruction starting at line index `start`; returns it and the index after it. */
function readInstruction(
  lines: string[],
  start: number,
  escape: string
): { ins?: Instruction; next: number } {
  const head = /^[ \t]*([A-Za-z]+)(?:[ \t]+|$)(.*)$/.exec(lines[start]);
  const parts: SourceLine[] = [];
  let text = head ? head[2] : lines[start];
  let i = start;
  while (continues(text, escape) && i + 1 < lines.length) {
    parts.push({ line: i + 1, text: stripContinuation(text, escape) });
    i++;
    while (i + 1 < lines.length && (COMMENT.test(lines[i]) || !lines[i].trim())) i++;
    text = lines[i];
  }
  parts.push({ line: i + 1, text: continues(text, escape) ? stripContinuation(text, escape) : text });
  if (!head) return { next: i + 1 };
  const keyword = head[1].toUpperCase();
  const flags = takeFlags(parts);
  const argLines = parts.filter(p => p.text.trim());
  const args = argLines
    .map(p => p.text)
    .join(' ')
    .trim();
  const json = jsonForm(args);
  let next = i + 1;
  let heredocs: Heredoc[] = [];
  if (HEREDOC_KEYWORDS.has(keyword) && !json && args.includes('<<')) {
    ({ heredocs, next } = readHeredocs(args, start + 1, lines, next));
  }
  const endLine = Math.max(i + 1, next);
  const ins: Instruction = { keyword, line: start + 1, endLine, flags, lines: argLines, args, heredocs };
  if (json) ins.json = json;
  return { ins, next };
}

export function parseDockerfile(text: string): Dockerfile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { directives, next } = readDirectives(lines);
  const escape = directives.escape === '`' ? '`' : '\\';
  const instructions: Instruction[] = [];
  for (let i = next; i < lines.length;) {
    if (COMMENT.test(lines[i]) || !lines[i].trim()) {
      i++;
      continue;
    }
    const r = readInstruction(lines, i, escape);
    if (r.ins) instructions.push(r.ins);
    i = r.next;
  }
  return { directives, escape, instructions };
}

/** The value of a flag (`--platform`), or undefined. */
export function flag(ins: Instruction, name: string): Flag | undefined {
  return ins.flags.find(f => f.name === name);
}
