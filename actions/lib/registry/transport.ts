// How the client talks to a registry: one keep-alive agent per scheme, bounded retries (http.ts),
// and auth challenges answered once with the token reused per registry and scope (auth.ts).
import * as http from 'node:http';
import * as https from 'node:https';
import * as core from '../core/toolkit';
import { parseChallenge, pullScope, pushScope, TokenCache, TokenFetcher } from './auth';
import { CheckError, unavailableKind, UnavailableError } from '../core/errors';
import { DEFAULT_LIMITS, Limits } from '../core/limits';
import { clip } from '../core/untrusted';
import {
  backoffMs,
  DEFAULT_RETRIES,
  HttpResponse,
  Method,
  realSleep,
  request,
  RequestOptions,
  SERVER_BACKOFF_MS,
  Sleep,
  Throttle
} from './http';
import { SharedReads } from './shared-reads';
import { sleepUnlessStopped } from './waits';
import { IntegrityError } from '../oci/digest';
import { formatReference, ImageRef, isInsecureRegistry, registryApiHost } from '../oci/reference';

/** Data: what to reach and how patiently. */
export interface RegistryClientOptions {
  /** Extra hosts reached over plain HTTP; loopback is always plain HTTP. */
  insecureRegistries?: string[];
  timeoutMs?: number;
  retries?: number;
  deadlineMs?: number;
  userAgent?: string;
  /** Where credentials are looked up (DOCKER_CONFIG, HOME, GITHUB_TOKEN). */
  env?: NodeJS.ProcessEnv;
  /** Sizes and times (core/limits.ts); `deadlineMs` above wins over `requestMs`. */
  limits?: Partial<Limits>;
}

/** Collaborators, injected apart from the options (tests replace them). */
export interface RegistryDeps {
  request?: (opts: RequestOptions) => Promise<HttpResponse>;
  sleep?: Sleep;
  now?: () => number;
}

/**
 * One API call: the request fields of http.ts, a path on the registry, and the token scopes it
 * needs. A streamed body is opened again after an auth challenge, as for a retry.
 */
export type Call = Pick<
  RequestOptions,
  | 'headers'
  | 'body'
  | 'bodyFactory'
  | 'contentLength'
  | 'stream'
  | 'idempotent'
  | 'what'
  | 'maxBytes'
  | 'maxBytesLimit'
  | 'signal'
> & {
  method: Method;
  path: string;
  scopes: string[];
  /** Absolute URL (upload locations) instead of `path`. */
  url?: URL;
};

// Two platforms per image at the default concurrency (32) go out at once; beyond that, requests queue.
const MAX_SOCKETS_PER_REGISTRY = 64;
// Manifests and configs are small; this bounds memory on a run over thousands of images.
const MAX_MEMOS = 2000;

