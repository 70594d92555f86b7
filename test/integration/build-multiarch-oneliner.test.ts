// The `build` one-liner in-process: QEMU where needed, every platform, merge, then
// verify-platforms on what was pushed, down to the ELF headers. And `all` mode of
// build-multiarch itself.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run as buildRun } from '../../build/main';
import { run as multiarchRun } from '../../actions/build-multiarch/main';
import { CheckError } from '../../actions/lib/core/errors';
import { formatPlatform } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { Exec, run } from '../../actions/lib/core/exec';
import { getIndex, labSuite, readFileFromImage, runAction, uniqueName } from './build-multiarch-helpers';

jest.setTimeout(300_000);

let ctx: string;
const suite = labSuite('bm-one-', s => {
  ctx = path.join(s.tmp, 'ctx');
  fs.mkdirSync(ctx);
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${s.lab.LAB_BASE_IMAGE}\nRUN uname -m > /arch\n`);
});

test('build: the tags move only after verify and the parity run passed, to the verified digest', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('one')}`;
  const r = await runAction(
    buildRun,
    {
      image,
      context: ctx,
      tags: 'v0.1.0',
      'tag-after': 'e2e',
      'e2e-command': 'cat /arch',
      'digests-dir': path.join(suite.tmp, 'd1')
    },
    suite.tmp
  );
  expect(r.outputs['native-platforms']).toBe('linux/amd64');
  expect(r.outputs['emulated-platforms']).toBe('linux/arm64');
  expect(r.outputs.verified).toBe('true');
  expect(JSON.parse(r.outputs.tags)).toEqual([`${image}:v0.1.0`]);
  const { digest, index } = await getIndex(suite.client, `${image}:v0.1.0`);
  expect(digest).toBe(r.outputs.digest);
  expect(index.manifests.map(m => m.platform?.architecture)).toEqual(['amd64', 'arm64']);
  expect(r.summary).toMatch(/Verified linux\/amd64, linux\/arm64 down to the ELF headers/);
  // The tag summary names the digest and each check it passed.
  const tagged = r.summary.slice(r.summary.indexOf('Tags moved to a proven index'));
  expect(tagged).toContain(`<code>${digest}</code>`);
  expect(tagged).toMatch(/<li>verify-platforms: linux\/amd64, linux\/arm64 .*ELF headers, deep\)<\/li>/);
  expect(tagged).toMatch(
    /<li>run-arm64-e2e container parity: `cat \/arch` on linux\/amd64, linux\/arm64 behaves as on linux\/amd64<\/li>/
  );
  expect(tagged).toContain(`<code>${image}:v0.1.0</code>`);
});

