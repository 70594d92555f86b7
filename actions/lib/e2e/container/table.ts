import type { ContainerParityResult } from './parity';

/** Size difference of `value` against `base`, in percent with a sign (`+3.2%`). */
export function percentDiff(value: number | undefined, base: number | undefined): string {
  if (value === undefined || base === undefined || base === 0) return '–';
  const d = ((value - base) / base) * 100;
  return `${d >= 0 ? '+' : ''}${d.toFixed(1)}%`;
}

export function ratio(value: number | undefined, base: number | undefined): string {
  if (value === undefined || base === undefined || base <= 0) return '–';
  return `${(value / base).toFixed(2)}×`;
}

export const PARITY_HEADERS = [
  'Image',
  'Platform',
  'Runs',
  'Exit',
  'Machine',
  'Size',
  'Size vs baseline',
  'Layers',
  'Time',
  'Time vs baseline',
  'Result'
];

/**
 * The parity table: per image the baseline row, then each platform next to it with the
 * size difference in percent and the time ratio. `code` wraps literal values (HTML or not).
 */
export function parityRows(
  result: ContainerParityResult,
  code: (s: string) => string = s => s,
  size: (n?: number) => string = n => String(n ?? '–')
): string[][] {
  const rows: string[][] = [];
  for (const img of result.images) {
    const base = img.runs.find(r => r.platform === img.baseline);
    if (!img.runs.length) {
      rows.push([
        code(img.image),
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        `❌ ${img.problems.join('; ')}`
      ]);
      continue;
    }
    for (const r of img.runs) {
      const isBase = r === base;
      rows.push([
        code(img.image),
        code(r.platform) + (isBase ? ' (baseline)' : ''),
        r.mode,
        r.exitCode === undefined ? (r.timedOut ? 'timeout' : '–') : String(r.exitCode),
        r.machine ? code(r.machine) : '–',
        size(r.size),
        isBase ? '–' : percentDiff(r.size, base?.size),
        r.layers === undefined ? '–' : String(r.layers),
        r.seconds === undefined ? '–' : `${r.seconds.toFixed(2)}s`,
        isBase ? '–' : ratio(r.seconds, base?.seconds),
        r.ok ? '✅ same as baseline' : `❌ ${r.problems.join('; ') || 'failed'}`
      ]);
    }
  }
  return rows;
}
