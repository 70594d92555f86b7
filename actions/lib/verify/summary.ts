import type * as core from '../core/toolkit';
import { escapeHtml, table } from '../core/summary';
import { addLintSummary } from './lint/summary';
import { FOUND_HOW, FoundHow } from './scan/types';
import type { ImageResult, PlatformCheck, VerifyResult } from './verify';
import { count } from '../core/words';
import { kindWords, levelsReached, unknownPhrase } from './verdict';

/** `12 rendered, 10 indirect, 1 input`: how many distinct images each way of finding gave. */
export function foundCounts(result: VerifyResult): string {
  const order: Array<FoundHow | 'input'> = ['input', ...FOUND_HOW];
  return order
    .filter(h => result.found[h])
    .map(h => `${result.found[h]} ${h}`)
    .join(', ');
}

/** How the chart was read, in one line; "not rendered" says the images were read statically. */
export function chartLine(result: VerifyResult): string | undefined {
  const c = result.chart;
  if (!c) return undefined;
  if (c.rendered === 'not rendered')
    return `Chart ${c.chart}: not rendered (${c.reason}); images read statically.`;
  // Each dependency left out has its own warning, at its Chart.yaml line: here only how many.
  const left = c.missingDependencies.length;
  return (
    `Chart ${c.chart}: ${c.rendered} by helm ${c.helm} for Kubernetes ${c.kubeVersion}` +
    (left ? `; ${count(left, 'dependency')} not rendered (their images are not checked).` : '.')
  );
}

function cell(i: ImageResult, c: PlatformCheck | undefined): string {
  if (!c) return '–';
  if (c.outcome === 'proven') {
    const note = c.deep?.unsupported
      ? ' (layers not read)'
      : c.deep && c.deep.executables === 0
        ? ' (no executables)'
        : '';
    return `✅ L${c.level}${note}`;
  }
  if (c.outcome === 'unknown') return `❓ ${kindWords(c.unknown ?? 'error')}`;
  const what = c.status === 'wrong' ? 'wrong' : 'missing';
  return i.status === 'allowed' ? `⚠ ${what}` : `❌ ${what}`;
}

/** The matrix of images × platforms, with the reasons below it. */
export function addVerifySummary(s: typeof core.summary, result: VerifyResult): void {
  // `lint: only` checks no image: the lint table is the whole summary.
  if (result.images.length || !result.findings.length) addImageSummary(s, result);
  if (result.findings.length) addLintSummary(s, result.findings);
}

function addImageSummary(s: typeof core.summary, result: VerifyResult): void {
  const c = result.outcomes;
  const asked = result.deep ? 'up to L3 (listed, configured, ELF)' : 'up to L2 (listed, configured)';
  const mark = c.missing ? '❌' : c.unknown ? '❓' : '✅';
  s.addHeading('Platform verification', 3);
  s.addRaw(
    `${mark} ${count(result.checked, 'image')} checked for ${result.platforms.map(p => `<code>${p}</code>`).join(', ')}, ${asked}: ` +
      `${c.proven} proven, ${c.missing} missing a platform, ${c.allowed} allowed, ${c.unknown} unknown. ` +
      `Levels reached: ${levelsReached(result.images)}. Found: ${escapeHtml(foundCounts(result)) || 'none'}.`,
    true
  );
  const unknown = unknownPhrase(result.images);
  if (unknown)
    s.addRaw(`<p>❓ <strong>${escapeHtml(unknown[0].toUpperCase() + unknown.slice(1))}.</strong></p>`, true);
  const chart = chartLine(result);
  if (chart) s.addRaw(`<p>${escapeHtml(chart)}</p>`, true);
  const rows = result.images.map(i => [
    `<code>${escapeHtml(i.reference)}</code>`,
    ...result.platforms.map(p =>
      cell(
        i,
        i.platforms.find(c => c.platform === p)
      )
    ),
    escapeHtml(
      i.sources.slice(0, 3).join(', ') + (i.sources.length > 3 ? ` (+${i.sources.length - 3})` : '')
    ) || '–'
  ]);
  s.addTable(table(['Image', ...result.platforms, 'Referenced at'], rows));
  const reasons = result.images
    .filter(i => i.status !== 'ok' || i.notes.length)
    .map(i => {
      const why = i.status === 'allowed' ? `${i.reason} — allowed: ${i.allowed?.reason}` : (i.reason ?? '');
      const resolved = i.resolved === i.reference ? '' : ` → <code>${escapeHtml(i.resolved)}</code>`;
      return `<code>${escapeHtml(i.reference)}</code>${resolved}: ${escapeHtml([why, ...i.notes].filter(Boolean).join('; '))}`;
    });
  if (reasons.length) {
    s.addHeading('Reasons', 4);
    s.addList(reasons);
  }
  if (result.warnings.length) {
    s.addHeading('Not checked', 4);
    s.addList(
      result.warnings.map(w => `<code>${escapeHtml(w.file)}:${w.line}</code> ${escapeHtml(w.message)}`)
    );
  }
  if (result.pins.length) {
    s.addHeading('Architecture pins', 4);
    s.addList(result.pins.map(p => `<code>${escapeHtml(p.file)}:${p.line}</code> ${escapeHtml(p.message)}`));
  }
}
