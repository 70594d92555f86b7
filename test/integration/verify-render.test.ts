// Issue 9 acceptance 1-5 with the lab's real helm and kubectl: the images found in public charts
// and operator manifests equal what `helm template` renders, as kubectl parses it.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckError } from '../../actions/lib/core/errors';
import { quietRun } from '../../actions/lib/core/exec';
import { scanManifests } from '../../actions/lib/verify/scan/manifest';
import { chartLine } from '../../actions/lib/verify/summary';
import { collectReferences, CollectedReferences } from '../../actions/lib/verify/targets';
import { VerifyResult } from '../../actions/lib/verify/verify';
import { run } from '../../actions/verify-platforms/main';
import { LabEnv, requireLab } from '../lab/lab';
import { collectChart, refs } from '../helpers/chart-scan';
import { helmTemplate, kubectlFileObjects, kubectlObjects, oracle } from '../helpers/helm-oracle';

jest.setTimeout(180_000);

const FIXTURES = 'test/fixtures/charts';
let lab: LabEnv;
beforeAll(() => (lab = requireLab()));

// Mayastor's bitnami etcd subchart takes helm seconds to render: each chart is rendered once.
const rendered = new Map<string, Promise<CollectedReferences>>();
const collectOnce = (chart: string) => {
  if (!rendered.has(chart)) rendered.set(chart, collectChart(chart));
  return rendered.get(chart) as Promise<CollectedReferences>;
};

const NO_OTHER_INPUTS = { manifests: [], dockerfiles: [], buildArgs: {}, cwd: process.cwd() };

