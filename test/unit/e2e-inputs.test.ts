import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError } from '../../actions/lib/core/errors';
import { formatPlatform } from '../../actions/lib/oci/platform';
import { formatReference } from '../../actions/lib/oci/reference';
import { getInputs } from '../../actions/run-arm64-e2e/inputs';

const NAMES = [
  'level',
  'images',
  'platforms',
  'baseline',
  'command',
  'timeout',
  'runtime',
  'insecure-registries',
  'chart',
  'chart-repo',
  'chart-version',
  'values',
  'set',
  'image-values',
  'namespace',
  'storage-class',
  'engine',
  'perf',
  'perf-image',
  'test-command',
  'diagnostics-dir',
  'artifact-name',
  'report',
  'summary'
];
const key = (n: string) => `INPUT_${n.replace(/ /g, '_').toUpperCase()}`;

function withInputs<T>(inputs: Record<string, string>, fn: () => T): T {
  const saved = NAMES.map(n => [n, process.env[key(n)]] as const);
  for (const n of NAMES) delete process.env[key(n)];
  for (const [n, v] of Object.entries(inputs)) process.env[key(n)] = v;
  try {
    return fn();
  } finally {
    for (const [n, v] of saved) {
      if (v === undefined) delete process.env[key(n)];
      else process.env[key(n)] = v;
    }
  }
}

