// Tools a build step runs that a runner image may lack, installed with apt-get, with one log line
// saying what and why. GitHub's ubuntu-24.04 and ubuntu-24.04-arm images have buildah and skopeo but
// no qemu-user-static (docs/design.md, "The runners' tools"); self-hosted runners may lack any of them.
import * as core from '../core/toolkit';
import { CheckError } from '../core/errors';
import { HostDeps, hostDeps, privileged } from './qemu';

/** A command, and the Debian/Ubuntu package that gives it. */
export interface AptTool {
  command: string;
  pkg: string;
}

/**
 * Installs the packages of the commands that are not on PATH (apt-get, as root or through `sudo -n`),
 * logging one line; returns the packages installed. Throws a CheckError when apt-get is not there.
 */
export async function ensureAptTools(
  tools: AptTool[],
  purpose: string,
  d: HostDeps = hostDeps()
): Promise<string[]> {
  const missing: AptTool[] = [];
  for (const t of tools) if (!(await d.which(t.command))) missing.push(t);
  if (missing.length === 0) return [];
  const commands = missing.map(t => t.command).join(', ');
  if (!(await d.which('apt-get'))) {
    throw new CheckError(
      `${purpose} needs ${commands}, which this runner lacks, and apt-get is not available`
    );
  }
  const pkgs = [...new Set(missing.map(t => t.pkg))];
  // A fresh runner's package lists are stale or empty: install fails without an update.
  await privileged(d, 'apt-get', ['update', '-q'], undefined, true);
  await privileged(d, 'apt-get', ['install', '-y', '-q', ...pkgs], undefined, true);
  core.info(`Installed ${pkgs.join(', ')} with apt-get for ${purpose}: this runner had no ${commands}`);
  return pkgs;
}