test('build with buildah: each platform pushed from storage, its layers read back deep, then tagged', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('one-buildah')}`;
  const r = await runAction(
    buildRun,
    { image, context: ctx, builder: 'buildah', tags: 'v1', 'digests-dir': path.join(suite.tmp, 'd-bah') },
    suite.tmp
  );
  expect(r.outputs.verified).toBe('true');
  expect(r.summary).toMatch(/Verified linux\/amd64, linux\/arm64 down to the ELF headers/);
  const digests = JSON.parse(r.outputs.digests);
  const { digest, index } = await getIndex(suite.client, `${image}:v1`);
  expect(digest).toBe(r.outputs.digest);
  expect(index.manifests.map(m => m.digest)).toEqual([digests['linux/amd64'], digests['linux/arm64']]);
  // buildah's digest file named the manifest it pushed to the staging tag, built for arm64.
  const staging = parseReference(`${image}:arch-actions-staging-linux-arm64`);
  expect(await suite.client.headManifest(staging)).toBe(digests['linux/arm64']);
  expect(await readFileFromImage(suite.client, `${image}@${digests['linux/arm64']}`, 'arch')).toBe(
    'aarch64\n'
  );
});

test('build with buildah: the push to a registry that needs a login uses the credentials our client finds', async () => {
  // The docker config holds the right ones; buildah's own auth file (which it reads first) stale ones.
  const config = path.join(suite.tmp, 'docker-config');
  fs.mkdirSync(config);
  const auths = (password: string) => {
    const auth = Buffer.from(`${suite.lab.LAB_AUTH_USER}:${password}`).toString('base64');
    return JSON.stringify({ auths: { [suite.lab.LAB_AUTH_REGISTRY]: { auth } } });
  };
  fs.writeFileSync(path.join(config, 'config.json'), auths(suite.lab.LAB_AUTH_PASSWORD));
  fs.writeFileSync(path.join(config, 'stale.json'), auths('stale'));
  const image = `${suite.lab.LAB_AUTH_REGISTRY}/${uniqueName('one-buildah-auth')}`;
  process.env.DOCKER_CONFIG = config;
  process.env.REGISTRY_AUTH_FILE = path.join(config, 'stale.json');
  try {
    const r = await runAction(
      buildRun,
      {
        image,
        context: ctx,
        builder: 'buildah',
        platforms: 'linux/amd64',
        tags: 'v1',
        'digests-dir': path.join(suite.tmp, 'd-bah-auth')
      },
      suite.tmp
    );
    expect(r.outputs.verified).toBe('true');
    const client = new RegistryClient({ env: process.env });
    try {
      expect(await client.headManifest(parseReference(`${image}:v1`))).toBe(r.outputs.digest);
    } finally {
      client.close();
    }
  } finally {
    delete process.env.DOCKER_CONFIG;
    delete process.env.REGISTRY_AUTH_FILE;
  }
});

test('build with buildah: a digest file naming a manifest the registry lacks gives way to the staging tag', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('one-buildah-digestfile')}`;
  // The real buildah runs; its digest file is then overwritten, as buildah 1.28 once wrote a wrong one.
  const exec: Exec = async (tool, args, options) => {
    const res = await run(tool, args, options);
    const at = args.indexOf('--digestfile');
    if (tool === 'buildah' && at > 0) fs.writeFileSync(args[at + 1], `sha256:${'0'.repeat(64)}`);
    return res;
  };
  const r = await runAction(
    () => multiarchRun({ exec }),
    {
      mode: 'shard',
      image,
      context: ctx,
      builder: 'buildah',
      platform: 'linux/amd64',
      'digests-dir': path.join(suite.tmp, 'd-bah-df')
    },
    suite.tmp
  );
  const staged = await suite.client.headManifest(parseReference(`${image}:arch-actions-staging-linux-amd64`));
  expect(r.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
  expect(r.outputs.digest).toBe(staged);
});

test.each(['buildx', 'buildah'])(
  'build with %s: push false builds every platform and sends nothing to a registry that refuses writes',
  async builder => {
    // The auth registry answers 401 without credentials, and none are given: any request would fail.
    const repo = uniqueName(`one-nopush-${builder}`);
    const digests = path.join(suite.tmp, `d-nopush-${builder}`);
    const archives = path.join(suite.tmp, `a-nopush-${builder}`);
    const r = await runAction(
      buildRun,
      {
        image: `${suite.lab.LAB_AUTH_REGISTRY}/${repo}`,
        context: ctx,
        builder,
        push: 'false',
        'digests-dir': digests,
        'archives-dir': archives
      },
      suite.tmp
    );
    expect(r.outputs['native-platforms']).toBe('linux/amd64');
    expect(r.outputs['emulated-platforms']).toBe('linux/arm64');
    expect(r.outputs.tags).toBe('[]');
    expect(fs.existsSync(digests) ? fs.readdirSync(digests) : []).toEqual([]);
    // Each platform's image is an archive, verified deep from disk.
    // Beside them, the platform proof of what was verified (unsigned: no signing-key).
    expect(fs.readdirSync(archives).sort()).toEqual([
      'linux-amd64.tar',
      'linux-arm64.tar',
      expect.stringMatching(/^platform-proof-[0-9a-f]{16}\.unsigned\.intoto\.json$/)
    ]);
    expect(r.outputs.verified).toBe('true');
    expect(r.summary).toMatch(/Verified linux\/amd64, linux\/arm64 down to the ELF headers/);
    const log = fs.readFileSync(path.join(suite.lab.LAB_DIR, 'auth-registry.log'), 'utf8');
    expect(log.split('\n').filter(l => l.includes(repo))).toEqual([]);
  }
);

