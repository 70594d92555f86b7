import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultTags, httpsRemote, ociMetadata, readGitContext, sanitiseTag } from '../../actions/lib/build/gitref';

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

test.each([
  ['git@github.com:o/r.git', 'https://github.com/o/r'],
  ['https://x-access-token:abc@github.com/o/r.git', 'https://github.com/o/r'],
  ['ssh://git@github.com/o/r', 'https://git@github.com/o/r'.replace('git@', '')]
])('httpsRemote(%s)', (input, want) => expect(httpsRemote(input)).toBe(want));

test('sanitiseTag keeps tags valid', () => {
  expect(sanitiseTag('-feat/x@y')).toBe('feat-x-y');
  expect(sanitiseTag('a'.repeat(200))).toHaveLength(128);
});
