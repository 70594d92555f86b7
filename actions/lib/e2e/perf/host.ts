import * as fs from 'node:fs';
import * as os from 'node:os';
import type { HostFacts } from './fio';

// The runner a perf run measured: CPU model, cores, memory and kernel, read where it ran (the kind
// node shares the runner's kernel and CPUs).

/** Arm's own cores by `CPU part` (implementer 0x41), for cpuinfo files without a model name. */
const ARM_PARTS: Record<string, string> = {
  '0xd0c': 'Neoverse-N1',
  '0xd40': 'Neoverse-V1',
  '0xd49': 'Neoverse-N2',
  '0xd4f': 'Neoverse-V2',
  '0xd8e': 'Neoverse-N3',
  '0xd08': 'Cortex-A72',
  '0xd0b': 'Cortex-A76'
};

/** The CPU model named in /proc/cpuinfo text: `model name`, else an Arm part, else undefined. */
export function cpuModel(cpuinfo: string): string | undefined {
  const field = (k: string) => new RegExp(`^${k}\\s*:\\s*(.+)$`, 'mi').exec(cpuinfo)?.[1].trim();
  const name = field('model name');
  if (name) return name;
  const part = field('CPU part')?.toLowerCase();
  if (part && field('CPU implementer')?.toLowerCase() === '0x41')
    return ARM_PARTS[part] ?? `Arm part ${part}`;
  return part ? `CPU part ${part}` : undefined;
}

function readCpuinfo(): string {
  try {
    const fd = fs.openSync('/proc/cpuinfo', 'r');
    try {
      const buf = Buffer.alloc(256 * 1024);
      return buf.subarray(0, fs.readSync(fd, buf, 0, buf.length, null)).toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** This machine, as the side of a comparison that ran `platform` (emulated: under QEMU). */
export function hostFacts(platform: string, emulated: boolean, runner?: string): HostFacts {
  const cpus = os.cpus();
  return {
    platform,
    cpu: cpuModel(readCpuinfo()) ?? cpus[0]?.model ?? 'unknown',
    cores: cpus.length || os.availableParallelism(),
    memoryMiB: Math.round(os.totalmem() / 1048576),
    kernel: os.release(),
    emulated,
    ...(runner ? { runner } : {})
  };
}
