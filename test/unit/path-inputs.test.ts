// Every path input against a folder, a file, /proc/version, a FIFO and a missing parent,
// run as the runner does (INPUT_* env, runAction(run), stdout read for `::error`).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CaseResult } from '../helpers/run-cases';
import { runCases } from '../helpers/cases';

const KINDS = ['folder', 'file', '/proc/version', 'fifo', 'missing parent'] as const;
type Kind = (typeof KINDS)[number];

interface Row {
  /** Folder of the action's main.ts. */
  action: string;
  input: string;
  /** The kinds this input accepts; every other kind must be refused by name. */
  accepts: Kind[];
  /** Other inputs: valid ones, plus one bad input parsed after the path, so accepted cases stop early. */
  inputs: Record<string, string>;
  /** The input that stops an accepted case, or the error it ends with when the path is read at run time. */
  stop: string | RegExp;
}

const IMAGE = 'localhost:5000/path-inputs/app';
const shard = { mode: 'shard', image: IMAGE, platform: 'linux/amd64', overwrite: 'maybe' };
const ROWS: Row[] = [
  {
    action: 'actions/verify-platforms',
    input: 'report',
    accepts: ['file'],
    inputs: { images: 'busybox', concurrency: '0' },
    stop: 'concurrency'
  },
  {
    action: 'actions/build-multiarch',
    input: 'digests-dir',
    accepts: ['folder'],
    inputs: shard,
    stop: 'overwrite'
  },
  {
    action: 'actions/build-multiarch',
    input: 'digests-dir',
    accepts: ['folder'],
    inputs: { ...shard, mode: 'merge' },
    stop: 'overwrite'
  },
  {
    action: 'actions/build-multiarch',
    input: 'context',
    accepts: ['folder'],
    inputs: shard,
    stop: 'overwrite'
  },
  { action: 'actions/build-multiarch', input: 'file', accepts: ['file'], inputs: shard, stop: 'overwrite' },
  {
    action: 'actions/build-multiarch',
    input: 'archives-dir',
    accepts: ['folder'],
    inputs: { ...shard, push: 'false' },
    stop: 'overwrite'
  },
  // Not even a folder is a chart without its Chart.yaml.
  { action: 'actions/verify-platforms', input: 'chart', accepts: [], inputs: {}, stop: 'chart' },
  {
    action: 'actions/verify-platforms',
    input: 'values',
    accepts: ['file'],
    inputs: { chart: '<tiny chart>' },
    // The chart's one image is on a port that refuses connections.
    stop: /^::error::Nothing was proven about 1 image: could not reach 1 registry \(127\.0\.0\.1:9 unreachable\)$/
  },
  {
    action: 'actions/run-arm64-e2e',
    input: 'report',
    accepts: ['file'],
    inputs: { images: 'busybox', summary: 'maybe' },
    stop: 'summary'
  },
  {
    action: 'actions/run-arm64-e2e',
    input: 'diagnostics-dir',
    accepts: ['folder'],
    inputs: { level: 'cluster', summary: 'maybe' },
    stop: 'summary'
  },
  {
    action: 'actions/run-arm64-e2e',
    input: 'values',
    accepts: ['file'],
    inputs: { level: 'cluster', summary: 'maybe' },
    stop: 'summary'
  },
  {
    action: 'build',
    input: 'digests-dir',
    accepts: ['folder'],
    inputs: { image: IMAGE, overwrite: 'maybe' },
    stop: 'overwrite'
  }
];

let dir: string;

function pathOf(kind: Kind): string {
  if (kind === '/proc/version') return kind;
  if (kind === 'missing parent') return path.join(dir, 'missing', 'x');
  return path.join(dir, kind);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'path-inputs-'));
  fs.mkdirSync(path.join(dir, 'folder'));
  fs.writeFileSync(path.join(dir, 'file'), '{}\n');
  execFileSync('mkfifo', [path.join(dir, 'fifo')]);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A chart whose one image is 127.0.0.1:9/tiny:1 (read statically when there is no helm). */
function tinyChart(): string {
  const chart = path.join(dir, 'tiny');
  fs.mkdirSync(path.join(chart, 'templates'), { recursive: true });
  fs.writeFileSync(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: tiny\nversion: 0.1.0\n');
  fs.writeFileSync(path.join(chart, 'values.yaml'), 'image: 127.0.0.1:9/tiny:1\n');
  fs.writeFileSync(
    path.join(chart, 'templates', 'pod.yaml'),
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: tiny\nspec:\n  containers:\n    - name: c\n      image: {{ .Values.image }}\n'
  );
  return chart;
}

const byAction = new Map<string, Row[]>();
for (const row of ROWS) byAction.set(row.action, [...(byAction.get(row.action) ?? []), row]);

describe.each([...byAction.entries()])('%s', (action, rows) => {
  const table = rows.flatMap(row => KINDS.map(kind => ({ row, kind })));
  let results: CaseResult[];

  beforeAll(() => {
    const withChart = (inputs: Record<string, string>) =>
      inputs.chart === '<tiny chart>' ? { ...inputs, chart: tinyChart() } : inputs;
    results = runCases(
      action,
      table.map(({ row, kind }) => ({ inputs: withChart({ ...row.inputs, [row.input]: pathOf(kind) }) })),
      dir,
      path.join(dir, 'runner-temp')
    );
  });

  test.each(
    table.map(
      (c, i) =>
        [`${c.row.input} (${c.row.inputs.mode ?? c.row.inputs.level ?? 'default'} mode)`, c.kind, i] as const
    )
  )('%s as %s: one error, named, within 2 s, no stack', (_name, kind, i) => {
    const { row } = table[i];
    const res = results[i];
    const errors = res.stdout.split('\n').filter(l => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    if (row.accepts.includes(kind) && row.stop instanceof RegExp) expect(errors[0]).toMatch(row.stop);
    else {
      const named = row.accepts.includes(kind) ? String(row.stop) : row.input;
      const value = row.accepts.includes(kind) ? String(row.inputs[named]) : pathOf(kind);
      expect(errors[0]).toContain(`Input "${named}" has an invalid value "${value}"`);
    }
    expect(res.stdout).not.toMatch(/^\s+at /m);
    expect(res.exitCode).toBe(1);
    // An accepted path read at run time goes on to the registry, whose retries take their time.
    if (!(row.accepts.includes(kind) && row.stop instanceof RegExp)) expect(res.ms).toBeLessThan(2000);
  });
});
