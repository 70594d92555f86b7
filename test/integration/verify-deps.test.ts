// Issue 9 item 2 with the lab's real helm: dependencies that helm does not render as Chart.yaml
// declares them, at any depth, are each named, and none of their images is claimed. The trees
// are copies of the real Mayastor 2.7.1 and OpenEBS 4.2.0 charts with subcharts taken out, or
// with the version a subchart's Chart.yaml states changed.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { directorySource, MAX_CHART_ENTRY_BYTES } from '../../actions/lib/verify/scan/chart-archive';
import { dependencyProblems } from '../../actions/lib/verify/scan/deps';
import { quietRun } from '../../actions/lib/core/exec';
import { renderChart } from '../../actions/lib/verify/scan/render';
import { dependencyLabel } from '../../actions/lib/verify/scan/types';
import { collectChart } from '../helpers/chart-scan';
import { helmTemplate, kubectlObjects, oracle } from '../helpers/helm-oracle';
import { LabEnv, requireLab } from '../lab/lab';

jest.setTimeout(180_000);

const FIXTURES = 'test/fixtures/charts';
let lab: LabEnv;
let tmp: string;
beforeAll(() => {
  lab = requireLab();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-deps-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Mayastor 2.7.1 less etcd and loki-stack's promtail, its nats and loki-stack's loki of versions their ranges refuse. */
function brokenMayastor(): string {
  const dir = path.join(tmp, 'mayastor');
  if (fs.existsSync(dir)) return dir;
  fs.cpSync(path.join(FIXTURES, 'mayastor-2.7.1'), dir, { recursive: true });
  fs.rmSync(path.join(dir, 'charts/etcd'), { recursive: true });
  fs.rmSync(path.join(dir, 'charts/loki-stack/charts/promtail'), { recursive: true });
  setVersion(path.join(dir, 'charts/nats/Chart.yaml'), '0.19.13');
  setVersion(path.join(dir, 'charts/loki-stack/charts/loki/Chart.yaml'), '2.14.0');
  return dir;
}

function setVersion(chartYaml: string, version: string): void {
  fs.writeFileSync(
    chartYaml,
    fs.readFileSync(chartYaml, 'utf8').replace(/^version: .*$/m, `version: ${version}`)
  );
}

/** helm's render of a chart, without the documents of the given subcharts (by `# Source:` path). */
function renderedWithout(chart: string, subcharts: string[]): string {
  return helmTemplate(chart, '1.33.1')
    .split(/^---\s*$/m)
    .filter(doc => !subcharts.some(s => doc.includes(`# Source: ${s}/`)))
    .join('\n---\n');
}

test('missing at any depth, or in a version the range refuses: each named at its line, none of their images claimed', async () => {
  const original = path.join(FIXTURES, 'mayastor-2.7.1');
  brokenMayastor();
  const found = await collectChart('mayastor', { cwd: tmp });
  expect(found.chart?.rendered).toBe('partly rendered');
  expect(found.chart?.missingDependencies.map(dependencyLabel)).toEqual([
    'etcd 8.6.0',
    'loki ^2.15.2 of loki-stack',
    'promtail ^6.7.4 of loki-stack',
    'nats 0.19.14'
  ]);
  const warnings = found.scan.warnings.map(w => `${w.file}:${w.line} ${w.message.split(' (')[0]}`);
  expect(warnings).toEqual([
    'mayastor/Chart.yaml:8 dependency etcd 8.6.0 was not rendered',
    'mayastor/charts/loki-stack/requirements.yaml:2 dependency loki ^2.15.2 of loki-stack was not rendered',
    'mayastor/charts/loki-stack/requirements.yaml:6 dependency promtail ^6.7.4 of loki-stack was not rendered',
    'mayastor/Chart.yaml:20 dependency nats 0.19.14 was not rendered'
  ]);
  expect(found.chart?.missingDependencies.find(m => m.name === 'promtail')?.reason).toBe(
    'not in charts/ of loki-stack, which helm renders without it'
  );
  expect(found.chart?.missingDependencies.find(m => m.name === 'nats')?.reason).toMatch(
    /^charts\/ holds version 0\.19\.13, which 0\.19\.14 does not accept/
  );
  // What is claimed is what helm renders of the intact chart, less those four subcharts.
  const claimed = [
    ...new Set(
      found.scanned.filter(s => ['rendered', 'indirect'].includes(s.found.how)).map(s => s.found.reference)
    )
  ].sort();
  const gone = ['etcd', 'nats', 'loki-stack/charts/loki', 'loki-stack/charts/promtail'].map(
    s => `mayastor/charts/${s}`
  );
  expect(claimed).toEqual(oracle(kubectlObjects(renderedWithout(original, gone))));
  expect(claimed).not.toContain('grafana/loki:2.6.1');
  expect(claimed).toContain('docker.io/openebs/mayastor-agent-core:v2.7.1');
});

/** OpenEBS 4.2.0 with the broken Mayastor packed by helm, as `helm dependency build` leaves subcharts. */
function packedParent(): string {
  const parent = path.join(tmp, 'parent');
  if (fs.existsSync(parent)) return parent;
  fs.cpSync(path.join(FIXTURES, 'openebs-4.2.0'), parent, { recursive: true });
  // helm packs no chart whose own dependencies are missing: this one keeps etcd.
  const packed = path.join(tmp, 'packed/mayastor');
  fs.cpSync(brokenMayastor(), packed, { recursive: true });
  fs.cpSync(path.join(FIXTURES, 'mayastor-2.7.1/charts/etcd'), path.join(packed, 'charts/etcd'), {
    recursive: true
  });
  execFileSync(lab.LAB_HELM, ['package', packed, '-d', path.join(parent, 'charts')]);
  const chartYaml = path.join(parent, 'Chart.yaml');
  const text = fs
    .readFileSync(chartYaml, 'utf8')
    .replace(/(- name: mayastor\n\s+version: )\S+/, (_, head: string) => `${head}2.7.1`);
  fs.writeFileSync(chartYaml, text);
  return parent;
}

test('a packed subchart is read inside its archive, its own dependencies too', async () => {
  const parent = packedParent();
  const problems = await dependencyProblems(
    directorySource(parent, parent, 'chart', MAX_CHART_ENTRY_BYTES),
    'parent'
  );
  expect(
    problems
      .filter(p => p.parent !== 'openebs')
      .map(p => `${p.file}:${p.line} ${p.parent} ${p.name} ${p.found ?? ''}`)
  ).toEqual([
    'parent/charts/mayastor-2.7.1.tgz:mayastor/charts/loki-stack/requirements.yaml:2 openebs/mayastor/loki-stack loki 2.14.0',
    'parent/charts/mayastor-2.7.1.tgz:mayastor/charts/loki-stack/requirements.yaml:6 openebs/mayastor/loki-stack promtail ',
    'parent/charts/mayastor-2.7.1.tgz:mayastor/Chart.yaml:20 openebs/mayastor nats 0.19.13'
  ]);
});

test('a missing dependency that its condition turns off, at any depth and packed, is only noted: helm says which', async () => {
  packedParent();
  const collect = (set: string[]) => collectChart('parent', { set, cwd: tmp });
  const before = fs.readdirSync(path.join(tmp, 'parent/charts')).sort();
  const on = await collect([]);
  expect(on.chart?.missingDependencies.map(dependencyLabel)).toEqual([
    'localpv-provisioner 4.2.0',
    'zfs-localpv 2.7.1',
    'lvm-localpv 1.6.2',
    'loki ^2.15.2 of mayastor/loki-stack',
    'promtail ^6.7.4 of mayastor/loki-stack',
    'nats 0.19.14 of mayastor'
  ]);
  const off = await collect([
    'engines.local.zfs.enabled=false',
    'mayastor.loki-stack.promtail.enabled=false'
  ]);
  expect(off.chart?.missingDependencies.map(dependencyLabel)).toEqual([
    'localpv-provisioner 4.2.0',
    'lvm-localpv 1.6.2',
    'loki ^2.15.2 of mayastor/loki-stack',
    'nats 0.19.14 of mayastor'
  ]);
  expect(off.scan.notes.filter(n => n.includes('is off')).map(n => n.replace(/ \(not in.*?\)/, ''))).toEqual([
    'parent: dependency zfs-localpv 2.7.1 was not rendered, but it is off (condition engines.local.zfs.enabled): helm would not render it anyway',
    'parent: dependency promtail ^6.7.4 of mayastor/loki-stack was not rendered, but it is off (condition promtail.enabled): helm would not render it anyway'
  ]);
  expect(off.scan.warnings.map(w => w.message)).not.toContainEqual(
    expect.stringMatching(/promtail|zfs-localpv/)
  );
  // The chart itself is as it was: the placeholders went into a copy, the archive unpacked there.
  expect(fs.readdirSync(path.join(tmp, 'parent/charts')).sort()).toEqual(before);
});

test('helm dependency build that gets no answer is cut at its deadline, and the parent is rendered', async () => {
  // A repository that accepts connections and never answers: what a runner without network can see.
  const held: net.Socket[] = [];
  const asked: string[] = [];
  const server = net.createServer(s => {
    held.push(s);
    s.once('data', d => asked.push(d.toString('latin1').split('\r\n')[0]));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const dir = path.join(tmp, 'openebs');
  fs.cpSync(path.join(FIXTURES, 'openebs-4.2.0'), dir, { recursive: true });
  const chartYaml = path.join(dir, 'Chart.yaml');
  const text = fs
    .readFileSync(chartYaml, 'utf8')
    .replace(/repository: .*/g, `repository: http://127.0.0.1:${port}/charts`);
  fs.writeFileSync(chartYaml, text);
  const started = Date.now();
  try {
    const out = await renderChart(
      {
        dir,
        display: 'openebs',
        helm: lab.LAB_HELM,
        values: [],
        set: [],
        kubeVersion: '1.33.1',
        dependencies: d =>
          dependencyProblems(directorySource(d, d, 'chart', MAX_CHART_ENTRY_BYTES), 'openebs'),
        dependencyTimeoutMs: 3000
      },
      quietRun
    );
    // helm asked the repository for its index, and for nothing else, before the deadline cut it.
    expect([...new Set(asked)]).toEqual(['GET /charts/index.yaml HTTP/1.1']);
    expect(out.missing.map(m => `${m.name}: ${m.detail}`)).toEqual(
      ['localpv-provisioner', 'zfs-localpv', 'lvm-localpv', 'mayastor'].map(
        n => `${n}: no answer within 3 s (no network?)`
      )
    );
    expect(out.text).toContain('# Source: openebs/templates/');
  } finally {
    held.forEach(s => s.destroy());
    server.close();
  }
  expect(Date.now() - started).toBeLessThan(30_000);
});
