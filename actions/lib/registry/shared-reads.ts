// One read shared by every caller that asks for the same key at the same time (a digest's
// manifest or config, a token), where each caller may give up on its own (its image's deadline).
// A caller that gives up leaves with its own reason; the read goes on for the others, and is
// stopped (its socket closed) only once nobody waits for it any more. So one image's deadline
// never fails another image's read of the same digest, and a read nobody wants never lingers.
import { stopReason } from './waits';

interface Entry {
  promise: Promise<unknown>;
  stop: AbortController;
  /** Callers with a signal still waiting. */
  waiting: number;
  /** Whether a caller without a signal waits (the read then always runs to its end). */
  pinned: boolean;
  done: boolean;
}

export class SharedReads {
  private readonly entries = new Map<string, Entry>();

  /**
   * @param keep whether a read that succeeded stays for later callers (content addressed by
   *   digest never changes), up to `max` of them, the oldest dropped first; failures never stay.
   */
  constructor(
    private readonly keep: boolean,
    private readonly max = Number.POSITIVE_INFINITY
  ) {}

  /** The read of `key`, started with its own signal when nobody is reading it; `signal` is this caller's. */
  get<T>(key: string, read: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(stopReason(signal));
    const entry = this.entries.get(key) ?? this.start(key, read);
    // A caller that cannot give up keeps the read going whoever else leaves.
    if (!signal) entry.pinned = true;
    if (!signal) return entry.promise as Promise<T>;
    entry.waiting++;
    return new Promise<T>((resolve, reject) => {
      let here = true;
      const out = (): boolean => {
        if (!here) return false;
        here = false;
        entry.waiting--;
        signal.removeEventListener('abort', leave);
        return true;
      };
      const leave = () => {
        if (!out()) return;
        reject(stopReason(signal));
        if (entry.waiting > 0 || entry.pinned || entry.done) return;
        // Nobody waits any more: stop the read, and let the next caller start afresh.
        this.drop(key, entry);
        entry.stop.abort(signal.reason);
      };
      signal.addEventListener('abort', leave, { once: true });
      (entry.promise as Promise<T>).then(
        value => void (out() && resolve(value)),
        (err: unknown) => void (out() && reject(err))
      );
    });
  }

  private start<T>(key: string, read: (signal: AbortSignal) => Promise<T>): Entry {
    const stop = new AbortController();
    const entry: Entry = { promise: Promise.resolve(), stop, waiting: 0, pinned: false, done: false };
    entry.promise = read(stop.signal).then(
      value => {
        entry.done = true;
        if (!this.keep) this.drop(key, entry);
        return value;
      },
      (err: unknown) => {
        entry.done = true;
        this.drop(key, entry);
        throw err;
      }
    );
    // A read everyone gave up on fails with nobody listening.
    entry.promise.catch(() => undefined);
    this.entries.set(key, entry);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }

  private drop(key: string, entry: Entry): void {
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }
}
