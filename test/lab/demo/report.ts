// What the demo prints at the end: one line per step, the digests, and a table per platform
// (how it was built, what verify proved, what the parity run printed).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DemoState } from './steps';

export interface StepRecord {
  name: string;
  seconds: number;
  ok: boolean;
  detail: string;
}

export interface DemoOutcome {
  state: DemoState;
  steps: StepRecord[];
  /** Step title → the outputs the CLI printed (JSON values decoded). */
  outputs: Record<string, Record<string, unknown>>;
  code: number;
  failure: string;
  seconds: number;
  keep: boolean;
}

function readJson(file: string): any {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** One row per platform, read from the reports in the work folder (before it is removed). */
export function platformRows(s: DemoState, steps: StepRecord[]): string[][] {
  const verify = readJson(path.join(s.work, 'verify-report.json'));
  const e2e = readJson(path.join(s.work, 'e2e-report.json'));
  return Object.keys(s.shards).map(platform => {
    const built = steps.find(x => x.name.startsWith(`build ${platform}`));
    const v = verify?.images?.[0]?.platforms?.find((p: any) => p.platform === platform);
    const r = e2e?.images?.[0]?.runs?.find((x: any) => x.platform === platform);
    return [
      platform,
      built ? `${built.name.replace(/^.*\((.*)\)$/, '$1')}, ${built.seconds.toFixed(1)}s` : '–',
      v ? `${v.status}, level ${v.level}${v.deep ? `, ${v.deep.executables} ELF checked` : ''}` : '–',
      r ? `${r.mode}, exit ${r.exitCode}, ${JSON.stringify(String(r.output).split('\n')[0])}` : '–'
    ];
  });
}

export function textTable(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
  const fmt = (r: string[]): string => `  ${r.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd();
  return [fmt(headers), fmt(widths.map(w => '-'.repeat(w))), ...rows.map(fmt)];
}

export function jsonReport(d: DemoOutcome): string {
  const doc = {
    ok: d.code === 0,
    exitCode: d.code,
    image: d.state.image,
    index: d.state.index,
    shards: d.state.shards,
    seconds: d.seconds,
    steps: d.steps,
    outputs: d.outputs,
    ...(d.failure ? { error: d.failure } : {})
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function textReport(d: DemoOutcome, rows: string[][]): string {
  const s = d.state;
  const lines = ['', `Demo: ${s.image}`, ''];
  for (const x of d.steps) {
    const time = `${x.seconds.toFixed(1).padStart(6)}s`;
    lines.push(`  ${x.ok ? '✓' : '✗'} ${x.name.padEnd(36)} ${time}${x.detail ? `  ${x.detail}` : ''}`);
  }
  lines.push('');
  for (const [p, digest] of Object.entries(s.shards)) if (digest) lines.push(`  ${p.padEnd(12)} ${digest}`);
  if (s.index) lines.push(`  ${'index'.padEnd(12)} ${s.index}  (tag demo)`);
  if (rows.length) lines.push('', ...textTable(['platform', 'built', 'verified', 'ran'], rows));
  const took = d.seconds.toFixed(1);
  lines.push('', d.code === 0 ? `All steps passed in ${took}s.` : `FAILED after ${took}s: ${d.failure}`);
  lines.push(
    d.keep
      ? `Kept ${s.image} in the lab registry.`
      : 'Cleaned up: pushed manifests deleted, work folder removed.',
    ''
  );
  return lines.join('\n');
}
