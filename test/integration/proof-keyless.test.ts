// Keyless proofs trusted by identity, with real crypto: a local Fulcio-like CA and RFC 3161
// timestamp authority (openssl), a real platform-proof statement signed with a leaf key, its v0.3
// Sigstore bundle attached as a referrer (tag fallback: distribution 2.8), checked by
// `arch-actions verify --proof-identity` and by the real cosign 2.5.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../actions/cli/main';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { attachBundle, BUNDLE_MEDIA_TYPE } from '../../actions/lib/proof/attach';
import { identityTrust, verifyBundle } from '../../actions/lib/proof/sigstore';
import { PREDICATE_TYPE, Statement, statementFor } from '../../actions/lib/proof/statement';
import { RegistryClient } from '../../actions/lib/registry/client';
import { verifyPlatforms } from '../../actions/lib/verify/verify';
import { startFaultProxy, FaultProxy } from '../fixtures/proxy/fault-proxy';
import { captureIo } from '../helpers/io';
import { blobReads, cosign, imageBlobs, orasReferrers, pushBusyboxIndex } from '../helpers/proof';
import { GITHUB_ISSUER, localSigstore, LocalSigstore } from '../helpers/sigstore';
import { LabEnv, requireLab } from '../lab/lab';

jest.setTimeout(300_000);

const fixtures = path.join(__dirname, '..', 'fixtures', 'proof', 'sigstore');
const IDENTITY = 'https://github.com/openebs/lvm-localpv/.github/workflows/release.yml@refs/tags/v1.6.0';
let lab: LabEnv;
let tmp: string;
let sigstore: LocalSigstore;
let proxy: FaultProxy;
let client: RegistryClient;
const uniq = `${process.pid}-${Date.now().toString(36)}`;

beforeAll(async () => {
  lab = requireLab();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proof-keyless-'));
  sigstore = localSigstore(path.join(tmp, 'sigstore'));
  client = new RegistryClient();
  proxy = await startFaultProxy({ target: `http://${lab.LAB_REGISTRY}`, faultRate: 0 });
});

