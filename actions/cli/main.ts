import { writeInputFile, writePath } from '../lib/core/paths';
import { isExpected } from '../lib/core/errors';
import { VERIFY_PLATFORMS } from '../lib/core/specs.generated';
import { parseArgs, ParsedArgs, UsageError } from './args';
import { Command, findCommand, flagOf, hiddenInputs } from './commands';
import { TerminalLog } from './console';
import { decodeOutputs, execute, exitCodeOf, ExitCode, Io } from './execute';
import { commandHelp, mainHelp } from './help';
import { ActionResult } from './runner';
import { escapeCommands } from '../lib/core/untrusted';

// The CLI's own flag (not an action input): where the job summary goes.
const SUMMARY_FILE = 'summary-file';

// Bound now, before any capture of process.stdout, so the log never writes into itself.
const defaultIo = (): Io => {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  return {
    stdout: s => void out(escapeCommands(s)),
    stderr: s => void err(escapeCommands(s)),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  };
};

// The output that says the whole run in one line: printed last, after the other outputs.
const VERDICT = VERIFY_PLATFORMS.outputs.verdict;

/**
 * The outputs that read as one line (ok, checked, digest, report, …). JSON values and Markdown
 * (missing, findings, matrix) are what --json and --format markdown are for: they are named, not printed.
 */
function humanOutputs(cmd: Command, result: ActionResult): string {
  const decoded = decodeOutputs(result.outputs);
  const order = [...cmd.spec.outputs.map(o => o.name), ...Object.keys(decoded)];
  const lines: string[] = [];
  const structured: string[] = [];
  for (const name of [...new Set(order)]) {
    if (!(name in decoded) || result.outputs[name] === '' || (cmd.outputs && !cmd.outputs.includes(name)))
      continue;
    if (name === VERDICT) continue;
    const v = decoded[name];
    if (typeof v === 'object' || String(v).includes('\n')) structured.push(name);
    else lines.push(`${name}: ${String(v)}`);
  }
  if (structured.length) lines.push(`(--json prints ${structured.join(', ')} too)`);
  return lines.length ? `\n${lines.join('\n')}\n` : '';
}

/**
 * An action's message in the words of the command line: `Input "chart"` becomes `--chart`, and the
 * input that bare arguments fill is named as those arguments unless its flag was given.
 */
export function cliWords(message: string, cmd: Command, args?: ParsedArgs): string {
  const known = new Set(cmd.spec.inputs.map(i => i.name));
  const flag = (name: string) => `--${flagOf(cmd, name)}`;
  return message
    .replace(/\bInput "([a-z0-9-]+)"/g, (_, name: string) =>
      name === cmd.positional && !args?.flagged.includes(name)
        ? `The ${name.toUpperCase()} argument`
        : flag(name)
    )
    .replace(/\bthe inputs ((?:[a-z0-9-]+(?:, | or ))+[a-z0-9-]+)/g, (all, list: string) => {
      const names = list.split(/, | or /);
      if (!names.every(n => known.has(n))) return all;
      return `the flags ${names.slice(0, -1).map(flag).join(', ')} or ${flag(names[names.length - 1])}`;
    })
    .replace(/\bthe ([a-z0-9-]+) input\b/g, (all, name: string) =>
      known.has(name) ? `the ${flag(name)} flag` : all
    );
}

/** What one run of a command came to: its result (if it ran), exit code and error message. */
interface Outcome {
  result?: ActionResult;
  code: ExitCode;
  error?: string;
}

