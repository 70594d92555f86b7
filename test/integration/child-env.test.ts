// Child processes get no INPUT_* and no stray ARCH_SECRET_*: only a build's own secrets reach
// it. The action runs in-process as the runner runs it; a `docker` on PATH records each
// invocation's environment, then runs the lab's real docker.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run } from '../../actions/build-multiarch/main';
import { CheckError } from '../../actions/lib/core/errors';
import { labSuite, runAction, uniqueName } from './build-multiarch-helpers';

jest.setTimeout(300_000);

let dumps: string;
const suite = labSuite('child-env-', s => {
  dumps = path.join(s.tmp, 'env');
  const bin = path.join(s.tmp, 'bin');
  fs.mkdirSync(dumps);
  fs.mkdirSync(bin);
  const recorder = `#!/bin/sh\nenv > "${dumps}/docker-$$-$1-$2.env"\nexec "${s.lab.LAB_DOCKER}" "$@"\n`;
  fs.writeFileSync(path.join(bin, 'docker'), recorder, { mode: 0o755 });
  process.env.PATH = `${bin}:${process.env.PATH}`;
});

/** Each recorded environment, by file name, as NAME=value lines. */
function recorded(prefix: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of fs.readdirSync(dumps).filter(f => f.startsWith(prefix))) {
    out.set(f, fs.readFileSync(path.join(dumps, f), 'utf8').split('\n'));
  }
  return out;
}

beforeEach(() => {
  for (const f of fs.readdirSync(dumps)) fs.rmSync(path.join(dumps, f));
  process.env.ARCH_SECRET_STRAY = 'stray-value';
});

afterEach(() => delete process.env.ARCH_SECRET_STRAY);

test('buildx gets its own secret and nothing else; other docker calls get no secret', async () => {
  const context = path.join(suite.tmp, uniqueName('ctx'));
  fs.mkdirSync(context);
  // The build fails unless the secret arrives through buildx's env= secret.
  fs.writeFileSync(
    path.join(context, 'Dockerfile'),
    `FROM ${suite.lab.LAB_BASE_AMD64}\nRUN --mount=type=secret,id=token test "$(cat /run/secrets/token)" = s3cret-value\n`
  );
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('child-env')}`;
  await runAction(
    run,
    {
      mode: 'shard',
      image,
      context,
      platform: 'linux/amd64',
      secrets: 'token=s3cret-value',
      'digests-dir': path.join(suite.tmp, uniqueName('d'))
    },
    suite.tmp
  );
  const envs = recorded('docker-');
  const builds = [...envs.entries()].filter(([f]) => f.endsWith('-buildx-build.env'));
  expect(builds).toHaveLength(1);
  expect(envs.size).toBeGreaterThan(1);
  for (const [file, lines] of envs) {
    expect(lines.filter(l => l.startsWith('INPUT_'))).toEqual([]);
    const secrets = lines.filter(l => l.startsWith('ARCH_SECRET_'));
    expect([file, secrets]).toEqual([
      file,
      file.endsWith('-buildx-build.env') ? ['ARCH_SECRET_TOKEN=s3cret-value'] : []
    ]);
  }
});

test('a command build gets its own secrets and no inputs', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('child-env-cmd')}`;
  const dump = path.join(dumps, 'command.env');
  const err = await runAction(
    run,
    {
      mode: 'shard',
      image,
      command: `env > "${dump}"`,
      platform: 'linux/amd64',
      secrets: 'token=s3cret-value',
      'digests-dir': path.join(suite.tmp, uniqueName('d'))
    },
    suite.tmp
  ).catch(e => e);
  expect(err).toBeInstanceOf(CheckError);
  const lines = fs.readFileSync(dump, 'utf8').split('\n');
  expect(lines.filter(l => l.startsWith('INPUT_'))).toEqual([]);
  expect(lines.filter(l => l.startsWith('ARCH_SECRET_'))).toEqual(['ARCH_SECRET_TOKEN=s3cret-value']);
  expect(lines).toContain('TARGETPLATFORM=linux/amd64');
});