test('build: an arm64 shard with x86-64 binaries is merged by digest, fails verify, and no tag moves', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('one-bad')}`;
  // A Makefile-style command that labels the image arm64 but copies in whatever binary it is given.
  const command = [
    'set -e',
    'c=$(buildah from --arch "$TARGETARCH" scratch)',
    `buildah copy "$c" ${suite.lab.LAB_BUSYBOX_AMD64} /bin/busybox >/dev/null`,
    'buildah config --arch "$TARGETARCH" --os linux --cmd "/bin/busybox true" "$c"',
    'id=$(buildah commit -q --rm "$c")',
    'buildah push -q "$id" "docker-archive:$IMAGE_ARCHIVE"',
    'buildah rmi "$id" >/dev/null'
  ].join('\n');
  const err = await runAction(
    buildRun,
    { image, command, tags: 'bad', 'digests-dir': path.join(suite.tmp, 'd2') },
    suite.tmp
  ).catch(e => e);
  expect(err).toBeInstanceOf(CheckError);
  // The file and its machine are in the annotations; the error gives the verdict.
  expect(err.message).toMatch(/^verify failed: 0 of 1 image proven; 1 lacks linux\/arm64;/);
  expect(err.message).toContain(`no tag was moved: ${image}@${err.outputs.digest} stays untagged`);
  expect(err.outputs.verified).toBe('false');
  expect(err.outputs.tags).toBe('[]');
  // The index exists by digest; the tag was never created.
  expect(await suite.client.headManifest(parseReference(`${image}@${err.outputs.digest}`))).toBe(
    err.outputs.digest
  );
  expect(await suite.client.headManifest(parseReference(`${image}:bad`))).toBeUndefined();
});

test('build: shard mode verifies each platform it pushed; verify: false skips it', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('one-shard')}`;
  const digests = path.join(suite.tmp, 'd3');
  const r = await runAction(
    buildRun,
    { image, context: ctx, mode: 'shard', platform: 'linux/amd64', 'digests-dir': digests },
    suite.tmp
  );
  expect(r.outputs.verified).toBe('true');
  expect(r.outputs.tags).toBe('[]');
  expect(fs.readdirSync(digests)).toEqual(['linux-amd64.json']);
  const skipped = await runAction(
    buildRun,
    { image, context: ctx, mode: 'shard', platform: 'linux/amd64', verify: 'false', 'digests-dir': digests },
    suite.tmp
  );
  expect(skipped.outputs.verified).toBe('');
  expect(skipped.outputs.digest).toBe(r.outputs.digest);
});

test('build-multiarch all mode with buildah builds both platforms and merges', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('all')}`;
  const heard: string[] = [];
  const r = await runAction(
    () => multiarchRun({ onPushed: (p, d) => heard.push(`${formatPlatform(p)} ${d}`) }),
    {
      mode: 'all',
      image,
      context: ctx,
      builder: 'buildah',
      tags: 'all',
      'tag-after': 'merge',
      'digests-dir': path.join(suite.tmp, 'd4')
    },
    suite.tmp
  );
  const { index } = await getIndex(suite.client, `${image}:all`);
  expect(index.manifests.map(m => m.digest)).toEqual(Object.values(JSON.parse(r.outputs.digests)));
  expect(index.manifests.map(m => m.platform?.architecture)).toEqual(['amd64', 'arm64']);
  // buildah's digest file told of each platform as soon as it was pushed.
  expect(heard).toEqual(Object.entries(JSON.parse(r.outputs.digests)).map(([p, d]) => `${p} ${d}`));
});
