// Runs many input cases of one action in one child process (test/helpers/run-cases.ts), with
// the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) in `dir`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Case, CaseResult } from './run-cases';

const root = path.join(__dirname, '..', '..');

/** Every case's result, in order; a case that hangs past the timeout is missing from the list. */
export function runCases(action: string, cases: Case[], dir: string, runnerTemp = dir): CaseResult[] {
  const casesFile = path.join(dir, 'cases.json');
  const resultsFile = path.join(dir, 'results.json');
  fs.writeFileSync(casesFile, JSON.stringify(cases));
  for (const f of ['output', 'summary', 'results.json']) fs.writeFileSync(path.join(dir, f), '');
  spawnSync(
    process.execPath,
    [
      path.join(root, 'scripts', 'run-ts.js'),
      path.join(root, 'test', 'helpers', 'run-cases.ts'),
      action,
      casesFile,
      resultsFile
    ],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 120000,
      env: {
        PATH: process.env.PATH ?? '',
        RUNNER_TEMP: runnerTemp,
        GITHUB_OUTPUT: path.join(dir, 'output'),
        GITHUB_STEP_SUMMARY: path.join(dir, 'summary')
      }
    }
  );
  return JSON.parse(fs.readFileSync(resultsFile, 'utf8') || '[]') as CaseResult[];
}
