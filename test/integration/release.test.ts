// release.yml's own run: blocks, read from the file, against a git server that refuses (as
// GitHub does) a ref update bringing in changed workflow files unless the pusher's token has the
// workflows right. A release that changes multiarch.yml moves v1 with the release token, is
// refused with GITHUB_TOKEN, and with no token stops at once naming the secret.
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { GitServer, startGitServer } from '../helpers/git-server';

const ROOT = path.join(__dirname, '..', '..');
const REPOSITORY = 'openebs/arch-actions';
const RELEASE_TOKEN = 'github_pat_release-with-workflows';
const GITHUB_TOKEN = 'ghs_the-jobs-own-token';

const release = YAML.parse(fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8'));
const stepOf = (job: string, id: string) => release.jobs[job].steps.find((s: { id?: string }) => s.id === id);

let tmp: string;
let server: GitServer;
let checkout: string;

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
      ...env
    },
    encoding: 'utf8'
  }).trim();
}

/** A commit with multiarch.yml saying `version`, tagged `tag` (annotated). */
function release_(seed: string, version: string, tag: string): void {
  fs.writeFileSync(
    path.join(seed, '.github', 'workflows', 'multiarch.yml'),
    `name: multiarch # ${version}\n`
  );
  git(seed, ['add', '-A']);
  git(seed, ['commit', '-q', '-m', version]);
  git(seed, ['tag', '-a', tag, '-m', tag]);
}

/**
 * Runs a step's run: block as the runner does (bash -eo pipefail, a file), with `env` only;
 * asynchronously, since the git server answers in this process.
 */
async function runStep(step: { run: string }, env: Record<string, string>, cwd = checkout) {
  const script = path.join(tmp, `step-${Math.random().toString(36).slice(2)}.sh`);
  fs.writeFileSync(script, step.run);
  const summary = path.join(tmp, 'summary.md');
  const output = path.join(tmp, 'output');
  fs.writeFileSync(summary, '');
  fs.writeFileSync(output, '');
  const res = await new Promise<{ status: number; stdout: string; stderr: string }>(resolve =>
    execFile(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', script],
      {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: path.join(tmp, 'home'),
          GIT_TERMINAL_PROMPT: '0',
          GITHUB_SERVER_URL: server.url,
          GITHUB_REPOSITORY: REPOSITORY,
          GITHUB_STEP_SUMMARY: summary,
          GITHUB_OUTPUT: output,
          ...env
        }
      },
      (err, stdout, stderr) =>
        resolve({ status: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr })
    )
  );
  return { ...res, summary: fs.readFileSync(summary, 'utf8'), output: fs.readFileSync(output, 'utf8') };
}

const v1 = () => git(server.bare, ['rev-parse', 'refs/tags/v1^{commit}']);
const commitOf = (tag: string) => git(server.bare, ['rev-parse', `refs/tags/${tag}^{commit}`]);

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'));
  fs.mkdirSync(path.join(tmp, 'home'));
  server = await startGitServer(path.join(tmp, 'srv'), REPOSITORY, {
    [RELEASE_TOKEN]: 'workflows',
    [GITHUB_TOKEN]: 'contents'
  });
  // The maintainer's history, pushed with the workflows right: v1.0.0 (and v1 on it), then
  // v1.1.0, which changes multiarch.yml.
  const seed = path.join(tmp, 'seed');
  fs.mkdirSync(path.join(seed, '.github', 'workflows'), { recursive: true });
  git(seed, ['init', '-q', '-b', 'main']);
  release_(seed, '1.0.0', 'v1.0.0');
  git(seed, ['tag', '-a', 'v1', '-m', 'v1 -> v1.0.0', 'v1.0.0^{commit}']);
  release_(seed, '1.1.0', 'v1.1.0');
  git(seed, ['push', '-q', server.bare, 'main', '--tags'], { ARCH_PUSHER_WORKFLOWS: '1' });
  // actions/checkout with fetch-depth: 0 and persist-credentials: false.
  checkout = path.join(tmp, 'checkout');
  git(tmp, ['clone', '-q', server.bare, checkout]);
});

