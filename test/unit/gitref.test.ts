import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  defaultTags,
  httpsRemote,
  ociMetadata,
  readGitContext,
  sanitiseTag
} from '../../actions/lib/build/gitref';

const SHA = '0123456789abcdef0123456789abcdef01234567';
let tmp: string;
beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gitref-'))));
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function gh(ref: string, event: object = {}): NodeJS.ProcessEnv {
  const file = path.join(tmp, 'event.json');
  fs.writeFileSync(file, JSON.stringify(event));
  return {
    GITHUB_REF: ref,
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'openebs/dynamic-localpv-provisioner',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_PATH: file
  };
}

describe('default tags from the git ref', () => {
  test.each([
    ['tag', 'refs/tags/v4.2.0', {}, ['v4.2.0', 'sha-0123456']],
    ['branch', 'refs/heads/develop', {}, ['develop', 'sha-0123456']],
    ['branch with a slash', 'refs/heads/feature/arm64 build', {}, ['feature-arm64-build', 'sha-0123456']],
    [
      'pull request from the event',
      'refs/pull/77/merge',
      { pull_request: { number: 77 } },
      ['pr-77', 'sha-0123456']
    ],
    ['pull request from the ref only', 'refs/pull/12/merge', {}, ['pr-12', 'sha-0123456']],
    ['no ref', '', {}, ['sha-0123456']]
  ])('%s', (_name, ref, event, want) => {
    expect(defaultTags(readGitContext(gh(ref, event)))).toEqual(want);
  });
});

test('OCI metadata from the GitHub context, created from the head commit', () => {
  const ctx = readGitContext(
    gh('refs/tags/v2.8.0', { head_commit: { timestamp: '2024-05-01T10:00:00+02:00' } })
  );
  expect(ociMetadata(ctx)).toEqual({
    'org.opencontainers.image.source': 'https://github.com/openebs/dynamic-localpv-provisioner',
    'org.opencontainers.image.revision': SHA,
    'org.opencontainers.image.created': '2024-05-01T08:00:00.000Z',
    'org.opencontainers.image.version': 'v2.8.0'
  });
});

test('SOURCE_DATE_EPOCH wins; a clock-only created is left out of reproducible metadata', () => {
  const env = { ...gh('refs/heads/main'), SOURCE_DATE_EPOCH: '1700000000' };
  expect(ociMetadata(readGitContext(env))['org.opencontainers.image.created']).toBe(
    '2023-11-14T22:13:20.000Z'
  );
  const clock = readGitContext({ ...gh('refs/heads/main'), GITHUB_SHA: SHA });
  expect(clock.createdIsNow).toBe(true);
  expect(ociMetadata(clock, true)['org.opencontainers.image.created']).toBeUndefined();
  expect(ociMetadata(clock)['org.opencontainers.image.created']).toBe(clock.created);
});

test('outside GitHub the context comes from git', () => {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: tmp, stdio: 'pipe' }).toString().trim();
  git('init', '-q', '-b', 'release/1.x');
  git('remote', 'add', 'origin', 'git@github.com:openebs/zfs-localpv.git');
  fs.writeFileSync(path.join(tmp, 'f'), 'x');
  git('add', 'f');
  git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-qm', 'x', '--date', '2020-01-02T03:04:05Z');
  const env = { GIT_COMMITTER_DATE: '' };
  const ctx = readGitContext(env, tmp);
  const sha = git('rev-parse', 'HEAD');
  expect(ctx.sha).toBe(sha);
  expect(ctx.ref).toBe('refs/heads/release/1.x');
  expect(ctx.source).toBe('https://github.com/openebs/zfs-localpv');
  expect(ctx.createdIsNow).toBe(false);
  expect(defaultTags(ctx)).toEqual(['release-1.x', `sha-${sha.slice(0, 7)}`]);
  git('tag', 'v1.0.0');
  expect(defaultTags(readGitContext(env, tmp))[0]).toBe('v1.0.0');
});

