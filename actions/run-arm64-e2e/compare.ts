import * as path from 'node:path';
import * as core from '../lib/core/toolkit';
import { badInput, CheckError } from '../lib/core/errors';
import { getBool, getString } from '../lib/core/inputs';
import { readInputFile, scratchDir, writeInputFile, writePath } from '../lib/core/paths';
import { writeReport } from '../lib/core/report';
import { RUN_ARM64_E2E } from '../lib/core/specs.generated';
import { escapeHtml, table, writeSummary } from '../lib/core/summary';
import { comparePerf, parseTolerance, PerfComparison } from '../lib/e2e/perf/compare';
import { FioRun, parseFio } from '../lib/e2e/perf/fio';
import {
  chartMarkdown,
  hostLine,
  mermaidChart,
  PERF_HEADERS,
  perfRows,
  perfText,
  verdictLine
} from '../lib/e2e/perf/report';

// Level `compare`: fio JSON of arm64 against the amd64 baseline (docs/arm64.md, "Performance on arm64").

const IN = RUN_ARM64_E2E.inputs;
const OUT = RUN_ARM64_E2E.outputs;

export interface CompareInputs {
  baseline: FioRun;
  candidate: FioRun;
  tolerance?: number;
  chart: string;
  report: string;
  summary: boolean;
}

// fio JSON of the standard set is about 25 KiB; a file a thousand times that is not one.
const MAX_FIO_BYTES = 16 * 1024 * 1024;

function fioInput(spec: (typeof IN)['perf-baseline'] | (typeof IN)['perf-candidate']): FioRun {
  const file = getString(spec);
  if (!file) throw badInput(spec.name, '', `${IN.level.name} "compare" needs a fio JSON file`);
  return parseFio(readInputFile(spec.name, file, MAX_FIO_BYTES).toString('utf8'), spec.name, file);
}

export function getCompareInputs(): CompareInputs {
  const tolerance = parseTolerance(IN['perf-tolerance'].name, getString(IN['perf-tolerance']));
  const baseline = fioInput(IN['perf-baseline']);
  const candidate = fioInput(IN['perf-candidate']);
  const report = writePath(
    IN.report.name,
    getString(IN.report) || path.join(scratchDir(), 'perf-report.json'),
    'file'
  );
  const chart = writePath(
    IN['perf-chart'].name,
    getString(IN['perf-chart']) || path.join(path.dirname(report), 'fio-chart.md'),
    'file'
  );
  return { baseline, candidate, tolerance, chart, report, summary: getBool(IN.summary) };
}

/** The comparison: table in the log, chart and report written; a check only with a tolerance. */
export async function runCompare(): Promise<void> {
  const inputs = getCompareInputs();
  const c = comparePerf(inputs.baseline, inputs.candidate, inputs.tolerance);
  core.info(perfText(c));
  writeInputFile(IN['perf-chart'].name, inputs.chart, chartMarkdown(c));
  const ok = c.verdict !== 'failed' && c.verdict !== 'unknown';
  core.setOutput(OUT.ok, String(ok));
  core.setOutput(OUT['perf-verdict'], c.verdict);
  core.setOutput(OUT.report, inputs.report);
  core.setOutput(OUT['perf-chart'], inputs.chart);
  core.setOutput(OUT.diagnostics, '');
  await writeSummary(inputs.summary, s => perfSummary(s, c));
  writeReport(inputs.report, { kind: 'perf', ...c, chart: inputs.chart }, IN.report.name);
  if (!ok) throw new CheckError(`arm64 performance check ${c.verdict}: ${c.problems.join('; ')}`);
}

export function perfSummary(s: typeof core.summary, c: PerfComparison): void {
  const icon = { 'report-only': 'ℹ️', 'not-gated': 'ℹ️', passed: '✅', failed: '❌', unknown: '❔' }[
    c.verdict
  ];
  s.addHeading(`fio: arm64 against amd64: ${icon} ${c.verdict}`, 3);
  s.addRaw(`${escapeHtml(hostLine('arm64', c.candidate.host))}<br>`, true);
  s.addRaw(escapeHtml(hostLine('amd64', c.baseline.host)), true);
  if (c.labels.length) s.addList(c.labels.map(escapeHtml));
  s.addRaw(`\n\n\`\`\`mermaid\n${mermaidChart(c)}\n\`\`\`\n\n`, true);
  s.addTable(
    table(
      PERF_HEADERS,
      perfRows(c).map(r => r.map(escapeHtml))
    )
  );
  s.addRaw(escapeHtml(verdictLine(c)), true);
}
