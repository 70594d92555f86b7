// The GitHub runner's reading of a step's output: each line (ended by \n, \r or \r\n) that starts,
// after .NET's TrimStart, with `::` or `##[` is a command. Tests use it to find forged commands.

// .NET char.IsWhiteSpace: the Unicode separators, \t to \r, \x85 and \xa0.
const DOTNET_SPACE = /^[\s\x85]*/u;

/** Every line of `output` that the runner would take as a command. */
export function runnerCommands(output: string): string[] {
  return output
    .split(/\r\n|\r|\n/)
    .map(l => l.replace(DOTNET_SPACE, ''))
    .filter(l => l.startsWith('::') || l.startsWith('##['));
}

/**
 * The commands that came from outside: those where `marker` follows the command's header at once
 * (`::error file=MARK`, `::add-mask::MARK`, `##[error]MARK`). The action's own `::error::` may
 * quote a hostile text further on (escaped, on its one line); that is not forged.
 */
export function forgedCommands(output: string, marker: string): string[] {
  return runnerCommands(output).filter(line => {
    const at = line.indexOf(marker);
    return at >= 0 && /^(::[\w-]*( \w+=)?(::)?|##\[\w*\]?)$/.test(line.slice(0, at));
  });
}

/** Attacks a hostile text can carry, each marked so a forged command is found. */
export function injections(marker: string): string[] {
  return [
    `::error file=${marker}::${marker}`,
    `::add-mask::${marker}`,
    `::stop-commands::${marker}`,
    `  \t::warning title=${marker}::${marker}`,
    `\u00a0::notice::${marker}`,
    `##[error]${marker}`
  ];
}

/** One hostile text: each attack on a line of its own, after every kind of line break. */
export function hostileText(marker: string): string {
  const [a, b, c, d, e, f] = injections(marker);
  return `before\n${a}\r${b}\r\n${c}\n${d}\n${e}\n${f}`;
}
