// No import cycle anywhere in the shipped code (docs/design.md, "Folder map"): a cycle makes
// load order matter and hides which module depends on which. Dynamic import() counts too.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { relativeImports, tsFiles } from '../helpers/sources';

const ROOT = path.join(__dirname, '..', '..');

/** Every cycle found by a depth-first walk, each as "a → b → a" relative to `root`. */
export function findCycles(root: string, files: string[]): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of relativeImports(file)) {
      const s = state.get(next);
      if (s === 'open') {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        cycles.push(loop.map(f => path.relative(root, f)).join(' → '));
      } else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

describe('imports form no cycle', () => {
  test('actions/ and build/ have no import cycle', () => {
    const files = [...tsFiles(path.join(ROOT, 'actions')), ...tsFiles(path.join(ROOT, 'build'))];
    expect(files.length).toBeGreaterThan(40);
    expect(findCycles(ROOT, files)).toEqual([]);
  });

  test('a planted cycle is found, through a dynamic import and an index file', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cycles-'));
    try {
      fs.mkdirSync(path.join(tmp, 'cli'));
      fs.writeFileSync(path.join(tmp, 'main.ts'), "export const go = () => import('./cli');\n");
      fs.writeFileSync(path.join(tmp, 'cli', 'index.ts'), "export * from './demo';\n");
      fs.writeFileSync(path.join(tmp, 'cli', 'demo.ts'), "import { go } from '../main';\nexport { go };\n");
      fs.writeFileSync(path.join(tmp, 'leaf.ts'), "import type { go } from './main';\n");
      const files = ['leaf.ts', 'main.ts', 'cli/index.ts', 'cli/demo.ts'].map(f => path.join(tmp, f));
      expect(findCycles(tmp, files)).toEqual(['main.ts → cli/index.ts → cli/demo.ts → main.ts']);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
