import * as fs from 'node:fs';
import * as path from 'node:path';
import { CheckError } from '../../core/errors';
import {
  aptInstallArgs,
  asRoot,
  hugepagesArgs,
  losetupAttachArgs,
  losetupDetachArgs,
  modprobeArgs,
  pvremoveArgs,
  truncateArgs,
  vgcreateArgs,
  vgremoveArgs,
  zpoolCreateArgs,
  zpoolDestroyArgs
} from './engine-argv';
import { failureReason, KubeExec } from './kubectl';

// What each OpenEBS engine needs on the host before kind starts (docs/design.md, "Storage engines on
// a hosted runner"), the chart values that turn it on in the openebs umbrella chart, its storage
// class, and the teardown that leaves no loop device, volume group or pool behind.

export const ENGINES = ['hostpath', 'zfs', 'lvm', 'mayastor'] as const;
export type EngineName = (typeof ENGINES)[number];

/** Mayastor's io-engine asks for 2 GiB of 2 MiB hugepages by default. */
export const MAYASTOR_HUGEPAGES = 1024;
const DISK_SIZE = '4G';

/** The host as the engines see it: a way to run tools, and where their files go. */
export interface EngineHost {
  exec: KubeExec;
  isRoot: boolean;
  work: string;
  /** Names this run's volume group and pool, so runs on one host never share them. */
  suffix: string;
  /** /proc/meminfo text (the hugepages count), read again after each change. */
  meminfo: () => string;
}

/** What prepare made, for the storage class and the teardown. */
export interface EngineState {
  engine: EngineName;
  file?: string;
  device?: string;
  vg?: string;
  pool?: string;
  hugepagesBefore?: number;
  /** What was done, for the stage detail. */
  done: string[];
}

type Set = Array<{ key: string; value: string }>;

export interface EngineProfile {
  name: EngineName;
  /** Chart values of the openebs umbrella chart (another chart ignores them); the user's set comes after. */
  values: Set;
  /** Node labels the engine's pods select (Mayastor's io-engine). */
  nodeLabels: string[];
  /** Host paths the kind node mounts: device nodes made after it started (LVs, NVMe-oF) appear in it. */
  extraMounts: Array<{ hostPath: string; containerPath: string }>;
  prepare?: (h: EngineHost) => Promise<EngineState>;
  teardown?: (h: EngineHost, s: EngineState) => Promise<string[]>;
  /** The StorageClass (and pool) the smoke and perf stages use. */
  manifests?: (s: EngineState, ctx: { namespace: string; node: string }) => Array<Record<string, unknown>>;
}

const on = (engine: string): Set =>
  [
    ['engines.local.lvm.enabled', engine === 'lvm'],
    ['engines.local.zfs.enabled', engine === 'zfs'],
    ['engines.replicated.mayastor.enabled', engine === 'mayastor']
  ].map(([key, v]) => ({ key: String(key), value: String(v) }));

/** Runs as root; throws a CheckError naming `what` on failure. Returns stdout. */
async function root(h: EngineHost, argv: string[], what: string): Promise<string> {
  const [tool, ...args] = asRoot(argv, h.isRoot);
  const res = await h.exec(tool, args);
  if (res.exitCode !== 0) throw new CheckError(`${what} failed: ${failureReason(res)}`);
  return res.stdout.trim();
}

/** Runs as root without throwing; a failure becomes a line of the teardown's problems. */
async function tryRoot(h: EngineHost, argv: string[], problems: string[]): Promise<void> {
  const [tool, ...args] = asRoot(argv, h.isRoot);
  const res = await h.exec(tool, args);
  if (res.exitCode !== 0) problems.push(`${argv.join(' ')}: ${failureReason(res)}`);
}

/** Installs `pkg` when `tool` is not on PATH. */
async function ensureTool(h: EngineHost, tool: string, pkg: string, s: EngineState): Promise<void> {
  if ((await h.exec('sh', ['-c', `command -v ${tool}`])).exitCode === 0) return;
  await root(h, aptInstallArgs(pkg), `installing ${pkg} (for ${tool})`);
  s.done.push(`${pkg} installed`);
}

