import { clip } from '../core/untrusted';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '../core/toolkit';
import { CheckError, unavailableKind, UnavailableError } from '../core/errors';
import { childEnv, lastLine } from '../core/exec';
import { DOCKER_HUB } from '../oci/reference';
import { SharedReads } from './shared-reads';

export interface Credentials {
  username?: string;
  password?: string;
  /** An OAuth refresh token (docker login with an identity provider). */
  identityToken?: string;
}

export interface Challenge {
  scheme: 'bearer' | 'basic';
  params: Record<string, string>;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

// Docker stores Hub credentials under this legacy key, and credential helpers expect it.
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
const HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io']);
const HELPER_TIMEOUT_MS = 30_000;

function mask(...values: Array<string | undefined>): void {
  for (const v of values) if (v) core.setSecret(v);
}

/** `https://ghcr.io/v2/` and `ghcr.io` name the same registry in a config file. */
export function normaliseServer(key: string): string {
  const host = key
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .split('/')[0]
    .toLowerCase();
  return HUB_ALIASES.has(host) ? DOCKER_HUB : host;
}

export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker');
  return path.join(dir, 'config.json');
}

function readDockerConfig(env: NodeJS.ProcessEnv): DockerConfig {
  const file = dockerConfigPath(env);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  try {
    return JSON.parse(text) as DockerConfig;
  } catch (err) {
    throw new CheckError(`docker config ${file} is not valid JSON: ${(err as Error).message}`);
  }
}

const HELPER_OUTPUT_LIMIT = 1024 * 1024;

/** Runs `docker-credential-<name> get`; the server goes on stdin so it never shows in a process list. */
export function runCredentialHelper(
  name: string,
  server: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<Credentials | undefined> {
  const program = `docker-credential-${name}`;
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['get'], { env: childEnv({}, env), stdio: ['pipe', 'pipe', 'pipe'] });
    // Our own timer: spawn's `timeout` option leaks a timer when the helper is missing.
    const timer = setTimeout(() => child.kill(), HELPER_TIMEOUT_MS);
    timer.unref();
    let out = '';
    let err = '';
    // A helper's answer is a line of JSON: more than a megabyte is cut, not held.
    child.stdout.on('data', d => (out = (out + d).slice(0, HELPER_OUTPUT_LIMIT)));
    child.stderr.on('data', d => (err = (err + d).slice(0, HELPER_OUTPUT_LIMIT)));
    child.on('error', e =>
      reject(new CheckError(`credential helper ${program} failed to start: ${e.message}`))
    );
    child.on('close', code => {
      clearTimeout(timer);
      if (code !== 0) {
        // Helpers report a missing entry on stdout with a non-zero exit; that is not an error for us.
        if (/credentials not found/i.test(out + err)) return resolve(undefined);
        const last = lastLine(err || out);
        return reject(new CheckError(`credential helper ${program} failed for ${server}: ${clip(last)}`));
      }
      try {
        const parsed = JSON.parse(out) as { Username?: string; Secret?: string };
        if (!parsed.Secret) return resolve(undefined);
        mask(parsed.Secret);
        // Docker's convention: a username of <token> means the secret is an identity token.
        if (parsed.Username === '<token>') return resolve({ identityToken: parsed.Secret });
        resolve({ username: parsed.Username, password: parsed.Secret });
      } catch {
        reject(new CheckError(`credential helper ${program} printed something that is not JSON`));
      }
    });
    child.stdin.on('error', () => undefined); // a helper that exits early closes its stdin
    child.stdin.end(server + '\n');
  });
}

