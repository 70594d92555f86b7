// The tag step and the platform proof, against the lab registry: with `proof: require` no tag moves
// without a valid proof of the index (none, or one altered after signing); a proof verify-platforms
// signed lets the tags move and is named in the summary; with no proof and a signing key the tag
// step signs one of what it checked (level 1, listed), which the real cosign accepts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run } from '../../actions/build-multiarch/main';
import { run as verifyRun } from '../../actions/verify-platforms/main';
import { ConfigurationError } from '../../actions/lib/core/errors';
import { parseReference } from '../../actions/lib/oci/reference';
import { attachBundle, attachProof } from '../../actions/lib/proof/attach';
import { envelope, parseEnvelope, statementOf } from '../../actions/lib/proof/dsse';
import { loadSigningKey } from '../../actions/lib/proof/keys';
import { Signing, Statement, statementFor } from '../../actions/lib/proof/statement';
import {
  cosign,
  cosignKeyPair,
  KEY_PASSWORD,
  KeyPair,
  proofSchema,
  pushBusyboxIndex,
  verifyAttestationArgs
} from '../helpers/proof';
import { localSigstore } from '../helpers/sigstore';
import { getIndex, labSuite, runAction, uniqueName } from './build-multiarch-helpers';

jest.setTimeout(300_000);

let keys: KeyPair;
const suite = labSuite('tag-proof-', s => {
  keys = cosignKeyPair(s.lab, path.join(s.tmp, 'keys'));
});

/** build-multiarch `mode: tag` of `repo@digest` to `stable`, with the given proof inputs. */
function tag(repo: string, digest: string, inputs: Record<string, string>) {
  return runAction(
    run,
    {
      mode: 'tag',
      image: `${suite.lab.LAB_REGISTRY}/${repo}`,
      digest,
      tags: 'stable',
      checks: 'verify-platforms',
      ...inputs
    },
    suite.tmp
  );
}

const stable = (repo: string) =>
  suite.client.headManifest(parseReference(`${suite.lab.LAB_REGISTRY}/${repo}:stable`));
const trust = () => ({ proof: 'require', 'proof-key': keys.publicKey });
const signing = () => ({ 'signing-key': keys.privateKey, 'signing-key-password': KEY_PASSWORD });

/** The statement of what the tag step checks (each platform listed, level 1) for `repo@digest`. */
async function listedStatement(repo: string, digest: string, signing: Signing): Promise<Statement> {
  const { index } = await getIndex(suite.client, `${suite.lab.LAB_REGISTRY}/${repo}@${digest}`);
  const platforms = index.manifests.map(m => ({
    platform: `${m.platform!.os}/${m.platform!.architecture}`,
    status: 'ok',
    level: 1,
    digest: m.digest
  }));
  const name = `${suite.lab.LAB_REGISTRY}/${repo}`;
  return statementFor({ normalized: name, digest, status: 'ok', platforms }, signing)!;
}

test('require: no tag moves without a proof; a proof verify-platforms signed moves them and is named', async () => {
  const repo = uniqueName('issue24-tagproof');
  const digest = await pushBusyboxIndex(suite.lab, suite.client, repo);

  await expect(tag(repo, digest, { proof: 'require' })).rejects.toThrow(ConfigurationError);
  await expect(tag(repo, digest, trust())).rejects.toThrow(
    `${suite.lab.LAB_REGISTRY}/${repo}@${digest} has no valid platform proof covering linux/amd64, linux/arm64 ` +
      '(proof: require): no platform proof is attached; no tag was moved'
  );
  expect(await stable(repo)).toBeUndefined();

  const verified = await runAction(
    verifyRun,
    {
      images: `${suite.lab.LAB_REGISTRY}/${repo}@${digest}`,
      deep: 'true',
      report: path.join(suite.tmp, `${repo}.json`),
      ...signing()
    },
    suite.tmp
  );
  expect(JSON.parse(verified.outputs.proofs)).toEqual([expect.objectContaining({ signing: 'cosign-key' })]);

  const r = await tag(repo, digest, trust());
  expect(await stable(repo)).toBe(digest);
  expect(JSON.parse(r.outputs.tags)).toEqual([`${suite.lab.LAB_REGISTRY}/${repo}:stable`]);
  expect(r.summary).toMatch(/Platform proof: proven by key sha256:[0-9a-f]{16} \(level 3, built right\)/);
  expect(JSON.parse(r.outputs.proofs)).toEqual([]);
});

