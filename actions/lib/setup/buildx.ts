import * as core from '../core/toolkit';
import { Exec, run } from '../core/exec';

export type BuildxDriver = 'docker-container' | 'docker';

export interface BuilderOptions {
  driver: BuildxDriver;
  name: string;
  buildkitImage: string;
  platforms: string[];
}

export interface Builder {
  name: string;
  driver: BuildxDriver;
  created: boolean;
}

/** The argv that creates a docker-container builder. */
export function createBuilderArgs(opts: BuilderOptions): string[] {
  return [
    'buildx',
    'create',
    '--name',
    opts.name,
    '--driver',
    'docker-container',
    '--driver-opt',
    `image=${opts.buildkitImage}`,
    '--platform',
    opts.platforms.join(','),
    '--use'
  ];
}

/** What the post step needs to undo a builder we created. */
export interface CreatedBuilder {
  name: string;
  /** The builder that was in use before `buildx create --use`. */
  previous: string;
}

export interface BuilderDeps {
  exec?: Exec;
  /** Called right after create, before bootstrap can fail: the post step's state. */
  onCreated?: (created: CreatedBuilder) => void;
}

/** The builder buildx uses now (the one `--use` replaces). */
export async function currentBuilder(exec: Exec = run): Promise<string> {
  const res = await exec('docker', ['buildx', 'inspect'], { silent: true, ignoreReturnCode: true });
  return res.stdout.match(/^Name:\s*(\S+)/m)?.[1] ?? 'default';
}

/**
 * Creates and bootstraps a builder. The docker driver needs none: it is the daemon's own
 * BuildKit, so we only report its name. A failed bootstrap removes the new builder and
 * puts the previous one back in use before it throws.
 */
export async function setupBuilder(opts: BuilderOptions, deps: BuilderDeps = {}): Promise<Builder> {
  const exec = deps.exec ?? run;
  await exec('docker', ['buildx', 'version']);
  if (opts.driver === 'docker') {
    return { name: await currentBuilder(exec), driver: 'docker', created: false };
  }
  const previous = await currentBuilder(exec);
  await exec('docker', createBuilderArgs(opts));
  const created = { name: opts.name, previous };
  deps.onCreated?.(created);
  try {
    await exec('docker', ['buildx', 'inspect', '--bootstrap', opts.name]);
  } catch (err) {
    await removeBuilder(created, exec);
    throw err;
  }
  return { name: opts.name, driver: 'docker-container', created: true };
}

/**
 * Removes a builder we created and puts the previous one back in use. Safe to run twice
 * (after a failed bootstrap and again in the post step); clean-up never fails a job.
 */
export async function removeBuilder(created: CreatedBuilder, exec: Exec = run): Promise<void> {
  const exists = await exec('docker', ['buildx', 'inspect', created.name], {
    silent: true,
    ignoreReturnCode: true
  });
  try {
    if (exists.exitCode === 0) await exec('docker', ['buildx', 'rm', created.name]);
    if ((await currentBuilder(exec)) !== created.previous) {
      await exec('docker', ['buildx', 'use', created.previous]);
    }
  } catch (err) {
    core.warning(
      `Could not remove builder ${created.name} or restore ${created.previous}: ${(err as Error).message}`
    );
  }
}
