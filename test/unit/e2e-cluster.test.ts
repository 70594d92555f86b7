import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkImageDigests, runningContainers } from '../../actions/lib/e2e/cluster/architecture';
import { PodJson } from '../../actions/lib/e2e/cluster/types';
import { ClusterE2EDeps, ClusterE2EOptions, runClusterE2E } from '../../actions/lib/e2e/cluster/run';
import { releaseName } from '../../actions/lib/e2e/cluster/stages';
import { KubeExec } from '../../actions/lib/e2e/cluster/kubectl';
import { ConfigurationError } from '../../actions/lib/core/errors';
import { PINNED } from '../../actions/lib/core/tools';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { recordedKubectl, readFixture } from '../fixtures/kubectl/recorded';

const SUM = '4a5f1c0e39b0f4a3d6b3e0a1c2f9d8e7b6a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1';
const ARM_CONFIG = 'sha256:f72407be9e08c3a1b29a88318cbfee87b9f2da489f84015a5090b1e386e4dbe1';
const AMD_CONFIG = 'sha256:' + 'a'.repeat(64);
const healthyPods = (JSON.parse(readFixture('pods.json')) as { items: PodJson[] }).items.filter(p =>
  ['coredns-674b8bbfcf-7xq2m', 'kindnet-5m4vd'].includes(p.metadata.name)
);