describe('charts rendered with the real helm', () => {
  test.each([
    ['zfs-localpv-2.6.2', 6, ''],
    ['lvm-localpv-1.5.0', 6, ''],
    ['localpv-provisioner-4.0.0', 2, ''],
    ['mayastor-2.7.1', 30, ''],
    ['longhorn-1.11.3', 13, ''],
    // Six CSI sidecars and `tpl` in its templates; democratic-csi needs a driver's values file.
    ['ceph-csi-rbd-3-canary', 6, ''],
    ['democratic-csi-0.15.1', 8, 'examples/zfs-generic-nvmeof.yaml']
  ])(
    '%s: the images found are exactly those helm renders, handed-over ones included',
    async (name, count, valuesFile) => {
      const chart = path.join(FIXTURES, name);
      const values = valuesFile ? [path.join(chart, valuesFile)] : [];
      const found = await collectChart(chart, { values });
      expect(found.chart?.rendered).toBe('rendered');
      const expected = oracle(kubectlObjects(helmTemplate(chart, found.chart?.kubeVersion ?? '', values)));
      expect(refs(found)).toEqual(expected);
      expect(expected).toHaveLength(count);
      // Every image points at the template that writes it, in the chart or subchart it belongs to.
      for (const s of found.scanned) {
        expect(s.found.source.file.startsWith(`${chart}/`)).toBe(true);
        expect(['rendered', 'indirect']).toContain(s.found.how);
      }
    }
  );

  test('Longhorn needs Kubernetes 1.34: helm’s own default (1.35) satisfies its kubeVersion, and 10 images are handed over', async () => {
    const found = await collectOnce(path.join(FIXTURES, 'longhorn-1.11.3'));
    expect(found.chart?.kubeVersion).toBe('1.35.0');
    const inPods = new Set(found.scanned.filter(s => s.found.how === 'rendered').map(s => s.found.reference));
    const indirect = new Set(
      found.scanned
        .filter(s => s.found.how === 'indirect' && !inPods.has(s.found.reference))
        .map(s => s.found.reference)
    );
    expect([inPods.size, indirect.size]).toEqual([3, 10]);
    expect(indirect).toContain('docker.io/longhornio/csi-attacher:v4.12.0');
    await expect(
      collectChart(path.join(FIXTURES, 'longhorn-1.11.3'), { kubeVersion: '1.30.0' })
    ).rejects.toThrow(/helm template could not render the chart .*kubeVersion: >=1.34.0-0/);
  });

  test('Mayastor: images composed in template helpers, grouped by subchart', async () => {
    const found = await collectOnce(path.join(FIXTURES, 'mayastor-2.7.1'));
    const chartOf = (ref: string) => found.scanned.find(s => s.found.reference === ref)?.found.chart;
    expect(chartOf('docker.io/openebs/mayastor-agent-core:v2.7.1')).toBe('mayastor');
    expect(chartOf('docker.io/bitnami/etcd:3.5.6-debian-11-r10')).toBe('mayastor/etcd');
    expect(chartOf('grafana/loki:2.6.1')).toBe('mayastor/loki-stack/loki');
    // The made-up references of the static scan are gone.
    expect(refs(found)).not.toContain('docker.io/openebs:develop');
  });

  test('a packed chart (as released) is rendered as helm renders the archive', async () => {
    const packed = path.join(FIXTURES, 'packed/csi-driver-smb-1.20.1.tgz');
    const found = await collectChart(packed);
    expect(found.chart?.rendered).toBe('rendered');
    const expected = oracle(kubectlObjects(helmTemplate(packed, found.chart?.kubeVersion ?? '')));
    expect(refs(found)).toEqual(expected);
    expect(expected).toHaveLength(6);
    expect(found.scanned.every(s => s.found.source.file.startsWith(`${packed}/templates/`))).toBe(true);
  });

  test('without helm, a chart packed with helm package reads as its folder does', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-packed-'));
    try {
      const r = spawnSync(lab.LAB_HELM, ['package', path.join(FIXTURES, 'zfs-localpv-2.6.2'), '-d', out]);
      expect(r.status).toBe(0);
      const statically = (chart: string) =>
        collectReferences(
          { chart: { chart, values: [], set: [], helm: 'none' }, ...NO_OTHER_INPUTS },
          { exec: quietRun }
        );
      const packed = await statically(path.join(out, 'zfs-localpv-2.6.2.tgz'));
      const folder = await statically(path.join(FIXTURES, 'zfs-localpv-2.6.2'));
      expect(packed.chart?.rendered).toBe('not rendered');
      expect(refs(packed)).toEqual(refs(folder));
      expect(refs(packed).length).toBe(6);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test('a packed subchart with a 4.3 MiB file renders, as helm renders files up to 5 MiB', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-big-'));
    try {
      const chart = (dir: string, name: string, image: string) => {
        fs.mkdirSync(path.join(dir, 'templates'), { recursive: true });
        fs.writeFileSync(path.join(dir, 'Chart.yaml'), `apiVersion: v2\nname: ${name}\nversion: 1.0.0\n`);
        fs.writeFileSync(
          path.join(dir, 'templates/pod.yaml'),
          `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers:\n  - {name: c, image: ${image}}\n`
        );
      };
      chart(path.join(tmp, 'sub'), 'sub', 'ex/sub:1');
      const big = Array.from({ length: 40_000 }, (_, i) => `  k${i}: "${'x'.repeat(100)}"`).join('\n');
      fs.writeFileSync(
        path.join(tmp, 'sub/templates/big.yaml'),
        `kind: ConfigMap\napiVersion: v1\nmetadata: {name: big}\ndata:\n${big}\n`
      );
      chart(path.join(tmp, 'top'), 'top', 'ex/top:1');
      const pack = spawnSync(lab.LAB_HELM, [
        'package',
        path.join(tmp, 'sub'),
        '-d',
        path.join(tmp, 'top/charts')
      ]);
      expect(pack.status).toBe(0);
      const found = await collectChart(path.join(tmp, 'top'));
      expect(refs(found)).toEqual(oracle(kubectlObjects(helmTemplate(path.join(tmp, 'top'), '1.33.1'))));
      expect(refs(found)).toEqual(['ex/sub:1', 'ex/top:1']);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('without helm, ceph-csi-rbd is read statically to the images helm renders (no `450` from maxSnapshotsOnImage)', async () => {
    const chart = path.join(FIXTURES, 'ceph-csi-rbd-3-canary');
    const statically = await collectReferences(
      { chart: { chart, values: [], set: [], helm: 'none' }, ...NO_OTHER_INPUTS },
      { exec: quietRun }
    );
    expect(refs(statically)).toEqual(oracle(kubectlObjects(helmTemplate(chart, '1.33.1'))));
  });

  test('a file that is not a packed chart is named', async () => {
    await expect(collectChart(path.join(FIXTURES, 'packed/SOURCE.md'))).rejects.toThrow(
      /Input "chart" has an invalid value ".*packed\/SOURCE.md": it is a file, not a chart folder or a packed chart \(\.tgz\)$/
    );
  });

  test('the kube version: helm’s own default as a bare helm template renders, else the nearest one a chart accepts', async () => {
    const zfs = await collectOnce(path.join(FIXTURES, 'zfs-localpv-2.6.2'));
    expect(zfs.chart?.helm).toMatch(/^v4\.1\.4\+g[0-9a-f]{7}$/);
    expect(zfs.chart?.kubeVersion).toBe('1.35.0');
    // No --kube-version at all: what a maintainer gets by hand.
    const bare = execFileSync(
      lab.LAB_HELM,
      ['template', 'x', path.join(FIXTURES, 'zfs-localpv-2.6.2'), '--include-crds'],
      {
        encoding: 'utf8',
        maxBuffer: 64 << 20
      }
    );
    expect(refs(zfs)).toEqual(oracle(kubectlObjects(bare)));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kube-version-'));
    try {
      fs.mkdirSync(path.join(dir, 'old/templates'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'old/Chart.yaml'),
        'apiVersion: v2\nname: old\nversion: 1.0.0\nkubeVersion: "<1.30.0-0"\n'
      );
      fs.writeFileSync(
        path.join(dir, 'old/templates/pod.yaml'),
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: "registry.example/kube:{{ .Capabilities.KubeVersion.Version }}"\n'
      );
      const old = await collectChart(path.join(dir, 'old'));
      expect(old.chart?.kubeVersion).toBe('1.29.0');
      expect(refs(old)).toEqual(['registry.example/kube:v1.29.0']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('set reaches helm', async () => {
    const found = await collectChart(path.join(FIXTURES, 'zfs-localpv-2.6.2'), {
      set: ['zfsPlugin.image.tag=9.9.9']
    });
    expect(refs(found)).toContain('openebs/zfs-driver:9.9.9');
  });

  test('missing dependencies, no network: the parent is rendered, each dependency named, none claimed', async () => {
    const found = await collectChart(path.join(FIXTURES, 'openebs-4.2.0'));
    expect(found.chart?.rendered).toBe('partly rendered');
    expect(found.chart?.missingDependencies.map(m => `${m.name} ${m.version}`)).toEqual([
      'localpv-provisioner 4.2.0',
      'zfs-localpv 2.7.1',
      'lvm-localpv 1.6.2',
      'mayastor 2.8.0'
    ]);
    expect(found.scan.warnings.map(w => w.message.split(' was ')[0])).toEqual([
      'dependency localpv-provisioner 4.2.0',
      'dependency zfs-localpv 2.7.1',
      'dependency lvm-localpv 1.6.2',
      'dependency mayastor 2.8.0'
    ]);
    // Its own image, from its own template; the rest only as the chart lists them.
    const own = found.scanned.filter(s => s.found.how === 'rendered').map(s => s.found.reference);
    expect(own).toEqual(['docker.io/bitnami/kubectl:1.25.15']);
    expect(found.scanned.every(s => ['rendered', 'annotation', 'images.txt'].includes(s.found.how))).toBe(
      true
    );
  });
});

describe('operator manifests as kubectl reads them', () => {
  test.each([
    ['test/fixtures/manifests/zfs-localpv/zfs-operator.yaml', 6],
    ['test/fixtures/manifests/lvm-localpv/lvm-operator.yaml', 6]
  ])('%s scans fully: its images are kubectl’s', (file, count) => {
    const r = scanManifests([file]);
    expect(r.warnings).toEqual([]);
    const found = [...new Set(r.images.map(i => i.reference))].sort();
    expect(found).toEqual(oracle(kubectlObjects(fs.readFileSync(file, 'utf8'))));
    expect(found).toHaveLength(count);
  });

  // Written here: what kubectl makes of aliases, merge keys, repeated keys, JSON streams, a List
  // holding a CRD, a BOM and CRLF, UTF-16 with a BOM. Each file has an image that only a kubectl-exact read gets right.
  const KUBECTL_YAML = 'test/fixtures/manifests/kubectl-yaml';
  test.each([
    ['aliases-and-merge-keys.yaml', 10],
    ['repeated-keys.yaml', 3],
    ['json-stream.json', 2],
    ['list-with-crd.yaml', 1],
    ['bom-crlf-comments.yaml', 2],
    ['utf16le-bom.yaml', 2],
    ['utf16be-bom.yaml', 2]
  ])('%s: the images are kubectl’s', (name, count) => {
    const file = path.join(KUBECTL_YAML, name);
    const r = scanManifests([file]);
    expect(r.warnings).toEqual([]);
    const found = [...new Set(r.images.map(i => i.reference))].sort();
    expect(found).toEqual(oracle(kubectlFileObjects(file)));
    expect(found).toHaveLength(count);
  });

  test('a folder is read as kubectl -f FOLDER reads it: its .yaml, .yml and .json files', () => {
    const r = scanManifests([KUBECTL_YAML]);
    expect(r.warnings).toEqual([]);
    const found = [...new Set(r.images.map(i => i.reference))].sort();
    expect(found).toEqual(oracle(kubectlFileObjects(KUBECTL_YAML)));
    expect(found).toContain('ex/json-a:1');
  });

  test('a stream of JSON objects: each image at its own line', () => {
    const r = scanManifests([path.join(KUBECTL_YAML, 'json-stream.json')]);
    expect(r.images.map(i => [i.reference, i.source.line])).toEqual([
      ['ex/json-a:1', 1],
      ['ex/json-b:1', 2]
    ]);
  });
});

describe('the action', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-render-'));
    fs.mkdirSync(path.join(tmp, 'empty/templates'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'empty/Chart.yaml'), 'apiVersion: v2\nname: empty\nversion: 1.0.0\n');
    fs.writeFileSync(
      path.join(tmp, 'empty/templates/cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n'
    );
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  async function runWith(inputs: Record<string, string>): Promise<unknown> {
    const saved = { ...process.env };
    Object.assign(process.env, {
      GITHUB_WORKSPACE: tmp,
      GITHUB_OUTPUT: path.join(tmp, 'out'),
      INPUT_REPORT: path.join(tmp, 'report.json'),
      INPUT_SUMMARY: 'false',
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
    });
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await run();
      return undefined;
    } catch (err) {
      return err;
    } finally {
      spy.mockRestore();
      process.env = saved;
    }
  }

  test('a chart that renders no container image fails by name, even with fail-on: never', async () => {
    const err = await runWith({ chart: 'empty', helm: lab.LAB_HELM, 'fail-on': 'never' });
    expect(err).toBeInstanceOf(CheckError);
    expect((err as Error).message).toBe('no container image found in chart empty');
  });

  test('without helm the static scan remains, and says "not rendered"', async () => {
    fs.cpSync(path.join(FIXTURES, 'zfs-localpv-2.6.2'), path.join(tmp, 'zfs'), { recursive: true });
    const found = await collectReferences(
      {
        chart: { chart: 'zfs', values: [], set: [], helm: 'none' },
        manifests: [],
        dockerfiles: [],
        buildArgs: {},
        cwd: tmp
      },
      { exec: quietRun }
    );
    expect(found.chart?.rendered).toBe('not rendered');
    expect(found.scanned.length).toBe(6);
    expect(chartLine({ chart: found.chart } as VerifyResult)).toBe(
      'Chart zfs: not rendered (helm: none); images read statically.'
    );
  });
});
