#!/usr/bin/env node
// Generates the input/output tables of README.md from every action.yml.
//
//   node scripts/readme-tables.js           print the tables
//   node scripts/readme-tables.js --write   rewrite README.md between the markers
//   node scripts/readme-tables.js --check   exit 1 when README.md differs (drift)
//
// Markers: <!-- inputs:<name> --> ... <!-- /inputs:<name> -->, one pair per action.
const fs = require('fs');
const path = require('path');
const { root, actionFiles, loadAction } = require('./actions-meta');

/** Markdown-safe table cell: pipes and angle brackets escaped, newlines as <br>. */
function cell(text) {
  return text
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

function code(text) {
  return text.includes('`') ? `<code>${text.replace(/</g, '&lt;')}</code>` : `\`${text}\``;
}

function defaultCell(input) {
  if (input.required) return '**required**';
  const lines = input.default.split(/\r?\n/).filter(l => l.trim() !== '');
  if (lines.length === 0) return '';
  return lines.map(l => code(l.trim()).replace(/\|/g, '\\|')).join('<br>');
}

/** The markdown between the markers for one action. */
function renderTables(meta) {
  const out = ['| Input | Default | Description |', '| --- | --- | --- |'];
  for (const i of meta.inputs) out.push(`| \`${i.name}\` | ${defaultCell(i)} | ${cell(i.description)} |`);
  if (meta.outputs.length) {
    out.push('', '| Output | Description |', '| --- | --- |');
    for (const o of meta.outputs) out.push(`| \`${o.name}\` | ${cell(o.description)} |`);
  }
  return out.join('\n');
}

function markers(name) {
  return { open: `<!-- inputs:${name} -->`, close: `<!-- /inputs:${name} -->` };
}

/** A section with empty markers for every action, for a README that has none yet. */
function skeleton(base = root) {
  return actionFiles(base)
    .map(({ name, dir, file }) => {
      const { open, close } = markers(name);
      return `### \`${dir}\`\n\n${loadAction(file).description}\n\n${open}\n${close}\n`;
    })
    .join('\n');
}

/**
 * README text with every marked section regenerated. Problems (a missing or unclosed
 * marker pair) are returned, not thrown, so --check can list them all.
 */
function updateReadme(text, base = root) {
  const problems = [];
  let result = text;
  for (const { name, file } of actionFiles(base)) {
    const { open, close } = markers(name);
    const start = result.indexOf(open);
    const end = result.indexOf(close);
    if (start < 0 || end < 0 || end < start) {
      problems.push(`README.md has no "${open}" ... "${close}" section for ${path.relative(base, file)}`);
      continue;
    }
    const body = `${open}\n${renderTables(loadAction(file))}\n${close}`;
    result = result.slice(0, start) + body + result.slice(end + close.length);
  }
  const known = new Set(actionFiles(base).map(a => a.name));
  for (const m of result.matchAll(/<!-- inputs:([\w.-]+) -->/g)) {
    if (!known.has(m[1])) problems.push(`README.md has a section for "${m[1]}", which has no action.yml`);
  }
  return { text: result, problems };
}

function main(argv) {
  const readme = path.join(root, 'README.md');
  const mode = argv[0] || '--print';
  if (mode === '--print') {
    for (const { name, file } of actionFiles()) process.stdout.write(`## ${name}\n\n${renderTables(loadAction(file))}\n\n`);
    return 0;
  }
  if (mode !== '--write' && mode !== '--check') {
    process.stderr.write('usage: readme-tables.js [--write | --check]\n');
    return 2;
  }
  const current = fs.readFileSync(readme, 'utf8');
  const { text, problems } = updateReadme(current);
  for (const p of problems) process.stderr.write(`readme-tables: ${p}\n`);
  if (mode === '--write') {
    if (text !== current) fs.writeFileSync(readme, text);
    return problems.length ? 1 : 0;
  }
  if (text !== current) {
    process.stderr.write('readme-tables: README.md tables differ from action.yml; run "node scripts/readme-tables.js --write"\n');
    return 1;
  }
  return problems.length ? 1 : 0;
}

module.exports = { renderTables, updateReadme, skeleton, markers };

if (require.main === module) process.exit(main(process.argv.slice(2)));
