// The image-deadline ends a config read that drips or never answers (test/helpers/hostile-registry.ts):
// the read is given up with the deadline's named error, its socket is closed and no retry
// follows, while the request-deadline (120 s by default) is far away. In-process, the hostile
// server shows what the client leaves open; as the runner starts the action and the CLI, the
// whole process ends within seconds of the deadline.
import { execFileSync } from 'node:child_process';
import { RegistryClient } from '../../actions/lib/registry/client';
import { parseReference } from '../../actions/lib/oci/reference';
import { parsePlatform } from '../../actions/lib/oci/platform';
import { checkImage, ImageResult } from '../../actions/lib/verify/image';
import { requireLab } from '../lab/lab';
import { HostileRegistry, startHostileRegistry } from '../helpers/hostile-registry';
import { runEntry } from '../helpers/run-async';

jest.setTimeout(120_000);

const DEADLINE = /not done in time, over the image-deadline limit of 3 s/;
let reg: HostileRegistry;

beforeAll(async () => {
  requireLab();
  reg = await startHostileRegistry('config deadline');
});
afterAll(() => reg?.close());

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const configGets = () => reg.seen.filter(s => /^GET .*\/blobs\//.test(s)).length;

/** One image through checkImage with the client's own limits, timed. */
async function check(client: RegistryClient, repo: string, imageMs: number): Promise<ImageResult> {
  const written = `${reg.host}/${repo}:x`;
  const target = {
    ref: parseReference(written),
    written,
    locations: [],
    found: new Set(['input' as const]),
    charts: new Set<string>()
  };
  return checkImage(client, target, [parsePlatform('linux/arm64')], {
    deep: false,
    allow: [],
    mirrors: [],
    imageMs
  });
}

describe('in-process: the read is given up at the image deadline, its socket closed', () => {
  test.each(['config-drip', 'config-stall', 'config-drip-one', 'config-stall-one'])('%s', async repo => {
    const client = new RegistryClient({ limits: { requestMs: 120_000, attemptMs: 60_000 } });
    try {
      const before = configGets();
      const started = Date.now();
      const result = await check(client, repo, 3000);
      const ms = Date.now() - started;
      expect(result.outcome).toBe('unknown');
      expect(result.unknown).toBe('timeout');
      expect(result.reason).toMatch(DEADLINE);
      expect(ms).toBeGreaterThanOrEqual(2900);
      expect(ms).toBeLessThan(4500);
      // The config's request is closed by the client itself (it is still open here), and no
      // retry follows: one GET of the config, and none in the seconds after.
      await sleep(300);
      expect(reg.open().requests).toBe(0);
      expect(configGets() - before).toBe(1);
      await sleep(2500);
      expect(configGets() - before).toBe(1);
      expect(reg.open().requests).toBe(0);
    } finally {
      client.close();
    }
    await sleep(200);
    expect(reg.open().sockets).toBe(0);
  });

  test("one image's deadline does not fail another image's read of the same config", async () => {
    const client = new RegistryClient();
    try {
      const before = configGets();
      // Both read the same config digest through the client's shared read; the first gives up.
      const [short, long] = await Promise.all([
        check(client, 'config-drip', 2000),
        check(client, 'config-drip', 60_000)
      ]);
      expect(short.outcome).toBe('unknown');
      expect(short.reason).toMatch(/over the image-deadline limit of 2 s/);
      expect(long.outcome).toBe('proven');
      expect(long.level).toBe(2);
      expect(long.durationMs).toBeGreaterThan(5000);
      // One read of the dripping config served the second image: it was never stopped and restarted.
      expect(configGets() - before).toBe(1);
    } finally {
      client.close();
    }
  });
});

describe('as the runner starts it: the whole process ends within seconds of the deadline', () => {
  const LIMITS = 'image-deadline=3s\nrequest-deadline=120s\nrequest-attempt=60s';

  test.each(['config-drip', 'config-stall'])('verify-platforms on %s', async repo => {
    const run = await runEntry('actions/verify-platforms/index.ts', {
      inputs: { images: `${reg.host}/${repo}:x`, platforms: 'linux/arm64', limits: LIMITS, summary: 'false' }
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`::error[^\\n]*::.*${repo}:x: ${DEADLINE.source}`));
    expect(run.stdout).toMatch(/nothing proven \(127\.0\.0\.1:\d+ timed out/);
    // Start-up (TypeScript compiled on the fly) takes 2-4 s of this; the request-deadline is 120 s.
    expect(run.ms).toBeLessThan(12_000);
    expect(reg.open().requests).toBe(0);
  });

  test('verify-platforms looking for a proof whose referrers list never answers', async () => {
    // Any cosign key makes proofs worth looking for; none will be found in time.
    const key = execFileSync('sh', [
      '-c',
      'openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 | openssl pkey -pubout'
    ]).toString();
    const run = await runEntry('actions/verify-platforms/index.ts', {
      inputs: {
        images: `${reg.host}/referrers-stall:x`,
        platforms: 'linux/arm64',
        limits: LIMITS,
        'proof-key': key,
        summary: 'false'
      }
    });
    expect(reg.seen.some(s => /referrers-stall\/referrers\//.test(s))).toBe(true);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`::error[^\\n]*::.*referrers-stall:x: ${DEADLINE.source}`));
    expect(run.ms).toBeLessThan(12_000);
    expect(reg.open().requests).toBe(0);
  });

  test.each(['config-drip', 'config-stall'])('the CLI on %s', async repo => {
    const run = await runEntry('actions/cli/index.ts', {
      args: ['verify', `${reg.host}/${repo}:x`, '--platforms', 'linux/arm64', '--limits', LIMITS]
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(DEADLINE);
    expect(run.ms).toBeLessThan(12_000);
    expect(reg.open().requests).toBe(0);
  });
});
