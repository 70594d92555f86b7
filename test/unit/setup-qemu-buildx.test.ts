import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { getInputs } from '../../actions/setup-qemu-buildx/inputs';
import { readBinfmtEntry } from '../../actions/lib/setup/qemu';
import {
  CreatedBuilder,
  createBuilderArgs,
  removeBuilder,
  setupBuilder
} from '../../actions/lib/setup/buildx';
import { CheckError } from '../../actions/lib/core/errors';
import type { Exec } from '../../actions/lib/core/exec';
import { buildProbe, probeMessage, probePlatforms } from '../../actions/lib/setup/probes';
import { formatPlatform } from '../../actions/lib/oci/platform';

const INPUTS = ['platforms', 'qemu', 'binfmt-source', 'verify', 'buildx', 'driver', 'builder-name'];

function setInputs(values: Record<string, string>): void {
  for (const name of INPUTS) delete process.env[`INPUT_${name.toUpperCase()}`];
  for (const [k, v] of Object.entries(values)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

afterEach(() => setInputs({}));

describe('setup-qemu-buildx inputs', () => {
  test('defaults match action.yml', () => {
    setInputs({});
    const i = getInputs();
    expect(i.platforms.map(formatPlatform)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(i).toMatchObject({
      qemu: 'auto',
      binfmtSource: 'auto',
      verify: true,
      buildx: true,
      driver: 'docker-container'
    });
    expect(i.binfmtImage).toBe('tonistiigi/binfmt:qemu-v7.0.0-28');
  });

  test.each([
    [{ platforms: 'linux/arm64/v8\naarch64' }, { platforms: ['linux/arm64'] }],
    [
      { qemu: 'false', buildx: 'false' },
      { qemu: 'false', buildx: false }
    ],
    [
      { 'binfmt-source': 'host', driver: 'docker' },
      { binfmtSource: 'host', driver: 'docker' }
    ],
    [{ 'builder-name': 'openebs-ci' }, { builderName: 'openebs-ci' }]
  ])('%j', (env, expected) => {
    setInputs(env);
    const i = getInputs();
    const { platforms, ...rest } = expected as any;
    if (platforms) expect(i.platforms.map(formatPlatform)).toEqual(platforms);
    expect(i).toMatchObject(rest);
  });

  test.each([
    [{ platforms: 'linux/arm65' }, 'Input "platforms" has an invalid value "linux/arm65"'],
    [{ qemu: 'maybe' }, 'Input "qemu" has an invalid value "maybe"'],
    [{ 'binfmt-source': 'cloud' }, 'Input "binfmt-source" has an invalid value "cloud"'],
    [{ verify: 'yes please' }, 'Input "verify" has an invalid value "yes please"'],
    [{ driver: 'kubernetes' }, 'Input "driver" has an invalid value "kubernetes"'],
    [{ 'builder-name': 'bad name' }, 'Input "builder-name" has an invalid value "bad name"']
  ])('%j is rejected', (env, message) => {
    setInputs(env);
    expect(() => getInputs()).toThrow(message);
  });
});

describe('buildx builder', () => {
  test('exact argv for a docker-container builder', () => {
    expect(
      createBuilderArgs({
        driver: 'docker-container',
        name: 'arch-actions-1',
        buildkitImage: 'moby/buildkit:v0.23.2',
        platforms: ['linux/amd64', 'linux/arm64']
      })
    ).toEqual([
      'buildx',
      'create',
      '--name',
      'arch-actions-1',
      '--driver',
      'docker-container',
      '--driver-opt',
      'image=moby/buildkit:v0.23.2',
      '--platform',
      'linux/amd64,linux/arm64',
      '--use'
    ]);
  });
});

/** A docker CLI that answers from `builders` (name → exists) and records every argv. */
function fakeDocker(current: string, failBootstrap: boolean) {
  const calls: string[] = [];
  const builders = new Set(['default', current]);
  const exec: Exec = async (_tool, args) => {
    calls.push(args.join(' '));
    const ok = { exitCode: 0, stdout: '', stderr: '' };
    const [, verb, ...rest] = args;
    if (verb === 'create') {
      builders.add(args[args.indexOf('--name') + 1]);
      current = args[args.indexOf('--name') + 1];
    } else if (verb === 'inspect' && rest[0] === '--bootstrap' && failBootstrap) {
      throw new CheckError('docker buildx failed: cannot pull the BuildKit image');
    } else if (verb === 'inspect' && rest.length === 1 && !builders.has(rest[0])) {
      return { ...ok, exitCode: 1 };
    } else if (verb === 'inspect' && rest.length === 0) {
      return { ...ok, stdout: `Name:   ${current}\nDriver: docker\n` };
    } else if (verb === 'rm') {
      builders.delete(rest[0]);
      if (current === rest[0]) current = 'default';
    } else if (verb === 'use') current = rest[0];
    return ok;
  };
  return { exec, calls, builders, current: () => current };
}

describe('builder clean-up', () => {
  const opts = {
    driver: 'docker-container' as const,
    name: 'arch-1',
    buildkitImage: 'moby/buildkit:v0.23.2',
    platforms: ['linux/amd64']
  };

  test('state is saved after create and before bootstrap; a failed bootstrap removes and restores', async () => {
    const docker = fakeDocker('mine', true);
    const saved: CreatedBuilder[] = [];
    const onCreated = (c: CreatedBuilder) => {
      saved.push(c);
      docker.calls.push('<state saved>');
    };
    await expect(setupBuilder(opts, { exec: docker.exec, onCreated })).rejects.toThrow(/BuildKit image/);
    expect(saved).toEqual([{ name: 'arch-1', previous: 'mine' }]);
    expect(docker.calls).toEqual([
      'buildx version',
      'buildx inspect',
      createBuilderArgs(opts).join(' '),
      '<state saved>',
      'buildx inspect --bootstrap arch-1',
      'buildx inspect arch-1',
      'buildx rm arch-1',
      'buildx inspect',
      'buildx use mine'
    ]);
    expect([...docker.builders].sort()).toEqual(['default', 'mine']);
    expect(docker.current()).toBe('mine');
  });

  test('the post step after a success removes the builder and restores; run twice, it does nothing more', async () => {
    const docker = fakeDocker('default', false);
    let saved: CreatedBuilder | undefined;
    await setupBuilder(opts, { exec: docker.exec, onCreated: c => (saved = c) });
    expect(docker.current()).toBe('arch-1');
    await removeBuilder(saved!, docker.exec);
    expect(docker.current()).toBe('default');
    const count = docker.calls.length;
    await removeBuilder(saved!, docker.exec);
    expect(docker.calls.slice(count)).toEqual(['buildx inspect arch-1', 'buildx inspect']);
  });
});

describe('binfmt_misc entries', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'binfmt-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('reads enabled, interpreter and flags', () => {
    fs.writeFileSync(
      path.join(dir, 'qemu-aarch64'),
      'enabled\ninterpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P\nflags: PF\noffset 0\nmagic 7f454c46\nmask ffffffff\n'
    );
    fs.writeFileSync(
      path.join(dir, 'qemu-riscv64'),
      'disabled\ninterpreter /usr/bin/qemu-riscv64\nflags: OC\n'
    );
    expect(readBinfmtEntry('aarch64', dir)).toEqual({
      enabled: true,
      interpreter: '/usr/libexec/qemu-binfmt/aarch64-binfmt-P',
      flags: 'PF'
    });
    expect(readBinfmtEntry('riscv64', dir)).toEqual({
      enabled: false,
      interpreter: '/usr/bin/qemu-riscv64',
      flags: 'OC'
    });
    expect(readBinfmtEntry('s390x', dir)).toBeUndefined();
  });
});

