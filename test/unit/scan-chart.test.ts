import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scanChart } from '../../actions/lib/verify/scan/chart';
import { scanTemplateImages, scanTemplatePins } from '../../actions/lib/verify/scan/template';

const CHART = 'test/fixtures/charts/openebs-4.2.0';

describe('chart scanner', () => {
  let tmp: string;
  beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-chart-'))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    fs.writeFileSync(path.join(tmp, rel), text);
  };

  test('the OpenEBS 4.2.0 umbrella chart yields 36 distinct images from annotation, images.txt and values', async () => {
    const r = await scanChart(CHART);
    const chartYaml = r.images.filter(i => i.source.file === `${CHART}/Chart.yaml`);
    const txt = r.images.filter(i => i.source.file === `${CHART}/images.txt`);
    const values = r.images.filter(i => i.source.file === `${CHART}/values.yaml`);
    expect(chartYaml).toHaveLength(36);
    expect(txt).toHaveLength(36);
    // The pre-upgrade hook's kubectl, also listed in the annotation: counted once.
    expect(values.map(v => v.reference)).toEqual(['docker.io/bitnami/kubectl:1.25.15']);
    expect(new Set(r.images.map(i => i.reference)).size).toBe(36);
    const lines = fs.readFileSync(`${CHART}/Chart.yaml`, 'utf8').split('\n');
    for (const i of chartYaml) expect(lines[i.source.line - 1].trim()).toBe(`image: ${i.reference}`);
    expect(values[0].source.line).toBe(46);
  });

  test('values image blocks: registry with a slash, repo, empty tag falls back to appVersion, digests', async () => {
    write('Chart.yaml', 'apiVersion: v2\nname: x\nversion: 1.0.0\nappVersion: 2.1.0\n');
    write(
      'values.yaml',
      [
        'a:',
        '  image:',
        '    registry: quay.io/',
        '    repository: org/a',
        '    tag: 4.0',
        'b:',
        '  image:',
        '    repo: org/b',
        '    tag: ""',
        'c:',
        '  image: "nats:2.9.17-alpine"',
        'd:',
        '  image:',
        '    repository: org/d',
        '    digest: sha256:' + 'a'.repeat(64),
        'e:',
        '  image: "{{ .Values.x }}"',
        '  helperImage: busybox:1.36',
        ''
      ].join('\n')
    );
    const r = await scanChart(tmp);
    expect(r.images.map(i => [i.reference, i.source.line])).toEqual([
      ['quay.io/org/a:4.0', 2],
      ['org/b:2.1.0', 7],
      ['nats:2.9.17-alpine', 11],
      [`org/d:2.1.0@sha256:${'a'.repeat(64)}`, 13],
      ['busybox:1.36', 18]
    ]);
  });

  test('templates: literal image lines only; subcharts under charts/ are read; pins are found', async () => {
    write('Chart.yaml', 'apiVersion: v2\nname: x\nversion: 1.0.0\n');
    write(
      'templates/d.yaml',
      [
        'spec:',
        '  containers:',
        '    - image: "{{ .Values.image }}"',
        '    - image: docker.io/library/busybox:1.36 # pinned',
        '  nodeSelector:',
        '    kubernetes.io/arch: {{ .Values.arch }}',
        '  affinity:',
        '    nodeAffinity:',
        '      requiredDuringSchedulingIgnoredDuringExecution:',
        '        nodeSelectorTerms:',
        '          - matchExpressions:',
        '              - key: kubernetes.io/arch',
        '                operator: In',
        '                values:',
        '                  - amd64',
        ''
      ].join('\n')
    );
    write('charts/sub/Chart.yaml', 'apiVersion: v2\nname: sub\nversion: 1.0.0\n');
    write('charts/sub/values.yaml', 'nodeSelector:\n  beta.kubernetes.io/arch: amd64\nimage: sub/img:1\n');
    const r = await scanChart(tmp, { cwd: tmp });
    expect(r.images.map(i => `${i.reference}@${i.source.file}:${i.source.line}`)).toEqual([
      'docker.io/library/busybox:1.36@templates/d.yaml:4',
      'sub/img:1@charts/sub/values.yaml:3'
    ]);
    expect(r.pins.map(p => `${p.file}:${p.line} ${p.key} ${p.kind} ${p.values}`)).toEqual([
      'templates/d.yaml:12 kubernetes.io/arch In amd64',
      'charts/sub/values.yaml:2 beta.kubernetes.io/arch nodeSelector amd64'
    ]);
  });

  test('preferred affinity does not pin', () => {
    const text = [
      'preferredDuringSchedulingIgnoredDuringExecution:',
      '  - weight: 1',
      '    preference:',
      '      matchExpressions:',
      '        - key: kubernetes.io/arch',
      '          operator: In',
      '          values: [amd64]'
    ].join('\n');
    expect(scanTemplatePins(text, 't.yaml')).toEqual([]);
    expect(scanTemplatePins(text.replace('preferred', 'required'), 't.yaml')).toEqual([
      { file: 't.yaml', line: 5, key: 'kubernetes.io/arch', kind: 'In', values: ['amd64'] }
    ]);
  });

  test('template image lines skip block starts and templating', () => {
    expect(scanTemplateImages("image:\n  repository: x\nimage: {{ x }}\n- image: 'a/b:1'\n", 'f')).toEqual([
      { reference: 'a/b:1', source: { file: 'f', line: 4 }, how: 'template' }
    ]);
  });

  test.each([
    [
      'a missing directory',
      'nope',
      /Input "chart" has an invalid value "nope": it does not exist \(ENOENT\)/
    ],
    ['a directory without Chart.yaml', '.', /has no Chart.yaml/]
  ])('%s is a named error', async (_name, dir, re) => {
    await expect(scanChart(dir === '.' ? tmp : dir)).rejects.toThrow(re);
  });

  test('broken YAML is a warning at its file and line, and the rest is read', async () => {
    write('Chart.yaml', 'apiVersion: v2\nname: x\n');
    write('values.yaml', 'a:\n  b: [1,\nc: d\n');
    write('templates/pod.yaml', 'spec:\n  containers:\n    - image: busybox:1.36\n');
    const r = await scanChart(tmp, { cwd: tmp });
    expect(r.images.map(i => `${i.reference} ${i.how} ${i.chart}`)).toEqual(['busybox:1.36 template x']);
    expect(r.warnings).toEqual([
      { file: 'values.yaml', line: 3, message: expect.stringMatching(/^broken YAML, document skipped: /) }
    ]);
  });

  test('an unreadable chart folder and a FIFO values.yaml are named, never hung on', async () => {
    write('Chart.yaml', 'apiVersion: v2\nname: x\n');
    fs.mkdirSync(path.join(tmp, 'sub'));
    spawnSync('mkfifo', [path.join(tmp, 'values.yaml')]);
    await expect(scanChart(tmp, { cwd: tmp })).rejects.toThrow(
      /values.yaml": it is a FIFO; a file is needed/
    );
    await expect(scanChart('Chart.yaml', { cwd: tmp })).rejects.toThrow(/"Chart.yaml": it is a file/);
  });
});
