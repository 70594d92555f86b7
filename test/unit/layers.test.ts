// The library is laid out as the pipeline (docs/design.md, "Folder map"): a stage folder imports
// only itself and the layers below it. This test reads every import and fails on one that
// crosses the rule, so a new file cannot quietly couple verify to build, or e2e to verify.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tsFiles } from '../helpers/sources';

const LIB = path.join(__dirname, '..', '..', 'actions', 'lib');

/** What each folder of actions/lib may import, besides itself. */
const ALLOWED: Record<string, string[]> = {
  core: [],
  oci: ['core'],
  registry: ['core', 'oci'],
  setup: ['core', 'oci'],
  // A build runs on the builder that setup made (the `all` mode sets both up in one job).
  // Build and verify write proofs, and verify reads them back to skip what was proven.
  build: ['core', 'oci', 'registry', 'setup', 'proof'],
  verify: ['core', 'oci', 'registry', 'proof'],
  e2e: ['core', 'oci', 'registry'],
  proof: ['core', 'oci', 'registry']
};

/** Every relative import of a file, resolved to a path under `lib`. */
function imports(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/(?:from|import|require)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    out.push(path.resolve(path.dirname(file), m[1]));
  }
  return out;
}

function stageOf(lib: string, file: string): string | undefined {
  const rel = path.relative(lib, file);
  if (rel.startsWith('..')) return undefined;
  const first = rel.split(path.sep)[0];
  return first.endsWith('.ts') ? '' : first;
}

/** Imports that break the rule, as "from → to" lines relative to `lib`. */
function violations(lib: string): string[] {
  const bad: string[] = [];
  for (const file of tsFiles(lib)) {
    const from = stageOf(lib, file)!;
    for (const target of imports(file)) {
      const to = stageOf(lib, target);
      if (to === undefined) {
        bad.push(`${path.relative(lib, file)} → ${path.relative(lib, target)} (outside actions/lib)`);
        continue;
      }
      if (to === from) continue;
      const allowed = ALLOWED[from];
      if (!allowed || !allowed.includes(to)) {
        bad.push(`${path.relative(lib, file)} → ${path.relative(lib, target)}`);
      }
    }
  }
  return bad;
}

describe('the library is layered as the pipeline', () => {
  test('every folder of actions/lib is a known stage or layer, and no file sits at the top', () => {
    const entries = fs.readdirSync(LIB, { withFileTypes: true });
    expect(entries.filter(e => !e.isDirectory()).map(e => e.name)).toEqual([]);
    expect(
      entries
        .filter(e => e.isDirectory())
        .map(e => e.name)
        .sort()
    ).toEqual(Object.keys(ALLOWED).sort());
  });

  test('no file imports a stage other than its own, except through the layers below', () => {
    expect(tsFiles(LIB).length).toBeGreaterThan(20);
    expect(violations(LIB)).toEqual([]);
  });

  test('the rule catches a planted cross-stage import', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    try {
      for (const d of ['core', 'verify', 'build']) fs.mkdirSync(path.join(tmp, d));
      fs.writeFileSync(path.join(tmp, 'core', 'errors.ts'), 'export const x = 1;\n');
      fs.writeFileSync(path.join(tmp, 'build', 'merge.ts'), "import { x } from '../core/errors';\n");
      fs.writeFileSync(path.join(tmp, 'verify', 'verify.ts'), "import { merge } from '../build/merge';\n");
      expect(violations(tmp)).toEqual([`verify/verify.ts → build/merge`]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
