// Tools a runner lacks, installed with apt-get: exact argv as root and as the runner user, one log line.
import * as core from '../../actions/lib/core/toolkit';
import type { Exec } from '../../actions/lib/core/exec';
import { ensureAptTools } from '../../actions/lib/setup/apt';
import { HostDeps } from '../../actions/lib/setup/qemu';

function host(uid: number, present: string[]) {
  const calls: string[] = [];
  const exec: Exec = async (tool, args, opts = {}) => {
    calls.push(`${[tool, ...args].join(' ')}${opts.silent ? ' (quiet)' : ''}`);
    return { exitCode: 0, stdout: '', stderr: '' };
  };
  const deps: HostDeps = {
    exec,
    uid,
    binfmtDir: '/x',
    exists: () => false,
    which: async t => present.includes(t)
  };
  return { calls, deps };
}

const BUILDAH = [
  { command: 'buildah', pkg: 'buildah' },
  { command: 'skopeo', pkg: 'skopeo' }
];

test.each([
  [0, ['apt-get update -q (quiet)', 'apt-get install -y -q buildah skopeo (quiet)']],
  [1001, ['sudo -n apt-get update -q (quiet)', 'sudo -n apt-get install -y -q buildah skopeo (quiet)']]
])('uid %s, neither tool there: one update, one install, one log line', async (uid, argv) => {
  const { calls, deps } = host(uid, ['apt-get']);
  const info = jest.spyOn(core, 'info').mockImplementation(() => undefined);
  try {
    expect(await ensureAptTools(BUILDAH, 'the buildah build of linux/arm64', deps)).toEqual([
      'buildah',
      'skopeo'
    ]);
    expect(calls).toEqual(argv);
    expect(info.mock.calls).toEqual([
      [
        'Installed buildah, skopeo with apt-get for the buildah build of linux/arm64: this runner had no buildah, skopeo'
      ]
    ]);
  } finally {
    info.mockRestore();
  }
});

test('tools already there: nothing run, nothing logged', async () => {
  const { calls, deps } = host(1001, ['apt-get', 'buildah', 'skopeo']);
  expect(await ensureAptTools(BUILDAH, 'x', deps)).toEqual([]);
  expect(calls).toEqual([]);
});

test('no apt-get: a CheckError naming what is missing and for what', async () => {
  const { deps } = host(1001, ['skopeo']);
  await expect(ensureAptTools(BUILDAH, 'the buildah build of linux/arm64', deps)).rejects.toThrow(
    'the buildah build of linux/arm64 needs buildah, which this runner lacks, and apt-get is not available'
  );
});
