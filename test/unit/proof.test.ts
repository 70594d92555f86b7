// The platform proof offline: cosign's own key and envelope (test/fixtures/proof, made by the real
// cosign 2.5) opened and checked here, statements built from verify's result shape, coverage.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '../../actions/lib/core/errors';
import { getInputs } from '../../actions/verify-platforms/inputs';
import { TOOL_VERSION } from '../../actions/lib/core/version';
import { envelope, pae, parseEnvelope, signedBy, statementOf } from '../../actions/lib/proof/dsse';
import { keyName, loadPublicKey, loadSigningKey, pemOrPath, publicPem } from '../../actions/lib/proof/keys';
import { proofSchema } from '../helpers/proof';
import { githubToken, keylessAvailable } from '../../actions/lib/proof/keyless';
import { CheckedImage, PREDICATE_TYPE, statementFor, uncovered } from '../../actions/lib/proof/statement';

const FIX = path.join(__dirname, '..', 'fixtures', 'proof');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
const PASSWORD = 'fixture-password';
const DIGEST = `sha256:${'a'.repeat(64)}`;

const image: CheckedImage = {
  normalized: `127.0.0.1:5000/openebs/hostpath@${DIGEST}`,
  digest: DIGEST,
  status: 'ok',
  platforms: [
    {
      platform: 'linux/amd64',
      status: 'ok',
      level: 3,
      digest: `sha256:${'b'.repeat(64)}`,
      deep: { executables: 3, files: 10, machines: { 'x86-64': 3 }, layersScanned: 2, layersTotal: 2 }
    },
    { platform: 'linux/arm64', status: 'ok', level: 2, digest: `sha256:${'c'.repeat(64)}` }
  ]
};

describe('cosign keys', () => {
  test("cosign's encrypted key opens with its password, and its public half is cosign.pub", () => {
    const key = loadSigningKey('signing-key', 'signing-key-password', read('cosign.key'), PASSWORD);
    expect(publicPem(key).trim()).toBe(read('cosign.pub').trim());
    expect(keyName(key)).toBe(keyName(loadPublicKey('proof-key', read('cosign.pub'))));
  });

  test('a wrong password, or text that is no key, is a ConfigurationError naming the input', () => {
    expect(() => loadSigningKey('signing-key', 'signing-key-password', read('cosign.key'), 'nope')).toThrow(
      /signing-key: the key does not open with signing-key-password/
    );
    expect(() => loadSigningKey('signing-key', 'pw', '-----BEGIN NOTHING-----', '')).toThrow(
      ConfigurationError
    );
    expect(() => loadPublicKey('proof-key', 'not a key')).toThrow(/Input "proof-key"/);
  });

  test('a key input is PEM text or a path to it', () => {
    expect(pemOrPath('proof-key', path.join(FIX, 'cosign.pub'))).toBe(read('cosign.pub'));
    expect(pemOrPath('proof-key', read('cosign.pub'))).toBe(read('cosign.pub'));
    expect(() => pemOrPath('proof-key', path.join(FIX, 'missing.pub'))).toThrow(ConfigurationError);
  });
});

describe('DSSE envelopes', () => {
  test("cosign's own envelope verifies here with cosign.pub, and fails once its payload changes", () => {
    const e = parseEnvelope(read('cosign-envelope.json'), 'fixture');
    const pub = loadPublicKey('proof-key', read('cosign.pub'));
    expect(signedBy(e, pub)).toBe(true);
    const payload = Buffer.from(e.payload, 'base64').toString('utf8').replace('unit tests', 'unit Tests');
    expect(signedBy({ ...e, payload: Buffer.from(payload).toString('base64') }, pub)).toBe(false);
  });

  test('an envelope signed here verifies with the public key, over the DSSEv1 encoding', () => {
    const key = loadSigningKey('signing-key', 'p', read('cosign.key'), PASSWORD);
    const s = statementFor(image, 'cosign-key', {}, {})!;
    const e = envelope(s, key);
    const pub = loadPublicKey('proof-key', read('cosign.pub'));
    expect(signedBy(e, pub)).toBe(true);
    const body = Buffer.from(e.payload, 'base64');
    expect(pae(e.payloadType, body).toString()).toBe(
      `DSSEv1 28 application/vnd.in-toto+json ${body.length} ${body.toString()}`
    );
    expect(
      crypto.verify('sha256', pae(e.payloadType, body), pub, Buffer.from(e.signatures[0].sig, 'base64'))
    ).toBe(true);
    expect(statementOf(e, 'x')).toEqual(s);
    expect(envelope(s).signatures).toEqual([]);
  });

  test("a statement of another type is refused (cosign's fixture is in-toto v0.1 with a note)", () => {
    expect(() => statementOf(parseEnvelope(read('cosign-envelope.json'), 'f'), 'f')).toThrow(
      /not a platform proof/
    );
    expect(() => parseEnvelope('{"payload": 1}', 'blob')).toThrow(/blob is not a DSSE envelope/);
  });
});

