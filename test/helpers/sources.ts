// The repository's TypeScript sources as the import-graph tests read them.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Every .ts file below `dir` (no .d.ts). */
export function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The hand-written .ts files of the actions: under actions/ and build/, generated ones left out. */
export function handWritten(root: string): string[] {
  return [...tsFiles(path.join(root, 'actions')), ...tsFiles(path.join(root, 'build'))].filter(
    f => !f.endsWith('.generated.ts')
  );
}

/** The .ts files `file` imports by relative path: static, dynamic, require and export-from. */
export function relativeImports(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/(?:from|import|require)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = path.resolve(path.dirname(file), m[1]);
    const hit = [`${base}.ts`, path.join(base, 'index.ts')].find(f => fs.existsSync(f));
    if (hit) out.push(hit);
  }
  return out;
}
