import { writeInputFile } from '../core/paths';

/** Writes the JSON report of either level to the path of input `report`. */
export function writeReport(file: string, report: unknown): void {
  writeInputFile('report', file, JSON.stringify(report, null, 2) + '\n');
}
