// Bench: how long each bundle takes to fail on a bad input, next to a bare `node -e 0` (the floor
// any JavaScript action pays). Rounds are interleaved (every process once per round, in a rotating
// order) so that load on the machine falls on all of them alike; medians are printed, and the
// fastest run of each next to the fastest bare Node (least touched by load).
// Target (issue 12): verify-platforms and build-multiarch within 60 ms of bare Node. Also shows the
// size of each main bundle file (chunk files load on first use) and checks that failing never
// reads a source map (it is read only when a stack is formatted).
// BENCH_BEFORE=DIR (e.g. dist, the committed bundles) adds DIR's bundles to the same rounds.
// On a shared machine, run it as root under `nice -n -20` so that other processes wait.
// Run: node scripts/run-ts.js test/bench/startup.bench.ts [NAME...]   (BENCH_ROUNDS, BENCH_DIST, BENCH_BEFORE)
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

interface Row {
  label: string;
  dist: string;
  name: string;
}

function sizes(r: Row): [string, string] {
  const dir = path.join(r.dist, r.name);
  const chunks = fs.readdirSync(dir).filter(f => /^\d+\.index\.js$/.test(f));
  return [`${(fs.statSync(path.join(dir, 'index.js')).size / 1024).toFixed(0)} KB`, String(chunks.length)];
}

function main(): void {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(CASES);
  const dist = bundles(names);
  const rows: Row[] = [];
  const before = process.env.BENCH_BEFORE ? path.resolve(process.env.BENCH_BEFORE) : undefined;
  for (const name of names) {
    if (before) rows.push({ label: `${name} (before)`, dist: before, name });
    rows.push({ label: name, dist, name });
  }
  const hook = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-startup-')), 'map-hook.js');
  fs.writeFileSync(hook, MAP_HOOK);
  for (const r of rows) runOnce(r.dist, r.name, ['-r', hook]);
  const bare: number[] = [];
  const times = rows.map(() => [] as number[]);
  const runs = [
    () => bare.push(runProcess(['-e', '0']).ms),
    ...rows.map((r, i) => () => times[i].push(runOnce(r.dist, r.name)))
  ];
  for (let round = 0; round < ROUNDS; round++)
    for (let i = 0; i < runs.length; i++) runs[(round + i) % runs.length]();
  const floor = median(bare);
  const fastest = Math.min(...bare);
  console.log(`time to fail on a bad input, median of ${ROUNDS} interleaved rounds (and fastest run)`);
  table(
    [
      'bundle',
      'median ms',
      'over node -e 0',
      `target (+${TARGET_MS} ms)`,
      'fastest over',
      'index.js',
      'chunks'
    ],
    [
      ['node -e 0', floor, '', '', '', '', ''],
      ...rows.map((r, i) => {
        const over = median(times[i]) - floor;
        const target = !TARGETED.includes(r.name) ? '' : over <= TARGET_MS ? 'met' : 'MISSED';
        const best = `+${(Math.min(...times[i]) - fastest).toFixed(0)} ms`;
        return [r.label, median(times[i]), `+${over.toFixed(0)} ms`, target, best, ...sizes(r)];
      })
    ]
  );
}

main();
