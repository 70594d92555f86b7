import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckError } from '../../actions/lib/core/errors';
import { EM } from '../../actions/lib/oci/elf';
import { scanImageLayers } from '../../actions/lib/verify/deep';
import { ImageRef, parseReference, repositoryName } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { MEDIA_TYPES } from '../../actions/lib/oci/types';
import { sha256Digest } from '../../actions/lib/oci/digest';
import { LabEnv, requireLab } from '../lab/lab';
import { pushImage as pushLayerImage } from '../helpers/images';
import { dockerRemoveImages, dockerVisibleElf, VisibleElf } from '../helpers/docker-oracle';

let lab: LabEnv;
let client: RegistryClient;
const run = `${process.pid}-${Date.now().toString(36)}`;

beforeAll(() => {
  lab = requireLab();
  client = new RegistryClient();
});
afterAll(() => client?.close());

/** Pushes a one-layer image whose config claims `arch`; returns the manifest's digest and size. */
async function pushImage(repo: string, arch: string, files: Record<string, Buffer>) {
  const ref = parseReference(`${lab.LAB_REGISTRY}/${repo}`);
  const { descriptor, layerDigest } = await pushLayerImage(client, ref, arch, files);
  return { ref, digest: descriptor.digest, size: descriptor.size, layerDigest };
}

const busybox = (arch: 'amd64' | 'arm64') =>
  fs.readFileSync(arch === 'amd64' ? lab.LAB_BUSYBOX_AMD64 : lab.LAB_BUSYBOX_ARM64);

