import { ImageRef } from '../../oci/reference';
import { RegistryClient } from '../../registry/client';
import { ToolArch, ToolName } from '../../core/tools';
import type { Diagnostics } from './diagnostics';

/** What the cluster level tests: parsed values only ('' means "not given"). */
export interface ClusterE2EOptions {
  /** Images under test: pulled for arm64 and loaded into the cluster. Empty: the cluster pulls. */
  images: ImageRef[];
  chart: string;
  chartRepo: string;
  chartVersion: string;
  values: string[];
  set: Array<{ key: string; value: string }>;
  namespace: string;
  storageClass: string;
  testCommand: string;
  /** Seconds for each wait (cluster, helm, rollouts, smoke pods); at least 60 is used. */
  timeout: number;
  allowEmulated: boolean;
  diagnosticsDir: string;
  artifactName: string;
  insecureRegistries: string[];
  /** Delete the cluster at the end (a developer's machine; on a throwaway runner it does not matter). */
  deleteCluster?: boolean;
  clusterName?: string;
  workDir?: string;
}

/** Runs a tool without throwing; `stream` shows its output in the log (user tests). */
export type KubeExec = (
  tool: string,
  args: string[],
  opts?: { env?: Record<string, string>; stream?: boolean }
) => Promise<{ exitCode: number; stdout: string; stderr: string }>;

export type Uploader = (name: string, files: string[], root: string) => Promise<void>;

/** The world the cluster level talks to; each has a real default. */
export interface ClusterE2EDeps {
  exec?: KubeExec;
  /** Node `process.arch` of the host. */
  hostArch?: string;
  /** Returns the path of a pinned tool, installing it when needed. */
  installTool?: (tool: ToolName, arch: ToolArch) => Promise<string>;
  registry?: RegistryClient;
  /** Uploads the diagnostics; none when absent (no artifact service, as in the CLI). */
  upload?: Uploader;
  /** Milliseconds, for stage times. */
  now?: () => number;
}

export type StageName =
  'tools' | 'cluster' | 'images' | 'install' | 'rollout' | 'storage' | 'architecture' | 'tests';

export interface StageReport {
  name: StageName;
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
  detail: string;
}

export interface ContainerVerdict {
  pod: string;
  container: string;
  image: string;
  imageID: string;
  verdict: string;
}

export interface ClusterE2EResult {
  level: 'cluster';
  ok: boolean;
  emulated: boolean;
  cluster: string;
  kubeconfig: string;
  nodeImage: string;
  versions: { kind: string; helm: string; kubectl: string };
  stages: StageReport[];
  smoke?: { checksum?: string; writerMachine?: string; readerMachine?: string };
  containers: ContainerVerdict[];
  diagnostics?: Diagnostics;
  artifact?: string;
  problems: string[];
}

export interface NodeJson {
  metadata: { name: string; labels?: Record<string, string> };
}
