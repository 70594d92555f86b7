import { ConfigurationError } from '../../actions/lib/core/errors';
import {
  formatPlatform,
  hostPlatform,
  isNative,
  normalisePlatformString,
  parsePlatform,
  parsePlatforms,
  platformFromMachine,
  platformPair,
  samePlatform
} from '../../actions/lib/oci/platform';

describe('parsePlatform normalises like Docker', () => {
  test.each([
    ['linux/amd64', 'linux/amd64'],
    ['linux/x86_64', 'linux/amd64'],
    ['x86_64', 'linux/amd64'],
    ['amd64', 'linux/amd64'],
    ['linux/arm64', 'linux/arm64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['LINUX/ARM64/V8', 'linux/arm64'],
    ['aarch64', 'linux/arm64'],
    ['linux/aarch64', 'linux/arm64'],
    ['armv8', 'linux/arm64'],
    ['arm64', 'linux/arm64'],
    ['armhf', 'linux/arm/v7'],
    ['armv7l', 'linux/arm/v7'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/arm/v7', 'linux/arm/v7'],
    ['linux/arm/v6', 'linux/arm/v6'],
    ['armel', 'linux/arm/v6'],
    ['i686', 'linux/386'],
    ['linux/ppc64le', 'linux/ppc64le'],
    ['linux/s390x', 'linux/s390x'],
    ['linux/riscv64', 'linux/riscv64'],
    [' linux/amd64 ', 'linux/amd64']
  ])('%s → %s', (input, expected) => {
    expect(formatPlatform(parsePlatform(input))).toBe(expected);
  });

  test.each([
    ['linux/arm65', 'unknown architecture "arm65"'],
    ['plan9/amd64', 'unknown operating system "plan9"'],
    ['linux/amd64/v2/x', 'expected os/architecture[/variant]'],
    ['', 'unknown architecture ""'],
    ['sparc', 'unknown architecture "sparc"'],
    ['windows/amd64', 'unknown operating system "windows": only Linux images are built and run'],
    ['linux/arm64/v9', 'linux/arm64/v9 is not supported'],
    ['linux/amd64/v3', 'linux/amd64/v3 is not supported'],
    ['linux/arm/v5', 'linux/arm/v5 is not supported']
  ])('%j is rejected naming the input and value', (input, why) => {
    let err: unknown;
    try {
      parsePlatform(input, 'platforms');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    const msg = (err as Error).message;
    expect(msg).toContain('"platforms"');
    expect(msg).toContain(`"${input.trim()}"`);
    expect(msg).toContain(why);
  });

  test('registry data is normalised without judging support', () => {
    expect(normalisePlatformString('Windows/AMD64')).toBe('windows/amd64');
    expect(normalisePlatformString('linux/aarch64/v8')).toBe('linux/arm64');
    expect(normalisePlatformString('linux/arm64/v9')).toBe('linux/arm64/v9');
    expect(normalisePlatformString('unknown/unknown')).toBe('unknown/unknown');
  });

  test('the error names the input the caller passes', () => {
    expect(() => parsePlatform('linux/arm65', 'required-platforms')).toThrow(/Input "required-platforms"/);
  });
});

describe('platform helpers', () => {
  test('parsePlatforms drops duplicates after normalisation and keeps order', () => {
    expect(parsePlatforms(['linux/arm64/v8', 'amd64', 'aarch64', 'linux/amd64']).map(formatPlatform)).toEqual(
      ['linux/arm64', 'linux/amd64']
    );
  });

  test.each([
    ['linux/arm64/v8', 'linux/arm64', true],
    ['linux/arm/v7', 'linux/arm/v6', false],
    ['linux/amd64', 'linux/arm64', false],
    ['x86_64', 'linux/amd64', true]
  ])('samePlatform(%s, %s) = %s', (a, b, same) => {
    expect(samePlatform(parsePlatform(a), parsePlatform(b))).toBe(same);
  });

  test.each([
    ['linux/arm64', 'linux-arm64'],
    ['linux/arm/v7', 'linux-arm-v7'],
    ['linux/amd64', 'linux-amd64']
  ])('platformPair(%s) = %s', (p, pair) => {
    expect(platformPair(parsePlatform(p))).toBe(pair);
  });

  test.each([
    ['x64', 'linux/amd64'],
    ['arm64', 'linux/arm64'],
    ['arm', 'linux/arm/v7']
  ])('host arch %s is %s', (arch, platform) => {
    expect(formatPlatform(hostPlatform(arch))).toBe(platform);
    expect(isNative(parsePlatform(platform), arch)).toBe(true);
  });

  test('an x86-64 host does not run arm64 natively, and an arm64 host does not run arm/v7', () => {
    expect(isNative(parsePlatform('linux/arm64'), 'x64')).toBe(false);
    expect(isNative(parsePlatform('linux/arm/v7'), 'arm64')).toBe(false);
  });

  test.each([
    ['x86_64', 'linux/amd64'],
    ['aarch64', 'linux/arm64'],
    ['armv7l', 'linux/arm/v7']
  ])('uname -m %s is %s', (machine, platform) => {
    expect(formatPlatform(platformFromMachine(machine)!)).toBe(platform);
  });

  test('an unknown machine gives undefined', () => {
    expect(platformFromMachine('vax')).toBeUndefined();
  });
});
