// Local archive references (oci-archive:, oci-layout:, docker-archive:, a folder of them) and
// verify-platforms on them: levels 1-3 run offline, from the files alone.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError } from '../../actions/lib/core/errors';
import {
  isLocalRef,
  LocalImages,
  parseImageReference,
  parseLocalReference,
  platformFromName
} from '../../actions/lib/oci/archive-source';
import { EM } from '../../actions/lib/oci/elf';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { formatReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { verifyPlatforms } from '../../actions/lib/verify/verify';
import { elfHeader, writeDockerArchive, writeOciArchive, writeOciLayout } from '../helpers/archives';

let tmp: string;
beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-source-'))));
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const amd64Files = { 'bin/app': elfHeader(EM.X86_64), 'etc/motd': Buffer.from('hi\n') };
const arm64Files = { 'bin/app': elfHeader(EM.AARCH64), 'etc/motd': Buffer.from('hi\n') };

/** A shard folder as multiarch.yml downloads it: amd64 as docker save writes it, arm64 as buildah does. */
async function shards(arm64 = { arch: 'arm64', files: arm64Files }): Promise<string> {
  const dir = path.join(tmp, 'archives');
  fs.mkdirSync(dir);
  await writeDockerArchive(path.join(dir, 'linux-amd64.tar'), { arch: 'amd64', files: amd64Files });
  await writeOciArchive(path.join(dir, 'linux-arm64.tar'), arm64, false);
  return dir;
}

/** verify-platforms on `images`, with a client that fails any request it is asked to make. */
async function verifyOffline(images: string[], platforms = ['linux/amd64', 'linux/arm64']) {
  const client = new RegistryClient({ retries: 0, timeoutMs: 100 });
  const get = jest.spyOn(client, 'getManifest');
  const inspect = jest.spyOn(client, 'inspect');
  try {
    const result = await verifyPlatforms(
      { images: images.map(reference => ({ reference })), platforms: parsePlatforms(platforms), deep: true },
      { client }
    );
    expect([get.mock.calls.length, inspect.mock.calls.length]).toEqual([0, 0]);
    return result;
  } finally {
    client.close();
  }
}

describe('local references', () => {
  test('scheme:PATH parses to a reference that prints as written (absolute)', async () => {
    const file = path.join(tmp, 'linux-arm64.tar');
    fs.writeFileSync(file, '');
    for (const scheme of ['oci-archive', 'oci-layout', 'docker-archive']) {
      const ref = parseLocalReference(`${scheme}:${file}`, 'images')!;
      expect(isLocalRef(ref)).toBe(true);
      expect(formatReference(ref)).toBe(`${scheme}:${file}`);
    }
    expect(parseLocalReference('ghcr.io/openebs/x:1', 'images')).toBeUndefined();
    expect(isLocalRef(parseImageReference('ghcr.io/openebs/x:1', 'images'))).toBe(false);
  });

  test('a missing path is a ConfigurationError naming the input and the path', () => {
    const missing = path.join(tmp, 'nope.tar');
    expect(() => parseLocalReference(`oci-archive:${missing}`, 'images')).toThrow(ConfigurationError);
    expect(() => parseLocalReference(`oci-archive:${missing}`, 'images')).toThrow(
      `Input "images" has an invalid value "${missing}": it does not exist`
    );
  });

  test.each([
    ['linux-arm64.tar', 'linux/arm64'],
    ['linux-arm-v7.tar.gz', 'linux/arm/v7'],
    ['linux-amd64.tgz', 'linux/amd64'],
    ['image.tar', undefined],
    ['linux-sparc.tar', undefined]
  ])('%s names %s', (name, platform) => {
    expect(platformFromName(`/x/${name}`)).toBe(platform);
  });
});

describe('verify-platforms from archives, offline', () => {
  test('a folder of shard archives passes levels 1-3 with no registry request', async () => {
    const dir = await shards();
    const r = await verifyOffline([`oci-archive:${dir}`]);
    expect(r.ok).toBe(true);
    expect(r.images[0].available).toEqual(['linux/amd64', 'linux/arm64']);
    expect(r.images[0].platforms.map(p => [p.platform, p.status, p.level, p.deep?.executables])).toEqual([
      ['linux/amd64', 'ok', 3, 1],
      ['linux/arm64', 'ok', 3, 1]
    ]);
    expect(r.images[0].digest).toMatch(/^sha256:[a-f0-9]{64}$/);
  });

  test('a mislabeled arm64 archive (x86-64 binaries) fails level 3, naming the platform and the file', async () => {
    const dir = await shards({ arch: 'arm64', files: amd64Files });
    const r = await verifyOffline([`oci-archive:${dir}`]);
    expect(r.ok).toBe(false);
    expect(r.missing[0].platforms).toEqual(['linux/arm64']);
    expect(r.missing[0].reason).toBe('linux/arm64: bin/app is x86-64 (e_machine 62), expected AArch64');
  });

  test('an archive named for arm64 whose config says amd64 fails level 2', async () => {
    const dir = await shards({ arch: 'amd64', files: arm64Files });
    const r = await verifyOffline([`docker-archive:${dir}`]);
    expect(r.missing[0].reason).toBe(
      'linux/arm64: the index lists linux/arm64 but its config says linux/amd64'
    );
    expect(r.images[0].platforms[1].level).toBe(2);
  });

  test('one file: a single arm64 image is missing amd64 (level 1)', async () => {
    const file = path.join(tmp, 'app.tar');
    await writeOciArchive(file, { arch: 'arm64', files: arm64Files });
    const r = await verifyOffline([`oci-archive:${file}`]);
    expect(r.missing[0].reason).toBe('linux/amd64: linux/amd64 is not in the index (it lists linux/arm64)');
    const unnamed = path.join(tmp, 'plain.tar');
    await writeDockerArchive(unnamed, { arch: 'arm64', files: arm64Files });
    const single = await verifyOffline([`docker-archive:${unnamed}`]);
    expect(single.missing[0].reason).toBe('linux/amd64: single-platform image for linux/arm64');
  });

  test('an OCI layout folder, and a folder of layouts', async () => {
    const layouts = path.join(tmp, 'layouts');
    await writeOciLayout(path.join(layouts, 'amd64'), { arch: 'amd64', files: amd64Files });
    await writeOciLayout(path.join(layouts, 'arm64'), { arch: 'arm64', files: arm64Files });
    expect((await verifyOffline([`oci-layout:${path.join(layouts, 'arm64')}`], ['linux/arm64'])).ok).toBe(
      true
    );
    expect((await verifyOffline([`oci-layout:${layouts}`])).ok).toBe(true);
  });

  test('a folder with no archive, or two images of one platform, fails: nothing is never a pass', async () => {
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty);
    const r = await verifyOffline([`oci-archive:${empty}`]);
    expect(r.ok).toBe(false);
    // Nothing could be read: unknown, never a missing platform.
    expect(r.missing).toEqual([]);
    expect(r.unknown).toEqual([
      expect.objectContaining({
        kind: 'error',
        registry: 'local',
        reason: expect.stringMatching(/holds no image archive/)
      })
    ]);
    expect(r.outcomes).toEqual({ checked: 1, proven: 0, missing: 0, allowed: 0, unknown: 1 });
    const dir = await shards();
    await writeDockerArchive(path.join(dir, 'again-arm64.tar'), { arch: 'arm64', files: arm64Files });
    await expect(LocalImages.open(parseImageReference(`oci-archive:${dir}`, 'images'))).rejects.toThrow(
      /two images for linux\/arm64: .*again-arm64.tar and .*linux-arm64.tar/
    );
  });
});
