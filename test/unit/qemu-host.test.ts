// The host QEMU fallback's argv, as root and as the runner user (uid 1001, through sudo -n).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckError } from '../../actions/lib/core/errors';
import type { Exec } from '../../actions/lib/core/exec';
import { HostDeps, installFromHost } from '../../actions/lib/setup/qemu';

const ENTRY =
  'enabled\ninterpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P\nflags: P\noffset 0\nmagic 7f454c46\nmask ffffffff\n';
const LINE =
  ':qemu-aarch64:M:0:\\x7f\\x45\\x4c\\x46:\\xff\\xff\\xff\\xff:/usr/libexec/qemu-binfmt/aarch64-binfmt-P:PF';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'binfmt-'));
  fs.writeFileSync(path.join(dir, 'qemu-aarch64'), ENTRY);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Host {
  uid: number;
  qemuInstalled: boolean;
  mounted: boolean;
  tools: string[];
}

/** Runs the fallback for linux/arm64 on a described host; returns each argv (with its stdin). */
async function argvOf(host: Host): Promise<string[]> {
  const calls: string[] = [];
  const exec: Exec = async (tool, args, opts = {}) => {
    const stdin = opts.input === undefined ? '' : ` <<< ${String(opts.input)}`;
    calls.push([tool, ...args].join(' ').replace(dir, '$BINFMT') + stdin);
    return { exitCode: 0, stdout: '', stderr: '' };
  };
  const deps: HostDeps = {
    exec,
    uid: host.uid,
    binfmtDir: dir,
    exists: f =>
      f.startsWith('/usr/bin/qemu-') ? host.qemuInstalled : f.endsWith('register') && host.mounted,
    which: async t => host.tools.includes(t)
  };
  await installFromHost(['linux/arm64'], deps);
  return calls;
}

const TOOLS = ['apt-get', 'update-binfmts'];

test.each<[string, Host, string[]]>([
  [
    'runner user, nothing installed: sudo, then update, then install, then the register writes',
    { uid: 1001, qemuInstalled: false, mounted: true, tools: TOOLS },
    [
      'sudo -n apt-get update -q',
      'sudo -n apt-get install -y -q qemu-user-static binfmt-support',
      'sudo -n update-binfmts --enable qemu-aarch64',
      'sudo -n tee $BINFMT/qemu-aarch64 <<< -1',
      `sudo -n tee $BINFMT/register <<< ${LINE}`
    ]
  ],
  [
    'root: the same steps without sudo',
    { uid: 0, qemuInstalled: false, mounted: true, tools: TOOLS },
    [
      'apt-get update -q',
      'apt-get install -y -q qemu-user-static binfmt-support',
      'update-binfmts --enable qemu-aarch64',
      'tee $BINFMT/qemu-aarch64 <<< -1',
      `tee $BINFMT/register <<< ${LINE}`
    ]
  ],
  [
    'runner user, QEMU installed but binfmt_misc not mounted',
    { uid: 1001, qemuInstalled: true, mounted: false, tools: [] },
    [
      'sudo -n mount -t binfmt_misc binfmt_misc $BINFMT',
      'sudo -n tee $BINFMT/qemu-aarch64 <<< -1',
      `sudo -n tee $BINFMT/register <<< ${LINE}`
    ]
  ]
])('%s', async (_name, host, expected) => {
  expect(await argvOf(host)).toEqual(expected);
});

test('an entry that has the F flag is left alone', async () => {
  fs.writeFileSync(path.join(dir, 'qemu-aarch64'), ENTRY.replace('flags: P', 'flags: PF'));
  expect(await argvOf({ uid: 1001, qemuInstalled: true, mounted: true, tools: TOOLS })).toEqual([
    'sudo -n update-binfmts --enable qemu-aarch64'
  ]);
});

test('no QEMU and no apt-get is a CheckError naming what is missing', async () => {
  const run = argvOf({ uid: 1001, qemuInstalled: false, mounted: true, tools: [] });
  await expect(run).rejects.toThrow(CheckError);
  await expect(run).rejects.toThrow(
    'qemu-user-static is not installed and apt-get is not available (need aarch64)'
  );
});
