// The build one-liner's builder, through its entry point (main, then post with the state main
// saved) in the environment the runner gives a node action, on a runner with only the docker
// driver: the argv shows a docker-container builder created, built on, and removed in post.
// buildx is scripted through the exec seam: no BuildKit container can run here.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BuildDeps } from '../../actions/lib/build/pipeline';
import { ExecOptions, ExecResult, lastLine } from '../../actions/lib/core/exec';
import { CheckError } from '../../actions/lib/core/errors';
import { post, run, runOnce } from '../../build/main';
import { runAction } from '../integration/build-multiarch-helpers';
import { readOutputs, postEnv } from '../helpers/action';
import { writeDockerArchive } from '../helpers/archives';
import { BUILD } from '../../actions/lib/core/specs.generated';
import { isLoopback } from '../../actions/lib/setup/buildx';

const RUNNER_ENV = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
  GITHUB_REF: 'refs/heads/develop',
  GITHUB_REPOSITORY: 'openebs/lvm-localpv',
  GITHUB_RUN_ID: '42',
  ACTIONS_RUNTIME_TOKEN: 'runtime-token'
};

/** buildx as a runner has it: only the default builder (docker driver) until one is created. */
function scriptedBuildx(bootstrap: ExecResult) {
  const calls: string[][] = [];
  let builderOfBuild: string | undefined;
  const builders = new Map([['default', 'docker']]);
  let current = 'default';
  // run()'s contract: a failing tool throws unless ignoreReturnCode.
  const exec = async (tool: string, args: string[], opts: ExecOptions = {}): Promise<ExecResult> => {
    const res = await answer(tool, args);
    if (res.exitCode !== 0 && !opts.ignoreReturnCode)
      throw new CheckError(`${tool} ${args[0]} failed: ${lastLine(res.stderr)}`);
    return res;
  };
  const answer = async (tool: string, args: string[]): Promise<ExecResult> => {
    calls.push([tool, ...args]);
    const ok = (stdout = '') => ({ exitCode: 0, stdout, stderr: '' });
    const [cmd, sub, ...rest] = args;
    if (sub === 'build') builderOfBuild = process.env.BUILDX_BUILDER;
    if (cmd === 'save' || (sub === 'build' && args.includes('--output'))) {
      const out = args[args.indexOf('--output') + 1];
      const file = cmd === 'save' ? out : out.match(/dest=([^,]+)/)?.[1];
      if (file) await writeDockerArchive(file, { arch: 'amd64', files: { 'bin/true': Buffer.from('x') } });
    }
    if (sub === 'create') {
      const name = rest[rest.indexOf('--name') + 1];
      builders.set(name, 'docker-container');
      if (rest.includes('--use')) current = name;
    }
    if (sub === 'inspect' && rest[0] === '--bootstrap') return bootstrap;
    if (sub === 'inspect' && rest[0])
      return builders.has(rest[0]) ? ok() : { exitCode: 1, stdout: '', stderr: 'no builder' };
    if (sub === 'inspect') return ok(`Name: ${current}\nDriver: ${builders.get(current)}\n`);
    if (sub === 'rm') {
      builders.delete(rest[0]);
      if (current === rest[0]) current = 'default';
    }
    if (sub === 'use') current = rest[0];
    return ok();
  };
  return {
    calls,
    exec,
    builders: () => [...builders.keys()],
    current: () => current,
    builderOfBuild: () => builderOfBuild
  };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneliner-builder-'));
const ctx = path.join(tmp, 'ctx');
fs.mkdirSync(ctx);
fs.writeFileSync(path.join(ctx, 'Dockerfile'), 'FROM scratch\n');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** main then post, as the runner runs them: post gets STATE_* from what main saved. */
async function mainThenPost(deps: BuildDeps, inputs: Record<string, string>) {
  const state = path.join(tmp, `state-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(state, '');
  const saved = { ...process.env };
  Object.assign(process.env, RUNNER_ENV, { RUNNER_TEMP: tmp, GITHUB_STATE: state });
  let printed = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
  try {
    const main = await runAction(() => run(deps), inputs, tmp);
    const saves = readOutputs(state);
    Object.assign(process.env, postEnv(saves));
    await post(deps);
    return { main, saves, printed };
  } finally {
    spy.mockRestore();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

const inputs = {
  mode: 'shard',
  image: 'ghcr.io/openebs/lvm-driver',
  platform: 'linux/amd64',
  context: ctx,
  push: 'false',
  verify: 'false',
  tags: 'ci'
};
const name = `arch-actions-build-${process.pid}`;
const create = [
  'docker',
  'buildx',
  'create',
  '--name',
  name,
  '--driver',
  'docker-container',
  '--driver-opt',
  `image=${BUILD.inputs['buildkit-image'].default}`,
  '--platform',
  'linux/amd64'
];
const ok = { exitCode: 0, stdout: '', stderr: '' };

test('only the docker driver: a docker-container builder is created, built on, and removed in post', async () => {
  const b = scriptedBuildx(ok);
  const r = await mainThenPost({ exec: b.exec }, inputs);
  const at = (argv: string[]) => b.calls.findIndex(c => c.join(' ') === argv.join(' '));
  const build = b.calls.findIndex(c => c[2] === 'build');
  expect(at(create)).toBeGreaterThan(-1);
  expect(at(['docker', 'buildx', 'inspect', '--bootstrap', name])).toBe(at(create) + 1);
  expect(build).toBeGreaterThan(at(create));
  // On the docker-container builder, named in BUILDX_BUILDER (no other job's builder changes): an oci archive.
  expect(b.builderOfBuild()).toBe(name);
  expect(b.calls[build]).toContain('--output');
  expect(b.calls[build].join(' ')).not.toContain('arch-actions-staging');
  expect(r.saves).toMatchObject({ builder: name, 'previous-builder': 'default' });
  // The post step removes it and the default builder is back in use.
  expect(b.calls.slice(build + 1).map(c => c.join(' '))).toEqual(
    expect.arrayContaining([`docker buildx rm ${name}`])
  );
  expect(at(['docker', 'buildx', 'rm', name])).toBeGreaterThan(build);
  expect(b.builders()).toEqual(['default']);
  expect(b.current()).toBe('default');
  expect(r.printed).not.toContain('::warning::');
});

test('driver: docker asks for the docker driver: no builder is created', async () => {
  const b = scriptedBuildx(ok);
  const r = await mainThenPost({ exec: b.exec }, { ...inputs, [BUILD.inputs.driver.name]: 'docker' });
  expect(b.calls.some(c => c[2] === 'create' || c[2] === 'rm')).toBe(false);
  expect(b.calls.find(c => c[2] === 'build')?.join(' ')).toContain('arch-actions-staging-linux-amd64');
  expect(r.saves.builder).toBeUndefined();
});

test('a BuildKit image that cannot be pulled: a warning says why, and the docker driver builds', async () => {
  const refused = { exitCode: 1, stdout: '', stderr: 'ERROR: pull access denied for moby/buildkit' };
  const b = scriptedBuildx(refused);
  const r = await mainThenPost({ exec: b.exec }, inputs);
  expect(r.printed).toMatch(
    /::warning::No docker-container builder: docker buildx failed: ERROR: pull access denied for moby\/buildkit\. Building with the docker driver instead/
  );
  const build = b.calls.findIndex(c => c[2] === 'build');
  expect(b.calls[build].join(' ')).toContain('arch-actions-staging-linux-amd64');
  // Removed at once, before the build; the post step finds it gone.
  expect(b.calls.findIndex(c => c.join(' ') === `docker buildx rm ${name}`)).toBeLessThan(build);
  expect(b.builders()).toEqual(['default']);
  expect(JSON.parse(r.main.outputs.digests)['linux/amd64']).toMatch(/^sha256:/);
});

test('driver: docker-container fails where the image cannot be pulled', async () => {
  const b = scriptedBuildx({ exitCode: 1, stdout: '', stderr: 'ERROR: no such host' });
  const err = await mainThenPost(
    { exec: b.exec },
    { ...inputs, [BUILD.inputs.driver.name]: 'docker-container' }
  ).catch(e => e);
  expect(err.message).toBe('docker buildx failed: ERROR: no such host');
  expect(b.calls.some(c => c[2] === 'build')).toBe(false);
});

test('the CLI (no post step) removes the builder at the end of the run', async () => {
  const b = scriptedBuildx(ok);
  const saved = { ...process.env };
  Object.assign(process.env, { RUNNER_TEMP: tmp });
  const spy = jest.spyOn(process.stdout, 'write').mockReturnValue(true);
  try {
    await runAction(() => runOnce({ exec: b.exec }), inputs, tmp);
  } finally {
    spy.mockRestore();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  expect(b.builderOfBuild()).toBe(name);
  const build = b.calls.findIndex(c => c[2] === 'build');
  expect(b.calls.findIndex(c => c.join(' ') === `docker buildx rm ${name}`)).toBeGreaterThan(build);
  expect(b.builders()).toEqual(['default']);
});

test('a registry on this host’s loopback: the builder runs on the host’s network, to reach it', async () => {
  const b = scriptedBuildx(ok);
  await mainThenPost({ exec: b.exec }, { ...inputs, image: 'localhost:5000/selftest/tiny' });
  const image = create.indexOf('--platform');
  expect(b.calls.find(c => c[2] === 'create')).toEqual([
    ...create.slice(0, image),
    '--driver-opt',
    'network=host',
    ...create.slice(image)
  ]);
});

test.each([
  ['localhost:5000', true],
  ['127.0.0.1:5130', true],
  ['[::1]:5000', true],
  ['ghcr.io', false],
  ['registry.local:5000', false]
])('%s is on the loopback: %s', (registry, want) => expect(isLoopback(registry)).toBe(want));
