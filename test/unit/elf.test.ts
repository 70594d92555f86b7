import * as fs from 'node:fs';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { EM, expectedMachine, machineName, machinePlatform, parseElfHeader } from '../../actions/lib/oci/elf';
import { LayerShadow, scanLayer } from '../../actions/lib/verify/deep';
import { elfHeader, TarEntry, tarOf } from '../helpers/archives';

function readHead(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const b = Buffer.alloc(64);
    fs.readSync(fd, b, 0, 64, 0);
    return b;
  } finally {
    fs.closeSync(fd);
  }
}

describe('parseElfHeader', () => {
  test('/bin/ls is x86-64', () => {
    const h = parseElfHeader(readHead('/bin/ls'));
    expect(h).toMatchObject({ bits: 64, endian: 'little', machine: EM.X86_64 });
    expect(machineName(h!.machine)).toBe('x86-64');
    expect(machinePlatform(h!)).toBe('linux/amd64');
  });

  test.each([
    [EM.AARCH64, {}, 'AArch64', 'linux/arm64'],
    [EM.ARM, { bits: 32 as const }, 'ARM', 'linux/arm/v7'],
    [EM.I386, { bits: 32 as const }, 'Intel 80386', 'linux/386'],
    [EM.PPC64, {}, 'PowerPC64', 'linux/ppc64le'],
    [EM.PPC64, { endian: 'big' as const }, 'PowerPC64', 'linux/ppc64'],
    [EM.S390, { endian: 'big' as const }, 'IBM S/390', 'linux/s390x'],
    [EM.RISCV, {}, 'RISC-V', 'linux/riscv64']
  ])('machine %i %j', (machine, opts, name, platform) => {
    const h = parseElfHeader(elfHeader(machine, opts));
    expect(h?.machine).toBe(machine);
    expect(machineName(machine)).toBe(name);
    expect(machinePlatform(h!)).toBe(platform);
  });

  test('big-endian e_machine is read big-endian', () => {
    expect(parseElfHeader(elfHeader(EM.S390, { endian: 'big' }))?.machine).toBe(22);
    // The same bytes read little-endian would be 0x1600.
    expect(elfHeader(EM.S390, { endian: 'big' }).readUInt16LE(18)).toBe(0x1600);
  });

  test.each([
    ['not ELF', Buffer.from('#!/bin/sh\necho hello world, this is long enough\n')],
    ['truncated', elfHeader(EM.AARCH64).subarray(0, 19)],
    ['bad class', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 9, 1]), Buffer.alloc(30)])],
    ['empty', Buffer.alloc(0)]
  ])('%s → undefined', (_name, buf) => {
    expect(parseElfHeader(buf)).toBeUndefined();
  });

  test('unknown machines get a numeric name', () => {
    expect(machineName(9999)).toBe('machine 9999');
  });
});

describe('expectedMachine', () => {
  test.each([
    ['arm64', EM.AARCH64],
    ['linux/arm64', EM.AARCH64],
    ['linux/arm64/v8', EM.AARCH64],
    ['aarch64', EM.AARCH64],
    ['amd64', EM.X86_64],
    ['x86_64', EM.X86_64],
    ['linux/arm/v7', EM.ARM],
    ['386', EM.I386],
    ['ppc64le', EM.PPC64],
    ['s390x', EM.S390],
    ['riscv64', EM.RISCV],
    ['wasm', undefined]
  ])('%s → %s', (arch, want) => {
    expect(expectedMachine(arch)).toBe(want);
  });
});

/** The files as a tar; a symlink entry points at `x`. */
const tarOfFiles = (files: Array<{ name: string; data: Buffer; type?: 'file' | 'symlink' }>) =>
  tarOf(files.map((f): [string, TarEntry] => [f.name, f.type === 'symlink' ? { symlink: 'x' } : f.data]));

