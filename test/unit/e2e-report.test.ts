import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckError, ConfigurationError, runAction } from '../../actions/lib/core/errors';
import { reportThenFail } from '../../actions/run-arm64-e2e/main';

describe('the e2e report and the run failure', () => {
  let dir: string;
  let printed: string[];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-report-'));
    printed = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.exitCode = 0;
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const errors = () =>
    printed
      .join('')
      .split('\n')
      .filter(l => l.startsWith('::error::'));

  test('a report that cannot be written is printed first; the run failure is the last error', async () => {
    const failure = new CheckError('arm64 cluster e2e failed: install: helm install failed: timed out');
    await runAction(async () => reportThenFail(dir, { ok: false }, failure));
    expect(errors()).toEqual([
      `::error::Input "report" has an invalid value "${dir}": it is a folder; a file is needed`,
      '::error::arm64 cluster e2e failed: install: helm install failed: timed out'
    ]);
  });

  test('after a passing run, an unwritable report is the failure, named', () => {
    expect(() => reportThenFail(dir, { ok: true })).toThrow(ConfigurationError);
  });

  test('a writable report is written as JSON', () => {
    const file = path.join(dir, 'r.json');
    reportThenFail(file, { ok: true });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ version: 1, ok: true });
  });
});
