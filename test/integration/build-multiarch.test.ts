// Acceptance 1, 2 and 4 of build-multiarch against the real lab: a buildx (docker driver)
// amd64 shard and a buildah arm64 shard share a digests folder and are merged; a failing
// arm64 shard keeps the tag from being created; an immutable tag does not move.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run } from '../../actions/build-multiarch/main';
import { parseReference } from '../../actions/lib/oci/reference';
import { CheckError } from '../../actions/lib/core/errors';
import { getIndex, labSuite, readFileFromImage, runAction, uniqueName } from './build-multiarch-helpers';

jest.setTimeout(300_000);

const suite = labSuite('bm-it-');

function context(name: string, dockerfile: string): string {
  const dir = path.join(suite.tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'Dockerfile'), dockerfile);
  return dir;
}

describe('shards from two builders, one merge', () => {
  let image: string;
  let digests: string;
  let amd64Digest: string;
  let arm64Digest: string;
  let indexDigest: string;

  beforeAll(() => {
    image = `${suite.lab.LAB_REGISTRY}/${uniqueName('bm')}`;
    digests = path.join(suite.tmp, 'digests-ok');
  });

  test('amd64 with buildx (docker driver) and arm64 with buildah, then merge with tags t1', async () => {
    const ctx = context('ok', `FROM ${suite.lab.LAB_BASE_IMAGE}\nRUN uname -m > /arch\n`);
    const common = { image, context: ctx, 'digests-dir': digests, tags: 't1' };

    const a = await runAction(
      run,
      { ...common, mode: 'shard', platform: 'linux/amd64', builder: 'buildx' },
      suite.tmp
    );
    const b = await runAction(
      run,
      { ...common, mode: 'shard', platform: 'linux/arm64', builder: 'buildah' },
      suite.tmp
    );
    amd64Digest = a.outputs.digest;
    arm64Digest = b.outputs.digest;
    expect(JSON.parse(a.outputs.digests)).toEqual({ 'linux/amd64': amd64Digest });
    expect(JSON.parse(b.outputs.digests)).toEqual({ 'linux/arm64': arm64Digest });

    const files = fs.readdirSync(digests).sort();
    expect(files).toEqual(['linux-amd64.json', 'linux-arm64.json']);
    const record = JSON.parse(fs.readFileSync(path.join(digests, 'linux-arm64.json'), 'utf8'));
    expect(record).toMatchObject({
      platform: 'linux/arm64',
      image,
      digest: arm64Digest,
      builder: 'buildah',
      emulated: true
    });
    // The record's size is the byte length of the manifest the registry serves under that digest.
    const served = await fetch(
      `http://${suite.lab.LAB_REGISTRY}/v2/${image.slice(suite.lab.LAB_REGISTRY.length + 1)}/manifests/${arm64Digest}`,
      { headers: { Accept: record.mediaType } }
    );
    expect(record.size).toBe((await served.arrayBuffer()).byteLength);
    expect(typeof record.seconds).toBe('number');

    // The merge pushes the index by digest only: t1 waits for the checks.
    const m = await runAction(run, { ...common, mode: 'merge' }, suite.tmp);
    indexDigest = m.outputs.digest;
    expect(JSON.parse(m.outputs.tags)).toEqual([]);
    expect(JSON.parse(m.outputs.digests)).toEqual({ 'linux/amd64': amd64Digest, 'linux/arm64': arm64Digest });
    expect(m.summary).toContain('<code>linux/arm64</code>');
    expect(m.summary).toContain(indexDigest);
    expect(m.summary).toContain('no tag was moved yet');
    expect(await suite.client.headManifest(parseReference(`${image}@${indexDigest}`))).toBe(indexDigest);
    expect(await suite.client.headManifest(parseReference(`${image}:t1`))).toBeUndefined();

    // mode: tag moves t1 to that digest and lists the checks it passed.
    const checks = 'verify-platforms deep\nrun-arm64-e2e container parity';
    const t = await runAction(
      run,
      { image, mode: 'tag', digest: indexDigest, tags: 't1', checks },
      suite.tmp
    );
    expect(JSON.parse(t.outputs.tags)).toEqual([`${image}:t1`]);
    expect(t.outputs.digest).toBe(indexDigest);
    expect(t.summary).toContain('<li>verify-platforms deep</li>');
    expect(t.summary).toContain('<li>run-arm64-e2e container parity</li>');
    expect(t.summary).toMatch(/<code>[^<]*:t1<\/code><\/td><td>created/);

    // A digest missing a required platform is never tagged, whatever the checks say.
    const partial = await runAction(
      run,
      {
        image,
        mode: 'tag',
        digest: indexDigest,
        tags: 't2',
        checks,
        'required-platforms': 'linux/amd64,linux/s390x'
      },
      suite.tmp
    ).catch(e => e);
    expect(partial).toBeInstanceOf(CheckError);
    expect(partial.message).toMatch(
      /lacks required platform linux\/s390x \(it lists linux\/amd64, linux\/arm64\); no tag was moved/
    );
    expect(await suite.client.headManifest(parseReference(`${image}:t2`))).toBeUndefined();

    const { digest, index } = await getIndex(suite.client, `${image}:t1`);
    expect(digest).toBe(indexDigest);
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.manifests.map(d => `${d.platform?.os}/${d.platform?.architecture}`)).toEqual([
      'linux/amd64',
      'linux/arm64'
    ]);

    expect((await readFileFromImage(suite.client, `${image}@${arm64Digest}`, 'arch'))?.trim()).toBe(
      'aarch64'
    );
    expect((await readFileFromImage(suite.client, `${image}@${amd64Digest}`, 'arch'))?.trim()).toBe('x86_64');
  });

  test('immutable v1.0.0 does not move without overwrite, and moves with it', async () => {
    expect(indexDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const dir = path.join(suite.tmp, 'digests-ok');
    await runAction(
      run,
      { mode: 'merge', image, 'digests-dir': dir, tags: 'v1.0.0', 'tag-after': 'merge' },
      suite.tmp
    );
    expect(await suite.client.headManifest(parseReference(`${image}:v1.0.0`))).toBe(indexDigest);

    // Same tag, amd64 only: another index digest.
    const other = {
      mode: 'merge',
      image,
      'digests-dir': path.join(suite.tmp, 'none'),
      digests: `${image}@${amd64Digest}`,
      platforms: 'linux/amd64',
      tags: 'v1.0.0',
      'tag-after': 'merge'
    };
    const err = await runAction(run, other, suite.tmp).catch(e => e);
    expect(err).toBeInstanceOf(CheckError);
    expect(err.message).toContain(`${image}:v1.0.0`);
    expect(err.message).toContain(indexDigest);
    expect(err.message).toMatch(/immutable .* not sha256:[a-f0-9]{64}/);
    expect(await suite.client.headManifest(parseReference(`${image}:v1.0.0`))).toBe(indexDigest);

    const moved = await runAction(run, { ...other, overwrite: 'true' }, suite.tmp);
    expect(moved.outputs.digest).not.toBe(indexDigest);
    expect(await suite.client.headManifest(parseReference(`${image}:v1.0.0`))).toBe(moved.outputs.digest);
    expect(moved.summary).toContain('moved');

    // A mutable tag moves freely, and merging the same digests again is a no-op.
    const again = await runAction(run, { ...other, tags: 'latest-amd64' }, suite.tmp);
    const same = await runAction(run, { ...other, tags: 'latest-amd64' }, suite.tmp);
    expect(same.outputs.digest).toBe(again.outputs.digest);
    expect(same.summary).toContain('unchanged');
  });
});