export class RegistryTransport {
  // One pool per scheme; maxSockets is per host, so it is the cap per registry.
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_REGISTRY });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_REGISTRY });
  private readonly auth: TokenCache;
  private readonly throttles = new Map<string, Throttle>();
  private readonly memos = new SharedReads(true, MAX_MEMOS);
  private readonly now: () => number;
  private readonly send: NonNullable<RegistryDeps['request']>;
  private readonly sleep: NonNullable<RegistryDeps['sleep']>;

  constructor(
    private readonly options: RegistryClientOptions = {},
    deps: RegistryDeps = {}
  ) {
    this.send = deps.request ?? request;
    this.sleep = deps.sleep ?? realSleep;
    this.now = deps.now ?? Date.now;
    const fetchToken: TokenFetcher = async (url, init) => {
      const res = await this.send({ ...this.baseOptions(url.host), url, ...init, idempotent: true });
      return { status: res.status, body: res.body };
    };
    this.auth = new TokenCache(fetchToken, options.env ?? process.env, deps.now);
  }

  /** The limits in force: the defaults, with the caller's on top. */
  get limits(): Limits {
    return { ...DEFAULT_LIMITS, ...this.options.limits };
  }

  /** Attempts after the first for a body that breaks off mid-stream (as for a failed request). */
  get retries(): number {
    return this.options.retries ?? DEFAULT_RETRIES;
  }

  /** The same backoff as between request attempts; `signal` cuts it short. */
  pause(attempt: number, signal?: AbortSignal): Promise<void> {
    return sleepUnlessStopped(this.sleep, backoffMs(attempt, SERVER_BACKOFF_MS), signal);
  }

  /** Frees keep-alive sockets; call when done so the process can exit promptly. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private baseUrl(registry: string): string {
    const scheme = isInsecureRegistry(registry, this.options.insecureRegistries) ? 'http' : 'https';
    return `${scheme}://${registryApiHost(registry)}`;
  }

  private baseOptions(host: string): Omit<RequestOptions, 'url'> {
    let throttle = this.throttles.get(host);
    if (!throttle) this.throttles.set(host, (throttle = new Throttle(this.sleep, this.now)));
    return {
      timeoutMs: this.options.timeoutMs,
      retries: this.options.retries,
      deadlineMs: this.options.deadlineMs ?? this.limits.requestMs,
      attemptMs: this.limits.attemptMs,
      sleep: this.sleep,
      throttle,
      target: `registry ${host}`
    };
  }

  /**
   * Content addressed by digest never changes, so one read serves every caller (a platform's
   * manifest is read for its config and again for its layers). Failures are not kept. A caller
   * whose `signal` fires leaves with its reason; the read is stopped once no caller is left.
   */
  memo<T>(key: string, read: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.memos.get(key, read, signal);
  }

  /** One API call, answering at most one auth challenge. */
  async call(ref: ImageRef, c: Call): Promise<HttpResponse> {
    const url = c.url ?? new URL(this.baseUrl(ref.registry) + c.path);
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent ?? 'arch-actions',
      ...c.headers
    };
    const send = () =>
      this.send({
        ...this.baseOptions(ref.registry),
        url,
        method: c.method,
        headers,
        body: c.body,
        bodyFactory: c.bodyFactory,
        contentLength: c.contentLength,
        stream: c.stream,
        idempotent: c.idempotent,
        what: c.what,
        maxBytes: c.maxBytes,
        maxBytesLimit: c.maxBytesLimit,
        signal: c.signal,
        // Per URL: a redirect to storage may change the scheme.
        agent: (to: URL) => (to.protocol === 'https:' ? this.httpsAgent : this.httpAgent)
      });
    const known =
      this.auth.cached(ref.registry, c.scopes) ??
      (await this.auth.anticipate(ref.registry, c.scopes, c.signal));
    if (known) headers.authorization = known;
    let res = await send();
    if (res.status === 401) {
      const challenge = parseChallenge(String(res.headers['www-authenticate'] ?? ''));
      if (!challenge) return res;
      headers.authorization = await this.auth.authorize(ref.registry, challenge, c.scopes, c.signal);
      res = await send();
    }
    return res;
  }

  /** A call that reads `ref`'s repository. */
  pull(ref: ImageRef, c: Omit<Call, 'scopes'>): Promise<HttpResponse> {
    return this.call(ref, { ...c, scopes: [pullScope(ref.repository)] });
  }

  /** A call that writes to `ref`'s repository. */
  push(ref: ImageRef, c: Omit<Call, 'scopes'>): Promise<HttpResponse> {
    return this.call(ref, { ...c, scopes: [pushScope(ref.repository)] });
  }

  /** The error for an unexpected status, with the registry's own reason when it gives one. */
  fail(ref: ImageRef, what: string, res: HttpResponse): CheckError {
    // The registry's own words, on one line and cut short: they are text from outside.
    const detail = clip(registryErrorDetail(res.body));
    const hint = res.status === 401 || res.status === 403 ? ' (check the registry login)' : '';
    const message = `${what} ${formatReference(ref)}: HTTP ${res.status}${detail ? ` ${detail}` : ''}${hint}`;
    const kind = unavailableKind(res.status);
    return kind ? new UnavailableError(message, kind) : new CheckError(message);
  }
}

/** Runs a read once more when its bytes fail their digest: corruption in transit rarely repeats. */
export async function readVerified<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (!(err instanceof IntegrityError)) throw err;
    core.info(`${err.message}; reading it once more`);
    return read();
  }
}

/** The first error message from a registry's JSON error body, if it has one. */
function registryErrorDetail(body: Buffer): string {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as {
      errors?: Array<{ code?: string; message?: string }>;
    };
    const e = parsed.errors?.[0];
    return e ? `${e.code ?? ''} ${e.message ?? ''}`.trim() : '';
  } catch {
    return '';
  }
}
