// `arch-actions lint`: findings printed the way compilers print them, exit 1 on errors only,
// and the verify-platforms action in `lint: only` mode run as the runner runs it.
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../actions/cli/main';
import { runActionProcess } from '../helpers/action';
import { captureIo } from '../helpers/io';

const DIR = path.join(__dirname, '..', 'fixtures', 'dockerfiles');
const ACTION = path.join(__dirname, '..', '..', 'actions', 'verify-platforms', 'index.ts');

const io = captureIo;

let saved: string | undefined;
beforeAll(() => {
  saved = process.env.GITHUB_WORKSPACE;
  process.env.GITHUB_WORKSPACE = DIR;
});
afterAll(() => {
  if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
  else process.env.GITHUB_WORKSPACE = saved;
});

/** The `file:line: severity:` heads of the printed findings. */
const heads = (out: string) => [...out.matchAll(/^(\S+:\d+: (error|warning|notice)):/gm)].map(m => m[1]);

describe('arch-actions lint', () => {
  test('prints file:line: severity: message with the fix below, exits 1 on an error', async () => {
    const r = io();
    expect(await main(['lint', 'openebs-dynamic-localpv-provisioner/*.Dockerfile'], r)).toBe(1);
    expect(heads(r.out)).toEqual([
      'openebs-dynamic-localpv-provisioner/e2e-tests.Dockerfile:48: error',
      'openebs-dynamic-localpv-provisioner/e2e-tests.Dockerfile:50: error',
      'openebs-dynamic-localpv-provisioner/prebuilt.Dockerfile:27: notice',
      'openebs-dynamic-localpv-provisioner/provisioner-localpv.Dockerfile:39: warning'
    ]);
    expect(r.out).toContain('/bin/linux/amd64/kubectl names amd64 for every platform');
    expect(r.out).toContain('[hardcoded-arch]\n  Fix:\n    ARG TARGETARCH\n');
    // The last line is the verdict; each finding was printed once, at its file:line.
    expect(r.err).toBe('arch-actions lint: 4 lint findings, 2 at or above error\n');
  });

  test('warnings alone pass unless --lint-fail-on warning', async () => {
    const file = 'openebs-dynamic-localpv-provisioner/provisioner-localpv.Dockerfile';
    const r = io();
    expect(await main(['lint', file], r)).toBe(0);
    expect(heads(r.out)).toEqual([`${file}:39: warning`]);
    expect(await main(['lint', file, '--lint-fail-on', 'warning'], io())).toBe(1);
  });

  test('a correct cross-compile prints no finding; --json carries the findings output', async () => {
    const clean = io();
    expect(await main(['lint', 'own/cross-compile.Dockerfile'], clean)).toBe(0);
    expect(heads(clean.out)).toEqual([]);
    const r = io();
    expect(await main(['lint', 'own/buildplatform-no-goarch.Dockerfile', '--json'], r)).toBe(1);
    const doc = JSON.parse(r.out);
    expect(doc.outputs.findings.map((f: any) => [f.file, f.line, f.rule, f.severity])).toEqual([
      ['own/buildplatform-no-goarch.Dockerfile', 2, 'buildplatform-no-target', 'error']
    ]);
    expect(doc.outputs.checked).toBe(0);
  });

  test('one platform: its own architecture is not hard-coded', async () => {
    const r = io();
    expect(await main(['lint', 'own/parser.Dockerfile', '--platforms', 'linux/arm64'], r)).toBe(0);
    expect(heads(r.out)).toEqual([]);
  });

  test('usage: no Dockerfile, a glob that matches nothing, a flag lint does not take', async () => {
    const none = io();
    expect(await main(['lint'], none)).toBe(2);
    expect(none.err).toContain('Nothing to lint');
    const missing = io();
    expect(await main(['lint', 'nothing/*.Dockerfile'], missing)).toBe(2);
    // The positional glob is named as such, never as an action input.
    expect(missing.err).toBe(
      'arch-actions lint: bad usage: The DOCKERFILES argument has an invalid value "nothing/*.Dockerfile": no file matches it\n'
    );
    const flagged = io();
    expect(await main(['lint', '--dockerfiles', 'nothing/*.Dockerfile'], flagged)).toBe(2);
    expect(flagged.err).toContain('--dockerfiles has an invalid value "nothing/*.Dockerfile"');
    const flag = io();
    expect(await main(['lint', 'own/parser.Dockerfile', '--deep'], flag)).toBe(2);
    expect(flag.err).toContain('unknown flag --deep');
  });

  test('--target names the stage the build targets: what it never reaches is a notice', async () => {
    const file = 'azure-container-networking/cni.Dockerfile';
    const last = io();
    expect(await main(['lint', file, '--lint-fail-on', 'never'], last)).toBe(0);
    expect(heads(last.out)).toEqual([`${file}:25: warning`, `${file}:53: notice`]);
    const linux = io();
    expect(await main(['lint', file, '--target', 'linux', '--lint-fail-on', 'never'], linux)).toBe(0);
    expect(heads(linux.out)).toEqual([`${file}:25: warning`, `${file}:53: warning`]);
    const none = io();
    expect(await main(['lint', file, '--target', 'nope'], none)).toBe(2);
    expect(none.err).toContain(
      '--target has an invalid value "nope": azure-container-networking/cni.Dockerfile has no stage'
    );
  });

  test('help offers only the lint flags', async () => {
    const r = io();
    expect(await main(['lint', '--help'], r)).toBe(0);
    const flags = [...r.out.matchAll(/^ {2}(--[a-z-]+) /gm)].map(m => m[1]);
    expect(flags).toEqual([
      '--dockerfiles',
      '--target',
      '--platforms',
      '--lint-fail-on',
      '--report',
      '--json',
      '--format',
      '--summary-file',
      '--verbose'
    ]);
  });
});

describe('verify-platforms with lint: only, as the runner runs it', () => {
  test('annotations at file:line, the findings output and the summary table', () => {
    const r = runActionProcess(
      ACTION,
      { dockerfiles: 'openebs-e2e/*.Dockerfile', lint: 'only' },
      { GITHUB_WORKSPACE: DIR, RUNNER_TEMP: os.tmpdir() }
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /^::error title=Dockerfile arch lint%3A hardcoded-arch,file=openebs-e2e\/e2e-agent\.Dockerfile,line=15::wget downloads/m
    );
    expect(r.stdout).toMatch(/^::warning title=[^,]+,file=openebs-e2e\/e2e-agent\.Dockerfile,line=18::/m);
    const findings = JSON.parse(r.outputs.findings);
    expect(findings.map((f: any) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      'openebs-e2e/e2e-agent.Dockerfile:15 hardcoded-arch',
      'openebs-e2e/e2e-agent.Dockerfile:18 emulated-compile',
      'openebs-e2e/e2e-fio.Dockerfile:15 emulated-compile',
      'openebs-e2e/e2e-proxy.Dockerfile:14 emulated-compile'
    ]);
    expect(r.outputs.ok).toBe('false');
    expect(r.summary).toContain('Dockerfile arch lint');
    expect(r.summary).not.toContain('Platform verification');
    expect(r.stdout).toContain('::error::1 Dockerfile lint finding at or above error');
  });
});