test('an arm64-only RUN failure fails the shard and the merge, and the tag is never created', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('bm-fail')}`;
  const digests = path.join(suite.tmp, 'digests-fail');
  const ctx = context('fail', `FROM ${suite.lab.LAB_BASE_IMAGE}\nRUN [ "$(uname -m)" != aarch64 ]\n`);
  const common = { image, context: ctx, 'digests-dir': digests, tags: 't1' };

  await runAction(run, { ...common, mode: 'shard', platform: 'linux/amd64' }, suite.tmp);
  const shard = await runAction(
    run,
    { ...common, mode: 'shard', platform: 'linux/arm64', builder: 'buildah' },
    suite.tmp
  ).catch(e => e);
  expect(shard).toBeInstanceOf(CheckError);
  expect(shard.message).toMatch(/^linux\/arm64: buildah build failed/);
  expect(fs.readdirSync(digests)).toEqual(['linux-amd64.json']);

  const merge = await runAction(run, { ...common, mode: 'merge' }, suite.tmp).catch(e => e);
  expect(merge).toBeInstanceOf(CheckError);
  expect(merge.message).toMatch(/required platform linux\/arm64 missing/);
  expect(merge.message).toContain('no tag was moved');
  expect(await suite.client.headManifest(parseReference(`${image}:t1`))).toBeUndefined();
});

test('plan mode writes the matrix output and says what is emulated', async () => {
  const r = await runAction(
    run,
    { mode: 'plan', platforms: 'linux/amd64,linux/ppc64le', 'runner-map': 'default=x64-big' },
    suite.tmp
  );
  expect(JSON.parse(r.outputs.matrix)).toEqual({
    include: [
      { platform: 'linux/amd64', runner: 'ubuntu-24.04', emulated: false, pair: 'linux-amd64' },
      { platform: 'linux/ppc64le', runner: 'x64-big', emulated: true, pair: 'linux-ppc64le' }
    ]
  });
  expect(r.summary).toContain('emulated (QEMU)');
});
