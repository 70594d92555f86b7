#!/usr/bin/env node
// Runs a TypeScript file (benchmarks, scripts) by transpiling each module on load.
const ts = require('typescript');
const fs = require('fs');
require.extensions['.ts'] = (module, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: filename
  });
  module._compile(out.outputText, filename);
};
const file = process.argv[2];
if (!file) {
  console.error('usage: run-ts.js FILE.ts [args]');
  process.exit(2);
}
process.argv.splice(1, 1);
require(require('path').resolve(file));
