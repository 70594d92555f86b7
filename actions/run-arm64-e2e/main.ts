import * as core from '../lib/core/toolkit';
import { checkClusterHost, ClusterE2EResult, runClusterE2E, uploadArtifact } from '../lib/e2e/cluster/run';
import { ContainerParityResult, parityFailure, runContainerParity } from '../lib/e2e/container/parity';
import { PARITY_HEADERS, parityRows } from '../lib/e2e/container/table';
import { CheckError } from '../lib/core/errors';
import { writeReport } from '../lib/core/report';
import { RUN_ARM64_E2E } from '../lib/core/specs.generated';
import { bytes, escapeHtml, table, writeSummary } from '../lib/core/summary';
import { PINNED } from '../lib/core/tools';
import { getChoice } from '../lib/core/inputs';
import { getInputs, Inputs, OUT } from './inputs';

export async function run(): Promise<void> {
  // The comparison reads two files and nothing else of the e2e inputs.
  if (getChoice(RUN_ARM64_E2E.inputs.level) === 'compare') return (await import('./compare')).runCompare();
  const inputs = getInputs();
  if (inputs.level === 'container') return runContainer(inputs);
  return runCluster(inputs);
}

/**
 * Writes the report, then throws `failure` if any: a report that cannot be written is printed
 * first, so the run's own failure stays the last error in the log.
 */
export function reportThenFail(file: string, result: object, failure?: Error): void {
  try {
    writeReport(file, result, RUN_ARM64_E2E.inputs.report.name);
  } catch (err) {
    if (!failure) throw err;
    core.error((err as Error).message);
  }
  if (failure) throw failure;
}

async function runContainer(inputs: Inputs): Promise<void> {
  const result = await runContainerParity(inputs);
  core.setOutput(OUT.ok, String(result.ok));
  core.setOutput(OUT.report, inputs.report);
  core.setOutput(OUT.diagnostics, '');
  await writeSummary(inputs.summary, s => containerSummary(s, result));
  reportThenFail(inputs.report, result, result.ok ? undefined : parityFailure(result));
}

export function containerSummary(s: typeof core.summary, result: ContainerParityResult): void {
  s.addHeading(`Parity: ${result.ok ? '✅ every platform matches' : '❌ parity differences'}`, 3);
  const what = result.args
    ? `The entrypoint with arguments <code>${escapeHtml(JSON.stringify(result.args))}</code> (no shell)`
    : `Command <code>${escapeHtml(result.command)}</code>`;
  s.addRaw(`${what} through ${result.runtime}, baseline <code>${result.baseline}</code>`, true);
  s.addTable(
    table(
      PARITY_HEADERS,
      parityRows(result, v => `<code>${escapeHtml(v)}</code>`, bytes)
    )
  );
}

async function runCluster(inputs: Inputs): Promise<void> {
  // Refuse before touching anything: a ConfigurationError on a runner that is not arm64.
  checkClusterHost(process.arch, inputs.perf);
  let result: ClusterE2EResult | undefined;
  try {
    // Diagnostics become an artifact only where the runner offers the artifact service.
    const upload = process.env.ACTIONS_RUNTIME_TOKEN ? uploadArtifact : undefined;
    result = await runClusterE2E(inputs, { upload });
    core.setOutput(OUT.ok, String(result.ok));
    core.setOutput(OUT.report, inputs.report);
    core.setOutput(OUT.diagnostics, result.diagnostics?.dir ?? '');
    core.setOutput(OUT['perf-record'], result.perf?.file ?? '');
  } finally {
    // The summary is written in every case, including an unexpected error.
    const r = result;
    await writeSummary(inputs.summary, s => clusterSummary(s, r, inputs));
  }
  const failure = result.ok
    ? undefined
    : new CheckError(`arm64 cluster e2e failed: ${result.problems.join('; ')}`);
  reportThenFail(inputs.report, result, failure);
}

export function clusterSummary(
  s: typeof core.summary,
  result: ClusterE2EResult | undefined,
  inputs: Pick<Inputs, 'chart' | 'storageClass'>
): void {
  const ok = result?.ok ?? false;
  s.addHeading(`arm64 cluster e2e: ${ok ? '✅ passed' : '❌ failed'}`, 3);
  s.addRaw(
    `kind <code>${PINNED.kind.version}</code>, node image <code>${PINNED.nodeImage}</code>, helm <code>${PINNED.helm.version}</code>`,
    true
  );
  if (!result) {
    s.addRaw('The run stopped before any stage finished; see the log.', true);
    return;
  }
  const icon = { passed: '✅', failed: '❌', skipped: '–' } as const;
  s.addTable(
    table(
      ['Stage', 'Result', 'Time', 'Detail'],
      result.stages.map(st => [
        st.name,
        `${icon[st.status]} ${st.status}`,
        `${st.seconds.toFixed(1)}s`,
        escapeHtml(st.detail)
      ])
    )
  );
  if (result.smoke?.checksum) {
    s.addRaw(
      `Storage class <code>${escapeHtml(inputs.storageClass)}</code>: sha256 <code>${result.smoke.checksum.slice(0, 16)}…</code> written on ` +
        `<code>${result.smoke.writerMachine ?? '?'}</code>, verified on <code>${result.smoke.readerMachine ?? '?'}</code>`,
      true
    );
  }
  if (result.engine) {
    const left = result.engine.teardownProblems;
    s.addRaw(
      `Engine <code>${result.engine.name}</code>: ${escapeHtml(result.engine.prepared.join(', '))}; ` +
        (left.length ? `teardown left: ${escapeHtml(left.join('; '))}` : 'torn down'),
      true
    );
  }
  if (result.perf) {
    s.addRaw(
      `fio record (${result.perf.platform}, ${result.perf.jobs} jobs): <code>${escapeHtml(result.perf.file)}</code>`,
      true
    );
  }
  if (result.diagnostics) {
    s.addRaw(
      `Diagnostics: ${result.diagnostics.files.length} file(s) in <code>${escapeHtml(result.diagnostics.dir)}</code>` +
        (result.artifact ? `, artifact <code>${escapeHtml(result.artifact)}</code>` : '') +
        (result.diagnostics.failingPods.length
          ? `; failing pods: ${result.diagnostics.failingPods.map(p => `<code>${p}</code>`).join(', ')}`
          : ''),
      true
    );
  }
}
