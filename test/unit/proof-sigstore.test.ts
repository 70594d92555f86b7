// Keyless trust on real Sigstore bundles made on GitHub (the GitHub CLI's own test data, public-good
// Fulcio and Rekor): each verifies for its identity and issuer against the public-good root, and
// each way it can fail is refused with its named reason.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckError } from '../../actions/lib/core/errors';
import { identityTrust, verifyBundle } from '../../actions/lib/proof/sigstore';

const FIX = path.join(__dirname, '..', 'fixtures', 'proof', 'sigstore');
const ROOT = path.join(FIX, 'trusted_root.json');
const GITHUB = 'https://token.actions.githubusercontent.com';
const REUSABLE =
  'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d';
const SIGSTORE_JS = 'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main';
const NAMES = { identity: 'proof-identity', issuer: 'proof-issuer', trustedRoot: 'proof-trusted-root' };

const bundle = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
const trust = (identity: string, issuer = GITHUB, trustedRoot = ROOT) =>
  identityTrust(NAMES, { identity, issuer, trustedRoot })!;

/** The reason verifyBundle gives, or `ok <identity>`. */
async function judge(text: string, t = trust(REUSABLE)): Promise<string> {
  try {
    return `ok ${(await verifyBundle(text, t, 'proof')).identity}`;
  } catch (err) {
    expect(err).toBeInstanceOf(CheckError);
    return (err as Error).message;
  }
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proof-sigstore-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of the root changed by `change`, written to a temp file. */
function rootWith(change: (r: Record<string, unknown[]>) => void): string {
  const r = JSON.parse(fs.readFileSync(ROOT, 'utf8')) as Record<string, unknown[]>;
  change(r);
  const file = path.join(tmp, `root-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(r));
  return file;
}

test('a bundle from actions/attest verifies for its identity, exact or by a whole-match pattern', async () => {
  const text = bundle('reusable-workflow-attestation.sigstore.json');
  expect(await judge(text)).toBe(`ok ${REUSABLE}`);
  const pattern =
    '/https://github\\.com/github/artifact-attestations-workflows/\\.github/workflows/attest\\.yml@[0-9a-f]{40}/';
  expect(await judge(text, trust(pattern))).toBe(`ok ${REUSABLE}`);
  expect(await judge(bundle('sigstore-js-2.1.0-bundle.json'), trust(SIGSTORE_JS))).toBe(`ok ${SIGSTORE_JS}`);
  const envelope = (await verifyBundle(text, trust(REUSABLE), 'proof')).envelope;
  expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
  expect(JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'))).toMatchObject({
    predicateType: 'https://slsa.dev/provenance/v1'
  });
});

test('another identity, a partial pattern or another issuer is refused, naming what the certificate says', async () => {
  const text = bundle('reusable-workflow-attestation.sigstore.json');
  expect(await judge(text, trust(SIGSTORE_JS))).toBe(
    `proof: wrong identity: its certificate names "${REUSABLE}", not "${SIGSTORE_JS}"`
  );
  // The library's own check would take this (an unanchored match); ours is anchored.
  expect(await judge(text, trust('/github/artifact-attestations-workflows/'))).toMatch(
    /^proof: wrong identity: .* not one matching \/\^\(\?:/
  );
  const custom = bundle('custom-issuer.sigstore.json');
  const integration = 'https://github.com/too-legit/attest/.github/workflows/integration.yml@refs/heads/main';
  expect(await judge(custom, trust(integration))).toBe(
    `proof: wrong issuer: its certificate names "${GITHUB}/hammer-time", not "${GITHUB}"`
  );
  expect(await judge(custom, trust(integration, `${GITHUB}/hammer-time`))).toBe(`ok ${integration}`);
});

test('an altered statement, an untrusted chain, a missing signed time and a bad bundle each have their reason', async () => {
  const original = JSON.parse(bundle('reusable-workflow-attestation.sigstore.json')) as {
    dsseEnvelope: { payload: string };
    verificationMaterial: { tlogEntries: unknown[] };
  };
  const statement = JSON.parse(Buffer.from(original.dsseEnvelope.payload, 'base64').toString('utf8')) as {
    subject: Array<{ name: string }>;
  };
  statement.subject[0].name = 'something-else.whl';
  const altered = {
    ...original,
    dsseEnvelope: {
      ...original.dsseEnvelope,
      payload: Buffer.from(JSON.stringify(statement)).toString('base64')
    }
  };
  expect(await judge(JSON.stringify(altered))).toMatch(
    /^proof: altered: its signature does not match its statement/
  );

  // Only the 2021-2022 Fulcio CA: the 2024 certificate chains to none of the root's.
  const oldCa = rootWith(r => (r.certificateAuthorities = r.certificateAuthorities.slice(0, 1)));
  expect(
    await judge(bundle('reusable-workflow-attestation.sigstore.json'), trust(REUSABLE, GITHUB, oldCa))
  ).toMatch(/^proof: untrusted certificate chain: /);

  const unlogged = {
    ...original,
    verificationMaterial: { ...original.verificationMaterial, tlogEntries: [] }
  };
  expect(await judge(JSON.stringify(unlogged))).toBe(
    'proof: no trusted signed time: expected 1 tlog timestamps, got 0'
  );
  expect(await judge('{"mediaType": "application/json"}')).toMatch(/^proof is not a Sigstore bundle: /);
  expect(await judge('not json')).toBe('proof is not JSON');
});

test('a root with neither a transparency log nor a timestamp authority is refused as an input', () => {
  const blind = rootWith(r => (r.tlogs = []));
  expect(() => trust(REUSABLE, GITHUB, blind)).toThrow(
    /Input "proof-trusted-root" has an invalid value ".*": it names neither a transparency log nor a timestamp authority/
  );
});