test('require: a proof whose predicate was altered after signing moves no tag', async () => {
  const repo = uniqueName('issue24-tagaltered');
  const digest = await pushBusyboxIndex(suite.lab, suite.client, repo);
  // A level-1 statement of the index, signed, then lifted to level 5 in its payload.
  const statement = await listedStatement(repo, digest, 'cosign-key');
  const key = loadSigningKey('k', 'p', fs.readFileSync(keys.privateKey, 'utf8'), KEY_PASSWORD);
  const signed = envelope(statement, key);
  statement.predicate.platforms.forEach(p => (p.level = 5));
  const altered = { ...signed, payload: Buffer.from(JSON.stringify(statement)).toString('base64') };
  await attachProof(
    suite.client,
    parseReference(`${suite.lab.LAB_REGISTRY}/${repo}`),
    digest,
    altered,
    'cosign-key',
    'x'
  );

  await expect(tag(repo, digest, trust())).rejects.toThrow(
    /has no valid platform proof covering linux\/amd64, linux\/arm64 \(proof: require\): .*its signature does not match the trusted key; no tag was moved$/
  );
  expect(await stable(repo)).toBeUndefined();
});

test('with no proof and a signing key the tag step signs one of level 1; cosign accepts it', async () => {
  const repo = uniqueName('issue24-tagsigns');
  const digest = await pushBusyboxIndex(suite.lab, suite.client, repo);
  const image = `${suite.lab.LAB_REGISTRY}/${repo}`;

  const r = await tag(repo, digest, signing());
  expect(await stable(repo)).toBe(digest);
  const proofs = JSON.parse(r.outputs.proofs) as Array<{ subject: string; file: string; referrer?: string }>;
  expect(proofs).toEqual([
    expect.objectContaining({
      subject: `${image}@${digest}`,
      signing: 'cosign-key',
      referrer: expect.stringMatching(/^sha256:/)
    })
  ]);
  expect(r.summary).toMatch(/the tag step signed one for what it checked \(level 1, listed\)/);
  const statement = statementOf(parseEnvelope(fs.readFileSync(proofs[0].file, 'utf8'), 'proof'), 'proof');
  expect(proofSchema()(statement)).toBe(true);
  expect(statement.predicate.platforms.map(p => [p.platform, p.level, p.levels])).toEqual([
    ['linux/amd64', 1, [1]],
    ['linux/arm64', 1, [1]]
  ]);
  const verified = cosign(suite.lab, verifyAttestationArgs(keys.publicKey, `${image}@${digest}`));
  expect(verified.out).not.toMatch(/Error/);
  expect(verified.code).toBe(0);

  // The next tag step finds that proof (trusting the signing key's public half) and signs no other.
  const again = await tag(repo, digest, { ...signing(), proof: 'require', tags: 'latest' });
  expect(again.summary).toMatch(/Platform proof: proven by key sha256:[0-9a-f]{16} \(level 1, listed\)/);
  expect(JSON.parse(again.outputs.proofs)).toEqual([]);
});

test('require with proof-identity: a keyless proof signed for that identity moves the tags, another does not', async () => {
  const identity = 'https://github.com/openebs/lvm-localpv/.github/workflows/release.yml@refs/tags/v1.6.0';
  const sigstore = localSigstore(path.join(suite.tmp, 'sigstore'));
  const keyless = (id: string) => ({
    proof: 'require',
    'proof-identity': id,
    'proof-trusted-root': sigstore.trustedRoot
  });
  const repo = uniqueName('issue24-tagkeyless');
  const digest = await pushBusyboxIndex(suite.lab, suite.client, repo);
  const statement = await listedStatement(repo, digest, 'sigstore');
  const ref = parseReference(`${suite.lab.LAB_REGISTRY}/${repo}`);
  await attachBundle(suite.client, ref, digest, sigstore.bundle(statement, sigstore.signer(identity)), 'now');

  await expect(tag(repo, digest, keyless(`${identity}-rc1`))).rejects.toThrow(
    /has no valid platform proof covering linux\/amd64, linux\/arm64 \(proof: require\): .*identity.*; no tag was moved$/
  );
  expect(await stable(repo)).toBeUndefined();
  const r = await tag(repo, digest, keyless(identity));
  expect(await stable(repo)).toBe(digest);
  expect(r.summary).toMatch(/Platform proof: proven by .* \(level 1, listed\)/);
  expect(r.summary).toContain(identity);
});
