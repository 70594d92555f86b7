import { ConfigurationError } from '../../actions/lib/core/errors';
import {
  applyMirrors,
  familiar,
  formatReference,
  isInsecureRegistry,
  manifestTarget,
  parseReference,
  registryApiHost
} from '../../actions/lib/oci/reference';

const D = 'sha256:' + 'a'.repeat(64);

describe('parseReference', () => {
  test.each([
    ['nginx', 'docker.io', 'library/nginx', 'latest', undefined],
    ['nats:2.9.17-alpine', 'docker.io', 'library/nats', '2.9.17-alpine', undefined],
    ['bitnami/redis:7', 'docker.io', 'bitnami/redis', '7', undefined],
    ['index.docker.io/library/busybox', 'docker.io', 'library/busybox', 'latest', undefined],
    ['docker.io/busybox', 'docker.io', 'library/busybox', 'latest', undefined],
    ['ghcr.io/openebs/mayastor:v2.7.0', 'ghcr.io', 'openebs/mayastor', 'v2.7.0', undefined],
    ['localhost/app', 'localhost', 'app', 'latest', undefined],
    ['localhost:5000/a/b/c:dev', 'localhost:5000', 'a/b/c', 'dev', undefined],
    ['127.0.0.1:5917/base', '127.0.0.1:5917', 'base', 'latest', undefined],
    ['[::1]:5000/x', '[::1]:5000', 'x', 'latest', undefined],
    [`openebs/zfs-driver@${D}`, 'docker.io', 'openebs/zfs-driver', undefined, D],
    [`quay.io/x/y:1.0@${D}`, 'quay.io', 'x/y', '1.0', D],
    [
      'registry.k8s.io/sig-storage/csi-provisioner:v3.5.0',
      'registry.k8s.io',
      'sig-storage/csi-provisioner',
      'v3.5.0',
      undefined
    ],
    ['a__b/c-d.e_f:T_1.x', 'docker.io', 'a__b/c-d.e_f', 'T_1.x', undefined]
  ])('%s', (s, registry, repository, tag, digest) => {
    const ref = parseReference(s);
    expect(ref).toEqual({ registry, repository, tag, digest, original: s });
  });

  test('digest wins over tag when resolving, both kept for display', () => {
    const ref = parseReference(`nginx:1.25@${D}`);
    expect(manifestTarget(ref)).toBe(D);
    expect(formatReference(ref)).toBe(`docker.io/library/nginx:1.25@${D}`);
    expect(String(ref)).toBe(`docker.io/library/nginx:1.25@${D}`);
    expect(familiar(ref)).toBe(`nginx:1.25@${D}`);
  });

  test('familiar names', () => {
    expect(familiar(parseReference('docker.io/library/nginx'))).toBe('nginx:latest');
    expect(familiar(parseReference('bitnami/redis:7'))).toBe('bitnami/redis:7');
    expect(familiar(parseReference('ghcr.io/a/b:1'))).toBe('ghcr.io/a/b:1');
  });

  test.each([
    ['', 'empty'],
    ['Nginx', 'lowercase'],
    ['ghcr.io/OpenEBS/x', 'lowercase'],
    ['nginx:', 'not a valid tag'],
    ['nginx:-bad', 'not a valid tag'],
    ['nginx@sha256:abc', 'not a digest'],
    [`nginx@sha256:${'A'.repeat(64)}`, '64 lowercase hex'],
    [`nginx@sha256:${'a'.repeat(63)}`, '64 lowercase hex'],
    ['a//b', 'not a valid repository path component'],
    ['-x/y', 'not a valid repository path component'],
    ['ex-.com/y', 'not a valid registry host'],
    ['ghcr.io/', 'not a valid repository path component'],
    ['has space', 'whitespace'],
    ['x/' + 'a'.repeat(260), 'longer than']
  ])('rejects %j', (s, why) => {
    let err: unknown;
    try {
      parseReference(s, 'base-image');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    const message = (err as Error).message;
    expect(message).toContain('"base-image"');
    expect(message).toContain(`"${s}"`);
    expect(message).toContain(why);
  });
});

describe('applyMirrors', () => {
  const mirrors = [
    { source: 'docker.io', target: 'mirror.example/docker.io' },
    { source: 'docker.io/library/nats', target: 'nats-mirror.example/nats' },
    { source: 'ghcr.io/openebs', target: 'localhost:5000/openebs' },
    { source: 'index.docker.io/bitnami', target: 'bitnami.example/b/' }
  ];
  test.each([
    ['nats:2.9.17-alpine', 'nats-mirror.example/nats:2.9.17-alpine'],
    ['busybox', 'mirror.example/docker.io/library/busybox:latest'],
    ['bitnami/redis:7', 'bitnami.example/b/redis:7'],
    ['ghcr.io/openebs/mayastor:v1', 'localhost:5000/openebs/mayastor:v1'],
    // Prefix must end at a path boundary.
    ['ghcr.io/openebs-x/y:1', 'ghcr.io/openebs-x/y:1'],
    ['quay.io/a/b:1', 'quay.io/a/b:1'],
    [`natsx@${D}`, `mirror.example/docker.io/library/natsx@${D}`]
  ])('%s → %s', (s, want) => {
    const ref = applyMirrors(parseReference(s), mirrors);
    expect(formatReference(ref)).toBe(want);
    expect(ref.original).toBe(s);
  });

  test('the spec example', () => {
    const ref = applyMirrors(parseReference('nats:2.9.17-alpine'), [
      { source: 'docker.io', target: 'mirror.example/docker.io' }
    ]);
    expect(ref).toEqual({
      registry: 'mirror.example',
      repository: 'docker.io/library/nats',
      tag: '2.9.17-alpine',
      digest: undefined,
      original: 'nats:2.9.17-alpine'
    });
  });
});

describe('registry hosts', () => {
  test('docker.io is served by registry-1', () => {
    expect(registryApiHost('docker.io')).toBe('registry-1.docker.io');
    expect(registryApiHost('ghcr.io')).toBe('ghcr.io');
  });
  test.each([
    ['localhost', true],
    ['localhost:5000', true],
    ['127.0.0.1:5917', true],
    ['127.1.2.3', true],
    ['[::1]:5000', true],
    ['::1', true],
    ['128.0.0.1:5000', false],
    ['ghcr.io', false],
    ['registry.lan:5000', true],
    ['other.lan', true],
    ['other.lan:443', true]
  ])('isInsecureRegistry(%s) = %s', (host, want) => {
    expect(isInsecureRegistry(host, ['registry.lan:5000', 'other.lan'])).toBe(want);
  });
});
