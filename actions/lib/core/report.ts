// The JSON reports of verify-platforms and run-arm64-e2e (docs/design.md, "Contracts between jobs").
import { writeInputFile } from './paths';

/** Bumped when a field a reader relies on changes meaning or goes away (verify has its own). */
export const REPORT_VERSION = 1;

/**
 * Writes `{ version, ...report }` as JSON to `file`, which the action input `input` gave
 * (checked as a path input: a regular file in an existing folder); returns the absolute path.
 */
export function writeReport(file: string, report: object, input: string, version = REPORT_VERSION): string {
  return writeInputFile(input, file, JSON.stringify({ version, ...report }, null, 2) + '\n');
}
