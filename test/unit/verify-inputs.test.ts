import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { getInputs } from '../../actions/verify-platforms/inputs';
import { ConfigurationError } from '../../actions/lib/core/errors';
import { defaultReportPath } from '../../actions/lib/verify/report';

const KEYS = [
  'IMAGES',
  'CHART',
  'MANIFESTS',
  'DOCKERFILES',
  'BUILD-ARGS',
  'PLATFORMS',
  'DEEP',
  'ALLOW',
  'REGISTRY-MIRRORS',
  'INSECURE-REGISTRIES',
  'FAIL-ON',
  'REPORT',
  'CONCURRENCY',
  'SUMMARY'
];

function withInputs<T>(inputs: Record<string, string>, fn: () => T): T {
  const saved = { ...process.env };
  for (const k of KEYS) delete process.env[`INPUT_${k}`];
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  try {
    return fn();
  } finally {
    process.env = saved;
  }
}

describe('verify-platforms inputs', () => {
  test('defaults match action.yml', () => {
    const i = withInputs({}, getInputs);
    expect(i).toMatchObject({
      images: [],
      chart: '',
      platforms: [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' }
      ],
      deep: false,
      allow: [],
      mirrors: [],
      failOn: 'unknown',
      report: defaultReportPath(),
      concurrency: 32,
      summary: true
    });
    const yml = fs.readFileSync('actions/verify-platforms/action.yml', 'utf8');
    expect(yml).toMatch(/platforms:[\s\S]*?default: 'linux\/amd64,linux\/arm64'/);
    expect(yml).toMatch(/concurrency:[\s\S]*?default: '32'/);
  });

  test.each([
    [
      { images: 'nats:2.9.17-alpine, ghcr.io/a/b:1\n# comment\nbusybox' },
      'images',
      ['nats:2.9.17-alpine', 'ghcr.io/a/b:1', 'busybox']
    ],
    [{ platforms: 'linux/arm64/v8,aarch64' }, 'platforms', [{ os: 'linux', architecture: 'arm64' }]],
    [{ deep: 'true' }, 'deep', true],
    [{ 'fail-on': 'never' }, 'failOn', 'never'],
    [{ concurrency: '2' }, 'concurrency', 2],
    [
      { 'registry-mirrors': 'docker.io=m.example/docker.io' },
      'mirrors',
      [{ source: 'docker.io', target: 'm.example/docker.io' }]
    ],
    [{ allow: 'x/*=known gap' }, 'allow', [{ pattern: 'x/*', reason: 'known gap' }]],
    [{ 'insecure-registries': 'reg.lan:5000' }, 'insecureRegistries', ['reg.lan:5000']],
    [
      { 'build-args': 'BASE_IMAGE=quay.io/ceph/ceph:v19\nGO = 1.22' },
      'buildArgs',
      { BASE_IMAGE: 'quay.io/ceph/ceph:v19', GO: '1.22' }
    ]
  ])('%j → %s', (inputs, key, value) => {
    expect((withInputs(inputs, getInputs) as unknown as Record<string, unknown>)[key]).toEqual(value);
  });

  test.each([
    [
      { platforms: 'linux/sparc' },
      /Input "platforms" has an invalid value "linux\/sparc": unknown architecture/
    ],
    [{ deep: 'maybe' }, /Input "deep" has an invalid value "maybe"/],
    [{ 'fail-on': 'always' }, /Input "fail-on" has an invalid value "always"/],
    [{ concurrency: '0' }, /Input "concurrency" has an invalid value "0"/],
    [{ allow: 'no-reason' }, /Input "allow" has an invalid value "no-reason"/],
    [{ 'registry-mirrors': 'docker.io' }, /Input "registry-mirrors" has an invalid value "docker.io"/],
    [
      { 'build-args': 'BASE_IMAGE' },
      /Input "build-args" has an invalid value "BASE_IMAGE": expected key=value/
    ]
  ])('%j is a named ConfigurationError', (inputs, re) => {
    expect(() => withInputs(inputs, getInputs)).toThrow(ConfigurationError);
    expect(() => withInputs(inputs, getInputs)).toThrow(re);
  });
});

// The whole action, as a runner starts it: one ::error naming the input, exit 1, no stack.
describe('verify-platforms bad input end to end', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-bad-'));
    fs.mkdirSync(path.join(tmp, 'chart'));
    fs.writeFileSync(path.join(tmp, 'chart/Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 1.0.0\n');
    fs.writeFileSync(path.join(tmp, 'chart/values.yaml'), 'image:\n  repository: [oops\n');
    spawnSync('mkfifo', [path.join(tmp, 'fifo.yaml')]);
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test.each([
    [
      { IMAGES: 'Nginx:latest' },
      'Input "images" has an invalid value "Nginx:latest": repository names must be lowercase'
    ],
    [{ IMAGES: 'nginx:bad tag' }, 'Input "images" has an invalid value'],
    [
      { CHART: 'no/such/chart' },
      'Input "chart" has an invalid value "no/such/chart": it does not exist (ENOENT)'
    ],
    [{ CHART: 'chart/Chart.yaml' }, 'Input "chart" has an invalid value "chart/Chart.yaml": it is a file'],
    // A broken document is content, not usage: a warning, and then nothing is left to check.
    [
      { CHART: 'chart' },
      'no container image found in chart chart (not rendered; chart/values.yaml:3: broken YAML, document skipped'
    ],
    [{ CHART: 'chart', VALUES: 'fifo.yaml' }, 'Input "values" has an invalid value'],
    [{ CHART: 'chart', 'KUBE-VERSION': 'latest' }, 'Input "kube-version" has an invalid value "latest"'],
    [{ CHART: 'chart', HELM: 'helm3' }, 'Input "helm" has an invalid value "helm3"'],
    [
      { MANIFESTS: 'k8s/**/*.yaml' },
      'Input "manifests" has an invalid value "k8s/**/*.yaml": no file matches it'
    ],
    [
      { IMAGES: 'busybox', PLATFORMS: 'linux/amd64,linux/mips' },
      'Input "platforms" has an invalid value "linux/mips"'
    ],
    [{}, 'Nothing to check']
  ])('%j', (inputs, message) => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: tmp };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k}`] = v;
    const res = spawnSync(process.execPath, ['scripts/run-ts.js', 'actions/verify-platforms/index.ts'], {
      env,
      encoding: 'utf8',
      timeout: 60_000
    });
    expect(res.status).toBe(1);
    const errors = res.stdout.split('\n').filter(l => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(res.stdout + res.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });
});
