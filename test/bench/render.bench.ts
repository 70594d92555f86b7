// Bench: rendering plus image extraction of the OpenEBS 4.2.0 umbrella chart with its
// dependencies vendored (the nearest releases the fixtures hold: localpv-provisioner 4.0.0,
// ZFS 2.6.2, LVM 1.5.0, Mayastor 2.7.1 with etcd, loki-stack, nats; the copy's Chart.yaml pins
// those versions so helm renders them), against a bare `helm template` of the same tree.
// Wall time and CPU time (user+sys of the process tree) are printed, with their ratios.
// Run: node scripts/run-ts.js test/bench/render.bench.ts
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireLab } from '../lab/lab';
import { quietRun } from '../../actions/lib/core/exec';
import { collectReferences } from '../../actions/lib/verify/targets';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const F = 'test/fixtures/charts';
const VENDORED: Record<string, string> = {
  'localpv-provisioner': 'localpv-provisioner-4.0.0',
  'zfs-localpv': 'zfs-localpv-2.6.2',
  'lvm-localpv': 'lvm-localpv-1.5.0',
  mayastor: 'mayastor-2.7.1'
};

function umbrella(tmp: string): string {
  const dir = path.join(tmp, 'openebs');
  fs.cpSync(path.join(F, 'openebs-4.2.0'), dir, { recursive: true });
  let chart = fs.readFileSync(path.join(dir, 'Chart.yaml'), 'utf8');
  for (const [name, fixture] of Object.entries(VENDORED)) {
    fs.cpSync(path.join(F, fixture), path.join(dir, 'charts', name), { recursive: true });
    const version = /-(\d+\.\d+\.\d+)$/.exec(fixture)?.[1] as string;
    chart = chart.replace(new RegExp(`(- name: ${name}\\n\\s+version: )\\S+`), `$1${version}`);
  }
  fs.writeFileSync(path.join(dir, 'Chart.yaml'), chart);
  return dir;
}

/** CPU ms of this process and of the children it waited for (helm), from /proc (Linux, as the lab). */
function cpu(): number {
  const u = process.resourceUsage();
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const children = (Number(f[13]) + Number(f[14])) * 10; // cutime + cstime, at 100 ticks a second
  return (u.userCPUTime + u.systemCPUTime) / 1000 + children;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const lab = requireLab();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'render-bench-'));
  const dir = umbrella(tmp);
  const ours = { wall: [] as number[], cpu: [] as number[] };
  const bare = { wall: [] as number[], cpu: [] as number[] };
  let images = 0;
  let rendered = '';
  for (let i = 0; i < ROUNDS; i++) {
    const before = cpu();
    let t0 = Date.now();
    execFileSync(lab.LAB_HELM, ['template', 'x', dir, '--include-crds', '--kube-version', '1.33.1'], {
      maxBuffer: 64 << 20
    });
    bare.wall.push(Date.now() - t0);
    bare.cpu.push(cpu() - before);
    const mid = cpu();
    t0 = Date.now();
    const r = await collectReferences(
      {
        chart: { chart: dir, values: [], set: [], helm: { file: lab.LAB_HELM } },
        manifests: [],
        dockerfiles: [],
        buildArgs: {},
        cwd: tmp
      },
      { exec: quietRun }
    );
    ours.wall.push(Date.now() - t0);
    ours.cpu.push(cpu() - mid);
    images = new Set(r.scanned.map(s => s.found.reference)).size;
    rendered = r.chart?.rendered ?? '';
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  const load = os.loadavg()[0].toFixed(1);
  console.log(`4.2.0 umbrella, dependencies vendored: ${rendered}, ${images} distinct images (load ${load})`);
  console.log(`render+extract: wall ${median(ours.wall)} ms, cpu ${median(ours.cpu).toFixed(0)} ms`);
  console.log(`bare helm template: wall ${median(bare.wall)} ms, cpu ${median(bare.cpu).toFixed(0)} ms`);
  console.log(
    `ratio ours/bare: wall ${(median(ours.wall) / median(bare.wall)).toFixed(2)}, cpu ${(median(ours.cpu) / median(bare.cpu)).toFixed(2)}`
  );
}

void main();
