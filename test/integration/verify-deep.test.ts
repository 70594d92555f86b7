// Acceptance 2 and 3: wrong binaries behind a right config, images with no executables,
// and an arch pin in chart values that becomes a warning at its exact line.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireLab, LabEnv } from '../lab/lab';
import { RegistryClient } from '../../actions/lib/registry/client';
import { parseMirrors, verifyPlatforms, VerifyResult } from '../../actions/lib/verify/verify';
import { startFaultProxy } from '../fixtures/proxy/fault-proxy';
import { run } from '../../actions/verify-platforms/main';
import { pushNoExecutables, pushWrongBinaries, suffix } from './verify-lab';

jest.setTimeout(120_000);

describe('verify-platforms deep ELF check (lab)', () => {
  let lab: LabEnv;
  let client: RegistryClient;
  let tmp: string;
  let wrong: string;
  let empty: string;

  beforeAll(async () => {
    lab = requireLab();
    client = new RegistryClient();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-deep-'));
    wrong = `${lab.LAB_REGISTRY}/verify-wrong-${suffix()}:1.0`;
    empty = `${lab.LAB_REGISTRY}/verify-data-${suffix()}:1.0`;
    await pushWrongBinaries(client, lab, wrong);
    await pushNoExecutables(client, empty);
  });

  afterAll(() => {
    client.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('an arm64 entry holding x86-64 busybox passes levels 1-2 and fails with deep', async () => {
    const shallow = await verifyPlatforms({ images: [{ reference: wrong }] }, { client });
    expect(shallow.ok).toBe(true);
    expect(shallow.images[0].platforms.map(p => p.level)).toEqual([2, 2]);

    const report = path.join(tmp, 'deep.json');
    const deep = await verifyPlatforms({ images: [{ reference: wrong }], deep: true }, { client });
    expect(deep.ok).toBe(false);
    expect(deep.missing).toHaveLength(1);
    expect(deep.missing[0].platforms).toEqual(['linux/arm64']);
    expect(deep.missing[0].reason).toMatch(/bin\/busybox is x86-64 \(e_machine 62\), expected AArch64/);
    const amd = deep.images[0].platforms.find(p => p.platform === 'linux/amd64');
    expect(amd?.status).toBe('ok');
    // The lab's busybox image holds one ELF file.
    expect(amd?.deep?.executables).toBe(1);
    const arm = deep.images[0].platforms.find(p => p.platform === 'linux/arm64');
    expect(arm?.deep?.mismatch).toMatchObject({ path: 'bin/busybox', machine: 62, machineName: 'x86-64' });

    // The JSON report written by the action names the file and its machine.
    const { writeReport } = await import('../../actions/lib/core/report');
    const saved = JSON.parse(fs.readFileSync(writeReport(report, deep, 'report'), 'utf8'));
    const check = saved.images[0].platforms.find((p: { platform: string }) => p.platform === 'linux/arm64');
    expect(check.deep.mismatch.path).toBe('bin/busybox');
    expect(check.deep.mismatch.machineName).toBe('x86-64');
  });

  test('the lab base passes deep on both platforms', async () => {
    const r = await verifyPlatforms({ images: [{ reference: lab.LAB_BASE_IMAGE }], deep: true }, { client });
    expect(r.ok).toBe(true);
    expect(r.images[0].platforms.map(p => [p.platform, p.level, p.deep?.executables])).toEqual([
      ['linux/amd64', 3, 1],
      ['linux/arm64', 3, 1]
    ]);
  });

  test('an image with no executables is reported as such, not failed', async () => {
    const r = await verifyPlatforms({ images: [{ reference: empty }], deep: true }, { client });
    expect(r.ok).toBe(true);
    expect(r.images[0].notes).toEqual([
      'linux/amd64: no executables in its layers, nothing to check',
      'linux/arm64: no executables in its layers, nothing to check'
    ]);
  });

  test('30 % injected 503, 429, resets and cut bodies give the clean deep verdicts, over 10 seeds', async () => {
    const images = [wrong, empty, lab.LAB_BASE_IMAGE].map(reference => ({ reference }));
    const verdicts = (r: VerifyResult) =>
      r.images.map(i => [
        i.normalized,
        i.status,
        ...i.platforms.map(p => `${p.platform}=${p.status} ${p.reason ?? ''}`)
      ]);
    const clean = await verifyPlatforms({ images, deep: true }, { client });
    expect(clean.images.map(i => i.status)).toEqual(['failed', 'ok', 'ok']);
    const runs = await Promise.all(
      Array.from({ length: 10 }, (_, i) => i + 1).map(async seed => {
        const proxy = await startFaultProxy({
          target: `http://${lab.LAB_REGISTRY}`,
          faultRate: 0.3,
          faults: ['503', '429', 'reset', 'cut'],
          seed,
          // Below the client's 4 retries, so the test checks recovery, not luck.
          maxConsecutiveFaults: 3
        });
        try {
          const r = await verifyPlatforms({
            images,
            deep: true,
            mirrors: parseMirrors([`${lab.LAB_REGISTRY}=${proxy.host}`])
          });
          return { seed, verdicts: verdicts(r), cuts: proxy.stats.faults.cut };
        } finally {
          await proxy.close();
        }
      })
    );
    for (const r of runs)
      expect({ seed: r.seed, verdicts: r.verdicts }).toEqual({ seed: r.seed, verdicts: verdicts(clean) });
    expect(runs.reduce((n, r) => n + r.cuts, 0)).toBeGreaterThan(10);
  });

  test('a chart whose values pin kubernetes.io/arch: amd64 gets a warning at that line', async () => {
    const chart = path.join(tmp, 'pinned');
    fs.mkdirSync(path.join(chart, 'templates'), { recursive: true });
    fs.writeFileSync(
      path.join(chart, 'Chart.yaml'),
      'apiVersion: v2\nname: pinned\nversion: 0.1.0\nappVersion: "1.0"\n'
    );
    const values = [
      'image:',
      `  registry: ${lab.LAB_REGISTRY}`,
      '  repository: base',
      '  tag: latest',
      'nodeSelector:',
      '  kubernetes.io/arch: amd64',
      ''
    ].join('\n');
    fs.writeFileSync(path.join(chart, 'values.yaml'), values);
    const out = path.join(tmp, 'out');
    fs.writeFileSync(out, '');
    const saved = { ...process.env };
    Object.assign(process.env, {
      INPUT_CHART: 'pinned',
      INPUT_REPORT: path.join(tmp, 'pinned.json'),
      INPUT_SUMMARY: 'false',
      GITHUB_WORKSPACE: tmp,
      GITHUB_OUTPUT: out
    });
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await run();
    } finally {
      spy.mockRestore();
      process.env = saved;
    }
    const warnings = written
      .join('')
      .split('\n')
      .filter(l => l.startsWith('::warning '));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('file=pinned/values.yaml,line=6');
    expect(warnings[0]).toContain('kubernetes.io/arch: amd64 keeps pods off linux/arm64');
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^ok<<(\S+)\ntrue\n\1$/m);
  });
});