/** The context as git answers command by command (one process per question). */
function gitOracle(cwd: string) {
  const ask = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    } catch {
      return '';
    }
  };
  const sha = ask('rev-parse', 'HEAD');
  const tag = ask('describe', '--tags', '--exact-match', 'HEAD');
  const branch = ask('rev-parse', '--abbrev-ref', 'HEAD');
  const remote = ask('remote', 'get-url', 'origin');
  const time = sha ? ask('show', '-s', '--format=%cI', sha) : '';
  return {
    sha,
    ref: tag ? `refs/tags/${tag}` : branch && branch !== 'HEAD' ? `refs/heads/${branch}` : '',
    source: remote ? httpsRemote(remote) : '',
    created: time ? new Date(time).toISOString() : undefined
  };
}

test('outside GitHub, the context equals what git answers command by command, in few processes', () => {
  const calls = path.join(tmp, 'calls');
  const bin = path.join(tmp, 'bin');
  fs.mkdirSync(bin);
  const real = execFileSync('sh', ['-c', 'command -v git']).toString().trim();
  fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$1" >> "${calls}"\nexec "${real}" "$@"\n`, {
    mode: 0o755
  });
  const repo = path.join(tmp, 'repo');
  fs.mkdirSync(repo);
  const git = (date: string, ...args: string[]) =>
    execFileSync(real, ['-c', 'user.email=a@b', '-c', 'user.name=a', ...args], {
      cwd: repo,
      stdio: 'pipe',
      env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date }
    });
  const commit = (date: string) => git(date, 'commit', '-q', '--allow-empty', '-m', date);
  const steps: Array<[string, number, () => unknown]> = [
    ['not a repository', 2, () => undefined],
    ['no commit yet', 2, () => git('', 'init', '-q', '-b', 'release/1.x')],
    ['a branch with a slash', 2, () => commit('2020-01-02T03:04:05+02:00')],
    [
      'a remote rewritten by insteadOf',
      2,
      () =>
        git('', 'remote', 'add', 'origin', 'gh:openebs/zfs-localpv.git') &&
        git('', 'config', 'url.git@github.com:.insteadOf', 'gh:')
    ],
    ['one lightweight tag', 2, () => git('', 'tag', 'v1.0.0')],
    ['an annotated tag beside it', 3, () => git('2021-01-01T00:00:00Z', 'tag', '-a', '-m', 'b', 'v1.0.1')],
    ['an older annotated tag too', 3, () => git('2019-01-01T00:00:00Z', 'tag', '-a', '-m', 'c', 'v0.9.0')],
    [
      'two lightweight tags',
      3,
      () => commit('2022-01-01T00:00:00Z') && git('', 'tag', 'b-tag') && git('', 'tag', 'a-tag')
    ],
    ['a detached HEAD at a tag', 3, () => git('', 'checkout', '-q', '--detach')],
    ['a detached HEAD', 2, () => commit('2023-01-01T00:00:00Z')]
  ];
  const saved = process.env.PATH;
  process.env.PATH = `${bin}:${saved}`;
  try {
    for (const [name, processes, step] of steps) {
      step();
      fs.rmSync(calls, { force: true });
      const ctx = readGitContext({}, repo);
      const spawned = fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').split('\n').filter(Boolean) : [];
      const want = gitOracle(repo);
      expect([name, { sha: ctx.sha, ref: ctx.ref, source: ctx.source }]).toEqual([
        name,
        { sha: want.sha, ref: want.ref, source: want.source }
      ]);
      expect([name, ctx.createdIsNow ? undefined : ctx.created]).toEqual([name, want.created]);
      expect([name, spawned.length]).toEqual([name, processes]);
    }
  } finally {
    process.env.PATH = saved;
  }
});

test.each([
  ['git@github.com:o/r.git', 'https://github.com/o/r'],
  ['https://x-access-token:abc@github.com/o/r.git', 'https://github.com/o/r'],
  ['ssh://git@github.com/o/r', 'https://git@github.com/o/r'.replace('git@', '')]
])('httpsRemote(%s)', (input, want) => expect(httpsRemote(input)).toBe(want));

test('sanitiseTag keeps tags valid', () => {
  expect(sanitiseTag('-feat/x@y')).toBe('feat-x-y');
  expect(sanitiseTag('a'.repeat(200))).toHaveLength(128);
});
