// Issue 9 acceptance 7 with the lab's real helm: a template that asks for a slow key (bitnami
// etcd's 4096-bit JWT key in Mayastor) is rendered with a fast one, and the images found are
// still exactly those of a bare `helm template`. A chart that needs its RSA key gets it.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectChart, refs, treeListing } from '../helpers/chart-scan';
import { helmTemplate, kubectlObjects, oracle } from '../helpers/helm-oracle';
import { LabEnv, requireLab } from '../lab/lab';

jest.setTimeout(180_000);

const MAYASTOR = 'test/fixtures/charts/mayastor-2.7.1';
let lab: LabEnv;
let tmp: string;
beforeAll(() => {
  lab = requireLab();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-keys-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('Mayastor with etcd packed by helm: its JWT key is made fast, the images are helm’s, the chart is untouched', async () => {
  const chart = path.join(tmp, 'mayastor');
  fs.cpSync(MAYASTOR, chart, { recursive: true });
  execFileSync(lab.LAB_HELM, ['package', path.join(chart, 'charts/etcd'), '-d', path.join(chart, 'charts')]);
  fs.rmSync(path.join(chart, 'charts/etcd'), { recursive: true });
  expect(fs.readdirSync(path.join(chart, 'charts'))).toContain('etcd-8.6.0.tgz');
  const before = treeListing(chart);

  const found = await collectChart(chart);
  expect(found.chart?.rendered).toBe('rendered');
  expect(found.scan.notes.join('\n')).toMatch(/1 template\(s\) rendered with genPrivateKey "ecdsa"/);
  const expected = oracle(kubectlObjects(helmTemplate(chart, found.chart?.kubeVersion ?? '')));
  expect(refs(found)).toEqual(expected);
  expect(expected).toContain('docker.io/bitnami/etcd:3.5.6-debian-11-r10');
  expect(treeListing(chart)).toEqual(before);
});

test('a chart that needs an RSA key is rendered with its own key, and says nothing of fast keys', async () => {
  const chart = path.join(tmp, 'needs-rsa');
  fs.mkdirSync(path.join(chart, 'templates'), { recursive: true });
  fs.writeFileSync(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: needs-rsa\nversion: 1.0.0\n');
  fs.writeFileSync(
    path.join(chart, 'templates/pod.yaml'),
    [
      '{{- $key := genPrivateKey "rsa" }}',
      '{{- if not (contains "RSA PRIVATE KEY" $key) }}{{ fail "an RSA key is needed" }}{{ end }}',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: signer',
      '  annotations:',
      '    key-size: {{ len $key | quote }}',
      'spec:',
      '  containers:',
      '    - name: signer',
      '      image: registry.example/signer:1.0',
      ''
    ].join('\n')
  );
  const found = await collectChart(chart);
  expect(refs(found)).toEqual(['registry.example/signer:1.0']);
  expect(found.scan.notes.join('\n')).not.toMatch(/genPrivateKey/);
});