/** A sparse file on a fresh loop device. */
async function loopDisk(h: EngineHost, s: EngineState): Promise<string> {
  s.file = path.join(h.work, `${s.engine}-disk.img`);
  await root(h, truncateArgs(s.file, DISK_SIZE), `creating the ${DISK_SIZE} disk file`);
  s.device = await root(h, losetupAttachArgs(s.file), 'attaching a loop device');
  s.done.push(`loop device ${s.device} on a ${DISK_SIZE} sparse file`);
  return s.device;
}

async function detach(h: EngineHost, s: EngineState, problems: string[]): Promise<void> {
  if (s.device) await tryRoot(h, losetupDetachArgs(s.device), problems);
  if (s.file) fs.rmSync(s.file, { force: true });
}

/** `HugePages_Total` and the hugepage size in kB, from /proc/meminfo. */
export function hugepages(meminfo: string): { total: number; sizeKiB: number } {
  const n = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(meminfo)?.[1] ?? 0);
  return { total: n('HugePages_Total'), sizeKiB: n('Hugepagesize') };
}

async function mayastorPrepare(h: EngineHost): Promise<EngineState> {
  const s: EngineState = { engine: 'mayastor', done: [] };
  const missing: string[] = [];
  const before = hugepages(h.meminfo());
  s.hugepagesBefore = before.total;
  if (before.sizeKiB !== 2048) {
    missing.push(`2 MiB hugepages (this kernel's hugepage size is ${before.sizeKiB} kB)`);
  } else if (before.total < MAYASTOR_HUGEPAGES) {
    const res = await h.exec(...split(asRoot(hugepagesArgs(MAYASTOR_HUGEPAGES), h.isRoot)));
    const after = hugepages(h.meminfo()).total;
    if (after < MAYASTOR_HUGEPAGES) {
      const why = res.exitCode !== 0 ? `: ${failureReason(res)}` : '';
      missing.push(`${MAYASTOR_HUGEPAGES} hugepages of 2 MiB (the runner gave ${after} of them${why})`);
    } else s.done.push(`${after} hugepages of 2 MiB (were ${before.total})`);
  }
  const mod = await h.exec(...split(asRoot(modprobeArgs('nvme-tcp'), h.isRoot)));
  if (mod.exitCode !== 0) {
    missing.push(
      `the nvme-tcp kernel module (modprobe nvme-tcp: ${failureReason(mod)}; Ubuntu ships it in linux-modules-extra)`
    );
  } else s.done.push('nvme-tcp loaded');
  if (missing.length) {
    // Hugepages taken for nothing go back now: teardown only runs for a prepared engine.
    if (s.hugepagesBefore !== undefined && hugepages(h.meminfo()).total !== s.hugepagesBefore)
      await h.exec(...split(asRoot(hugepagesArgs(s.hugepagesBefore), h.isRoot)));
    throw new CheckError(`Mayastor cannot run on this runner: it needs ${missing.join(', and ')}`);
  }
  await loopDisk(h, s);
  return s;
}

const split = (argv: string[]): [string, string[]] => [argv[0], argv.slice(1)];

const LVM: EngineProfile = {
  name: 'lvm',
  values: on('lvm'),
  nodeLabels: [],
  extraMounts: [{ hostPath: '/dev', containerPath: '/dev' }],
  async prepare(h) {
    const s: EngineState = { engine: 'lvm', done: [], vg: `arch-e2e-${h.suffix}` };
    await ensureTool(h, 'vgcreate', 'lvm2', s);
    const device = await loopDisk(h, s);
    await root(h, vgcreateArgs(s.vg!, device), `creating the volume group ${s.vg}`);
    s.done.push(`volume group ${s.vg}`);
    return s;
  },
  async teardown(h, s) {
    const problems: string[] = [];
    if (s.vg) await tryRoot(h, vgremoveArgs(s.vg), problems);
    if (s.device) await tryRoot(h, pvremoveArgs(s.device), problems);
    await detach(h, s, problems);
    return problems;
  },
  manifests: s => [
    storageClass('lvm', 'local.csi.openebs.io', { storage: 'lvm', volgroup: s.vg!, fsType: 'ext4' })
  ]
};

