import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Ancestry, buildOf, describeBuild, gitAncestry, isOlder } from '../../actions/lib/build/tag';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const at = (revision: string | undefined, created: string | undefined) => ({
  digest: `sha256:${(revision ?? 'x')[0].repeat(64)}`,
  revision,
  created
});

describe('isOlder', () => {
  // B descends from A.
  const ancestry: Ancestry = async (x, y) => (x === A && y === B ? true : x === y ? true : false);
  test.each([
    [
      'an ancestor is older, whatever its time says',
      at(A, '2030-01-01T00:00:00Z'),
      at(B, '2020-01-01T00:00:00Z'),
      true
    ],
    [
      'a descendant is newer, whatever its time says',
      at(B, '2020-01-01T00:00:00Z'),
      at(A, '2030-01-01T00:00:00Z'),
      false
    ],
    ['same revision: the created time', at(A, '2020-01-01T00:00:00Z'), at(A, '2021-01-01T00:00:00Z'), true],
    ['same revision, later time', at(A, '2022-01-01T00:00:00Z'), at(A, '2021-01-01T00:00:00Z'), false],
    ['same time: cannot tell', at(A, '2021-01-01T00:00:00Z'), at(A, '2021-01-01T00:00:00Z'), undefined],
    [
      'no created on the tagged build: cannot tell',
      at(A, '2020-01-01T00:00:00Z'),
      at(A, undefined),
      undefined
    ],
    ['a bad time: cannot tell', at(A, 'yesterday'), at(A, '2021-01-01T00:00:00Z'), undefined]
  ])('%s', async (_name, next, current, want) => {
    expect(await isOlder(next, current, ancestry)).toBe(want);
  });

  test('unrelated revisions fall back to the created time', async () => {
    const none: Ancestry = async () => undefined;
    expect(await isOlder(at(A, '2020-01-01T00:00:00Z'), at(B, '2021-01-01T00:00:00Z'), none)).toBe(true);
  });
});

test('buildOf reads the OCI annotations; describeBuild prints only plain characters', () => {
  const b = buildOf('sha256:1', {
    'org.opencontainers.image.revision': '::error::x\nboom',
    'org.opencontainers.image.created': '2021-01-01T00:00:00Z'
  });
  expect(b.revision).toBe('::error::x\nboom');
  expect(describeBuild(b)).toBe('sha256:1, revision ::error::x?boom, created 2021-01-01T00:00:00Z');
  expect(describeBuild({ digest: 'sha256:2' })).toBe('sha256:2, revision unknown, created unknown');
});

test('gitAncestry answers from a real checkout, and undefined for what it cannot know', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tag-git-'));
  const quiet = jest.spyOn(process.stdout, 'write').mockReturnValue(true);
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        encoding: 'utf8'
      }).trim();
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'one');
    const one = git('rev-parse', 'HEAD');
    git('commit', '-q', '--allow-empty', '-m', 'two');
    const two = git('rev-parse', 'HEAD');
    const ancestry = gitAncestry(dir);
    expect(await ancestry(one, two)).toBe(true);
    expect(await ancestry(two, one)).toBe(false);
    expect(await ancestry(one, 'c'.repeat(40))).toBeUndefined();
    expect(await ancestry('--help', one)).toBeUndefined();
  } finally {
    quiet.mockRestore();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