describe('carried probes', () => {
  const machines: Record<string, number> = {
    'linux/amd64': 62,
    'linux/386': 3,
    'linux/arm64': 183,
    'linux/arm/v7': 40,
    'linux/riscv64': 243,
    'linux/ppc64le': 21,
    'linux/s390x': 22
  };

  test.each(Object.entries(machines))('%s is an ELF executable for machine %d', (platform, machine) => {
    const elf = buildProbe(platform)!;
    expect(elf.subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
    const bigEndian = elf[5] === 2;
    expect(bigEndian ? elf.readUInt16BE(18) : elf.readUInt16LE(18)).toBe(machine);
    expect(elf.includes(Buffer.from(probeMessage(platform)))).toBe(true);
    expect(elf.length).toBeLessThan(512);
  });

  test('every carried probe has a known machine', () => {
    expect(probePlatforms().sort()).toEqual(Object.keys(machines).sort());
  });

  test('no probe for a platform we cannot vouch for', () => {
    expect(buildProbe('linux/mips64le')).toBeUndefined();
  });

  (process.arch === 'x64' ? test : test.skip)('the amd64 probe runs natively and prints its platform', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-'));
    const file = path.join(dir, 'probe');
    fs.writeFileSync(file, buildProbe('linux/amd64')!, { mode: 0o755 });
    const res = spawnSync(file, [], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(res.status).toBe(0);
    expect(res.stdout.trim()).toBe('arch-actions probe linux/amd64');
  });
});
