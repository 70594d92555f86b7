import { ImageRef } from '../../oci/reference';
import { RegistryClient } from '../../registry/client';
import type { ToolArch, ToolName } from '../../core/tools';
import type { Limits } from '../../core/limits';
import type { Kubectl, KubeExec, Tool } from './kubectl';
import type { EngineName, EngineProfile, EngineState } from './engines';
import type { HostFacts } from '../perf/fio';

/** off; on: the fio stage after the storage test; baseline: the same on an amd64 runner, as the reference. */
export type PerfMode = 'off' | 'on' | 'baseline';

/** What the cluster level tests: parsed values only ('' means "not given"). */
export interface ClusterE2EOptions {
  /** Images under test: pulled for arm64 and loaded into the cluster. Empty: the cluster pulls. */
  images: ImageRef[];
  chart: string;
  chartRepo: string;
  chartVersion: string;
  values: string[];
  set: Array<{ key: string; value: string }>;
  /** Chart blocks that get an image under test (`image-values`). */
  imageValues: ImageValues[];
  namespace: string;
  storageClass: string;
  /** The OpenEBS engine whose host needs are prepared (hostpath: none). */
  engine?: EngineName;
  perf?: PerfMode;
  /** Where the perf stage writes its fio record (fio JSON with the runner's facts). */
  perfFile?: string;
  /** An image with fio on PATH; empty: Debian's slim image, which installs fio when the pod starts. */
  perfImage?: string;
  testCommand: string;
  /** Seconds for each wait (cluster, helm, rollouts, smoke pods); at least 60 is used. */
  timeout: number;
  diagnosticsDir: string;
  artifactName: string;
  insecureRegistries: string[];
  /** The tool-timeout limit of kind, kubectl and helm (never below `timeout` and a minute). */
  limits?: Partial<Limits>;
  /** Delete the cluster at the end (a developer's machine; on a throwaway runner it does not matter). */
  deleteCluster?: boolean;
  clusterName?: string;
  workDir?: string;
}

/** `[image=]path`: the chart block at `path` gets the image under test named `image`. */
export interface ImageValues {
  image?: string;
  path: string;
}

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
  /** Milliseconds, for stage times and waits. */
  now?: () => number;
  /** Whether host commands need sudo (process.getuid() !== 0 by default). */
  isRoot?: boolean;
  /** /proc/meminfo text (hugepages). */
  meminfo?: () => string;
  /** The runner's CPU, cores and kernel, for the perf record. */
  hostFacts?: (platform: string) => HostFacts;
  sleep?: (ms: number) => Promise<void>;
}

export type StageName =
  | 'tools'
  | 'host'
  | 'cluster'
  | 'images'
  | 'chart-images'
  | 'install'
  | 'rollout'
  | 'storageclass'
  | 'storage'
  | 'perf'
  | 'architecture'
  | 'tests';

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

/** The chart's images: pulled on the host with the job's login and loaded, or left for the kubelet (with why). */
export interface ChartImages {
  loaded: string[];
  inCluster: Array<{ image: string; reason: string }>;
}

export interface ClusterE2EResult {
  level: 'cluster';
  ok: boolean;
  cluster: string;
  kubeconfig: string;
  nodeImage: string;
  versions: { kind: string; helm: string; kubectl: string };
  stages: StageReport[];
  smoke?: { checksum?: string; writerMachine?: string; readerMachine?: string };
  containers: ContainerVerdict[];
  chartImages?: ChartImages;
  diagnostics?: Diagnostics;
  artifact?: string;
  /** The engine, what its host preparation did, and what its teardown could not undo. */
  engine?: { name: EngineName; prepared: string[]; teardownProblems: string[] };
  /** The fio record the perf stage wrote. */
  perf?: { file: string; platform: string; jobs: number };
  problems: string[];
}

export interface NodeJson {
  metadata: { name: string; labels?: Record<string, string> };
}

export interface ContainerStatus {
  name: string;
  image: string;
  imageID: string;
  ready?: boolean;
  restartCount?: number;
  state?: {
    running?: unknown;
    waiting?: { reason?: string };
    terminated?: { reason?: string; exitCode?: number };
  };
}

export interface PodJson {
  metadata: { name: string; namespace: string };
  spec: { nodeName?: string; containers: Array<{ name: string }> };
  status: {
    phase?: string;
    containerStatuses?: ContainerStatus[];
    initContainerStatuses?: ContainerStatus[];
  };
}

export interface Diagnostics {
  dir: string;
  files: string[];
  failingPods: string[];
  /** Commands that failed while collecting; collection carries on. */
  errors: string[];
}

/** What the stages share: the options, the cluster's names, its tools and the result so far. */
export interface ClusterRun {
  readonly o: ClusterE2EOptions;
  readonly exec: KubeExec;
  readonly arch: ToolArch;
  readonly installTool: (tool: ToolName, arch: ToolArch) => Promise<string>;
  readonly registry?: RegistryClient;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly cluster: string;
  /** Random suffix of this run's names (smoke namespace, PVC, pods). */
  readonly suffix: string;
  readonly work: string;
  /** Seconds for each wait. */
  readonly timeout: number;
  /** Paths of kind, helm and kubectl; the tools stage fills them. */
  readonly bin: Record<ToolName, string>;
  readonly kind: Tool;
  readonly helm: Tool;
  readonly docker: Tool;
  readonly kubectl: Kubectl;
  readonly result: ClusterE2EResult;
  /** Set once kind created the cluster: diagnostics and deletion need one. */
  created: boolean;
  readonly engine: EngineProfile;
  readonly isRoot: boolean;
  readonly meminfo: () => string;
  readonly hostFacts?: (platform: string) => HostFacts;
  /** What the host stage prepared, for the storage class and the teardown. */
  engineState?: EngineState;
  /** The StorageClass the smoke and perf stages use. */
  storageClass: string;
  /** The architecture the test pods select: arm64, or the host's for the perf baseline. */
  readonly podArch: string;
}

export interface Stage {
  name: StageName;
  title: (run: ClusterRun) => string;
  /** Why the stage has nothing to do in this run, if so. */
  skip?: (run: ClusterRun) => string | undefined;
  /** Does the work and returns the detail shown in the summary; throws to fail. */
  body: (run: ClusterRun) => Promise<string>;
}
