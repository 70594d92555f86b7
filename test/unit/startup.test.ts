// Start-up cost: an action loads only what its run needs. @actions/core's index brings an OIDC
// client with undici (most of a bundle's start-up), so code goes through core/toolkit; the tool
// cache, the artifact client and the YAML scanners load on first use, through import(), which
// ncc turns into chunk files of their own (see tsconfig.json): a bundle that fails on a bad input
// neither evaluates nor even compiles them.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { handWritten } from '../helpers/sources';
import * as ts from 'typescript';
import { CheckError, ConfigurationError, runAction } from '../../actions/lib/core/errors';

const ROOT = path.join(__dirname, '..', '..');
const HEAVY = [
  'undici',
  '@actions/http-client',
  '@actions/tool-cache',
  '@actions/artifact',
  '@actions/github'
];
// Loaded on first use only (the scanners of charts and manifests, the runner of tools).
const LAZY = ['yaml', '@actions/exec', '@actions/io'];

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
    // require() would put the package in the main bundle file; import() gives it a chunk.
    for (const m of text.matchAll(/\brequire\('([^']+)'\)/g))
      if (HEAVY.includes(m[1])) found.push(`${path.relative(ROOT, file)}: require('${m[1]}')`);
  }
  expect(found).toEqual([]);
});

test('TypeScript keeps import() for ncc (ES modules), so lazy packages get chunk files', () => {
  const file = path.join(ROOT, 'tsconfig.json');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  expect([ts.ModuleKind.ES2020, ts.ModuleKind.ES2022, ts.ModuleKind.ESNext]).toContain(options.module);
});

test.each(['verify-platforms', 'build-multiarch'])(
  '%s with no inputs fails with one error, loading none of the heavy or lazy packages',
  action => {
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'scripts', 'run-ts.js'),
        path.join(ROOT, 'test', 'helpers', 'loaded-packages.ts'),
        path.join(ROOT, 'actions', action, 'index.ts')
      ],
      { encoding: 'utf8', cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } }
    );
    expect(r.status).toBe(1);
    const [output, list] = r.stdout.split('\nloaded:\n');
    expect(output.split('\n').filter(l => l.startsWith('::error::'))).toHaveLength(1);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    const loaded = list.split('\n').filter(Boolean);
    expect(loaded).toContain('@actions/core');
    expect(loaded.filter(p => HEAVY.includes(p) || LAZY.includes(p))).toEqual([]);
  }
);

// A bundle's source map is read only when a stack is formatted: the expected failures never do.
test.each([
  ['ConfigurationError', false, new ConfigurationError('bad input')],
  ['CheckError', false, new CheckError('missing platform')],
  ['a bug', true, new TypeError('x is undefined')]
])('runAction on %s formats its stack: %s', async (_name, formatted, err) => {
  let read = false;
  Object.defineProperty(err, 'stack', {
    get: () => {
      read = true;
      return 'stack';
    }
  });
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await runAction(async () => {
      throw err;
    });
  } finally {
    write.mockRestore();
    process.exitCode = undefined;
  }
  expect(read).toBe(formatted);
});