describe('scanLayer', () => {
  const big = Buffer.concat([elfHeader(EM.X86_64), Buffer.alloc(3 * 1024 * 1024, 7)]);
  const files = [
    { name: 'bin/ok', data: elfHeader(EM.AARCH64) },
    { name: './bin/wrong', data: big },
    { name: 'etc/passwd', data: Buffer.from('root:x:0:0::/root:/bin/sh\n') },
    { name: 'bin/sh', data: Buffer.alloc(0), type: 'symlink' as const },
    { name: 'bin/.wh.gone', data: Buffer.alloc(0) },
    { name: 'usr/lib/libz.so', data: elfHeader(EM.AARCH64, { type: 3 }) }
  ];

  test.each([
    ['plain tar', 'application/vnd.oci.image.layer.v1.tar', (b: Buffer) => b],
    ['gzip', 'application/vnd.oci.image.layer.v1.tar+gzip', (b: Buffer) => zlib.gzipSync(b)],
    ['mislabelled gzip', 'application/vnd.oci.image.layer.v1.tar', (b: Buffer) => zlib.gzipSync(b)]
  ])('%s', async (_name, mediaType, encode) => {
    const blob = encode(await tarOfFiles(files));
    const scan = await scanLayer(Readable.from([blob]), mediaType, { expectedMachine: EM.AARCH64 });
    expect(scan.files).toBe(4);
    expect(scan.elfFiles.map(f => f.path)).toEqual(['bin/ok', 'bin/wrong', 'usr/lib/libz.so']);
    expect(scan.mismatches).toEqual([{ path: 'bin/wrong', machine: EM.X86_64, machineName: 'x86-64' }]);
    expect(scan.stopped).toBe(false);
  });

  test('stops at the first mismatch', async () => {
    const blob = zlib.gzipSync(await tarOfFiles(files));
    const scan = await scanLayer(Readable.from([blob]), 'x', {
      expectedMachine: EM.AARCH64,
      stopOnMismatch: true
    });
    expect(scan.stopped).toBe(true);
    expect(scan.mismatches).toHaveLength(1);
    expect(scan.elfFiles.map(f => f.path)).toEqual(['bin/ok', 'bin/wrong']);
  });

  test('an aborted signal stops the scan', async () => {
    const ac = new AbortController();
    ac.abort();
    const scan = await scanLayer(Readable.from([await tarOfFiles(files)]), 'x', { signal: ac.signal });
    expect(scan.stopped).toBe(true);
  });

  test('ignored paths are not judged', async () => {
    const scan = await scanLayer(Readable.from([await tarOfFiles(files)]), 'x', {
      expectedMachine: EM.AARCH64,
      ignore: p => p.startsWith('bin/w')
    });
    expect(scan.mismatches).toEqual([]);
  });

  test('a corrupt gzip layer is a CheckError', async () => {
    const blob = zlib.gzipSync(await tarOfFiles(files)).subarray(0, 2000);
    await expect(
      scanLayer(Readable.from([blob]), 'application/vnd.oci.image.layer.v1.tar+gzip')
    ).rejects.toThrow(/layer content is malformed/);
  });

  test('zstd without support in this Node is a clear CheckError', async () => {
    const hasZstd = typeof (zlib as unknown as Record<string, unknown>).createZstdDecompress === 'function';
    const blob = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), Buffer.alloc(100)]);
    const p = scanLayer(Readable.from([blob]), 'application/vnd.oci.image.layer.v1.tar+zstd');
    if (hasZstd) await expect(p).rejects.toThrow();
    else await expect(p).rejects.toThrow(/zstd-compressed.*Node/);
  });
});

describe('upper layers hide what they delete or replace', () => {
  const amd = elfHeader(EM.X86_64);
  const arm = elfHeader(EM.AARCH64);

  /** Scans layers top-down through one shadow, as scanImageLayers does. */
  async function mismatchesOf(layers: Array<Array<{ name: string; data: Buffer }>>): Promise<string[]> {
    const shadow = new LayerShadow();
    const found: string[] = [];
    for (const layer of [...layers].reverse()) {
      const scan = await scanLayer(Readable.from([await tarOfFiles(layer)]), 'x', {
        expectedMachine: EM.AARCH64,
        shadow
      });
      shadow.commit();
      found.push(...scan.mismatches.map(m => m.path));
    }
    return found;
  }

  test.each([
    [
      'a whiteout',
      [{ name: 'opt/tool/bin/x', data: amd }],
      [{ name: 'opt/tool/bin/.wh.x', data: Buffer.alloc(0) }]
    ],
    [
      'a whiteout of a parent folder',
      [{ name: 'opt/tool/bin/x', data: amd }],
      [{ name: 'opt/.wh.tool', data: Buffer.alloc(0) }]
    ],
    [
      'an opaque folder',
      [{ name: 'opt/tool/bin/x', data: amd }],
      [{ name: 'opt/tool/.wh..wh..opq', data: Buffer.alloc(0) }]
    ],
    ['a replacement file', [{ name: 'usr/bin/x', data: amd }], [{ name: 'usr/bin/x', data: arm }]]
  ])('a foreign binary removed by %s is not blamed', async (_name, lower, upper) => {
    expect(await mismatchesOf([lower, upper])).toEqual([]);
  });

  test('a foreign binary still visible is blamed, whatever else the upper layers delete', async () => {
    const lower = [
      { name: 'usr/bin/kept', data: amd },
      { name: 'usr/bin/gone', data: amd },
      { name: 'usr/binary', data: amd }
    ];
    const upper = [
      { name: 'usr/bin/.wh.gone', data: Buffer.alloc(0) },
      { name: 'usr/bin/new', data: arm }
    ];
    expect(await mismatchesOf([lower, upper])).toEqual(['usr/bin/kept', 'usr/binary']);
  });

  test('a whiteout hides only the layers below it, not its own layer', async () => {
    const only = [
      { name: 'usr/bin/.wh.x', data: Buffer.alloc(0) },
      { name: 'usr/bin/x', data: amd }
    ];
    expect(await mismatchesOf([only])).toEqual(['usr/bin/x']);
  });
});