function fromAuthEntry(entry: NonNullable<DockerConfig['auths']>[string]): Credentials | undefined {
  if (entry.identitytoken) {
    mask(entry.identitytoken);
    return { identityToken: entry.identitytoken };
  }
  if (entry.auth) {
    mask(entry.auth);
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const sep = decoded.indexOf(':');
    if (sep < 0) return undefined;
    const creds = { username: decoded.slice(0, sep), password: decoded.slice(sep + 1) };
    mask(creds.password);
    return creds;
  }
  if (entry.username && entry.password) {
    mask(entry.password);
    return { username: entry.username, password: entry.password };
  }
  return undefined;
}

/**
 * Finds credentials for a registry the way the docker CLI does: a per-registry helper, then the
 * `auths` entry, then the global store. ghcr.io falls back to GITHUB_TOKEN.
 */
export async function getCredentials(
  registry: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<Credentials | undefined> {
  const server = normaliseServer(registry);
  const config = readDockerConfig(env);
  const helperServer = server === DOCKER_HUB ? DOCKER_HUB_KEY : server;

  const helper = Object.entries(config.credHelpers ?? {}).find(([k]) => normaliseServer(k) === server)?.[1];
  if (helper) {
    const c = await runCredentialHelper(helper, helperServer, env);
    if (c) return c;
  }
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    if (normaliseServer(key) !== server) continue;
    const c = fromAuthEntry(entry);
    if (c) return c;
  }
  if (config.credsStore) {
    const c = await runCredentialHelper(config.credsStore, helperServer, env);
    if (c) return c;
  }
  if (server === 'ghcr.io' && env.GITHUB_TOKEN) {
    mask(env.GITHUB_TOKEN);
    return { username: 'x-access-token', password: env.GITHUB_TOKEN };
  }
  return undefined;
}

export function basicAuthorization(creds: Credentials): string | undefined {
  if (creds.username === undefined || creds.password === undefined) return undefined;
  const value = Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
  mask(value);
  return `Basic ${value}`;
}

/**
 * Parses the first Bearer or Basic challenge of a `WWW-Authenticate` header. Quoted values may
 * hold commas (`scope="repository:a:pull,push"`), so this is a small tokenizer, not a split.
 */
export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (!header) return undefined;
  const m = /^\s*(bearer|basic)\b\s*/i.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([a-zA-Z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/y;
  re.lastIndex = m[0].length;
  let p: RegExpExecArray | null;
  while ((p = re.exec(header))) {
    params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
  }
  return { scheme: m[1].toLowerCase() as Challenge['scheme'], params };
}

export const pullScope = (repository: string): string => `repository:${repository}:pull`;
export const pushScope = (repository: string): string => `repository:${repository}:pull,push`;

export type TokenFetcher = (
  url: URL,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: Buffer; signal?: AbortSignal }
) => Promise<{ status: number; body: Buffer }>;

interface CachedToken {
  value: string;
  expiresAt: number;
}

// Tokens are refreshed this long before they expire, so a slow request does not outlive one.
const EXPIRY_MARGIN_MS = 10_000;
const DEFAULT_TOKEN_LIFETIME_S = 60;

/** Answers registry challenges and caches bearer tokens per registry and scope. */
export class TokenCache {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly credentials = new Map<string, Promise<Credentials | undefined>>();
  private readonly pending = new SharedReads(false);
  /** Each registry's Bearer challenge, once one was answered: the realm and service to ask. */
  private readonly challenges = new Map<string, Challenge>();

  constructor(
    private readonly fetchToken: TokenFetcher,
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly now: () => number = Date.now
  ) {}

  /** Looked up once per registry, since credential helpers are slow. */
  credentialsFor(registry: string): Promise<Credentials | undefined> {
    let c = this.credentials.get(registry);
    if (!c) {
      c = getCredentials(registry, this.env);
      this.credentials.set(registry, c);
    }
    return c;
  }

  /** A still-valid Authorization value from an earlier challenge, if any. */
  cached(registry: string, scopes: string[]): string | undefined {
    const t = this.tokens.get(cacheKey(registry, scopes)) ?? this.tokens.get(cacheKey(registry, ANY_SCOPE));
    return t && t.expiresAt > this.now() ? t.value : undefined;
  }

