// Engine profiles of the cluster level: the exact host commands each engine runs before kind
// and after it (as a user with sudo), its chart values, StorageClass and kind mounts; Mayastor's
// refusal naming what the runner lacks; and the perf stage's record.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EngineHost, hugepages, kindConfig, PROFILES } from '../../actions/lib/e2e/cluster/engines';
import { KubeExec } from '../../actions/lib/e2e/cluster/kubectl';
import { fioJsonFromLog, perfPodScript } from '../../actions/lib/e2e/cluster/perf';
import { parseFio } from '../../actions/lib/e2e/perf/fio';
import { clusterHarness, fail, lines, world } from '../helpers/cluster';

const MEMINFO = (total: number) =>
  `MemTotal: 16000000 kB\nHugePages_Total:    ${total}\nHugepagesize:       2048 kB\n`;

/** A host whose commands are recorded; `answers` by argv prefix, others succeed with `stdout`. */
function host(
  answers: Array<[RegExp, { exitCode: number; stdout: string; stderr: string }]> = [],
  pages = [0]
) {
  const calls: string[] = [];
  let hp = pages[0];
  const exec: KubeExec = async (tool, args) => {
    const line = [tool, ...args].join(' ');
    calls.push(line);
    for (const [re, res] of answers) if (re.test(line)) return res;
    const set = /vm\.nr_hugepages=(\d+)/.exec(line);
    if (set) hp = pages.length > 1 ? pages[1] : Number(set[1]);
    if (/losetup --find --show/.test(line)) return { exitCode: 0, stdout: '/dev/loop7\n', stderr: '' };
    return { exitCode: 0, stdout: '', stderr: '' };
  };
  const h: EngineHost = { exec, isRoot: false, work: '/w', suffix: 'abc123', meminfo: () => MEMINFO(hp) };
  return { h, calls };
}

