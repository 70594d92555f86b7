import { Platform, platformFromMachine } from '../../oci/platform';

// `uname -m` names only: GOARCH names (amd64, arm64) show up in ordinary output too often.
const MACHINE_RE =
  /(?<![A-Za-z0-9_])(x86_64|aarch64|armv8l|armv7l|armv6l|i686|i386|ppc64le|s390x|riscv64|mips64|loongarch64)(?![A-Za-z0-9_])/g;

/** Every distinct machine name an output mentions, in order. */
export function machinesIn(output: string): string[] {
  const seen: string[] = [];
  for (const m of output.matchAll(MACHINE_RE)) if (!seen.includes(m[1])) seen.push(m[1]);
  return seen;
}

/** The machine names in `output` that do not belong to `platform`. */
export function foreignMachines(output: string, platform: Platform): string[] {
  return machinesIn(output).filter(m => {
    const p = platformFromMachine(m);
    // armv8l is a 64-bit CPU in 32-bit mode, which is what arm/v7 userland on arm64 reports.
    if (m === 'armv8l' && platform.architecture === 'arm') return false;
    if (m === 'loongarch64') return platform.architecture !== 'loong64';
    if (m === 'mips64') return platform.architecture !== 'mips64le';
    return !p || p.architecture !== platform.architecture;
  });
}
