import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  archiveFile,
  buildahArgs,
  buildahPushArgs,
  buildxArgs,
  cacheFlags,
  commandEnv,
  secretEnv,
  ShardOptions,
  stagingTag,
  validateSecrets
} from '../../actions/lib/build/builders';
import { readBuildxMetadata } from '../../actions/lib/build/shard';
import { parsePlatform } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';

const image = { ...parseReference('ghcr.io/openebs/lvm-driver'), tag: undefined };
const arm64 = parsePlatform('linux/arm64');
const onGitHub = { GITHUB_ACTIONS: 'true' };
const base: ShardOptions = {
  image,
  builder: 'buildx',
  command: '',
  context: '.',
  file: 'buildscripts/Dockerfile',
  target: 'release',
  buildArgs: [{ key: 'VERSION', value: '1.2' }],
  labels: [{ key: 'org.opencontainers.image.revision', value: 'abc' }],
  annotations: [{ key: 'org.opencontainers.image.source', value: 'https://github.com/openebs/lvm-localpv' }],
  secrets: [{ key: 'github-token', value: 's3cr3t-value' }],
  provenance: 'mode=max',
  sbom: 'true',
  cache: 'auto',
  cacheScope: 'lvm',
  push: true,
  digestsDir: '',
  archivesDir: '/rt/archives'
};

// The argv that `base`'s build args, labels and secret give every builder.
const argsAndLabels = ['--build-arg', 'VERSION=1.2', '--label', 'org.opencontainers.image.revision=abc'];
const secretFlag = ['--secret', 'id=github-token,env=ARCH_SECRET_GITHUB_TOKEN'];
const buildxHead = [
  'buildx',
  'build',
  '--platform',
  'linux/arm64',
  '--file',
  'buildscripts/Dockerfile',
  '--target',
  'release',
  ...argsAndLabels
];

test('docker-container driver: push by digest with name-canonical, gha cache per platform', () => {
  const { args, warnings } = buildxArgs(base, arm64, 'docker-container', '/tmp/m.json', onGitHub);
  expect(args).toEqual([
    ...buildxHead,
    '--annotation',
    'org.opencontainers.image.source=https://github.com/openebs/lvm-localpv',
    ...secretFlag,
    '--cache-from',
    'type=gha,scope=lvm-linux-arm64',
    '--cache-to',
    'type=gha,scope=lvm-linux-arm64,mode=max',
    '--provenance=mode=max',
    '--sbom=true',
    '--metadata-file',
    '/tmp/m.json',
    '--output',
    'type=image,name=ghcr.io/openebs/lvm-driver,push-by-digest=true,name-canonical=true,push=true',
    '.'
  ]);
  expect(warnings).toEqual([]);
  expect(args.join(' ')).not.toContain('s3cr3t-value');
});

test('docker driver: staging tag, no annotations, no attestations, no gha cache', () => {
  const { args, warnings } = buildxArgs(base, arm64, 'docker', '/tmp/m.json', onGitHub);
  expect(args).toEqual([
    ...buildxHead,
    ...secretFlag,
    '--provenance=false',
    '--sbom=false',
    '--metadata-file',
    '/tmp/m.json',
    '--tag',
    'ghcr.io/openebs/lvm-driver:arch-actions-staging-linux-arm64',
    '--push',
    '.'
  ]);
  expect(warnings).toEqual(['provenance and sbom attestations need the docker-container driver; skipped']);
  expect(stagingTag(parsePlatform('linux/arm/v7'))).toBe('arch-actions-staging-linux-arm-v7');
});

test('push: false writes an OCI archive per platform (docker-container) or keeps the image in the daemon (docker)', () => {
  const container = buildxArgs({ ...base, push: false }, arm64, 'docker-container', '/tmp/m.json').args;
  expect(container.slice(-3)).toEqual([
    '--output',
    'type=oci,dest=/rt/archives/linux-arm64.tar,name=ghcr.io/openebs/lvm-driver',
    '.'
  ]);
  const docker = buildxArgs({ ...base, push: false }, arm64, 'docker', '/tmp/m.json').args;
  expect(docker.slice(-3)).toEqual([
    '--tag',
    'ghcr.io/openebs/lvm-driver:arch-actions-staging-linux-arm64',
    '.'
  ]);
  expect(docker.join(' ')).not.toMatch(/--push|--output/);
  expect(archiveFile('/rt/archives', parsePlatform('linux/arm/v7'))).toBe('/rt/archives/linux-arm-v7.tar');
});

describe('cacheFlags', () => {
  test.each([
    [
      'auto on GitHub, docker-container',
      'auto',
      'docker-container',
      true,
      ['type=gha,scope=s-linux-arm64'],
      ['type=gha,scope=s-linux-arm64,mode=max']
    ],
    ['auto outside GitHub', 'auto', 'docker-container', false, [], []],
    ['auto with the docker driver', 'auto', 'docker', true, [], []],
    ['none', 'none', 'docker-container', true, [], []],
    [
      'registry',
      'registry',
      'docker-container',
      false,
      ['type=registry,ref=ghcr.io/openebs/lvm-driver:buildcache-linux-arm64'],
      ['type=registry,ref=ghcr.io/openebs/lvm-driver:buildcache-linux-arm64,mode=max']
    ],
    [
      'registry with the docker driver reads only',
      'registry',
      'docker',
      false,
      ['type=registry,ref=ghcr.io/openebs/lvm-driver:buildcache-linux-arm64'],
      []
    ]
  ] as const)('%s', (_n, mode, driver, onGitHub, from, to) => {
    const c = cacheFlags(mode, driver, image, 's', arm64, onGitHub);
    expect(c.from).toEqual(from);
    expect(c.to).toEqual(to);
  });
  test('the default scope is the repository name', () => {
    expect(cacheFlags('gha', 'docker-container', image, '', arm64, false).from).toEqual([
      'type=gha,scope=lvm-driver-linux-arm64'
    ]);
  });
});

