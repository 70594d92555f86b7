import type * as core from '../../core/toolkit';
import { escapeHtml, table } from '../../core/summary';
import { count } from '../../core/words';
import { Finding } from './types';

const MARK = { error: '❌', warning: '⚠', notice: 'ℹ' };

/** The findings as a table: where, what, and the lines to write instead. */
export function addLintSummary(s: typeof core.summary, findings: Finding[]): void {
  const of = (sev: Finding['severity']) => findings.filter(f => f.severity === sev).length;
  s.addHeading('Dockerfile arch lint', 3);
  s.addRaw(
    `${count(of('error'), 'error')}, ${count(of('warning'), 'warning')}, ${count(of('notice'), 'note')}.`,
    true
  );
  const rows = findings.map(f => [
    `<code>${escapeHtml(`${f.file}:${f.line}`)}</code>`,
    `${MARK[f.severity]} ${f.severity}`,
    `<code>${f.rule}</code>`,
    escapeHtml(f.message),
    `<pre>${escapeHtml(f.fix)}</pre>`
  ]);
  s.addTable(table(['Where', 'Severity', 'Rule', 'Finding', 'Fix'], rows));
}
