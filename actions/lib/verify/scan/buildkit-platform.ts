// A FROM --platform value read the way BuildKit reads it (containerd's platforms.Parse and Format):
// one platform, each part of letters, digits, `_` or `-`; aliases normalised; anything else refused.

const PART = /^[A-Za-z0-9_-]+$/;
const KNOWN_OS = new Set(
  'aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris windows zos'.split(
    ' '
  )
);
const KNOWN_ARCH = new Set(
  '386 amd64 amd64p32 arm armbe arm64 arm64be ppc64 ppc64le loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc riscv riscv64 s390 s390x sparc sparc64 wasm'.split(
    ' '
  )
);

function normaliseArch(arch: string, variant: string): [string, string] {
  const a = arch.toLowerCase();
  const v = variant.toLowerCase();
  if (a === 'i386') return ['386', ''];
  if (a === 'x86_64' || a === 'x86-64' || a === 'amd64') return ['amd64', v === 'v1' ? '' : v];
  if (a === 'aarch64' || a === 'arm64') return ['arm64', v === '8' || v === 'v8' ? '' : v];
  if (a === 'armhf') return ['arm', 'v7'];
  if (a === 'armel') return ['arm', 'v6'];
  if (a === 'arm') return ['arm', v === '' || v === '7' ? 'v7' : /^[568]$/.test(v) ? `v${v}` : v];
  return [a, v];
}

function normaliseOs(os: string): string {
  const o = os.toLowerCase();
  return o === 'macos' ? 'darwin' : o;
}

/**
 * The platform BuildKit pulls a `FROM --platform=` base for, as it prints it (`linux/x86_64` →
 * `linux/amd64`, `arm64` → `linux/arm64`, `linux/arm` stays), or why it refuses the value.
 * `buildArch` stands for the build machine, whose architecture a bare OS (`linux`) takes.
 */
export function buildkitPlatform(value: string, buildArch: string): { platform: string } | { why: string } {
  if (value.includes('*')) return { why: 'wildcards are not supported' };
  const parts = value.split('/');
  const bad = parts.find(p => !PART.test(p));
  if (bad !== undefined) return { why: `"${bad}" is not a platform part (letters, digits, _ and - only)` };
  const join = (...p: string[]) => ({ platform: p.filter(Boolean).join('/') });
  if (parts.length === 1) {
    const os = normaliseOs(parts[0]);
    if (KNOWN_OS.has(os)) return join(os, buildArch);
    const [arch, variant] = normaliseArch(parts[0], '');
    if (KNOWN_ARCH.has(arch)) return join('linux', arch, arch === 'arm' && variant === 'v7' ? '' : variant);
    return { why: 'unknown operating system or architecture' };
  }
  if (parts.length === 2) {
    const [arch, variant] = normaliseArch(parts[1], '');
    return join(normaliseOs(parts[0]), arch, arch === 'arm' && variant === 'v7' ? '' : variant);
  }
  if (parts.length === 3) {
    const [arch, variant] = normaliseArch(parts[1], parts[2]);
    return join(normaliseOs(parts[0]), arch, arch === 'arm64' && variant === '' ? 'v8' : variant);
  }
  return { why: 'more than os/architecture/variant' };
}
