// Docker 25+ as the runners have it, against the lab's Docker 26 in both image stores: its `docker save`
// writes an OCI layout (plain-tar layers in the classic store), which a command build pushes gzipped.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { LabEnv, requireLab } from '../lab/lab';
import { runActionProcess } from '../helpers/action';
import { sha256, writeDocker25Archive } from '../helpers/archives';
import { labCommand, LAB_RUNS, makefileRepo } from '../helpers/examples';

jest.setTimeout(300_000);

const root = path.join(__dirname, '..', '..');
let lab: LabEnv;
let tmp: string;
const STORES = ['classic', 'containerd'] as const;
type Store = (typeof STORES)[number];
const hostOf = (store: Store) => (store === 'classic' ? lab.LAB_DOCKER26_HOST : lab.LAB_DOCKER26_CSTORE_HOST);

beforeAll(() => {
  lab = requireLab();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docker26-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The environment a runner step has with this Docker: its CLI first on PATH, DOCKER_HOST set. */
function dockerEnv(store: Store): Record<string, string> {
  return {
    HOME: process.env.HOME ?? '/root',
    PATH: `${path.dirname(lab.LAB_DOCKER26)}:${process.env.PATH ?? ''}`,
    DOCKER_HOST: hostOf(store)
  };
}

function action(name: string, inputs: Record<string, string>, env: Record<string, string>) {
  const runnerTemp = fs.mkdtempSync(path.join(tmp, 'runner-'));
  const entry = path.join(root, 'actions', name, 'index.ts');
  const res = runActionProcess(entry, inputs, { ...env, RUNNER_TEMP: runnerTemp }, 280000);
  return { ...res, errors: (res.stdout + res.stderr).match(/::error::.*/g) };
}

const shard = (inputs: Record<string, string>, env: Record<string, string>) =>
  action('build-multiarch', { mode: 'shard', ...inputs }, env);

const streamBytes = async (s: AsyncIterable<Buffer>) => {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
};

/** Every layer of every platform's manifest is tar+gzip, really gzip, and gunzips to its config's diffID. */
async function expectGzipLayers(image: string, digests: Record<string, string>): Promise<number> {
  const client = new RegistryClient({ insecureRegistries: [lab.LAB_REGISTRY] });
  const ref = parseReference(image);
  let layers = 0;
  try {
    for (const digest of Object.values(digests)) {
      const m = await client.getImageManifest(ref, digest);
      const config = await client.getConfig(ref, digest);
      expect(m.layers.map(l => l.mediaType)).toEqual(
        m.layers.map(() =>
          m.mediaType === 'application/vnd.docker.distribution.manifest.v2+json'
            ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
            : 'application/vnd.oci.image.layer.v1.tar+gzip'
        )
      );
      const diffIds: string[] = [];
      for (const l of m.layers) {
        const blob = await streamBytes(await client.getBlob(ref, l.digest));
        expect([blob.readUInt16BE(0), sha256(blob), blob.length]).toEqual([0x1f8b, l.digest, l.size]);
        diffIds.push(sha256(zlib.gunzipSync(blob)));
      }
      expect(diffIds).toEqual(config.rootfs?.diff_ids);
      layers += m.layers.length;
    }
  } finally {
    client.close();
  }
  return layers;
}

test.each(STORES)('Docker 26 with the %s image store answers', store => {
  const info = execFileSync(
    lab.LAB_DOCKER26,
    ['-H', hostOf(store), 'info', '--format', '{{.ServerVersion}} {{json .DriverStatus}}'],
    { encoding: 'utf8' }
  );
  expect(info).toMatch(/^26\.1\.5/);
  expect(info.includes('io.containerd.snapshotter.v1')).toBe(store === 'containerd');
});

test.each(STORES)(
  'the Makefile example on Docker 26 (%s store) pushes gzip layers whose diffIDs match the config',
  async store => {
    const command = labCommand(LAB_RUNS.find(r => r.file === 'localpv-makefile.yml')!);
    const image = `${lab.LAB_REGISTRY}/issue21-makefile-${store}-${process.pid}`;
    const res = shard(
      {
        image,
        platforms: 'linux/amd64,linux/arm64',
        command,
        context: makefileRepo(tmp, lab.LAB_BASE_IMAGE)
      },
      dockerEnv(store)
    );
    expect([res.status, res.errors]).toEqual([0, null]);
    const digests = JSON.parse(res.outputs.digests) as Record<string, string>;
    expect(Object.keys(digests).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    // The base layer and the RUN layer, on both platforms.
    expect(await expectGzipLayers(image, digests)).toBe(4);
  }
);

test('a Docker 25+ save layout the test writes (plain-tar layers) is pushed gzipped', async () => {
  const file = path.join(tmp, 'saved.tar');
  const { layers } = await writeDocker25Archive(file, {
    arch: 'arm64',
    files: { 'bin/busybox': fs.readFileSync(lab.LAB_BUSYBOX_ARM64) }
  });
  const image = `${lab.LAB_REGISTRY}/issue21-layout-${process.pid}`;
  const res = shard(
    { image, platform: 'linux/arm64', builder: 'command', command: `cp ${file} "$IMAGE_ARCHIVE"` },
    { HOME: process.env.HOME ?? '/root' }
  );
  expect([res.status, res.errors]).toEqual([0, null]);
  const digests = JSON.parse(res.outputs.digests) as Record<string, string>;
  expect(await expectGzipLayers(image, digests)).toBe(2);
  const client = new RegistryClient();
  try {
    const config = await client.getConfig(parseReference(image), digests['linux/arm64']);
    expect(config.rootfs?.diff_ids).toEqual(layers.map(sha256));
  } finally {
    client.close();
  }
});

// Without push, multiarch.yml's verify and e2e jobs read the archives Docker 26 saved (plain layers in
// the classic store) offline, and the parity run loads them into Docker 26 with the containerd store.
test('the archives Docker 26 saves are verified deep offline and run for parity in the containerd store', () => {
  const command = labCommand(LAB_RUNS.find(r => r.file === 'localpv-makefile.yml')!);
  const archives = fs.mkdtempSync(path.join(tmp, 'archives-'));
  const image = `${lab.LAB_REGISTRY}/issue21-offline-${process.pid}`;
  const built = shard(
    {
      image,
      platforms: 'linux/amd64,linux/arm64',
      command,
      context: makefileRepo(tmp, lab.LAB_BASE_IMAGE),
      push: 'false',
      'archives-dir': archives
    },
    dockerEnv('classic')
  );
  expect([built.status, built.errors]).toEqual([0, null]);
  expect(fs.readdirSync(archives).sort()).toEqual(['linux-amd64.tar', 'linux-arm64.tar']);
  const verified = action(
    'verify-platforms',
    { images: `oci-archive:${archives}`, platforms: 'linux/amd64,linux/arm64', deep: 'true' },
    dockerEnv('classic')
  );
  expect([verified.status, verified.errors, verified.outputs.ok]).toEqual([0, null, 'true']);
  const parity = action(
    'run-arm64-e2e',
    { images: `oci-archive:${archives}`, command: 'cat /arch' },
    dockerEnv('containerd')
  );
  expect([parity.status, parity.errors, parity.outputs.ok]).toEqual([0, null, 'true']);
  const report = JSON.parse(fs.readFileSync(parity.outputs.report, 'utf8'));
  expect(
    report.images[0].runs.map((r: { platform: string; output: string }) => [r.platform, r.output])
  ).toEqual([
    ['linux/amd64', 'x86_64'],
    ['linux/arm64', 'aarch64']
  ]);
});
