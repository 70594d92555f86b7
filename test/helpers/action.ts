// Runs an action the way the runner does: a fresh node process, inputs in INPUT_*, and the
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files stubbed in a temp dir.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseOutputFile } from '../../actions/cli/runner';

const root = path.join(__dirname, '..', '..');

export interface ActionProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** What the step saved with core.saveState, for the post step's STATE_* variables. */
  state: Record<string, string>;
  summary: string;
}

/** Reads a GITHUB_OUTPUT file that @actions/core wrote with heredoc delimiters. */
export function readOutputs(file: string): Record<string, string> {
  return parseOutputFile(fs.readFileSync(file, 'utf8'));
}

/** The environment the runner gives a post step: STATE_<name> for each saved state. */
export function postEnv(state: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
}

/**
 * Runs `entry` (a dist bundle, or an action's .ts file through scripts/run-ts.js) with only
 * PATH, the GitHub files, `extraEnv` and the inputs in its environment, on `node`.
 */
export function runActionProcess(
  entry: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  timeout = 60000,
  node = process.execPath
): ActionProcessResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'action-run-'));
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary');
  const state = path.join(dir, 'state');
  for (const f of [output, summary, state]) fs.writeFileSync(f, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...extraEnv,
    GITHUB_OUTPUT: output,
    GITHUB_STATE: state,
    GITHUB_STEP_SUMMARY: summary
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const argv = entry.endsWith('.ts') ? [path.join(root, 'scripts', 'run-ts.js'), entry] : [entry];
  try {
    const res = spawnSync(node, argv, { env, encoding: 'utf8', timeout });
    return {
      status: res.status,
      stdout: res.stdout,
      stderr: res.stderr,
      outputs: readOutputs(output),
      state: readOutputs(state),
      summary: fs.readFileSync(summary, 'utf8')
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
