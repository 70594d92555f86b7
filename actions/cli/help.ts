import { GLOBAL_FLAGS, isBoolean } from './args';
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

export function commandHelp(cmd: Command): string {
  const flags: Array<[string, string]> = cmd.spec.inputs
    .filter(i => !hiddenInputs(cmd).includes(i.name))
    .map(i => {
      const name = flagOf(cmd, i.name);
      const flag = isBoolean(i) ? `--${name} [true|false]` : `--${name} VALUE`;
      let text = oneLine(i.description);
      if (i.required) text += ' (required)';
      else if (i.default !== '') text += ` (default: ${oneLine(i.default)})`;
      return [flag, text];
    });
  const outputs: Array<[string, string]> = cmd.spec.outputs.map(o => [o.name, oneLine(o.description)]);
  const usage = `arch-actions ${cmd.name}${cmd.positional ? ` [${cmd.positional.toUpperCase()}...]` : ''} [flags]`;
  const fixed = Object.entries(cmd.fixed).map(([k, v]) => `${k}: ${v}`);
  return [
    `Usage: ${usage}`,
    '',
    cmd.summary + '.',
    `Runs the ${cmd.spec.name} action (${cmd.spec.dir}/action.yml)${fixed.length ? ` with ${fixed.join(', ')}` : ''}, in this process.`,
    cmd.positional ? `Bare arguments are added to --${cmd.positional}.` : '',
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