test('buildah argv: chroot isolation, vfs, local name, secrets by env', () => {
  expect(buildahArgs({ ...base, builder: 'buildah' }, arm64, 'localhost/x:linux-arm64', {})).toEqual([
    'build',
    '--platform',
    'linux/arm64',
    '--isolation',
    'chroot',
    '--storage-driver',
    'vfs',
    '-f',
    'buildscripts/Dockerfile',
    '-t',
    'localhost/x:linux-arm64',
    '--target',
    'release',
    ...argsAndLabels,
    '--annotation',
    'org.opencontainers.image.source=https://github.com/openebs/lvm-localpv',
    ...secretFlag,
    '.'
  ]);
  expect(
    buildahArgs({ ...base, file: '', target: '' }, arm64, 'l', {
      STORAGE_DRIVER: 'overlay',
      BUILDAH_ISOLATION: 'oci'
    }).slice(0, 10)
  ).toEqual([
    'build',
    '--platform',
    'linux/arm64',
    '--isolation',
    'oci',
    '--storage-driver',
    'overlay',
    '-f',
    'Dockerfile',
    '-t'
  ]);
});

test('buildah push: from storage to the staging tag with a digest file; push false writes the archive', () => {
  const to = { digestFile: '/t/digest', authFile: '/t/auth.json' };
  expect(buildahPushArgs(base, arm64, 'l', to, {})).toEqual([
    'push',
    '--storage-driver',
    'vfs',
    '--quiet',
    '--digestfile',
    '/t/digest',
    '--authfile',
    '/t/auth.json',
    'l',
    'docker://ghcr.io/openebs/lvm-driver:arch-actions-staging-linux-arm64'
  ]);
  // Plain HTTP for localhost and the insecure registries; no auth file when none was found.
  const local = { ...base, image: { ...image, registry: 'localhost:5000' } };
  expect(buildahPushArgs(local, arm64, 'l', { digestFile: '/t/d' }, {}).slice(4)).toEqual([
    '--digestfile',
    '/t/d',
    '--tls-verify=false',
    'l',
    'docker://localhost:5000/openebs/lvm-driver:arch-actions-staging-linux-arm64'
  ]);
  const listed = { ...base, insecureRegistries: ['ghcr.io'] };
  expect(buildahPushArgs(listed, arm64, 'l', { digestFile: '/t/d' }, {})).toContain('--tls-verify=false');
  expect(buildahPushArgs({ ...base, push: false }, arm64, 'l', to, { STORAGE_DRIVER: 'overlay' })).toEqual([
    'push',
    '--storage-driver',
    'overlay',
    '--quiet',
    'l',
    'oci-archive:/rt/archives/linux-arm64.tar'
  ]);
});

test('command env carries the platform and the archive path', () => {
  expect(commandEnv(parsePlatform('linux/arm/v7'), '/t/a.tar', [])).toEqual({
    TARGETPLATFORM: 'linux/arm/v7',
    TARGETOS: 'linux',
    TARGETARCH: 'arm',
    TARGETVARIANT: 'v7',
    IMAGE_ARCHIVE: '/t/a.tar'
  });
  expect(commandEnv(arm64, '/t/b.tar', []).TARGETVARIANT).toBe('');
});

test('secrets go to the environment and are validated without echoing the value', () => {
  expect(secretEnv([{ key: 'npm.token', value: 'v' }])).toEqual({ ARCH_SECRET_NPM_TOKEN: 'v' });
  expect(() => validateSecrets([{ key: 'bad id', value: 'hunter2' }], 'secrets')).toThrow(
    /Input "secrets".*bad id=\*\*\*/
  );
  try {
    validateSecrets([{ key: 'bad id', value: 'hunter2' }], 'secrets');
  } catch (e) {
    expect((e as Error).message).not.toContain('hunter2');
  }
});

describe('readBuildxMetadata', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-meta-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const digest = `sha256:${'ab'.repeat(32)}`;
  const write = (meta: unknown) => {
    const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(file, typeof meta === 'string' ? meta : JSON.stringify(meta));
    return file;
  };

  test('the docker driver gives the digest; the docker-container driver its descriptor too', () => {
    // As buildx 0.13 writes them (docker driver, then docker-container with push-by-digest).
    expect(
      readBuildxMetadata(write({ 'buildx.build.ref': 'default/default/x', 'containerimage.digest': digest }))
    ).toEqual({ digest });
    const descriptor = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: 1058 };
    expect(
      readBuildxMetadata(
        write({
          'containerimage.descriptor': descriptor,
          'containerimage.digest': digest,
          'image.name': 'r/x'
        })
      )
    ).toEqual({ digest, mediaType: descriptor.mediaType, size: 1058 });
  });

  test('a descriptor of another digest, a bad digest or no file gives what can be trusted only', () => {
    const other = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: `sha256:${'cd'.repeat(32)}`,
      size: 1
    };
    expect(
      readBuildxMetadata(write({ 'containerimage.descriptor': other, 'containerimage.digest': digest }))
    ).toEqual({
      digest
    });
    expect(readBuildxMetadata(write({ 'containerimage.digest': 'sha256:short' }))).toEqual({});
    expect(readBuildxMetadata(write('not json'))).toEqual({});
    expect(readBuildxMetadata(path.join(dir, 'missing.json'))).toEqual({});
  });
});
