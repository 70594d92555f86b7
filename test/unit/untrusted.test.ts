// Text from outside never reaches stdout or stderr as a runner command: the helper, the one seam
// (core/toolkit and the CLI console) that applies it, and a scan that no code writes another way.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '../../actions/lib/core/toolkit';
import { TerminalLog } from '../../actions/cli/console';
import {
  clip,
  escapeCommands,
  LineGuard,
  listSome,
  oneLine,
  untrusted
} from '../../actions/lib/core/untrusted';
import { handWritten } from '../helpers/sources';
import { forgedCommands, hostileText, runnerCommands } from '../helpers/runner-commands';

const ROOT = path.resolve(__dirname, '../..');
const MARK = 'PWNED22';

async function captured(fn: () => void | Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(c => (chunks.push(String(c)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(c => (chunks.push(String(c)), true));
  try {
    await fn();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return chunks.join('');
}

describe('untrusted', () => {
  test.each([
    ['::error::x', '\\::error::x'],
    ['a\n::add-mask::s', 'a\n\\::add-mask::s'],
    ['a\r::stop-commands::t', 'a\n\\::stop-commands::t'],
    [' \t\u00a0::warning::w', '\\ \t\u00a0::warning::w'],
    ['\u200b\u2028::notice::n', '\\\u200b\u2028::notice::n'],
    ['##[error]x', '\\##[error]x'],
    ['a :: b', 'a :: b'],
    ['\x1b[2J\x1b[31mred\x1b[0m', '\\x1b[2J\x1b[31mred\x1b[0m'],
    ['\x07::error::x', '\\x07::error::x']
  ])('%j → %j', (text, want) => {
    expect(untrusted(text)).toBe(want);
  });

  test('a hostile text forges no command, and keeps its words', () => {
    const out = untrusted(hostileText(MARK));
    expect(forgedCommands(out, MARK)).toEqual([]);
    expect(out.split(MARK).length).toBe(hostileText(MARK).split(MARK).length);
  });

  test('oneLine keeps a field on its line', () => {
    expect(oneLine('application/json\n::error::x\r\u2028y')).toBe('application/json\\n::error::x\\r\\u2028y');
    expect(oneLine('::error::x')).toBe('\\::error::x');
  });

  test('escapeCommands changes nothing but a command at a line start', () => {
    expect(escapeCommands('\x1b[1m▶ a\x1b[0m\n\n::x\r\n \t::y\n')).toBe(
      '\x1b[1m▶ a\x1b[0m\n\n\\::x\r\n\\ \t::y\n'
    );
  });

  test('clip and listSome bound a field and a list', () => {
    expect(clip('x'.repeat(250), 200)).toBe(`${'x'.repeat(200)}… (50 more characters)`);
    expect(listSome(['a', 'b', 'c', 'd'], 2)).toBe('a, b, and 2 more');
    expect(listSome(['a', 'b'], 2)).toBe('a, b');
  });

  test('LineGuard judges whole lines, across chunks, and cuts a long one', () => {
    const lines: string[] = [];
    const g = new LineGuard(l => lines.push(l), 10);
    for (const c of [
      'ab\r',
      '\n:',
      ':error::x\n0123456789012345',
      '6789\n',
      Buffer.from([0xe2, 0x96]),
      Buffer.from([0xb6, 0x0a])
    ])
      g.push(c);
    g.push('::a::t');
    g.end();
    expect(lines).toEqual(['ab', '\\::error::x', '0123456789… (line cut)', '▶', '\\::a::t']);
  });
});

describe('the one seam', () => {
  test('info, annotations, groups and debug forge no command from outside text', async () => {
    const text = hostileText(MARK);
    const out = await captured(async () => {
      core.info(text);
      core.warning(text, { title: text, file: text });
      core.error(new Error(text));
      core.notice(text);
      core.debug(text);
      await core.group(text, async () => core.info(text));
      core.infoStderr(text);
    });
    expect(forgedCommands(out, MARK)).toEqual([]);
    expect(runnerCommands(out).map(l => /^::([\w-]+)/.exec(l)?.[1])).toEqual([
      'warning',
      'error',
      'notice',
      'debug',
      'group',
      'endgroup'
    ]);
  });

  test('the CLI terminal log forges no command, even from an annotation or a group name', async () => {
    const written: string[] = [];
    const log = new TerminalLog({ verbose: true, color: true, write: t => written.push(t) });
    const out = await captured(async () => {
      core.info(hostileText(MARK));
      core.warning(hostileText(MARK));
      core.debug(hostileText(MARK));
      await core.group(hostileText(MARK), async () => undefined);
    });
    log.chunk(out);
    log.chunk(`${hostileText(MARK)}\n`);
    log.flush();
    expect(runnerCommands(written.join(''))).toEqual([]);
  });
});

// The seam: only these files write to stdout or stderr, and only through the guard.
const SEAM = [
  'actions/lib/core/toolkit.ts',
  'actions/cli/console.ts',
  'actions/cli/main.ts',
  'actions/cli/index.ts'
];

test('no code writes to stdout or stderr but through the seam', () => {
  const found: string[] = [];
  for (const file of handWritten(ROOT)) {
    const rel = path.relative(ROOT, file);
    const text = fs.readFileSync(file, 'utf8');
    const hits = [
      ...text.matchAll(/process\.(stdout|stderr)\.write|\bconsole\.\w+|stdio:\s*'inherit'|'inherit'\s*\]/g)
    ].map(m => m[0]);
    if (/from '@actions\/exec'|import\('@actions\/exec'\)/.test(text) && rel !== 'actions/lib/core/exec.ts')
      hits.push('@actions/exec');
    if (/@actions\/core\/lib\/command/.test(text) && rel !== 'actions/lib/core/toolkit.ts')
      hits.push('@actions/core/lib/command');
    if (hits.length && !SEAM.includes(rel)) found.push(`${rel}: ${[...new Set(hits)].join(', ')}`);
  }
  expect(found).toEqual([]);
});

test('the seam prints through the guard', () => {
  const src = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
  expect(src('actions/lib/core/toolkit.ts')).toMatch(/process\.stdout\.write\(untrusted\(message\)/);
  expect(src('actions/cli/main.ts')).toMatch(/out\(escapeCommands\(s\)\)/);
  expect(src('actions/cli/console.ts')).toMatch(/opts\.write\(escapeCommands\(text\)\)/);
});
