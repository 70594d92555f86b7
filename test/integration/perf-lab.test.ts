// The performance comparison with real fio (issue 27, acceptance 1): the standard jobs run with
// Debian's fio for amd64 natively and with Debian's arm64 fio under QEMU user mode, then the
// compare level of run-arm64-e2e turns the two files into the table, the chart and the verdict. The
// emulated side is labelled and not gated, however far behind it is.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fioJobFile, FioRecord, parseFio } from '../../actions/lib/e2e/perf/fio';
import { hostFacts } from '../../actions/lib/e2e/perf/host';
import { LabEnv, requireLab } from '../lab/lab';
import { runActionProcess } from '../helpers/action';

const root = path.join(__dirname, '..', '..');
const entry = path.join(root, 'actions', 'run-arm64-e2e', 'index.ts');
let lab: LabEnv;
let dir: string;

beforeAll(() => {
  lab = requireLab();
  if (!lab.LAB_FIO || !lab.LAB_FIO_ARM64_ROOT) throw new Error('the lab has no fio: run lab.sh up');
  // O_DIRECT needs a real file system: /var/tmp, not a tmpfs /tmp.
  dir = fs.mkdtempSync('/var/tmp/perf-lab-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the standard set (small and short) with fio, natively or under QEMU; returns the JSON file. */
function runFio(side: 'amd64' | 'arm64', ioengine: 'libaio' | 'psync'): string {
  const work = path.join(dir, `${side}-${ioengine}`);
  fs.mkdirSync(work);
  const jobs = path.join(work, 'jobs.fio');
  fs.writeFileSync(jobs, fioJobFile({ size: '8m', runtime: 1, directory: work, ioengine }));
  const out = path.join(work, 'fio.json');
  const fioArgs = ['--output-format=json', `--output=${out}`, jobs];
  const root64 = lab.LAB_FIO_ARM64_ROOT;
  const [cmd, args] =
    side === 'amd64'
      ? [lab.LAB_FIO, fioArgs]
      : [
          lab.LAB_QEMU_AARCH64 || 'qemu-aarch64-static',
          ['-L', root64, path.join(root64, 'usr/bin/fio'), ...fioArgs]
        ];
  const res = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60000 });
  if (res.error) throw res.error;
  return out;
}

function record(file: string, platform: string, emulated: boolean): string {
  const rec: FioRecord = {
    kind: 'arch-actions-fio',
    host: hostFacts(platform, emulated, 'lab'),
    fio: JSON.parse(fs.readFileSync(file, 'utf8'))
  };
  const out = file.replace(/\.json$/, '.record.json');
  fs.writeFileSync(out, JSON.stringify(rec));
  return out;
}

/** The compare level of run-arm64-e2e, as the runner starts it. */
const compare = (baseline: string, candidate: string, tolerance: string, report: string, summary: string) =>
  runActionProcess(entry, {
    level: 'compare',
    'perf-baseline': baseline,
    'perf-candidate': candidate,
    'perf-tolerance': tolerance,
    report,
    summary
  });

test('amd64 natively and arm64 under QEMU: table, chart and verdict; the emulated side is not gated', () => {
  const amd64 = record(runFio('amd64', 'psync'), 'linux/amd64', false);
  const arm64 = record(runFio('arm64', 'psync'), 'linux/arm64', true);
  for (const f of [amd64, arm64]) {
    const run = parseFio(fs.readFileSync(f, 'utf8'), 'x', f);
    expect(run.jobs.map(j => [j.name, j.error])).toEqual([
      ['randread-4k', 0],
      ['randwrite-4k', 0],
      ['read-1m', 0],
      ['write-1m', 0]
    ]);
    for (const j of run.jobs)
      expect(Object.keys(j.metrics).sort()).toEqual(['bandwidth', 'iops', 'p50', 'p99']);
  }
  const report = path.join(dir, 'report.json');
  // 1% would fail any real comparison: only the label keeps it from gating.
  const res = compare(amd64, arm64, '1%', report, 'true');
  expect(res.stderr).toBe('');
  expect(res.status).toBe(0);
  expect(res.outputs['perf-verdict']).toBe('not-gated');
  expect(res.stdout).toMatch(
    /^arm64: linux\/arm64 on lab, .+, \d+ cores, \d+ GiB, kernel \S+ \[emulated\]$/m
  );
  expect(res.stdout).toContain("note: arm64 ran under QEMU emulation: its numbers are not the hardware's");
  expect(res.stdout).toMatch(/^randread-4k\s+IOPS \(IO\/s\)\s+\d+\s+\d+\s+\d+\.\d\d×/m);
  expect(fs.readFileSync(res.outputs['perf-chart'], 'utf8')).toContain('```mermaid\nxychart-beta');
  expect(res.summary).toContain('xychart-beta');
  expect(JSON.parse(fs.readFileSync(report, 'utf8')).labels).toHaveLength(1);
  // The runner facts: this machine's CPU model as grep reads it, its cores, memory and kernel.
  const host = JSON.parse(fs.readFileSync(amd64, 'utf8')).host;
  const grep = spawnSync('grep', ['-m1', '^model name', '/proc/cpuinfo'], { encoding: 'utf8' }).stdout;
  expect(host).toEqual({
    platform: 'linux/amd64',
    cpu: grep.split(':').slice(1).join(':').trim(),
    cores: os.cpus().length,
    memoryMiB: Math.round(os.totalmem() / 1048576),
    kernel: os.release(),
    emulated: false,
    runner: 'lab'
  });
});

test('libaio under QEMU user mode fails every job (io_setup is ENOSYS): a failed job, named', () => {
  const amd64 = runFio('amd64', 'libaio');
  const arm64 = runFio('arm64', 'libaio');
  const report = path.join(dir, 'report-libaio.json');
  const res = compare(amd64, arm64, '20%', report, 'false');
  expect(res.outputs['perf-verdict']).toBe('failed');
  expect(res.status).toBe(1);
  expect(res.stdout).toContain(
    '::error::arm64 performance check failed: randread-4k: arm64 job failed with error 38'
  );
});
