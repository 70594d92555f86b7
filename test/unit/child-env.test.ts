import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { childEnv, run, runCaptured } from '../../actions/lib/core/exec';
import { runCredentialHelper } from '../../actions/lib/registry/auth';

const base = {
  PATH: '/usr/bin:/bin',
  HOME: '/home/runner',
  INPUT_SECRETS: 'token=abc',
  INPUT_IMAGE: 'ghcr.io/a/b',
  ARCH_SECRET_TOKEN: 'abc',
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  GITHUB_ACTIONS: 'true'
};

describe('childEnv', () => {
  test('drops INPUT_* and ARCH_SECRET_*, keeps the rest (buildx gha cache needs ACTIONS_*)', () => {
    expect(childEnv({}, base)).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/home/runner',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      GITHUB_ACTIONS: 'true'
    });
  });

  test('a secret meant for this child is the only one it gets', () => {
    const env = childEnv({ ARCH_SECRET_NPM: 'n' }, base);
    expect(Object.keys(env).filter(k => k.startsWith('ARCH_SECRET_'))).toEqual(['ARCH_SECRET_NPM']);
  });
});

describe('real children', () => {
  const saved = { ...process.env };
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'child-env-'));
    Object.assign(process.env, { INPUT_SECRETS: 'token=abc', ARCH_SECRET_TOKEN: 'abc' });
  });
  afterAll(() => {
    process.env = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('run() passes no input or secret, except the ones in its env option', async () => {
    const res = await run('sh', ['-c', 'env'], { silent: true, env: { ARCH_SECRET_MINE: 'm' } });
    const names = res.stdout.split('\n').map(l => l.split('=')[0]);
    expect(names).toContain('PATH');
    expect(names.filter(n => /^(INPUT_|ARCH_SECRET_)/.test(n))).toEqual(['ARCH_SECRET_MINE']);
  });

  test('a docker credential helper sees no input or secret', async () => {
    const helper = path.join(dir, 'docker-credential-envdump');
    const script =
      '#!/bin/sh\nprintf \'{"Username":"u","Secret":"%s"}\' "${INPUT_SECRETS:-none}${ARCH_SECRET_TOKEN:-}"\n';
    fs.writeFileSync(helper, script, { mode: 0o755 });
    const creds = await runCredentialHelper('envdump', 'example.test', {
      ...process.env,
      PATH: `${dir}:/usr/bin:/bin`
    });
    expect(creds).toEqual({ username: 'u', password: 'none' });
  });
});

describe('runCaptured', () => {
  test('a tool that never ends is killed at its deadline, and the result says so', async () => {
    const r = await runCaptured('sleep', ['30'], { timeoutMs: 300 });
    expect([r.timedOut, r.exitCode !== 0, r.stderr]).toEqual([true, true, 'timed out after 0.3 s\n']);
  });

  test('at its deadline, what the tool started dies with it (its process group)', async () => {
    const file = path.join(os.tmpdir(), `runcaptured-${process.pid}.pid`);
    const r = await runCaptured('sh', ['-c', `sleep 30 & echo $! > ${file}; wait`], { timeoutMs: 500 });
    const pid = Number(fs.readFileSync(file, 'utf8'));
    fs.rmSync(file, { force: true });
    expect(r.timedOut).toBe(true);
    await new Promise(resolve => setTimeout(resolve, 100));
    // Gone, or a zombie that nobody reaped yet (its parent was killed too): not running.
    const stat = fs.existsSync(`/proc/${pid}/stat`) ? fs.readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
    expect(stat.replace(/^.*\) /s, '').slice(0, 1)).toMatch(/^(Z|)$/);
  });

  test('output and exit code of a tool that fails, with no INPUT_* in its env', async () => {
    process.env.INPUT_SECRETS = 'token=abc';
    try {
      const r = await runCaptured('sh', ['-c', 'echo out; echo "${INPUT_SECRETS:-none}" >&2; exit 3']);
      expect(r).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'none\n', timedOut: false });
    } finally {
      delete process.env.INPUT_SECRETS;
    }
  });

  test('a tool that does not exist is a failed result, not a throw', async () => {
    const r = await runCaptured('/nonexistent/tool', []);
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toMatch(/ENOENT/);
  });
});

test('runCaptured: a tool whose result is no longer wanted is killed when its signal aborts', async () => {
  const stop = new AbortController();
  const started = Date.now();
  const running = runCaptured('sleep', ['30'], { signal: stop.signal });
  setTimeout(() => stop.abort(), 100);
  const r = await running;
  expect([r.exitCode !== 0, r.timedOut, Date.now() - started < 10_000]).toEqual([true, false, true]);
});
