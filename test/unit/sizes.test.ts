// Hand-written code stays in short units: no function over 80 lines, no file over 400 (generated
// files and tests aside). Lengths come from the TypeScript parser, so comments before a function
// do not count and a function inside another counts on its own too.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { handWritten } from '../helpers/sources';
import { ROOT } from './workflow-files';

const MAX_FUNCTION_LINES = 80;
const MAX_FILE_LINES = 400;

// Units allowed over the limit, `file:name` → why. Keep it empty unless splitting would hurt
// reading (a data table, a byte layout). None today: the probe byte tables are data, not functions.
const FUNCTION_EXCEPTIONS: Record<string, string> = {};
const FILE_EXCEPTIONS: Record<string, string> = {};

interface Unit {
  name: string;
  lines: number;
}

function unitName(node: ts.Node, sf: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(sf);
  // An arrow or function expression takes the name it is assigned to.
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)))
    return parent.name.getText(sf);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  return `(anonymous, line ${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1})`;
}

/** Every function with a body in `source`, with its length in lines from its first token to its end. */
function functionLengths(file: string, source: string): Unit[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const units: Unit[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      units.push({ name: unitName(node, sf), lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return units;
}

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');
const fileLines = (f: string) => fs.readFileSync(f, 'utf8').trimEnd().split('\n').length;

describe('unit sizes in hand-written code', () => {
  const files = handWritten(ROOT);

  test('finds the sources it measures', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some(f => f.endsWith('.generated.ts'))).toBe(false);
    expect(files.some(f => rel(f).startsWith('build/'))).toBe(true);
  });

  test(`no function is over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files.flatMap(f =>
      functionLengths(f, fs.readFileSync(f, 'utf8'))
        .filter(u => u.lines > MAX_FUNCTION_LINES && !FUNCTION_EXCEPTIONS[`${rel(f)}:${u.name}`])
        .map(u => `${rel(f)}: ${u.name} has ${u.lines} lines`)
    );
    expect(long).toEqual([]);
  });

  test(`no file is over ${MAX_FILE_LINES} lines`, () => {
    const long = files
      .map(f => ({ f: rel(f), lines: fileLines(f) }))
      .filter(x => x.lines > MAX_FILE_LINES && !FILE_EXCEPTIONS[x.f])
      .map(x => `${x.f} has ${x.lines} lines`);
    expect(long).toEqual([]);
  });

  test('every exception still names a unit over the limit, so the list only shrinks', () => {
    const stale = Object.keys(FUNCTION_EXCEPTIONS).filter(key => {
      const [file, name] = key.split(':');
      const full = path.join(ROOT, file);
      if (!fs.existsSync(full)) return true;
      const u = functionLengths(full, fs.readFileSync(full, 'utf8')).find(x => x.name === name);
      return !u || u.lines <= MAX_FUNCTION_LINES;
    });
    stale.push(
      ...Object.keys(FILE_EXCEPTIONS).filter(f => {
        const full = path.join(ROOT, f);
        return !fs.existsSync(full) || fileLines(full) <= MAX_FILE_LINES;
      })
    );
    expect(stale).toEqual([]);
  });

  test('measures a planted long function, method and arrow, and not the comment above one', () => {
    const body = Array.from({ length: 85 }, (_, i) => `  x += ${i};`).join('\n');
    const source = [
      '/**',
      ' * A comment that does not count.',
      ' */',
      `export function planted(): number {\n  let x = 0;\n${body}\n  return x;\n}`,
      `class C {\n  method(): void {\n    let x = 0;\n${body}\n  }\n}`,
      `const arrow = () => {\n  let x = 0;\n${body}\n};`,
      'const short = () => 1;'
    ].join('\n');
    const units = functionLengths('planted.ts', source);
    expect(units.find(u => u.name === 'planted')?.lines).toBe(89);
    expect(units.find(u => u.name === 'method')?.lines).toBe(88);
    expect(units.find(u => u.name === 'arrow')?.lines).toBe(88);
    expect(units.find(u => u.name === 'short')?.lines).toBe(1);
  });
});
