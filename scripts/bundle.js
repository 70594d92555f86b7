#!/usr/bin/env node
// Bundles each action (and the CLI) with ncc into dist/<name>/index.js, plus a chunk file
// (<id>.index.js) for each package or module loaded with import(), on first use.
//
//   node scripts/bundle.js                     every bundle, into dist/
//   node scripts/bundle.js --out DIR [NAME...]  into DIR/<name>/ instead (benches build there, not in dist/)
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const entries = [
  ['setup-qemu-buildx', 'actions/setup-qemu-buildx/index.ts'],
  ['build-multiarch', 'actions/build-multiarch/index.ts'],
  ['verify-platforms', 'actions/verify-platforms/index.ts'],
  ['run-arm64-e2e', 'actions/run-arm64-e2e/index.ts'],
  ['build', 'build/index.ts'],
  ['cli', 'actions/cli/index.ts']
];
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? path.resolve(args.splice(outAt, 2)[1]) : path.join(root, 'dist');
for (const [name, entry] of entries) {
  if (!fs.existsSync(path.join(root, entry))) continue;
  if (args.length && !args.includes(name)) continue;
  const out = path.join(outDir, name);
  fs.rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--source-map', '-q'], {
    cwd: root,
    stdio: 'inherit'
  });
  writeLicenses(out);
}

// licenses.txt: every package bundled into the main file or a chunk, found in the source maps
// (ncc's own --license file holds only the last chunk's packages once a bundle has chunks).
function writeLicenses(out) {
  const dirs = new Map();
  for (const f of fs.readdirSync(out).filter(f => f.endsWith('index.js.map')).sort()) {
    for (const source of JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')).sources) {
      const m = /(node_modules\/(?:.*\/node_modules\/)?((?:@[^/]+\/)?[^/]+))\//.exec(source);
      if (m && !dirs.has(m[2])) dirs.set(m[2], path.join(root, m[1]));
    }
  }
  const entries = [...dirs.keys()].sort().map(name => {
    const dir = dirs.get(name);
    const { license } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = fs.readdirSync(dir).find(f => /^licen[cs]e/i.test(f));
    return [name, license?.type ?? license ?? 'UNKNOWN', file ? fs.readFileSync(path.join(dir, file), 'utf8').trim() : ''].join('\n');
  });
  fs.writeFileSync(path.join(out, 'licenses.txt'), entries.join('\n\n') + '\n');
}
