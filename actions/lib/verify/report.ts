import * as path from 'node:path';
import * as core from '../core/toolkit';
import { CheckError } from '../core/errors';
import { scratchDir } from '../core/paths';
import { VERIFY_PLATFORMS } from '../core/specs.generated';
import { count } from '../core/words';
import { missingPhrase, unknownPhrase } from './verdict';
import type { VerifyResult } from './verify';

/** The verify report's version (docs/design.md, "verify report"): 2 added the outcomes. */
export const VERIFY_REPORT_VERSION = 2;

export type FailOn = (typeof VERIFY_PLATFORMS.inputs)['fail-on']['choices'][number];

/** Where the JSON report goes when no path is given. */
export function defaultReportPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(scratchDir(env), 'verify-report.json');
}

/**
 * `::error` at every file:line of each image that lacks a platform (a plain error for images
 * given directly), one annotation per registry that did not answer (an error, or a warning when
 * unknown does not fail the step), `::warning` for allowed gaps, arch pins, broken documents and
 * dependencies that were not rendered.
 */
export function annotate(result: VerifyResult, failOn: FailOn = 'unknown'): void {
  const unknownEmit = failOn === 'unknown' ? core.error : core.warning;
  for (const r of result.registries) {
    unknownEmit(`nothing was proven about ${count(r.images, 'image')} from ${r.registry}: ${r.reason}`, {
      title: 'Nothing proven'
    });
  }
  for (const i of result.images) {
    if (i.status === 'ok' || (i.outcome === 'unknown' && i.unknown !== 'error')) continue;
    if (i.outcome === 'unknown') {
      const msg = `nothing was proven about ${i.reference}: ${i.reason}`;
      if (!i.locations.length) unknownEmit(msg, { title: 'Nothing proven' });
      for (const l of i.locations)
        unknownEmit(msg, { file: l.file, startLine: l.line, title: 'Nothing proven' });
      continue;
    }
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

/**
 * What the outcomes mean for the step under `fail-on`: the error that fails it (missing
 * platforms and, with `unknown`, images nothing was proven about), and what is only a warning.
 */
export function failureOf(result: VerifyResult, failOn: FailOn): { error?: CheckError; warnings: string[] } {
  // Each image's reason is in its own annotation: the failure says how many, once.
  const missing = missingPhrase(result.images);
  const unknownText = unknownPhrase(result.images);
  const unknown = unknownText && `${unknownText[0].toUpperCase()}${unknownText.slice(1)}`;
  const failing = [failOn !== 'never' && missing, failOn === 'unknown' && unknown].filter(
    (m): m is string => !!m
  );
  const warnings = [failOn === 'never' && missing, failOn !== 'unknown' && unknown].filter(
    (m): m is string => !!m
  );
  return { ...(failing.length ? { error: new CheckError(failing.join('; ')) } : {}), warnings };
}