const ZFS: EngineProfile = {
  name: 'zfs',
  values: on('zfs'),
  nodeLabels: [],
  extraMounts: [],
  async prepare(h) {
    const s: EngineState = { engine: 'zfs', done: [], pool: `arch-e2e-${h.suffix}` };
    await ensureTool(h, 'zpool', 'zfsutils-linux', s);
    await root(
      h,
      modprobeArgs('zfs'),
      'loading the zfs kernel module (modprobe zfs; the zfsutils-linux package)'
    );
    s.file = path.join(h.work, 'zfs-disk.img');
    await root(h, truncateArgs(s.file, DISK_SIZE), `creating the ${DISK_SIZE} pool file`);
    await root(h, zpoolCreateArgs(s.pool!, s.file), `creating the zpool ${s.pool}`);
    s.done.push(`zpool ${s.pool} on a ${DISK_SIZE} sparse file (the node sees it through /dev/zfs)`);
    return s;
  },
  async teardown(h, s) {
    const problems: string[] = [];
    if (s.pool) await tryRoot(h, zpoolDestroyArgs(s.pool), problems);
    if (s.file) fs.rmSync(s.file, { force: true });
    return problems;
  },
  manifests: s => [storageClass('zfs', 'zfs.csi.openebs.io', { poolname: s.pool!, fstype: 'zfs' })]
};

const MAYASTOR: EngineProfile = {
  name: 'mayastor',
  values: [
    ...on('mayastor'),
    // One kind node: one etcd member, and no log stack to wait for.
    { key: 'mayastor.etcd.replicaCount', value: '1' },
    { key: 'mayastor.loki-stack.enabled', value: 'false' }
  ],
  nodeLabels: ['openebs.io/engine=mayastor'],
  extraMounts: [{ hostPath: '/dev', containerPath: '/dev' }],
  prepare: mayastorPrepare,
  async teardown(h, s) {
    const problems: string[] = [];
    await detach(h, s, problems);
    if (s.hugepagesBefore !== undefined) await tryRoot(h, hugepagesArgs(s.hugepagesBefore), problems);
    return problems;
  },
  manifests: (s, ctx) => [
    storageClass('mayastor', 'io.openebs.csi-mayastor', { protocol: 'nvmf', repl: '1' }),
    {
      apiVersion: 'openebs.io/v1beta2',
      kind: 'DiskPool',
      metadata: { name: 'arch-e2e-pool', namespace: ctx.namespace },
      spec: { node: ctx.node, disks: [`aio://${s.device}`] }
    }
  ]
};

const HOSTPATH: EngineProfile = { name: 'hostpath', values: [], nodeLabels: [], extraMounts: [] };

export const PROFILES: Record<EngineName, EngineProfile> = {
  hostpath: HOSTPATH,
  lvm: LVM,
  zfs: ZFS,
  mayastor: MAYASTOR
};

/** The storage class an engine's run uses (hostpath: the chart's own, as given). */
export function engineStorageClass(engine: EngineName): string {
  return `arch-e2e-${engine}`;
}

export function storageClass(
  engine: EngineName,
  provisioner: string,
  parameters: Record<string, string>
): Record<string, unknown> {
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: engineStorageClass(engine) },
    provisioner,
    parameters,
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'WaitForFirstConsumer',
    allowVolumeExpansion: true
  };
}

/** The kind cluster config: the engine's mounts on the one node (none: kind's defaults). */
export function kindConfig(profile: EngineProfile): Record<string, unknown> | undefined {
  if (!profile.extraMounts.length) return undefined;
  return {
    kind: 'Cluster',
    apiVersion: 'kind.x-k8s.io/v1alpha4',
    nodes: [{ role: 'control-plane', extraMounts: profile.extraMounts }]
  };
}
