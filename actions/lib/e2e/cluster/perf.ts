import * as fs from 'node:fs';
import * as path from 'node:path';
import { CheckError } from '../../core/errors';
import { fioJobFile, FioRecord, parseFio } from '../perf/fio';
import { hostFacts } from '../perf/host';
import { kubectlApplyArgs, kubectlPodPhaseArgs } from './argv';
import { toYamlDocuments } from './smoke';
import type { ClusterRun } from './types';

// The performance stage: fio's standard set in a pod on a fresh volume of the engine's
// StorageClass, with a fixed size and runtime and direct I/O; its JSON, with the runner's facts,
// is the record that level compare reads.

/** Fixed, so two runs compare: 1 GiB file, 20 s per job (4 jobs), libaio at queue depth 16. */
export const PERF_SIZE = '1g';
export const PERF_RUNTIME = 20;
export const PERF_DEFAULT_IMAGE = 'docker.io/library/debian:bookworm-slim';
/** The line between the pod's own output and fio's JSON in its log. */
const MARK = '--- arch-actions fio json ---';

export function perfPodScript(jobs: string): string {
  return [
    'set -e',
    // An image without fio gets Debian's (the default image is Debian's slim one).
    'command -v fio >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends fio >/dev/null; }',
    `cat > /tmp/jobs.fio <<'JOBS'\n${jobs}JOBS`,
    'fio --output-format=json --output=/tmp/fio.json /tmp/jobs.fio',
    `echo '${MARK}'`,
    'cat /tmp/fio.json'
  ].join('\n');
}

export function perfManifests(
  run: Pick<ClusterRun, 'suffix' | 'storageClass' | 'podArch' | 'o'>
): Array<Record<string, unknown>> {
  const ns = `arch-e2e-${run.suffix}`;
  const pvc = `arch-e2e-fio-${run.suffix}`;
  const jobs = fioJobFile({ size: PERF_SIZE, runtime: PERF_RUNTIME, directory: '/data', ioengine: 'libaio' });
  const labels = { 'app.kubernetes.io/part-of': 'arch-actions-e2e' };
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } },
    {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: pvc, namespace: ns, labels },
      spec: {
        storageClassName: run.storageClass,
        accessModes: ['ReadWriteOnce'],
        resources: { requests: { storage: '2Gi' } }
      }
    },
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `arch-e2e-fio-${run.suffix}`, namespace: ns, labels },
      spec: {
        restartPolicy: 'Never',
        nodeSelector: { 'kubernetes.io/arch': run.podArch },
        containers: [
          {
            name: 'fio',
            image: run.o.perfImage || PERF_DEFAULT_IMAGE,
            command: ['sh', '-c', perfPodScript(jobs)],
            volumeMounts: [{ name: 'data', mountPath: '/data' }]
          }
        ],
        volumes: [{ name: 'data', persistentVolumeClaim: { claimName: pvc } }]
      }
    }
  ];
}

/** fio's JSON from the pod's log: everything after the mark. */
export function fioJsonFromLog(log: string): string {
  const at = log.lastIndexOf(MARK);
  if (at < 0) throw new CheckError('the fio pod printed no JSON (its log has no fio output)');
  return log.slice(at + MARK.length).trim();
}

/** Polls the pod until it ends; the deadline is the jobs' time plus the run's timeout. */
async function waitForFio(run: ClusterRun, pod: string, ns: string): Promise<void> {
  const deadline = run.now() + (run.timeout + 4 * PERF_RUNTIME) * 1000;
  for (;;) {
    const phase = (await run.kubectl.run(kubectlPodPhaseArgs(pod, ns), 'the fio pod')).trim();
    if (phase === 'Succeeded') return;
    if (phase === 'Failed') throw new CheckError(`the fio pod ${pod} ended in phase Failed`);
    if (run.now() >= deadline) throw new CheckError(`the fio pod ${pod} is still ${phase || 'not created'}`);
    await run.sleep(2000);
  }
}

export async function perfStage(run: ClusterRun): Promise<string> {
  const docs = perfManifests(run);
  const file = path.join(run.work, 'fio.yaml');
  fs.writeFileSync(file, toYamlDocuments(docs));
  await run.kubectl.run(kubectlApplyArgs(file), 'applying the fio PVC and pod');
  const ns = `arch-e2e-${run.suffix}`;
  const pod = `arch-e2e-fio-${run.suffix}`;
  await waitForFio(run, pod, ns);
  const log = await run.kubectl.run(['logs', pod, '--namespace', ns], 'fio pod logs');
  const json = fioJsonFromLog(log);
  const parsed = parseFio(json, 'the fio pod', pod);
  const platform = `linux/${run.podArch}`;
  const record: FioRecord = {
    kind: 'arch-actions-fio',
    host: (run.hostFacts ?? (p => hostFacts(p, false, process.env.ImageOS)))(platform),
    engine: run.engine.name,
    storageClass: run.storageClass,
    fio: JSON.parse(json)
  };
  const out = run.o.perfFile ?? path.join(run.work, `fio-${run.podArch}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(record, null, 2) + '\n');
  run.result.perf = { file: out, platform, jobs: parsed.jobs.length };
  const failed = parsed.jobs.filter(j => j.error);
  if (failed.length)
    throw new CheckError(`fio jobs failed: ${failed.map(j => `${j.name} (error ${j.error})`).join(', ')}`);
  return `${parsed.jobs.length} fio jobs on ${run.storageClass} (${platform}), record ${out}`;
}
