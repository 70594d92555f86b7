import { ConfigurationError } from '../../actions/lib/core/errors';
import {
  getBool,
  getChoice,
  getInt,
  getList,
  parseKeyValues,
  parseList
} from '../../actions/lib/core/inputs';

function withInput(name: string, value: string | undefined, fn: () => void): void {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  const old = process.env[key];
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
  try {
    fn();
  } finally {
    if (old === undefined) delete process.env[key];
    else process.env[key] = old;
  }
}

describe('list inputs accept commas or newlines', () => {
  test.each([
    ['linux/amd64,linux/arm64', ['linux/amd64', 'linux/arm64']],
    ['linux/amd64\nlinux/arm64\n', ['linux/amd64', 'linux/arm64']],
    ['linux/amd64, linux/arm64\r\nlinux/ppc64le', ['linux/amd64', 'linux/arm64', 'linux/ppc64le']],
    ['  \n , ,\n', []],
    ['a # a comment\n# whole line\nb', ['a', 'b']]
  ])('%j', (raw, expected) => {
    expect(parseList(raw)).toEqual(expected);
    withInput('platforms', raw, () => expect(getList({ name: 'platforms', default: '' })).toEqual(expected));
  });
});

describe('boolean inputs', () => {
  test.each([
    [undefined, 'true', true],
    ['', 'false', false],
    ['true', 'false', true],
    ['false', 'true', false],
    ['TRUE', 'false', true],
    ['no', 'true', false]
  ] as const)('%j with default %s gives %s', (raw, fallback, expected) => {
    withInput('verify', raw, () => expect(getBool({ name: 'verify', default: fallback })).toBe(expected));
  });

  test('a bad boolean names the input and value', () => {
    withInput('verify', 'maybe', () => {
      expect(() => getBool({ name: 'verify', default: 'true' })).toThrow(ConfigurationError);
      expect(() => getBool({ name: 'verify', default: 'true' })).toThrow(
        'Input "verify" has an invalid value "maybe"'
      );
    });
  });
});

describe('choice and number inputs', () => {
  const qemu = { name: 'qemu', default: 'auto', choices: ['auto', 'true', 'false'] } as const;
  const concurrency = { name: 'concurrency', default: '4' };

  test('a choice takes its default when empty and rejects unknown values', () => {
    withInput('qemu', '', () => expect(getChoice(qemu)).toBe('auto'));
    withInput('qemu', 'sometimes', () =>
      expect(() => getChoice(qemu)).toThrow(
        'Input "qemu" has an invalid value "sometimes": expected one of auto, true, false'
      )
    );
  });

  test.each([
    ['8', 8],
    ['', 4]
  ])('concurrency %j gives %d', (raw, n) => {
    withInput('concurrency', raw, () => expect(getInt(concurrency, 1, 64)).toBe(n));
  });

  test.each(['0', '65', 'eight', '1.5'])('concurrency %j is rejected', raw => {
    withInput('concurrency', raw, () => expect(() => getInt(concurrency, 1, 64)).toThrow(`"${raw}"`));
  });

  test('key=value lines keep everything after the first =', () => {
    expect(parseKeyValues('build-args', ['A=1', ' B = x=y '])).toEqual([
      { key: 'A', value: '1' },
      { key: 'B', value: 'x=y' }
    ]);
    expect(() => parseKeyValues('build-args', ['novalue'])).toThrow(
      'Input "build-args" has an invalid value "novalue"'
    );
  });
});
