// Text from outside (registry bodies, manifests, labels, files, tool output) on its way to a log.
// The GitHub runner reads every line of a step's stdout and stderr as a possible command: a line
// ends at \n, \r or \r\n, and after its leading white space, `::name …::` or `##[name]` is a
// command (`::error`, `::add-mask::`, `::stop-commands::`). So every line that starts so is
// prefixed with a backslash, a visible character that no trimming or comparison skips.
// toolkit.ts and the CLI console apply it to everything they print; code never writes to
// stdout or stderr itself (test/unit/untrusted.test.ts checks that).
import { StringDecoder } from 'node:string_decoder';

/** What a line from outside is prefixed with when it could be read as a runner command. */
export const COMMAND_ESCAPE = '\\';

const LINE_BREAK = /\r\n|\r|\n/;
// White space as .NET's TrimStart sees it, plus what a culture-aware comparison ignores
// (format characters, combining marks), so no invisible character can hide a command.
const INVISIBLE = '[\\s\\p{Z}\\p{Cc}\\p{Cf}\\p{Mn}\\p{Me}\\u115f\\u1160\\u3164\\uffa0]';
const COMMAND_START = new RegExp(`^${INVISIBLE}*(::|##\\[)`, 'u');
// Controls a terminal acts on (cursor moves, clearing, bell), but colours (SGR) and tab stay.
// eslint-disable-next-line no-control-regex
const CONTROL = /\x1b\[[0-9;]*m|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
const COMMAND_AFTER_BREAK = new RegExp(`(^|\\r\\n|\\r|\\n)(?=(?:(?![\\r\\n])${INVISIBLE})*(::|##\\[))`, 'gu');

const hex = (c: string): string => (c.length > 1 ? c : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/** One line from outside, safe to print at the start of a log line. */
function guardLine(line: string): string {
  const visible = line.replace(CONTROL, hex);
  return COMMAND_START.test(visible) ? COMMAND_ESCAPE + visible : visible;
}

/**
 * Text from outside, safe to print: its lines stay lines (a lone \r becomes \n), and none of
 * them can be read as a runner command or move a terminal's cursor.
 */
export function untrusted(text: string): string {
  return String(text).split(LINE_BREAK).map(guardLine).join('\n');
}

/**
 * The last guard before stdout or stderr: a line that could be read as a runner command is
 * escaped, and nothing else changes (line breaks, colours). For text already built, such as
 * the CLI's terminal log; text from outside goes through untrusted() or oneLine() first.
 */
export function escapeCommands(text: string): string {
  return String(text).replace(COMMAND_AFTER_BREAK, `$1${COMMAND_ESCAPE}`);
}

/**
 * A field that must stay on one line (a media type, a label, a registry's error message in a
 * progress line): line breaks are shown as `\n`, `\r`, and the rest as untrusted() does.
 */
export function oneLine(text: string): string {
  return guardLine(
    String(text)
      .replace(/\r/g, '\\r')
      .replace(/\n/g, '\\n')
      .replace(/[\u2028\u2029\u0085]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  );
}

/** At most `max` characters of a field from outside, on one line, with how much was left out. */
export function clip(text: string, max = 200): string {
  const line = oneLine(text);
  return line.length <= max ? line : `${line.slice(0, max)}… (${line.length - max} more characters)`;
}

/**
 * A list in a message: the first `max` items, then "and N more". The full list belongs in the
 * report, not in a log line or an annotation.
 */
export function listSome(items: readonly string[], max = 5, separator = ', '): string {
  if (items.length <= max) return items.join(separator);
  return `${items.slice(0, max).join(separator)}${separator}and ${items.length - max} more`;
}

/**
 * A stream of tool output, handed on line by line through untrusted(): a line is only judged
 * once it is whole, so a command split over two chunks is still caught. A line longer than
 * `maxLine` is cut (the rest of it is dropped up to its end).
 */
export class LineGuard {
  private pending = '';
  private dropping = false;
  private readonly decoder = new StringDecoder('utf8');

  /** `write` gets each line without its line break. */
  constructor(
    private readonly write: (line: string) => void,
    private readonly maxLine = 64 * 1024
  ) {}

  push(chunk: string | Buffer): void {
    let text = this.pending + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    this.pending = '';
    let m: RegExpExecArray | null;
    while ((m = LINE_BREAK.exec(text)) && !(m[0] === '\r' && m.index === text.length - 1)) {
      this.emit(text.slice(0, m.index));
      text = text.slice(m.index + m[0].length);
    }
    if (this.dropping) return;
    if (text.length > this.maxLine) {
      this.write(`${untrusted(text.slice(0, this.maxLine))}… (line cut)`);
      this.dropping = true;
      return;
    }
    this.pending = text;
  }

  private emit(line: string): void {
    if (this.dropping) this.dropping = false;
    else this.write(untrusted(line));
  }

  end(): void {
    const rest = this.pending + this.decoder.end();
    if (rest && !this.dropping) this.write(untrusted(rest));
    this.pending = '';
    this.dropping = false;
  }
}
