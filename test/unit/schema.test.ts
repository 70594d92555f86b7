import { CheckError } from '../../actions/lib/core/errors';
import { parseConfig, parseManifest } from '../../actions/lib/oci/schema';
import { MEDIA_TYPES } from '../../actions/lib/oci/types';

const D = (extra: Record<string, unknown> = {}) => ({
  mediaType: MEDIA_TYPES.ociManifest,
  digest: 'sha256:' + 'a'.repeat(64),
  size: 10,
  ...extra
});
const manifest = (extra: Record<string, unknown> = {}) => ({
  schemaVersion: 2,
  mediaType: MEDIA_TYPES.ociManifest,
  config: D({ mediaType: MEDIA_TYPES.ociConfig }),
  layers: [D({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' })],
  ...extra
});
const index = (extra: Record<string, unknown> = {}) => ({
  schemaVersion: 2,
  mediaType: MEDIA_TYPES.ociIndex,
  manifests: [D({ platform: { os: 'linux', architecture: 'arm64' } })],
  ...extra
});
const parse = (json: unknown, contentType = '') =>
  parseManifest(Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)), contentType, 'r/x:1');

describe('parseManifest', () => {
  test('accepts a manifest and an index, and takes the media type from Content-Type when the body has none', () => {
    expect(parse(manifest()).mediaType).toBe(MEDIA_TYPES.ociManifest);
    expect(parse(index()).mediaType).toBe(MEDIA_TYPES.ociIndex);
    const bare: Record<string, unknown> = index();
    delete bare.mediaType;
    expect(parse(bare, MEDIA_TYPES.ociIndex).mediaType).toBe(MEDIA_TYPES.ociIndex);
  });

  test.each<[string, unknown, string, RegExp]>([
    ['not JSON', '{"schemaVersion":', '', /^manifest of r\/x:1 is not valid JSON/],
    ['an array', [1], '', /^manifest of r\/x:1 is not a JSON object$/],
    ['schemaVersion 1', manifest({ schemaVersion: 1 }), '', /has schemaVersion 1, expected 2$/],
    [
      'no media type at all',
      { ...manifest(), mediaType: undefined },
      '',
      /has no mediaType, and no Content-Type/
    ],
    [
      'an unknown media type',
      manifest({ mediaType: 'text/plain' }),
      '',
      /unsupported media type "text\/plain"/
    ],
    [
      'config renamed',
      { ...manifest(), config: undefined, konfig: D() },
      '',
      /^manifest r\/x:1 has no config$/
    ],
    ['layers not an array', manifest({ layers: {} }), '', /^manifest r\/x:1 has no layers array$/],
    [
      'a layer without a digest',
      manifest({ layers: [D({ digest: undefined })] }),
      '',
      /layers\[0\] has no valid digest \(none\)$/
    ],
    [
      'a config with a string size',
      manifest({ config: D({ size: '10' }) }),
      '',
      /config has no valid size \("10"\)$/
    ],
    ['manifests not an array', index({ manifests: { a: 1 } }), '', /^index r\/x:1 has no manifests array$/],
    [
      'an entry without mediaType',
      index({ manifests: [D({ mediaType: undefined })] }),
      '',
      /^index r\/x:1: manifests\[0\] has no mediaType$/
    ],
    [
      'an entry that is a string',
      index({ manifests: ['sha256:abc'] }),
      '',
      /manifests\[0\] is not a descriptor object$/
    ],
    [
      'a platform with no architecture',
      index({ manifests: [D({ platform: { os: 'linux' } })] }),
      '',
      /platform without os and architecture/
    ],
    [
      'annotations with a number',
      index({ manifests: [D({ annotations: { a: 1 } })] }),
      '',
      /annotations that are not all strings/
    ]
  ])('%s: a named CheckError', (_what, json, contentType, message) => {
    let err: unknown;
    try {
      parse(json, contentType);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CheckError);
    expect((err as Error).message).toMatch(message);
  });
});

describe('parseConfig', () => {
  test('reads the platform fields', () => {
    const c = parseConfig(Buffer.from('{"architecture":"arm","os":"linux","variant":"v7"}'), 'config c');
    expect([c.os, c.architecture, c.variant]).toEqual(['linux', 'arm', 'v7']);
  });

  test.each([
    ['{}', /^config c has no architecture$/],
    ['{"architecture":"amd64"}', /^config c has no os$/],
    ['{"architecture":"amd64","os":"linux","variant":7}', /variant that is not a string/],
    ['null', /is not a JSON object/],
    ['{', /is not valid JSON/]
  ])('%s: a named CheckError', (body, message) => {
    expect(() => parseConfig(Buffer.from(body), 'config c')).toThrow(message);
  });
});
