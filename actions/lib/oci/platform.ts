import { badInput } from '../core/errors';
import { Descriptor, isAttestation } from './types';

/** A container platform, normalised the way the OCI image spec and Docker compare them. */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

// Every spelling we accept, mapped to the OCI architecture and its default variant.
const ARCH_ALIASES: Record<string, { architecture: string; variant?: string }> = {
  amd64: { architecture: 'amd64' },
  x86_64: { architecture: 'amd64' },
  'x86-64': { architecture: 'amd64' },
  x64: { architecture: 'amd64' },
  arm64: { architecture: 'arm64' },
  aarch64: { architecture: 'arm64' },
  armv8: { architecture: 'arm64' },
  armv8l: { architecture: 'arm64' },
  arm: { architecture: 'arm', variant: 'v7' },
  armhf: { architecture: 'arm', variant: 'v7' },
  armv7: { architecture: 'arm', variant: 'v7' },
  armv7l: { architecture: 'arm', variant: 'v7' },
  armel: { architecture: 'arm', variant: 'v6' },
  armv6: { architecture: 'arm', variant: 'v6' },
  armv6l: { architecture: 'arm', variant: 'v6' },
  '386': { architecture: '386' },
  i386: { architecture: '386' },
  i686: { architecture: '386' },
  ppc64le: { architecture: 'ppc64le' },
  s390x: { architecture: 's390x' },
  riscv64: { architecture: 'riscv64' },
  mips64le: { architecture: 'mips64le' },
  loong64: { architecture: 'loong64' }
};

/**
 * Every platform an action accepts: the Linux platforms a runner builds and runs natively or
 * under QEMU. setup's QEMU tables cover each one, so no action accepts what another refuses.
 */
export const SUPPORTED_PLATFORMS = [
  'linux/amd64',
  'linux/arm64',
  'linux/arm/v7',
  'linux/arm/v6',
  'linux/386',
  'linux/ppc64le',
  'linux/s390x',
  'linux/riscv64',
  'linux/mips64le',
  'linux/loong64'
] as const;

export type SupportedPlatform = (typeof SUPPORTED_PLATFORMS)[number];

const SUPPORTED = `supported: ${SUPPORTED_PLATFORMS.join(', ')}`;

/** The machine name `uname -m` prints on each architecture. */
export const UNAME_MACHINE: Record<string, string> = {
  'linux/amd64': 'x86_64',
  'linux/arm64': 'aarch64',
  'linux/arm/v7': 'armv7l',
  'linux/arm/v6': 'armv6l',
  'linux/386': 'i686',
  'linux/ppc64le': 'ppc64le',
  'linux/s390x': 's390x',
  'linux/riscv64': 'riscv64'
};

function normaliseVariant(architecture: string, variant: string | undefined): string | undefined {
  const v = variant?.toLowerCase();
  if (architecture === 'arm64') return v === undefined || v === 'v8' || v === '' ? undefined : v;
  if (architecture === 'arm') return v && v !== '' ? v : 'v7';
  return v || undefined;
}

/** Normalises aliases without judging support; undefined when the value is not a platform. */
function normalise(raw: string): Platform | undefined {
  const parts = raw.toLowerCase().split('/');
  if (parts.length > 3) return undefined;
  const [os, arch, variant] = parts.length === 1 ? ['linux', parts[0]] : parts;
  const alias = ARCH_ALIASES[arch];
  if (!os || !alias) return undefined;
  const v = normaliseVariant(alias.architecture, variant ?? alias.variant);
  return v ? { os, architecture: alias.architecture, variant: v } : { os, architecture: alias.architecture };
}

// Callers in the actions name their input; the default serves tests and data that is not an input.
const PLATFORM_LABEL = 'platform string';

/**
 * The one platform validator of every action. Parses `os/arch[/variant]` or a bare
 * architecture (`aarch64`), normalising aliases (`linux/arm64/v8` = `linux/arm64`, `x86_64` →
 * amd64, `armhf` → `linux/arm/v7`), and accepts only SUPPORTED_PLATFORMS.
 */
export function parsePlatform(value: string, input = PLATFORM_LABEL): Platform {
  const raw = value.trim();
  const parts = raw.toLowerCase().split('/');
  const refuse = (why: string) => badInput(input, raw, `${why} (${SUPPORTED})`);
  if (parts.length > 3) throw refuse('expected os/architecture[/variant], for example linux/arm64');
  const arch = parts.length === 1 ? parts[0] : parts[1];
  if (!ARCH_ALIASES[arch]) throw refuse(`unknown architecture "${arch}"`);
  if (parts.length > 1 && parts[0] !== 'linux') {
    throw refuse(`unknown operating system "${parts[0]}": only Linux images are built and run`);
  }
  const p = normalise(raw) as Platform;
  const name = formatPlatform(p);
  if (!(SUPPORTED_PLATFORMS as readonly string[]).includes(name)) throw refuse(`${name} is not supported`);
  return p;
}

/** Parses a list, dropping duplicates after normalisation and keeping the first order. */
export function parsePlatforms(values: string[], input = PLATFORM_LABEL): Platform[] {
  const seen = new Set<string>();
  const out: Platform[] = [];
  for (const v of values) {
    const p = parsePlatform(v, input);
    const key = formatPlatform(p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}

export function formatPlatform(p: Platform): string {
  const v = normaliseVariant(p.architecture, p.variant);
  return v ? `${p.os}/${p.architecture}/${v}` : `${p.os}/${p.architecture}`;
}

/** Normalises a platform string without judging support (for registry data). */
export function normalisePlatformString(value: string): string {
  const p = normalise(value.trim());
  return p ? formatPlatform(p) : value.trim().toLowerCase();
}

export function samePlatform(a: Platform, b: Platform): boolean {
  return formatPlatform(a) === formatPlatform(b);
}

/** A name safe in file names, artifact names and cache scopes: `linux-arm64`, `linux-arm-v7`. */
export function platformPair(p: Platform): string {
  return formatPlatform(p).replace(/\//g, '-');
}

/** The platform this Node process runs on. */
export function hostPlatform(arch: string = process.arch): Platform {
  return parsePlatform(arch, 'host architecture');
}

/**
 * Platforms this host runs without emulation. Only the host's own: arm64 CPUs without
 * AArch32 (Graviton, Ampere) cannot run arm/v7, so we never assume it.
 */
export function nativePlatforms(arch: string = process.arch): Platform[] {
  return [hostPlatform(arch)];
}

export function isNative(p: Platform, arch: string = process.arch): boolean {
  return nativePlatforms(arch).some(n => samePlatform(n, p));
}

/** The platform a `uname -m` answer belongs to, or undefined for an unknown machine. */
export function platformFromMachine(machine: string): Platform | undefined {
  const m = machine.trim().toLowerCase();
  if (!ARCH_ALIASES[m]) return undefined;
  return parsePlatform(m, 'machine name');
}

/** The platform an index entry lists, normalised; `unknown/unknown` when it lists none. */
export function descriptorPlatform(d: Descriptor): string {
  if (!d.platform) return 'unknown/unknown';
  const { os, architecture, variant } = d.platform;
  return normalisePlatformString([os, architecture, variant].filter(Boolean).join('/'));
}

/** Missing required platforms; `unknown/unknown` (attestations) never counts. */
export function missingPlatforms(descriptors: Descriptor[], required: Platform[]): string[] {
  const present = new Set(descriptors.filter(d => !isAttestation(d)).map(descriptorPlatform));
  return required.map(formatPlatform).filter(p => !present.has(p));
}
