// One subcommand run in-process, and what its result means: outputs decoded, an exit code.
import { ParsedArgs, UsageError } from './args';
import { Command, flagOf } from './commands';
import { captureStdout, TerminalLog } from './console';
import { ActionResult, runInProcess } from './runner';

export type ExitCode = 0 | 1 | 2;

/** Where the CLI writes; tests pass their own. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
}

/** Output values that hold JSON (matrix, digests, missing, ok) become JSON values. */
export function decodeOutputs(outputs: Record<string, string>): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(outputs)) {
    try {
      decoded[k] = /^(\{|\[|true$|false$|-?\d+$)/.test(v.trim()) ? JSON.parse(v) : v;
    } catch {
      decoded[k] = v;
    }
  }
  return decoded;
}

/** Exit code for an error thrown by an action: 2 for the user's input, 1 for a failed check. */
export function exitCodeOf(err: unknown): ExitCode {
  if (err instanceof UsageError) return 2;
  if (err instanceof Error && err.name === 'ConfigurationError') return 2;
  return 1;
}

/**
 * Runs one subcommand in-process and returns its outputs. What the action threw is in
 * `error`; a missing required flag throws UsageError.
 */
export async function execute(cmd: Command, args: ParsedArgs, log: TerminalLog): Promise<ActionResult> {
  for (const input of cmd.spec.inputs) {
    if (input.required && !(input.name in cmd.fixed) && !args.inputs[input.name]) {
      throw new UsageError(`--${flagOf(cmd, input.name)} is required`);
    }
  }
  const run = await cmd.load();
  const capture = captureStdout(log);
  try {
    return await runInProcess(cmd.spec, { ...args.inputs, ...cmd.fixed }, run);
  } finally {
    capture.restore();
  }
}
