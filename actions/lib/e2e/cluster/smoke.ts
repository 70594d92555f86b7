import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { CheckError } from '../../core/errors';
import { lastLine } from '../../core/exec';
import { PINNED } from '../../core/tools';
import { kubectlApplyArgs, kubectlDeletePodArgs, kubectlLogsArgs, kubectlPodPhaseArgs } from './argv';
import type { ClusterRun } from './types';

// The storage smoke test: a writer pod leaves 1 MiB and its checksum on a fresh PVC, is
// deleted, and a reader pod on the same PVC verifies it.

export interface SmokeTest {
  namespace: string;
  storageClass: string;
  pvc: string;
  writer: string;
  reader: string;
  image: string;
  size: string;
  /** The node architecture the pods select. */
  arch: string;
}

export type SmokeRole = 'writer' | 'reader';

export function smokeTestNames(
  namespace: string,
  suffix: string,
  storageClass: string,
  arch = 'arm64'
): SmokeTest {
  return {
    arch,
    namespace,
    storageClass,
    pvc: `arch-e2e-pvc-${suffix}`,
    writer: `arch-e2e-writer-${suffix}`,
    reader: `arch-e2e-reader-${suffix}`,
    image: PINNED.smokeImage,
    size: '64Mi'
  };
}

/** The file the writer leaves on the volume and the reader checks (1 MiB of random data). */
export const WRITER_SCRIPT = [
  'set -e',
  'head -c 1048576 /dev/urandom > /data/smoke.bin',
  'cd /data && sha256sum smoke.bin > smoke.sha256',
  'sync',
  'cat /data/smoke.sha256',
  'echo "machine=$(uname -m)"'
].join('\n');

export const READER_SCRIPT = [
  'set -e',
  'cd /data',
  'sha256sum -c smoke.sha256',
  'cat smoke.sha256',
  'echo "machine=$(uname -m)"'
].join('\n');

export function smokeNamespaceManifest(t: SmokeTest): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: t.namespace } };
}

export function smokePvcManifest(t: SmokeTest): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: t.pvc,
      namespace: t.namespace,
      labels: { 'app.kubernetes.io/part-of': 'arch-actions-e2e' }
    },
    spec: {
      storageClassName: t.storageClass,
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: t.size } }
    }
  };
}

export function smokePodManifest(t: SmokeTest, role: SmokeRole): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: role === 'writer' ? t.writer : t.reader,
      namespace: t.namespace,
      labels: { 'app.kubernetes.io/part-of': 'arch-actions-e2e', 'arch-actions/role': role }
    },
    spec: {
      restartPolicy: 'Never',
      // The test is about arm64 (the perf baseline: the host's own): schedule only there.
      nodeSelector: { 'kubernetes.io/arch': t.arch },
      containers: [
        {
          name: role,
          image: t.image,
          command: ['sh', '-c', role === 'writer' ? WRITER_SCRIPT : READER_SCRIPT],
          volumeMounts: [{ name: 'data', mountPath: '/data' }]
        }
      ],
      volumes: [{ name: 'data', persistentVolumeClaim: { claimName: t.pvc } }]
    }
  };
}

/** Multi-document YAML for `kubectl apply -f`. */
export function toYamlDocuments(docs: Array<Record<string, unknown>>): string {
  return docs.map(d => stringify(d)).join('---\n');
}

/** The checksum line (`<hex>  smoke.bin`) a writer or reader printed, if any. */
export function smokeChecksum(log: string): string | undefined {
  const m = /(?:^|\s)([a-f0-9]{64})\s+\*?smoke\.bin/m.exec(log);
  return m?.[1];
}

export function smokeMachine(log: string): string | undefined {
  return /machine=(\S+)/.exec(log)?.[1];
}

const STEPS: Record<SmokeRole, { file: string; apply: string; wait: string }> = {
  writer: { file: 'smoke.yaml', apply: 'applying the PVC and writer pod', wait: 'the writer pod' },
  reader: {
    file: 'smoke-reader.yaml',
    apply: 'applying the reader pod',
    wait: 'the reader pod (checksum verification)'
  }
};

const POLL_MS = 2000;

/**
 * Waits for a smoke pod to succeed. A pod that fails ends the wait at once, with the last
 * line it printed; one still not done at the deadline fails with its phase.
 */
async function waitForPod(run: ClusterRun, pod: string, namespace: string, what: string): Promise<void> {
  const deadline = run.now() + run.timeout * 1000;
  for (;;) {
    const phase = (await run.kubectl.run(kubectlPodPhaseArgs(pod, namespace), what)).trim();
    if (phase === 'Succeeded') return;
    if (phase === 'Failed') {
      const log = await run.kubectl.attempt(kubectlLogsArgs(pod, namespace));
      const said = lastLine(log.stdout) || lastLine(log.stderr);
      throw new CheckError(`${what} failed: pod ${pod} ended in phase Failed${said ? `: ${said}` : ''}`);
    }
    if (run.now() >= deadline) {
      throw new CheckError(
        `${what} failed: pod ${pod} is still ${phase || 'not created'} after ${run.timeout}s`
      );
    }
    await run.sleep(POLL_MS);
  }
}

/** Applies one smoke pod (the writer brings its namespace and PVC), waits for it, returns its log. */
async function runSmokePod(run: ClusterRun, t: SmokeTest, role: SmokeRole): Promise<string> {
  const step = STEPS[role];
  const pod = role === 'writer' ? t.writer : t.reader;
  const docs = role === 'writer' ? [smokeNamespaceManifest(t), smokePvcManifest(t)] : [];
  const file = path.join(run.work, step.file);
  fs.writeFileSync(file, toYamlDocuments([...docs, smokePodManifest(t, role)]));
  await run.kubectl.run(kubectlApplyArgs(file), step.apply);
  await waitForPod(run, pod, t.namespace, step.wait);
  return run.kubectl.run(kubectlLogsArgs(pod, t.namespace), `${role} logs`);
}

/** The storage stage: write, delete the writer, read back and verify. */
export async function storageStage(run: ClusterRun): Promise<string> {
  const { storageClass } = run;
  const t = smokeTestNames(`arch-e2e-${run.suffix}`, run.suffix, storageClass, run.podArch);
  const written = await runSmokePod(run, t, 'writer');
  const checksum = smokeChecksum(written);
  if (!checksum) throw new CheckError(`the writer pod printed no checksum: ${lastLine(written)}`);
  await run.kubectl.run(kubectlDeletePodArgs(t.writer, t.namespace, run.timeout), 'deleting the writer pod');
  const read = await runSmokePod(run, t, 'reader');
  const readBack = smokeChecksum(read);
  run.result.smoke = { checksum, writerMachine: smokeMachine(written), readerMachine: smokeMachine(read) };
  if (readBack !== checksum || !/smoke\.bin: OK/.test(read)) {
    throw new CheckError(
      `the reader did not verify the data the writer left (wrote ${checksum}, read ${readBack ?? 'nothing'})`
    );
  }
  return `PVC ${t.pvc} on ${storageClass}: 1 MiB written, pod deleted, read back with sha256 ${checksum.slice(0, 12)}`;
}
