import * as core from '../core/toolkit';
import { Exec, run } from '../core/exec';

export type BuildxDriver = 'docker-container' | 'docker';

export interface BuilderOptions {
  driver: BuildxDriver;
  name: string;
  buildkitImage: string;
  platforms: string[];
  /** Make it the builder in use (`--use`); without, callers name it (BUILDX_BUILDER). Default true. */
  use?: boolean;
  /** Run BuildKit on the host's network (`network=host`), to reach a registry on localhost. */
  hostNetwork?: boolean;
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
    ...(opts.hostNetwork ? ['--driver-opt', 'network=host'] : []),
    '--platform',
    opts.platforms.join(','),
    ...(opts.use === false ? [] : ['--use'])
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

/** The builder buildx uses now (the one `--use` replaces), and its driver ('' when buildx cannot say). */
export async function inspectCurrent(exec: Exec = run): Promise<{ name: string; driver: string }> {
  const res = await exec('docker', ['buildx', 'inspect'], { silent: true, ignoreReturnCode: true });
  return {
    name: res.stdout.match(/^Name:\s*(\S+)/m)?.[1] ?? 'default',
    driver: res.stdout.match(/^Driver:\s*(\S+)/m)?.[1] ?? ''
  };
}

/** The builder buildx uses now (the one `--use` replaces). */
export async function currentBuilder(exec: Exec = run): Promise<string> {
  return (await inspectCurrent(exec)).name;
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

// The post step's state: the builder we created and the one that was in use before.
const STATE = { name: 'builder', previous: 'previous-builder' };

/** Saved before bootstrap, so the post step cleans up even when bootstrap fails. */
export function saveCreatedBuilder(created: CreatedBuilder): void {
  core.saveState(STATE.name, created.name);
  core.saveState(STATE.previous, created.previous);
}

/** Post step: removes the builder the main step created (if any) and puts the previous one back in use. */
export async function removeSavedBuilder(exec: Exec = run): Promise<void> {
  const name = core.getState(STATE.name);
  if (name) await removeBuilder({ name, previous: core.getState(STATE.previous) || 'default' }, exec);
}

/** A registry host on this machine's loopback (`localhost:5000`, `127.0.0.1:5000`, `[::1]:5000`). */
export function isLoopback(registry: string): boolean {
  const host = registry
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** `auto`: a docker-container builder when one can be had, else the docker driver, with a warning. */
export type DriverChoice = 'auto' | BuildxDriver;

/**
 * The builder a `buildx` build runs on. `docker` keeps whatever builder is in use. Otherwise a
 * docker-container builder in use is kept, and when only the docker driver is there one is
 * created, not made current (the caller names it in BUILDX_BUILDER) and removed by the post step.
 * If it cannot start (its BuildKit image cannot be pulled), `auto` warns and builds with the docker
 * driver; `docker-container` fails.
 */
export async function builderFor(
  choice: DriverChoice,
  opts: Omit<BuilderOptions, 'driver' | 'use'> & { registry?: string },
  deps: BuilderDeps = {}
): Promise<{ driver?: BuildxDriver; created?: string }> {
  if (choice === 'docker') return {};
  const exec = deps.exec ?? run;
  const current = await inspectCurrent(exec);
  if (current.driver && current.driver !== 'docker') {
    core.info(`buildx builder ${current.name} (driver ${current.driver}) is in use`);
    return { driver: 'docker-container' };
  }
  try {
    // A BuildKit container has a network of its own: a registry on this host's loopback needs the host's.
    const { registry, ...builder } = opts;
    const hostNetwork = registry !== undefined && isLoopback(registry);
    await setupBuilder({ ...builder, driver: 'docker-container', use: false, hostNetwork }, deps);
    return { driver: 'docker-container', created: opts.name };
  } catch (err) {
    if (choice === 'docker-container') throw err;
    core.warning(
      `No docker-container builder: ${(err as Error).message}. Building with the docker driver instead: ` +
        'each platform is pushed to a staging tag, cache auto means none, and provenance and sbom are off'
    );
    return { driver: 'docker' };
  }
}