/** The command and its parsed flags, or the exit code when there is nothing to run. */
function parseCommand(argv: string[], io: Io): { cmd: Command; args: ParsedArgs } | ExitCode {
  const [first, ...more] = argv;
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(mainHelp());
    return first ? 0 : 2;
  }
  // A command of two words (perf compare) takes both.
  const pair = more.length ? findCommand(`${first} ${more[0]}`) : undefined;
  const name = pair ? pair.name : first;
  const rest = pair ? more.slice(1) : more;
  const cmd = pair ?? findCommand(name);
  if (!cmd) {
    io.stderr(`arch-actions: unknown command "${name}"\n\n${mainHelp()}`);
    return 2;
  }
  let args: ParsedArgs;
  try {
    args = parseArgs(cmd.spec, rest, {
      hidden: hiddenInputs(cmd),
      positional: cmd.positional,
      flagNames: cmd.flagNames
    });
  } catch (err) {
    io.stderr(
      `arch-actions ${name}: ${(err as Error).message}\nRun "arch-actions ${name} --help" for the flags.\n`
    );
    return 2;
  }
  if (args.help) {
    io.stdout(commandHelp(cmd));
    return 0;
  }
  if (args.markdown && !cmd.spec.outputs.some(o => o.name === VERIFY_PLATFORMS.outputs.matrix)) {
    io.stderr(`arch-actions ${name}: --format markdown prints a support matrix, which only verify makes\n`);
    return 2;
  }
  return { cmd, args };
}

/** Runs the command, then keeps its job summary where --summary-file says. */
async function runCommand(cmd: Command, args: ParsedArgs, log: TerminalLog, io: Io): Promise<Outcome> {
  const o: Outcome = { code: 0 };
  try {
    // Checked before the run, so a bad path costs no build.
    if (args.summaryFile) writePath(SUMMARY_FILE, args.summaryFile, 'file');
    o.result = await execute(cmd, args, log);
    if (o.result.failed) o.code = 1;
    if (o.result.error !== undefined) throw o.result.error;
  } catch (err) {
    o.code = exitCodeOf(err);
    o.error = err instanceof Error ? err.message : String(err);
    // A bug (not a user mistake or failed check) keeps its stack, as runAction does.
    if (!isExpected(err) && !(err instanceof UsageError) && err instanceof Error && err.stack)
      io.stderr(`${err.stack}\n`);
  }
  if (args.summaryFile && o.result) {
    try {
      writeInputFile(SUMMARY_FILE, args.summaryFile, o.result.summary);
    } catch (err) {
      io.stderr(`arch-actions ${cmd.name}: ${(err as Error).message}\n`);
      o.code = o.code || 2;
    }
  }
  return o;
}

/**
 * Prints the outcome: the support matrix (--format markdown), one JSON document (--json) or text,
 * whose last line is the verdict when the command gives one (it holds the failure of a check).
 */
function printOutcome(cmd: Command, args: ParsedArgs, o: Outcome, io: Io): void {
  const verdict = o.result?.outputs[VERDICT];
  const failed = (): void => {
    if (o.error && !(verdict && o.code === 1))
      io.stderr(
        `arch-actions ${cmd.name}: ${o.code === 2 ? 'bad usage: ' : ''}${cliWords(o.error, cmd, args)}\n`
      );
    if (verdict)
      (o.code === 0 && !args.markdown ? io.stdout : io.stderr)(`arch-actions ${cmd.name}: ${verdict}\n`);
  };
  if (args.markdown) {
    if (o.result?.outputs.matrix) io.stdout(`${o.result.outputs.matrix}\n`);
    failed();
  } else if (args.json) {
    const doc = {
      command: cmd.name,
      ok: o.code === 0,
      exitCode: o.code,
      ...(o.error ? { error: o.error } : {}),
      outputs: decodeOutputs(o.result?.outputs ?? {})
    };
    io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    if (o.result) io.stdout(humanOutputs(cmd, o.result));
    failed();
  }
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<ExitCode> {
  const parsed = parseCommand(argv, io);
  if (typeof parsed === 'number') return parsed;
  const { cmd, args } = parsed;
  // With --json (or --format markdown) the log goes to stderr, so stdout holds one document.
  const quiet = args.json || args.markdown;
  const log = new TerminalLog({
    verbose: args.verbose,
    write: quiet ? io.stderr : io.stdout,
    color: io.color && !quiet
  });
  const outcome = await runCommand(cmd, args, log, io);
  printOutcome(cmd, args, outcome, io);
  return outcome.code;
}
