import * as http from 'node:http';
import * as https from 'node:https';
import { Readable } from 'node:stream';
import * as core from '../core/toolkit';
import { CheckError, UnavailableError } from '../core/errors';
import { DEFAULT_LIMITS, formatLimit, LimitError } from '../core/limits';
import {
  backoffMs,
  parseRetryAfter,
  realSleep,
  Sleep,
  sleepUnlessStopped,
  stopReason,
  throwIfStopped,
  Throttle
} from './waits';

export { backoffMs, parseRetryAfter, realSleep, Throttle } from './waits';
export type { Sleep } from './waits';

export type Method = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  url: string | URL;
  headers?: Record<string, string>;
  body?: Buffer;
  /**
   * A streamed body instead of `body`: opened anew for every attempt, so a retry re-sends the
   * whole source (a file on disk) without holding it in memory. Needs `contentLength`.
   */
  bodyFactory?: () => Readable;
  /** Exact byte count of what `bodyFactory` yields; sent as Content-Length. */
  contentLength?: number;
  /** Return 2xx bodies unread as `stream` (blobs) instead of buffering them. */
  stream?: boolean;
  /** Per attempt: no connection or no bytes for this long fails the attempt. */
  timeoutMs?: number;
  /** Attempts after the first one. */
  retries?: number;
  /** Wall-clock budget for all attempts and waits together. */
  deadlineMs?: number;
  /** Per attempt: connection, answer and (unless streamed) the whole body; 0 turns it off. */
  attemptMs?: number;
  /** The most a 2xx body read into memory may hold (a manifest, a config, a token). */
  maxBytes?: number;
  /** Which limit `maxBytes` is, for the error (default: manifestBytes). */
  maxBytesLimit?: 'manifestBytes' | 'configBytes';
  /** What is read, for errors: `manifest of registry/repo:tag`. Default: method and path. */
  what?: string;
  /** Whether a request that may have reached the server can be sent again. Default: GET, HEAD, PUT. */
  idempotent?: boolean;
  /** Follow 3xx responses (blob downloads redirect to storage). Default: GET and HEAD. */
  followRedirects?: boolean;
  /** Used in error messages, e.g. `registry 127.0.0.1:5000`. Default: the URL's host. */
  target?: string;
  /** The connection pool, or one per URL (a redirect may change the scheme: https to http). */
  agent?: http.Agent | ((url: URL) => http.Agent);
  sleep?: Sleep;
  random?: () => number;
  /** Shared by the requests to one registry: a 429 holds them all back (see Throttle). */
  throttle?: Throttle;
  /**
   * Gives the request up (an image's deadline): its socket is closed, no retry follows, and it
   * ends with the signal's reason. A streamed body is its reader's to stop (BlobStream).
   */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The URL that answered, after redirects. */
  url: URL;
  /** Empty when `stream` is set and the response was 2xx. */
  body: Buffer;
  stream?: http.IncomingMessage;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_RETRIES = 4;
export const DEFAULT_DEADLINE_MS = DEFAULT_LIMITS.requestMs;
// An error body is only read for its message: the rest is dropped.
const ERROR_BODY_LIMIT = 64 * 1024;
const MAX_REDIRECTS = 5;
export const SERVER_BACKOFF_MS = 500;
// A refused connection means nothing is listening: retry briefly so a missing registry fails in seconds.
const REFUSED_BACKOFF_MS = 200;
const REFUSED_RETRIES = 3;

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH'
]);
// Errors that happen before the request could have reached the server, so any method may retry.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENETUNREACH']);

function errorCode(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code) return e.code;
  return /socket hang up/i.test(String(e?.message)) ? 'ECONNRESET' : '';
}

export function isTransientError(err: unknown): boolean {
  return TRANSIENT_CODES.has(errorCode(err));
}

function timeoutError(message: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(message);
  err.code = 'ETIMEDOUT';
  return err;
}

