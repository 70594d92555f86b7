// The platform proof in the lab registry: signed with a key the real cosign made, attached as an
// OCI 1.1 referrer (tag fallback: distribution 2.8 has no referrers API), listed by the real oras,
// accepted by the real `cosign verify-attestation`, and refused by both once its predicate is altered.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LabEnv, requireLab } from '../lab/lab';
import { RegistryClient } from '../../actions/lib/registry/client';
import { parseReference } from '../../actions/lib/oci/reference';
import { verifyPlatforms } from '../../actions/lib/verify/verify';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { attachProof, ARTIFACT_TYPE } from '../../actions/lib/proof/attach';
import { envelope } from '../../actions/lib/proof/dsse';
import { findProofs } from '../../actions/lib/proof/find';
import { loadPublicKey, loadSigningKey } from '../../actions/lib/proof/keys';
import { statementFor } from '../../actions/lib/proof/statement';
import {
  cosign,
  cosignKeyPair,
  KEY_PASSWORD,
  KeyPair,
  orasReferrers,
  proofSchema,
  pushBusyboxIndex,
  verifyAttestationArgs
} from '../helpers/proof';

jest.setTimeout(300_000);

let lab: LabEnv;
let tmp: string;
let keys: KeyPair;
let client: RegistryClient;
const repo = `issue24-proof-${process.pid}-${Date.now().toString(36)}`;

beforeAll(() => {
  lab = requireLab();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proof-attach-'));
  keys = cosignKeyPair(lab, tmp);
  client = new RegistryClient();
});

afterAll(() => {
  client?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const verifyArgs = (ref: string) => verifyAttestationArgs(keys.publicKey, ref);

test('a signed proof is a referrer that oras lists and cosign accepts; an altered one fails both', async () => {
  const digest = await pushBusyboxIndex(lab, client, repo);
  const name = `${lab.LAB_REGISTRY}/${repo}@${digest}`;
  const result = await verifyPlatforms(
    { images: [{ reference: name }], platforms: parsePlatforms(['linux/amd64', 'linux/arm64']), deep: true },
    { client }
  );
  expect(result.ok).toBe(true);
  const statement = statementFor(result.images[0], 'cosign-key', {}, {})!;

  // The predicate validates against the documented schema, and says what the report says.
  const validate = proofSchema();
  expect(validate(statement)).toBe(true);
  const report = result.images[0].platforms;
  expect(statement.predicate.platforms.map(p => [p.platform, p.level, p.elf?.machines])).toEqual(
    report.map(p => [p.platform, p.level, p.deep?.machines])
  );
  expect(statement.predicate.platforms.map(p => p.elf?.machines)).toEqual([{ 'x86-64': 1 }, { AArch64: 1 }]);

  const key = loadSigningKey(
    'signing-key',
    'signing-key-password',
    fs.readFileSync(keys.privateKey, 'utf8'),
    KEY_PASSWORD
  );
  const ref = parseReference(name);
  const attached = await attachProof(client, ref, digest, envelope(statement, key), 'cosign-key', 'now');
  expect(attached.recordedBy).toBe('tag');
  expect(orasReferrers(lab, name)).toEqual([ARTIFACT_TYPE]);
  const ok = cosign(lab, verifyArgs(name));
  expect(ok.out).not.toMatch(/error/i);
  expect(ok.code).toBe(0);
  const trust = { keys: [loadPublicKey('proof-key', fs.readFileSync(keys.publicKey, 'utf8'))] };
  expect((await findProofs(client, ref, digest, trust)).valid).toHaveLength(1);

  // Altered after signing: the arm64 entry claims level 5; the signature stays the original's.
  const signed = envelope(statement, key);
  const forged = JSON.parse(Buffer.from(signed.payload, 'base64').toString('utf8')) as typeof statement;
  forged.predicate.platforms[1].level = 5;
  const altered = { ...signed, payload: Buffer.from(JSON.stringify(forged)).toString('base64') };
  await attachProof(client, ref, digest, altered, 'cosign-key', 'later');
  const bad = cosign(lab, verifyArgs(name));
  expect(bad.code).not.toBe(0);
  expect(bad.out).toMatch(/signature|verif/i);
  const search = await findProofs(client, ref, digest, trust);
  expect(search.valid).toHaveLength(1); // the first proof is still a referrer, and still valid
  expect(search.refused).toEqual([expect.stringMatching(/signature does not match the trusted key/)]);
});