describe('statements', () => {
  const env = {
    GITHUB_REPOSITORY: 'openebs/dynamic-localpv-provisioner',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com'
  };

  test('subject is the index, one entry per platform with its levels, ELF counts and the run', () => {
    const s = statementFor(image, 'none', {}, env, new Date(0))!;
    expect(s.subject).toEqual([
      { name: '127.0.0.1:5000/openebs/hostpath', digest: { sha256: 'a'.repeat(64) } }
    ]);
    expect(s.predicateType).toBe(PREDICATE_TYPE);
    expect(s.predicate.platforms.map(p => [p.platform, p.level, p.levels])).toEqual([
      ['linux/amd64', 3, [1, 2, 3]],
      ['linux/arm64', 2, [1, 2]]
    ]);
    expect(s.predicate.platforms[0].elf).toEqual({
      machines: { 'x86-64': 3 },
      executables: 3,
      files: 10,
      layers: 2
    });
    expect(s.predicate.run).toEqual({
      url: 'https://github.com/openebs/dynamic-localpv-provisioner/actions/runs/42',
      id: '42'
    });
    expect(s.predicate.source?.revision).toBe('f'.repeat(40));
    expect(s.predicate.tool.version).toBe(TOOL_VERSION);
    const valid = proofSchema();
    expect(valid(s)).toBe(true);
    expect(valid({ ...s, predicate: { ...s.predicate, platforms: [] } })).toBe(false);
  });

  test('parity lifts a level-3 platform to 4; a deep check that saw no ELF file claims no level 3', () => {
    const parity = { 'linux/amd64': { ok: true, detail: 'same output as linux/amd64' } };
    const s = statementFor(image, 'none', { parity }, {})!;
    expect(s.predicate.platforms[0].level).toBe(4);
    const empty = {
      ...image.platforms[0],
      deep: { ...image.platforms[0].deep!, executables: 0, machines: {} }
    };
    expect(
      statementFor({ ...image, platforms: [empty] }, 'none', { parity }, {})!.predicate.platforms[0].level
    ).toBe(2);
  });

  test('no statement for an image that failed, or a platform without a digest', () => {
    expect(statementFor({ ...image, status: 'failed' }, 'none')).toBeUndefined();
    expect(
      statementFor({ ...image, platforms: [{ ...image.platforms[0], digest: undefined }] }, 'none')
    ).toBeUndefined();
  });

  test('coverage: every asked platform at the asked level', () => {
    const p = statementFor(image, 'none', {}, {})!.predicate;
    expect(uncovered(p, ['linux/amd64', 'linux/arm64'], 2)).toBeUndefined();
    expect(uncovered(p, ['linux/amd64', 'linux/arm64'], 3)).toBe(
      'linux/arm64 is proven to level 2 (configured), level 3 is asked for'
    );
    expect(uncovered(p, ['linux/s390x'], 1)).toBe('linux/s390x is not in it');
  });

  test('the tool version is the package version', () => {
    expect(TOOL_VERSION).toBe(
      (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version
    );
  });
});

describe('keyless signing', () => {
  test('only on a runner that may ask for an OIDC token, and never with the unexpanded default token', () => {
    expect(keylessAvailable({})).toBe(false);
    expect(
      keylessAvailable({ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' })
    ).toBe(true);
    expect(githubToken('${{ github.token }}')).toBe('');
    expect(githubToken('ghs_abc')).toBe('ghs_abc');
  });
});

describe('verify-platforms proof inputs', () => {
  function inputs(values: Record<string, string>) {
    const saved = { ...process.env };
    for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
    for (const [k, v] of Object.entries(values)) process.env[`INPUT_${k.toUpperCase()}`] = v;
    try {
      return getInputs();
    } finally {
      process.env = saved;
    }
  }

  test('proof: require needs proof-key or proof-identity; a bad key or password names its input', () => {
    expect(() => inputs({ proof: 'require' })).toThrow(
      'Input "proof" has an invalid value "require": it needs proof-key or proof-identity: whom proofs must be signed by'
    );
    expect(() => inputs({ proof: 'sometimes' })).toThrow(ConfigurationError);
    expect(() => inputs({ 'proof-key': path.join(FIX, 'cosign.key') })).toThrow(/Input "proof-key"/);
    expect(() =>
      inputs({ 'signing-key': path.join(FIX, 'cosign.key'), 'signing-key-password': 'no' })
    ).toThrow(/signing-key: the key does not open with signing-key-password/);
  });

  test('defaults: use, no key trusted, unsigned, no token off GitHub', () => {
    const i = inputs({ 'github-token': '${{ github.token }}' });
    expect([i.proof, i.proofKeys, i.signingKey, i.githubToken, i.resultCache]).toEqual([
      'use',
      [],
      undefined,
      '',
      true
    ]);
    const keyed = inputs({
      'proof-key': read('cosign.pub'),
      'signing-key': path.join(FIX, 'cosign.key'),
      'signing-key-password': PASSWORD
    });
    expect(keyed.proofKeys).toHaveLength(1);
    expect(keyed.signingKey?.asymmetricKeyType).toBe('ec');
  });

  const ID = 'https://github.com/openebs/lvm-localpv/.github/workflows/release.yml@refs/tags/v1.6.0';
  test.each([
    [
      { 'proof-identity': 'a b' },
      /Input "proof-identity" has an invalid value "a b": a certificate identity has no spaces/
    ],
    [
      { 'proof-identity': '/[/' },
      /Input "proof-identity" has an invalid value "\/\[\/": not a regular expression/
    ],
    [
      { 'proof-identity': ID, 'proof-issuer': 'http://issuer' },
      /Input "proof-issuer" .*an OIDC issuer is an https:\/\/ URL/
    ],
    [
      { 'proof-identity': ID, 'proof-trusted-root': path.join(FIX, 'cosign.pub') },
      /Input "proof-trusted-root" .*it is neither JSON nor JSON lines/
    ],
    [
      { 'proof-identity': ID, 'proof-trusted-root': path.join(FIX, 'missing.json') },
      /Input "proof-trusted-root" .*cannot read it/
    ],
    [
      { 'proof-trusted-root': path.join(FIX, 'cosign.pub') },
      /Input "proof-trusted-root" .*it needs proof-identity/
    ]
  ])('keyless trust inputs: %j is refused naming its input', (values, message) => {
    expect(() => inputs(values)).toThrow(message);
  });

  test('keyless trust: the identity exact or a whole-match pattern, the GitHub issuer by default', () => {
    const exact = inputs({ 'proof-identity': ID, proof: 'require' }).proofIdentity!;
    expect([exact.identity, exact.issuer]).toEqual([ID, 'https://token.actions.githubusercontent.com']);
    const pattern = inputs({
      'proof-identity': '/https://github\\.com/openebs/[^@]+@refs/tags/v[0-9.]+/'
    }).proofIdentity!;
    expect(pattern.identity).toBeInstanceOf(RegExp);
    const re = pattern.identity as RegExp;
    expect([re.test(ID), re.test(`${ID}-rc1`), re.test(`x${ID}`)]).toEqual([true, false, false]);
    expect(inputs({}).proofIdentity).toBeUndefined();
  });
});