/** Reads a buffered answer: a 2xx body up to `maxBytes` (more is a LimitError), an error body cut short. */
function readBody(
  res: http.IncomingMessage,
  opts: RequestOptions,
  url: URL,
  done: (err: Error | null, body?: Buffer) => void
): void {
  const status = res.statusCode ?? 0;
  const ok = status >= 200 && status < 300;
  const limit = ok ? (opts.maxBytes ?? DEFAULT_LIMITS.manifestBytes) : ERROR_BODY_LIMIT;
  const tooBig = (detail: string) => {
    res.destroy();
    const what = opts.what ?? `${opts.method ?? 'GET'} ${url.host}${url.pathname}`;
    done(
      new LimitError(
        `${what} (${opts.target ?? url.host})`,
        opts.maxBytesLimit ?? 'manifestBytes',
        limit,
        detail
      )
    );
  };
  const declared = Number(res.headers['content-length']);
  // A HEAD answer's Content-Length is the size of what it describes (a blob), not of a body.
  if (ok && opts.method !== 'HEAD' && declared > limit) return tooBig(`Content-Length ${declared}`);
  const chunks: Buffer[] = [];
  let size = 0;
  res.on('data', (c: Buffer) => {
    size += c.length;
    if (size <= limit) return void chunks.push(c);
    if (ok) return tooBig(`more than ${formatLimit('manifestBytes', limit)} sent`);
    chunks.push(c.subarray(0, c.length - (size - limit)));
    res.destroy();
    done(null, Buffer.concat(chunks));
  });
  res.on('error', err => done(err));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

function once(
  opts: RequestOptions,
  url: URL,
  headers: Record<string, string>,
  attemptMs: number
): Promise<HttpResponse> {
  const method = opts.method ?? 'GET';
  const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const lib = url.protocol === 'https:' ? https : http;
  const signal = opts.signal;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (err: Error | null, res?: HttpResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      if (err) reject(err);
      else resolve(res!);
    };
    // Given up from outside: the socket goes at once, with the signal's own error.
    const stop = () => {
      settle(stopReason(signal!));
      req.destroy();
    };
    const allHeaders: Record<string, string> = { ...headers };
    if (opts.bodyFactory) allHeaders['content-length'] = String(opts.contentLength);
    else if (opts.body) allHeaders['content-length'] = String(opts.body.length);
    // `timeout` arms the socket before connecting, so it covers both connect and idle time.
    const agent = typeof opts.agent === 'function' ? opts.agent(url) : opts.agent;
    const req = lib.request(url, { method, headers: allHeaders, agent, timeout });
    // The attempt's own deadline: a body that drips a byte now and then never trips the idle timeout.
    const timer = setTimeout(
      () =>
        req.destroy(timeoutError(`not answered in full within ${attemptMs} ms (the request-attempt limit)`)),
      attemptMs
    );
    req.on('timeout', () => req.destroy(timeoutError(`no response from ${url.host} within ${timeout} ms`)));
    signal?.addEventListener('abort', stop, { once: true });
    req.on('error', err => settle(err));
    req.on('response', res => {
      const status = res.statusCode ?? 0;
      if (opts.stream && status >= 200 && status < 300 && method !== 'HEAD') {
        // A streamed body is bounded by its reader (the blob's minimum transfer rate).
        settle(null, { status, headers: res.headers, url, body: Buffer.alloc(0), stream: res });
        return;
      }
      readBody(res, opts, url, (err, body) =>
        err ? settle(err) : settle(null, { status, headers: res.headers, url, body: body! })
      );
    });
    if (opts.bodyFactory) sendStream(req, opts.bodyFactory, opts.contentLength!, url, e => settle(e));
    else req.end(opts.body);
    if (signal?.aborted) stop();
  });
}

/**
 * Pipes a freshly opened body into `req` (with backpressure), checking its length. A source that
 * fails or lies about its size is a local problem: it rejects with a CheckError, never retried.
 */
function sendStream(
  req: http.ClientRequest,
  open: () => Readable,
  length: number,
  url: URL,
  reject: (err: Error) => void
): void {
  let source: Readable;
  try {
    source = open();
  } catch (err) {
    req.destroy();
    reject(new CheckError(`cannot read the body for ${url.host}${url.pathname}: ${(err as Error).message}`));
    return;
  }
  let sent = 0;
  const localFailure = (why: string) => {
    const err = new CheckError(`cannot send the body to ${url.host}${url.pathname}: ${why}`);
    reject(err);
    req.destroy(err);
  };
  source.on('data', (chunk: Buffer) => {
    sent += chunk.length;
    if (sent > length) localFailure(`the source holds more than the announced ${length} bytes`);
  });
  source.on('end', () => {
    if (sent !== length) localFailure(`the source ended after ${sent} of the announced ${length} bytes`);
  });
  source.on('error', err => localFailure(err.message));
  // An early answer (503, 401) or a broken connection ends the attempt: close the file too.
  req.on('close', () => source.destroy());
  source.pipe(req);
}

function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

/**
 * One HTTP exchange with bounded retries. Network failures become a CheckError once retries or
 * the deadline run out; HTTP error statuses are returned for the caller to judge.
 */
