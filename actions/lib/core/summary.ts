import * as core from './toolkit';

export type Cell = string | { data: string; header?: boolean };

/**
 * Writes the job summary when enabled. A summary is a report, never a reason to fail the
 * job, so problems become warnings.
 */
export async function writeSummary(enabled: boolean, build: (s: typeof core.summary) => void): Promise<void> {
  if (!enabled || !process.env.GITHUB_STEP_SUMMARY) return;
  try {
    build(core.summary);
    await core.summary.write();
  } catch (err) {
    core.warning(`Could not write the job summary: ${(err as Error).message}`);
  } finally {
    core.summary.emptyBuffer();
  }
}

/** Text made safe inside the summary's HTML (cells, <code>). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A header row followed by body rows, ready for `core.summary.addTable`. */
export function table(headers: string[], rows: string[][]): Cell[][] {
  return [headers.map(h => ({ data: h, header: true })), ...rows];
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

export function bytes(n: number | undefined): string {
  if (n === undefined || Number.isNaN(n)) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

export function shortDigest(digest: string | undefined): string {
  return digest ? digest.replace(/^sha256:/, '').slice(0, 12) : '–';
}
