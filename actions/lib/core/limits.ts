// Every read of something from outside and every child process is bounded in size and time.
// The bounds live here, with their defaults; the `limits` input raises (or lowers) them, one
// `name=value` a line. docs/design.md lists them.
import { badInput, UnavailableError } from './errors';

export interface Limits {
  /** A manifest or an index, as containerd caps it. */
  manifestBytes: number;
  /** An image config. */
  configBytes: number;
  /** One attempt of one request: connection, answer and (for a manifest or a config) its body. */
  attemptMs: number;
  /** One request, all its attempts and waits together. */
  requestMs: number;
  /** Resolving one image: its index, or its manifest and config (each platform's reads have their own). */
  imageMs: number;
  /** A blob slower than this, over any `blobWindowMs`, is given up. */
  blobBytesPerSecond: number;
  blobWindowMs: number;
  /** Each tool but the builders: helm, kubectl, kind, docker, skopeo (killed with what it started). */
  toolMs: number;
  /** Each build (buildx, buildah, a build command; killed with what it started). */
  buildMs: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

export const DEFAULT_LIMITS: Readonly<Limits> = {
  manifestBytes: 4 * MiB,
  configBytes: 16 * MiB,
  attemptMs: 60_000,
  requestMs: 120_000,
  imageMs: 600_000,
  blobBytesPerSecond: 10 * KiB,
  blobWindowMs: 60_000,
  toolMs: 600_000,
  buildMs: 7_200_000
};

type Kind = 'size' | 'time' | 'count' | 'rate';

/** The names a user writes in the `limits` input, and what each sets. */
export const LIMIT_NAMES: Record<string, { key: keyof Limits; kind: Kind }> = {
  'manifest-size': { key: 'manifestBytes', kind: 'size' },
  'config-size': { key: 'configBytes', kind: 'size' },
  'request-attempt': { key: 'attemptMs', kind: 'time' },
  'request-deadline': { key: 'requestMs', kind: 'time' },
  'image-deadline': { key: 'imageMs', kind: 'time' },
  'blob-min-rate': { key: 'blobBytesPerSecond', kind: 'rate' },
  'blob-rate-window': { key: 'blobWindowMs', kind: 'time' },
  'tool-timeout': { key: 'toolMs', kind: 'time' },
  'build-timeout': { key: 'buildMs', kind: 'time' }
};

/** The user's name of a limit, for error messages: `the manifest-size limit (4 MiB)`. */
export function limitName(key: keyof Limits): string {
  return Object.entries(LIMIT_NAMES).find(([, v]) => v.key === key)![0];
}

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kib: KiB,
  kb: 1000,
  mib: MiB,
  mb: 1e6,
  gib: GiB,
  gb: 1e9
};
const TIME_UNITS: Record<string, number> = { ms: 1, s: 1000, '': 1000, m: 60_000, min: 60_000, h: 3_600_000 };

function parseAmount(text: string, units: Record<string, number>): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m ? units[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) return undefined;
  const n = Math.round(Number(m[1]) * unit);
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}

function parseValue(kind: Kind, text: string): number | undefined {
  if (kind === 'size') return parseAmount(text, SIZE_UNITS);
  if (kind === 'time') return parseAmount(text, TIME_UNITS);
  if (kind === 'rate') return parseAmount(text.replace(/\/s$/i, ''), SIZE_UNITS);
  return /^\d+$/.test(text.trim()) && Number(text) > 0 ? Number(text) : undefined;
}

const EXAMPLE: Record<Kind, string> = { size: '8MiB', time: '5m, 90s', count: '20000', rate: '1KiB/s' };

/** The limits with the user's lines applied (`tool-timeout=20m`); a bad line names the input. */
export function parseLimits(input: string, lines: string[]): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const line of lines) {
    const at = line.indexOf('=');
    const name = (at < 0 ? line : line.slice(0, at)).trim();
    const spec = LIMIT_NAMES[name];
    if (!spec)
      throw badInput(
        input,
        line,
        `expected name=value, the name one of ${Object.keys(LIMIT_NAMES).join(', ')}`
      );
    const value = parseValue(spec.kind, line.slice(at + 1));
    if (at < 0 || value === undefined)
      throw badInput(
        input,
        line,
        `expected a positive ${spec.kind} for ${name}, such as ${name}=${EXAMPLE[spec.kind]}`
      );
    limits[spec.key] = value;
  }
  return limits;
}

/** `4 MiB`, `90 s`: a limit's value as a person reads it. */
export function formatLimit(key: keyof Limits, value: number): string {
  const kind = LIMIT_NAMES[limitName(key)].kind;
  if (kind === 'count') return String(value);
  if (kind === 'time' && value < 1000) return `${value} ms`;
  if (kind === 'time')
    return value % 60_000 === 0 ? `${value / 60_000} min` : `${+(value / 1000).toFixed(1)} s`;
  const unit =
    value >= GiB ? ['GiB', GiB] : value >= MiB ? ['MiB', MiB] : value >= KiB ? ['KiB', KiB] : ['bytes', 1];
  return `${+(value / (unit[1] as number)).toFixed(1)} ${unit[0]}${kind === 'rate' ? '/s' : ''}`;
}

/**
 * `work`, or a LimitError naming `what` once `ms` have passed. The work itself is not stopped
 * (its own requests end at their own deadlines); its answer is no longer waited for.
 */
export function within<T>(
  work: Promise<T>,
  ms: number | undefined,
  what: string,
  limit: keyof Limits
): Promise<T> {
  if (!ms) return work;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LimitError(what, limit, ms, 'not done in time')), ms);
    timer.unref();
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * A deadline from now: past `ms`, `late` rejects with a LimitError naming `what` (race the work
 * against it), and `signal` stops the work with that same error as its reason (the registry
 * client's reads end with it, sockets closed). `stop()` once the work is done.
 */
export function startDeadline(ms: number | undefined, what: string, limit: keyof Limits) {
  const ctl = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    if (!ms) return;
    timer = setTimeout(() => {
      const err = new LimitError(what, limit, ms, 'not done in time');
      reject(err);
      ctl.abort(err);
    }, ms);
    timer.unref();
  });
  late.catch(() => undefined);
  return { signal: ctl.signal, late, stop: () => clearTimeout(timer) };
}

/** Whether a failure's message says a limit was hit: trying again would only hit it again. */
export const hitLimit = (message: string | undefined): boolean =>
  / (over|under) the [a-z-]+ limit of /.test(message ?? '');

/**
 * A read or a process stopped at one of the limits: the error names the limit and its value.
 * Nothing was proven either way, so it is unavailable (a timeout, for the limits of time).
 */
export class LimitError extends UnavailableError {
  constructor(
    what: string,
    readonly limit: keyof Limits,
    value: number,
    detail = ''
  ) {
    super(
      `${what}: ${detail ? `${detail}, ` : ''}${LIMIT_NAMES[limitName(limit)].kind === 'rate' ? 'under' : 'over'} the ${limitName(limit)} limit of ${formatLimit(limit, value)}`,
      ['size', 'count'].includes(LIMIT_NAMES[limitName(limit)].kind) ? 'unavailable' : 'timeout'
    );
    this.name = 'LimitError';
  }
}