describe('host preparation and teardown, exact argv', () => {
  test('lvm: a loop device on a sparse file, a volume group; teardown removes both', async () => {
    const { h, calls } = host();
    const s = await PROFILES.lvm.prepare!(h);
    expect(calls).toEqual([
      'sh -c command -v vgcreate',
      'sudo -n truncate --size 4G /w/lvm-disk.img',
      'sudo -n losetup --find --show /w/lvm-disk.img',
      'sudo -n vgcreate --yes arch-e2e-abc123 /dev/loop7'
    ]);
    calls.length = 0;
    expect(await PROFILES.lvm.teardown!(h, s)).toEqual([]);
    expect(calls).toEqual([
      'sudo -n vgremove --yes --force arch-e2e-abc123',
      'sudo -n pvremove --yes /dev/loop7',
      'sudo -n losetup --detach /dev/loop7'
    ]);
    expect(PROFILES.lvm.manifests!(s, { namespace: 'openebs', node: 'n' })).toEqual([
      expect.objectContaining({
        kind: 'StorageClass',
        metadata: { name: 'arch-e2e-lvm' },
        provisioner: 'local.csi.openebs.io',
        parameters: { storage: 'lvm', volgroup: 'arch-e2e-abc123', fsType: 'ext4' }
      })
    ]);
  });

  test('zfs: zfsutils-linux when zpool is missing, the module, a file-backed pool; teardown destroys it', async () => {
    const { h, calls } = host([[/^sh -c command -v zpool/, fail('')]]);
    const s = await PROFILES.zfs.prepare!(h);
    expect(calls).toEqual([
      'sh -c command -v zpool',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install --yes --no-install-recommends zfsutils-linux',
      'sudo -n modprobe zfs',
      'sudo -n truncate --size 4G /w/zfs-disk.img',
      'sudo -n zpool create -f arch-e2e-abc123 /w/zfs-disk.img'
    ]);
    calls.length = 0;
    await PROFILES.zfs.teardown!(h, s);
    expect(calls).toEqual(['sudo -n zpool destroy -f arch-e2e-abc123']);
    expect(kindConfig(PROFILES.zfs)).toBeUndefined();
  });

  test('zfs without its module fails naming it', async () => {
    const { h } = host([
      [/modprobe zfs/, fail('modprobe: FATAL: Module zfs not found in directory /lib/modules/6.14')]
    ]);
    await expect(PROFILES.zfs.prepare!(h)).rejects.toThrow(
      'loading the zfs kernel module (modprobe zfs; the zfsutils-linux package) failed: modprobe: FATAL: Module zfs not found'
    );
  });

  test('mayastor: hugepages raised, nvme-tcp loaded, a loop disk; teardown gives the hugepages back', async () => {
    const { h, calls } = host();
    const s = await PROFILES.mayastor.prepare!(h);
    expect(calls).toEqual([
      'sudo -n sysctl -w vm.nr_hugepages=1024',
      'sudo -n modprobe nvme-tcp',
      'sudo -n truncate --size 4G /w/mayastor-disk.img',
      'sudo -n losetup --find --show /w/mayastor-disk.img'
    ]);
    expect(s.done).toEqual([
      '1024 hugepages of 2 MiB (were 0)',
      'nvme-tcp loaded',
      'loop device /dev/loop7 on a 4G sparse file'
    ]);
    calls.length = 0;
    await PROFILES.mayastor.teardown!(h, s);
    expect(calls).toEqual(['sudo -n losetup --detach /dev/loop7', 'sudo -n sysctl -w vm.nr_hugepages=0']);
    const [sc, pool] = PROFILES.mayastor.manifests!(s, {
      namespace: 'openebs',
      node: 'arch-e2e-x-control-plane'
    });
    expect(sc).toMatchObject({
      provisioner: 'io.openebs.csi-mayastor',
      parameters: { protocol: 'nvmf', repl: '1' }
    });
    expect(pool).toMatchObject({
      kind: 'DiskPool',
      metadata: { namespace: 'openebs' },
      spec: { node: 'arch-e2e-x-control-plane', disks: ['aio:///dev/loop7'] }
    });
  });

  test('mayastor on a runner that gives too few hugepages and lacks nvme-tcp: one message naming both', async () => {
    const { h, calls } = host(
      [[/modprobe nvme-tcp/, fail('modprobe: FATAL: Module nvme-tcp not found')]],
      [0, 300]
    );
    await expect(PROFILES.mayastor.prepare!(h)).rejects.toThrow(
      'Mayastor cannot run on this runner: it needs 1024 hugepages of 2 MiB (the runner gave 300 of them), ' +
        'and the nvme-tcp kernel module (modprobe nvme-tcp: modprobe: FATAL: Module nvme-tcp not found; Ubuntu ships it in linux-modules-extra)'
    );
    // Nothing is left attached, and the hugepages go back.
    expect(calls.filter(c => /losetup|truncate/.test(c))).toEqual([]);
    expect(calls[calls.length - 1]).toBe('sudo -n sysctl -w vm.nr_hugepages=0');
  });

  test('as root there is no sudo', async () => {
    const { h, calls } = host();
    await PROFILES.lvm.prepare!({ ...h, isRoot: true });
    expect(calls[1]).toBe('truncate --size 4G /w/lvm-disk.img');
  });

  test.each([
    ['hostpath', []],
    [
      'lvm',
      [
        'engines.local.lvm.enabled=true',
        'engines.local.zfs.enabled=false',
        'engines.replicated.mayastor.enabled=false'
      ]
    ],
    [
      'zfs',
      [
        'engines.local.lvm.enabled=false',
        'engines.local.zfs.enabled=true',
        'engines.replicated.mayastor.enabled=false'
      ]
    ],
    [
      'mayastor',
      [
        'engines.local.lvm.enabled=false',
        'engines.local.zfs.enabled=false',
        'engines.replicated.mayastor.enabled=true',
        'mayastor.etcd.replicaCount=1',
        'mayastor.loki-stack.enabled=false'
      ]
    ]
  ] as const)('%s chart values', (engine, values) => {
    expect(PROFILES[engine].values.map(v => `${v.key}=${v.value}`)).toEqual(values);
  });

  test('hugepages from /proc/meminfo', () => {
    expect(hugepages(MEMINFO(512))).toEqual({ total: 512, sizeKiB: 2048 });
  });
});

