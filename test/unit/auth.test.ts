import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '../../actions/lib/core/toolkit';
import {
  getCredentials,
  normaliseServer,
  parseChallenge,
  pullScope,
  pushScope,
  TokenCache,
  TokenFetcher
} from '../../actions/lib/registry/auth';

let dir: string;
let env: NodeJS.ProcessEnv;
let masked: string[];

function writeConfig(config: unknown): void {
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
}

/** A credential helper that logs its argv and stdin, and knows one server. */
function writeHelper(name: string): void {
  const script = `#!/bin/sh
printf '%s\\n' "$*" >> "${dir}/argv.log"
server=$(cat)
printf '%s\\n' "$server" >> "${dir}/stdin.log"
case "$server" in
  helper.example) echo '{"ServerURL":"helper.example","Username":"robot","Secret":"helper-secret"}' ;;
  https://index.docker.io/v1/) echo '{"ServerURL":"x","Username":"<token>","Secret":"hub-identity"}' ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
`;
  const file = path.join(dir, `docker-credential-${name}`);
  fs.writeFileSync(file, script, { mode: 0o755 });
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-auth-'));
  env = { DOCKER_CONFIG: dir, PATH: `${dir}:${process.env.PATH}`, HOME: dir };
  masked = [];
  jest.spyOn(core, 'setSecret').mockImplementation(s => void masked.push(s));
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('getCredentials', () => {
  test('base64 auth entries, any key spelling, masked', async () => {
    const auth = Buffer.from('alice:s3cret:with:colons').toString('base64');
    writeConfig({ auths: { 'https://registry.example/v2/': { auth } } });
    expect(await getCredentials('registry.example', env)).toEqual({
      username: 'alice',
      password: 's3cret:with:colons'
    });
    expect(masked).toEqual(expect.arrayContaining([auth, 's3cret:with:colons']));
  });

  test('Docker Hub is stored under the legacy index key', async () => {
    writeConfig({ auths: { 'https://index.docker.io/v1/': { username: 'bob', password: 'pw' } } });
    expect(await getCredentials('docker.io', env)).toEqual({ username: 'bob', password: 'pw' });
    expect(masked).toContain('pw');
  });

  test('identity tokens', async () => {
    writeConfig({ auths: { 'quay.io': { identitytoken: 'idt' } } });
    expect(await getCredentials('quay.io', env)).toEqual({ identityToken: 'idt' });
    expect(masked).toContain('idt');
  });

  test('credHelpers get the server on stdin, never in argv', async () => {
    writeHelper('test');
    writeConfig({ credHelpers: { 'helper.example': 'test' } });
    expect(await getCredentials('helper.example', env)).toEqual({
      username: 'robot',
      password: 'helper-secret'
    });
    expect(fs.readFileSync(path.join(dir, 'argv.log'), 'utf8')).toBe('get\n');
    expect(fs.readFileSync(path.join(dir, 'stdin.log'), 'utf8')).toBe('helper.example\n');
    expect(masked).toContain('helper-secret');
  });

  test('credsStore answers for Docker Hub with an identity token', async () => {
    writeHelper('test');
    writeConfig({ credsStore: 'test' });
    expect(await getCredentials('index.docker.io', env)).toEqual({ identityToken: 'hub-identity' });
    expect(fs.readFileSync(path.join(dir, 'stdin.log'), 'utf8')).toBe('https://index.docker.io/v1/\n');
  });

  test('a helper that has nothing means no credentials', async () => {
    writeHelper('test');
    writeConfig({ credsStore: 'test' });
    expect(await getCredentials('nothing.example', env)).toBeUndefined();
  });

  test('a missing helper is a clear error', async () => {
    writeConfig({ credsStore: 'absent' });
    await expect(getCredentials('x.example', env)).rejects.toThrow(
      /docker-credential-absent failed to start/
    );
  });

  test('ghcr.io falls back to GITHUB_TOKEN', async () => {
    writeConfig({});
    expect(await getCredentials('ghcr.io', { ...env, GITHUB_TOKEN: 'ghs_x' })).toEqual({
      username: 'x-access-token',
      password: 'ghs_x'
    });
    expect(masked).toContain('ghs_x');
    expect(await getCredentials('ghcr.io', env)).toBeUndefined();
  });

  test('no config at all', async () => {
    expect(await getCredentials('registry.example', env)).toBeUndefined();
  });

  test('server keys normalise', () => {
    expect(normaliseServer('https://index.docker.io/v1/')).toBe('docker.io');
    expect(normaliseServer('HTTPS://GHCR.IO/v2')).toBe('ghcr.io');
    expect(normaliseServer('localhost:5000')).toBe('localhost:5000');
  });
});

describe('parseChallenge', () => {
  test('bearer with a quoted comma in the scope', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:a/b:pull,push"'
      )
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:a/b:pull,push'
      }
    });
  });
  test('basic', () => {
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({
      scheme: 'basic',
      params: { realm: 'Registry Realm' }
    });
  });
  test('unknown schemes and empty headers', () => {
    expect(parseChallenge('Negotiate abc')).toBeUndefined();
    expect(parseChallenge(undefined)).toBeUndefined();
  });
});

