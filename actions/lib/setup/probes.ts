/**
 * Tiny static probe programs, one per architecture, built in memory. Each one writes
 * `arch-actions probe <platform>` to stdout and exits 0 using raw syscalls, so running it
 * proves that the kernel (natively, or through binfmt_misc and QEMU) really executes code
 * for that architecture. No toolchain, no download, a few hundred bytes each.
 */

interface Target {
  machine: number;
  bits: 32 | 64;
  bigEndian: boolean;
  base: number;
  flags: number;
  /** Returns the code; `msgAt` is the message's file offset, `codeAt` the code's. */
  code: (msgAt: number, codeAt: number, len: number, base: number) => Buffer;
  /** Code length in bytes, so that the message can follow it. */
  codeLength: number;
}

function words(values: number[], bigEndian = false): Buffer {
  const b = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => (bigEndian ? b.writeUInt32BE(v >>> 0, i * 4) : b.writeUInt32LE(v >>> 0, i * 4)));
  return b;
}

function le32(v: number): number[] {
  const b = Buffer.alloc(4);
  b.writeInt32LE(v);
  return [...b];
}

const riscvAddi = (rd: number, rs1: number, imm: number): number =>
  ((imm & 0xfff) << 20) | (rs1 << 15) | (rd << 7) | 0x13;

// The usual Linux load address and ELF header fields; targets override what differs.
const LE64 = { bits: 64, bigEndian: false, base: 0x400000, flags: 0 } as const;
const LE32 = { bits: 32, bigEndian: false, base: 0x10000, flags: 0 } as const;

// prettier-ignore
const TARGETS: Record<string, Target> = {
  'linux/amd64': {
    ...LE64,
    machine: 62,
    codeLength: 36,
    code: (msgAt, codeAt, len) =>
      Buffer.from([
        0xbf, 1, 0, 0, 0, // mov edi, 1
        0x48, 0x8d, 0x35, ...le32(msgAt - (codeAt + 12)), // lea rsi, [rip+msg]
        0xba, ...le32(len), // mov edx, len
        0xb8, 1, 0, 0, 0, // mov eax, 1 (write)
        0x0f, 0x05, // syscall
        0x31, 0xff, // xor edi, edi
        0xb8, 60, 0, 0, 0, // mov eax, 60 (exit)
        0x0f, 0x05, // syscall
        0x90, 0x90, 0x90 // padding
      ])
  },
  'linux/386': {
    ...LE32,
    machine: 3,
    codeLength: 32,
    code: (msgAt, _codeAt, len, base) =>
      Buffer.from([
        0xbb, 1, 0, 0, 0, // mov ebx, 1
        0xb9, ...le32(base + msgAt), // mov ecx, msg
        0xba, ...le32(len), // mov edx, len
        0xb8, 4, 0, 0, 0, // mov eax, 4 (write)
        0xcd, 0x80, // int 0x80
        0x31, 0xdb, // xor ebx, ebx
        0xb8, 1, 0, 0, 0, // mov eax, 1 (exit)
        0xcd, 0x80, // int 0x80
        0x90 // padding
      ])
  },
  'linux/arm64': {
    ...LE64,
    machine: 183,
    codeLength: 32,
    code: (msgAt, codeAt, len) => {
      const off = msgAt - (codeAt + 4);
      return words([
        0xd2800020, // mov x0, #1
        0x10000001 | ((off & 3) << 29) | ((off >> 2) << 5), // adr x1, msg
        0xd2800002 | (len << 5), // mov x2, #len
        0xd2800808, // mov x8, #64 (write)
        0xd4000001, // svc #0
        0xd2800000, // mov x0, #0
        0xd2800ba8, // mov x8, #93 (exit)
        0xd4000001 // svc #0
      ]);
    }
  },
  'linux/arm/v7': {
    ...LE32,
    machine: 40,
    flags: 0x05000400,
    codeLength: 32,
    code: (msgAt, codeAt, len) =>
      words([
        0xe3a00001, // mov r0, #1
        0xe28f1000 | (msgAt - (codeAt + 4 + 8)), // add r1, pc, #msg
        0xe3a02000 | len, // mov r2, #len
        0xe3a07004, // mov r7, #4 (write)
        0xef000000, // svc 0
        0xe3a00000, // mov r0, #0
        0xe3a07001, // mov r7, #1 (exit)
        0xef000000 // svc 0
      ])
  },
  'linux/riscv64': {
    ...LE64,
    machine: 243,
    codeLength: 36,
    code: (msgAt, codeAt, len) =>
      words([
        riscvAddi(10, 0, 1), // li a0, 1
        (11 << 7) | 0x17, // auipc a1, 0
        riscvAddi(11, 11, msgAt - (codeAt + 4)), // addi a1, a1, msg
        riscvAddi(12, 0, len), // li a2, len
        riscvAddi(17, 0, 64), // li a7, 64 (write)
        0x00000073, // ecall
        riscvAddi(10, 0, 0), // li a0, 0
        riscvAddi(17, 0, 93), // li a7, 93 (exit)
        0x00000073 // ecall
      ])
  },
  'linux/ppc64le': {
    ...LE64,
    machine: 21,
    base: 0x10000000,
    flags: 2,
    codeLength: 36,
    code: (msgAt, _codeAt, len, base) => {
      const addr = base + msgAt;
      return words([
        0x38000004, // li r0, 4 (write)
        0x38600001, // li r3, 1
        0x3c800000 | (addr >>> 16), // lis r4, msg@h
        0x60840000 | (addr & 0xffff), // ori r4, r4, msg@l
        0x38a00000 | len, // li r5, len
        0x44000002, // sc
        0x38000001, // li r0, 1 (exit)
        0x38600000, // li r3, 0
        0x44000002 // sc
      ]);
    }
  },
  'linux/s390x': {
    ...LE64,
    machine: 22,
    bigEndian: true,
    codeLength: 24,
    code: (msgAt, codeAt, len) => {
      const b = Buffer.alloc(24);
      Buffer.from([0xa7, 0x29, 0x00, 0x01]).copy(b, 0); // lghi %r2, 1
      Buffer.from([0xc0, 0x30]).copy(b, 4); // larl %r3, msg
      b.writeInt32BE((msgAt - (codeAt + 4)) / 2, 6);
      Buffer.from([0xa7, 0x49, 0x00, len]).copy(b, 10); // lghi %r4, len
      Buffer.from([0x0a, 0x04]).copy(b, 14); // svc 4 (write)
      Buffer.from([0xa7, 0x29, 0x00, 0x00]).copy(b, 16); // lghi %r2, 0
      Buffer.from([0x0a, 0x01]).copy(b, 20); // svc 1 (exit)
      Buffer.from([0x07, 0x07]).copy(b, 22); // nopr (padding)
      return b;
    }
  }
};

