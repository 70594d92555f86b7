// The committed bundles work from a checkout: every chunk file a bundle loads on first use is
// there, and licenses.txt names every package bundled into the main file or any chunk.
import * as fs from 'node:fs';
import * as path from 'node:path';

const DIST = path.join(__dirname, '..', '..', 'dist');
const names = fs.readdirSync(DIST).filter(n => fs.existsSync(path.join(DIST, n, 'index.js')));

function bundledPackages(dir: string): Set<string> {
  const found = new Set<string>();
  for (const f of fs.readdirSync(dir).filter(f => f.endsWith('index.js.map'))) {
    const { sources } = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { sources: string[] };
    for (const s of sources) {
      const m = /node_modules\/(?:.*\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(s);
      if (m) found.add(m[1]);
    }
  }
  return found;
}

test('dist holds the bundles', () => {
  expect(names).toEqual(expect.arrayContaining(['build-multiarch', 'verify-platforms', 'cli']));
});

test.each(names)('dist/%s: every chunk file the bundle loads is there', name => {
  const dir = path.join(DIST, name);
  const js = fs.readdirSync(dir).filter(f => f.endsWith('.js'));
  const wanted = new Set<string>();
  for (const f of js)
    for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/__nccwpck_require__\.e\((\d+)\)/g))
      wanted.add(`${m[1]}.index.js`);
  expect([...wanted].filter(f => !js.includes(f))).toEqual([]);
});

test.each(names)('dist/%s: licenses.txt names every bundled package', name => {
  const dir = path.join(DIST, name);
  const lines = new Set(fs.readFileSync(path.join(dir, 'licenses.txt'), 'utf8').split('\n'));
  const packages = bundledPackages(dir);
  // Every bundle holds the toolkit, so the list is read from the real bundle.
  expect(packages).toContain('@actions/core');
  expect([...packages].filter(p => !lines.has(p))).toEqual([]);
});