describe('run-arm64-e2e inputs', () => {
  test('defaults match action.yml', () => {
    const yml = fs.readFileSync(
      path.join(__dirname, '..', '..', 'actions', 'run-arm64-e2e', 'action.yml'),
      'utf8'
    );
    const i = withInputs({ images: 'busybox' }, getInputs);
    expect(i.level).toBe('container');
    expect(i.platforms.map(formatPlatform)).toEqual(['linux/arm64']);
    expect(formatPlatform(i.baseline)).toBe('linux/amd64');
    expect(i.command).toBe('uname -m');
    expect(i.timeout).toBe(120);
    expect(i.runtime).toBe('docker');
    expect(i.namespace).toBe('openebs');
    expect(i.storageClass).toBe('openebs-hostpath');
    expect(i.artifactName).toBe('arm64-e2e-diagnostics');
    expect(i.summary).toBe(true);
    expect(i.report).toMatch(/arch-actions\/e2e-report\.json$/);
    for (const [input, value] of [
      ['level', 'container'],
      ['platforms', 'linux/arm64'],
      ['baseline', 'linux/amd64'],
      ['command', 'uname -m'],
      ['timeout', '120'],
      ['runtime', 'docker'],
      ['namespace', 'openebs'],
      ['storage-class', 'openebs-hostpath'],
      ['artifact-name', 'arm64-e2e-diagnostics'],
      ['summary', 'true']
    ]) {
      expect(yml).toMatch(new RegExp(`\\n  ${input}:\\n(?:    .*\\n)*?    default: '${value}'`));
    }
  });

  test('images, platforms and set lines are parsed', () => {
    const i = withInputs(
      {
        images:
          'ghcr.io/openebs/provisioner-localpv:4.0.0\nbusybox, 127.0.0.1:5000/x@sha256:' + 'a'.repeat(64),
        platforms: 'linux/arm64, linux/arm/v7, aarch64',
        set: 'a.b=1\n c = two words \n',
        level: 'cluster',
        chart: 'localpv-provisioner',
        'chart-repo': 'https://openebs.github.io/dynamic-localpv-provisioner'
      },
      getInputs
    );
    expect(i.images.map(formatReference)).toEqual([
      'ghcr.io/openebs/provisioner-localpv:4.0.0',
      'docker.io/library/busybox:latest',
      '127.0.0.1:5000/x@sha256:' + 'a'.repeat(64)
    ]);
    expect(i.platforms.map(formatPlatform)).toEqual(['linux/arm64', 'linux/arm/v7']);
    expect(i.set).toEqual([
      { key: 'a.b', value: '1' },
      { key: 'c', value: 'two words' }
    ]);
    expect(i.chartRepo).toBe('https://openebs.github.io/dynamic-localpv-provisioner');
  });

  test('the cluster level needs no images', () => {
    expect(withInputs({ level: 'cluster' }, getInputs).images).toEqual([]);
  });

  test('container takes archives on disk; cluster refuses them, naming the input', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-archives-'));
    try {
      const i = withInputs({ images: `oci-archive:${dir}\nghcr.io/openebs/x:1` }, getInputs);
      expect(i.images.map(String)).toEqual([`oci-archive:${dir}`, 'ghcr.io/openebs/x:1']);
      expect(() => withInputs({ level: 'cluster', images: `docker-archive:${dir}` }, getInputs)).toThrow(
        `Input "images" has an invalid value "docker-archive:${dir}": level "cluster" runs images from a registry, not archives`
      );
      expect(() => withInputs({ images: `oci-layout:${dir}/nope` }, getInputs)).toThrow(
        `Input "images" has an invalid value "${dir}/nope": it does not exist`
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    [
      {},
      'images',
      'Input "images" has an invalid value "": level "container" needs at least one image reference'
    ],
    [
      { images: 'x', level: 'kubernetes' },
      'level',
      'Input "level" has an invalid value "kubernetes": expected one of container, cluster'
    ],
    [
      { images: 'Ghcr.io/OpenEBS/X:1' },
      'images',
      'Input "images" has an invalid value "Ghcr.io/OpenEBS/X:1"'
    ],
    [{ images: 'x:bad tag' }, 'images', 'Input "images" has an invalid value "x:bad tag"'],
    [{ images: 'x@sha256:123' }, 'images', 'Input "images" has an invalid value "x@sha256:123"'],
    [
      { images: 'x', platforms: 'linux/arm65' },
      'platforms',
      'Input "platforms" has an invalid value "linux/arm65"'
    ],
    [
      { images: 'x', baseline: 'windows/sparc' },
      'baseline',
      'Input "baseline" has an invalid value "windows/sparc"'
    ],
    [{ images: 'x', timeout: '0' }, 'timeout', 'Input "timeout" has an invalid value "0"'],
    [
      { images: 'x', timeout: '2m' },
      'timeout',
      'Input "timeout" has an invalid value "2m": expected a whole number'
    ],
    [{ images: 'x', runtime: 'containerd' }, 'runtime', 'Input "runtime" has an invalid value "containerd"'],
    [
      { level: 'cluster', set: 'novalue' },
      'set',
      'Input "set" has an invalid value "novalue": expected key=value'
    ],
    [
      { level: 'cluster', 'chart-repo': 'https://x' },
      'chart-repo',
      'Input "chart-repo" has an invalid value "https://x": it needs a chart name'
    ],
    [
      { level: 'cluster', chart: 'c', 'chart-repo': 'openebs' },
      'chart-repo',
      'Input "chart-repo" has an invalid value "openebs"'
    ],
    [
      { level: 'cluster', values: '/nonexistent/values.yaml' },
      'values',
      'Input "values" has an invalid value "/nonexistent/values.yaml": it does not exist (ENOENT)'
    ],
    [
      { level: 'cluster', namespace: 'OpenEBS' },
      'namespace',
      'Input "namespace" has an invalid value "OpenEBS"'
    ],
    [
      { level: 'cluster', 'storage-class': 'a b' },
      'storage-class',
      'Input "storage-class" has an invalid value "a b"'
    ],
    [
      { level: 'cluster', 'image-values': 'localpv.image' },
      'image-values',
      'Input "image-values" has an invalid value "localpv.image": no image is under test: set "images"'
    ],
    [
      { level: 'cluster', images: 'ghcr.io/a/x:1,ghcr.io/a/y:1', 'image-values': 'localpv.image' },
      'image-values',
      'Input "image-values" has an invalid value "localpv.image": 2 images are under test: name one, as image=path'
    ],
    [
      { level: 'cluster', images: 'ghcr.io/a/x:1', 'image-values': 'z=localpv.image' },
      'image-values',
      'Input "image-values" has an invalid value "z=localpv.image": no image under test is named "z" (images: a/x)'
    ],
    [
      { level: 'cluster', images: 'ghcr.io/a/x:1', 'image-values': 'x=localpv image' },
      'image-values',
      'Input "image-values" has an invalid value "x=localpv image": expected [image=]values.path'
    ],
    [
      { level: 'cluster', images: 'ghcr.io/a/x:1', set: 'image.digest={digest}' },
      'set',
      'Input "set" has an invalid value "image.digest={digest}": {digest} needs an image reference with a digest'
    ],
    [
      { level: 'cluster', set: 'image.tag={tag}' },
      'set',
      'Input "set" has an invalid value "image.tag={tag}": no image is under test'
    ],
    [
      { level: 'cluster', 'artifact-name': 'a/b' },
      'artifact-name',
      'Input "artifact-name" has an invalid value "a/b"'
    ]
  ])('%j is a ConfigurationError naming %s', (inputs, _name, message) => {
    let err: unknown;
    try {
      withInputs(inputs as Record<string, string>, getInputs);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message.startsWith(message)).toBe(true);
  });

  test('values files are checked only for the cluster level', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'values-'));
    const f = path.join(dir, 'v.yaml');
    fs.writeFileSync(f, 'a: 1\n');
    try {
      expect(withInputs({ level: 'cluster', values: f }, getInputs).values).toEqual([f]);
      expect(withInputs({ images: 'x', values: '/nonexistent' }, getInputs).values).toEqual(['/nonexistent']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('run-arm64-e2e inputs: engine and perf', () => {
  test('defaults: hostpath, no perf stage, the record under the scratch folder', () => {
    const i = withInputs({ level: 'cluster' }, getInputs);
    expect([i.engine, i.perf, i.perfImage]).toEqual(['hostpath', 'off', '']);
    expect(i.perfFile).toMatch(/arch-actions\/perf\/fio-(amd64|arm64)\.json$/);
  });

  test.each([
    ['engine', 'ceph', /^Input "engine" has an invalid value "ceph"/],
    ['perf', 'yes', /^Input "perf" has an invalid value "yes"/]
  ])('%s %s is refused, naming the input', (input, value, message) => {
    expect(() => withInputs({ level: 'cluster', [input]: value }, getInputs)).toThrow(message);
  });

  test('the amd64 baseline leaves out set values that name the image under test', () => {
    const set = 'a.enabled=true\nimage.tag={tag}';
    expect(() => withInputs({ level: 'cluster', set }, getInputs)).toThrow(ConfigurationError);
    const i = withInputs({ level: 'cluster', set, perf: 'baseline' }, getInputs);
    expect(i.set).toEqual([{ key: 'a.enabled', value: 'true' }]);
  });
});
