import * as fs from 'node:fs';
import * as path from 'node:path';
import { VERIFY_PLATFORMS } from '../core/specs.generated';
import { badInput } from '../core/errors';
import { lastLine, which } from '../core/exec';
import { actionsToolCache, installPinned, PINNED, ToolCache, toolArch } from '../core/tools';
import type { Exec } from './scan/render';

const IN = VERIFY_PLATFORMS.inputs;

/** `pinned` (the version arch-actions pins, through the tool cache), `path`, `none`, or a path to helm. */
export type HelmChoice = 'pinned' | 'path' | 'none' | { file: string };

export interface HelmDeps {
  exec: Exec;
  toolCache?: ToolCache;
  /** Whether a tool is on PATH (default: the real lookup). */
  onPath?: (tool: string) => Promise<boolean>;
  env?: NodeJS.ProcessEnv;
}

/** What `helm version` says. */
export interface HelmVersion {
  /** As `helm version --short` prints it: `v4.1.4+g05fa379`. */
  version: string;
  /** The Kubernetes version helm renders for when given none (its client's minor): `1.35.0`. */
  kubeVersion?: string;
}

export interface FoundHelm {
  /** What to run; undefined when no helm is to be had. */
  helm?: string;
  /** `helm version`, asked while the chart renders; rejects when a given file is no helm. */
  version?: Promise<HelmVersion>;
  /** Why there is no helm. */
  why?: string;
  notes: string[];
}

export function parseHelmChoice(value: string, input = IN.helm.name): HelmChoice {
  const v = value.trim();
  if (v === '' || v === 'pinned') return 'pinned';
  if (v === 'path' || v === 'none') return v;
  if (!path.isAbsolute(v) && !v.startsWith('.'))
    throw badInput(input, value, 'expected pinned, path, none, or the path of a helm executable');
  return { file: v };
}

/** `version.BuildInfo{Version:"v4.1.4", GitCommit:"05fa379…", …, KubeClientVersion:"v1.35"}`. */
export function parseHelmVersion(out: string): HelmVersion | undefined {
  const field = (name: string) => new RegExp(`\\b${name}:"([^"]*)"`).exec(out)?.[1];
  const version = field('Version');
  if (!version) return undefined;
  const commit = field('GitCommit');
  const kube = /^v?(\d+)\.(\d+)/.exec(field('KubeClientVersion') ?? '');
  return {
    version: commit ? `${version}+g${commit.slice(0, 7)}` : version,
    ...(kube ? { kubeVersion: `${kube[1]}.${kube[2]}.0` } : {})
  };
}

async function version(helm: string, exec: Exec): Promise<HelmVersion | undefined> {
  const res = await exec(helm, ['version']);
  return res.exitCode === 0 ? parseHelmVersion(res.stdout) : undefined;
}

async function fromPath(deps: HelmDeps, notes: string[], why: string): Promise<FoundHelm> {
  if (await (deps.onPath ?? which)('helm')) {
    const v = await version('helm', deps.exec);
    if (v) return { helm: 'helm', version: Promise.resolve(v), notes };
  }
  return { why: `${why}, and there is no helm on PATH`, notes };
}

/**
 * The helm to render charts with. On a runner (Linux with a tool cache) the pinned version,
 * checksum-checked; helm from PATH when asked for, or when the pinned one cannot be had.
 */
export async function findHelm(choice: HelmChoice, deps: HelmDeps): Promise<FoundHelm> {
  const notes: string[] = [];
  if (choice === 'none') return { why: `${IN.helm.name}: none`, notes };
  if (typeof choice === 'object') {
    const file = path.resolve(choice.file);
    if (!fs.existsSync(file)) throw badInput(IN.helm.name, choice.file, 'no such file');
    const checked = deps.exec(file, ['version']).then(res => {
      const found = res.exitCode === 0 ? parseHelmVersion(res.stdout) : undefined;
      if (found) return found;
      const why = lastLine(res.stderr) || `exit code ${res.exitCode}, and no version printed`;
      throw badInput(IN.helm.name, choice.file, `it does not run as helm (${why})`);
    });
    return { helm: file, version: checked, notes };
  }
  if (choice === 'path') {
    const found = await fromPath(deps, notes, `${IN.helm.name}: path was asked for`);
    if (!found.helm) throw badInput(IN.helm.name, 'path', 'there is no helm on PATH');
    return found;
  }
  const env = deps.env ?? process.env;
  if (process.platform !== 'linux' || !env.RUNNER_TOOL_CACHE)
    return fromPath(deps, notes, `the pinned helm ${PINNED.helm.version} is for GitHub runners`);
  try {
    const helm = await installPinned('helm', toolArch(), deps.toolCache ?? actionsToolCache);
    const v = version(helm, deps.exec).then(found => found ?? { version: `v${PINNED.helm.version}` });
    return { helm, version: v, notes };
  } catch (err) {
    notes.push(`the pinned helm ${PINNED.helm.version} could not be fetched: ${(err as Error).message}`);
    return fromPath(deps, notes, `the pinned helm ${PINNED.helm.version} could not be fetched`);
  }
}
