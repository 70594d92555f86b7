// Turns the workflow commands that @actions/core prints (::group::, ::debug::, ::warning::,
// ::add-mask:: ...) into plain terminal text, with the time each phase took.

import { escapeCommands, untrusted } from '../lib/core/untrusted';

export interface ConsoleOptions {
  verbose: boolean;
  /** Where the readable log goes: stdout normally, stderr with --json. */
  write: (text: string) => void;
  color: boolean;
}

const unescapeData = (s: string): string =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

const unescapeProperty = (s: string): string => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** `file:line` from an annotation's properties (`file=a.yml,line=3`), the way compilers print. */
function location(props: string | undefined): string {
  const p = new Map(
    (props ?? '')
      .trim()
      .split(',')
      .map(kv => [kv.slice(0, kv.indexOf('=')), unescapeProperty(kv.slice(kv.indexOf('=') + 1))])
  );
  const file = p.get('file');
  return file ? `${file}${p.get('line') ? `:${p.get('line')}` : ''}` : '';
}

/** An annotation waiting for the next line: the same message at other places joins it. */
interface PendingNote {
  command: string;
  text: string;
  places: string[];
  indent: string;
}

const ANNOTATION_COLORS: Record<string, string> = { error: '31', warning: '33', notice: '0' };

export class TerminalLog {
  private buffer = '';
  private readonly secrets: string[] = [];
  /** Open groups; a header is printed with the first line inside it, so an empty group prints nothing. */
  private readonly groups: Array<{ name: string; start: number; shown: boolean }> = [];
  private pending?: PendingNote;

  private readonly opts: ConsoleOptions;

  constructor(opts: ConsoleOptions) {
    // The CLI may itself run in a workflow step: its terminal log is read by the runner too.
    this.opts = { ...opts, write: text => opts.write(escapeCommands(text)) };
  }

  private paint(code: string, text: string): string {
    return this.opts.color ? `\x1b[${code}m${text}\x1b[0m` : text;
  }

  /** Masked, then guarded (untrusted.ts): what it prints never reads as a runner command. */
  private mask(text: string): string {
    return untrusted(this.secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text));
  }

  /** Writes a line inside the open groups, printing the headers of those not shown yet. */
  private write(text: string): void {
    this.groups.forEach((g, depth) => {
      if (g.shown) return;
      g.shown = true;
      this.opts.write(`${'  '.repeat(depth)}${this.paint('1', `▶ ${g.name}`)}\n`);
    });
    this.opts.write(`${'  '.repeat(this.groups.length)}${text}\n`);
  }

  /** Prints the annotation that was waiting for others of the same message. */
  private settle(): void {
    const n = this.pending;
    if (!n) return;
    this.pending = undefined;
    const where = n.places.length ? `${n.places.join(', ')}: ` : '';
    // Later lines of a message (a lint fix) stay under the first one.
    const body = n.text.replace(/\n/g, `\n${n.indent}  `);
    this.write(this.paint(ANNOTATION_COLORS[n.command], `${where}${n.command}: ${body}`));
  }

  /** An annotation: the same message as the one before, at another place, is merged into it. */
  private note(command: string, props: string | undefined, text: string): void {
    const place = location(props);
    const p = this.pending;
    if (p && p.command === command && p.text === text && place && p.places.length) {
      p.places.push(place);
      return;
    }
    this.settle();
    this.pending = { command, text, places: place ? [place] : [], indent: '  '.repeat(this.groups.length) };
  }

  /** One complete line, translated. */
  line(raw: string): void {
    const m = raw.match(/^::([a-z-]+)( [^:]*)?::(.*)$/);
    if (m?.[1] !== 'add-mask' && !(m && ['warning', 'error', 'notice'].includes(m[1]))) this.settle();
    if (!m) {
      this.write(this.mask(raw));
      return;
    }
    const [, command, props, data] = m;
    const text = this.mask(unescapeData(data));
    switch (command) {
      case 'add-mask':
        this.secrets.push(unescapeData(data));
        return;
      case 'group':
        this.groups.push({ name: text, start: Date.now(), shown: false });
        return;
      case 'endgroup': {
        const g = this.groups.pop();
        if (g?.shown)
          this.opts.write(
            `${'  '.repeat(this.groups.length)}${this.paint('2', `  ${g.name}: ${((Date.now() - g.start) / 1000).toFixed(1)}s`)}\n`
          );
        return;
      }
      case 'debug':
        if (this.opts.verbose) this.write(this.paint('2', `debug: ${text}`));
        return;
      case 'warning':
      case 'error':
      case 'notice':
        this.note(command, props, text);
        return;
      default:
        // ::set-output, ::save-state, ::echo:: and the like mean nothing in a terminal.
        return;
    }
  }

  /** A chunk as written to stdout; complete lines are translated, the rest waits. */
  chunk(text: string): void {
    this.buffer += text;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      this.line(this.buffer.slice(0, nl).replace(/\r$/, ''));
      this.buffer = this.buffer.slice(nl + 1);
    }
  }

  flush(): void {
    if (this.buffer) this.line(this.buffer);
    this.buffer = '';
    this.settle();
  }
}

/**
 * Routes process.stdout through a TerminalLog until the returned function is called.
 * Returns the original stdout writer for the final result.
 */
export function captureStdout(log: TerminalLog): { restore: () => void; stdout: (s: string) => void } {
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    log.chunk(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const cb = rest.find(r => typeof r === 'function') as (() => void) | undefined;
    if (cb) cb();
    return true;
  }) as typeof process.stdout.write;
  return {
    restore: () => {
      log.flush();
      process.stdout.write = original;
    },
    stdout: (s: string) => {
      original(s);
    }
  };
}
