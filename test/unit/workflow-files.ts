// Finds and parses the workflows and action.yml files of this repository, and the security
// rules every one of them must follow (used by workflows.test.ts and security.test.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';

export const ROOT = path.join(__dirname, '..', '..');
export const OWN_ACTIONS = 'openebs/arch-actions/';

export function workflowFiles(): string[] {
  const dir = path.join(ROOT, '.github', 'workflows');
  return fs
    .readdirSync(dir)
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => path.join(dir, f))
    .sort();
}

/** The example workflows in docs/examples (the issue form there is not a workflow). */
export function exampleWorkflows(): string[] {
  const dir = path.join(ROOT, 'docs', 'examples');
  return fs
    .readdirSync(dir)
    .filter(f => /\.ya?ml$/.test(f) && f !== 'arm64-report.yml')
    .map(f => path.join(dir, f))
    .sort();
}

export function actionFiles(): string[] {
  const dir = path.join(ROOT, 'actions');
  const found = fs
    .readdirSync(dir)
    .map(d => path.join(dir, d, 'action.yml'))
    .filter(f => fs.existsSync(f));
  return [...found, path.join(ROOT, 'build', 'action.yml')].sort();
}

export const rel = (file: string): string => path.relative(ROOT, file);

interface Step {
  uses?: string;
  run?: string;
  [key: string]: unknown;
}

interface Place {
  where: string;
  step: Step;
}

/** Every step (workflow jobs or a composite action), with a readable location. */
function steps(doc: any): Place[] {
  const out: Place[] = [];
  for (const [job, spec] of Object.entries<any>(doc?.jobs ?? {})) {
    (spec?.steps ?? []).forEach((step: Step, i: number) =>
      out.push({ where: `jobs.${job}.steps[${i}]`, step })
    );
  }
  (doc?.runs?.steps ?? []).forEach((step: Step, i: number) => out.push({ where: `runs.steps[${i}]`, step }));
  return out;
}

/** Job-level `uses:` (reusable workflows). */
function jobUses(doc: any): Array<{ where: string; uses: string }> {
  return Object.entries<any>(doc?.jobs ?? {})
    .filter(([, spec]) => typeof spec?.uses === 'string')
    .map(([job, spec]) => ({ where: `jobs.${job}`, uses: spec.uses as string }));
}

// Values an attacker can choose: workflow/dispatch inputs, the event payload, the head branch name.
const UNTRUSTED =
  /(^|[^\w.])(inputs\s*\.|inputs\s*\[|github\s*\.\s*event\s*(\.|\[)|github\s*\.\s*head_ref\b|github\s*\[\s*'(event|head_ref)')/;
const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
const FULL_SHA = /^[^@\s]+@[0-9a-f]{40}$/;

/** Security findings for one workflow or action.yml; an empty list means it is clean. */
export function securityFindings(file: string, source = fs.readFileSync(file, 'utf8')): string[] {
  const doc = YAML.parse(source);
  const name = rel(file);
  const findings: string[] = [];
  const isWorkflow = doc && typeof doc === 'object' && 'jobs' in doc;

  if (isWorkflow) {
    if (!('permissions' in doc)) findings.push(`${name}: no top-level permissions block`);
    if (doc.permissions === 'write-all') findings.push(`${name}: permissions: write-all`);
    for (const [job, spec] of Object.entries<any>(doc.jobs ?? {})) {
      if (spec?.permissions === 'write-all') findings.push(`${name}: jobs.${job} has permissions: write-all`);
    }
  }

  for (const { where, step } of steps(doc)) {
    if (typeof step.run === 'string') {
      for (const m of step.run.matchAll(EXPRESSION)) {
        if (UNTRUSTED.test(m[1])) {
          findings.push(`${name}: ${where} interpolates \${{${m[1]}}} in run: (pass it through env:)`);
        }
      }
    }
  }

  const uses = [
    ...steps(doc)
      .filter(p => typeof p.step.uses === 'string')
      .map(p => ({ where: p.where, uses: p.step.uses as string })),
    ...jobUses(doc)
  ];
  const lines = source.split(/\r?\n/);
  for (const { where, uses: ref } of uses) {
    if (ref.startsWith('./')) continue;
    if (ref.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(ref))
        findings.push(`${name}: ${where} uses ${ref}, not pinned by digest`);
      continue;
    }
    if (ref.startsWith(OWN_ACTIONS)) {
      // Our own actions follow the major tag (release.yml moves it), see docs/arm64.md.
      if (!/@v\d+$/.test(ref))
        findings.push(`${name}: ${where} uses ${ref}; own actions are referenced at the major tag`);
      continue;
    }
    if (!FULL_SHA.test(ref)) {
      findings.push(`${name}: ${where} uses ${ref}, not pinned by a full commit SHA`);
      continue;
    }
    const line = lines.find(l => l.includes(ref));
    if (!line || !/#\s*v\d+(\.\d+){0,2}\b/.test(line)) {
      findings.push(`${name}: ${where} uses ${ref} without a "# vX.Y.Z" comment`);
    }
  }
  return findings;
}
