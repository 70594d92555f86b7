import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from './toolkit';
import { CheckError, ConfigurationError } from './errors';

/**
 * Every pinned tool version of the cluster level, in one place (documented in the README).
 * Checksums are the publishers' own `.sha256sum` values for these exact files:
 *   kind     https://github.com/kubernetes-sigs/kind/releases/download/v0.29.0/kind-linux-{amd64,arm64}.sha256sum
 *   helm     https://get.helm.sh/helm-v4.1.4-linux-{amd64,arm64}.tar.gz.sha256sum
 *   kubectl  https://dl.k8s.io/release/v1.33.1/bin/linux/{amd64,arm64}/kubectl.sha256
 * The node image is the default of kind v0.29.0 (its release notes), pinned by digest.
 */
export const PINNED = {
  kind: {
    version: '0.29.0',
    url: (arch: ToolArch) =>
      `https://github.com/kubernetes-sigs/kind/releases/download/v0.29.0/kind-linux-${arch}`,
    sha256: {
      amd64: 'c72eda46430f065fb45c5f70e7c957cc9209402ef309294821978677c8fb3284',
      arm64: '03d45095dbd9cc1689f179a3e5e5da24b77c2d1b257d7645abf1b4174bebcf2a'
    }
  },
  nodeImage: 'kindest/node:v1.33.1@sha256:050072256b9a903bd914c0b2866828150cb229cea0efe5892e2b644d5dd3b34f',
  helm: {
    version: '4.1.4',
    url: (arch: ToolArch) => `https://get.helm.sh/helm-v4.1.4-linux-${arch}.tar.gz`,
    sha256: {
      amd64: '70b2c30a19da4db264dfd68c8a3664e05093a361cefd89572ffb36f8abfa3d09',
      arm64: '13d03672be289045d2ff00e4e345d61de1c6f21c1257a45955a30e8ae036d8f1'
    }
  },
  kubectl: {
    version: '1.33.1',
    url: (arch: ToolArch) => `https://dl.k8s.io/release/v1.33.1/bin/linux/${arch}/kubectl`,
    sha256: {
      amd64: '5de4e9f2266738fd112b721265a0c1cd7f4e5208b670f811861f699474a100a3',
      arm64: 'd595d1a26b7444e0beb122e25750ee4524e74414bbde070b672b423139295ce6'
    }
  },
  /** Image of the smoke-test pods: multi-arch, with sh and sha256sum. Pinned by tag only. */
  smokeImage: 'docker.io/library/busybox:1.36.1'
} as const;

export type ToolArch = 'amd64' | 'arm64';
export type ToolName = 'kind' | 'helm' | 'kubectl';

/** The tool-cache calls we use, injectable so tests never download. */
export interface ToolCache {
  find(tool: string, version: string, arch?: string): Promise<string>;
  downloadTool(url: string): Promise<string>;
  extractTar(file: string): Promise<string>;
  cacheFile(source: string, target: string, tool: string, version: string, arch?: string): Promise<string>;
}

// Loaded on first use, into a chunk file of its own: @actions/tool-cache brings an HTTP client
// (undici) that most runs never need and that costs start-up time just by being in a bundle.
const tc = () => import('@actions/tool-cache');

export const actionsToolCache: ToolCache = {
  find: async (tool, version, arch) => (await tc()).find(tool, version, arch),
  downloadTool: async url => (await tc()).downloadTool(url),
  extractTar: async file => (await tc()).extractTar(file),
  cacheFile: async (s, t, tool, v, a) => (await tc()).cacheFile(s, t, tool, v, a)
};

/** The release-asset architecture of a Node `process.arch`. */
export function toolArch(nodeArch: string = process.arch): ToolArch {
  if (nodeArch === 'x64') return 'amd64';
  if (nodeArch === 'arm64') return 'arm64';
  throw new ConfigurationError(
    `kind, helm and kubectl are pinned for amd64 and arm64 runners only, not "${nodeArch}"`
  );
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Throws when a downloaded file does not have the pinned checksum; a mismatch is never cached. */
export async function verifySha256(file: string, expected: string, what: string): Promise<void> {
  const got = await sha256File(file);
  if (got !== expected) {
    throw new CheckError(`${what} failed its checksum: expected sha256 ${expected}, got ${got}`);
  }
}

/**
 * Installs one pinned tool through the tool cache (download, sha256 check, cacheFile) and
 * returns the path of its executable. A cached copy is reused.
 */
export async function installPinned(
  name: ToolName,
  arch: ToolArch,
  cache: ToolCache = actionsToolCache
): Promise<string> {
  const pin = PINNED[name];
  const cached = await cache.find(name, pin.version, arch);
  if (cached) {
    core.info(`${name} ${pin.version} (${arch}) found in the tool cache`);
    return path.join(cached, name);
  }
  const url = pin.url(arch);
  core.info(`Downloading ${name} ${pin.version} for ${arch} from ${url}`);
  const downloaded = await cache.downloadTool(url);
  await verifySha256(downloaded, pin.sha256[arch], `${name} ${pin.version} (${url})`);
  let binary = downloaded;
  if (name === 'helm') {
    const dir = await cache.extractTar(downloaded);
    binary = path.join(dir, `linux-${arch}`, 'helm');
  }
  fs.chmodSync(binary, 0o755);
  const dir = await cache.cacheFile(binary, name, name, pin.version, arch);
  return path.join(dir, name);
}
