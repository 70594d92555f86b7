import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { foreignMachines, machinesIn } from '../../actions/lib/e2e/container/machines';
import { ContainerParityResult, judge, PlatformRun, runOrder } from '../../actions/lib/e2e/container/parity';
import { pullArgs, removeArgs, runArgs, runTimed } from '../../actions/lib/e2e/container/runtime';
import { parityRows, percentDiff, ratio } from '../../actions/lib/e2e/container/table';
import { formatPlatform, parsePlatform } from '../../actions/lib/oci/platform';
import { PINNED, installPinned, toolArch, ToolCache, verifySha256 } from '../../actions/lib/core/tools';
import { CheckError, ConfigurationError } from '../../actions/lib/core/errors';

const p = (s: string) => parsePlatform(s);

describe('machine names in output', () => {
  test.each([
    ['x86_64\n', ['x86_64']],
    ['aarch64', ['aarch64']],
    ['Linux host 6.1.0 #1 SMP aarch64 GNU/Linux', ['aarch64']],
    ['arch=x86_64 x86_64 again, then i686', ['x86_64', 'i686']],
    ['built for linux/arm64 and linux/amd64', []],
    ['my_x86_64_thing and x86_640', []],
    ['armv7l\n', ['armv7l']],
    ['s390x ppc64le riscv64', ['s390x', 'ppc64le', 'riscv64']]
  ])('%j', (out, machines) => {
    expect(machinesIn(out)).toEqual(machines);
  });

  test.each([
    ['x86_64', 'linux/arm64', ['x86_64']],
    ['aarch64', 'linux/arm64', []],
    ['x86_64', 'linux/amd64', []],
    ['aarch64', 'linux/amd64', ['aarch64']],
    ['armv7l', 'linux/arm/v7', []],
    ['armv8l', 'linux/arm/v7', []],
    ['i686', 'linux/386', []],
    ['x86_64 aarch64', 'linux/arm64', ['x86_64']],
    ['hello', 'linux/arm64', []]
  ])('%j on %s → foreign %j', (out, platform, foreign) => {
    expect(foreignMachines(out, p(platform))).toEqual(foreign);
  });
});

describe('runtime argv', () => {
  const img = '127.0.0.1:5000/app@sha256:' + 'a'.repeat(64);
  test('docker', () => {
    expect(pullArgs('docker', p('linux/arm64'), img, true)).toEqual([
      'pull',
      '--platform',
      'linux/arm64',
      '--quiet',
      img
    ]);
    expect(runArgs('docker', p('linux/arm64'), img, { command: 'uname -m' }, 'arch-e2e-1')).toEqual([
      'run',
      '--rm',
      '--name',
      'arch-e2e-1',
      '--platform',
      'linux/arm64',
      '--entrypoint',
      '',
      img,
      'sh',
      '-c',
      'uname -m'
    ]);
    expect(removeArgs('arch-e2e-1')).toEqual(['rm', '--force', 'arch-e2e-1']);
  });
  test('podman: TLS off only for insecure registries, never pulls during the timed run', () => {
    expect(pullArgs('podman', p('linux/arm/v7'), img, true)).toEqual([
      'pull',
      '--platform',
      'linux/arm/v7',
      '--tls-verify=false',
      img
    ]);
    expect(pullArgs('podman', p('linux/arm64'), img, false)).toEqual([
      'pull',
      '--platform',
      'linux/arm64',
      img
    ]);
    expect(runArgs('podman', p('linux/amd64'), img, { command: 'true' }, 'n')).toEqual([
      'run',
      '--rm',
      '--name',
      'n',
      '--platform',
      'linux/amd64',
      '--pull=never',
      '--entrypoint',
      '',
      img,
      'sh',
      '-c',
      'true'
    ]);
  });
  test("args: the image's own entrypoint with its arguments, as they are, no shell", () => {
    expect(runArgs('docker', p('linux/arm64'), img, { args: ['uname', '-m', 'a b'] }, 'n')).toEqual([
      'run',
      '--rm',
      '--name',
      'n',
      '--platform',
      'linux/arm64',
      img,
      'uname',
      '-m',
      'a b'
    ]);
    expect(runArgs('podman', p('linux/arm64'), img, { args: ['--version'] }, 'n')).toEqual([
      'run',
      '--rm',
      '--name',
      'n',
      '--platform',
      'linux/arm64',
      '--pull=never',
      img,
      '--version'
    ]);
  });
  test('the baseline runs first, each platform once', () => {
    expect(
      runOrder([p('linux/arm64'), p('linux/amd64'), p('linux/arm64/v8')], p('linux/amd64')).map(
        formatPlatform
      )
    ).toEqual(['linux/amd64', 'linux/arm64']);
  });
});

