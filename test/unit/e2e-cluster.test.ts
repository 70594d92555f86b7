import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkImageDigests, runningContainers } from '../../actions/lib/e2e/cluster/architecture';
import { PodJson } from '../../actions/lib/e2e/cluster/types';
import { releaseName } from '../../actions/lib/e2e/cluster/argv';
import { ConfigurationError } from '../../actions/lib/core/errors';
import { readFixture } from '../fixtures/kubectl/recorded';
import { ARM_CONFIG, ARM_MANIFEST, clusterHarness, fail, fakeRegistry, SUM, world } from '../helpers/cluster';

describe('runClusterE2E', () => {
  const h = clusterHarness();
  const go = h.go.bind(h);

  test('every stage passes on a healthy arm64 cluster, with the exact calls in order', async () => {
    const w = world();
    const upload = jest.fn();
    const r = await go({ exec: w.exec, upload });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.stages.map(s => `${s.name}:${s.status}`)).toEqual([
      'tools:passed',
      'host:skipped',
      'cluster:passed',
      'images:passed',
      'chart-images:passed',
      'install:passed',
      'rollout:passed',
      'storageclass:skipped',
      'storage:passed',
      'perf:skipped',
      'architecture:passed',
      'tests:passed'
    ]);
    const kc = path.join(h.work, 'kubeconfig');
    const lines = w.calls.map(c => [path.basename(c.tool), ...c.args].join(' '));
    expect(lines).toEqual([
      `kind create cluster --name arch-e2e-test --image kindest/node:v1.33.1@sha256:050072256b9a903bd914c0b2866828150cb229cea0efe5892e2b644d5dd3b34f --kubeconfig ${kc} --wait 300s`,
      `kubectl get nodes --output json --kubeconfig ${kc}`,
      `docker pull --platform linux/arm64 --quiet ghcr.io/openebs/provisioner-localpv@${ARM_MANIFEST}`,
      `docker tag ghcr.io/openebs/provisioner-localpv@${ARM_MANIFEST} ghcr.io/openebs/provisioner-localpv:ci`,
      'docker image inspect --format {{.Os}}/{{.Architecture}}{{with .Variant}}/{{.}}{{end}} ghcr.io/openebs/provisioner-localpv:ci',
      expect.stringMatching(
        /^docker save --output \S+\/image-[0-9a-f]{12}\.tar ghcr\.io\/openebs\/provisioner-localpv:ci$/
      ),
      expect.stringMatching(/^kind load image-archive \S+\/image-[0-9a-f]{12}\.tar --name arch-e2e-test$/),
      'helm template localpv-provisioner localpv-provisioner --namespace openebs --repo https://openebs.github.io/dynamic-localpv-provisioner --version 4.0.0 --set hostpathClass.isDefaultClass=true',
      `helm upgrade --install localpv-provisioner localpv-provisioner --namespace openebs --create-namespace --repo https://openebs.github.io/dynamic-localpv-provisioner --version 4.0.0 --set hostpathClass.isDefaultClass=true --wait --timeout 300s --kubeconfig ${kc}`,
      `kubectl get deployments,daemonsets,statefulsets --namespace openebs --output name --kubeconfig ${kc}`,
      `kubectl rollout status deployment.apps/openebs-localpv-provisioner --namespace openebs --timeout=300s --kubeconfig ${kc}`,
      `kubectl apply --filename ${path.join(h.work, 'smoke.yaml')} --kubeconfig ${kc}`,
      expect.stringMatching(
        /^kubectl get pod arch-e2e-writer-[0-9a-f]{6} --namespace arch-e2e-[0-9a-f]{6} --output jsonpath=\{\.status\.phase\} --kubeconfig /
      ),
      expect.stringMatching(
        /^kubectl logs arch-e2e-writer-\w+ --namespace arch-e2e-\w+ --timestamps --kubeconfig /
      ),
      expect.stringMatching(
        /^kubectl delete pod arch-e2e-writer-\w+ --namespace arch-e2e-\w+ --wait=true --timeout=300s --kubeconfig /
      ),
      `kubectl apply --filename ${path.join(h.work, 'smoke-reader.yaml')} --kubeconfig ${kc}`,
      expect.stringMatching(/^kubectl get pod arch-e2e-reader-\w+ --namespace \S+ --output jsonpath/),
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
      '/tc/helm/4.1.4/arm64'
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
    const docs = parseAllDocuments(fs.readFileSync(path.join(h.work, 'smoke.yaml'), 'utf8')).map(d =>
      d.toJS()
    );
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
      'host:skipped',
      'cluster:passed',
      'images:passed',
      'chart-images:passed',
      'install:failed',
      'rollout:skipped',
      'storageclass:skipped',
      'storage:skipped',
      'perf:skipped',
      'architecture:skipped',
      'tests:skipped'
    ]);
    expect(r.problems).toEqual([
      'install: helm install failed: Error: INSTALLATION FAILED: context deadline exceeded'
    ]);
    expect(h.printed.join('')).toContain(
      '::error::Install the chart localpv-provisioner: helm install failed'
    );
    expect(r.diagnostics?.failingPods).toEqual([
      'arch-e2e-3f9a1c/arch-e2e-reader-3f9a1c',
      'openebs/openebs-localpv-provisioner-6d7b9c8f5-qwz8t'
    ]);
    expect(fs.existsSync(path.join(h.work, 'diagnostics', 'events.txt'))).toBe(true);
    expect(upload).toHaveBeenCalledWith(
      expect.stringMatching(/^arm64-e2e-diagnostics-[0-9a-f]{6}$/),
      r.diagnostics?.files,
      path.join(h.work, 'diagnostics')
    );
    expect(r.artifact).toBe(upload.mock.calls[0][0]);
    expect(w.calls.some(c => c.tool === 'bash')).toBe(false);
    // The cluster is still deleted at the end.
    expect(w.calls[w.calls.length - 1].args.slice(0, 2)).toEqual(['delete', 'cluster']);
  });

  test('two failing runs in one job both upload: the artifact service refuses a name used before', async () => {
    const saved = { job: process.env.GITHUB_JOB, attempt: process.env.GITHUB_RUN_ATTEMPT };
    process.env.GITHUB_JOB = 'e2e';
    process.env.GITHUB_RUN_ATTEMPT = '2';
    const used = new Set<string>();
    const upload = async (name: string) => {
      if (used.has(name))
        throw new Error(`Conflict: an artifact with this name already exists on the workflow run`);
      used.add(name);
    };
    try {
      const runs = [];
      for (let i = 0; i < 2; i++) {
        const w = world([[/^helm upgrade/, fail('Error: INSTALLATION FAILED: context deadline exceeded')]]);
        runs.push(await go({ exec: w.exec, upload }));
      }
      expect(runs.map(r => r.ok)).toEqual([false, false]);
      expect(runs[0].artifact).toMatch(/^arm64-e2e-diagnostics-e2e-attempt-2-[0-9a-f]{6}$/);
      expect(runs[1].artifact).toMatch(/^arm64-e2e-diagnostics-e2e-attempt-2-[0-9a-f]{6}$/);
      expect(runs[1].artifact).not.toBe(runs[0].artifact);
      expect([...used]).toEqual(runs.map(r => r.artifact));
      expect(h.printed.join('')).not.toContain('Could not upload');
    } finally {
      for (const [k, v] of [
        ['GITHUB_JOB', saved.job],
        ['GITHUB_RUN_ATTEMPT', saved.attempt]
      ] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
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
    expect(r.diagnostics?.failingPods).toEqual([
      'arch-e2e-3f9a1c/arch-e2e-reader-3f9a1c',
      'openebs/openebs-localpv-provisioner-6d7b9c8f5-qwz8t'
    ]);
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

  test('no chart and no images: nothing under test, so only tools, cluster and architecture run', async () => {
    const w = world();
    const r = await go({ exec: w.exec }, { chart: '', chartRepo: '', images: [], testCommand: '' });
    expect(r.ok).toBe(true);
    expect(r.stages.filter(s => s.status === 'skipped').map(s => `${s.name}: ${s.detail}`)).toEqual([
      'host: hostpath needs nothing on the host',
      'images: nothing to do',
      'chart-images: no chart to install',
      'install: no chart to install',
      'rollout: no chart to install',
      'storageclass: no chart to install',
      'storage: no chart to install',
      'perf: no chart to install',
      'tests: nothing to do'
    ]);
    expect(w.calls.some(c => c.args.includes('apply'))).toBe(false);
  });

  test.each([
    ['x64', /this runner is linux\/amd64/],
    ['arm', /this runner is linux\/arm\/v7/]
  ])('on a %s host it refuses before doing anything, naming level', async (hostArch, hostRe) => {
    const w = world();
    await expect(go({ exec: w.exec, hostArch })).rejects.toThrow(ConfigurationError);
    await expect(go({ exec: w.exec, hostArch })).rejects.toThrow(/^Input "level" is "cluster"/);
    await expect(go({ exec: w.exec, hostArch })).rejects.toThrow(hostRe);
    expect(w.calls).toEqual([]);
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
