// The build one-liner where the BuildKit image cannot be pulled (as in the lab, which has no
// Docker Hub): a warning says why, the docker driver builds, and no builder is left behind.
// The docker config is private to this test, so other tests' builders are untouched.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { post, run } from '../../build/main';
import { parseReference } from '../../actions/lib/oci/reference';
import { labSuite, runAction, uniqueName } from './build-multiarch-helpers';
import { postEnv, runActionProcess } from '../helpers/action';

jest.setTimeout(300_000);

const suite = labSuite('oneliner-builder-');

/** A docker config of the test's own, with the lab's buildx: other tests' builders are untouched. */
function privateDockerConfig(name: string): string {
  const config = path.join(suite.tmp, name);
  fs.mkdirSync(path.join(config, 'cli-plugins'), { recursive: true });
  fs.symlinkSync(suite.lab.LAB_BUILDX, path.join(config, 'cli-plugins', 'docker-buildx'));
  return config;
}

test('no BuildKit image: the warning says why, and the build succeeds on the docker driver', async () => {
  const config = privateDockerConfig('docker-config');
  const ctx = path.join(suite.tmp, 'ctx');
  fs.mkdirSync(ctx);
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${suite.lab.LAB_BASE_IMAGE}\nRUN uname -m > /arch\n`);
  const image = `${suite.lab.LAB_REGISTRY}/issue20-${uniqueName('oneliner')}`;
  const saved = { ...process.env };
  process.env.DOCKER_CONFIG = config;
  const ls = () => execFileSync(suite.lab.LAB_DOCKER, ['buildx', 'ls'], { encoding: 'utf8' });
  const before = ls();
  let printed = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
  try {
    const r = await runAction(
      run,
      {
        image,
        context: ctx,
        platforms: 'linux/amd64',
        tags: 'ci',
        // Port 9 refuses connections: the image cannot be pulled, whatever network the machine has.
        'buildkit-image': '127.0.0.1:9/none/buildkit:v0',
        'digests-dir': path.join(suite.tmp, 'digests')
      },
      suite.tmp
    );
    await post();
    expect(printed).toMatch(
      /::warning::No docker-container builder: docker buildx failed: .*127\.0\.0\.1:9.*\. Building with the docker driver instead/
    );
    expect(r.outputs.verified).toBe('true');
    expect(JSON.parse(r.outputs.tags)).toEqual([`${image}:ci`]);
    expect(await suite.client.headManifest(parseReference(`${image}:ci`))).toBe(r.outputs.digest);
    expect(ls()).toBe(before);
    expect(process.env.BUILDX_BUILDER).toBeUndefined();
  } finally {
    spy.mockRestore();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
});

test('through its entry point as the runner runs it: main creates the builder, post removes it', () => {
  const config = privateDockerConfig('docker-config-entry');
  const ctx = path.join(suite.tmp, 'ctx-entry');
  fs.mkdirSync(ctx);
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${suite.lab.LAB_BASE_IMAGE}\n`);
  const entry = path.join(__dirname, '..', '..', 'build', 'index.ts');
  const env = {
    DOCKER_CONFIG: config,
    PATH: `${path.dirname(suite.lab.LAB_DOCKER)}:${process.env.PATH}`,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: suite.tmp,
    STORAGE_DRIVER: suite.lab.STORAGE_DRIVER
  };
  const ls = () =>
    execFileSync(suite.lab.LAB_DOCKER, ['buildx', 'ls'], {
      encoding: 'utf8',
      env: { ...process.env, ...env }
    });
  const main = runActionProcess(
    entry,
    {
      image: `${suite.lab.LAB_REGISTRY}/issue20-${uniqueName('entry')}`,
      context: ctx,
      platforms: 'linux/amd64',
      tags: 'ci',
      'buildkit-image': '127.0.0.1:9/none/buildkit:v0'
    },
    env,
    240_000
  );
  expect({
    status: main.status,
    errors: main.stdout.split('\n').filter(l => l.startsWith('::error'))
  }).toEqual({
    status: 0,
    errors: []
  });
  const name = main.state.builder;
  expect(name).toMatch(/^arch-actions-build-\d+$/);
  // The debug log holds each tool's argv: the builder is created (on the host's network, for the
  // lab registry on 127.0.0.1), its bootstrap fails, it is removed at once, and the docker driver builds.
  const argv = (sub: string) =>
    main.stdout.split('\n').filter(l => l.startsWith(`::debug::exec: docker "buildx" "${sub}"`));
  expect(argv('create')).toEqual([
    `::debug::exec: docker "buildx" "create" "--name" "${name}" "--driver" "docker-container" "--driver-opt" "image=127.0.0.1:9/none/buildkit:v0" "--driver-opt" "network=host" "--platform" "linux/amd64"`
  ]);
  expect(argv('rm')).toEqual([`::debug::exec: docker "buildx" "rm" "${name}"`]);
  expect(main.stdout).toMatch(/::warning::No docker-container builder: /);
  expect(JSON.parse(main.outputs.tags)).toHaveLength(1);

  // Had the bootstrap worked, the builder would still be there for the post step: it removes it.
  execFileSync(suite.lab.LAB_DOCKER, ['buildx', 'create', '--name', name, '--driver', 'docker-container'], {
    env: { ...process.env, ...env },
    stdio: 'pipe'
  });
  expect(ls()).toContain(name);
  const post = runActionProcess(entry, {}, { ...env, ...postEnv(main.state) }, 60_000);
  expect(post.status).toBe(0);
  expect(post.stdout).toContain(`::debug::exec: docker "buildx" "rm" "${name}"`);
  expect(ls()).not.toContain(name);
});
