import { ActionSpec, InputSpec } from './spec';

/** A mistake on the command line: exit code 2, with the usage hint. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ParsedArgs {
  /** Input name → value, only for the flags given. */
  inputs: Record<string, string>;
  /** Inputs given as `--name` (not only as bare arguments). */
  flagged: string[];
  json: boolean;
  /** `--format markdown`: stdout holds only the command's `matrix` output. */
  markdown: boolean;
  help: boolean;
  verbose: boolean;
  summaryFile?: string;
}

/** CLI-only flags, shared by every subcommand. */
export const GLOBAL_FLAGS: Array<[string, string]> = [
  ['--json', 'print the outputs as one JSON object on stdout (logs go to stderr)'],
  ['--format markdown', 'print the support matrix as Markdown on stdout (verify; logs go to stderr)'],
  ['--summary-file PATH', 'keep the job summary (markdown/HTML) the action writes'],
  ['--verbose', 'show debug lines'],
  ['--help, -h', 'show this help']
];

export const isBoolean = (input: InputSpec): boolean => input.default === 'true' || input.default === 'false';

/** The closest flag name, for "did you mean". */
function suggest(name: string, names: string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(
          d[i - 1][j] + 1,
          d[i][j - 1] + 1,
          d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
        );
      }
    }
    return d[a.length][b.length];
  };
  const best = names.map(n => ({ n, d: distance(name, n) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? best.n : undefined;
}

/**
 * The value of `--name` written without `=`: the next word, or `true` for a boolean flag followed
 * by another flag or nothing. A boolean flag takes no other bare word than its choices.
 */
function valueAfter(name: string, input: InputSpec, next: string | undefined): string {
  if (!isBoolean(input)) {
    if (next === undefined) throw new UsageError(`--${name} needs a value`);
    return next;
  }
  if (next === undefined || next.startsWith('-')) return 'true';
  const words = input.choices ?? ['true', 'false'];
  // `--deep maybe` must not check an image called maybe.
  if (!words.includes(next))
    throw new UsageError(
      `--${name} is ${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}, not "${next}" (write --${name}=true, or put bare arguments before the flags)`
    );
  return next;
}

/**
 * Maps `--kebab-name value` (or `--kebab-name=value`) to the action input of the same name.
 * A boolean input also takes a bare `--name` (true) or `--no-name` (false); a repeated flag
 * adds lines, as a multi-line input would in a workflow. `positional` names the input that
 * bare arguments go to (for example the images of `verify`).
 */
export function parseArgs(
  spec: ActionSpec,
  argv: string[],
  opts: { hidden?: string[]; positional?: string; flagNames?: Record<string, string> } = {}
): ParsedArgs {
  const hidden = new Set(opts.hidden ?? []);
  // Keyed by flag: an input's own name unless the command renames it.
  const inputs = new Map(
    spec.inputs.filter(i => !hidden.has(i.name)).map(i => [opts.flagNames?.[i.name] ?? i.name, i])
  );
  const parsed: ParsedArgs = {
    inputs: {},
    flagged: [],
    json: false,
    markdown: false,
    help: false,
    verbose: false
  };
  const add = (name: string, value: string): void => {
    parsed.inputs[name] = name in parsed.inputs ? `${parsed.inputs[name]}\n${value}` : value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--json') parsed.json = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const format = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (format === 'json') parsed.json = true;
      else if (format === 'markdown') parsed.markdown = true;
      else if (format !== 'text')
        throw new UsageError(`--format takes text, json or markdown, not "${format ?? ''}"`);
    } else if (arg === '--verbose' || arg === '-v') parsed.verbose = true;
    else if (arg === '--summary-file' || arg.startsWith('--summary-file=')) {
      parsed.summaryFile = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!parsed.summaryFile) throw new UsageError('--summary-file needs a path');
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      let name = arg.slice(2, eq < 0 ? undefined : eq);
      let value: string | undefined = eq < 0 ? undefined : arg.slice(eq + 1);
      let input = inputs.get(name);
      if (
        !input &&
        name.startsWith('no-') &&
        inputs.get(name.slice(3)) &&
        isBoolean(inputs.get(name.slice(3))!)
      ) {
        if (value !== undefined) throw new UsageError(`--${name} takes no value`);
        name = name.slice(3);
        input = inputs.get(name);
        value = 'false';
      }
      if (!input) {
        const hint = suggest(name, [...inputs.keys()]);
        throw new UsageError(`unknown flag --${name}${hint ? ` (did you mean --${hint}?)` : ''}`);
      }
      if (value === undefined) {
        value = valueAfter(name, input, argv[i + 1]);
        if (value === argv[i + 1]) i++;
      }
      add(input.name, value);
      parsed.flagged.push(input.name);
    } else if (opts.positional) {
      add(opts.positional, arg);
    } else {
      throw new UsageError(`unexpected argument "${arg}" (flags are --name value)`);
    }
  }
  return parsed;
}
