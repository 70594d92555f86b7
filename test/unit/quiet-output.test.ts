import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '../../actions/lib/core/toolkit';
import { clearToolkitOutput, toolkitOutput } from '../helpers/io';

const root = path.resolve(__dirname, '../..');

describe('the quiet test environment', () => {
  it('keeps what code under test writes to stdout, for the test to read', async () => {
    core.debug('a debug line');
    core.setSecret('hunter2');
    await core.group('a phase', async () => core.info('inside'));
    expect(toolkitOutput()).toBe(
      '::debug::a debug line\n::add-mask::hunter2\n::group::a phase\ninside\n::endgroup::\n'
    );
    clearToolkitOutput();
    core.warning('then this');
    expect(toolkitOutput()).toBe('::warning::then this\n');
  });

  describe('in a jest run of its own', () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quiet-env-'));
      const noisy = (name: string, body: string) =>
        `test(${JSON.stringify(name)}, () => {\n` +
        `  process.stdout.write('::debug::debug from ${name}\\n::add-mask::hunter2\\n::group::group from ${name}\\n');\n` +
        `  process.stdout.write('GET 127.0.0.1/v2/: HTTP 503; retry 1/5 in 40 ms\\n');\n${body}});\n`;
      fs.writeFileSync(path.join(dir, 'a.test.js'), noisy('passes', '  expect(1).toBe(1);\n'));
      fs.writeFileSync(
        path.join(dir, 'b.test.js'),
        noisy('passes too', '') + noisy('fails', '  console.error("x"); expect(2).toBe(3);\n')
      );
      fs.writeFileSync(
        path.join(dir, 'jest.config.js'),
        `module.exports = ${JSON.stringify({
          rootDir: dir,
          testEnvironment: path.join(root, 'test/helpers/quiet-environment.js'),
          transform: {}
        })};\n`
      );
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    const jest = (...extra: string[]) => {
      const r = spawnSync(
        process.execPath,
        [
          path.join(root, 'node_modules/jest/bin/jest.js'),
          '--config',
          path.join(dir, 'jest.config.js'),
          ...extra
        ],
        { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ARCH_TEST_OUTPUT: '', CI: 'true' } }
      );
      return { code: r.status, all: `${r.stdout}${r.stderr}` };
    };

    it.each([
      ['in band', '--runInBand'],
      ['in workers', '--maxWorkers=2']
    ])('prints no toolkit line of a passing test, and all of a failing one (%s)', (_, how) => {
      const r = jest(how);
      expect(r.code).toBe(1);
      expect(r.all).toMatch(/Tests:\s+1 failed, 2 passed, 3 total/);
      expect(r.all).not.toMatch(/debug from passes|group from passes/);
      // The failing test's output is printed under its name, retry line included.
      expect(r.all).toContain('── output of the failed test "fails"');
      expect(r.all).toContain('::debug::debug from fails\n::add-mask::hunter2\n::group::group from fails\n');
      // Once, at the start of a line (jest's code frame quotes the source too, indented).
      expect(r.all.match(/^GET 127\.0\.0\.1\/v2\/: HTTP 503; retry 1\/5/gm)).toHaveLength(1);
      expect(r.all).toMatch(/Expected: 3\s+Received: 2/);
    });
  });
});