afterAll(async () => {
  client?.close();
  await proxy?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** A two-platform index checked deep here, and the platform-proof statement of that check. */
async function checkedIndex(name: string): Promise<{ repo: string; digest: string; statement: Statement }> {
  const repo = `issue24-keyless-${name}-${uniq}`;
  const digest = await pushBusyboxIndex(lab, client, repo);
  const result = await verifyPlatforms(
    {
      images: [{ reference: `${lab.LAB_REGISTRY}/${repo}@${digest}` }],
      platforms: parsePlatforms(['linux/amd64', 'linux/arm64']),
      deep: true
    },
    { client }
  );
  expect(result.ok).toBe(true);
  return { repo, digest, statement: statementFor(result.images[0], 'sigstore', {}, {})! };
}

async function attach(repo: string, digest: string, bundle: object) {
  return attachBundle(client, parseReference(`${lab.LAB_REGISTRY}/${repo}`), digest, bundle, 'now');
}

/** `arch-actions verify IMAGE --deep ...` in-process through the proxy: exit code, report, blob reads. */
async function verify(image: string, args: string[]) {
  const io = captureIo();
  const report = path.join(tmp, `report-${Math.random().toString(36).slice(2)}.json`);
  const before = proxy.stats.seen.length;
  const code = await main(['verify', image, '--deep', '--report', report, '--json', ...args], io);
  const result = fs.existsSync(report)
    ? (JSON.parse(fs.readFileSync(report, 'utf8')) as {
        images: Array<{
          status: string;
          reason?: string;
          notes: string[];
          proof?: { by: string; key: string };
        }>;
      })
    : undefined;
  return { code, err: io.err, image: result?.images[0], seen: proxy.stats.seen.slice(before) };
}

const trust = (identity = IDENTITY) => [
  '--proof-identity',
  identity,
  '--proof-trusted-root',
  sigstore.trustedRoot
];

/**
 * The real cosign 2.5 on the new bundle format, with the local trusted root and no log or CT. Its
 * verify-attestation still asks TUF for Fulcio roots beside --trusted-root (offline: fails);
 * SIGSTORE_ROOT_FILE, the same CA, stands in for that. The timestamp is checked against the root's
 * authority: a bundle without one is refused.
 */
const cosignVerify = (ref: string, identity = IDENTITY) =>
  cosign(lab, [
    'verify-attestation', '--new-bundle-format', '--trusted-root', sigstore.trustedRoot,
    '--certificate-identity', identity, '--certificate-oidc-issuer', GITHUB_ISSUER,
    '--insecure-ignore-tlog', '--insecure-ignore-sct', '--use-signed-timestamps', '--allow-http-registry',
    '--type', PREDICATE_TYPE, ref
  ], { SIGSTORE_ROOT_FILE: path.join(sigstore.dir, 'ca.pem'), TUF_ROOT: path.join(tmp, 'tuf') }); // prettier-ignore

test('a bundle signed for the identity is a referrer oras lists and cosign accepts; require trusts it, not re-checked', async () => {
  const { repo, digest, statement } = await checkedIndex('good');
  const signed = sigstore.bundle(statement, sigstore.signer(IDENTITY));
  const attached = await attach(repo, digest, signed);
  expect(attached.recordedBy).toBe('tag');
  const name = `${lab.LAB_REGISTRY}/${repo}@${digest}`;
  expect(orasReferrers(lab, name)).toEqual([BUNDLE_MEDIA_TYPE]);
  const ok = cosignVerify(name);
  expect(ok.out).not.toMatch(/error/i);
  expect(ok.code).toBe(0);
  expect(cosignVerify(name, `${IDENTITY}x`).code).not.toBe(0);
  // The same bundle as a file, for the index's own bytes, with nothing but the trusted root (no TUF).
  const files = { bundle: path.join(tmp, 'good.sigstore.json'), index: path.join(tmp, 'index.json') };
  fs.writeFileSync(files.bundle, JSON.stringify(signed));
  fs.writeFileSync(files.index, (await client.getManifest(parseReference(name))).body);
  const blob = (identity: string) =>
    cosign(lab, [
      'verify-blob-attestation', '--new-bundle-format', '--bundle', files.bundle, '--trusted-root', sigstore.trustedRoot,
      '--certificate-identity', identity, '--certificate-oidc-issuer', GITHUB_ISSUER, '--insecure-ignore-tlog',
      '--insecure-ignore-sct', '--use-signed-timestamps', '--type', PREDICATE_TYPE, files.index
    ], { TUF_ROOT: path.join(tmp, 'tuf') }); // prettier-ignore
  expect(blob(IDENTITY).code).toBe(0);
  const other = blob(`${IDENTITY}-rc1`);
  expect([other.code, other.out]).toEqual([1, expect.stringMatching(/identity/i)]);

  const image = `${proxy.host}/${repo}@${digest}`;
  const blobs = await imageBlobs(lab, client, repo, digest);
  const proven = await verify(image, ['--proof', 'require', ...trust()]);
  expect(proven.code).toBe(0);
  expect(proven.image!.proof!.key).toBe(`keyless: ${IDENTITY}`);
  expect(proven.image!.notes).toEqual([`proven earlier by keyless: ${IDENTITY}, not re-checked`]);
  expect(blobReads(proven.seen, blobs)).toEqual([]);
  // Several roots (JSON lines, as gh attestation trusted-root prints them): one must take it.
  const roots = ['--proof-identity', IDENTITY, '--proof-trusted-root', sigstore.trustedRoots];
  expect((await verify(image, ['--proof', 'require', ...roots])).code).toBe(0);
  // A pattern, matched whole.
  const pattern =
    '/https://github\\.com/openebs/lvm-localpv/\\.github/workflows/release\\.yml@refs/tags/v.+/';
  expect((await verify(image, ['--proof', 'require', ...trust(pattern)])).code).toBe(0);

  const wrongIdentity = await verify(image, ['--proof', 'require', ...trust(`${IDENTITY}-rc1`)]);
  expect(wrongIdentity.code).toBe(1);
  expect(wrongIdentity.image!.reason).toMatch(
    /wrong identity: its certificate names "https:\/\/github.com\/openebs/
  );
  const unanchored = await verify(image, ['--proof', 'require', ...trust('/release\\.yml@refs/tags/v1/')]);
  expect(unanchored.image!.reason).toMatch(/wrong identity/);
  const wrongIssuer = await verify(image, [
    '--proof',
    'require',
    ...trust(),
    '--proof-issuer',
    'https://gitlab.com'
  ]);
  expect(wrongIssuer.code).toBe(1);
  expect(wrongIssuer.image!.reason).toMatch(/wrong issuer: its certificate names "https:\/\/token.actions/);

  // Trusting keys only, a keyless proof is named, not ignored.
  const keyOnly = await verify(image, [
    '--proof',
    'require',
    '--proof-key',
    path.join(fixtures, '..', 'cosign.pub')
  ]);
  expect(keyOnly.image!.reason).toMatch(/is signed keyless \(Sigstore\), and no identity is trusted/);

  // `use` with an identity the proof does not carry: checked again, read again.
  const rechecked = await verify(image, ['--proof', 'use', ...trust(`${IDENTITY}-rc1`)]);
  expect(rechecked.code).toBe(0);
  expect(rechecked.image!.proof).toBeUndefined();
  expect(blobReads(rechecked.seen, blobs).length).toBeGreaterThanOrEqual(blobs.length);
});

test('a certificate of another CA, an altered predicate and no signed time fail --proof require with their reasons; cosign refuses each', async () => {
  const stranger = await checkedIndex('stranger');
  await attach(
    stranger.repo,
    stranger.digest,
    sigstore.bundle(stranger.statement, sigstore.strangerSigner(IDENTITY))
  );
  const fromStranger = await verify(`${proxy.host}/${stranger.repo}@${stranger.digest}`, [
    '--proof',
    'require',
    ...trust()
  ]);
  expect(fromStranger.code).toBe(1);
  expect(fromStranger.image!.reason).toMatch(/untrusted certificate chain/);
  const untrusted = cosignVerify(`${lab.LAB_REGISTRY}/${stranger.repo}@${stranger.digest}`);
  expect(untrusted.code).not.toBe(0);
  expect(untrusted.out).toMatch(/certificate/i);
  expect(untrusted.out).not.toMatch(/tuf/i);

  const forged = await checkedIndex('altered');
  const altered = sigstore.bundle(forged.statement, sigstore.signer(IDENTITY), {
    alter: s => {
      s.predicate.platforms[1].level = 5;
    }
  });
  await attach(forged.repo, forged.digest, altered);
  const refused = await verify(`${proxy.host}/${forged.repo}@${forged.digest}`, [
    '--proof',
    'require',
    ...trust()
  ]);
  expect(refused.code).toBe(1);
  expect(refused.image!.reason).toMatch(/altered: its signature does not match its statement/);
  // With several roots, the reason is that of the root the bundle chains to.
  const roots = ['--proof-identity', IDENTITY, '--proof-trusted-root', sigstore.trustedRoots];
  const image = `${proxy.host}/${forged.repo}@${forged.digest}`;
  expect((await verify(image, ['--proof', 'require', ...roots])).image!.reason).toMatch(/altered/);

  // Signed, but with no signed time: the certificate cannot be judged at the time of signing.
  const untimed = await checkedIndex('untimed');
  await attach(
    untimed.repo,
    untimed.digest,
    sigstore.bundle(untimed.statement, sigstore.signer(IDENTITY), { timestamp: false })
  );
  const late = await verify(`${proxy.host}/${untimed.repo}@${untimed.digest}`, [
    '--proof',
    'require',
    ...trust()
  ]);
  expect(late.code).toBe(1);
  expect(late.image!.reason).toMatch(/no trusted signed time: expected 1 tsa timestamps, got 0/);
  const noTime = cosignVerify(`${lab.LAB_REGISTRY}/${untimed.repo}@${untimed.digest}`);
  expect(noTime.code).not.toBe(0);
  expect(noTime.out).toMatch(/threshold not met for verified signed timestamps/);
  const bad = cosignVerify(`${lab.LAB_REGISTRY}/${forged.repo}@${forged.digest}`);
  expect(bad.code).not.toBe(0);
  expect(bad.out).toMatch(/signature|verif/i);
});

test('a bad identity, issuer or trusted root is a usage error naming its flag', async () => {
  const image = `${lab.LAB_REGISTRY}/issue24-keyless-none-${uniq}:v1`;
  const cases: Array<[string[], RegExp]> = [
    [['--proof-identity', '/(/'], /--proof-identity has an invalid value "\/\(\/": not a regular expression/],
    [
      ['--proof-identity', IDENTITY, '--proof-issuer', 'token.actions.githubusercontent.com'],
      /--proof-issuer .*https:\/\//
    ],
    [
      ['--proof-identity', IDENTITY, '--proof-trusted-root', path.join(tmp, 'none.json')],
      /--proof-trusted-root .*cannot read it/
    ],
    [['--proof-trusted-root', sigstore.trustedRoot], /--proof-trusted-root .*it needs (--)?proof-identity/],
    [['--proof', 'require'], /--proof .*(--)?proof-key or (--)?proof-identity/]
  ];
  for (const [args, message] of cases) {
    const io = captureIo();
    const code = await main(['verify', image, ...args], io);
    expect([code, io.err]).toEqual([2, expect.stringMatching(message)]);
  }
});

test('with no trusted root given, the public-good one (through TUF, else the copy in @sigstore/tuf) takes a real GitHub bundle', async () => {
  const text = fs.readFileSync(path.join(fixtures, 'sigstore-js-2.1.0-bundle.json'), 'utf8');
  const identity = 'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main';
  const names = { identity: 'proof-identity', issuer: 'proof-issuer', trustedRoot: 'proof-trusted-root' };
  const trusted = identityTrust(
    names,
    { identity, issuer: GITHUB_ISSUER, trustedRoot: '' },
    { RUNNER_TEMP: tmp }
  )!;
  const started = Date.now();
  expect((await verifyBundle(text, trusted, 'proof')).identity).toBe(identity);
  expect(Date.now() - started).toBeLessThan(30_000);
  const roots = await trusted.roots();
  expect(roots.map(r => r.source)).toEqual([
    expect.stringMatching(
      /^(https:\/\/tuf-repo-cdn\.sigstore\.dev|the public-good root embedded in this release)$/
    )
  ]);
  expect(roots[0].thresholds).toEqual({ tlogThreshold: 1, ctlogThreshold: 1, tsaThreshold: 0 });
});
