// A hostile registry on loopback (test/helpers/hostile-registry.ts) against the actions as the
// runner starts them and against the CLI: no line on stdout or stderr is a runner command the
// registry wrote, memory stays bounded, and every attack ends in a named error within its limit.
// The limits are lowered through the limits input so a drip takes seconds; their defaults are
// checked in test/unit/limits.test.ts.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LabEnv, requireLab } from '../lab/lab';
import { HostileRegistry, startHostileRegistry } from '../helpers/hostile-registry';
import { forgedCommands, hostileText } from '../helpers/runner-commands';
import { AsyncRun, runEntry } from '../helpers/run-async';

jest.setTimeout(300_000);

const MARK = 'PWNED22';
const FAST = [
  'request-attempt=2s',
  'request-deadline=6s',
  'blob-rate-window=2s',
  'blob-min-rate=1KiB/s'
].join('\n');
const MiB = 1024 * 1024;
let reg: HostileRegistry;
let lab: LabEnv;

beforeAll(async () => {
  lab = requireLab();
  reg = await startHostileRegistry(hostileText(MARK));
});
afterAll(() => reg?.close());

/** What every run must hold to: nothing forged, memory under `mem` MiB. */
function expectContained(run: AsyncRun, mem = 300): void {
  expect(forgedCommands(run.stdout + run.stderr, MARK)).toEqual([]);
  // A memory figure varies run to run: only bounded. Above 0 shows it was measured at all.
  expect(run.maxRssMiB).toBeGreaterThan(0);
  expect(run.maxRssMiB).toBeLessThan(mem);
}

const verify = (repo: string, extra: Record<string, string> = {}): Promise<AsyncRun> =>
  runEntry('actions/verify-platforms/index.ts', {
    inputs: {
      images: `${reg.host}/${repo}:x`,
      platforms: 'linux/arm64',
      summary: 'true',
      limits: FAST,
      ...extra
    }
  });

describe('verify-platforms', () => {
  test.each([
    ['error-body', /HTTP 403 DENIED before\\n::error file=PWNED22::PWNED22\\r::add-mask::PWNED22/],
    ['media-type', /unsupported media type "before\\n::error file=PWNED22/],
    ['huge', /manifest of .*huge:x .*Content-Length 157286400, over the manifest-size limit of 4 MiB/],
    ['endless', /manifest of .*endless:x .*more than 4 MiB sent, over the manifest-size limit of 4 MiB/],
    ['drip', /drip\/manifests\/x .*over the request-deadline limit of 6 s/],
    ['index-15k', /is not in the index \(it lists linux\/arm\/v0, .*, and 14995 more\)/]
  ])('%s: a named error, nothing forged, memory bounded', async (repo, reason) => {
    const run = await verify(repo);
    expectContained(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`::error[^\\n]*::.*${reason.source}`));
    expect(run.stdout.length).toBeLessThan(64 * 1024);
  });

  test('the drip ends at its deadline: one image, not tried again', async () => {
    const run = await verify('drip');
    expect(run.stdout.match(/over the request-deadline limit/g)?.length).toBe(1);
    expect(run.stdout.match(/retry \d\/\d/g)?.length).toBeLessThanOrEqual(4);
    expect(run.ms).toBeLessThan(30_000);
  });

  test('labels and annotations that carry commands pass as text', async () => {
    const run = await verify('labels', { deep: 'true' });
    expectContained(run);
    expect(run.code).toBe(0);
  });

  test.each([1024, 2 ** 30, 4 * 2 ** 30, 8 * 2 ** 30, 64 * 2 ** 30])(
    'deep: a layer cut short of the %d bytes its entry declares is an integrity error',
    async size => {
      const run = await verify(`cut-${size}`, { deep: 'true' });
      expectContained(run);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error[^\n]*::.*layer content is malformed \(application\/vnd.oci.image.layer.v1.tar\+gzip\): (Unexpected end of data|Invalid tar header)/
      );
      expect(run.stdout).not.toMatch(/✅/);
    }
  );

  test('deep: a layer that drips is given up under the minimum transfer rate', async () => {
    const run = await verify('drip-layer', { deep: 'true' });
    expectContained(run);
    expect(run.stdout).toMatch(
      /::error[^\n]*::.*blob sha256:\w+ of .*drip-layer:x: \d+ bytes in 2 s, under the blob-min-rate limit of 1 KiB\/s/
    );
    expect(run.ms).toBeLessThan(30_000);
  });

  test('deep: the image-deadline ends a dripping layer read, an unknown outcome', async () => {
    const run = await verify('drip-layer', { deep: 'true', limits: 'image-deadline=3s' });
    expectContained(run);
    expect(run.stdout).toMatch(
      /::error[^\n]*::.*drip-layer:x: not done in time, over the image-deadline limit of 3 s/
    );
    expect(run.stdout).toMatch(/nothing proven \(127\.0\.0\.1:\d+ timed out/);
    expect(run.ms).toBeLessThan(20_000);
  });

  test('an index of 100,000 platforms (manifest-size raised): under 1 MiB of log, a bounded report', async () => {
    const run = await verify('index-100k', { limits: `${FAST}\nmanifest-size=32MiB` });
    expectContained(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/and 99995 more/);
    expect(run.stdout.length + run.stderr.length).toBeLessThan(MiB);
  });
});

