#!/usr/bin/env node
// Writes the description and default of each multiarch.yml input that is also an input of the
// action it reaches (build-multiarch, verify-platforms), in workflow_call and workflow_dispatch
// alike, from that action's action.yml, so that the two cannot drift. The rest of the workflow
// is kept as written.
//
//   node scripts/gen-workflow-inputs.js                  rewrite .github/workflows/multiarch.yml
//   node scripts/gen-workflow-inputs.js --check [FILE]   exit 1 when it (or FILE) is stale
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const { root, loadAction, runGenerator } = require('./actions-meta');

const target = path.join(root, '.github', 'workflows', 'multiarch.yml');

/** Workflow input → the action whose input of the same name it is handed to. */
const SHARED = {
  context: 'build-multiarch',
  file: 'build-multiarch',
  target: 'build-multiarch',
  'build-args': 'build-multiarch',
  cache: 'build-multiarch',
  command: 'build-multiarch',
  values: 'verify-platforms',
  set: 'verify-platforms'
};

const quote = v => `'${String(v).replace(/'/g, "''")}'`;

/**
 * multiarch.yml with each shared input's description and default copied from its action. Edited
 * as lines (the inputs of `on.<trigger>.inputs` sit at a fixed indent), so that the rest of the
 * file keeps its exact text.
 */
function generate(text = fs.readFileSync(target, 'utf8')) {
  const specs = {};
  for (const action of new Set(Object.values(SHARED))) {
    specs[action] = loadAction(path.join(root, 'actions', action, 'action.yml')).inputs;
  }
  const parsed = YAML.parse(text);
  const lines = text.split('\n');
  let trigger = '';
  let input = '';
  const seen = new Set();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.match(/^ {2}(workflow_call|workflow_dispatch):/);
    if (t) trigger = t[1];
    else if (/^ {0,2}\S/.test(line)) trigger = '';
    const n = trigger && line.match(/^ {6}([\w-]+):\s*$/);
    if (n) input = n[1];
    if (!trigger || !(input in SHARED)) continue;
    const spec = specs[SHARED[input]].find(x => x.name === input);
    if (!spec) throw new Error(`${SHARED[input]} has no input ${input}`);
    const type = parsed.on[trigger].inputs[input].type;
    if (/^ {8}description:/.test(line)) {
      lines[i] = `        description: ${quote(spec.description)}`;
      seen.add(`${trigger}.${input}`);
    } else if (/^ {8}default:/.test(line) && type === 'string')
      lines[i] = `        default: ${quote(spec.default)}`;
  }
  for (const tr of ['workflow_call', 'workflow_dispatch'])
    for (const name of Object.keys(SHARED))
      if (!seen.has(`${tr}.${name}`))
        throw new Error(`multiarch.yml ${tr} has no input ${name} with a description`);
  return lines.join('\n');
}

module.exports = { generate, target, SHARED };

if (require.main === module) runGenerator('gen-workflow-inputs', generate, target);
