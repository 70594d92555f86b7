// Start-up cost: an action loads only what its run needs. @actions/core's index brings an OIDC
// client with undici (most of a bundle's start-up), so code goes through core/toolkit; the tool
// cache, the artifact client and the tar reader load when used (core/lazy).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { handWritten } from '../helpers/sources';

const ROOT = path.join(__dirname, '..', '..');
const HEAVY = [
  'undici',
  '@actions/http-client',
  '@actions/tool-cache',
  '@actions/artifact',
  '@actions/github'
];

test("no hand-written file imports '@actions/core' (only core/toolkit) or a heavy package at load time", () => {
  const found: string[] = [];
  for (const file of handWritten(ROOT)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gms)) {
      const pkg = m[1];
      if (pkg === '@actions/core' && !file.endsWith(path.join('core', 'toolkit.ts')))
        found.push(`${path.relative(ROOT, file)}: ${pkg}`);
      if (HEAVY.includes(pkg)) found.push(`${path.relative(ROOT, file)}: ${pkg}`);
    }
  }
  expect(found).toEqual([]);
});

test.each(['verify-platforms', 'build-multiarch'])(
  '%s loads none of the heavy packages when it starts',
  action => {
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'scripts', 'run-ts.js'),
        path.join(ROOT, 'test', 'helpers', 'loaded-packages.ts'),
        path.join(ROOT, 'actions', action, 'main.ts')
      ],
      { encoding: 'utf8', cwd: ROOT }
    );
    expect(r.status).toBe(0);
    const loaded = r.stdout.split('\n').filter(Boolean);
    expect(loaded).toContain('@actions/core');
    expect(loaded.filter(p => HEAVY.includes(p))).toEqual([]);
  }
);