describe('RegistryClient against the lab registry', () => {
  test('pushes blobs, manifests and an index, and resolves its platforms', async () => {
    const repo = `itest/registry-${run}`;
    const amd = await pushImage(repo, 'amd64', { 'hello.txt': Buffer.from('amd64\n') });
    const arm = await pushImage(repo, 'arm64', { 'hello.txt': Buffer.from('arm64\n') });
    const attestation = await pushImage(repo, 'unknown', { 'sbom.json': Buffer.from('{}') });
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociIndex,
        manifests: [
          {
            mediaType: MEDIA_TYPES.ociManifest,
            digest: amd.digest,
            size: amd.size,
            platform: { os: 'linux', architecture: 'amd64' }
          },
          {
            mediaType: MEDIA_TYPES.ociManifest,
            digest: arm.digest,
            size: arm.size,
            platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }
          },
          {
            mediaType: MEDIA_TYPES.ociManifest,
            digest: attestation.digest,
            size: attestation.size,
            platform: { os: 'unknown', architecture: 'unknown' },
            annotations: {
              'vnd.docker.reference.type': 'attestation-manifest',
              'vnd.docker.reference.digest': amd.digest
            }
          }
        ]
      })
    );
    const repoRef = parseReference(`${lab.LAB_REGISTRY}/${repo}`);
    const indexDigest = await client.putManifest(repoRef, sha256Digest(index), index, MEDIA_TYPES.ociIndex);
    await client.putManifest(repoRef, 'v1', index, MEDIA_TYPES.ociIndex);

    const tagged = parseReference(`${lab.LAB_REGISTRY}/${repo}:v1`);
    expect(await client.headManifest(tagged)).toBe(indexDigest);
    expect(await client.headManifest(parseReference(`${lab.LAB_REGISTRY}/${repo}:absent`))).toBeUndefined();
    const fetched = await client.getManifest(tagged);
    expect(fetched).toMatchObject({
      digest: indexDigest,
      mediaType: MEDIA_TYPES.ociIndex,
      size: index.length
    });

    const platforms = await client.resolvePlatforms(tagged);
    expect(platforms.map(p => [p.platform, p.digest, p.attestation])).toEqual([
      [{ os: 'linux', architecture: 'amd64' }, amd.digest, false],
      [{ os: 'linux', architecture: 'arm64', variant: 'v8' }, arm.digest, false],
      [{ os: 'unknown', architecture: 'unknown' }, attestation.digest, true]
    ]);
    expect((await client.getConfig(tagged, arm.digest)).architecture).toBe('arm64');

    // A single manifest reports its config's platform.
    const single = await client.resolvePlatforms(parseReference(`${lab.LAB_REGISTRY}/${repo}@${arm.digest}`));
    expect(single).toEqual([
      expect.objectContaining({ digest: arm.digest, platform: { os: 'linux', architecture: 'arm64' } })
    ]);

    // Mounting into another repository makes the blob visible there.
    const other = parseReference(`${lab.LAB_REGISTRY}/itest/registry-mount-${run}`);
    expect(await client.blobExists(other, arm.layerDigest)).toBe(false);
    await client.mountBlob(repoRef, other, arm.layerDigest);
    expect(await client.blobExists(other, arm.layerDigest)).toBe(true);
  });

  test('the base image is amd64+arm64, and its arm64 layers hold AArch64 busybox', async () => {
    const base = parseReference(lab.LAB_BASE_IMAGE);
    const platforms = await client.resolvePlatforms(base);
    const runnable = platforms.filter(p => !p.attestation).map(p => p.platform.architecture);
    expect(runnable).toEqual(expect.arrayContaining(['amd64', 'arm64']));
    const arm = platforms.find(p => p.platform.architecture === 'arm64')!;
    const verdict = await scanImageLayers(client, base, arm.digest, 'linux/arm64', { stopEarly: true });
    expect(verdict).toMatchObject({ ok: true, mismatches: [] });
    expect(verdict.executables).toBe(1);
    expect(verdict.layersScanned).toBe(verdict.layersTotal);
  });

  test('an arm64 image carrying an amd64 busybox is caught, with path and machine', async () => {
    const wrong = await pushImage(`itest/wrong-${run}`, 'arm64', {
      'etc/motd': Buffer.from('hi\n'),
      'bin/busybox': busybox('amd64')
    });
    expect((await client.getConfig(wrong.ref, wrong.digest)).architecture).toBe('arm64');
    const verdict = await scanImageLayers(client, wrong.ref, wrong.digest, 'arm64', { stopEarly: true });
    expect(verdict.ok).toBe(false);
    expect(verdict.mismatches).toEqual([{ path: 'bin/busybox', machine: EM.X86_64, machineName: 'x86-64' }]);
  });

  test('a right arm64 image passes the deep check', async () => {
    const right = await pushImage(`itest/right-${run}`, 'arm64', {
      'bin/busybox': busybox('arm64')
    });
    const verdict = await scanImageLayers(client, right.ref, right.digest, 'arm64');
    expect(verdict).toEqual({ ok: true, executables: 1, mismatches: [], layersScanned: 1, layersTotal: 1 });
  });

  test('a foreign binary in the top layer ends the reads of the layers below, every time', async () => {
    const ref = parseReference(`${lab.LAB_REGISTRY}/itest/layers-stop-${run}`);
    const arm = busybox('arm64');
    const layers: Array<Record<string, Buffer>> = [
      { 'bin/a': arm, 'bin/b': arm, 'bin/c': arm },
      { 'bin/d': arm },
      { 'bin/x': busybox('amd64') }
    ];
    const { descriptor } = await pushLayerImage(client, ref, 'arm64', layers);
    for (let i = 0; i < 20; i++) {
      const verdict = await scanImageLayers(client, ref, descriptor.digest, 'arm64', { stopEarly: true });
      expect(verdict.mismatches.map(m => m.path)).toEqual(['bin/x']);
    }
  });

  test('a missing image is a CheckError naming it', async () => {
    await expect(
      client.getManifest(parseReference(`${lab.LAB_REGISTRY}/itest/none-${run}:x`))
    ).rejects.toThrow(/was not found/);
  });

  test('an unreachable registry fails within seconds', async () => {
    const port = await new Promise<number>(resolve => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const started = Date.now();
    const err = await client.getManifest(parseReference(`127.0.0.1:${port}/x:1`)).catch(e => e);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(err).toBeInstanceOf(CheckError);
    expect(err.message).toMatch(`registry 127.0.0.1:${port} is unreachable: connect ECONNREFUSED`);
  });
});

