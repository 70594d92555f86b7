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

/**
 * Why a registry gave no answer to judge: nothing is known of the image, which is reported as
 * unknown, never as missing a platform. `unavailable` is a server error that outlasted the retries.
 */
export type UnavailableKind = 'unreachable' | 'timeout' | 'refused' | 'rate-limited' | 'unavailable';

/** A registry that could not be reached, refused the credentials, timed out or rate-limited us. */
export class UnavailableError extends CheckError {
  constructor(
    message: string,
    readonly kind: UnavailableKind
  ) {
    super(message);
    this.name = 'UnavailableError';
  }
}

/** The kind of an HTTP status that says the registry would not answer (not that an image is absent). */
export function unavailableKind(status: number): UnavailableKind | undefined {
  if (status === 401 || status === 403) return 'refused';
  if (status === 429) return 'rate-limited';
  if (status === 408 || status >= 500) return 'unavailable';
  return undefined;
}

/** The registry answered that the image does not exist: every platform of it is missing. */
export class NotFoundError extends CheckError {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
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
