import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { imageIdDigest, podsOffArch, runningContainers } from '../../actions/lib/e2e/cluster/architecture';
import {
  helmInstallArgs,
  kindCreateArgs,
  kindDeleteArgs,
  kindLoadArgs,
  kubectlDeletePodArgs,
  kubectlLogsArgs,
  kubectlRolloutArgs,
  kubectlPodPhaseArgs,
  kubectlWorkloadsArgs
} from '../../actions/lib/e2e/cluster/argv';
import { failingPods } from '../../actions/lib/e2e/cluster/diagnostics';
import {
  READER_SCRIPT,
  smokeChecksum,
  smokeMachine,
  smokeNamespaceManifest,
  smokePodManifest,
  smokePvcManifest,
  smokeTestNames,
  toYamlDocuments,
  WRITER_SCRIPT
} from '../../actions/lib/e2e/cluster/smoke';
import { NodeJson, PodJson } from '../../actions/lib/e2e/cluster/types';
import { PINNED } from '../../actions/lib/core/tools';

const fixtures = path.join(__dirname, '..', 'fixtures', 'kubectl');
const pods = (JSON.parse(fs.readFileSync(path.join(fixtures, 'pods.json'), 'utf8')) as { items: PodJson[] })
  .items;
const nodes = (
  JSON.parse(fs.readFileSync(path.join(fixtures, 'nodes.json'), 'utf8')) as { items: NodeJson[] }
).items;

describe('kind argv', () => {
  test('create uses the pinned node image by digest, our kubeconfig and a wait', () => {
    expect(kindCreateArgs({ name: 'arch-e2e-1', kubeconfig: '/t/kc', waitSeconds: 240 })).toEqual([
      'create',
      'cluster',
      '--name',
      'arch-e2e-1',
      '--image',
      'kindest/node:v1.33.1@sha256:050072256b9a903bd914c0b2866828150cb229cea0efe5892e2b644d5dd3b34f',
      '--kubeconfig',
      '/t/kc',
      '--wait',
      '240s'
    ]);
  });
  test('load, delete', () => {
    expect(kindLoadArgs('c', '/w/image-0123456789ab.tar')).toEqual([
      'load',
      'image-archive',
      '/w/image-0123456789ab.tar',
      '--name',
      'c'
    ]);
    expect(kindDeleteArgs('c', '/k')).toEqual(['delete', 'cluster', '--name', 'c', '--kubeconfig', '/k']);
  });
});

describe('helm argv', () => {
  const base = {
    release: 'localpv-provisioner',
    namespace: 'openebs',
    timeoutSeconds: 300,
    kubeconfig: '/k',
    values: [],
    set: []
  };
  test('the LocalPV HostPath chart from its repository', () => {
    expect(
      helmInstallArgs({
        ...base,
        chart: 'localpv-provisioner',
        repo: 'https://openebs.github.io/dynamic-localpv-provisioner',
        version: '4.0.0',
        values: ['ci/values.yaml', 'ci/arm64.yaml'],
        set: [
          { key: 'hostpathClass.isDefaultClass', value: 'true' },
          { key: 'localpv.image.tag', value: 'ci' }
        ]
      })
    ).toEqual([
      'upgrade',
      '--install',
      'localpv-provisioner',
      'localpv-provisioner',
      '--namespace',
      'openebs',
      '--create-namespace',
      '--repo',
      'https://openebs.github.io/dynamic-localpv-provisioner',
      '--version',
      '4.0.0',
      '--values',
      'ci/values.yaml',
      '--values',
      'ci/arm64.yaml',
      '--set',
      'hostpathClass.isDefaultClass=true',
      '--set',
      'localpv.image.tag=ci',
      '--wait',
      '--timeout',
      '300s',
      '--kubeconfig',
      '/k'
    ]);
  });
  test('a local chart path has no --repo or --version', () => {
    const args = helmInstallArgs({ ...base, chart: './charts/openebs' });
    expect(args).not.toContain('--repo');
    expect(args).not.toContain('--version');
    expect(args.slice(0, 4)).toEqual(['upgrade', '--install', 'localpv-provisioner', './charts/openebs']);
  });
});

describe('kubectl argv', () => {
  test.each([
    [
      kubectlWorkloadsArgs('openebs'),
      ['get', 'deployments,daemonsets,statefulsets', '--namespace', 'openebs', '--output', 'name']
    ],
    [
      kubectlRolloutArgs('deployment.apps/x', 'openebs', 120),
      ['rollout', 'status', 'deployment.apps/x', '--namespace', 'openebs', '--timeout=120s']
    ],
    [
      kubectlPodPhaseArgs('w', 'ns'),
      ['get', 'pod', 'w', '--namespace', 'ns', '--output', 'jsonpath={.status.phase}']
    ],
    [kubectlLogsArgs('p', 'ns'), ['logs', 'p', '--namespace', 'ns', '--timestamps']],
    [
      kubectlLogsArgs('p', 'ns', 'c', true),
      ['logs', 'p', '--namespace', 'ns', '--container', 'c', '--previous', '--timestamps']
    ],
    [
      kubectlDeletePodArgs('p', 'ns', 90),
      ['delete', 'pod', 'p', '--namespace', 'ns', '--wait=true', '--timeout=90s']
    ]
  ])('%j', (got, expected) => {
    expect(got).toEqual(expected);
  });
});

