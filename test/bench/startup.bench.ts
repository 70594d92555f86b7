// Bench: how long each bundle takes to fail on a bad input, next to a bare `node -e 0` (the floor
// any JavaScript action pays). Rounds are interleaved (every process once per round, in a rotating
// order) so that load on the machine falls on all of them alike; medians are printed.
// Target (issue 12): verify-platforms and build-multiarch within 60 ms of bare Node. Also shows the
// size of each main bundle file (chunk files load on first use) and checks that failing never
// reads a source map (it is read only when a stack is formatted).
// Run: node scripts/run-ts.js test/bench/startup.bench.ts [NAME...]   (BENCH_ROUNDS, BENCH_DIST)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundles, median, runProcess, table } from './lib';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const TARGET_MS = 60;
const TARGETED = ['verify-platforms', 'build-multiarch'];

interface Case {
  /** Arguments after the bundle path. */
  args?: string[];
  env?: Record<string, string>;
  status: number;
  /** What the one error line says. */
  error: RegExp;
}

// No inputs at all, except where that is a valid run (setup-qemu-buildx would set up QEMU).
const CASES: Record<string, Case> = {
  'setup-qemu-buildx': {
    env: { INPUT_PLATFORMS: 'linux/arm65' },
    status: 1,
    error: /^::error::Input "platforms"/m
  },
  'build-multiarch': { status: 1, error: /^::error::Input "image" has an invalid value ""/m },
  'verify-platforms': { status: 1, error: /^::error::Nothing to check/m },
  'run-arm64-e2e': { status: 1, error: /^::error::Input "images" has an invalid value ""/m },
  build: { status: 1, error: /^::error::Input "image" has an invalid value ""/m },
  cli: { args: ['verify'], status: 2, error: /bad usage: Nothing to check/ }
};

// Preloaded once per bundle: reports every source map read.
const MAP_HOOK = `const fs = require('fs'); const read = fs.readFileSync;
fs.readFileSync = function (p, ...rest) {
  if (String(p).endsWith('.map')) process.stderr.write('read source map ' + p + '\\n');
  return read.call(this, p, ...rest);
};`;

function runOnce(dist: string, name: string, preload: string[] = []): number {
  const c = CASES[name];
  const r = runProcess([...preload, path.join(dist, name, 'index.js'), ...(c.args ?? [])], c.env, false);
  const out = r.stdout + r.stderr;
  if (r.status !== c.status || !c.error.test(out) || /\n\s+at |read source map/.test(out))
    throw new Error(`${name} did not fail with one named error (exit ${r.status}):\n${out}`);
  return r.ms;
}

function main(): void {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(CASES);
  const dist = bundles(names);
  const hook = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-startup-')), 'map-hook.js');
  fs.writeFileSync(hook, MAP_HOOK);
  for (const name of names) runOnce(dist, name, ['-r', hook]);
  const times: Record<string, number[]> = { 'node -e 0': [] };
  const runs: Record<string, () => number> = { 'node -e 0': () => runProcess(['-e', '0']).ms };
  for (const name of names) {
    times[name] = [];
    runs[name] = () => runOnce(dist, name);
  }
  const order = Object.keys(runs);
  for (let round = 0; round < ROUNDS; round++)
    for (let i = 0; i < order.length; i++) {
      const name = order[(round + i) % order.length];
      times[name].push(runs[name]());
    }
  const floor = median(times['node -e 0']);
  console.log(`time to fail on a bad input, median of ${ROUNDS} interleaved rounds`);
  table(
    ['bundle', 'median ms', 'over node -e 0', `target (+${TARGET_MS} ms)`, 'index.js', 'chunks'],
    order.map(name => {
      if (name === 'node -e 0') return [name, floor, '', '', '', ''];
      const over = median(times[name]) - floor;
      const target = !TARGETED.includes(name) ? '' : over <= TARGET_MS ? 'met' : 'MISSED';
      const files = fs.readdirSync(path.join(dist, name));
      const kb = (f: string) => `${(fs.statSync(path.join(dist, name, f)).size / 1024).toFixed(0)} KB`;
      const chunks = files.filter(f => /^\d+\.index\.js$/.test(f));
      return [
        name,
        median(times[name]),
        `+${over.toFixed(0)} ms`,
        target,
        kb('index.js'),
        String(chunks.length)
      ];
    })
  );
}

main();