  /**
   * An Authorization value for a scope not seen yet, fetched before the request when the
   * registry has already said how (its Bearer challenge): that saves the 401 round trip.
   */
  async anticipate(registry: string, scopes: string[], signal?: AbortSignal): Promise<string | undefined> {
    const challenge = this.challenges.get(registry);
    return challenge ? this.authorize(registry, challenge, scopes, signal) : undefined;
  }

  /**
   * Turns a challenge into an Authorization header value; concurrent asks for one scope share a
   * fetch, which stops only when every asker's `signal` has fired.
   */
  authorize(registry: string, challenge: Challenge, scopes: string[], signal?: AbortSignal): Promise<string> {
    return this.pending.get(
      cacheKey(registry, scopes),
      stop => this.fetchAuthorization(registry, challenge, scopes, stop),
      signal
    );
  }

  private async fetchAuthorization(
    registry: string,
    challenge: Challenge,
    scopes: string[],
    signal: AbortSignal
  ): Promise<string> {
    const creds = await this.credentialsFor(registry);
    if (challenge.scheme === 'basic') {
      const value = creds && basicAuthorization(creds);
      if (!value)
        throw new UnavailableError(
          `registry ${registry} requires a login and no credentials were found`,
          'refused'
        );
      // Basic auth is not scoped: one answer serves every repository.
      this.remember(registry, ANY_SCOPE, value, Number.POSITIVE_INFINITY);
      return value;
    }
    const realm = challenge.params.realm;
    if (!realm) throw new CheckError(`registry ${registry} sent a Bearer challenge with no realm`);
    const url = new URL(realm);
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    const wanted = scopes.length ? scopes : challenge.params.scope ? [challenge.params.scope] : [];

    let res: { status: number; body: Buffer };
    if (creds?.identityToken) {
      // Identity tokens are exchanged with the OAuth2 refresh grant, as the docker CLI does.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: creds.identityToken,
        service: challenge.params.service ?? '',
        client_id: 'arch-actions',
        scope: wanted.join(' ')
      });
      res = await this.fetchToken(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: Buffer.from(form.toString()),
        signal
      });
    } else {
      for (const s of wanted) url.searchParams.append('scope', s);
      const headers: Record<string, string> = {};
      const basic = creds && basicAuthorization(creds);
      if (basic) headers.authorization = basic;
      res = await this.fetchToken(url, { method: 'GET', headers, signal });
    }
    if (res.status < 200 || res.status >= 300) {
      const who = creds ? 'with the configured credentials' : 'anonymously';
      const message = `registry ${registry} refused a token ${who} for ${wanted.join(' ')} (HTTP ${res.status})`;
      throw new UnavailableError(message, unavailableKind(res.status) ?? 'refused');
    }
    let parsed: { token?: string; access_token?: string; expires_in?: number };
    try {
      parsed = JSON.parse(res.body.toString('utf8'));
    } catch {
      throw new CheckError(`registry ${registry} token endpoint returned something that is not JSON`);
    }
    const token = parsed.token ?? parsed.access_token;
    if (!token) throw new CheckError(`registry ${registry} token endpoint returned no token`);
    mask(token);
    const lifetime = (parsed.expires_in ?? DEFAULT_TOKEN_LIFETIME_S) * 1000;
    const value = `Bearer ${token}`;
    this.remember(registry, scopes, value, this.now() + lifetime - EXPIRY_MARGIN_MS);
    this.challenges.set(registry, challenge);
    return value;
  }

  private remember(registry: string, scopes: string[], value: string, expiresAt: number): void {
    this.tokens.set(cacheKey(registry, scopes), { value, expiresAt });
  }
}

const ANY_SCOPE = ['*'];

function cacheKey(registry: string, scopes: string[]): string {
  return `${registry}|${[...scopes].sort().join(' ')}`;
}
