import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError } from '../../actions/lib/core/errors';
import { readInputFile, readPath, scratchDir, writeInputFile, writePath } from '../../actions/lib/core/paths';

let dir: string;
let fifo: string;
let sock: net.Server;
let socketPath: string;
const env = { RUNNER_TEMP: '/nonexistent-runner-temp' };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paths-'));
  fs.writeFileSync(path.join(dir, 'file'), 'x');
  fs.mkdirSync(path.join(dir, 'folder'));
  fifo = path.join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  socketPath = path.join(dir, 'sock');
  sock = net.createServer();
  await new Promise<void>(r => sock.listen(socketPath, r));
});

afterAll(() => {
  sock.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const p = (name: string) => (name.startsWith('/') ? name : path.join(dir, name));

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('readPath', () => {
  test.each([
    ['file', 'folder', /it is a file; a folder is needed/],
    ['folder', 'file', /it is a folder; a file is needed/],
    ['fifo', 'file', /it is a FIFO; a file is needed/],
    ['sock', 'any', /it is a socket; a file or a folder is needed/],
    ['/dev/null', 'file', /it is a device/],
    ['/proc/version', 'file', /kernel pseudo file system/],
    ['missing/x', 'file', /it does not exist \(ENOENT\)/],
    ['file/x', 'file', /a part of the path is a file, not a folder \(ENOTDIR\)/]
  ])('%s as a %s is refused by name', (name, kind, why) => {
    const msg = message(() => readPath('chart', p(name), kind as 'file'));
    expect(msg).toContain(`Input "chart" has an invalid value "${p(name)}"`);
    expect(msg).toMatch(why);
  });

  test('returns the absolute path of a good file, folder, or undefined when optional', () => {
    expect(readPath('chart', p('file'), 'file')).toBe(p('file'));
    expect(readPath('chart', p('folder'), 'any')).toBe(p('folder'));
    expect(readPath('digests-dir', p('missing'), 'folder', { optional: true })).toBeUndefined();
  });

  test('readInputFile reads a regular file and never opens a FIFO', () => {
    expect(readInputFile('values', p('file')).toString()).toBe('x');
    expect(message(() => readInputFile('values', fifo))).toMatch(/FIFO/);
    expect(message(() => readInputFile('values', p('file'), 0))).toMatch(/larger than 0 bytes/);
  });
});

describe('writePath', () => {
  test.each([
    ['folder', 'file', /it is a folder; a file is needed/],
    ['file', 'folder', /it is a file; a folder is needed/],
    ['fifo', 'file', /it is a FIFO/],
    ['/dev/null', 'file', /it is a device/],
    ['/proc/version', 'file', /kernel pseudo file system/],
    ['missing/report.json', 'file', /its folder .*missing does not exist/],
    ['file/report.json', 'file', /file is a file, not a folder/]
  ])('%s as a %s is refused by name', (name, kind, why) => {
    const msg = message(() => writePath('report', p(name), kind as 'file', env));
    expect(msg).toContain(`Input "report" has an invalid value "${p(name)}"`);
    expect(msg).toMatch(why);
  });

  test('creates a missing folder, and parents only inside the scratch folder', () => {
    expect(writePath('digests-dir', p('digests'), 'folder', env)).toBe(p('digests'));
    expect(fs.statSync(p('digests')).isDirectory()).toBe(true);
    const scratch = { RUNNER_TEMP: p('runner-temp') };
    const report = path.join(scratchDir(scratch), 'deep', 'report.json');
    expect(writeInputFile('report', report, '{}', scratch)).toBe(report);
    expect(fs.readFileSync(report, 'utf8')).toBe('{}');
  });

  test('writeInputFile replaces the content of an existing file', () => {
    writeInputFile('report', p('out.json'), 'long content', env);
    writeInputFile('report', p('out.json'), 'short', env);
    expect(fs.readFileSync(p('out.json'), 'utf8')).toBe('short');
  });
});
