// Finds action input names written out as strings in code, where they should come from the
// generated specs (IN.x.name): input labels passed to parsers and scanners, CLI flag lists, and
// input names quoted in messages ("chart", `overwrite: true`, `mode "tag"`, `the tags input`).
import * as ts from 'typescript';

const LABEL_PARAM = /^input(Name)?$/;

export interface Source {
  file: string;
  text: string;
}

function parse(s: Source): ts.SourceFile {
  return ts.createSourceFile(s.file, s.text, ts.ScriptTarget.Latest, true);
}

function paramsOf(node: ts.Node): ts.NodeArray<ts.ParameterDeclaration> | undefined {
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) return node.parameters;
  if (ts.isVariableDeclaration(node) && node.initializer) {
    const init = node.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init.parameters;
  }
  return undefined;
}

/** Function name → the positions of its input-label parameters (`input`, `inputName`). */
export function labelParameters(sources: Source[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const s of sources) {
    const visit = (node: ts.Node): void => {
      const params = paramsOf(node);
      const name = (node as ts.Node & { name?: ts.Node }).name;
      if (params && name && ts.isIdentifier(name)) {
        const at = params.flatMap((p, i) => (LABEL_PARAM.test(p.name.getText()) ? [i] : []));
        if (at.length) out.set(name.text, [...new Set([...(out.get(name.text) ?? []), ...at])]);
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(s));
  }
  return out;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** Why a literal equal to an input name sits where an input name belongs, or undefined. */
function labelPosition(lit: ts.StringLiteralLike, labels: Map<string, number[]>): string | undefined {
  const parent = lit.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments) {
    const at = parent.arguments.indexOf(lit as ts.Expression);
    const name = calleeName(parent);
    if (at >= 0 && name && labels.get(name)?.includes(at)) return `label argument of ${name}()`;
  }
  if (ts.isParameter(parent) && LABEL_PARAM.test(parent.name.getText())) return 'label default';
  if (
    ts.isBinaryExpression(parent) &&
    parent.right === lit &&
    [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(parent.operatorToken.kind) &&
    /\binput(Name)?$/.test(parent.left.getText())
  )
    return 'label fallback';
  if (ts.isPropertyAssignment(parent) && /^(input|positional)$/.test(parent.name.getText()))
    return `${parent.name.getText()}:`;
  const grand = parent.parent;
  if (ts.isArrayLiteralExpression(parent) && grand && ts.isPropertyAssignment(grand))
    if (/^(flags|outputs)$/.test(grand.name.getText())) return `${grand.name.getText()}: [...]`;
  return undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ways prose names an input: quoted (unless the word is also a choice value, as `"command"`
 * is), with a value (`overwrite: true`, `mode "tag"`), or as `the tags input`, `inputs images`.
 */
function prosePatterns(name: string, values: string[], choiceWords: Set<string>): RegExp[] {
  const n = escape(name);
  const v = ['true', 'false', ...values].map(escape).join('|');
  return [
    ...(name.includes('-') ? [new RegExp(`(^|[^\\w-])${n}($|[^\\w-])`)] : []),
    ...(choiceWords.has(name) ? [] : [new RegExp(`"${n}"`)]),
    new RegExp(`(^|[\\s(])${n}(: | ")(${v})\\b`),
    new RegExp(`\\bthe ${n} input\\b`),
    new RegExp(`\\binputs ${n}\\b`)
  ];
}

/** `file:line: text` for every input name written out in `sources`; `inputs` maps each name to its choices. */
export function literalInputNames(
  sources: Source[],
  inputs: Map<string, string[]>,
  labels: Map<string, number[]>
): string[] {
  const names = new Set(inputs.keys());
  const choiceWords = new Set([...inputs.values()].flat());
  const prose = [...inputs].map(([n, values]) => ({ n, res: prosePatterns(n, values, choiceWords) }));
  const found: string[] = [];
  for (const s of sources) {
    const sf = parse(s);
    const report = (node: ts.Node, why: string) =>
      found.push(`${s.file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${why}`);
    const visit = (node: ts.Node): void => {
      const isText =
        ts.isStringLiteralLike(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node);
      const parent = node.parent;
      const skipped =
        !parent ||
        ts.isImportDeclaration(parent) ||
        ts.isExportDeclaration(parent) ||
        ts.isExternalModuleReference(parent) ||
        ts.isLiteralTypeNode(parent) ||
        (ts.isElementAccessExpression(parent) && parent.argumentExpression === node);
      if (isText && !skipped) {
        const text = (node as ts.LiteralLikeNode).text;
        if (names.has(text) && ts.isStringLiteralLike(node)) {
          const why =
            labelPosition(node, labels) ?? (text.includes('-') ? 'a hyphenated input name' : undefined);
          if (why) report(node, `"${text}" (${why})`);
        } else {
          for (const { n, res } of prose)
            if (res.some(re => re.test(text))) report(node, `${n} in "${text}"`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** `file:line` of each call to one of `fns` that leaves out its label (the parameter at `at`). */
export function callsWithoutLabel(sources: Source[], labels: Map<string, number[]>, fns: string[]): string[] {
  const found: string[] = [];
  for (const s of sources) {
    const sf = parse(s);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const name = calleeName(node);
        const at = name && fns.includes(name) ? labels.get(name) : undefined;
        if (at && at.some(i => node.arguments.length <= i))
          found.push(`${s.file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${name}()`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** `file:line: value` for every string literal in `sources` that equals one of `values`. */
export function literalValues(sources: Source[], values: string[]): string[] {
  const wanted = new Set(values);
  const found: string[] = [];
  for (const s of sources) {
    const sf = parse(s);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node) && wanted.has(node.text) && !ts.isLiteralTypeNode(node.parent))
        found.push(`${s.file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${node.text}`);
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}
