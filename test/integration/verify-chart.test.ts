// Acceptance 1 and 5: the OpenEBS 4.2.0 umbrella chart, its 36 images mirrored into the lab
// registry with platform sets chosen here, checked through registry-mirrors; then again
// through a fault-injecting proxy, and with the registry down.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireLab, LabEnv } from '../lab/lab';
import { startFaultProxy } from '../fixtures/proxy/fault-proxy';
import { RegistryClient } from '../../actions/lib/registry/client';
import { parseReference, formatReference } from '../../actions/lib/oci/reference';
import { parseAllow, parseMirrors, verifyPlatforms, VerifyResult } from '../../actions/lib/verify/verify';
import { CheckError } from '../../actions/lib/core/errors';
import { run } from '../../actions/verify-platforms/main';
import { VERIFY_PLATFORMS } from '../../actions/lib/core/specs.generated';
import { Arch, mirrored, pushImage, suffix } from './verify-lab';
import { readOutputs } from '../helpers/action';

jest.setTimeout(180_000);

const CHART = 'test/fixtures/charts/openebs-4.2.0';
const SOURCE_REGISTRIES = ['docker.io', 'registry.k8s.io', 'quay.io', 'ghcr.io'];

// The images.txt list, read independently of the scanner under test.
const chartImages = fs
  .readFileSync(path.join(CHART, 'images.txt'), 'utf8')
  .split('\n')
  .map(l => l.trim())
  .filter(Boolean);

/** Single-arch choices, as in real OpenEBS history: Mayastor 2.8 and a few dependencies amd64-only. */
function archesFor(ref: string): Arch[] {
  if (/mayastor-/.test(ref) || /nats-server-config-reloader|bitnami\/kubectl/.test(ref)) return ['amd64'];
  if (ref.startsWith('bats/bats')) return ['arm64'];
  return ['amd64', 'arm64'];
}

function chartYamlLine(ref: string): number {
  const lines = fs.readFileSync(path.join(CHART, 'Chart.yaml'), 'utf8').split('\n');
  const i = lines.findIndex(l => l.trim() === `image: ${ref}`);
  if (i < 0) throw new Error(`${ref} not in Chart.yaml`);
  return i + 1;
}

function verdicts(r: VerifyResult): string[] {
  return r.images
    .map(i => `${i.normalized} ${i.status} ${i.platforms.map(p => `${p.platform}=${p.status}`).join(',')}`)
    .sort();
}