describe('the CLI', () => {
  test.each(['error-body', 'media-type', 'huge', 'drip'])(
    'verify %s: nothing forged, a named error',
    async repo => {
      const run = await runEntry('actions/cli/index.ts', {
        args: ['verify', `${reg.host}/${repo}:x`, '--platforms', 'linux/arm64', '--limits', FAST]
      });
      expectContained(run);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/error: .*(HTTP 403|unsupported media type|manifest-size|request-deadline)/);
    }
  );
});

describe('the other actions that read registries', () => {
  test.each(['error-body', 'media-type', 'huge'])(
    'build-multiarch merge of %s: nothing forged',
    async repo => {
      const run = await runEntry('actions/build-multiarch/index.ts', {
        inputs: {
          mode: 'merge',
          image: `${reg.host}/${repo}`,
          digests: `${reg.host}/${repo}@${reg.digest(repo)}`,
          'required-platforms': 'linux/arm64',
          limits: FAST,
          summary: 'false'
        }
      });
      expectContained(run);
      expect(run.code).toBe(1);
    }
  );

  test.each(['error-body', 'media-type', 'endless'])(
    'run-arm64-e2e container level on %s: nothing forged',
    async repo => {
      const run = await runEntry('actions/run-arm64-e2e/index.ts', {
        inputs: {
          level: 'container',
          images: `${reg.host}/${repo}:x`,
          platforms: 'linux/arm64',
          limits: FAST,
          summary: 'false'
        }
      });
      expectContained(run);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error[^\n]*::.*(HTTP 403|unsupported media type|manifest-size)/);
    }
  );
});

test('a docker-credential helper whose error text carries commands: nothing forged', async () => {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-helper-'));
  try {
    const helper = path.join(bin, 'docker-credential-pwned');
    fs.writeFileSync(
      helper,
      `#!/bin/sh\nprintf '%s' '${hostileText(MARK).replace(/'/g, '')}' >&2\nexit 1\n`,
      { mode: 0o755 }
    );
    fs.writeFileSync(path.join(bin, 'config.json'), JSON.stringify({ credHelpers: { [reg.host]: 'pwned' } }));
    const run = await runEntry('actions/verify-platforms/index.ts', {
      inputs: { images: `${reg.host}/login:x`, platforms: 'linux/arm64', limits: FAST },
      env: { PATH: `${bin}:${process.env.PATH}`, DOCKER_CONFIG: bin }
    });
    expectContained(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/credential helper docker-credential-pwned failed for .*##\[error\]PWNED22/);
  } finally {
    fs.rmSync(bin, { recursive: true, force: true });
  }
});

describe('builds whose Dockerfile, labels and annotations carry commands', () => {
  test.each(['build/index.ts', 'actions/build-multiarch/index.ts'])('%s: nothing forged', async entry => {
    const ctx = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-build-'));
    try {
      const printed = hostileText(MARK)
        .replace(/\\/g, '')
        .replace(/'/g, '')
        .split(/\r\n|\r|\n/);
      fs.writeFileSync(
        path.join(ctx, 'Dockerfile'),
        `FROM ${lab.LAB_BASE_IMAGE}\n# ::error file=${MARK}::${MARK}\nRUN printf '%s\\n' ${printed.map(l => `'${l}'`).join(' ')}\n`
      );
      const run = await runEntry(entry, {
        inputs: {
          image: `${lab.LAB_REGISTRY}/issue22-hostile-${Date.now().toString(36)}`,
          context: ctx,
          builder: 'buildah',
          platforms: 'linux/amd64',
          tags: 'v1',
          labels: `org.opencontainers.image.title=::error file=${MARK}::${MARK}`,
          annotations: `org.opencontainers.image.description=::add-mask::${MARK}`,
          summary: 'false'
        },
        env: { STORAGE_DRIVER: lab.STORAGE_DRIVER, BUILDAH_ISOLATION: lab.BUILDAH_ISOLATION },
        timeoutMs: 240_000
      });
      expectContained(run);
      // The RUN step's output was printed (escaped), and the build went through.
      expect(run.stdout).toContain(`\\::add-mask::${MARK}`);
      expect(run.code).toBe(0);
    } finally {
      fs.rmSync(ctx, { recursive: true, force: true });
    }
  });
});
