// A real build past `build-timeout` (lowered through the limits input): build-multiarch as the
// runner starts it, with the lab's buildx (docker driver, dockerd 20.10) and buildah, building a
// Dockerfile whose RUN sleeps for ten minutes. The build fails with the limit named within
// seconds of it, and nothing of it is left running: not the builder's client, not the RUN step
// (found by the unique length of its sleep), wherever the builder ran it.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LabEnv, requireLab } from '../lab/lab';
import { runEntry } from '../helpers/run-async';

jest.setTimeout(180_000);

const LIMIT_S = 8;
let lab: LabEnv;
let tmp: string;

beforeAll(() => {
  lab = requireLab();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'build-timeout-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every process whose command line holds `mark`, as `pid args`. */
function processesWith(mark: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter(l => l.includes(mark) && !l.includes('ps -eo'));
}

/** Waits up to `ms` for no process to hold `mark`; what is still there then. */
async function gone(mark: string, ms: number): Promise<string[]> {
  const until = Date.now() + ms;
  for (;;) {
    const left = processesWith(mark);
    if (left.length === 0 || Date.now() > until) return left;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

/** A private docker config with the lab's buildx: the default builder (docker driver), nobody else's state. */
function dockerConfig(): string {
  const config = fs.mkdtempSync(path.join(tmp, 'docker-config-'));
  fs.mkdirSync(path.join(config, 'cli-plugins'));
  fs.symlinkSync(lab.LAB_BUILDX, path.join(config, 'cli-plugins', 'docker-buildx'));
  return config;
}

test.each(['buildx', 'buildah'])(
  '%s: a RUN that sleeps 10 min ends at build-timeout, named, with nothing left running',
  async builder => {
    // The sleep's own length marks its process (and the build's) among everyone else's.
    const nonce = String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
    const mark = `600.${nonce}`;
    const ctx = fs.mkdtempSync(path.join(tmp, `ctx-${builder}-`));
    fs.writeFileSync(
      path.join(ctx, 'Dockerfile'),
      `FROM ${lab.LAB_BASE_IMAGE}\nRUN sleep ${mark} && echo done\n`
    );
    const sawSleep = { yes: false };
    const watch = setInterval(
      () => (sawSleep.yes ||= processesWith(mark).some(l => /sleep 600\./.test(l))),
      200
    );
    const run = await runEntry('actions/build-multiarch/index.ts', {
      inputs: {
        mode: 'shard',
        image: `${lab.LAB_REGISTRY}/issue22-build-timeout-${builder}`,
        context: ctx,
        builder,
        platforms: 'linux/amd64',
        limits: `build-timeout=${LIMIT_S}s`,
        summary: 'false'
      },
      env: {
        DOCKER_CONFIG: dockerConfig(),
        STORAGE_DRIVER: lab.STORAGE_DRIVER,
        BUILDAH_ISOLATION: lab.BUILDAH_ISOLATION
      },
      timeoutMs: 150_000
    });
    clearInterval(watch);
    // The RUN step was really running when the limit struck.
    expect(sawSleep.yes).toBe(true);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `::error[^\\n]*::.*killed with what it started, over the build-timeout limit of ${LIMIT_S} s`
      )
    );
    // Start-up and the FROM take a few seconds before the limit's clock even matters.
    expect(run.ms).toBeLessThan((LIMIT_S + 12) * 1000);
    // Neither the sleep (in the builder's sandbox) nor anything started from this context is left.
    expect(await gone(mark, 10_000)).toEqual([]);
    expect(await gone(ctx, 5_000)).toEqual([]);
  }
);
