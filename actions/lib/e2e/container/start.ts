// A run whose command never started (no shell in the image, no such executable) exits alike on every
// platform, so matching exit codes prove nothing: it is a failure of its own, with the way out named.
import { lastLine } from '../../core/exec';
import { RUN_ARM64_E2E } from '../../core/specs.generated';

const IN = RUN_ARM64_E2E.inputs;

/** What docker, podman, runc, crun and sh print when the process to run does not exist or cannot be executed. */
const CANNOT_START =
  /executable file not found|no such file or directory|: not found|permission denied|exec: .* is a directory/i;
/** The runtime's own words when it is `sh` itself that is missing. */
const NO_SHELL =
  /(executable file|exec:?)\W+sh\W+(not found|no such file)|["`']sh["`'].*(not found|no such file)/i;

/** The inputs that set the command and the entrypoint's arguments (run-arm64-e2e's, or the build one-liner's). */
export interface InputNames {
  command: string;
  args: string;
}

export interface StartedRun {
  platform: string;
  exitCode?: number;
  output: string;
  problems: string[];
}

/** True when the run exited 126 or 127 with a runtime's or shell's "cannot start" message. */
export function cannotStart(run: StartedRun): boolean {
  return (run.exitCode === 126 || run.exitCode === 127) && CANNOT_START.test(run.output);
}

/**
 * The problem of an image whose runs did not start, naming the platforms and the line of the
 * first such run that says why; undefined when every run started. `shell`: the runs went through `sh -c`.
 */
export function startProblem(
  image: string,
  runs: StartedRun[],
  shell: boolean,
  names: InputNames = { command: IN.command.name, args: IN.args.name }
): string | undefined {
  const failed = runs.filter(cannotStart);
  if (failed.length === 0) return undefined;
  const first = failed[0];
  // The line that says why (docker's last line is only its help hint).
  const why = first.output.split('\n').find(l => CANNOT_START.test(l)) ?? lastLine(first.output);
  const where = `on ${failed.map(r => r.platform).join(', ')} (exit ${first.exitCode}: ${why.trim()})`;
  if (!shell) {
    return `${image}: its entrypoint cannot start ${where}; ${names.args} are passed to the image's own entrypoint as they are`;
  }
  const how =
    `run the image's own entrypoint with arguments and no shell: set ${names.args} ` +
    `(one argument per line) instead of ${names.command}`;
  if (NO_SHELL.test(first.output))
    return `${image}: the image has no shell: sh cannot start ${where}; ${how}`;
  return `${image}: the command cannot start ${where}; if the image has no shell, ${how}`;
}