describe('storage smoke-test manifests', () => {
  const t = smokeTestNames('arch-e2e-ab12', 'ab12', 'openebs-hostpath');
  const text = toYamlDocuments([
    smokeNamespaceManifest(t),
    smokePvcManifest(t),
    smokePodManifest(t, 'writer'),
    smokePodManifest(t, 'reader')
  ]);
  const docs = parseAllDocuments(text).map(d => {
    expect(d.errors).toEqual([]);
    return d.toJS() as Record<string, any>;
  });

  test('four documents: namespace, PVC, writer, reader', () => {
    expect(docs.map(d => `${d.kind}/${d.metadata.name}`)).toEqual([
      'Namespace/arch-e2e-ab12',
      'PersistentVolumeClaim/arch-e2e-pvc-ab12',
      'Pod/arch-e2e-writer-ab12',
      'Pod/arch-e2e-reader-ab12'
    ]);
  });

  test('the PVC asks the storage class for a RWO volume', () => {
    const pvc = docs[1];
    expect(pvc.metadata.namespace).toBe('arch-e2e-ab12');
    expect(pvc.spec).toEqual({
      storageClassName: 'openebs-hostpath',
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '64Mi' } }
    });
  });

  test.each([
    ['writer', 2, WRITER_SCRIPT],
    ['reader', 3, READER_SCRIPT]
  ])('the %s pod mounts the PVC, runs only on arm64 and never restarts', (role, i, script) => {
    const pod = docs[i as number];
    expect(pod.spec.restartPolicy).toBe('Never');
    expect(pod.spec.nodeSelector).toEqual({ 'kubernetes.io/arch': 'arm64' });
    expect(pod.spec.volumes).toEqual([
      { name: 'data', persistentVolumeClaim: { claimName: 'arch-e2e-pvc-ab12' } }
    ]);
    const c = pod.spec.containers[0];
    expect(c.name).toBe(role);
    expect(c.image).toBe(PINNED.smokeImage);
    expect(c.volumeMounts).toEqual([{ name: 'data', mountPath: '/data' }]);
    expect(c.command).toEqual(['sh', '-c', script]);
  });

  test('the writer stores data and its checksum; the reader verifies it with sha256sum -c', () => {
    expect(WRITER_SCRIPT).toContain('> /data/smoke.bin');
    expect(WRITER_SCRIPT).toContain('sha256sum smoke.bin > smoke.sha256');
    expect(WRITER_SCRIPT.split('\n')[0]).toBe('set -e');
    expect(READER_SCRIPT).toContain('sha256sum -c smoke.sha256');
    expect(READER_SCRIPT.split('\n')[0]).toBe('set -e');
  });
});

describe('smoke-test logs', () => {
  const sum = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  test.each([
    [`${sum}  smoke.bin\nmachine=aarch64\n`, sum, 'aarch64'],
    [
      `2025-06-02T10:00:00Z smoke.bin: OK\n2025-06-02T10:00:00Z ${sum}  smoke.bin\n2025-06-02T10:00:00Z machine=aarch64`,
      sum,
      'aarch64'
    ],
    ['sha256sum: smoke.bin: No such file or directory\n', undefined, undefined]
  ])('%j', (log, checksum, machine) => {
    expect(smokeChecksum(log)).toBe(checksum);
    expect(smokeMachine(log)).toBe(machine);
  });
});

describe('architecture checks on recorded pods and nodes', () => {
  test('every scheduled pod is on an arm64 node', () => {
    expect(podsOffArch(pods, nodes, 'arm64')).toEqual([]);
  });
  test('an amd64 node is named with the pod on it', () => {
    const amd = nodes.map(n => ({
      metadata: { ...n.metadata, labels: { ...n.metadata.labels, 'kubernetes.io/arch': 'amd64' } }
    }));
    const problems = podsOffArch(pods, amd, 'arm64');
    expect(problems).toHaveLength(4);
    expect(problems).toContain(
      'pod openebs/openebs-localpv-provisioner-6d7b9c8f5-qwz8t runs on node arch-e2e-3f9a1c-control-plane with kubernetes.io/arch=amd64, not arm64'
    );
  });
  test('running containers exclude the crash-looping one', () => {
    expect(runningContainers(pods).map(c => `${c.namespace}/${c.pod}/${c.container}`)).toEqual([
      'kube-system/coredns-674b8bbfcf-7xq2m/coredns',
      'kube-system/kindnet-5m4vd/kindnet-cni',
      'local-path-storage/local-path-provisioner-7dc846544d-kx2rj/local-path-provisioner'
    ]);
  });
  test('failing pods: the pending reader and the crash-looping provisioner', () => {
    expect(failingPods(pods).map(p => p.metadata.name)).toEqual([
      'arch-e2e-reader-3f9a1c',
      'openebs-localpv-provisioner-6d7b9c8f5-qwz8t'
    ]);
  });
  test.each([
    ['docker.io/openebs/x@sha256:' + 'a'.repeat(64), 'sha256:' + 'a'.repeat(64)],
    ['sha256:' + 'b'.repeat(64), 'sha256:' + 'b'.repeat(64)],
    ['docker-pullable://x/y@sha256:' + 'c'.repeat(64), 'sha256:' + 'c'.repeat(64)],
    ['', undefined]
  ])('imageID %j', (id, digest) => {
    expect(imageIdDigest(id)).toBe(digest);
  });
});