// Layers bottom first, each path → the busybox arch it holds ('' an empty file). What a container
// sees is the lab's dockerd's answer (docker create + export); the deep check must see the same.
const WHITEOUT_CASES: Array<[string, Array<Record<string, string>>]> = [
  ['a whiteout of its folder', [{ 'opt/tool/x': 'amd64' }, { 'opt/.wh.tool': '' }, { 'bin/sh': 'arm64' }]],
  ['an opaque folder', [{ 'opt/tool/x': 'amd64' }, { 'opt/tool/.wh..wh..opq': '' }, {}]],
  ['a replacement', [{ 'bin/x': 'amd64' }, {}, { 'bin/x': 'arm64' }]],
  ['nothing', [{ 'opt/tool/x': 'amd64' }, { 'opt/.wh.other': '' }, { 'bin/sh': 'arm64' }]],
  ['nothing, in the top layer', [{ 'bin/sh': 'arm64' }, {}, { 'bin/x': 'amd64' }]]
];

describe('three-layer whiteouts, against what docker shows of the same image', () => {
  const images = new Map<string, { ref: ImageRef; image: string; digest: string; visible: VisibleElf[] }>();
  beforeAll(async () => {
    const content = (v: string) => (v ? busybox(v as 'amd64' | 'arm64') : Buffer.alloc(0));
    const ref = parseReference(`${lab.LAB_REGISTRY}/itest/layers-${run}`);
    await Promise.all(
      WHITEOUT_CASES.map(async ([name, layers]) => {
        const files = layers.map(l => Object.fromEntries(Object.entries(l).map(([k, v]) => [k, content(v)])));
        const { descriptor } = await pushLayerImage(client, ref, 'arm64', files);
        const image = `${repositoryName(ref)}@${descriptor.digest}`;
        const visible = await dockerVisibleElf(lab.LAB_DOCKER, image, 'linux/arm64');
        images.set(name, { ref, image, digest: descriptor.digest, visible });
      })
    );
  });
  afterAll(() =>
    dockerRemoveImages(
      lab.LAB_DOCKER,
      [...images.values()].map(i => i.image)
    )
  );

  test('docker hides a foreign binary in some cases and shows one in others', () => {
    const foreign = Object.fromEntries(
      WHITEOUT_CASES.map(([name]) => [
        name,
        images
          .get(name)!
          .visible.filter(f => f.machine !== EM.AARCH64)
          .map(f => f.path)
      ])
    );
    expect(foreign).toEqual({
      'a whiteout of its folder': [],
      'an opaque folder': [],
      'a replacement': [],
      nothing: ['opt/tool/x'],
      'nothing, in the top layer': ['bin/x']
    });
  });

  test.each(WHITEOUT_CASES.map(([name]) => name))('a foreign binary hidden by %s', async name => {
    const { ref, digest, visible } = images.get(name)!;
    const foreign = visible.filter(f => f.machine !== EM.AARCH64);
    const all = await scanImageLayers(client, ref, digest, 'arm64');
    expect(all.mismatches.map(m => [m.path, m.machine]).sort()).toEqual(
      foreign.map(f => [f.path, f.machine]).sort()
    );
    expect(all.executables).toBe(visible.length);
    expect(all.layersScanned).toBe(3);
    const early = await scanImageLayers(client, ref, digest, 'arm64', { stopEarly: true });
    expect(early.ok).toBe(foreign.length === 0);
  });
});

describe('RegistryClient against the lab registry with htpasswd', () => {
  let dir: string;
  beforeAll(() => {
    if (!lab.LAB_AUTH_REGISTRY) throw new Error('the lab has no auth registry');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-reg-auth-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('logs in with docker config credentials, and fails clearly without them', async () => {
    const ref = parseReference(`${lab.LAB_AUTH_REGISTRY}/itest/auth-${run}`);
    const anonymous = new RegistryClient({ env: { DOCKER_CONFIG: dir, PATH: process.env.PATH } });
    try {
      await expect(anonymous.headManifest(ref)).rejects.toThrow(/requires a login|HTTP 401/);
    } finally {
      anonymous.close();
    }
    const auth = Buffer.from(`${lab.LAB_AUTH_USER}:${lab.LAB_AUTH_PASSWORD}`).toString('base64');
    fs.writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ auths: { [lab.LAB_AUTH_REGISTRY]: { auth } } })
    );
    const logged = new RegistryClient({ env: { DOCKER_CONFIG: dir, PATH: process.env.PATH } });
    try {
      const digest = await logged.pushBlob(ref, Buffer.from(`auth ${run}`));
      expect(await logged.blobExists(ref, digest)).toBe(true);
      expect(await logged.headManifest(ref)).toBeUndefined();
    } finally {
      logged.close();
    }
  });
});
