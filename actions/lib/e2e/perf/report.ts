import { HostFacts, Metric, METRIC_INFO } from './fio';
import { PerfComparison, PerfRow, Verdict } from './compare';

// The comparison as people read it: a table (terminal and job summary), a Mermaid xychart, and
// one line per runner. Job names and CPU models come from files: they are made plain first.

/** Text from a file, safe on one log line: no control characters, no `::` runner commands. */
export function plain(s: string): string {
  const printable = [...s].map(ch => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? ' ' : ch));
  return printable.join('').replace(/::/g, ': :').slice(0, 200);
}

/** A metric in its display unit (IOPS as is, bandwidth in MiB/s, latency in µs). */
export function displayValue(metric: Metric, v: number | undefined): string {
  if (v === undefined) return '–';
  if (metric === 'iops') return Math.round(v).toString();
  if (metric === 'bandwidth') return (v / 1048576).toFixed(1);
  return (v / 1000).toFixed(1);
}

const STATUS: Record<PerfRow['status'], string> = {
  ok: 'ok',
  worse: 'worse',
  beyond: 'beyond tolerance',
  missing: 'missing',
  failed: 'job failed'
};

export const PERF_HEADERS = ['job', 'metric', 'arm64', 'amd64', 'arm64 / amd64', 'result'];

export function perfRows(c: PerfComparison): string[][] {
  return c.rows.map(r => [
    plain(r.job),
    `${METRIC_INFO[r.metric].label} (${METRIC_INFO[r.metric].unit})`,
    displayValue(r.metric, r.candidate),
    displayValue(r.metric, r.baseline),
    r.ratio === undefined ? '–' : `${r.ratio.toFixed(2)}×`,
    r.note ? `${STATUS[r.status]}: ${plain(r.note)}` : STATUS[r.status]
  ]);
}

/** Fixed-width columns for a terminal. */
export function textTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function hostLine(who: string, h: HostFacts | undefined): string {
  if (!h) return `${who}: runner not described (plain fio JSON)`;
  const mem = h.memoryMiB ? `, ${Math.round(h.memoryMiB / 1024)} GiB` : '';
  const runner = h.runner ? ` on ${plain(h.runner)}` : '';
  const emulated = h.emulated ? ' [emulated]' : '';
  return `${who}: ${plain(h.platform)}${runner}, ${plain(h.cpu)}, ${h.cores} cores${mem}, kernel ${plain(h.kernel)}${emulated}`;
}

export function verdictLine(c: PerfComparison): string {
  const pct = c.tolerance === undefined ? '' : `${Math.round(c.tolerance * 1000) / 10}%`;
  const text: Record<Verdict, string> = {
    'report-only': 'report only (no tolerance given)',
    'not-gated': `not gated (tolerance ${pct} given, but the sides are not a fair match: ${c.labels.join('; ')})`,
    passed: `passed: arm64 is within ${pct} of amd64 on every metric`,
    failed: `failed: arm64 is worse than amd64 by more than ${pct}, or a job failed`,
    unknown: `unknown: some metrics could not be compared, so the ${pct} check could not run on them`
  };
  return text[c.verdict];
}

/**
 * A Mermaid xychart of arm64 relative to amd64, one bar per job and metric, with parity at 1.
 * Latency is shown as amd64 / arm64 so that higher is better on every bar.
 */
export function mermaidChart(c: PerfComparison): string {
  const bars = c.rows.filter(r => r.ratio !== undefined && r.ratio > 0);
  const labels = bars.map(r => `"${plain(r.job).replace(/"/g, "'")} ${METRIC_INFO[r.metric].label}"`);
  const values = bars.map(r => (METRIC_INFO[r.metric].better === 'lower' ? 1 / r.ratio! : r.ratio!));
  const top = Math.max(1.5, ...values.map(v => Math.ceil(v * 10) / 10 + 0.1));
  const fmt = (v: number) => (Math.round(v * 100) / 100).toString();
  return [
    'xychart-beta',
    '  title "arm64 relative to amd64 (1 = parity, higher is better)"',
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "arm64 vs amd64" 0 --> ${fmt(top)}`,
    `  bar [${values.map(fmt).join(', ')}]`,
    `  line [${values.map(() => '1').join(', ')}]`
  ].join('\n');
}

/** The chart file written next to the report: Markdown with the Mermaid block and the runners. */
export function chartMarkdown(c: PerfComparison): string {
  return [
    '# fio: arm64 against amd64',
    '',
    hostLine('arm64', c.candidate.host),
    '',
    hostLine('amd64', c.baseline.host),
    '',
    ...c.labels.map(l => `- ${l}`),
    '',
    '```mermaid',
    mermaidChart(c),
    '```',
    ''
  ].join('\n');
}

/** Everything printed in the terminal or the log: runners, labels, table, verdict. */
export function perfText(c: PerfComparison): string {
  return [
    hostLine('arm64', c.candidate.host),
    hostLine('amd64', c.baseline.host),
    ...c.labels.map(l => `note: ${l}`),
    '',
    textTable(PERF_HEADERS, perfRows(c)),
    '',
    `verdict: ${verdictLine(c)}`
  ].join('\n');
}