function r(platform: string, exitCode: number | undefined, extra: Partial<PlatformRun> = {}): PlatformRun {
  return {
    platform,
    exitCode,
    mode: 'native',
    timedOut: false,
    output: '',
    ok: false,
    problems: [],
    ...extra
  };
}

describe('judge', () => {
  test('same exit codes pass', () => {
    const runs = [r('linux/amd64', 0), r('linux/arm64', 0)];
    judge(runs, 'linux/amd64', 'img');
    expect(runs.map(x => x.ok)).toEqual([true, true]);
  });
  test('a different exit code is a parity difference naming both', () => {
    const runs = [r('linux/amd64', 0), r('linux/arm64', 1)];
    judge(runs, 'linux/amd64', 'reg/img:1');
    expect(runs[1].ok).toBe(false);
    expect(runs[1].problems).toEqual([
      'reg/img:1 linux/arm64 exited with 1 where linux/amd64 exited with 0 (parity difference)'
    ]);
  });
  test('failing the same way on both is parity', () => {
    const runs = [r('linux/amd64', 3), r('linux/arm64', 3)];
    judge(runs, 'linux/amd64', 'img');
    expect(runs.every(x => x.ok)).toBe(true);
  });
  test('no baseline result: nothing to compare against', () => {
    const runs = [r('linux/amd64', undefined, { problems: ['linux/amd64: timed out'] }), r('linux/arm64', 0)];
    judge(runs, 'linux/amd64', 'img');
    expect(runs[1].ok).toBe(false);
    expect(runs[1].problems[0]).toMatch(/cannot be compared: the linux\/amd64 baseline did not run/);
  });
});

describe('parity table', () => {
  test('size in percent and time ratio against the baseline', () => {
    expect(percentDiff(1100, 1000)).toBe('+10.0%');
    expect(percentDiff(950, 1000)).toBe('-5.0%');
    expect(percentDiff(undefined, 1000)).toBe('–');
    expect(ratio(3, 1.5)).toBe('2.00×');
    expect(ratio(1, 0)).toBe('–');
    const result: ContainerParityResult = {
      level: 'container',
      ok: false,
      runtime: 'docker',
      command: 'uname -m',
      baseline: 'linux/amd64',
      problems: [],
      images: [
        {
          image: 'r/app:1',
          baseline: 'linux/amd64',
          ok: false,
          problems: [],
          runs: [
            r('linux/amd64', 0, { ok: true, size: 2000, layers: 2, seconds: 0.5, machine: 'x86_64' }),
            r('linux/arm64', 0, {
              mode: 'emulated',
              size: 2100,
              layers: 2,
              seconds: 1.5,
              machine: 'x86_64',
              problems: ['runs x86_64 code']
            })
          ]
        }
      ]
    };
    expect(parityRows(result)).toEqual([
      [
        'r/app:1',
        'linux/amd64 (baseline)',
        'native',
        '0',
        'x86_64',
        '2000',
        '–',
        '2',
        '0.50s',
        '–',
        '✅ same as baseline'
      ],
      [
        'r/app:1',
        'linux/arm64',
        'emulated',
        '0',
        'x86_64',
        '2100',
        '+5.0%',
        '2',
        '1.50s',
        '3.00×',
        '❌ runs x86_64 code'
      ]
    ]);
  });
});

