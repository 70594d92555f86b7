import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes the JSON report of either level. */
export function writeReport(file: string, report: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
}
