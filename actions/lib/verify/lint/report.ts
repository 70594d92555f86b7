// Findings out of the lint: rule 4 from the registry check, annotations, the failing verdict.
import * as core from '../../core/toolkit';
import { CheckError } from '../../core/errors';
import type { SourceLocation } from '../scan/types';
import { Finding, SEVERITY_RANK, Severity } from './types';

export type LintFailOn = Severity | 'never';

/** What rule 4 reads of an image the platform check judged (verify's ImageResult). */
export interface CheckedImage {
  reference: string;
  status: string;
  reason?: string;
  allowed?: { reason: string };
  available: string[];
  locations: SourceLocation[];
}

/** Rule 4: a FROM image that fails today's platform check, as a finding at its FROM line. */
export function baseImageFindings(images: CheckedImage[], dockerfiles: Set<string>): Finding[] {
  const out: Finding[] = [];
  for (const i of images) {
    // Nothing proven (status error) is no finding: the image check reports it, in its own words.
    if (i.status === 'ok' || i.status === 'error') continue;
    for (const l of i.locations) {
      if (!dockerfiles.has(l.file)) continue;
      const allowed = i.status === 'allowed';
      out.push({
        file: l.file,
        line: l.line,
        rule: 'base-image-platform',
        severity: allowed ? 'warning' : 'error',
        message: `${i.reference} fails the platform check: ${i.reason}${allowed ? ` (allowed: ${i.allowed?.reason})` : ''}`,
        fix: `a base image that lists every platform (${i.available.length ? `${i.reference} lists ${i.available.join(', ')}` : 'see the reason'}), or --platform=$BUILDPLATFORM for a builder that cross-compiles`
      });
    }
  }
  return out;
}

/** One annotation per finding at its file:line; rule 4 is already annotated by the image check. */
export function annotateFindings(findings: Finding[]): void {
  for (const f of findings) {
    if (f.rule === 'base-image-platform') continue;
    const emit = f.severity === 'error' ? core.error : f.severity === 'warning' ? core.warning : core.notice;
    const fix = f.fix.replace(/^/gm, '  ');
    emit(`${f.message} [${f.rule}]\nFix:\n${fix}`, {
      file: f.file,
      startLine: f.line,
      title: `Dockerfile arch lint: ${f.rule}`
    });
  }
}

/** Findings at or above `failOn`; rule 4 is left to the image check's own `fail-on`. */
export function failing(findings: Finding[], failOn: LintFailOn): Finding[] {
  if (failOn === 'never') return [];
  return findings.filter(
    f => f.rule !== 'base-image-platform' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]
  );
}

/** The error that fails the job when a finding reaches `lint-fail-on`. */
export function lintFailure(findings: Finding[], failOn: LintFailOn): CheckError | undefined {
  const bad = failing(findings, failOn);
  if (!bad.length) return undefined;
  const where = bad.slice(0, 5).map(f => `${f.file}:${f.line} ${f.rule}`);
  const more = bad.length > 5 ? ` and ${bad.length - 5} more` : '';
  return new CheckError(
    `${bad.length} Dockerfile lint finding${bad.length === 1 ? '' : 's'} at or above ${failOn}: ${where.join('; ')}${more}`
  );
}
