// Runs an action's own run() in this process, the way the runner would: INPUT_* from the
// flags (action.yml defaults for the rest), GITHUB_OUTPUT/STEP_SUMMARY/STATE as temp files.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '../lib/core/toolkit';
import { ActionSpec } from './spec';

export interface ActionResult {
  outputs: Record<string, string>;
  /** The job summary the action wrote ('' when none). */
  summary: string;
  /** process.exitCode after the run: core.setFailed was called when it is 1. */
  failed: boolean;
  /** What run() threw (ConfigurationError, CheckError, or a bug); outputs set before it are kept. */
  error?: unknown;
}

/** Environment name of an input, as @actions/core reads it. */
export const inputEnv = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** Parses the `name<<delimiter\nvalue\ndelimiter` records of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^=<]+)<<(.+)$/);
    if (m) {
      const end = lines.indexOf(m[2], i + 1);
      if (end < 0) break;
      out[m[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return out;
}

/** Every input's value: the flag when given, else the action.yml default. */
export function inputValues(spec: ActionSpec, given: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const input of spec.inputs) values[input.name] = given[input.name] ?? input.default;
  return values;
}

function resetSummaryPath(): void {
  const summary = core.summary as unknown as { _filePath?: string };
  summary._filePath = undefined;
  core.summary.emptyBuffer();
}

export async function runInProcess(
  spec: ActionSpec,
  given: Record<string, string>,
  run: () => Promise<void>
): Promise<ActionResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `arch-actions-${spec.name}-`));
  const files = {
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
    GITHUB_STATE: path.join(tmp, 'state')
  };
  for (const f of Object.values(files)) fs.writeFileSync(f, '');
  const saved = { ...process.env };
  const exitCode = process.exitCode;
  try {
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
    for (const [name, value] of Object.entries(inputValues(spec, given))) process.env[inputEnv(name)] = value;
    Object.assign(process.env, files);
    // core.summary remembers the first GITHUB_STEP_SUMMARY it saw; each run has its own file.
    resetSummaryPath();
    // Shards and merge in separate invocations meet in the same default digests folder
    // ($RUNNER_TEMP/arch-actions/digests), as jobs of one workflow run do.
    process.env.RUNNER_TEMP ??= os.tmpdir();
    process.exitCode = undefined;
    let error: unknown;
    try {
      await run();
    } catch (err) {
      error = err;
    }
    return {
      outputs: parseOutputFile(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      failed: error !== undefined || process.exitCode === 1,
      ...(error === undefined ? {} : { error })
    };
  } finally {
    process.exitCode = exitCode;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
