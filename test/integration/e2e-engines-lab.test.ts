// The engine preparation that can run here, for real (issue 27, acceptance 3): LVM's loop device
// and volume group from lvm2 (installed by lab.sh), and a teardown that leaves neither behind,
// checked with losetup and vgs. ZFS (no zfs module in the lab's kernel) and Mayastor (2 GiB of
// hugepages and nvme-tcp on a shared machine) are runner-only: docs/design.md says why.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EngineHost, PROFILES } from '../../actions/lib/e2e/cluster/engines';
import { defaultExec } from '../../actions/lib/e2e/cluster/kubectl';
import { requireLab } from '../lab/lab';

let work: string;
beforeAll(() => {
  requireLab();
  work = fs.mkdtempSync('/var/tmp/engines-lab-');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const sh = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 30000 });

test('lvm: a loop device with a volume group, then nothing of either left', async () => {
  const h: EngineHost = {
    exec: defaultExec,
    isRoot: process.getuid?.() === 0,
    work,
    suffix: randomBytes(3).toString('hex'),
    meminfo: () => fs.readFileSync('/proc/meminfo', 'utf8')
  };
  const s = await PROFILES.lvm.prepare!(h);
  const file = path.join(work, 'lvm-disk.img');
  try {
    expect(s.device).toMatch(/^\/dev\/loop\d+$/);
    expect(sh('losetup', ['--noheadings', '--output', 'NAME', '--associated', file]).stdout.trim()).toBe(
      s.device
    );
    const vgs = sh('vgs', ['--noheadings', '--options', 'vg_name,pv_count', s.vg!]);
    expect(vgs.status).toBe(0);
    expect(vgs.stdout.trim().split(/\s+/)).toEqual([s.vg, '1']);
  } finally {
    expect(await PROFILES.lvm.teardown!(h, s)).toEqual([]);
  }
  expect(sh('vgs', [s.vg!]).status).not.toBe(0);
  expect(sh('losetup', ['--list', '--noheadings', '--output', 'NAME,BACK-FILE']).stdout).not.toContain(file);
  expect(fs.existsSync(file)).toBe(false);
});
