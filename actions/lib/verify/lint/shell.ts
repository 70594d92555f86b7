// Just enough shell to find the commands of a RUN line and where each word sits: quotes,
// `$(...)`, backslash escapes, and the operators that start a new command.
import { Instruction, SourceLine } from './parse';

export interface Word {
  /** Quotes and escapes removed; `$VAR` kept as written. */
  text: string;
  line: number;
}

export interface Command {
  /** Basename of the program (`/usr/local/go/bin/go` → `go`), after `sudo`, `env` and assignments. */
  name: string;
  args: Word[];
  /** `NAME=value` words before the program (`CGO_ENABLED=0 go build`). */
  assigns: Word[];
  line: number;
}

const OPERATORS = ['&&', '||', ';;', ';', '|', '&', '(', ')', '\n'];
const RESERVED = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'while',
  'until',
  '!',
  'time',
  '{',
  '}'
]);
const ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*=/;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

interface Token {
  text: string;
  line: number;
  op: boolean;
}

const OPERATOR_START = new Set(OPERATORS.map(op => op[0]));

function operatorAt(s: string, i: number): string | undefined {
  return OPERATOR_START.has(s[i]) ? OPERATORS.find(op => s.startsWith(op, i)) : undefined;
}

/** Splits lines into words and operators. `newlineIsOperator`: heredoc scripts, one command a line. */
export function tokenize(lines: SourceLine[], newlineIsOperator = false): Token[] {
  const out: Token[] = [];
  let word = '';
  let wordLine = 0;
  let quote = '';
  let depth = 0;
  const flush = () => {
    if (wordLine) out.push({ text: word, line: wordLine, op: false });
    word = '';
    wordLine = 0;
  };
  const add = (c: string, line: number) => {
    if (!wordLine) wordLine = line;
    word += c;
  };
  for (let k = 0; k < lines.length; k++) {
    const { text, line } = lines[k];
    const joined = newlineIsOperator && /\\$/.test(text);
    const s = joined ? text.slice(0, -1) : text;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (quote === "'") {
        if (c === "'") quote = '';
        else add(c, line);
      } else if (c === '\\' && quote !== "'") {
        if (i + 1 < s.length) add(s[++i], line);
      } else if (c === '$' && s[i + 1] === '{' && s.indexOf('}', i) > 0) {
        const end = s.indexOf('}', i);
        add(s.slice(i, end + 1), line);
        i = end;
      } else if (c === '$' && s[i + 1] === '(') {
        depth++;
        add('$(', line);
        i++;
      } else if (depth > 0) {
        if (c === ')') depth--;
        add(c, line);
      } else if (quote === '"') {
        if (c === '"') quote = '';
        else add(c, line);
      } else if (c === '"' || c === "'") {
        quote = c;
        if (!wordLine) wordLine = line;
      } else if (c === ' ' || c === '\t') {
        flush();
      } else if (c === '#' && !wordLine) {
        break;
      } else {
        const op = operatorAt(s, i);
        if (!op || (op === '&' && word.endsWith('>'))) add(c, line);
        else {
          flush();
          out.push({ text: op, line, op: true });
          i += op.length - 1;
        }
      }
    }
    if (!quote && !depth && !joined) {
      flush();
      if (newlineIsOperator) out.push({ text: '\n', line, op: true });
    } else if (quote || depth) add('\n', line);
  }
  flush();
  return out;
}

function basename(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/** One simple command from its words; nested `sh -c '...'` scripts are returned too. */
function toCommands(words: Word[]): Command[] {
  let i = 0;
  while (i < words.length && RESERVED.has(words[i].text)) i++;
  const assigns: Word[] = [];
  for (;;) {
    while (i < words.length && ASSIGN.test(words[i].text)) assigns.push(words[i++]);
    const w = words[i]?.text;
    if (w === 'sudo' || w === 'env' || w === 'exec' || w === 'command' || w === 'nohup') {
      i++;
      while (i < words.length && words[i].text.startsWith('-')) i++;
      continue;
    }
    break;
  }
  if (i >= words.length)
    return assigns.length ? [{ name: '', args: [], assigns, line: assigns[0].line }] : [];
  const name = basename(words[i].text);
  const cmd: Command = { name, args: words.slice(i + 1), assigns, line: words[i].line };
  const out = [cmd];
  const script = SHELLS.has(name) ? cmd.args.findIndex(a => /^-[a-z]*c[a-z]*$/.test(a.text)) : -1;
  if (script >= 0 && cmd.args[script + 1]) {
    const s = cmd.args[script + 1];
    const nested = s.text.split('\n').map((text, k) => ({ line: s.line + k, text }));
    out.push(...commandsOf(tokenize(nested)));
  }
  return out;
}

function commandsOf(tokens: Token[]): Command[] {
  const out: Command[] = [];
  let words: Word[] = [];
  for (const t of tokens) {
    if (t.op) {
      out.push(...toCommands(words));
      words = [];
    } else words.push({ text: t.text, line: t.line });
  }
  out.push(...toCommands(words));
  return out;
}

/** True when a RUN's heredoc is its script (`RUN <<EOF`, `RUN bash -e <<EOF`), not data for a command. */
function heredocIsScript(ins: Instruction): boolean {
  const rest = ins.args
    .replace(/(?<!<)<<-?(["']?)[A-Za-z_][A-Za-z0-9_.-]*\1/g, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return !rest.length || (SHELLS.has(basename(rest[0])) && rest.slice(1).every(a => a.startsWith('-')));
}

/** The commands a RUN instruction runs (shell form, JSON form, and heredoc scripts). */
export function runCommands(ins: Instruction): Command[] {
  if (ins.json) {
    const words = ins.json.map(text => ({ text, line: ins.line }));
    return toCommands(words);
  }
  const out = commandsOf(tokenize(ins.lines));
  if (ins.heredocs.length && heredocIsScript(ins)) {
    for (const h of ins.heredocs) out.push(...commandsOf(tokenize(h.body, true)));
  }
  return out.filter(c => c.name && !c.name.startsWith('<<'));
}

const wordCache = new WeakMap<Instruction, Word[]>();

/** Every word of an instruction's arguments, with its line (heredoc bodies excluded). */
export function words(ins: Instruction): Word[] {
  let ws = wordCache.get(ins);
  if (!ws) {
    ws = tokenize(ins.lines)
      .filter(t => !t.op)
      .map(t => ({ text: t.text, line: t.line }));
    wordCache.set(ins, ws);
  }
  return ws;
}

/** The commands of a shell script file, one command a line after `\` continuations; comment lines skipped. */
export function scriptCommands(text: string): Command[] {
  const lines: SourceLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const last = lines[lines.length - 1];
    const open = last && last.text.endsWith('\\');
    if (open) last.text = `${last.text.slice(0, -1)} ${raw}`;
    else if (!/^\s*#/.test(raw)) lines.push({ line: i + 1, text: raw });
  });
  return commandsOf(tokenize(lines, true)).filter(c => c.name);
}
