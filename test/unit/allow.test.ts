import { matchAllow, parseAllow, parseMirrors, pinExcludes } from '../../actions/lib/verify/verify';
import { parsePlatforms } from '../../actions/lib/oci/platform';

describe('allow rules', () => {
  const rules = parseAllow([
    'docker.io/openebs/mayastor-*=Mayastor 2.8 ships amd64 only',
    'natsio/nats-server-config-reloader:0.10.?=fixed in 0.11 = later'
  ]);

  test('parses glob=reason, keeping = in the reason', () => {
    expect(rules[1]).toEqual({
      pattern: 'natsio/nats-server-config-reloader:0.10.?',
      reason: 'fixed in 0.11 = later'
    });
  });

  test.each([
    [['docker.io/openebs/mayastor-io-engine:v2.8.0'], 'Mayastor 2.8 ships amd64 only'],
    [
      ['openebs/mayastor-io-engine:v2.8.0', 'docker.io/openebs/mayastor-io-engine:v2.8.0'],
      'Mayastor 2.8 ships amd64 only'
    ],
    [['natsio/nats-server-config-reloader:0.10.1'], 'fixed in 0.11 = later'],
    [['natsio/nats-server-config-reloader:0.10.12'], undefined],
    [['docker.io/openebs/zfs-driver:2.7.1'], undefined]
  ])('%j → %s', (names, reason) => {
    expect(matchAllow(rules, names)?.reason).toBe(reason);
  });

  test.each(['no-reason', '=reason only', 'glob with space=x'])('"%s" is a named error', line => {
    expect(() => parseAllow([line])).toThrow(/Input "allow" has an invalid value/);
  });
});

describe('registry mirrors', () => {
  test('accepts host and host/path targets', () => {
    expect(parseMirrors(['docker.io=mirror.example/docker.io', 'quay.io=127.0.0.1:5000'])).toEqual([
      { source: 'docker.io', target: 'mirror.example/docker.io' },
      { source: 'quay.io', target: '127.0.0.1:5000' }
    ]);
  });
  test.each(['docker.io', 'docker.io=', 'docker.io=mirror/docker.io', 'docker.io=Bad Host'])(
    '"%s" is a named error',
    line => {
      expect(() => parseMirrors([line])).toThrow(/Input "registry-mirrors" has an invalid value/);
    }
  );
});

describe('arch pins', () => {
  const both = parsePlatforms(['linux/amd64', 'linux/arm64']);
  test.each([
    ['nodeSelector', ['amd64'], ['linux/arm64']],
    ['nodeSelector', ['arm64'], ['linux/amd64']],
    ['In', ['amd64', 'arm64'], []],
    ['In', ['x86_64'], ['linux/arm64']],
    ['NotIn', ['arm64'], ['linux/arm64']],
    ['NotIn', ['s390x'], []]
  ] as const)('%s %j excludes %j', (kind, values, excluded) => {
    expect(
      pinExcludes({ file: 'f', line: 1, key: 'kubernetes.io/arch', kind, values: [...values] }, both)
    ).toEqual(excluded);
  });
});
