// Waiting in the registry client: backoff between attempts, a registry's Retry-After, the shared
// 429 throttle, and a signal (an image's deadline) that cuts any wait short with its own error.
import { CheckError } from '../core/errors';

const MAX_RETRY_AFTER_MS = 30_000;

/** A sleep that a signal may cut short; the default clears its timer then, so nothing outlives it. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** The error a stopped read ends with: the signal's reason (a deadline's LimitError) when it is one. */
export function stopReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof CheckError ? reason : new CheckError(`the read was stopped (${String(reason)})`);
}

/** Throws the signal's reason once it has fired. */
export function throwIfStopped(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw stopReason(signal);
}

/** `work`, or the signal's reason as soon as it fires (the work itself is left to its own bounds). */
export function untilStopped<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(stopReason(signal));
  let onAbort = () => {};
  const stopped = new Promise<never>((_, reject) => {
    onAbort = () => reject(stopReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([work, stopped]).finally(() => signal.removeEventListener('abort', onAbort));
}

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(stopReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(stopReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** `sleep` that ends with the signal's reason when it fires, whichever sleep was injected. */
export const sleepUnlessStopped = (sleep: Sleep, ms: number, signal?: AbortSignal): Promise<void> =>
  untilStopped(sleep(ms, signal), signal);

/** `Retry-After` in seconds or as an HTTP date, capped; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  let ms: number;
  if (/^\d+$/.test(v.trim())) ms = Number(v.trim()) * 1000;
  else {
    const date = Date.parse(v);
    if (Number.isNaN(date)) return undefined;
    ms = date - now;
  }
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

/** Exponential backoff with full jitter on top of half the step, so retries never bunch up. */
export function backoffMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const step = baseMs * 2 ** attempt;
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * One registry's shared back-off: when it answers 429, every request to it waits until the
 * Retry-After has passed, rather than each finding out with a 429 of its own.
 */
export class Throttle {
  private until = 0;

  constructor(
    private readonly sleep: Sleep = realSleep,
    private readonly now: () => number = Date.now
  ) {}

  hold(ms: number): void {
    this.until = Math.max(this.until, this.now() + ms);
  }

  async wait(signal?: AbortSignal): Promise<void> {
    const left = this.until - this.now();
    if (left > 0) await sleepUnlessStopped(this.sleep, left, signal);
  }
}
