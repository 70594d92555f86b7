import { describePlan, parseRunnerMap, planMatrix } from '../../actions/lib/build/plan';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { ConfigurationError } from '../../actions/lib/core/errors';

describe('planMatrix', () => {
  test.each([
    {
      name: 'default map',
      platforms: ['linux/amd64', 'linux/arm64'],
      map: [] as string[],
      want: [
        { platform: 'linux/amd64', runner: 'ubuntu-24.04', emulated: false, pair: 'linux-amd64' },
        { platform: 'linux/arm64', runner: 'ubuntu-24.04-arm', emulated: false, pair: 'linux-arm64' }
      ]
    },
    {
      name: 'self-hosted arm64, amd64 keeps its default',
      platforms: ['linux/amd64', 'linux/arm64/v8'],
      map: ['linux/arm64=oracle-aarch64-4cpu-16gb'],
      want: [
        { platform: 'linux/amd64', runner: 'ubuntu-24.04', emulated: false, pair: 'linux-amd64' },
        { platform: 'linux/arm64', runner: 'oracle-aarch64-4cpu-16gb', emulated: false, pair: 'linux-arm64' }
      ]
    },
    {
      name: 'unmapped ppc64le goes to the default runner, emulated',
      platforms: ['linux/arm64', 'linux/ppc64le'],
      map: ['default=big-x86'],
      want: [
        { platform: 'linux/arm64', runner: 'ubuntu-24.04-arm', emulated: false, pair: 'linux-arm64' },
        { platform: 'linux/ppc64le', runner: 'big-x86', emulated: true, pair: 'linux-ppc64le' }
      ]
    },
    {
      name: 'aliases in the map are normalised',
      platforms: ['linux/arm/v7'],
      map: ['armhf=pi-cluster'],
      want: [{ platform: 'linux/arm/v7', runner: 'pi-cluster', emulated: false, pair: 'linux-arm-v7' }]
    }
  ])('$name', ({ platforms, map, want }) => {
    expect(planMatrix(parsePlatforms(platforms), parseRunnerMap(map)).include).toEqual(want);
  });

  test('the plan says which platforms are emulated', () => {
    const plan = planMatrix(parsePlatforms(['linux/amd64', 'linux/ppc64le']), parseRunnerMap([]));
    const lines = describePlan(plan);
    expect(lines[0]).toBe('linux/amd64: native on ubuntu-24.04');
    expect(lines[1]).toMatch(/linux\/ppc64le: no native runner .* emulated with QEMU on ubuntu-24\.04/);
  });

  test('the matrix is the JSON GitHub expects', () => {
    const plan = planMatrix(parsePlatforms(['linux/arm64']), parseRunnerMap([]));
    expect(JSON.parse(JSON.stringify(plan))).toEqual({
      include: [{ platform: 'linux/arm64', runner: 'ubuntu-24.04-arm', emulated: false, pair: 'linux-arm64' }]
    });
  });
});

describe('parseRunnerMap errors name the input and value', () => {
  test.each([
    ['linux/arm64', /"runner-map".*"linux\/arm64".*key=value/],
    ['linux/sparc=x', /"runner-map".*unknown architecture "sparc"/],
    ['linux/arm64=bad label', /"runner-map".*not a runner label/]
  ])('%s', (line, msg) => {
    expect(() => parseRunnerMap([line])).toThrow(ConfigurationError);
    expect(() => parseRunnerMap([line])).toThrow(msg);
  });
});