describe('verify-platforms on the OpenEBS 4.2.0 chart', () => {
  let lab: LabEnv;
  let prefix: string;
  let tmp: string;
  const single = chartImages.filter(r => archesFor(r).length === 1);

  beforeAll(async () => {
    lab = requireLab();
    prefix = `mirror-${suffix()}`;
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-chart-'));
    const client = new RegistryClient();
    try {
      // Four repositories at a time, the tags of one repository in turn: distribution 2.8's
      // filesystem driver rewrites link files in place, so two concurrent pushes of the same
      // manifest into one repository can make a third request read an empty link.
      const byRepo = new Map<string, string[]>();
      for (const ref of chartImages) {
        const repo = parseReference(ref).repository;
        byRepo.set(repo, [...(byRepo.get(repo) ?? []), ref]);
      }
      const queue = [...byRepo.values()];
      const worker = async () => {
        for (let refs = queue.shift(); refs; refs = queue.shift()) {
          for (const ref of refs) {
            await pushImage(client, lab, mirrored(`${lab.LAB_REGISTRY}/${prefix}`, ref), archesFor(ref));
          }
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
    } finally {
      client.close();
    }
  });

  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const mirrorsTo = (host: string) => parseMirrors(SOURCE_REGISTRIES.map(r => `${r}=${host}/${prefix}/${r}`));

  test('exactly the single-arch images are reported, each at its Chart.yaml line, and 36 are checked', async () => {
    expect(chartImages).toHaveLength(36);
    expect(single.length).toBeGreaterThan(5);
    const out = path.join(tmp, 'output');
    fs.writeFileSync(out, '');
    const env = {
      INPUT_CHART: CHART,
      'INPUT_REGISTRY-MIRRORS': mirrorsTo(lab.LAB_REGISTRY)
        .map(m => `${m.source}=${m.target}`)
        .join('\n'),
      INPUT_HELM: 'none',
      INPUT_REPORT: path.join(tmp, 'report.json'),
      INPUT_SUMMARY: 'true',
      GITHUB_OUTPUT: out,
      GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md')
    };
    fs.writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    const saved = { ...process.env };
    Object.assign(process.env, env);
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await expect(run()).rejects.toThrow(CheckError);
    } finally {
      spy.mockRestore();
      process.env = saved;
    }
    const outputs = readOutputs(out);
    expect(outputs.ok).toBe('false');
    expect(outputs.checked).toBe('36');
    const missing = JSON.parse(outputs.missing) as Array<{
      reference: string;
      resolved: string;
      platforms: string[];
      sources: string[];
    }>;
    expect(missing.map(m => m.reference).sort()).toEqual([...single].sort());
    for (const m of missing) {
      expect(m.sources).toContain(`${CHART}/Chart.yaml:${chartYamlLine(m.reference)}`);
      expect(m.resolved.startsWith(`${lab.LAB_REGISTRY}/${prefix}/`)).toBe(true);
      const want = archesFor(m.reference)[0] === 'amd64' ? 'linux/arm64' : 'linux/amd64';
      expect(m.platforms).toEqual([want]);
    }
    // One ::error per source line of each failing image.
    const errors = written
      .join('')
      .split('\n')
      .filter(l => l.startsWith('::error '));
    const kubectlLine = chartYamlLine('docker.io/bitnami/kubectl:1.25.15');
    expect(errors.some(l => l.includes(`file=${CHART}/Chart.yaml,line=${kubectlLine}`))).toBe(true);
    expect(errors.some(l => l.includes(`file=${CHART}/values.yaml,`))).toBe(true);
    expect(errors.length).toBe(missing.reduce((n, m) => n + m.sources.length, 0));
    const report = JSON.parse(fs.readFileSync(outputs.report, 'utf8'));
    expect(report.checked).toBe(36);
    const summary = fs.readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
    expect(summary).toContain('❌ missing');
    expect((summary.match(/✅/g) ?? []).length).toBeGreaterThanOrEqual(2 * (36 - single.length));
  });

  test('allowed gaps become warnings and fail-on never still reports', async () => {
    const r = await verifyPlatforms({
      chart: CHART,
      mirrors: mirrorsTo(lab.LAB_REGISTRY),
      allow: parseAllow(['docker.io/openebs/mayastor-*=Mayastor 2.8 ships amd64 only']),
      helm: 'none'
    });
    const mayastor = single.filter(s => s.includes('mayastor-'));
    expect(r.allowed.map(a => a.reference).sort()).toEqual(mayastor.sort());
    expect(r.allowed.every(a => a.allowReason === 'Mayastor 2.8 ships amd64 only')).toBe(true);
    expect(r.missing.map(m => m.reference).sort()).toEqual(
      single.filter(s => !s.includes('mayastor-')).sort()
    );
    expect(r.ok).toBe(false);
  });

  test('30 % injected 503, 429, resets and cut bodies give the clean verdicts, over 10 seeds', async () => {
    const clean = await verifyPlatforms({ chart: CHART, mirrors: mirrorsTo(lab.LAB_REGISTRY), helm: 'none' });
    // The action's default concurrency: 32 images (and more manifest reads than the 64 sockets) at once.
    const concurrency = Number(VERIFY_PLATFORMS.inputs.concurrency.default);
    expect(concurrency).toBe(32);
    const seeds = Array.from({ length: 10 }, (_, i) => i + 1);
    // The seeds run at the same time: each has its own proxy, and the lab registry serves them all.
    const runs = await Promise.all(
      seeds.map(async seed => {
        const proxy = await startFaultProxy({
          target: `http://${lab.LAB_REGISTRY}`,
          faultRate: 0.3,
          faults: ['503', '429', 'reset', 'cut'],
          seed,
          // Below the client's 4 retries, so the test checks recovery, not luck.
          maxConsecutiveFaults: 3
        });
        try {
          const faulty = await verifyPlatforms({
            chart: CHART,
            mirrors: mirrorsTo(proxy.host),
            helm: 'none',
            concurrency
          });
          return {
            seed,
            stats: proxy.stats,
            verdicts: verdicts(faulty).map(v => v.split(proxy.host).join(lab.LAB_REGISTRY)),
            checked: faulty.checked
          };
        } finally {
          await proxy.close();
        }
      })
    );
    for (const r of runs) {
      expect({ seed: r.seed, verdicts: r.verdicts, checked: r.checked }).toEqual({
        seed: r.seed,
        verdicts: verdicts(clean),
        checked: 36
      });
      expect(r.stats.injected).toBeGreaterThan(10);
    }
    const cuts = runs.reduce((n, r) => n + r.stats.faults.cut, 0);
    expect(cuts).toBeGreaterThan(20);
  });

  test('with the registry down every image fails cleanly, within seconds', async () => {
    // A port nobody listens on: bind, note it, close.
    const net = await import('node:net');
    const port = await new Promise<number>(resolve => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const started = Date.now();
    const r = await verifyPlatforms({
      images: ['nats:2.9.17-alpine', 'registry.k8s.io/sig-storage/csi-attacher:v4.3.0'].map(reference => ({
        reference
      })),
      mirrors: mirrorsTo(`127.0.0.1:${port}`),
      helm: 'none'
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.ok).toBe(false);
    expect(r.images.map(i => [i.status, i.outcome, i.unknown])).toEqual([
      ['error', 'unknown', 'unreachable'],
      ['error', 'unknown', 'unreachable']
    ]);
    // Unknown, never a missing platform.
    expect(r.missing).toEqual([]);
    expect(r.unknown[0].reason).toBe(
      `registry 127.0.0.1:${port} is unreachable: connect ECONNREFUSED 127.0.0.1:${port}`
    );
    expect(r.unknown[0].resolved).toBe(
      formatReference(parseReference(`127.0.0.1:${port}/${prefix}/docker.io/library/nats:2.9.17-alpine`))
    );
  });
  // The example matrix is the CLI's Markdown for this chart, rendered by the lab's helm and
  // checked against the mirror above: regenerate it with UPDATE_SUPPORT_MATRIX=1.
  test('test/fixtures/support-matrix.example.md is what the CLI prints for the chart', async () => {
    const DOC = 'test/fixtures/support-matrix.example.md';
    const MARK = '<!-- generated: everything below comes from arch-actions verify --format markdown -->\n';
    const out: string[] = [];
    const { main } = await import('../../actions/cli/main');
    const mirrors = mirrorsTo(lab.LAB_REGISTRY).map(m => `${m.source}=${m.target}`);
    const code = await main(
      [
        'verify',
        '--chart',
        CHART,
        '--helm',
        lab.LAB_HELM,
        '--fail-on',
        'never',
        '--report',
        path.join(tmp, 'matrix.json'),
        '--registry-mirrors',
        mirrors.join('\n'),
        '--format',
        'markdown'
      ],
      { stdout: s => void out.push(s), stderr: () => undefined, color: false }
    );
    expect(code).toBe(0);
    const generated = out.join('');
    expect(generated).toContain('### Chart openebs');
    expect(generated).toContain('`docker.io/bitnami/kubectl:1.25.15` | rendered, annotation, images.txt');
    expect(generated).not.toContain(lab.LAB_REGISTRY);
    const doc = fs.readFileSync(DOC, 'utf8');
    const header = doc.slice(0, doc.indexOf(MARK) + MARK.length);
    if (process.env.UPDATE_SUPPORT_MATRIX === '1') fs.writeFileSync(DOC, header + generated);
    expect(header.endsWith(MARK)).toBe(true);
    expect(doc.slice(header.length)).toBe(generated);
  });
});
