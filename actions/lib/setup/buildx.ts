import * as core from '@actions/core';
import { run } from '../core/exec';

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

/**
 * Creates and bootstraps a builder. The docker driver needs none: it is the daemon's own
 * BuildKit, so we only report its name.
 */
export async function setupBuilder(opts: BuilderOptions): Promise<Builder> {
  await run('docker', ['buildx', 'version']);
  if (opts.driver === 'docker') {
    const res = await run('docker', ['buildx', 'inspect'], { silent: true });
    const name = res.stdout.match(/^Name:\s*(\S+)/m)?.[1] ?? 'default';
    return { name, driver: 'docker', created: false };
  }
  await run('docker', createBuilderArgs(opts));
  await run('docker', ['buildx', 'inspect', '--bootstrap', opts.name]);
  return { name: opts.name, driver: 'docker-container', created: true };
}

/** Removes a builder we created. Clean-up never fails a job. */
export async function removeBuilder(name: string): Promise<void> {
  try {
    await run('docker', ['buildx', 'rm', name]);
  } catch (err) {
    core.warning(`Could not remove builder ${name}: ${(err as Error).message}`);
  }
}
