// Runs many cases of one action in a single node process, the way its index.ts does
// (runAction(run) with the inputs in INPUT_*), so each case is timed without node's start-up.
// Usage: run-ts.js test/helpers/run-cases.ts <action folder> <cases.json> <results.json>
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runAction } from '../../actions/lib/core/errors';

export interface Case {
  inputs: Record<string, string>;
}

export interface CaseResult {
  ms: number;
  stdout: string;
  exitCode: number;
}

async function main(): Promise<void> {
  const [folder, casesFile, resultsFile] = process.argv.slice(2);
  const { run } = (await import(path.resolve(folder, 'main'))) as { run: () => Promise<void> };
  const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8')) as Case[];
  const base = { ...process.env };
  const write = process.stdout.write.bind(process.stdout);
  const results: CaseResult[] = [];
  for (const c of cases) {
    process.env = { ...base };
    for (const [k, v] of Object.entries(c.inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
    let stdout = '';
    process.stdout.write = ((chunk: string | Uint8Array) => {
      stdout += chunk.toString();
      return true;
    }) as typeof process.stdout.write;
    process.exitCode = 0;
    const started = process.hrtime.bigint();
    try {
      await runAction(run);
    } finally {
      process.stdout.write = write;
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    results.push({ ms, stdout, exitCode: Number(process.exitCode ?? 0) });
    fs.writeFileSync(resultsFile, JSON.stringify(results));
  }
  process.exitCode = 0;
}

void main();
