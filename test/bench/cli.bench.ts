// What the CLI costs over the action bundle it wraps: `arch-actions plan` vs the
// build-multiarch bundle run as a workflow step would run it (INPUT_MODE=plan), side by side
// with a bare `node -e 0`. Run: node scripts/run-ts.js test/bench/cli.bench.ts [runs]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const RUNS = Number(process.argv[2] ?? 9);
const dist = path.join(__dirname, '..', '..', 'dist');
const cli = path.join(dist, 'cli', 'index.js');
const action = path.join(dist, 'build-multiarch', 'index.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(args: string[], env: Record<string, string> = {}): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const res = spawnSync(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8'
    });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (res.status !== 0) throw new Error(`${args.join(' ')} exited ${res.status}: ${res.stderr}`);
  }
  return median(samples);
}

for (const f of [cli, action]) {
  if (!fs.existsSync(f)) {
    console.error(`missing ${path.relative(process.cwd(), f)}: run "npm run bundle" first`);
    process.exit(1);
  }
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-'));
const out = path.join(tmp, 'out');
fs.writeFileSync(out, '');
const rows: Array<[string, number]> = [
  ['node -e 0', time(['-e', '0'])],
  [
    'build-multiarch bundle, mode plan',
    time([action], { INPUT_MODE: 'plan', GITHUB_OUTPUT: out, INPUT_SUMMARY: 'false' })
  ],
  ['arch-actions plan --json', time([cli, 'plan', '--json'])],
  ['arch-actions --help', time([cli, '--help'])],
  ['arch-actions verify --help', time([cli, 'verify', '--help'])]
];
fs.rmSync(tmp, { recursive: true, force: true });
const base = rows[1][1];
console.log(`median of ${RUNS} runs`);
for (const [name, ms] of rows) {
  console.log(
    `${name.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms   ×${(ms / base).toFixed(2)} of the action bundle`
  );
}
