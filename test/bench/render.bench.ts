// Bench: rendering plus image extraction of the OpenEBS 4.2.0 umbrella chart with its
// dependencies vendored (the nearest releases the fixtures hold: localpv-provisioner 4.0.0,
// ZFS 2.6.2, LVM 1.5.0, Mayastor 2.7.1 with etcd, loki-stack, nats; the copy's Chart.yaml pins
// those versions so helm renders them), against a bare `helm template` of the same tree, the
// two alternating round by round so that a busy machine weighs on both alike.
// Wall time and CPU time (user+sys of the process tree) are printed, median and best, with
// their ratios. Most of a bare helm's time is one template: bitnami etcd's JWT token secret calls
// `genPrivateKey "rsa"` (a 4096-bit key: a random prime search), so its runs vary widely; ours
// renders an overlay that asks for an ecdsa key there (scan/keys.ts). The same pair is timed again
// with etcd's auth.token.type=simple, where no template makes the key: our overlay is then pure cost.
// The pair is timed a third time with the subcharts packed (.tgz), as releases vendor them.
// Run: node scripts/run-ts.js test/bench/render.bench.ts
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireLab } from '../lab/lab';
import { collectChart } from '../helpers/chart-scan';
import { median, runBench } from './lib';

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

/** The same umbrella with each vendored subchart packed by helm, as `helm dependency build` leaves them. */
function packedUmbrella(folders: string, helm: string): string {
  const dir = path.join(path.dirname(folders), 'packed', 'openebs');
  fs.cpSync(folders, dir, { recursive: true });
  for (const name of Object.keys(VENDORED)) {
    execFileSync(helm, ['package', path.join(dir, 'charts', name), '-d', path.join(dir, 'charts')]);
    fs.rmSync(path.join(dir, 'charts', name), { recursive: true });
  }
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

interface Samples {
  wall: number[];
  cpu: number[];
}
const samples = (): Samples => ({ wall: [], cpu: [] });

async function measure(into: Samples, fn: () => Promise<unknown> | unknown): Promise<void> {
  const before = cpu();
  const t0 = Date.now();
  await fn();
  into.wall.push(Date.now() - t0);
  into.cpu.push(cpu() - before);
}

const line = (name: string, s: Samples) =>
  `${name}: median wall ${median(s.wall)} ms, cpu ${median(s.cpu).toFixed(0)} ms; ` +
  `best wall ${Math.min(...s.wall)} ms, cpu ${Math.min(...s.cpu).toFixed(0)} ms`;
const ratio = (name: string, a: Samples, b: Samples) =>
  `${name}: wall ${(median(a.wall) / median(b.wall)).toFixed(2)}, cpu ${(median(a.cpu) / median(b.cpu)).toFixed(2)}`;

const NO_KEY = 'mayastor.etcd.auth.token.type=simple';

async function main(): Promise<void> {
  const lab = requireLab();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'render-bench-'));
  const folders = umbrella(tmp);
  const packed = packedUmbrella(folders, lab.LAB_HELM);
  const helm = (dir: string, ...extra: string[]) =>
    execFileSync(lab.LAB_HELM, ['template', 'x', dir, '--include-crds', ...extra], {
      maxBuffer: 64 << 20
    });
  let images = 0;
  let rendered = '';
  const collect = async (dir: string, set: string[]) => {
    const r = await collectChart(dir, { set, cwd: tmp });
    images = new Set(r.scanned.map(s => s.found.reference)).size;
    rendered = r.chart?.rendered ?? '';
  };
  const cases: Array<[string, Samples, () => unknown]> = [
    ['bare helm template', samples(), () => helm(folders)],
    ['render+extract (helm included)', samples(), () => collect(folders, [])],
    [`bare helm template, --set ${NO_KEY} (no RSA key)`, samples(), () => helm(folders, '--set', NO_KEY)],
    [`render+extract, --set ${NO_KEY}`, samples(), () => collect(folders, [NO_KEY])],
    ['bare helm template, subcharts packed (.tgz)', samples(), () => helm(packed)],
    ['render+extract, subcharts packed (.tgz)', samples(), () => collect(packed, [])]
  ];
  for (let i = 0; i < ROUNDS; i++) for (const [, into, fn] of cases) await measure(into, fn);
  fs.rmSync(tmp, { recursive: true, force: true });
  const load = os.loadavg()[0].toFixed(1);
  console.log(
    `4.2.0 umbrella, dependencies vendored: ${rendered}, ${images} distinct images (load ${load}, ${ROUNDS} rounds)`
  );
  for (const [name, s] of cases) console.log(line(name, s));
  console.log(ratio('ratio ours/bare', cases[1][1], cases[0][1]));
  console.log(ratio('ratio ours/bare without the RSA key', cases[3][1], cases[2][1]));
  console.log(ratio('ratio ours/bare, subcharts packed', cases[5][1], cases[4][1]));
}

runBench(main);
