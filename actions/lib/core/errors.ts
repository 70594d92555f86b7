import * as core from './toolkit';

/** A mistake in what the user gave us: reported as one `::error` line, never with a stack. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/**
 * An expected failure of the thing being checked or built (a missing platform, an
 * unreachable registry, a failed build). Also reported without a stack.
 */
export class CheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckError';
  }
}

/** Builds the standard message for a bad input value. */
export function badInput(input: string, value: string, why: string): ConfigurationError {
  return new ConfigurationError(`Input "${input}" has an invalid value "${value}": ${why}`);
}

/** An error's message without the "Input ... has an invalid value ..." lead of badInput. */
export function whyOf(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.replace(/^Input "[^"]*" has an invalid value "[^"]*": /, '');
}

export function isExpected(err: unknown): err is Error {
  return err instanceof ConfigurationError || err instanceof CheckError;
}

/**
 * The one place that fails the job. User mistakes and failed checks become a single
 * annotation; anything else is a bug and keeps its stack in the log.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (err) {
    if (isExpected(err)) {
      core.setFailed(err.message);
      return;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    if (e.stack) core.info(e.stack);
    core.setFailed(e.message);
  }
}
