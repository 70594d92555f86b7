// A cluster for the cluster level's unit tests: kind, helm, kubectl and docker answered as a
// healthy arm64 cluster answers them (recorded kubectl output), and a harness that runs the
// level with base options and deps, capturing the workflow commands it prints.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ClusterE2EDeps,
  ClusterE2EOptions,
  ClusterE2EResult,
  runClusterE2E
} from '../../actions/lib/e2e/cluster/run';
import { KubeExec } from '../../actions/lib/e2e/cluster/kubectl';
import { PodJson } from '../../actions/lib/e2e/cluster/types';
import { PINNED } from '../../actions/lib/core/tools';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { recordedKubectl, readFixture } from '../fixtures/kubectl/recorded';

export const SUM = '4a5f1c0e39b0f4a3d6b3e0a1c2f9d8e7b6a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1';
export const ARM_CONFIG = 'sha256:f72407be9e08c3a1b29a88318cbfee87b9f2da489f84015a5090b1e386e4dbe1';
export const AMD_CONFIG = 'sha256:' + 'a'.repeat(64);
const healthyPods = (JSON.parse(readFixture('pods.json')) as { items: PodJson[] }).items.filter(p =>
  ['coredns-674b8bbfcf-7xq2m', 'kindnet-5m4vd'].includes(p.metadata.name)
);

/** The arm64 manifest of every image the fake registry knows. */
export const ARM_MANIFEST = 'sha256:' + '2'.repeat(64);

/** A registry that knows coredns (arm64 config = its imageID) and the openebs/ images, and nothing else. */
export function fakeRegistry(armConfig = ARM_CONFIG, amdConfig = AMD_CONFIG): RegistryClient {
  return {
    inspect: async (ref: { repository: string }) => {
      if (ref.repository !== 'coredns/coredns' && !ref.repository.startsWith('openebs/'))
        throw new Error(`image ${ref.repository} was not found`);
      return {
        digest: 'sha256:' + 'f'.repeat(64),
        mediaType: 'application/vnd.oci.image.index.v1+json',
        isIndex: true,
        platforms: [
          {
            platform: { os: 'linux', architecture: 'amd64' },
            digest: 'sha256:' + '1'.repeat(64),
            mediaType: '',
            size: 1,
            attestation: false
          },
          {
            platform: { os: 'linux', architecture: 'arm64' },
            digest: ARM_MANIFEST,
            mediaType: '',
            size: 1,
            attestation: false
          }
        ]
      };
    },
    getImageManifest: async (_ref: unknown, digest: string) => ({
      config: {
        digest: digest === 'sha256:' + '2'.repeat(64) ? armConfig : amdConfig,
        size: 1,
        mediaType: ''
      },
      layers: [],
      schemaVersion: 2,
      mediaType: ''
    }),
    close: () => undefined
  } as unknown as RegistryClient;
}

export interface World {
  calls: Array<{ tool: string; args: string[]; env?: Record<string, string> }>;
  exec: KubeExec;
}

/** kind, helm, kubectl and docker as a healthy cluster answers them, with overrides by argv prefix. */
export function world(
  overrides: Array<[RegExp, { exitCode: number; stdout: string; stderr: string }]> = []
): World {
  const calls: World['calls'] = [];
  const diag = recordedKubectl([]);
  const exec: KubeExec = async (tool, args, opts) => {
    calls.push({ tool, args, env: opts?.env });
    const line = [path.basename(tool), ...args].join(' ');
    for (const [re, res] of overrides) if (re.test(line)) return res;
    const ok = (stdout = '') => ({ exitCode: 0, stdout, stderr: '' });
    if (/^docker image inspect --format/.test(line)) return ok('linux/arm64\n');
    if (/^kubectl get nodes --output json/.test(line)) return ok(readFixture('nodes.json'));
    if (/^kubectl get pod arch-e2e-\S+ .*jsonpath=\{\.status\.phase\}/.test(line)) return ok('Succeeded');
    if (/^kubectl get events --all-namespaces --output json/.test(line)) return ok('{"items":[]}');
    if (/^kubectl get deployments,daemonsets,statefulsets/.test(line))
      return ok('deployment.apps/openebs-localpv-provisioner\n');
    if (/^kubectl logs arch-e2e-writer/.test(line)) return ok(`${SUM}  smoke.bin\nmachine=aarch64\n`);
    if (/^kubectl logs arch-e2e-reader/.test(line))
      return ok(`smoke.bin: OK\n${SUM}  smoke.bin\nmachine=aarch64\n`);
    if (
      /^kubectl get pods --all-namespaces --output json/.test(line) &&
      !calls.some(c => c.args[0] === 'describe')
    )
      return ok(JSON.stringify({ items: healthyPods }));
    if (/^kubectl (get|describe|logs) /.test(line)) return diag(tool, args);
    return ok();
  };
  return { calls, exec };
}

export const fail = (stderr: string) => ({ exitCode: 1, stdout: '', stderr });

export interface Harness {
  work: string;
  base: ClusterE2EOptions;
  deps: ClusterE2EDeps;
  /** Workflow commands the run printed (kept out of the log, so CI shows no stray annotations). */
  printed: string[];
  /** Runs the cluster level with the base options and deps, each overridden in part. */
  go(d: ClusterE2EDeps, o?: Partial<ClusterE2EOptions>): Promise<ClusterE2EResult>;
}

/** Sets up a fresh harness before each test of the calling describe block. */
export function clusterHarness(): Harness {
  const h = { printed: [] as string[] } as unknown as Harness;
  h.go = (d, o = {}) => runClusterE2E({ ...h.base, ...o }, { ...h.deps, ...d });
  beforeEach(() => {
    h.printed = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      h.printed.push(String(chunk));
      return true;
    });
    h.work = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-e2e-'));
    h.base = {
      images: [parseReference('ghcr.io/openebs/provisioner-localpv:ci')],
      chart: 'localpv-provisioner',
      chartRepo: 'https://openebs.github.io/dynamic-localpv-provisioner',
      chartVersion: '4.0.0',
      values: [],
      set: [{ key: 'hostpathClass.isDefaultClass', value: 'true' }],
      imageValues: [],
      namespace: 'openebs',
      storageClass: 'openebs-hostpath',
      testCommand: 'make e2e',
      timeout: 300,
      diagnosticsDir: path.join(h.work, 'diagnostics'),
      artifactName: 'arm64-e2e-diagnostics',
      insecureRegistries: [],
      deleteCluster: true,
      clusterName: 'arch-e2e-test',
      workDir: h.work
    };
    h.deps = {
      hostArch: 'arm64',
      installTool: async (tool, arch) => `/tc/${tool}/${PINNED[tool].version}/${arch}/${tool}`,
      registry: fakeRegistry()
    };
  });
  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(h.work, { recursive: true, force: true });
  });
  return h;
}

/** Each call as one line: the tool's base name, then its argv. */
export const lines = (w: World): string[] => w.calls.map(c => [path.basename(c.tool), ...c.args].join(' '));
