// Acceptance 3: `command` shards (the Makefile/Nix path). Each run writes a per-platform
// archive from the lab base with skopeo; the action checks its architecture, pushes it by
// digest through the registry client, and the merge joins them.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run } from '../../actions/build-multiarch/main';
import { CheckError } from '../../actions/lib/core/errors';
import { formatPlatform } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { getIndex, labSuite, runAction, uniqueName } from './build-multiarch-helpers';

jest.setTimeout(300_000);

const suite = labSuite('bm-cmd-');

const copy = (dest: string) =>
  `skopeo copy -q --src-tls-verify=false "docker://${'${REG}'}/base-$TARGETARCH:latest" ${dest}`;

test.each([
  [
    'docker-archive',
    copy('"docker-archive:$IMAGE_ARCHIVE"'),
    'application/vnd.docker.distribution.manifest.v2+json'
  ],
  ['oci-archive', copy('"oci-archive:$IMAGE_ARCHIVE"'), 'application/vnd.oci.image.manifest.v1+json'],
  [
    'gzip docker-archive (as Nix writes)',
    `${copy('"docker-archive:$IMAGE_ARCHIVE.raw"')} && gzip -c "$IMAGE_ARCHIVE.raw" > "$IMAGE_ARCHIVE"`,
    'application/vnd.docker.distribution.manifest.v2+json'
  ]
])('%s per platform is pushed by digest and merged', async (_name, script, mediaType) => {
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('bm-cmd')}`;
  const digests = path.join(suite.tmp, uniqueName('d'));
  const command = `REG=${suite.lab.LAB_REGISTRY}; echo "building $TARGETPLATFORM"; ${script}`;
  const heard: string[] = [];
  const shard = await runAction(
    () => run({ onPushed: (p, d) => heard.push(`${formatPlatform(p)} ${d}`) }),
    { mode: 'shard', image, command, 'digests-dir': digests },
    suite.tmp
  );
  const byPlatform = JSON.parse(shard.outputs.digests) as Record<string, string>;
  // Each platform was told as soon as the registry had it.
  expect(heard).toEqual(Object.entries(byPlatform).map(([p, d]) => `${p} ${d}`));
  expect(Object.keys(byPlatform).sort()).toEqual(['linux/amd64', 'linux/arm64']);
  expect(shard.outputs.digest).toBe('');
  for (const [platform, digest] of Object.entries(byPlatform)) {
    const record = JSON.parse(
      fs.readFileSync(path.join(digests, `${platform.replace('/', '-')}.json`), 'utf8')
    );
    expect(record).toMatchObject({ platform, digest, builder: 'command', mediaType });
    const config = await suite.client.getConfig(parseReference(`${image}@${digest}`), digest);
    expect(`${config.os}/${config.architecture}`).toBe(platform);
    // Pushed by digest only: no tag was created for a shard.
  }
  expect(await suite.client.headManifest(parseReference(`${image}:latest`))).toBeUndefined();
  // The manifest we wrote is one that Docker itself accepts and runs.
  const ref = `${image}@${byPlatform['linux/amd64']}`;
  execFileSync('docker', ['pull', '-q', ref], { stdio: 'pipe' });
  expect(execFileSync('docker', ['run', '--rm', ref, 'uname', '-m'], { encoding: 'utf8' }).trim()).toBe(
    'x86_64'
  );
  execFileSync('docker', ['rmi', ref], { stdio: 'pipe' });

  const merged = await runAction(
    run,
    { mode: 'merge', image, 'digests-dir': digests, tags: 'edge' },
    suite.tmp
  );
  // Pushed by digest only: edge waits for a tag step after verify.
  const { digest, index } = await getIndex(suite.client, `${image}@${merged.outputs.digest}`);
  expect(digest).toBe(merged.outputs.digest);
  expect(await suite.client.headManifest(parseReference(`${image}:edge`))).toBeUndefined();
  expect(index.manifests.map(m => m.digest)).toEqual([byPlatform['linux/amd64'], byPlatform['linux/arm64']]);
});

test('an archive of the wrong architecture is rejected, naming both', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('bm-cmd-wrong')}`;
  const digests = path.join(suite.tmp, uniqueName('d'));
  const command = `skopeo copy -q --src-tls-verify=false docker://${suite.lab.LAB_BASE_AMD64} "docker-archive:$IMAGE_ARCHIVE"`;
  const err = await runAction(
    run,
    { mode: 'shard', image, command, platform: 'linux/arm64', 'digests-dir': digests },
    suite.tmp
  ).catch(e => e);
  expect(err).toBeInstanceOf(CheckError);
  expect(err.message).toMatch(/archive for linux\/arm64 has architecture amd64/);
  expect(fs.existsSync(path.join(digests, 'linux-arm64.json'))).toBe(false);
});

test('a command that writes no archive fails, naming the file', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('bm-cmd-none')}`;
  const err = await runAction(
    run,
    {
      mode: 'shard',
      image,
      command: 'true',
      platform: 'linux/amd64',
      'digests-dir': path.join(suite.tmp, 'x')
    },
    suite.tmp
  ).catch(e => e);
  expect(err).toBeInstanceOf(CheckError);
  expect(err.message).toMatch(/^linux\/amd64: image archive .*linux-amd64\.tar was not written/);
});