export function probeMessage(platform: string): string {
  return `arch-actions probe ${platform}`;
}

export function probePlatforms(): string[] {
  return Object.keys(TARGETS);
}

/** The probe executable for a normalised platform string, or undefined when we carry none. */
export function buildProbe(platform: string): Buffer | undefined {
  const t = TARGETS[platform];
  if (!t) return undefined;
  const msg = Buffer.from(`${probeMessage(platform)}\n`);
  const ehsize = t.bits === 64 ? 64 : 52;
  const phsize = t.bits === 64 ? 56 : 32;
  const codeAt = ehsize + phsize;
  const msgAt = codeAt + t.codeLength;
  const code = t.code(msgAt, codeAt, msg.length, t.base);
  if (code.length !== t.codeLength) throw new Error(`probe code for ${platform} has the wrong length`);
  const total = msgAt + msg.length;
  const out = Buffer.alloc(total);
  const be = t.bigEndian;
  const u16 = (v: number, at: number) => (be ? out.writeUInt16BE(v, at) : out.writeUInt16LE(v, at));
  const u32 = (v: number, at: number) =>
    be ? out.writeUInt32BE(v >>> 0, at) : out.writeUInt32LE(v >>> 0, at);
  const u64 = (v: number, at: number) =>
    be ? out.writeBigUInt64BE(BigInt(v), at) : out.writeBigUInt64LE(BigInt(v), at);
  const addr = t.bits === 64 ? u64 : u32;
  const w = t.bits === 64 ? 8 : 4;

  Buffer.from([0x7f, 0x45, 0x4c, 0x46, t.bits === 64 ? 2 : 1, be ? 2 : 1, 1, 0]).copy(out, 0);
  u16(2, 16); // ET_EXEC
  u16(t.machine, 18);
  u32(1, 20);
  addr(t.base + codeAt, 24); // e_entry
  addr(ehsize, 24 + w); // e_phoff
  addr(0, 24 + 2 * w); // e_shoff
  const at = 24 + 3 * w;
  u32(t.flags, at);
  u16(ehsize, at + 4);
  u16(phsize, at + 6);
  u16(1, at + 8); // e_phnum

  // One PT_LOAD segment mapping the whole file R+X; ELF64 has p_flags before p_offset, ELF32 after p_memsz.
  u32(1, ehsize); // PT_LOAD
  const fieldsAt = ehsize + (t.bits === 64 ? 8 : 4);
  [0, t.base, t.base, total, total].forEach((v, i) => addr(v, fieldsAt + i * w)); // p_offset … p_memsz
  const flagsAt = t.bits === 64 ? ehsize + 4 : fieldsAt + 5 * w;
  u32(5, flagsAt); // R+X
  addr(0x1000, t.bits === 64 ? fieldsAt + 5 * w : flagsAt + 4); // p_align
  code.copy(out, codeAt);
  msg.copy(out, msgAt);
  return out;
}
