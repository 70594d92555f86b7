// How fast a bad input fails: the setup-qemu-buildx bundle with platforms=linux/arm65,
// side by side with a bare `node -e 0`, the floor any JavaScript action pays.
import { spawnSync } from 'child_process';
import * as path from 'path';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const bundle = path.join(__dirname, '..', '..', 'dist', 'setup-qemu-buildx', 'index.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(
  args: string[],
  env: Record<string, string>
): { ms: number; stdout: string; status: number | null } {
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8'
  });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, stdout: res.stdout, status: res.status };
}

const bare: number[] = [];
const bad: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(time(['-e', '0'], {}).ms);
  const r = time([bundle], { INPUT_PLATFORMS: 'linux/arm65' });
  if (r.status !== 1 || !r.stdout.includes('::error::Input "platforms"')) {
    console.error('the bundle did not fail with the named error:', r.stdout);
    process.exit(1);
  }
  bad.push(r.ms);
}
const b = median(bare);
const a = median(bad);
console.log(`bad input (platforms=linux/arm65), median of ${RUNS}: ${a.toFixed(0)} ms`);
console.log(`bare node -e 0, median of ${RUNS}:                  ${b.toFixed(0)} ms`);
console.log(`ratio bundle/bare node: ${(a / b).toFixed(2)}x; budget 300 ms: ${a < 300 ? 'met' : 'MISSED'}`);
