import * as os from 'node:os';
import { GLOBAL_FLAGS, isBoolean } from './args';
import type { InputSpec } from './spec';
import { BUILD_MULTIARCH, RUN_ARM64_E2E, VERIFY_PLATFORMS } from '../lib/core/specs.generated';
import { Command, COMMANDS, flagOf, hiddenInputs } from './commands';

export const EXIT_CODES =
  'Exit codes: 0 ok, 1 a check or build failed, 2 bad usage (unknown flag, bad input value).';

function columns(rows: Array<[string, string]>): string {
  const width = Math.min(34, Math.max(...rows.map(r => r[0].length)) + 2);
  return rows
    .map(([left, right]) =>
      left.length >= width ? `  ${left}\n  ${' '.repeat(width)}${right}` : `  ${left.padEnd(width)}${right}`
    )
    .join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, '; ').trim();
}

/** Inputs that mean something on a GitHub runner only, and what they do here. */
const E2E = RUN_ARM64_E2E.inputs;
const RUNNER_ONLY: Record<string, string> = {
  [VERIFY_PLATFORMS.inputs.summary.name]:
    'runner only: the job summary; here it is dropped unless --summary-file PATH keeps it',
  [E2E['artifact-name'].name]: `runner only: here the diagnostics stay in --${E2E['diagnostics-dir'].name}`,
  [BUILD_MULTIARCH.inputs.cache.name]: 'gha works on a runner only: it is the Actions cache'
};

/** `--lint [true|false|only]`, `--fail-on unknown|missing|never`, `--chart VALUE`. */
function flagUsage(name: string, i: InputSpec): string {
  const choices = i.choices ?? (isBoolean(i) ? ['true', 'false'] : undefined);
  if (isBoolean(i)) return `--${name} [${choices!.join('|')}]`;
  return `--${name} ${choices ? choices.join('|') : 'VALUE'}`;
}

/** An input's help text as a laptop user reads it: runner-only inputs marked, $RUNNER_TEMP named. */
function flagText(i: InputSpec): string {
  const here = (s: string) => s.replace(/\$RUNNER_TEMP/g, os.tmpdir());
  let text = here(oneLine(i.description));
  if (RUNNER_ONLY[i.name]) text += ` (${RUNNER_ONLY[i.name]})`;
  if (i.required) text += ' (required)';
  else if (i.default !== '') text += ` (default: ${here(oneLine(i.default))})`;
  return text;
}

export function commandHelp(cmd: Command): string {
  const flags: Array<[string, string]> = cmd.spec.inputs
    .filter(i => !hiddenInputs(cmd).includes(i.name))
    .map(i => [flagUsage(flagOf(cmd, i.name), i), flagText(i)]);
  const outputs: Array<[string, string]> = cmd.spec.outputs.map(o => [o.name, oneLine(o.description)]);
  const usage = `arch-actions ${cmd.name}${cmd.positional ? ` [${cmd.positional.toUpperCase()}...]` : ''} [flags]`;
  const fixed = Object.entries(cmd.fixed).map(([k, v]) => `${k}: ${v}`);
  return [
    `Usage: ${usage}`,
    '',
    cmd.summary + '.',
    `Runs the ${cmd.spec.name} action (${cmd.spec.dir}/action.yml)${fixed.length ? ` with ${fixed.join(', ')}` : ''}, in this process.`,
    cmd.positional
      ? `Bare arguments (${cmd.positional.toUpperCase()}) are added to --${flagOf(cmd, cmd.positional)}; give them before the flags.`
      : '',
    '',
    'Flags (the action inputs; a repeated flag adds a line, a boolean flag alone means true, --no-NAME false):',
    columns(flags),
    '',
    'Outputs:',
    columns(outputs),
    '',
    'Global flags:',
    columns(GLOBAL_FLAGS),
    '',
    EXIT_CODES,
    ''
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n');
}

export function mainHelp(): string {
  const rows: Array<[string, string]> = COMMANDS.map(c => [c.name, c.summary]);
  return [
    'Usage: arch-actions <command> [flags]',
    '',
    'The arch-actions pipeline without GitHub: the same code the actions run.',
    '',
    'Commands:',
    columns(rows),
    '',
    'Run "arch-actions <command> --help" for the flags of a command.',
    'Global flags: --json (machine-readable result on stdout), --verbose, --help.',
    '',
    EXIT_CODES,
    ''
  ].join('\n');
}
