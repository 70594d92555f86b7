import * as path from 'node:path';
import * as core from '../core/toolkit';
import { CheckError } from '../core/errors';
import { scratchDir } from '../core/paths';
import type { VerifyResult } from './verify';

/** Where the JSON report goes when no path is given. */
export function defaultReportPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(scratchDir(env), 'verify-report.json');
}

/**
 * `::error` at every file:line of each failing image (a plain error for images given
 * directly), `::warning` for allowed gaps, arch pins, broken documents and dependencies
 * that were not rendered.
 */
export function annotate(result: VerifyResult): void {
  for (const i of result.images) {
    if (i.status === 'ok') continue;
    const allowed = i.status === 'allowed';
    const msg = allowed
      ? `${i.reference}: ${i.reason} (allowed: ${i.allowed?.reason})`
      : `${i.reference} fails the platform check: ${i.reason}`;
    const emit = allowed ? core.warning : core.error;
    if (!i.locations.length) emit(msg);
    for (const l of i.locations)
      emit(msg, {
        file: l.file,
        startLine: l.line,
        title: allowed ? 'Allowed platform gap' : 'Missing platform'
      });
  }
  for (const p of result.pins) {
    core.warning(p.message, { file: p.file, startLine: p.line, title: 'Architecture pin' });
  }
  for (const w of result.warnings) {
    core.warning(w.message, { file: w.file, startLine: w.line, title: 'Not checked' });
  }
}

/** The error that fails the job for `fail-on: missing`. */
export function failureOf(result: VerifyResult): CheckError | undefined {
  if (result.ok) return undefined;
  const list = result.missing.map(m => `${m.reference} (${m.platforms.join(', ') || 'unreachable'})`);
  return new CheckError(
    `${result.missing.length} of ${result.checked} images fail the platform check: ${list.join('; ')}`
  );
}
