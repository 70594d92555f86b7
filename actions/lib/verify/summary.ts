import type * as core from '../core/toolkit';
import { escapeHtml, table } from '../core/summary';
import { addLintSummary } from './lint/summary';
import { dependencyLabel, FOUND_HOW, FoundHow } from './scan/types';
import type { ImageResult, PlatformCheck, VerifyResult } from './verify';

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
  const left = c.missingDependencies.map(dependencyLabel);
  return (
    `Chart ${c.chart}: ${c.rendered} by helm ${c.helm} for Kubernetes ${c.kubeVersion}` +
    (left.length ? `; not rendered: ${left.join(', ')} (their images are not checked).` : '.')
  );
}

function cell(i: ImageResult, c: PlatformCheck | undefined): string {
  if (!c) return '–';
  if (c.status === 'ok') {
    const note = c.deep?.unsupported
      ? ' (layers not read)'
      : c.deep && c.deep.executables === 0
        ? ' (no executables)'
        : '';
    return `✅${note}`;
  }
  const what = c.status === 'missing' ? 'missing' : c.status === 'wrong' ? 'wrong' : 'error';
  return i.status === 'allowed' ? `⚠ ${what}` : `❌ ${what}`;
}

/** The matrix of images × platforms, with the reasons below it. */
export function addVerifySummary(s: typeof core.summary, result: VerifyResult): void {
  // `lint: only` checks no image: the lint table is the whole summary.
  if (result.images.length || !result.findings.length) addImageSummary(s, result);
  if (result.findings.length) addLintSummary(s, result.findings);
}

function addImageSummary(s: typeof core.summary, result: VerifyResult): void {
  const failing = result.missing.length;
  const level = result.deep ? 'levels 1–3 (listed, configured, ELF)' : 'levels 1–2 (listed, configured)';
  s.addHeading('Platform verification', 3);
  s.addRaw(
    `${result.ok ? '✅' : '❌'} ${result.checked} images checked for ${result.platforms.map(p => `<code>${p}</code>`).join(', ')}, ${level}: ` +
      `${failing} failing, ${result.allowed.length} allowed. Found: ${escapeHtml(foundCounts(result)) || 'none'}.`,
    true
  );
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
      return `<code>${escapeHtml(i.reference)}</code> → <code>${escapeHtml(i.resolved)}</code>: ${escapeHtml([why, ...i.notes].filter(Boolean).join('; '))}`;
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