afterAll(async () => {
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('major-tag: Move the major tag', () => {
  const step = stepOf('major-tag', 'move');
  const moveTo = (token: string, tag = 'v1.1.0') =>
    runStep(step, { TAG: tag, PRERELEASE: 'false', RELEASE_TOKEN: token });

  test('its env is what this test gives it, and its token is never GITHUB_TOKEN', () => {
    expect(Object.keys(step.env)).toEqual(['TAG', 'PRERELEASE', 'RELEASE_TOKEN']);
    expect(step.env.RELEASE_TOKEN).toBe('${{ steps.app-token.outputs.token || secrets.RELEASE_TOKEN }}');
  });

  test('no token: it stops at once, naming the secret, and pushes nothing', async () => {
    const r = await moveTo('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::no release token: set the secret RELEASE_TOKEN');
    expect(v1()).toBe(commitOf('v1.0.0'));
  });

  test('GITHUB_TOKEN: the server refuses the move past a changed workflow', async () => {
    const r = await moveTo(GITHUB_TOKEN);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(
      'refusing to allow a GitHub App to create or update workflow `.github/workflows/multiarch.yml` without `workflows` permission'
    );
    expect(v1()).toBe(commitOf('v1.0.0'));
  });

  test('the release token: v1 moves to the release, and the token is in no argv or URL', async () => {
    const r = await moveTo(RELEASE_TOKEN);
    expect(r.stderr).not.toContain('refusing');
    expect(r.status).toBe(0);
    expect(v1()).toBe(commitOf('v1.1.0'));
    expect(r.summary).toContain('Moved `v1` to `v1.1.0`');
    expect(step.run).not.toMatch(/\$RELEASE_TOKEN@|https:\/\/[^\s]*\$\{?RELEASE_TOKEN/);
  });

  test('a patch of the older line, released later, leaves v1 on the newest release', async () => {
    const seed = path.join(tmp, 'seed');
    git(seed, ['checkout', '-q', 'v1.0.0']);
    git(seed, ['tag', '-a', 'v1.0.1', '-m', 'v1.0.1']);
    git(seed, ['push', '-q', server.bare, 'v1.0.1'], { ARCH_PUSHER_WORKFLOWS: '1' });
    git(checkout, ['fetch', '-q', 'origin', 'refs/tags/v1.0.1:refs/tags/v1.0.1']);
    const r = await moveTo(RELEASE_TOKEN, 'v1.0.1');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('::notice::v1 stays on v1.1.0, a newer release than v1.0.1');
    expect(v1()).toBe(commitOf('v1.1.0'));
  });
});

describe('release-token: stops the release before the self-tests when no token is set', () => {
  const step = stepOf('release-token', 'check');
  const check = (app: boolean, key: boolean, token: boolean) =>
    runStep(step, { HAS_APP_ID: String(app), HAS_APP_KEY: String(key), HAS_TOKEN: String(token) }, tmp);

  test('its env says only whether each secret is set', () => {
    expect(step.env).toEqual({
      HAS_APP_ID: "${{ secrets.RELEASE_APP_ID != '' }}",
      HAS_APP_KEY: "${{ secrets.RELEASE_APP_PRIVATE_KEY != '' }}",
      HAS_TOKEN: "${{ secrets.RELEASE_TOKEN != '' }}"
    });
    // Every later job waits for it.
    for (const job of ['selftest', 'selftest-multiarch', 'major-tag'])
      expect([release.jobs[job].needs].flat()).toContain('release-token');
  });

  test.each([
    [false, false, false, 1, '::error::no release token: set the secret RELEASE_TOKEN'],
    [
      true,
      false,
      true,
      1,
      '::error::the secret RELEASE_APP_ID is set but the secret RELEASE_APP_PRIVATE_KEY is missing'
    ],
    [false, false, true, 0, 'release token: secret RELEASE_TOKEN'],
    [true, true, false, 0, 'release token: a GitHub App']
  ])('app id %s, app key %s, token %s: exit %s', async (app, key, token, status, says) => {
    const r = await check(app, key, token);
    expect(r.status).toBe(status);
    expect(r.stdout).toContain(says);
    if (status === 0) expect(r.output).toBe(`app=${app}\n`);
  });
});
