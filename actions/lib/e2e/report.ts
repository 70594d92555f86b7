import { writeInputFile } from '../core/paths';
import { RUN_ARM64_E2E } from '../core/specs.generated';

/** Writes the JSON report of either level to the path of input `report`. */
export function writeReport(file: string, report: unknown): void {
  writeInputFile(RUN_ARM64_E2E.inputs.report.name, file, JSON.stringify(report, null, 2) + '\n');
}
