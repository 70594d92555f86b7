// `build` with signing-key: the index and its platform proof (level 4 after the parity run) are
// pushed, the digest output is the index, the real oras lists the proof and the real cosign accepts
// it. With push: false the proof is written next to the archives.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run as buildRun } from '../../build/main';
import { ARTIFACT_TYPE } from '../../actions/lib/proof/attach';
import { parseEnvelope, signedBy, statementOf } from '../../actions/lib/proof/dsse';
import { loadPublicKey } from '../../actions/lib/proof/keys';
import { getIndex, labSuite, runAction, uniqueName } from './build-multiarch-helpers';
import {
  cosign,
  cosignKeyPair,
  KEY_PASSWORD,
  KeyPair,
  orasReferrers,
  proofSchema,
  verifyAttestationArgs
} from '../helpers/proof';

jest.setTimeout(600_000);

let ctx: string;
let keys: KeyPair;
const suite = labSuite('proof-build-', s => {
  ctx = path.join(s.tmp, 'ctx');
  fs.mkdirSync(ctx);
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${s.lab.LAB_BASE_IMAGE}\nRUN uname -m > /arch\n`);
  keys = cosignKeyPair(s.lab, path.join(s.tmp, 'keys'));
});

interface Written {
  subject: string;
  file: string;
  signing: string;
  referrer?: string;
}

test('build with signing-key pushes the index and its proof; oras lists it, cosign accepts it', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('issue24-build')}`;
  const r = await runAction(
    buildRun,
    {
      image,
      context: ctx,
      tags: 'v1',
      'tag-after': 'e2e',
      'e2e-command': 'cat /arch',
      'digests-dir': path.join(suite.tmp, 'd1'),
      'signing-key': fs.readFileSync(keys.privateKey, 'utf8'),
      'signing-key-password': KEY_PASSWORD
    },
    suite.tmp
  );
  expect(r.outputs.verified).toBe('true');
  const { digest } = await getIndex(suite.client, `${image}:v1`);
  expect(r.outputs.digest).toBe(digest);
  const proofs = JSON.parse(r.outputs.proofs) as Written[];
  expect(proofs).toEqual([expect.objectContaining({ subject: `${image}@${digest}`, signing: 'cosign-key' })]);
  expect(orasReferrers(suite.lab, `${image}@${digest}`)).toEqual([ARTIFACT_TYPE]);
  const verified = cosign(suite.lab, verifyAttestationArgs(keys.publicKey, `${image}@${digest}`));
  expect(verified.code).toBe(0);
  const statement = statementOf(parseEnvelope(fs.readFileSync(proofs[0].file, 'utf8'), 'proof'), 'proof');
  expect(proofSchema()(statement)).toBe(true);
  expect(statement.predicate.platforms.map(p => [p.platform, p.level, p.parity?.ok])).toEqual([
    ['linux/amd64', 4, true],
    ['linux/arm64', 4, true]
  ]);
  expect(Object.keys(statement.predicate.platforms[1].elf?.machines ?? {})).toEqual(['AArch64']);
});

test('build with push: false writes the signed proof next to the archives, and pushes nothing', async () => {
  const archives = path.join(suite.tmp, 'archives');
  const r = await runAction(
    buildRun,
    {
      image: `${suite.lab.LAB_AUTH_REGISTRY}/${uniqueName('issue24-nopush')}`,
      context: ctx,
      push: 'false',
      builder: 'buildah',
      'archives-dir': archives,
      'digests-dir': path.join(suite.tmp, 'd2'),
      'signing-key': keys.privateKey,
      'signing-key-password': KEY_PASSWORD
    },
    suite.tmp
  );
  expect(r.outputs.verified).toBe('true');
  const proofs = JSON.parse(r.outputs.proofs) as Written[];
  expect(proofs).toHaveLength(1);
  expect(path.dirname(proofs[0].file)).toBe(archives);
  expect(proofs[0].referrer).toBeUndefined();
  const e = parseEnvelope(fs.readFileSync(proofs[0].file, 'utf8'), 'proof');
  expect(signedBy(e, loadPublicKey('proof-key', fs.readFileSync(keys.publicKey, 'utf8')))).toBe(true);
  expect(statementOf(e, 'proof').predicate.platforms.map(p => p.level)).toEqual([3, 3]);
});
