/** Enough of the ELF header to tell which CPU a file was built for. */
export interface ElfHeader {
  bits: 32 | 64;
  endian: 'little' | 'big';
  /** e_type: 1 relocatable, 2 executable, 3 shared object / PIE, 4 core. */
  type: number;
  /** e_machine. */
  machine: number;
}

export const EM = {
  I386: 3,
  PPC: 20,
  PPC64: 21,
  S390: 22,
  ARM: 40,
  X86_64: 62,
  AARCH64: 183,
  RISCV: 243
} as const;

/** Bytes needed to read e_type and e_machine. */
export const ELF_HEADER_BYTES = 20;

const MACHINE_NAMES: Record<number, string> = {
  [EM.I386]: 'Intel 80386',
  [EM.PPC]: 'PowerPC',
  [EM.PPC64]: 'PowerPC64',
  [EM.S390]: 'IBM S/390',
  [EM.ARM]: 'ARM',
  [EM.X86_64]: 'x86-64',
  [EM.AARCH64]: 'AArch64',
  [EM.RISCV]: 'RISC-V'
};

// Keys are normalised architectures as in `linux/<arch>` platform strings, plus common aliases.
const ARCH_MACHINES: Record<string, number> = {
  amd64: EM.X86_64,
  x86_64: EM.X86_64,
  arm64: EM.AARCH64,
  aarch64: EM.AARCH64,
  arm: EM.ARM,
  '386': EM.I386,
  i386: EM.I386,
  ppc64le: EM.PPC64,
  ppc64: EM.PPC64,
  s390x: EM.S390,
  riscv64: EM.RISCV
};

/** Parses the header, or returns undefined for anything that is not (a whole header of) ELF. */
export function parseElfHeader(buf: Buffer): ElfHeader | undefined {
  if (buf.length < ELF_HEADER_BYTES) return undefined;
  if (buf[0] !== 0x7f || buf[1] !== 0x45 || buf[2] !== 0x4c || buf[3] !== 0x46) return undefined;
  const cls = buf[4];
  const data = buf[5];
  if ((cls !== 1 && cls !== 2) || (data !== 1 && data !== 2)) return undefined;
  const little = data === 1;
  // e_type and e_machine sit at the same offsets in 32- and 64-bit headers.
  const type = little ? buf.readUInt16LE(16) : buf.readUInt16BE(16);
  const machine = little ? buf.readUInt16LE(18) : buf.readUInt16BE(18);
  return { bits: cls === 1 ? 32 : 64, endian: little ? 'little' : 'big', type, machine };
}

export function machineName(machine: number): string {
  return MACHINE_NAMES[machine] ?? `machine ${machine}`;
}

/** The e_machine an architecture's executables carry: `arm64`, `linux/arm64/v8` or `aarch64`. */
export function expectedMachine(arch: string): number | undefined {
  const parts = arch.toLowerCase().split('/');
  const name = parts.length > 1 ? parts[1] : parts[0];
  return ARCH_MACHINES[name];
}

/** The platform a header was built for; endianness tells ppc64le from ppc64. */
export function machinePlatform(header: Pick<ElfHeader, 'machine' | 'endian' | 'bits'>): string | undefined {
  switch (header.machine) {
    case EM.X86_64:
      return 'linux/amd64';
    case EM.AARCH64:
      return 'linux/arm64';
    case EM.ARM:
      return 'linux/arm/v7';
    case EM.I386:
      return 'linux/386';
    case EM.PPC64:
      return header.endian === 'little' ? 'linux/ppc64le' : 'linux/ppc64';
    case EM.S390:
      return 'linux/s390x';
    case EM.RISCV:
      return header.bits === 64 ? 'linux/riscv64' : 'linux/riscv32';
    default:
      return undefined;
  }
}