describe('TokenCache', () => {
  const challenge = parseChallenge('Bearer realm="https://auth.example/token",service="reg"')!;

  test('fetches anonymously, caches per scope, and renews after expiry', async () => {
    let now = 1_000_000;
    const calls: URL[] = [];
    const fetcher: TokenFetcher = async url => {
      calls.push(url);
      return {
        status: 200,
        body: Buffer.from(JSON.stringify({ token: `t${calls.length}`, expires_in: 300 }))
      };
    };
    const cache = new TokenCache(fetcher, env, () => now);
    const scopes = [pullScope('a/b')];
    expect(await cache.authorize('reg.example', challenge, scopes)).toBe('Bearer t1');
    expect(calls[0].searchParams.get('service')).toBe('reg');
    expect(calls[0].searchParams.getAll('scope')).toEqual(['repository:a/b:pull']);
    expect(cache.cached('reg.example', scopes)).toBe('Bearer t1');
    expect(cache.cached('reg.example', [pushScope('a/b')])).toBeUndefined();
    expect(masked).toContain('t1');
    now += 295_000;
    expect(cache.cached('reg.example', scopes)).toBeUndefined();
  });

  test('concurrent asks for one scope share a fetch; a known challenge serves new scopes without a 401', async () => {
    const calls: URL[] = [];
    const fetcher: TokenFetcher = async url => {
      calls.push(url);
      await new Promise(resolve => setImmediate(resolve));
      return { status: 200, body: Buffer.from(JSON.stringify({ token: `t${calls.length}` })) };
    };
    const cache = new TokenCache(fetcher, env);
    expect(await cache.anticipate('reg.example', [pullScope('a')])).toBeUndefined();
    const both = await Promise.all(
      [1, 2, 3].map(() => cache.authorize('reg.example', challenge, [pullScope('a')]))
    );
    expect(both).toEqual(['Bearer t1', 'Bearer t1', 'Bearer t1']);
    expect(calls).toHaveLength(1);
    expect(await cache.anticipate('reg.example', [pullScope('b')])).toBe('Bearer t2');
    expect(calls[1].searchParams.getAll('scope')).toEqual(['repository:b:pull']);
    expect(await cache.anticipate('other.example', [pullScope('b')])).toBeUndefined();
  });

  test('sends basic auth to the token endpoint when logged in', async () => {
    writeConfig({ auths: { 'reg.example': { username: 'u', password: 'p' } } });
    let seen: Record<string, string> = {};
    const fetcher: TokenFetcher = async (_url, init) => {
      seen = init.headers;
      return { status: 200, body: Buffer.from('{"access_token":"at"}') };
    };
    const cache = new TokenCache(fetcher, env);
    expect(await cache.authorize('reg.example', challenge, [pushScope('a/b'), pullScope('c')])).toBe(
      'Bearer at'
    );
    expect(seen.authorization).toBe('Basic ' + Buffer.from('u:p').toString('base64'));
  });

  test('exchanges identity tokens with a POST, keeping them out of the URL', async () => {
    writeConfig({ auths: { 'reg.example': { identitytoken: 'refresh-me' } } });
    let method = '';
    let url: URL | undefined;
    let body = '';
    const fetcher: TokenFetcher = async (u, init) => {
      method = init.method;
      url = u;
      body = init.body?.toString() ?? '';
      return { status: 200, body: Buffer.from('{"access_token":"at"}') };
    };
    await new TokenCache(fetcher, env).authorize('reg.example', challenge, [pullScope('a')]);
    expect(method).toBe('POST');
    expect(String(url)).not.toContain('refresh-me');
    expect(new URLSearchParams(body).get('refresh_token')).toBe('refresh-me');
  });

  test('basic challenges need credentials', async () => {
    const cache = new TokenCache(async () => ({ status: 500, body: Buffer.alloc(0) }), env);
    await expect(cache.authorize('reg.example', { scheme: 'basic', params: {} }, [])).rejects.toThrow(
      /requires a login/
    );
  });

  test('a refused token names the registry and scope', async () => {
    const cache = new TokenCache(async () => ({ status: 401, body: Buffer.alloc(0) }), env);
    await expect(cache.authorize('reg.example', challenge, [pullScope('x')])).rejects.toThrow(
      'registry reg.example refused a token anonymously for repository:x:pull (HTTP 401)'
    );
  });
});
