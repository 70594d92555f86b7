// The CLI as a package: `npm pack` gives a tarball that installs in an empty folder with no dev
// dependencies and no network, and whose `arch-actions` runs --help and a verify against the lab.
// It packs the committed dist/cli (CI checks that dist/ is fresh).
import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireLab, LabEnv } from '../lab/lab';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CI: 'true' }
  });
  if (r.error) throw r.error;
  return r;
}

describe('the npm package', () => {
  let lab: LabEnv;
  let tmp: string;
  let tarball: string;
  let bin: string;

  beforeAll(() => {
    lab = requireLab();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-'));
    const packed = run('npm', ['pack', '--pack-destination', tmp, '--ignore-scripts', '--json'], ROOT);
    expect(packed.status).toBe(0);
    tarball = path.join(tmp, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0].filename);
    const app = path.join(tmp, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), '{"name":"empty","version":"1.0.0","private":true}\n');
    const installed = run(
      'npm',
      ['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball],
      app
    );
    expect([installed.status, installed.stderr]).toEqual([0, expect.anything()]);
    bin = path.join(app, 'node_modules', '.bin', 'arch-actions');
  });

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('is publishable: a scoped name, a bin, files, engines, no runtime dependency to fetch', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('@openebs/arch-actions');
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ 'arch-actions': 'dist/cli/index.js' });
    expect(pkg.engines).toEqual({ node: '>=20' });
    // The bundle holds every package it runs: an install fetches nothing.
    expect(pkg.dependencies).toBeUndefined();
    expect(path.basename(tarball)).toBe(`openebs-arch-actions-${pkg.version}.tgz`);
  });

  test('carries dist/cli with every chunk, and nothing else of the repository', () => {
    const listed = run('tar', ['-tzf', tarball], tmp).stdout.split('\n').filter(Boolean).sort();
    const chunks = fs
      .readdirSync(path.join(ROOT, 'dist/cli'))
      .filter(f => f.endsWith('.js'))
      .map(f => `package/dist/cli/${f}`);
    expect(chunks).toContain('package/dist/cli/index.js');
    expect(listed).toEqual(
      [
        ...chunks,
        'package/dist/cli/licenses.txt',
        'package/LICENSE',
        'package/README.md',
        'package/package.json'
      ].sort()
    );
  });

  test('arch-actions --help and a verify against the lab registry run from the installed package', () => {
    const help = run(bin, ['--help'], tmp);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: arch-actions <command> \[flags\]\n/);
    expect(help.stdout).toMatch(/^ {2}verify +Prove images/m);
    const verify = run(
      bin,
      ['verify', lab.LAB_BASE_IMAGE, '--report', path.join(tmp, 'r.json'), '--json'],
      tmp
    );
    expect(verify.status).toBe(0);
    const doc = JSON.parse(verify.stdout);
    expect([doc.command, doc.ok, doc.outputs.ok, doc.outputs.checked]).toEqual(['verify', true, true, 1]);
    const lacking = run(
      bin,
      ['verify', lab.LAB_BASE_AMD64, '--report', path.join(tmp, 'r.json'), '--json'],
      tmp
    );
    expect(lacking.status).toBe(1);
    expect(
      JSON.parse(lacking.stdout).outputs.missing.map((m: { platforms: string[] }) => m.platforms)
    ).toEqual([['linux/arm64']]);
  });
});
