// Reads every action.yml of this repository: the single source for the README tables
// (scripts/readme-tables.js) and the CLI flags (scripts/gen-cli-inputs.js).
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const root = path.join(__dirname, '..');

/** [{ name, dir, file }] for actions/<name>/action.yml and build/action.yml, sorted by name. */
function actionFiles(base = root) {
  const found = [];
  const actionsDir = path.join(base, 'actions');
  for (const entry of fs.readdirSync(actionsDir, { withFileTypes: true })) {
    const file = path.join(actionsDir, entry.name, 'action.yml');
    if (entry.isDirectory() && fs.existsSync(file)) found.push({ name: entry.name, dir: `actions/${entry.name}`, file });
  }
  const one = path.join(base, 'build', 'action.yml');
  if (fs.existsSync(one)) found.push({ name: 'build', dir: 'build', file: one });
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** The parsed metadata with inputs and outputs as ordered arrays. */
function loadAction(file) {
  const doc = YAML.parse(fs.readFileSync(file, 'utf8'));
  const inputs = Object.entries(doc.inputs || {}).map(([name, spec]) => ({
    name,
    description: String((spec && spec.description) || ''),
    required: Boolean(spec && spec.required),
    default: spec && spec.default !== undefined ? String(spec.default) : ''
  }));
  const outputs = Object.entries(doc.outputs || {}).map(([name, spec]) => ({
    name,
    description: String((spec && spec.description) || '')
  }));
  return { name: doc.name, description: doc.description, inputs, outputs, runs: doc.runs };
}

/**
 * Runs a generator script: writes `target`, or with `--check [FILE]` exits 1 when it (or FILE) is stale.
 */
function runGenerator(name, generate, target) {
  const main = async argv => {
    const text = await generate();
    if (argv[0] !== '--check') {
      fs.writeFileSync(target, text);
      return 0;
    }
    const file = argv[1] || target;
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current === text) return 0;
    process.stderr.write(`${name}: ${path.relative(root, file)} is stale; run "node scripts/${name}.js"\n`);
    return 1;
  };
  main(process.argv.slice(2)).then(
    code => process.exit(code),
    err => {
      process.stderr.write(`${name}: ${err.stack || err}\n`);
      process.exit(1);
    }
  );
}

module.exports = { root, actionFiles, loadAction, runGenerator };
