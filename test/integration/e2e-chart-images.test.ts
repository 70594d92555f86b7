// The chart-images stage against the lab: a chart rendered by the lab's helm names an image in the
// auth registry; the stage pulls it with the job's login (a docker config, as `docker login` leaves
// it) into Docker 26 with the containerd image store, and hands kind (a script that keeps the
// archive) an arm64 archive under the name the chart uses. Without the login, it names what kind
// would then have to pull itself.
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chartImagesStage } from '../../actions/lib/e2e/cluster/chart-images';
import { defaultExec, KubeExec, Tool } from '../../actions/lib/e2e/cluster/kubectl';
import { ClusterRun } from '../../actions/lib/e2e/cluster/types';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { LabEnv, requireLab } from '../lab/lab';
import { pushImage, pushIndex } from '../helpers/images';

jest.setTimeout(180_000);

let lab: LabEnv;
let dir: string;
let image: string;
let armConfig: string;
const login = () => path.join(dir, 'login');

beforeAll(async () => {
  lab = requireLab();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chart-images-'));
  fs.mkdirSync(login());
  const auth = Buffer.from(`${lab.LAB_AUTH_USER}:${lab.LAB_AUTH_PASSWORD}`).toString('base64');
  fs.writeFileSync(
    path.join(login(), 'config.json'),
    JSON.stringify({ auths: { [lab.LAB_AUTH_REGISTRY]: { auth } } })
  );
  // A private two-platform image, in the registry that demands the login.
  const ref = parseReference(`${lab.LAB_AUTH_REGISTRY}/issue21-chart-${randomBytes(4).toString('hex')}:1.0`);
  const client = new RegistryClient({ env: { DOCKER_CONFIG: login(), PATH: process.env.PATH } });
  try {
    const pushed = [];
    for (const arch of ['amd64', 'arm64'])
      pushed.push(await pushImage(client, ref, arch, { f: randomBytes(64) }));
    await pushIndex(
      client,
      ref,
      pushed.map(p => p.descriptor)
    );
    armConfig = (await client.getImageManifest(ref, pushed[1].descriptor.digest)).config.digest;
  } finally {
    client.close();
  }
  image = `${ref.registry}/${ref.repository}:1.0`;
  const chart = path.join(dir, 'chart');
  fs.mkdirSync(path.join(chart, 'templates'), { recursive: true });
  fs.writeFileSync(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: private\nversion: 0.1.0\n');
  fs.writeFileSync(path.join(chart, 'values.yaml'), `image: ${image}\n`);
  fs.writeFileSync(
    path.join(chart, 'templates', 'deploy.yaml'),
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: private}',
      'spec:',
      '  selector: {matchLabels: {app: private}}',
      '  template:',
      '    metadata: {labels: {app: private}}',
      '    spec:',
      '      containers:',
      '        - name: main',
      '          image: {{ .Values.image }}',
      ''
    ].join('\n')
  );
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function stageRun(dockerConfig: string) {
  const env = { DOCKER_HOST: lab.LAB_DOCKER26_CSTORE_HOST, DOCKER_CONFIG: dockerConfig };
  const argv: string[][] = [];
  const exec: KubeExec = (tool, args, opts) => {
    argv.push([path.basename(tool), ...args]);
    return defaultExec(tool, args, { ...opts, env: { ...opts?.env, ...env } });
  };
  const kind = path.join(dir, 'kind');
  fs.writeFileSync(kind, '#!/bin/sh\nexec cp "$3" "$(dirname "$0")/saved.tar"\n', { mode: 0o755 });
  const registry = new RegistryClient({ env: { DOCKER_CONFIG: dockerConfig, PATH: process.env.PATH } });
  const run = {
    o: { images: [], chart: path.join(dir, 'chart'), values: [], set: [], imageValues: [], namespace: 'ns' },
    cluster: 'arch-e2e-lab',
    work: fs.mkdtempSync(path.join(dir, 'work-')),
    registry,
    engine: { values: [] },
    result: {},
    helm: new Tool(exec, () => lab.LAB_HELM),
    docker: new Tool(exec, () => lab.LAB_DOCKER26),
    kind: new Tool(exec, () => kind)
  } as unknown as ClusterRun;
  return { run, argv, env, registry };
}

const tarFile = (tar: string, name: string) =>
  spawnSync('tar', ['-xOf', tar, name], { encoding: 'utf8' }).stdout;

test("the chart's private image is pulled with the job's login and kind gets its arm64 image", async () => {
  const { run, argv, env, registry } = stageRun(login());
  try {
    expect(await chartImagesStage(run)).toBe(
      "1 chart image(s) pulled with the job's login and loaded; nothing left to pull inside kind"
    );
    expect(argv[0]).toEqual(['helm', 'template', 'chart', path.join(dir, 'chart'), '--namespace', 'ns']);
    expect(argv.slice(1).map(a => a.slice(0, 3))).toEqual([
      ['docker', 'pull', '--platform'],
      ['docker', 'tag', expect.stringMatching(/@sha256:/)],
      ['docker', 'image', 'inspect'],
      ['docker', 'save', '--output'],
      ['kind', 'load', 'image-archive']
    ]);
    const saved = path.join(dir, 'saved.tar');
    const [manifest] = JSON.parse(tarFile(saved, 'manifest.json')) as Array<{
      Config: string;
      RepoTags: string[];
    }>;
    expect(manifest.RepoTags).toEqual([image]);
    expect(manifest.Config).toBe(`blobs/sha256/${armConfig.slice(7)}`);
    expect(JSON.parse(tarFile(saved, manifest.Config)).architecture).toBe('arm64');
  } finally {
    registry.close();
    spawnSync(lab.LAB_DOCKER26, ['rmi', image], { env: { ...process.env, ...env } });
  }
});

test('without a login nothing is pulled, and the summary names what kind would pull itself', async () => {
  const anonymous = fs.mkdtempSync(path.join(dir, 'anon-'));
  const { run, argv, registry } = stageRun(anonymous);
  try {
    const detail = await chartImagesStage(run);
    expect(detail).toMatch(
      new RegExp(
        `^0 chart image\\(s\\) pulled with the job's login and loaded; left to pull inside kind: ${image.replace(/[.:/]/g, '\\$&')} \\(not pulled on the host: `
      )
    );
    expect(argv.map(a => a[0])).toEqual(['helm']);
  } finally {
    registry.close();
  }
});
