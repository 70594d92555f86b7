// Argv builders for what the storage engines need on the host: pure, so tests assert exact argv.
// Each runs as root: `sudo -n` in front when we are not (GitHub's runners allow it without a password).

export function asRoot(argv: string[], isRoot: boolean): string[] {
  return isRoot ? argv : ['sudo', '-n', ...argv];
}

/** A sparse file of `size` (fio syntax: 4G) for a loop device or a file-backed pool. */
export function truncateArgs(file: string, size: string): string[] {
  return ['truncate', '--size', size, file];
}

export function losetupAttachArgs(file: string): string[] {
  return ['losetup', '--find', '--show', file];
}

/** The loop devices backed by `file`, one name a line (none when it is attached nowhere). */
export function losetupAssociatedArgs(file: string): string[] {
  return ['losetup', '--noheadings', '--output', 'NAME', '--associated', file];
}

export function losetupDetachArgs(device: string): string[] {
  return ['losetup', '--detach', device];
}

export function vgcreateArgs(vg: string, device: string): string[] {
  return ['vgcreate', '--yes', vg, device];
}

export function vgremoveArgs(vg: string): string[] {
  return ['vgremove', '--yes', '--force', vg];
}

export function pvremoveArgs(device: string): string[] {
  return ['pvremove', '--yes', device];
}

/** The volume group, when it exists (exit code 5 when it does not). */
export function vgsArgs(vg: string): string[] {
  return ['vgs', '--noheadings', '--options', 'vg_name', vg];
}

export function modprobeArgs(module: string): string[] {
  return ['modprobe', module];
}

/** A pool on a file: zpool takes an absolute file path as a vdev. */
export function zpoolCreateArgs(pool: string, file: string): string[] {
  return ['zpool', 'create', '-f', pool, file];
}

export function zpoolDestroyArgs(pool: string): string[] {
  return ['zpool', 'destroy', '-f', pool];
}

export function hugepagesArgs(count: number): string[] {
  return ['sysctl', '-w', `vm.nr_hugepages=${count}`];
}

export function kubectlLabelNodesArgs(label: string): string[] {
  return ['label', 'nodes', '--all', '--overwrite', label];
}

/** Installs a Debian/Ubuntu package (the runner images lack zfsutils-linux). */
export function aptInstallArgs(pkg: string): string[] {
  return [
    'env',
    'DEBIAN_FRONTEND=noninteractive',
    'apt-get',
    'install',
    '--yes',
    '--no-install-recommends',
    pkg
  ];
}
