import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as yaml from 'yaml';
import { getInputs as multiarchInputs } from '../../actions/build-multiarch/inputs';
import { getInputs as buildInputs } from '../../build/inputs';
import { ConfigurationError } from '../../actions/lib/core/errors';
import { formatPlatform } from '../../actions/lib/oci/platform';

const ACTION_YML = path.join(__dirname, '../../actions/build-multiarch/action.yml');
const BUILD_YML = path.join(__dirname, '../../build/action.yml');
const names = (file: string) => Object.keys(yaml.parse(fs.readFileSync(file, 'utf8')).inputs);
const ALL = [...new Set([...names(ACTION_YML), ...names(BUILD_YML)])];
const SHA = 'fedcba9876543210fedcba9876543210fedcba98';
let eventFile: string;

function setInputs(values: Record<string, string>): void {
  for (const n of ALL) delete process.env[`INPUT_${n.toUpperCase()}`];
  for (const [k, v] of Object.entries(values)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

beforeAll(() => {
  eventFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bi-')), 'event.json');
  fs.writeFileSync(eventFile, JSON.stringify({ head_commit: { timestamp: '2025-01-01T00:00:00Z' } }));
  Object.assign(process.env, {
    GITHUB_SHA: SHA,
    GITHUB_REF: 'refs/tags/v4.3.0',
    GITHUB_REPOSITORY: 'openebs/lvm-localpv',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_PATH: eventFile,
    RUNNER_TEMP: '/runner/tmp'
  });
});
afterEach(() => setInputs({}));
afterAll(() => fs.rmSync(path.dirname(eventFile), { recursive: true, force: true }));

test('defaults match action.yml (node dist/... applies none)', () => {
  setInputs({ image: 'ghcr.io/openebs/lvm-driver' });
  const i = multiarchInputs();
  expect(i.mode).toBe('all');
  const b = i.build!;
  const doc = yaml.parse(fs.readFileSync(ACTION_YML, 'utf8')).inputs;
  expect(b.platforms.map(formatPlatform).join(',')).toBe(doc.platforms.default);
  expect(b.builder).toBe(doc.builder.default);
  expect(b.cache).toBe(doc.cache.default);
  expect(b.context).toBe(doc.context.default);
  expect(b.immutableTags?.source).toBe(doc['immutable-tags'].default);
  expect(String(b.overwrite)).toBe(doc.overwrite.default);
  expect(String(b.push)).toBe(doc.push.default);
  expect(b.provenance).toBe(doc.provenance.default);
  expect(b.digestsDir).toBe('/runner/tmp/arch-actions/digests');
  expect(b.tags).toEqual(['v4.3.0', 'sha-fedcba9']);
  expect(b.labels).toContainEqual({ key: 'org.opencontainers.image.revision', value: SHA });
  expect(b.indexAnnotations['org.opencontainers.image.version']).toBe('v4.3.0');
  expect(b.indexAnnotations['org.opencontainers.image.created']).toBe('2025-01-01T00:00:00.000Z');
  expect(i.runnerMap).toEqual({
    runners: { 'linux/amd64': 'ubuntu-24.04', 'linux/arm64': 'ubuntu-24.04-arm' },
    fallback: 'ubuntu-24.04'
  });
});

test.each([
  [{ mode: 'plan' }, (i: any) => expect(i.build).toBeUndefined()],
  [{ image: 'r.io/a/b', command: 'make image' }, (i: any) => expect(i.build.builder).toBe('command')],
  [{ image: 'r.io/a/b', builder: 'buildah' }, (i: any) => expect(i.build.builder).toBe('buildah')],
  [
    { image: 'r.io/a/b', platform: 'aarch64' },
    (i: any) => expect(i.build.shardPlatforms.map(formatPlatform)).toEqual(['linux/arm64'])
  ],
  [
    { image: 'r.io/a/b', 'required-platforms': 'linux/amd64' },
    (i: any) => expect(i.build.requiredPlatforms.map(formatPlatform)).toEqual(['linux/amd64'])
  ],
  [{ image: 'r.io/a/b', tags: 't1\nr.io/a/b:t2' }, (i: any) => expect(i.build.tags).toEqual(['t1', 't2'])],
  [
    { image: 'r.io/a/b', labels: 'org.opencontainers.image.version=custom' },
    (i: any) =>
      expect(i.build.labels).toContainEqual({ key: 'org.opencontainers.image.version', value: 'custom' })
  ],
  [
    { image: 'r.io/a/b', 'immutable-tags': '^release-' },
    (i: any) => expect(i.build.immutableTags.test('release-1')).toBe(true)
  ],
  [
    { image: 'r.io/a/b', secrets: 'token=abc' },
    (i: any) => expect(i.build.secrets).toEqual([{ key: 'token', value: 'abc' }])
  ],
  [
    { image: 'r.io/a/b', 'digests-dir': '/d', digests: 'r.io/a/b@sha256:' + '1'.repeat(64) },
    (i: any) => {
      expect(i.build.digestsDir).toBe('/d');
      expect(i.build.digests).toHaveLength(1);
    }
  ]
])('build-multiarch %j', (env, check) => {
  setInputs(env as Record<string, string>);
  check(multiarchInputs());
});

test('tag-after defaults to verify; mode tag takes a digest and the checks it passed', () => {
  setInputs({ image: 'r.io/a/b' });
  expect(multiarchInputs().build?.tagAfter).toBe('verify');
  const digest = 'sha256:' + 'a'.repeat(64);
  setInputs({
    image: 'r.io/a/b',
    mode: 'tag',
    digest,
    checks: 'verify-platforms deep\n# a comment\ne2e parity'
  });
  expect(multiarchInputs()).toMatchObject({
    mode: 'tag',
    digest,
    checks: ['verify-platforms deep', 'e2e parity']
  });
});

test.each([
  [{ mode: 'bake' }, /Input "mode" has an invalid value "bake"/],
  [{ image: '' }, /Input "image".*required/],
  [{ image: 'r.io/a/b:v1' }, /Input "image" has an invalid value "r.io\/a\/b:v1".*repository only/],
  [{ image: 'R.io/A/B' }, /Input "image".*lowercase/],
  [{ image: 'r.io/a/b', platforms: 'linux/sparc' }, /Input "platforms".*sparc/],
  [{ image: 'r.io/a/b', builder: 'kaniko' }, /Input "builder" has an invalid value "kaniko"/],
  [{ image: 'r.io/a/b', builder: 'command' }, /Input "command".*needs a shell command/],
  [{ image: 'r.io/a/b', builder: 'buildah', command: 'make' }, /Input "builder"/],
  [{ image: 'r.io/a/b', cache: 'local' }, /Input "cache" has an invalid value "local"/],
  [{ image: 'r.io/a/b', overwrite: 'maybe' }, /Input "overwrite" has an invalid value "maybe"/],
  [{ image: 'r.io/a/b', 'immutable-tags': '(' }, /Input "immutable-tags".*regular expression/],
  [{ image: 'r.io/a/b', tags: 'other.io/x:1' }, /Input "tags".*expected a tag of r.io\/a\/b/],
  [{ image: 'r.io/a/b', 'build-args': 'NOEQUALS' }, /Input "build-args" has an invalid value "NOEQUALS"/],
  [{ mode: 'plan', 'runner-map': 'linux/arm64=has space' }, /Input "runner-map"/],
  [
    { image: 'r.io/a/b', 'tag-after': 'build' },
    /Input "tag-after" has an invalid value "build": expected one of verify, e2e, merge/
  ],
  [
    { image: 'r.io/a/b', mode: 'tag', checks: 'verify' },
    /Input "digest" has an invalid value "": mode "tag" needs the index digest/
  ],
  [
    { image: 'r.io/a/b', mode: 'tag', digest: 'sha256:abc', checks: 'verify' },
    /Input "digest" has an invalid value "sha256:abc"/
  ],
  [
    { image: 'r.io/a/b', mode: 'tag', digest: 'sha256:' + 'a'.repeat(64) },
    /Input "checks" has an invalid value "": .*list the checks it passed/
  ]
])('build-multiarch refuses %j', (env, msg) => {
  setInputs(env as Record<string, string>);
  expect(() => multiarchInputs()).toThrow(ConfigurationError);
  expect(() => multiarchInputs()).toThrow(msg);
});

test('the build one-liner: defaults and its own inputs', () => {
  setInputs({ image: 'r.io/a/b' });
  expect(buildInputs()).toMatchObject({
    mode: 'all',
    qemu: 'auto',
    binfmtSource: 'auto',
    verify: true,
    deep: true,
    e2eCommand: 'uname -m',
    e2eArgs: []
  });
  expect(buildInputs().build.tagAfter).toBe('verify');
  setInputs({ image: 'r.io/a/b', 'e2e-args': 'uname\n-m' });
  expect(buildInputs().e2eArgs).toEqual(['uname', '-m']);
  setInputs({ image: 'r.io/a/b', mode: 'shard', platform: 'linux/arm64', verify: 'false', qemu: 'false' });
  const i = buildInputs();
  expect(i).toMatchObject({ mode: 'shard', verify: false, qemu: 'false' });
  expect(i.build.shardPlatforms.map(formatPlatform)).toEqual(['linux/arm64']);
  // Tagging unchecked is a choice; so is not pushing (nothing to tag).
  setInputs({ image: 'r.io/a/b', verify: 'false', 'tag-after': 'merge' });
  expect(buildInputs().verify).toBe(false);
  setInputs({ image: 'r.io/a/b', verify: 'false', push: 'false' });
  expect(buildInputs().verify).toBe(false);
});

test.each([
  [{ image: 'r.io/a/b', mode: 'merge' }, /Input "mode" has an invalid value "merge"/],
  [{ image: 'r.io/a/b', deep: 'yes please' }, /Input "deep"/],
  [{ image: 'r.io/a/b', qemu: 'always' }, /Input "qemu"/],
  [
    { image: 'r.io/a/b', verify: 'false' },
    /Input "tag-after" has an invalid value "verify": verify is false/
  ],
  [{ image: 'r.io/a/b', verify: 'false', 'tag-after': 'e2e' }, /Input "tag-after" has an invalid value "e2e"/]
])('the build one-liner refuses %j', (env, msg) => {
  setInputs(env as Record<string, string>);
  expect(() => buildInputs()).toThrow(msg);
});
