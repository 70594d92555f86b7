// A blob read that outlives broken connections: when the body breaks off, the rest is asked for
// with a Range request (or the blob is read again from the start and what was already passed on
// is skipped), within the same bounded attempts and backoff as a request. The bytes passed on are
// hashed, and a body that does not match its digest ends in an IntegrityError.
import { Hash } from 'node:crypto';
import { Readable } from 'node:stream';
import * as core from '../core/toolkit';
import { CheckError } from '../core/errors';
import { LimitError } from '../core/limits';
import { checkDigest, hasherFor } from '../oci/digest';
import { isTransientError } from './http';
import { stopReason } from './waits';

export interface BlobPart {
  stream: Readable;
  /** Offset in the blob of the part's first byte (0 unless the registry honoured a Range). */
  start: number;
}

export interface BlobStreamOptions {
  digest: string;
  /** Names the blob in errors, e.g. `blob sha256:… of registry/repo:tag`. */
  what: string;
  /** Opens the blob again from `offset` (a Range request; the registry may answer with all of it). */
  reopen: (offset: number) => Promise<BlobPart>;
  retries: number;
  pause: (attempt: number) => Promise<void>;
  /** Fewer bytes than this over a window (while we were ready for more) gives the blob up. */
  minRate?: { bytesPerSecond: number; windowMs: number };
  /** Gives the read up (an image's deadline): the stream fails with the signal's reason. */
  signal?: AbortSignal;
}

export class BlobStream extends Readable {
  private current?: Readable;
  private delivered = 0;
  private skip = 0;
  private attempt = 0;
  private readonly hash: Hash;
  private rateTimer?: NodeJS.Timeout;
  private windowStart = 0;
  /** Set while the reader holds us back, and for the window it happened in: that time is not the registry's. */
  private held = false;
  private heldInWindow = false;

  constructor(
    first: BlobPart,
    private readonly opts: BlobStreamOptions
  ) {
    super();
    this.hash = hasherFor(opts.digest);
    this.attach(first);
    this.watchRate();
    opts.signal?.addEventListener('abort', this.stopped, { once: true });
    if (opts.signal?.aborted) this.stopped();
  }

  private readonly stopped = () => this.destroy(stopReason(this.opts.signal!));

  /** A body that drips (a byte now and then) never trips an idle timeout; a minimum rate catches it. */
  private watchRate(): void {
    const rate = this.opts.minRate;
    if (!rate) return;
    const need = (rate.bytesPerSecond * rate.windowMs) / 1000;
    this.rateTimer = setInterval(() => {
      const got = this.delivered - this.windowStart;
      this.windowStart = this.delivered;
      const excused = this.heldInWindow;
      this.heldInWindow = this.held;
      if (excused || got >= need || !this.current) return;
      const seconds = rate.windowMs / 1000;
      this.destroy(
        new LimitError(
          this.opts.what,
          'blobBytesPerSecond',
          rate.bytesPerSecond,
          `${got} bytes in ${seconds} s`
        )
      );
    }, rate.windowMs);
    this.rateTimer.unref();
  }

  private attach(part: BlobPart): void {
    this.current = part.stream;
    this.skip = this.delivered - part.start;
    if (this.skip < 0) {
      part.stream.destroy();
      this.destroy(
        new CheckError(
          `${this.opts.what}: the registry resumed at byte ${part.start}, after ${this.delivered}`
        )
      );
      return;
    }
    part.stream.on('data', (chunk: Buffer) => this.onData(part.stream, chunk));
    part.stream.on('end', () => this.onEnd(part.stream));
    part.stream.on('error', err => this.onBreak(part.stream, err));
  }

  _read(): void {
    this.held = false;
    this.current?.resume();
  }

  _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    clearInterval(this.rateTimer);
    this.opts.signal?.removeEventListener('abort', this.stopped);
    this.current?.destroy();
    this.current = undefined;
    cb(err);
  }

  private onData(from: Readable, chunk: Buffer): void {
    if (from !== this.current || this.destroyed) return;
    if (this.skip > 0) {
      const dropped = Math.min(this.skip, chunk.length);
      this.skip -= dropped;
      chunk = chunk.subarray(dropped);
      if (chunk.length === 0) return;
    }
    this.delivered += chunk.length;
    this.hash.update(chunk);
    if (!this.push(chunk)) {
      this.held = this.heldInWindow = true;
      from.pause();
    }
  }

  private onEnd(from: Readable): void {
    if (from !== this.current || this.destroyed) return;
    this.current = undefined;
    clearInterval(this.rateTimer);
    const got = `${this.opts.digest.split(':')[0]}:${this.hash.digest('hex')}`;
    try {
      checkDigest(this.opts.what, this.opts.digest, got);
    } catch (err) {
      this.destroy(err as Error);
      return;
    }
    this.push(null);
  }

  private onBreak(from: Readable, err: Error): void {
    if (from !== this.current || this.destroyed) return;
    this.current = undefined;
    from.destroy();
    if (err instanceof CheckError) return void this.destroy(err);
    const why = `${this.opts.what} broke off after ${this.delivered} bytes (${err.message})`;
    if (!isTransientError(err) || this.attempt >= this.opts.retries) {
      this.destroy(new CheckError(why));
      return;
    }
    const attempt = this.attempt++;
    core.info(`${why}; resuming, retry ${attempt + 1}/${this.opts.retries}`);
    this.opts
      .pause(attempt)
      .then(() => this.opts.reopen(this.delivered))
      .then(
        part => (this.destroyed ? part.stream.destroy() : this.attach(part)),
        e => this.destroy(e)
      );
  }
}

/** Where a 206 answer starts (`Content-Range: bytes 100-199/200`); 0 for a full answer. */
export function partStart(status: number, contentRange: string | undefined): number {
  if (status !== 206) return 0;
  const m = /^bytes (\d+)-\d+\/(?:\d+|\*)$/.exec(contentRange ?? '');
  if (!m)
    throw new CheckError(
      `registry answered a Range request with an unreadable Content-Range "${contentRange}"`
    );
  return Number(m[1]);
}
