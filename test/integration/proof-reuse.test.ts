// Proof reuse through the CLI (`arch-actions verify`, in-process): the first run checks and signs,
// a second run with the proof present reads no config or layer blob of the proven index (counted at
// a proxy in front of the lab registry) and says why; `--proof ignore` reads them again; `--proof
// require` fails an index with no proof, with an altered one, or with one that stops at level 2.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../actions/cli/main';
import { parseReference } from '../../actions/lib/oci/reference';
import { attachProof } from '../../actions/lib/proof/attach';
import { envelope, Envelope } from '../../actions/lib/proof/dsse';
import { loadSigningKey } from '../../actions/lib/proof/keys';
import { Statement } from '../../actions/lib/proof/statement';
import { captureIo } from '../helpers/io';
import { blobReads, imageBlobs, KEY_PASSWORD, pushBusyboxIndex, proxiedSuite } from '../helpers/proof';

jest.setTimeout(300_000);

const s = proxiedSuite('proof-reuse-');
const uniq = `${process.pid}-${Date.now().toString(36)}`;

/** `arch-actions verify IMAGE --deep ...` in-process, through the proxy; its exit code, output and report. */
async function verify(image: string, args: string[]) {
  const io = captureIo();
  const report = path.join(s.tmp, `report-${Math.random().toString(36).slice(2)}.json`);
  const before = s.proxy.stats.seen.length;
  const code = await main(['verify', image, '--report', report, '--json', ...args], io);
  const json = (
    JSON.parse(io.out) as { outputs: { proofs: Array<{ subject: string; file: string; referrer?: string }> } }
  ).outputs;
  const result = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    images: Array<{ status: string; reason?: string; notes: string[]; proof?: { by: string } }>;
  };
  return { code, err: io.err, json, image: result.images[0], seen: s.proxy.stats.seen.slice(before) };
}

const sign = () => ['--signing-key', s.keys.privateKey, '--signing-key-password', KEY_PASSWORD];
const trust = () => ['--proof-key', s.keys.publicKey];

test('a proven index is not read again, and says so; --proof ignore reads it again', async () => {
  const repo = `issue24-reuse-${uniq}`;
  const digest = await pushBusyboxIndex(s.lab, s.client, repo);
  const image = `${s.proxy.host}/${repo}@${digest}`;
  const blobs = await imageBlobs(s.lab, s.client, repo, digest);

  const first = await verify(image, ['--deep', ...sign(), ...trust()]);
  expect(first.code).toBe(0);
  expect(first.image.proof).toBeUndefined();
  expect(blobReads(first.seen, blobs).length).toBeGreaterThanOrEqual(blobs.length);
  expect(first.json.proofs).toEqual([
    expect.objectContaining({
      subject: `${s.proxy.host}/${repo}@${digest}`,
      referrer: expect.stringMatching(/^sha256:/)
    })
  ]);

  const second = await verify(image, ['--deep', ...trust()]);
  expect(second.code).toBe(0);
  expect(blobReads(second.seen, blobs)).toEqual([]);
  expect(second.image.notes).toEqual([
    expect.stringMatching(/^proven earlier by key sha256:[0-9a-f]{16}, not re-checked$/)
  ]);
  expect(second.json.proofs).toEqual([]);

  const again = await verify(image, ['--deep', '--proof', 'ignore', ...trust()]);
  expect(again.code).toBe(0);
  expect(again.image.proof).toBeUndefined();
  expect(blobReads(again.seen, blobs).length).toBeGreaterThanOrEqual(blobs.length);
});

test('--proof require fails without a proof, with an altered proof, and above the level proven', async () => {
  const repo = `issue24-require-${uniq}`;
  const digest = await pushBusyboxIndex(s.lab, s.client, repo);
  const image = `${s.proxy.host}/${repo}@${digest}`;

  const none = await verify(image, ['--proof', 'require', ...trust()]);
  expect(none.code).toBe(1);
  expect(none.image.reason).toMatch(
    /no valid platform proof \(proof: require\): no platform proof is attached/
  );
  expect(none.err).toContain('fails the platform check');

  // Level 2 only (no --deep), signed: enough for level 2, not for level 3.
  expect((await verify(image, ['--proof', 'ignore', ...sign()])).code).toBe(0);
  expect((await verify(image, ['--proof', 'require', ...trust()])).code).toBe(0);
  const deep = await verify(image, ['--deep', '--proof', 'require', ...trust()]);
  expect(deep.code).toBe(1);
  expect(deep.image.reason).toMatch(/linux\/amd64 is proven to level 2 \(configured\), level 3 is asked for/);

  // A second index whose only proof had its predicate altered after signing: from the unsigned
  // proof a run without a key writes (and does not attach), signed here, then altered.
  const other = `issue24-altered-${uniq}`;
  const otherDigest = await pushBusyboxIndex(s.lab, s.client, other);
  const otherImage = `${s.proxy.host}/${other}@${otherDigest}`;
  const unsigned = await verify(otherImage, ['--proof', 'ignore']);
  expect(unsigned.json.proofs).toEqual([expect.objectContaining({ signing: 'none' })]);
  expect(unsigned.json.proofs[0].referrer).toBeUndefined();
  const written = JSON.parse(fs.readFileSync(unsigned.json.proofs[0].file, 'utf8')) as Envelope;
  const statement = JSON.parse(Buffer.from(written.payload, 'base64').toString('utf8')) as Statement;
  const key = loadSigningKey('k', 'p', fs.readFileSync(s.keys.privateKey, 'utf8'), KEY_PASSWORD);
  const signed = envelope(statement, key);
  statement.predicate.platforms[0].level = 5;
  const altered = { ...signed, payload: Buffer.from(JSON.stringify(statement)).toString('base64') };
  await attachProof(
    s.client,
    parseReference(`${s.lab.LAB_REGISTRY}/${other}`),
    otherDigest,
    altered,
    'cosign-key',
    'x'
  );
  const refused = await verify(otherImage, ['--proof', 'require', ...trust()]);
  expect(refused.code).toBe(1);
  expect(refused.image.reason).toMatch(/its signature does not match the trusted key/);
});

test('an image that carries no proof is kept by digest with --result-cache: read once, then not again', async () => {
  const repo = `issue24-kept-${uniq}`;
  const digest = await pushBusyboxIndex(s.lab, s.client, repo);
  const image = `${s.proxy.host}/${repo}@${digest}`;
  const blobs = await imageBlobs(s.lab, s.client, repo, digest);
  const saved = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = path.join(s.tmp, 'xdg');
  try {
    const first = await verify(image, ['--deep', '--result-cache', 'true']);
    expect(first.code).toBe(0);
    expect(blobReads(first.seen, blobs).length).toBeGreaterThanOrEqual(blobs.length);
    expect(fs.readdirSync(path.join(s.tmp, 'xdg', 'arch-actions', 'verified'))).toEqual([
      `${digest.replace(':', '-')}.json`
    ]);
    const second = await verify(image, ['--deep', '--result-cache', 'true']);
    expect(second.code).toBe(0);
    expect(blobReads(second.seen, blobs)).toEqual([]);
    expect(second.image.notes).toEqual(['checked earlier (cache), not re-checked']);
    expect(second.json.proofs).toEqual([]); // no proof of what this run did not check
    const off = await verify(image, ['--deep', '--result-cache', 'false']);
    expect(blobReads(off.seen, blobs).length).toBeGreaterThanOrEqual(blobs.length);
  } finally {
    if (saved === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved;
  }
});