export async function request(opts: RequestOptions): Promise<HttpResponse> {
  const method = opts.method ?? 'GET';
  if (opts.bodyFactory && !(Number.isSafeInteger(opts.contentLength) && opts.contentLength! >= 0)) {
    throw new Error(`request: bodyFactory needs a contentLength (got ${opts.contentLength})`);
  }
  const idempotent = opts.idempotent ?? (method === 'GET' || method === 'HEAD' || method === 'PUT');
  const follow = opts.followRedirects ?? (method === 'GET' || method === 'HEAD');
  const retries = opts.retries ?? DEFAULT_RETRIES;
  const sleep = opts.sleep ?? realSleep;
  const random = opts.random ?? Math.random;
  const deadlineMs = opts.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const deadline = Date.now() + deadlineMs;

  let url = new URL(String(opts.url));
  const target = opts.target ?? url.host;
  let headers = { ...(opts.headers ?? {}) };
  let redirects = 0;
  let attempt = 0;
  let maxRetries = retries;

  for (;;) {
    let waitMs: number;
    let reason: string;
    try {
      await opts.throttle?.wait(opts.signal);
      if (opts.signal?.aborted) throw stopReason(opts.signal);
      const left = deadline - Date.now();
      if (left <= 0)
        throw new LimitError(`${method} ${url.host}${url.pathname} (${target})`, 'requestMs', deadlineMs);
      const res = await once(
        opts,
        url,
        headers,
        Math.min(left, (opts.attemptMs ?? DEFAULT_LIMITS.attemptMs) || left)
      );
      const location = res.headers.location;
      if (follow && location && [301, 302, 303, 307, 308].includes(res.status)) {
        if (++redirects > MAX_REDIRECTS)
          throw new CheckError(`${target}: too many redirects for ${opts.url}`);
        const next = new URL(location, url);
        // Signed storage URLs reject (and must not see) the registry's credentials, and a
        // step down from https to http on the same host would send them in the clear.
        if (!keepsAuthorization(url, next)) headers = withoutAuthorization(headers);
        core.debug(`${method} ${url} redirected to ${next.origin}${next.pathname}`);
        url = next;
        continue;
      }
      if (!isRetryableStatus(res.status) || !idempotent || attempt >= retries) return res;
      reason = `HTTP ${res.status}`;
      waitMs = parseRetryAfter(res.headers['retry-after']) ?? backoffMs(attempt, SERVER_BACKOFF_MS, random);
      if (res.status === 429) opts.throttle?.hold(waitMs);
      // Out of time: the caller gets the last answer and reports it as it sees fit.
      if (Date.now() + waitMs > deadline) return res;
    } catch (err) {
      if (err instanceof CheckError) throw err;
      const code = errorCode(err);
      const message = (err as Error).message;
      const retryable = isTransientError(err) && (idempotent || NOT_SENT_CODES.has(code));
      const limit = code === 'ECONNREFUSED' ? Math.min(retries, REFUSED_RETRIES) : retries;
      if (!retryable || attempt >= limit) throw unreachable(target, message, code);
      maxRetries = limit;
      reason = message;
      waitMs = backoffMs(attempt, code === 'ECONNREFUSED' ? REFUSED_BACKOFF_MS : SERVER_BACKOFF_MS, random);
      if (Date.now() + waitMs > deadline)
        throw new LimitError(
          `${method} ${url.host}${url.pathname} (${target})`,
          'requestMs',
          deadlineMs,
          message
        );
    }
    attempt++;
    core.info(
      `${method} ${url.host}${url.pathname}: ${reason}; retry ${attempt}/${maxRetries} in ${waitMs} ms`
    );
    await sleepUnlessStopped(sleep, waitMs, opts.signal);
  }
}

function unreachable(target: string, message: string, code: string): CheckError {
  return new UnavailableError(
    `${target} is unreachable: ${message}`,
    code === 'ETIMEDOUT' ? 'timeout' : 'unreachable'
  );
}

/** Credentials follow a redirect only to the same origin: scheme, host and port. */
export function keepsAuthorization(from: URL, to: URL): boolean {
  return from.origin === to.origin;
}

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
}

/** Reads a whole (small) stream into memory, refusing more than the config-size `limit`; `signal` ends it. */
export async function readAll(
  stream: NodeJS.ReadableStream & { destroy?: (err?: Error) => void },
  limit = DEFAULT_LIMITS.configBytes,
  what = 'response',
  signal?: AbortSignal
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stop = () => stream.destroy?.(stopReason(signal!));
  signal?.addEventListener('abort', stop, { once: true });
  try {
    throwIfStopped(signal);
    for await (const chunk of stream) {
      const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      size += b.length;
      if (size > limit) {
        stream.destroy?.();
        throw new LimitError(what, 'configBytes', limit);
      }
      chunks.push(b);
    }
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  return Buffer.concat(chunks);
}
