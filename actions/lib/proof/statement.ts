// The platform proof: an in-toto Statement v1 about one index, built from verify's results.
// Its schema is docs/platform-proof.schema.json (docs/platform-proof.md explains each field).
import { TOOL_VERSION } from '../core/version';

export const PREDICATE_TYPE = 'https://github.com/openebs/arch-actions/platform-proof/v1';
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const LEVEL_NAMES = ['', 'listed', 'configured', 'built right', 'runs', 'serves'] as const;

/** How a proof was signed: with a cosign key, keyless through Sigstore, or not at all. */
export type Signing = 'cosign-key' | 'sigstore' | 'none';

export interface ElfCounts {
  /** ELF machine name (as `machineName` gives it) → files seen built for it. */
  machines: Record<string, number>;
  /** ELF files seen (executables and shared libraries). */
  executables: number;
  /** Regular files read in the layers (ELF or not). */
  files: number;
  layers: number;
}

export interface RunResult {
  ok: boolean;
  detail: string;
}

export interface PlatformProof {
  platform: string;
  /** The platform's manifest digest in the index. */
  digest: string;
  /** The highest level reached (1 listed … 5 serves); every level below it was reached too. */
  level: number;
  levels: number[];
  elf?: ElfCounts;
  /** Level 4: the container parity run against the baseline platform. */
  parity?: RunResult;
  /** Level 5: the chart on a cluster of this platform. */
  cluster?: RunResult;
}

export interface PlatformProofPredicate {
  verdict: 'proven';
  signing: Signing;
  checkedAt: string;
  tool: { name: 'arch-actions'; version: string; ref?: string };
  source?: { repository?: string; revision?: string };
  run?: { url: string; id: string; attempt?: string };
  platforms: PlatformProof[];
}

export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: Array<{ name: string; digest: Record<string, string> }>;
  predicateType: typeof PREDICATE_TYPE;
  predicate: PlatformProofPredicate;
}

/** What the proof takes of verify's result for one platform (verify's PlatformCheck has it). */
export interface CheckedPlatform {
  platform: string;
  status: string;
  level: number;
  digest?: string;
  deep?: {
    executables: number;
    layersScanned: number;
    layersTotal: number;
    files?: number;
    machines?: Record<string, number>;
    unsupported?: string;
  };
}

/** What the proof takes of verify's result for one image (verify's ImageResult has it). */
export interface CheckedImage {
  normalized: string;
  digest?: string;
  status: string;
  platforms: CheckedPlatform[];
}

/** Where and by what the check ran: the source revision and run URL on GitHub. */
export function runContext(
  env: NodeJS.ProcessEnv = process.env
): Pick<PlatformProofPredicate, 'tool' | 'source' | 'run'> {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const repo = env.GITHUB_REPOSITORY;
  return {
    tool: {
      name: 'arch-actions',
      version: TOOL_VERSION,
      ...(env.GITHUB_ACTION_REF ? { ref: env.GITHUB_ACTION_REF } : {})
    },
    ...(repo || env.GITHUB_SHA
      ? {
          source: {
            ...(repo ? { repository: `${server}/${repo}` } : {}),
            ...(env.GITHUB_SHA ? { revision: env.GITHUB_SHA } : {})
          }
        }
      : {}),
    ...(repo && env.GITHUB_RUN_ID
      ? {
          run: {
            url: `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`,
            id: env.GITHUB_RUN_ID,
            ...(env.GITHUB_RUN_ATTEMPT ? { attempt: env.GITHUB_RUN_ATTEMPT } : {})
          }
        }
      : {})
  };
}

/** The levels a passed platform check reached; a deep check that saw no ELF file proves no level 3. */
function reached(c: CheckedPlatform): number {
  if (c.level < 3) return c.level;
  return c.deep && !c.deep.unsupported && c.deep.executables > 0 ? 3 : 2;
}

function platformProof(c: CheckedPlatform, runs: ProofRuns): PlatformProof {
  let level = reached(c);
  const parity = runs.parity?.[c.platform];
  const cluster = runs.cluster?.[c.platform];
  if (parity?.ok && level >= 3) level = 4;
  if (cluster?.ok && level >= 4) level = 5;
  const d = c.deep;
  return {
    platform: c.platform,
    digest: c.digest ?? '',
    level,
    levels: Array.from({ length: level }, (_, i) => i + 1),
    ...(d && !d.unsupported
      ? {
          elf: {
            machines: { ...(d.machines ?? {}) },
            executables: d.executables,
            files: d.files ?? 0,
            layers: d.layersScanned
          }
        }
      : {}),
    ...(parity ? { parity } : {}),
    ...(cluster ? { cluster } : {})
  };
}

/** Results of the runs past verify, per platform, when they ran. */
export interface ProofRuns {
  parity?: Record<string, RunResult>;
  cluster?: Record<string, RunResult>;
}

/**
 * The statement for one image that passed: subject = the index (name and digest), one entry per
 * platform checked with its manifest digest (`subjectName` names an archive's image). Undefined for an image that did not pass or has no
 * digest with its platforms (an archive folder): there is nothing to attach a proof to.
 */
export function statementFor(
  image: CheckedImage,
  signing: Signing,
  runs: ProofRuns = {},
  env: NodeJS.ProcessEnv = process.env,
  now: Date = new Date(),
  subjectName?: string
): Statement | undefined {
  if (image.status !== 'ok' || !image.digest || !image.platforms.length) return undefined;
  if (image.platforms.some(p => p.status !== 'ok' || !p.digest)) return undefined;
  // `registry/repository` of the normalised reference: its digest and tag dropped.
  const name = subjectName ?? image.normalized.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
  const [alg, hex] = image.digest.split(':');
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name, digest: { [alg]: hex } }],
    predicateType: PREDICATE_TYPE,
    predicate: {
      verdict: 'proven',
      signing,
      checkedAt: now.toISOString(),
      ...runContext(env),
      platforms: image.platforms.map(p => platformProof(p, runs))
    }
  };
}

/**
 * Why `predicate` does not cover the platforms and level asked for, or undefined when it does.
 * A platform's level must be at least `level`.
 */
export function uncovered(
  predicate: PlatformProofPredicate,
  platforms: string[],
  level: number
): string | undefined {
  const gaps: string[] = [];
  for (const want of platforms) {
    const p = predicate.platforms.find(x => x.platform === want);
    if (!p) gaps.push(`${want} is not in it`);
    else if (p.level < level)
      gaps.push(
        `${want} is proven to level ${p.level} (${LEVEL_NAMES[p.level]}), level ${level} is asked for`
      );
  }
  return gaps.length ? gaps.join('; ') : undefined;
}
