// Issue 26 acceptance 2 and 4: a wider corpus of public storage and platform charts, none of
// them in the earlier fixtures. The images found equal what the lab's helm renders, as its
// kubectl parses it (the oracle); images in flags, custom resources and ConfigMaps included.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CollectedReferences } from '../../actions/lib/verify/targets';
import { requireLab } from '../lab/lab';
import { collectChart, refs } from '../helpers/chart-scan';
import { helmTemplate, kubectlObjects, oracle } from '../helpers/helm-oracle';

jest.setTimeout(300_000);

const FIXTURES = 'test/fixtures/charts';
beforeAll(() => requireLab());

const rendered = new Map<string, Promise<CollectedReferences>>();
const collectOnce = (chart: string) => {
  if (!rendered.has(chart)) rendered.set(chart, collectChart(path.join(FIXTURES, chart)));
  return rendered.get(chart) as Promise<CollectedReferences>;
};
const how = (found: CollectedReferences, ref: string) =>
  [...new Set(found.scanned.filter(s => s.found.reference === ref).map(s => s.found.how))].sort();

test.each([
  ['kube-prometheus-stack', 10],
  ['rook/rook-ceph', 9],
  ['rook/rook-ceph-cluster', 1],
  ['cert-manager', 5],
  ['topolvm', 1],
  ['piraeus', 1],
  ['minio-operator', 1],
  ['minio-tenant', 1],
  ['csi-driver-nfs-v4.13.4', 6],
  ['fluid-symlinked-library/alluxio', 1],
  ['fluid-symlinked-library/juicefs', 2]
])('%s: the images found are exactly those helm renders', async (name, count) => {
  const found = await collectOnce(name);
  expect(found.chart?.rendered).toBe('rendered');
  const expected = oracle(
    kubectlObjects(helmTemplate(path.join(FIXTURES, name), found.chart?.kubeVersion ?? ''))
  );
  expect(refs(found)).toEqual(expected);
  expect(expected).toHaveLength(count);
  for (const s of found.scanned) expect(s.found.source.file.startsWith(`${FIXTURES}/${name}/`)).toBe(true);
});

test('kube-prometheus-stack: the config reloader in a flag, Prometheus and Alertmanager in custom resources', async () => {
  const found = await collectOnce('kube-prometheus-stack');
  expect(how(found, 'quay.io/prometheus-operator/prometheus-config-reloader:v0.93.1')).toEqual(['indirect']);
  expect(how(found, 'quay.io/prometheus/prometheus:v3.14.0-distroless')).toEqual(['custom resource']);
  expect(how(found, 'quay.io/prometheus/alertmanager:v0.34.0')).toEqual(['custom resource']);
  expect(how(found, 'quay.io/thanos/thanos:v0.42.4')).toEqual(['indirect']);
  const line = found.scanned.find(
    s => s.found.reference === 'quay.io/prometheus/prometheus:v3.14.0-distroless'
  );
  expect(line?.found.source.file).toBe(
    `${FIXTURES}/kube-prometheus-stack/templates/prometheus/prometheus.yaml`
  );
});

test('minio: the Tenant names the MinIO server image', async () => {
  const found = await collectOnce('minio-tenant');
  expect(how(found, 'quay.io/minio/minio:RELEASE.2025-04-08T15-41-24Z')).toEqual(['custom resource']);
});

test('rook: the CephCluster image is a custom resource, the CSI images of a ConfigMap are handed over', async () => {
  const cluster = await collectOnce('rook/rook-ceph-cluster');
  expect(refs(cluster).map(r => how(cluster, r))).toEqual([['custom resource']]);
  const operator = await collectOnce('rook/rook-ceph');
  const indirect = refs(operator).filter(r => how(operator, r).includes('indirect'));
  expect(indirect).toContain('quay.io/cephcsi/cephcsi:v3.17.0');
  expect(indirect.length).toBeGreaterThanOrEqual(6);
});

test('topolvm with its packed cert-manager subchart on: the subchart’s images and flags too', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-corpus-'));
  try {
    const values = path.join(tmp, 'values.yaml');
    fs.writeFileSync(values, 'cert-manager:\n  enabled: true\n');
    const chart = path.join(FIXTURES, 'topolvm');
    const found = await collectChart(chart, { values: [values] });
    const expected = oracle(kubectlObjects(helmTemplate(chart, found.chart?.kubeVersion ?? '', [values])));
    expect(refs(found)).toEqual(expected);
    expect(expected).toContain('quay.io/jetstack/cert-manager-acmesolver:v1.17.4');
    expect(expected).toHaveLength(6);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
