// Expands one Dockerfile word (an ARG value, a FROM image) the way BuildKit's shell lexer does:
// quotes removed, the escape character honoured, `$VAR` and every `${VAR...}` form, and a
// variable that is not set expands to nothing, as it does in a real build.

export interface Expanded {
  value: string;
  /** Variables read with no value and no default: the word depends on a build argument not given. */
  unset: string[];
}

/** A word BuildKit refuses to expand (`${}`, an unclosed quote, `${X:?}` on an unset X). */
export class WordError extends Error {}

const SPECIAL = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
const REGEX_SPECIAL = new Set(['[', ']', '{', '}', '.', '+', '(', ')', '|', '^', '$']);

class Lexer {
  private i = 0;
  readonly unset = new Set<string>();

  constructor(
    private readonly s: string,
    private readonly vars: ReadonlyMap<string, string>,
    private readonly escape: string
  ) {}

  private peek(): string | undefined {
    return this.s[this.i];
  }

  private next(): string | undefined {
    return this.s[this.i++];
  }

  /** Reads up to `stop` (consumed) or the end; `raw` keeps escape characters (patterns need them). */
  word(stop?: string, raw = false): string {
    let out = '';
    for (let ch = this.peek(); ch !== undefined; ch = this.peek()) {
      if (ch === stop) {
        this.i++;
        return out;
      }
      if (ch === "'") out += this.single();
      else if (ch === '"') out += this.double(raw);
      else if (ch === '$') out += this.dollar();
      else {
        this.i++;
        if (ch === this.escape) {
          if (raw) out += ch;
          const escaped = this.next();
          if (escaped === undefined) break;
          out += escaped;
        } else out += ch;
      }
    }
    if (stop !== undefined) throw new WordError(`no closing ${stop}`);
    return out;
  }

  private single(): string {
    this.i++;
    const end = this.s.indexOf("'", this.i);
    if (end < 0) throw new WordError('no closing single quote');
    const body = this.s.slice(this.i, end);
    this.i = end + 1;
    return body;
  }

  private double(raw: boolean): string {
    this.i++;
    let out = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) throw new WordError('no closing double quote');
      if (ch === '"') {
        this.i++;
        return out;
      }
      if (ch === '$') {
        out += this.dollar();
        continue;
      }
      this.i++;
      if (ch !== this.escape) {
        out += ch;
        continue;
      }
      if (raw) out += ch;
      const after = this.peek();
      // Only `"`, `$` and the escape itself can be escaped inside double quotes.
      if (after === '"' || after === '$' || after === this.escape) out += this.next();
      else if (after !== undefined) out += ch;
    }
  }

  private name(): string {
    const rest = this.s.slice(this.i);
    const m = /^\d+/.exec(rest) ?? (SPECIAL.has(rest[0]) ? [rest[0]] : /^[\p{L}\p{N}_]*/u.exec(rest));
    const name = m?.[0] ?? '';
    this.i += name.length;
    return name;
  }

  private get(name: string, track: boolean): string | undefined {
    const v = this.vars.get(name);
    if (v === undefined && track) this.unset.add(name);
    return v;
  }

  private dollar(): string {
    this.i++;
    if (this.peek() !== '{') {
      const name = this.name();
      return name ? (this.get(name, true) ?? '') : '$';
    }
    this.i++;
    const first = this.peek();
    if (first === undefined || first === '{' || first === '}' || first === ':') {
      throw new WordError('bad substitution');
    }
    const name = this.name();
    let op = this.next();
    if (op === '}') return this.get(name, true) ?? '';
    if (op === '/') return this.replace(name);
    const colon = op === ':';
    if (colon) op = this.next();
    if (op === undefined || !'+-?#%'.includes(op) || (colon && '#%'.includes(op))) {
      throw new WordError(`unsupported modifier in \${${name}${colon ? ':' : ''}${op ?? ''}`);
    }
    return this.modify(name, op, colon);
  }

  private modify(name: string, op: string, colon: boolean): string {
    const word = this.word('}', op === '#' || op === '%');
    const value = this.get(name, op !== '-' && op !== '+');
    const missing = value === undefined || (colon && value === '');
    if (op === '-') return missing ? word : (value ?? '');
    if (op === '+') return missing ? '' : word;
    if (op === '?') {
      if (missing) throw new WordError(`${name}: ${word || 'is not allowed to be unset or empty'}`);
      return value ?? '';
    }
    const greedy = word[0] === op;
    const pattern = greedy ? word.slice(1) : word;
    if (op === '#') return trimPrefix(pattern, value ?? '', greedy);
    return reverse(trimPrefix(reversePattern(pattern), reverse(value ?? ''), greedy));
  }

  private replace(name: string): string {
    const all = this.peek() === '/';
    if (all) this.i++;
    const pattern = this.word('/', true);
    const replacement = this.word('}', true);
    const value = this.get(name, true) ?? '';
    const re = patternRegex(pattern, true, false, all);
    return value.replace(re, () => replacement);
  }
}

/** A shell pattern (`*`, `?`, `\x`) as a regular expression; shortest match unless greedy. */
function patternRegex(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  let out = anchored ? '^' : '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') out += greedy ? '.*' : '.*?';
    else if (ch === '?') out += '.';
    else if (ch === '\\') {
      // `\}` and `\/` only protect the closing characters of `${...}`.
      if (pattern[i + 1] === '}' || pattern[i + 1] === '/') continue;
      const e = pattern[++i];
      if (e !== '*' && e !== '?' && e !== '\\') throw new WordError(`invalid escape \\${e ?? ''} in pattern`);
      out += `\\${e}`;
    } else out += REGEX_SPECIAL.has(ch) ? `\\${ch}` : ch;
  }
  return new RegExp(out, global ? 'gsu' : 'su');
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = patternRegex(pattern, greedy, true).exec(value);
  return m ? value.slice(m[0].length) : value;
}

function reverse(s: string): string {
  return [...s].reverse().join('');
}

/** Reverses a pattern but keeps each `\x` escape in front of its character. */
function reversePattern(pattern: string): string {
  const tokens: string[] = [];
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    tokens.push(chars[i] === '\\' && i < chars.length - 1 ? chars[i] + chars[++i] : chars[i]);
  }
  return tokens.reverse().join('');
}

/** Expands `word` with `vars`; throws WordError where BuildKit fails the build. */
export function expandWord(word: string, vars: ReadonlyMap<string, string>, escape = '\\'): Expanded {
  const lexer = new Lexer(word, vars, escape);
  const value = lexer.word();
  return { value, unset: [...lexer.unset] };
}