/** A registry that knows coredns (arm64 config = its imageID) and nothing else. */
function fakeRegistry(armConfig = ARM_CONFIG, amdConfig = AMD_CONFIG): RegistryClient {
  return {
    inspect: async (ref: { repository: string }) => {
      if (ref.repository !== 'coredns/coredns') throw new Error(`image ${ref.repository} was not found`);
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
            digest: 'sha256:' + '2'.repeat(64),
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

interface World {
  calls: Array<{ tool: string; args: string[]; env?: Record<string, string> }>;
  exec: KubeExec;
}

/** kind, helm, kubectl and docker as a healthy cluster answers them, with overrides by argv prefix. */
function world(overrides: Array<[RegExp, { exitCode: number; stdout: string; stderr: string }]> = []): World {
  const calls: World['calls'] = [];
  const diag = recordedKubectl([]);
  const exec: KubeExec = async (tool, args, opts) => {
    calls.push({ tool, args, env: opts?.env });
    const line = [path.basename(tool), ...args].join(' ');
    for (const [re, res] of overrides) if (re.test(line)) return res;
    const ok = (stdout = '') => ({ exitCode: 0, stdout, stderr: '' });
    if (/^kubectl get nodes --output json/.test(line)) return ok(readFixture('nodes.json'));
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

const fail = (stderr: string) => ({ exitCode: 1, stdout: '', stderr });

describe('runClusterE2E', () => {
  let work: string;
  let base: ClusterE2EOptions;
  let deps: ClusterE2EDeps;
  /** Runs the cluster level with the base options and deps, each overridden in part. */
  const go = (d: ClusterE2EDeps, o: Partial<ClusterE2EOptions> = {}) =>
    runClusterE2E({ ...base, ...o }, { ...deps, ...d });
  // Workflow commands the run prints; kept out of the log so CI shows no stray annotations.
  let printed: string[];
  beforeEach(() => {
    printed = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-e2e-'));
    base = {
      images: [parseReference('ghcr.io/openebs/provisioner-localpv:ci')],
      chart: 'localpv-provisioner',
      chartRepo: 'https://openebs.github.io/dynamic-localpv-provisioner',
      chartVersion: '4.0.0',
      values: [],
      set: [{ key: 'hostpathClass.isDefaultClass', value: 'true' }],
      namespace: 'openebs',
      storageClass: 'openebs-hostpath',
      testCommand: 'make e2e',
      timeout: 300,
      allowEmulated: false,
      diagnosticsDir: path.join(work, 'diagnostics'),
      artifactName: 'arm64-e2e-diagnostics',
      insecureRegistries: [],
      deleteCluster: true,
      clusterName: 'arch-e2e-test',
      workDir: work
    };
    deps = {
      hostArch: 'arm64',
      installTool: async (tool, arch) => `/tc/${tool}/${PINNED[tool].version}/${arch}/${tool}`,
      registry: fakeRegistry()
    };
  });
  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(work, { recursive: true, force: true });
  });

  test('every stage passes on a healthy arm64 cluster, with the exact calls in order', async () => {
    const w = world();
    const upload = jest.fn();
    const r = await go({ exec: w.exec, upload });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.emulated).toBe(false);
    expect(r.stages.map(s => `${s.name}:${s.status}`)).toEqual([
      'tools:passed',
      'cluster:passed',
      'images:passed',
      'install:passed',
      'rollout:passed',
      'storage:passed',
      'architecture:passed',
      'tests:passed'
    ]);
    const kc = path.join(work, 'kubeconfig');
    const lines = w.calls.map(c => [path.basename(c.tool), ...c.args].join(' '));
    expect(lines).toEqual([
      `kind create cluster --name arch-e2e-test --image kindest/node:v1.33.1@sha256:050072256b9a903bd914c0b2866828150cb229cea0efe5892e2b644d5dd3b34f --kubeconfig ${kc} --wait 300s`,
      `kubectl get nodes --output json --kubeconfig ${kc}`,
      'docker pull --platform linux/arm64 ghcr.io/openebs/provisioner-localpv:ci',
      'kind load docker-image ghcr.io/openebs/provisioner-localpv:ci --name arch-e2e-test',
      `helm upgrade --install localpv-provisioner localpv-provisioner --namespace openebs --create-namespace --repo https://openebs.github.io/dynamic-localpv-provisioner --version 4.0.0 --set hostpathClass.isDefaultClass=true --wait --timeout 300s --kubeconfig ${kc}`,
      `kubectl get deployments,daemonsets,statefulsets --namespace openebs --output name --kubeconfig ${kc}`,
      `kubectl rollout status deployment.apps/openebs-localpv-provisioner --namespace openebs --timeout=300s --kubeconfig ${kc}`,
      `kubectl apply --filename ${path.join(work, 'smoke.yaml')} --kubeconfig ${kc}`,
      expect.stringMatching(
        /^kubectl wait pod\/arch-e2e-writer-[0-9a-f]{6} --namespace arch-e2e-[0-9a-f]{6} --for=jsonpath=\{\.status\.phase\}=Succeeded --timeout=300s --kubeconfig /
      ),
      expect.stringMatching(
        /^kubectl logs arch-e2e-writer-\w+ --namespace arch-e2e-\w+ --timestamps --kubeconfig /
      ),
      expect.stringMatching(
        /^kubectl delete pod arch-e2e-writer-\w+ --namespace arch-e2e-\w+ --wait=true --timeout=300s --kubeconfig /
      ),
      `kubectl apply --filename ${path.join(work, 'smoke-reader.yaml')} --kubeconfig ${kc}`,
      expect.stringMatching(/^kubectl wait pod\/arch-e2e-reader-\w+ /),
      expect.stringMatching(/^kubectl logs arch-e2e-reader-\w+ /),
      `kubectl get pods --all-namespaces --output json --kubeconfig ${kc}`,
      `kubectl get nodes --output json --kubeconfig ${kc}`,
      'bash -c make e2e',
      `kind delete cluster --name arch-e2e-test --kubeconfig ${kc}`
    ]);
    // The user tests see this cluster's kubeconfig and the pinned tools first on PATH.
    const tests = w.calls.find(c => c.tool === 'bash');
    expect(tests?.env?.KUBECONFIG).toBe(kc);
    expect(tests?.env?.PATH?.split(path.delimiter).slice(0, 2)).toEqual([
      '/tc/kubectl/1.33.1/arm64',
      '/tc/helm/3.18.4/arm64'
    ]);
    expect(r.smoke).toEqual({ checksum: SUM, writerMachine: 'aarch64', readerMachine: 'aarch64' });
    expect(r.containers.map(c => c.verdict)).toEqual([
      'arm64',
      expect.stringMatching(/^unverified: image kindest\/kindnetd was not found/)
    ]);
    expect(r.diagnostics).toBeUndefined();
    expect(upload).not.toHaveBeenCalled();
  });

  test('the smoke manifests written for kubectl apply are the PVC and writer on the storage class', async () => {
    await go({ exec: world().exec });
    const { parseAllDocuments } = await import('yaml');
    const docs = parseAllDocuments(fs.readFileSync(path.join(work, 'smoke.yaml'), 'utf8')).map(d => d.toJS());
    expect(docs.map(d => d.kind)).toEqual(['Namespace', 'PersistentVolumeClaim', 'Pod']);
    expect(docs[1].spec.storageClassName).toBe('openebs-hostpath');
    expect(docs[2].spec.volumes[0].persistentVolumeClaim.claimName).toBe(docs[1].metadata.name);
  });

  test('a failed helm install skips the rest, collects diagnostics and uploads them', async () => {
    const w = world([[/^helm upgrade/, fail('Error: INSTALLATION FAILED: context deadline exceeded')]]);
    const upload = jest.fn().mockResolvedValue(undefined);
    const r = await go({ exec: w.exec, upload });
    expect(r.ok).toBe(false);
    expect(r.stages.map(s => `${s.name}:${s.status}`)).toEqual([
      'tools:passed',
      'cluster:passed',
      'images:passed',
      'install:failed',
      'rollout:skipped',
      'storage:skipped',
      'architecture:skipped',
      'tests:skipped'
    ]);
    expect(r.problems).toEqual([
      'install: helm install failed: Error: INSTALLATION FAILED: context deadline exceeded'
    ]);
    expect(printed.join('')).toContain('::error::Install the chart localpv-provisioner: helm install failed');
    expect(r.diagnostics?.failingPods).toEqual([
      'arch-e2e-3f9a1c/arch-e2e-reader-3f9a1c',
      'openebs/openebs-localpv-provisioner-6d7b9c8f5-qwz8t'
    ]);
    expect(fs.existsSync(path.join(work, 'diagnostics', 'events.txt'))).toBe(true);
    expect(upload).toHaveBeenCalledWith(
      'arm64-e2e-diagnostics',
      r.diagnostics?.files,
      path.join(work, 'diagnostics')
    );
    expect(r.artifact).toBe('arm64-e2e-diagnostics');
    expect(w.calls.some(c => c.tool === 'bash')).toBe(false);
    // The cluster is still deleted at the end.
    expect(w.calls[w.calls.length - 1].args.slice(0, 2)).toEqual(['delete', 'cluster']);
  });

  test('an upload failure is a warning, not a failure of its own', async () => {
    const w = world([
      [
        /^kubectl rollout status/,
        fail('error: deployment "openebs-localpv-provisioner" exceeded its progress deadline')
      ]
    ]);
    const upload = jest
      .fn()
      .mockRejectedValue(new Error('Unable to get the ACTIONS_RUNTIME_TOKEN env variable'));
    const r = await go({ exec: w.exec, upload });
    expect(upload).toHaveBeenCalledTimes(1);
    expect(r.artifact).toBeUndefined();
    expect(r.diagnostics?.files.length).toBeGreaterThan(5);
    expect(r.problems).toEqual([
      'rollout: rollout of deployment.apps/openebs-localpv-provisioner failed: error: deployment "openebs-localpv-provisioner" exceeded its progress deadline'
    ]);
  });

  test('a reader that cannot verify the checksum fails the storage stage', async () => {
    const w = world([
      [
        /^kubectl logs arch-e2e-reader/,
        { exitCode: 0, stdout: `smoke.bin: FAILED\n${'0'.repeat(64)}  smoke.bin\n`, stderr: '' }
      ]
    ]);
    const r = await go({ exec: w.exec, upload: async () => undefined });
    const storage = r.stages.find(s => s.name === 'storage');
    expect(storage?.status).toBe('failed');
    expect(storage?.detail).toBe(
      `the reader did not verify the data the writer left (wrote ${SUM}, read ${'0'.repeat(64)})`
    );
  });

  test('a reader pod that never succeeds names the wait', async () => {
    const w = world([
      [
        /^kubectl wait pod\/arch-e2e-reader/,
        fail('error: timed out waiting for the condition on pods/arch-e2e-reader-x')
      ]
    ]);
    const r = await go({ exec: w.exec, upload: async () => undefined });
    expect(r.problems).toEqual([
      'storage: the reader pod (checksum verification) failed: error: timed out waiting for the condition on pods/arch-e2e-reader-x'
    ]);
  });

  test('a container running the amd64 image fails the architecture stage', async () => {
    const r = await go({
      exec: world().exec,
      registry: fakeRegistry('sha256:' + '9'.repeat(64), ARM_CONFIG),
      upload: async () => undefined
    });
    expect(r.stages.find(s => s.name === 'architecture')?.status).toBe('failed');
    expect(r.problems[0]).toContain(
      `kube-system/coredns-674b8bbfcf-7xq2m coredns: registry.k8s.io/coredns/coredns:v1.12.0 not arm64: ${ARM_CONFIG} is another platform's image`
    );
  });

  test('a failing test-command fails the tests stage', async () => {
    const w = world([[/^bash -c/, { exitCode: 2, stdout: '', stderr: 'make: *** [e2e] Error 2' }]]);
    const r = await go({ exec: w.exec, upload: async () => undefined });
    expect(r.problems).toEqual(['tests: test-command exited with 2']);
    expect(r.diagnostics).toBeDefined();
  });

  test('kind create failing: nothing to diagnose and no cluster to delete', async () => {
    const w = world([
      [
        /^kind create/,
        fail(
          'ERROR: failed to create cluster: could not find a log line that matches "Reached target .*Multi-User System.*"'
        )
      ]
    ]);
    const upload = jest.fn();
    const r = await go({ exec: w.exec, upload });
    expect(r.problems[0]).toMatch(/^cluster: kind create cluster failed: ERROR: failed to create cluster/);
    expect(r.diagnostics).toBeUndefined();
    expect(upload).not.toHaveBeenCalled();
    expect(w.calls.map(c => c.args[0])).toEqual(['create']);
  });

  test('no chart and no images: those stages are skipped, the smoke test still runs', async () => {
    const w = world();
    const r = await go(
      { exec: w.exec },
      { chart: '', chartRepo: '', images: [], testCommand: '', storageClass: 'standard' }
    );
    expect(r.ok).toBe(true);
    expect(r.stages.filter(s => s.status === 'skipped').map(s => s.name)).toEqual([
      'images',
      'install',
      'rollout',
      'tests'
    ]);
  });

  test.each([
    ['x64', /this runner is linux\/amd64/],
    ['arm', /this runner is linux\/arm\/v7/]
  ])('under emulation (%s) it refuses, naming allow-emulated', async (hostArch, hostRe) => {
    const w = world();
    const run = go({ exec: w.exec, hostArch });
    await expect(run).rejects.toThrow(ConfigurationError);
    await expect(go({ exec: w.exec, hostArch })).rejects.toThrow(/^Input "allow-emulated" is false/);
    await expect(go({ exec: w.exec, hostArch })).rejects.toThrow(hostRe);
    expect(w.calls).toEqual([]);
  });

  test('allow-emulated: true runs on amd64 and says so', async () => {
    const r = await go({ exec: world().exec, hostArch: 'x64' }, { allowEmulated: true });
    expect(r.emulated).toBe(true);
    expect(r.ok).toBe(true);
  });
});

describe('checkImageDigests', () => {
  const containers = runningContainers((JSON.parse(readFixture('pods.json')) as { items: PodJson[] }).items);
  test('arm64 config digest passes; an unknown registry is unverified, not failed', async () => {
    const v = await checkImageDigests(containers, fakeRegistry());
    expect(v.map(c => `${c.container}: ${c.verdict.split(':')[0]}`)).toEqual([
      'coredns: arm64',
      'kindnet-cni: unverified',
      'local-path-provisioner: unverified'
    ]);
  });
});

describe('releaseName', () => {
  test.each([
    ['localpv-provisioner', 'localpv-provisioner'],
    ['openebs/localpv-provisioner', 'localpv-provisioner'],
    ['./charts/openebs/', 'openebs'],
    ['oci://ghcr.io/openebs/charts/openebs', 'openebs'],
    ['dist/localpv-provisioner-4.0.0.tgz', 'localpv-provisioner']
  ])('%s → %s', (chart, name) => {
    expect(releaseName(chart)).toBe(name);
  });
});
