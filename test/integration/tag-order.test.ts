// Tags never move backwards, against the lab registry: two merges of the same shards with another
// SOURCE_DATE_EPOCH, the newer tagged first; the older one leaves the tag where it is with a notice
// naming both builds, and overwrite moves it.
import { run } from '../../actions/build-multiarch/main';
import { parseReference } from '../../actions/lib/oci/reference';
import { pushImage } from '../helpers/images';
import { labSuite, runAction, uniqueName } from './build-multiarch-helpers';

jest.setTimeout(120_000);

const suite = labSuite('tag-order-');

/** Runs the action with SOURCE_DATE_EPOCH set, keeping what it writes to stdout. */
async function runAt(epoch: string, inputs: Record<string, string>) {
  const saved = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = epoch;
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += chunk.toString();
    return true;
  });
  try {
    return { ...(await runAction(run, inputs, suite.tmp)), out };
  } finally {
    spy.mockRestore();
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  }
}

test('a mutable tag stays on the newer build; overwrite moves it', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/issue20-${uniqueName('order')}`;
  const ref = parseReference(image);
  const amd64 = await pushImage(suite.client, ref, 'amd64', { 'bin/a': Buffer.from('amd64') });
  const arm64 = await pushImage(suite.client, ref, 'arm64', { 'bin/a': Buffer.from('arm64') });
  const merge = {
    mode: 'merge',
    image,
    'digests-dir': `${suite.tmp}/none`,
    digests: `${image}@${amd64.descriptor.digest}\n${image}@${arm64.descriptor.digest}`,
    tags: 'develop'
  };
  const older = (await runAt('1700000000', merge)).outputs.digest;
  const newer = (await runAt('1800000000', merge)).outputs.digest;
  expect(newer).not.toBe(older);

  const tag = { mode: 'tag', image, tags: 'develop', checks: 'verify-platforms' };
  const first = await runAt('1', { ...tag, digest: newer });
  expect(JSON.parse(first.outputs.tags)).toEqual([`${image}:develop`]);

  const second = await runAt('1', { ...tag, digest: older });
  expect(await suite.client.headManifest({ ...ref, tag: 'develop' })).toBe(newer);
  expect(JSON.parse(second.outputs.tags)).toEqual([]);
  const notice = second.out.split('\n').find(l => l.startsWith('::notice::'));
  expect(notice).toContain(`${image}:develop skipped: develop already points at a newer build (${newer}`);
  expect(notice).toContain('created 2027-01-15T08:00:00.000Z');
  expect(notice).toContain(`than this one (${older}`);
  expect(notice).toContain('created 2023-11-14T22:13:20.000Z');
  expect(notice).toContain('set overwrite: true to move it');
  expect(second.summary).toMatch(/:develop<\/code><\/td><td>skipped/);

  const forced = await runAt('1', { ...tag, digest: older, overwrite: 'true' });
  expect(JSON.parse(forced.outputs.tags)).toEqual([`${image}:develop`]);
  expect(await suite.client.headManifest({ ...ref, tag: 'develop' })).toBe(older);

  // Forward again, with no notice: a newer build always moves the tag.
  const forward = await runAt('1', { ...tag, digest: newer });
  expect(forward.out).not.toContain('::notice::');
  expect(await suite.client.headManifest({ ...ref, tag: 'develop' })).toBe(newer);
});

test('a merge with tag-after: merge keeps the same order: an older merge leaves the tag on the newer index', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/issue20-${uniqueName('order-merge')}`;
  const ref = parseReference(image);
  const amd64 = await pushImage(suite.client, ref, 'amd64', { 'bin/a': Buffer.from('amd64') });
  const merge = {
    mode: 'merge',
    image,
    'digests-dir': `${suite.tmp}/none`,
    digests: `${image}@${amd64.descriptor.digest}`,
    platforms: 'linux/amd64',
    tags: 'main',
    'tag-after': 'merge'
  };
  const newer = await runAt('1800000000', merge);
  const older = await runAt('1700000000', merge);
  expect(older.outputs.digest).not.toBe(newer.outputs.digest);
  expect(await suite.client.headManifest({ ...ref, tag: 'main' })).toBe(newer.outputs.digest);
  expect(JSON.parse(older.outputs.tags)).toEqual([]);
  expect(older.out).toContain(
    `::notice::${image}:main skipped: main already points at a newer build (${newer.outputs.digest}`
  );
});
