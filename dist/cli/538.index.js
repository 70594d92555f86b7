"use strict";
exports.id = 538;
exports.ids = [538];
exports.modules = {

/***/ 46157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getCompareInputs: () => (/* binding */ getCompareInputs),
  perfSummary: () => (/* binding */ perfSummary),
  runCompare: () => (/* binding */ runCompare)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
// EXTERNAL MODULE: ./actions/lib/core/paths.ts
var paths = __webpack_require__(39756);
// EXTERNAL MODULE: ./actions/lib/core/report.ts
var report = __webpack_require__(12420);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/core/summary.ts
var summary = __webpack_require__(87364);
// EXTERNAL MODULE: ./actions/lib/e2e/perf/fio.ts
var fio = __webpack_require__(71077);
;// CONCATENATED MODULE: ./actions/lib/e2e/perf/compare.ts


/** `20%` or `20` → 0.2; '' → undefined. */
function parseTolerance(input, value) {
    const v = value.trim();
    if (!v)
        return undefined;
    const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(v);
    if (!m)
        throw (0,errors/* badInput */.AN)(input, value, 'expected a percentage such as 20%');
    return Number(m[1]) / 100;
}
/** Is `candidate` worse than `baseline` by more than `tol` (direction-aware)? */
function beyondTolerance(metric, baseline, candidate, tol) {
    if (fio/* METRIC_INFO */.mp[metric].better === 'higher')
        return candidate < baseline * (1 - tol);
    return candidate > baseline * (1 + tol);
}
function isWorse(metric, baseline, candidate) {
    return fio/* METRIC_INFO */.mp[metric].better === 'higher' ? candidate < baseline : candidate > baseline;
}
function rowFor(metric, b, c, tol) {
    const job = (c ?? b).name;
    const row = {
        job,
        metric,
        baseline: b?.metrics[metric],
        candidate: c?.metrics[metric],
        status: 'ok'
    };
    if (c?.error)
        return { ...row, status: 'failed', note: `arm64 job failed with error ${c.error}` };
    if (b?.error)
        return { ...row, status: 'missing', note: `amd64 job failed with error ${b.error}` };
    if (!c)
        return { ...row, status: 'missing', note: 'no such job on arm64' };
    if (!b)
        return { ...row, status: 'missing', note: 'no such job on amd64' };
    if (row.baseline === undefined || row.candidate === undefined) {
        const where = [row.candidate === undefined ? 'arm64' : '', row.baseline === undefined ? 'amd64' : '']
            .filter(Boolean)
            .join(' and ');
        return { ...row, status: 'missing', note: `no ${fio/* METRIC_INFO */.mp[metric].label} on ${where}` };
    }
    if (row.baseline > 0)
        row.ratio = row.candidate / row.baseline;
    if (tol !== undefined && beyondTolerance(metric, row.baseline, row.candidate, tol))
        row.status = 'beyond';
    else if (isWorse(metric, row.baseline, row.candidate))
        row.status = 'worse';
    return row;
}
const SETTINGS = ['rw', 'bs', 'size', 'runtime', 'direct', 'ioengine', 'iodepth', 'numjobs'];
/** Why the two sides are not a fair match; empty when they are. */
function fairnessLabels(baseline, candidate) {
    const labels = [];
    for (const [who, run] of [
        ['amd64', baseline],
        ['arm64', candidate]
    ]) {
        if (run.host?.emulated)
            labels.push(`${who} ran under QEMU emulation: its numbers are not the hardware's`);
    }
    const b = baseline.host;
    const c = candidate.host;
    if (b && c && b.cores !== c.cores)
        labels.push(`runners of different sizes: ${b.cores} vs ${c.cores} cores`);
    else if (b?.memoryMiB && c?.memoryMiB && Math.abs(b.memoryMiB - c.memoryMiB) > 0.1 * b.memoryMiB) {
        labels.push(`runners of different sizes: ${b.memoryMiB} vs ${c.memoryMiB} MiB of memory`);
    }
    const differs = new Set();
    for (const cj of candidate.jobs) {
        const bj = baseline.jobs.find(j => j.name === cj.name);
        for (const k of SETTINGS)
            if (bj && (bj.options[k] ?? '') !== (cj.options[k] ?? ''))
                differs.add(k);
    }
    if (differs.size)
        labels.push(`job settings differ: ${[...differs].join(', ')}`);
    return labels;
}
function verdictOf(rows, labels, tol) {
    if (tol === undefined)
        return 'report-only';
    if (labels.length)
        return 'not-gated';
    if (rows.some(r => r.status === 'beyond' || r.status === 'failed'))
        return 'failed';
    if (rows.some(r => r.status === 'missing'))
        return 'unknown';
    return 'passed';
}
const side = (r) => ({ source: r.source, fioVersion: r.fioVersion, host: r.host });
/** The comparison: every job of either side, each metric, in the candidate's order. */
function comparePerf(baseline, candidate, tolerance) {
    const names = [...new Set([...candidate.jobs, ...baseline.jobs].map(j => j.name))];
    const rows = [];
    for (const name of names) {
        const b = baseline.jobs.find(j => j.name === name);
        const c = candidate.jobs.find(j => j.name === name);
        for (const metric of fio/* METRICS */.Cb)
            rows.push(rowFor(metric, b, c, tolerance));
    }
    const labels = fairnessLabels(baseline, candidate);
    const verdict = verdictOf(rows, labels, tolerance);
    const problems = new Set();
    for (const r of rows) {
        if (r.status === 'beyond')
            problems.add(`${r.job} ${fio/* METRIC_INFO */.mp[r.metric].label}: ${describeBeyond(r, tolerance)}`);
        // A failed or absent job says so once, not once per metric.
        else if (r.status === 'failed' || (r.status === 'missing' && /job/.test(r.note ?? '')))
            problems.add(`${r.job}: ${r.note}`);
        else if (r.status === 'missing')
            problems.add(`${r.job} ${fio/* METRIC_INFO */.mp[r.metric].label}: ${r.note}`);
    }
    return {
        baseline: side(baseline),
        candidate: side(candidate),
        tolerance,
        labels,
        rows,
        verdict,
        problems: [...problems]
    };
}
function describeBeyond(r, tol) {
    const pct = Math.round(tol * 100);
    const ratio = r.ratio === undefined ? '' : ` (${r.ratio.toFixed(2)}× amd64)`;
    return `arm64 is worse than amd64 by more than ${pct}%${ratio}`;
}

;// CONCATENATED MODULE: ./actions/lib/e2e/perf/report.ts

// The comparison as people read it: a table (terminal and job summary), a Mermaid xychart, and
// one line per runner. Job names and CPU models come from files: they are made plain first.
/** Text from a file, safe on one log line: no control characters, no `::` runner commands. */
function plain(s) {
    const printable = [...s].map(ch => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? ' ' : ch));
    return printable.join('').replace(/::/g, ': :').slice(0, 200);
}
/** A metric in its display unit (IOPS as is, bandwidth in MiB/s, latency in µs). */
function displayValue(metric, v) {
    if (v === undefined)
        return '–';
    if (metric === 'iops')
        return Math.round(v).toString();
    if (metric === 'bandwidth')
        return (v / 1048576).toFixed(1);
    return (v / 1000).toFixed(1);
}
const STATUS = {
    ok: 'ok',
    worse: 'worse',
    beyond: 'beyond tolerance',
    missing: 'missing',
    failed: 'job failed'
};
const PERF_HEADERS = ['job', 'metric', 'arm64', 'amd64', 'arm64 / amd64', 'result'];
function perfRows(c) {
    return c.rows.map(r => [
        plain(r.job),
        `${fio/* METRIC_INFO */.mp[r.metric].label} (${fio/* METRIC_INFO */.mp[r.metric].unit})`,
        displayValue(r.metric, r.candidate),
        displayValue(r.metric, r.baseline),
        r.ratio === undefined ? '–' : `${r.ratio.toFixed(2)}×`,
        r.note ? `${STATUS[r.status]}: ${plain(r.note)}` : STATUS[r.status]
    ]);
}
/** Fixed-width columns for a terminal. */
function textTable(headers, rows) {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return [line(headers), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
function hostLine(who, h) {
    if (!h)
        return `${who}: runner not described (plain fio JSON)`;
    const mem = h.memoryMiB ? `, ${Math.round(h.memoryMiB / 1024)} GiB` : '';
    const runner = h.runner ? ` on ${plain(h.runner)}` : '';
    const emulated = h.emulated ? ' [emulated]' : '';
    return `${who}: ${plain(h.platform)}${runner}, ${plain(h.cpu)}, ${h.cores} cores${mem}, kernel ${plain(h.kernel)}${emulated}`;
}
function verdictLine(c) {
    const pct = c.tolerance === undefined ? '' : `${Math.round(c.tolerance * 1000) / 10}%`;
    const text = {
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
function mermaidChart(c) {
    const bars = c.rows.filter(r => r.ratio !== undefined && r.ratio > 0);
    const labels = bars.map(r => `"${plain(r.job).replace(/"/g, "'")} ${fio/* METRIC_INFO */.mp[r.metric].label}"`);
    const values = bars.map(r => (fio/* METRIC_INFO */.mp[r.metric].better === 'lower' ? 1 / r.ratio : r.ratio));
    const top = Math.max(1.5, ...values.map(v => Math.ceil(v * 10) / 10 + 0.1));
    const fmt = (v) => (Math.round(v * 100) / 100).toString();
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
function chartMarkdown(c) {
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
function perfText(c) {
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

;// CONCATENATED MODULE: ./actions/run-arm64-e2e/compare.ts











// Level `compare`: fio JSON of arm64 against the amd64 baseline (docs/arm64.md, "Performance on arm64").
const IN = specs_generated/* RUN_ARM64_E2E */.Mf.inputs;
const OUT = specs_generated/* RUN_ARM64_E2E */.Mf.outputs;
// fio JSON of the standard set is about 25 KiB; a file a thousand times that is not one.
const MAX_FIO_BYTES = 16 * 1024 * 1024;
function fioInput(spec) {
    const file = (0,inputs/* getString */.AA)(spec);
    if (!file)
        throw (0,errors/* badInput */.AN)(spec.name, '', `${IN.level.name} "compare" needs a fio JSON file`);
    return (0,fio/* parseFio */.ax)((0,paths/* readInputFile */.jH)(spec.name, file, MAX_FIO_BYTES).toString('utf8'), spec.name, file);
}
function getCompareInputs() {
    const tolerance = parseTolerance(IN['perf-tolerance'].name, (0,inputs/* getString */.AA)(IN['perf-tolerance']));
    const baseline = fioInput(IN['perf-baseline']);
    const candidate = fioInput(IN['perf-candidate']);
    const report = (0,paths/* writePath */.Jf)(IN.report.name, (0,inputs/* getString */.AA)(IN.report) || external_node_path_.join((0,paths/* scratchDir */.GA)(), 'perf-report.json'), 'file');
    const chart = (0,paths/* writePath */.Jf)(IN['perf-chart'].name, (0,inputs/* getString */.AA)(IN['perf-chart']) || external_node_path_.join(external_node_path_.dirname(report), 'fio-chart.md'), 'file');
    return { baseline, candidate, tolerance, chart, report, summary: (0,inputs/* getBool */.Jz)(IN.summary) };
}
/** The comparison: table in the log, chart and report written; a check only with a tolerance. */
async function runCompare() {
    const inputs = getCompareInputs();
    const c = comparePerf(inputs.baseline, inputs.candidate, inputs.tolerance);
    toolkit/* info */.pq(perfText(c));
    (0,paths/* writeInputFile */.qR)(IN['perf-chart'].name, inputs.chart, chartMarkdown(c));
    const ok = c.verdict !== 'failed' && c.verdict !== 'unknown';
    toolkit/* setOutput */.uH(OUT.ok, String(ok));
    toolkit/* setOutput */.uH(OUT['perf-verdict'], c.verdict);
    toolkit/* setOutput */.uH(OUT.report, inputs.report);
    toolkit/* setOutput */.uH(OUT['perf-chart'], inputs.chart);
    toolkit/* setOutput */.uH(OUT.diagnostics, '');
    await (0,summary/* writeSummary */.Sy)(inputs.summary, s => perfSummary(s, c));
    (0,report/* writeReport */.u)(inputs.report, { kind: 'perf', ...c, chart: inputs.chart }, IN.report.name);
    if (!ok)
        throw new errors/* CheckError */.tl(`arm64 performance check ${c.verdict}: ${c.problems.join('; ')}`);
}
function perfSummary(s, c) {
    const icon = { 'report-only': 'ℹ️', 'not-gated': 'ℹ️', passed: '✅', failed: '❌', unknown: '❔' }[c.verdict];
    s.addHeading(`fio: arm64 against amd64: ${icon} ${c.verdict}`, 3);
    s.addRaw(`${(0,summary/* escapeHtml */.ZD)(hostLine('arm64', c.candidate.host))}<br>`, true);
    s.addRaw((0,summary/* escapeHtml */.ZD)(hostLine('amd64', c.baseline.host)), true);
    if (c.labels.length)
        s.addList(c.labels.map(summary/* escapeHtml */.ZD));
    s.addRaw(`\n\n\`\`\`mermaid\n${mermaidChart(c)}\n\`\`\`\n\n`, true);
    s.addTable((0,summary/* table */.tp)(PERF_HEADERS, perfRows(c).map(r => r.map(summary/* escapeHtml */.ZD))));
    s.addRaw((0,summary/* escapeHtml */.ZD)(verdictLine(c)), true);
}


/***/ })

};
;
//# sourceMappingURL=538.index.js.map