describe('the cluster level with an engine', () => {
  const h = clusterHarness();

  test('lvm: host stage before kind (with /dev mounted), values before the user set, its StorageClass, teardown last', async () => {
    const w = world([[/^losetup --find --show/, { exitCode: 0, stdout: '/dev/loop3\n', stderr: '' }]]);
    const r = await h.go({ exec: w.exec, isRoot: true }, { engine: 'lvm' });
    expect(r.problems).toEqual([]);
    expect(r.stages.filter(s => s.status !== 'skipped').map(s => s.name)).toContain('storageclass');
    const l = lines(w);
    const vg = /vgcreate --yes (\S+) \/dev\/loop3/.exec(l.join('\n'))![1];
    expect(l.findIndex(x => x.startsWith('vgcreate'))).toBeLessThan(
      l.findIndex(x => x.startsWith('kind create'))
    );
    expect(l.find(x => x.startsWith('kind create'))).toContain(
      `--config ${path.join(h.work, 'kind-config.yaml')}`
    );
    expect(fs.readFileSync(path.join(h.work, 'kind-config.yaml'), 'utf8')).toContain('containerPath: /dev');
    expect(l.find(x => x.startsWith('helm upgrade'))).toContain(
      '--set engines.local.lvm.enabled=true --set engines.local.zfs.enabled=false --set engines.replicated.mayastor.enabled=false --set hostpathClass.isDefaultClass=true'
    );
    expect(fs.readFileSync(path.join(h.work, 'storageclass.yaml'), 'utf8')).toContain(`volgroup: ${vg}`);
    expect(fs.readFileSync(path.join(h.work, 'smoke.yaml'), 'utf8')).toContain(
      'storageClassName: arch-e2e-lvm'
    );
    expect(l.slice(-4)).toEqual([
      `kind delete cluster --name arch-e2e-test --kubeconfig ${path.join(h.work, 'kubeconfig')}`,
      `vgremove --yes --force ${vg}`,
      'pvremove --yes /dev/loop3',
      'losetup --detach /dev/loop3'
    ]);
    expect(r.engine).toEqual({
      name: 'lvm',
      prepared: ['loop device /dev/loop3 on a 4G sparse file', `volume group ${vg}`],
      teardownProblems: []
    });
  });

  test('on a runner (no deleteCluster) the cluster still goes before the teardown: its node holds the devices', async () => {
    const w = world([[/^losetup --find --show/, { exitCode: 0, stdout: '/dev/loop3\n', stderr: '' }]]);
    await h.go({ exec: w.exec, isRoot: true }, { engine: 'lvm', deleteCluster: false });
    const l = lines(w);
    expect(l.slice(-4).map(x => x.split(' ')[0])).toEqual(['kind', 'vgremove', 'pvremove', 'losetup']);
    const hostpath = world();
    await h.go({ exec: hostpath.exec }, { deleteCluster: false });
    expect(lines(hostpath).some(x => x.startsWith('kind delete'))).toBe(false);
  });

  test('mayastor labels the node for its io-engine once the cluster is up', async () => {
    const w = world([[/^losetup --find --show/, { exitCode: 0, stdout: '/dev/loop3\n', stderr: '' }]]);
    await h.go({ exec: w.exec, isRoot: true, meminfo: () => MEMINFO(2048) }, { engine: 'mayastor' });
    const l = lines(w);
    expect(l[l.findIndex(x => x.startsWith('kind create')) + 1]).toBe(
      `kubectl label nodes --all --overwrite openebs.io/engine=mayastor --kubeconfig ${path.join(h.work, 'kubeconfig')}`
    );
  });

  test('a host stage that fails stops before kind, and nothing is left to tear down', async () => {
    const w = world([[/^modprobe zfs/, fail('modprobe: FATAL: Module zfs not found')]]);
    const r = await h.go({ exec: w.exec, isRoot: true }, { engine: 'zfs' });
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatch(
      /^host: loading the zfs kernel module .* failed: modprobe: FATAL: Module zfs not found$/
    );
    expect(lines(w).some(x => x.startsWith('kind create') || x.startsWith('zpool'))).toBe(false);
  });
});

describe('the perf stage', () => {
  const h = clusterHarness();
  const fioJson = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'fio', 'amd64-libaio.json'), 'utf8');
  const facts = {
    platform: 'linux/amd64',
    cpu: 'AMD EPYC 7763',
    cores: 4,
    kernel: '6.11.0-azure',
    emulated: false
  };

  test('the amd64 baseline: fio on the host arch, its JSON and the runner facts written as the record', async () => {
    const w = world([
      [
        /^kubectl logs arch-e2e-fio-/,
        { exitCode: 0, stdout: `Setting up fio\n--- arch-actions fio json ---\n${fioJson}`, stderr: '' }
      ]
    ]);
    const perfFile = path.join(h.work, 'perf', 'fio-amd64.json');
    const r = await h.go(
      { exec: w.exec, hostArch: 'x64', hostFacts: p => ({ ...facts, platform: p }) },
      { perf: 'baseline', perfFile }
    );
    const perf = r.stages.find(s => s.name === 'perf')!;
    expect(perf.status).toBe('passed');
    expect(r.stages.find(s => s.name === 'architecture')?.detail).toBe('the amd64 baseline run');
    const rec = JSON.parse(fs.readFileSync(perfFile, 'utf8'));
    expect(rec).toMatchObject({
      kind: 'arch-actions-fio',
      host: facts,
      engine: 'hostpath',
      storageClass: 'openebs-hostpath'
    });
    expect(rec.fio).toEqual(JSON.parse(fioJson));
    const pod = fs.readFileSync(path.join(h.work, 'fio.yaml'), 'utf8');
    expect(pod).toContain('kubernetes.io/arch: amd64');
    expect(pod).toContain('image: docker.io/library/debian:bookworm-slim');
    expect(r.perf).toEqual({ file: perfFile, platform: 'linux/amd64', jobs: 4 });
  });

  test('the pod script runs the standard jobs with direct I/O and prints fio JSON after the mark', () => {
    const script = perfPodScript('[global]\ndirect=1\n');
    expect(script).toContain("cat > /tmp/jobs.fio <<'JOBS'\n[global]\ndirect=1\nJOBS");
    expect(script).toContain('fio --output-format=json --output=/tmp/fio.json /tmp/jobs.fio');
    const json = fioJsonFromLog(`apt noise\n--- arch-actions fio json ---\n${fioJson}`);
    expect(parseFio(json, 'x', 'x').jobs).toHaveLength(4);
    expect(() => fioJsonFromLog('E: Unable to locate package fio')).toThrow('the fio pod printed no JSON');
  });
});