describe('runTimed', () => {
  test('kills a process at its deadline and says so', async () => {
    const res = await runTimed('sh', ['-c', 'echo started; sleep 5; echo never'], 300);
    expect(res.timedOut).toBe(true);
    expect(res.stdout).toBe('started\n');
    expect(res.ms).toBeLessThan(3000);
  });
  test('keeps exit code and output', async () => {
    const res = await runTimed('sh', ['-c', 'echo out; echo err >&2; exit 3'], 5000);
    expect(res).toMatchObject({ exitCode: 3, stdout: 'out\n', stderr: 'err\n', timedOut: false });
  });
  test('a missing tool is exit 127, not an exception', async () => {
    const res = await runTimed('/nonexistent/podman', ['run'], 5000);
    expect(res.exitCode).toBe(127);
    expect(res.stderr).toContain('ENOENT');
  });
});

describe('pinned tools', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tools-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('every pin has a 64-hex sha256 per architecture and the node image is pinned by digest', () => {
    for (const t of [PINNED.kind, PINNED.helm, PINNED.kubectl]) {
      expect(t.sha256.amd64).toMatch(/^[a-f0-9]{64}$/);
      expect(t.sha256.arm64).toMatch(/^[a-f0-9]{64}$/);
      expect(t.url('arm64')).toContain(`v${t.version}`);
      expect(t.url('arm64')).toMatch(/arm64/);
    }
    expect(PINNED.nodeImage).toMatch(/^kindest\/node:v1\.\d+\.\d+@sha256:[a-f0-9]{64}$/);
  });

  test.each([
    ['x64', 'amd64'],
    ['arm64', 'arm64']
  ])('toolArch(%s) = %s', (node, arch) => expect(toolArch(node)).toBe(arch));
  test('toolArch refuses other hosts', () => expect(() => toolArch('s390x')).toThrow(ConfigurationError));

  test('verifySha256 accepts the right file and names both sums otherwise', async () => {
    const f = path.join(dir, 'f');
    fs.writeFileSync(f, 'hello\n');
    await expect(
      verifySha256(f, '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03', 'x')
    ).resolves.toBeUndefined();
    await expect(verifySha256(f, 'a'.repeat(64), 'kind 0.29.0')).rejects.toThrow(
      'kind 0.29.0 failed its checksum: expected sha256 ' +
        'a'.repeat(64) +
        ', got 5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03'
    );
  });

  function cache(found = ''): ToolCache & { cached: string[]; urls: string[] } {
    const c = {
      cached: [] as string[],
      urls: [] as string[],
      find: async () => found,
      downloadTool: async (url: string) => {
        c.urls.push(url);
        const f = path.join(dir, 'download');
        fs.writeFileSync(f, 'not the real kind');
        return f;
      },
      extractTar: async () => dir,
      cacheFile: async (s: string) => {
        c.cached.push(s);
        return dir;
      }
    };
    return c;
  }

  test('a download with the wrong checksum is never cached', async () => {
    const c = cache();
    await expect(installPinned('kind', 'arm64', c)).rejects.toThrow(CheckError);
    await expect(installPinned('kind', 'arm64', c)).rejects.toThrow(
      `expected sha256 ${PINNED.kind.sha256.arm64}`
    );
    expect(c.urls[0]).toBe(
      'https://github.com/kubernetes-sigs/kind/releases/download/v0.29.0/kind-linux-arm64'
    );
    expect(c.cached).toEqual([]);
  });

  test('a cached tool is reused without a download', async () => {
    const c = cache('/opt/hostedtoolcache/helm/4.1.4/arm64');
    expect(await installPinned('helm', 'arm64', c)).toBe('/opt/hostedtoolcache/helm/4.1.4/arm64/helm');
    expect(c.urls).toEqual([]);
  });
});
