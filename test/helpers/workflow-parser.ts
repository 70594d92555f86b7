// GitHub's own workflow and action.yml parser (@actions/workflow-parser) for the tests. The
// package is ESM and imports JSON with import attributes, which jest's CommonJS runtime cannot
// load on Node 20, so it is bundled to one CommonJS file with esbuild once per version.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

export interface ParseProblem {
  message: string;
  line?: number;
}

interface Bundle {
  parseWorkflow(file: { name: string; content: string }, trace: unknown): ParseResult;
  convertWorkflowTemplate(context: unknown, value: unknown): Promise<{ errors?: Array<{ Message: string }> }>;
  parseAction(file: { name: string; content: string }, trace: unknown): ParseResult;
  NoOperationTraceWriter: new () => unknown;
}

interface ParseResult {
  value: unknown;
  context: {
    errors: { getErrors(): Array<{ message: string; range?: { start: { line: number } } }> };
  };
}

const ENTRY = `
export { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } from '@actions/workflow-parser';
export { parseAction } from '@actions/workflow-parser/actions/index';
`;

let loaded: Bundle | undefined;

/** The bundle, built on first use into the temp dir (keyed by the package version). */
function bundle(): Bundle {
  if (loaded) return loaded;
  const pkg = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'node_modules', '@actions', 'workflow-parser', 'package.json'), 'utf8')
  ) as { version: string };
  const file = path.join(os.tmpdir(), `arch-actions-workflow-parser-${pkg.version}.cjs`);
  if (!fs.existsSync(file)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    const out = esbuild.buildSync({
      stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent'
    });
    // Written aside and renamed, so parallel jest workers never read half a file.
    const tmp = `${file}.${process.pid}`;
    fs.writeFileSync(tmp, out.outputFiles[0].text);
    fs.renameSync(tmp, file);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded = require(file) as Bundle;
  return loaded;
}

function problems(result: ParseResult): ParseProblem[] {
  return result.context.errors.getErrors().map(e => ({ message: e.message, line: e.range?.start.line }));
}

/** The errors GitHub's parser reports for a workflow: its schema, then the job graph and expressions. */
export async function workflowProblems(name: string, content: string): Promise<ParseProblem[]> {
  const b = bundle();
  const parsed = b.parseWorkflow({ name, content }, new b.NoOperationTraceWriter());
  const found = problems(parsed);
  if (found.length || !parsed.value) return found;
  const template = await b.convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map(e => ({ message: e.Message }));
}

/** The errors GitHub's parser reports for an action.yml (its strict action schema). */
export function actionProblems(name: string, content: string): ParseProblem[] {
  const b = bundle();
  return problems(b.parseAction({ name, content }, new b.NoOperationTraceWriter()));
}

/** One job as GitHub's parser converts it: its id, the jobs it needs, its runner, its steps' ids and uses. */
export interface ParsedJob {
  id: string;
  needs: string[];
  /** The runner label, or `${{ expression }}` when it is one. */
  runsOn: string;
  steps: Array<{ id?: string; name?: string; uses?: string }>;
}

const tokenText = (t: any): string | undefined => {
  if (t === undefined || t === null) return undefined;
  if (typeof t === 'string') return t;
  if (typeof t.value === 'string') return t.value;
  if (typeof t.expr === 'string') return `\${{ ${t.expr} }}`;
  return String(t);
};

/** The jobs of a workflow after GitHub's parser converted it (throws on a parse error). */
export async function workflowJobs(name: string, content: string): Promise<ParsedJob[]> {
  const b = bundle();
  const parsed = b.parseWorkflow({ name, content }, new b.NoOperationTraceWriter());
  const found = problems(parsed);
  if (found.length) throw new Error(`${name}: ${found.map(p => p.message).join('; ')}`);
  const template = (await b.convertWorkflowTemplate(parsed.context, parsed.value)) as { jobs?: any[] };
  return (template.jobs ?? []).map(j => ({
    id: tokenText(j.id)!,
    needs: (j.needs ?? []).map(tokenText),
    runsOn: tokenText(j['runs-on']) ?? '',
    steps: (j.steps ?? []).map((st: any) => ({
      id: tokenText(st.id),
      name: tokenText(st.name),
      uses: tokenText(st.uses)
    }))
  }));
}
