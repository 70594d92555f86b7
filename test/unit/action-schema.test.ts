// Every action.yml: our own checks (main exists, kebab names, descriptions), the inputs the
// code reads must be declared, and every boolean the code reads must have a default. GitHub's
// own parser checks the schema in workflow-parser.test.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { actionFiles, rel, ROOT } from './workflow-files';

const USING = ['node20', 'node24', 'composite', 'docker'];
const BOOLEAN = /^(true|false)$/;

export function schemaProblems(file: string, source = fs.readFileSync(file, 'utf8')): string[] {
  const doc = YAML.parse(source) ?? {};
  const dir = path.dirname(file);
  const problems: string[] = [];
  for (const key of ['name', 'description', 'runs']) if (!doc[key]) problems.push(`missing ${key}`);
  const runs = doc.runs ?? {};
  if (!USING.includes(runs.using))
    problems.push(`runs.using "${runs.using}" is not one of ${USING.join(', ')}`);
  if (/^node/.test(runs.using ?? '')) {
    for (const key of ['main', 'pre', 'post']) {
      if (key !== 'main' && runs[key] === undefined) continue;
      if (typeof runs[key] !== 'string') problems.push(`runs.${key} missing`);
      else if (!fs.existsSync(path.join(dir, runs[key])))
        problems.push(`runs.${key} ${runs[key]} does not exist`);
    }
  }
  if (runs.using === 'composite' && !Array.isArray(runs.steps))
    problems.push('composite action without runs.steps');
  for (const [name, spec] of Object.entries<any>(doc.inputs ?? {})) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) problems.push(`input ${name}: use lower-case kebab names`);
    if (!spec?.description) problems.push(`input ${name} has no description`);
    if (spec?.required === true && spec.default !== undefined && spec.default !== '') {
      problems.push(`input ${name} is required and has a default`);
    }
  }
  for (const [name, spec] of Object.entries<any>(doc.outputs ?? {})) {
    if (!spec?.description) problems.push(`output ${name} has no description`);
  }
  return problems;
}

/** Inputs that look boolean (a true/false default, or read with getBool) but lack a true/false default. */
export function booleansWithoutDefault(inputs: Record<string, any>, readAsBoolean: Set<string>): string[] {
  return Object.entries(inputs)
    .filter(([name, spec]) => readAsBoolean.has(name) || BOOLEAN.test(String(spec?.default ?? '')))
    .filter(([, spec]) => !BOOLEAN.test(String(spec?.default ?? '')))
    .map(([name]) => name);
}

/** Inputs the action's code reads through its spec (getBool(IN.x), getString(IN['x-y']), ...). */
function inputsReadByCode(actionYml: string): { all: Set<string>; booleans: Set<string> } {
  const dir = path.dirname(actionYml);
  const all = new Set<string>();
  const booleans = new Set<string>();
  const files = fs
    .readdirSync(dir)
    .filter(x => x.endsWith('.ts'))
    .map(f => path.join(dir, f));
  // build and build-multiarch read their shared inputs in one place.
  if (['build', 'build-multiarch'].includes(path.basename(dir)))
    files.push(path.join(ROOT, 'actions', 'lib', 'build', 'inputs.ts'));
  for (const f of files) {
    const src = fs.readFileSync(f, 'utf8');
    for (const m of src.matchAll(
      /\b(getBool|getChoice|getInt|getString|getList|getLines)\(\s*IN(?:\.([a-zA-Z]+)|\['([a-z0-9-]+)'\])/g
    )) {
      const name = m[2] ?? m[3];
      all.add(name);
      if (m[1] === 'getBool') booleans.add(name);
    }
  }
  return { all, booleans };
}

describe('action.yml schema', () => {
  test.each(actionFiles().map(f => [rel(f), f]))('%s passes our schema check', (_n, file) => {
    expect(schemaProblems(file)).toEqual([]);
  });

  test.each(actionFiles().map(f => [rel(f), f]))('%s: every boolean input has a default', (_n, file) => {
    const doc = YAML.parse(fs.readFileSync(file, 'utf8'));
    const { all, booleans } = inputsReadByCode(file);
    expect(all).toContain('summary');
    expect(booleansWithoutDefault(doc.inputs ?? {}, booleans)).toEqual([]);
    // What the code reads must be declared (a typo would silently read '').
    for (const name of all) expect([name, name in (doc.inputs ?? {})]).toEqual([name, true]);
  });

  test.each([
    ['no name', 'description: d\nruns:\n  using: node24\n  main: action.yml\n', /missing name/],
    [
      'bad using',
      'name: n\ndescription: d\nruns:\n  using: node12\n  main: action.yml\n',
      /runs.using "node12"/
    ],
    [
      'missing main',
      'name: n\ndescription: d\nruns:\n  using: node24\n  main: nope.js\n',
      /runs.main nope.js does not exist/
    ],
    [
      'input without description',
      "name: n\ndescription: d\ninputs:\n  x:\n    default: 'a'\nruns:\n  using: composite\n  steps: []\n",
      /input x has no description/
    ]
  ])('our schema rejects %s', (_n, source, expected) => {
    const file = path.join(__dirname, 'action.yml');
    expect(schemaProblems(file, source).join('\n')).toMatch(expected);
  });

  test('a boolean read by the code without a true/false default is caught', () => {
    const doc = YAML.parse(
      "inputs:\n  push:\n    description: 'Push'\n  deep:\n    description: 'Deep'\n    default: 'false'\n  tag:\n    description: 'Tag'\n"
    );
    expect(booleansWithoutDefault(doc.inputs, new Set(['push', 'deep']))).toEqual(['push']);
  });
});
