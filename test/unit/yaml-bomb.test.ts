// A YAML alias bomb ("billion laughs", about 1 KB) is refused as go-yaml v2 (kubectl) refuses it,
// "excessive aliasing", in milliseconds: a warning at its file:line, and the other documents of
// the file are still scanned. Aliases within go-yaml's share are resolved as before.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scanManifests } from '../../actions/lib/verify/scan/manifest';
import { parseYamlText } from '../../actions/lib/verify/scan/yaml';

/** `depth` levels of nine aliases each to the level below: 9^depth nodes once expanded. */
function bomb(depth: number): string {
  const levels = ['  l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= depth; i++)
    levels.push(
      `  l${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(',')}]`
    );
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n${levels.join('\n')}\n`;
}

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: ok\nspec:\n  containers:\n  - name: c\n    image: busybox:1.36\n';

test.each([8, 12, 30])('a bomb %d levels deep is skipped with a warning, in well under a second', depth => {
  const started = Date.now();
  const r = parseYamlText(`${POD}---\n${bomb(depth)}`, 'bomb.yaml');
  expect(Date.now() - started).toBeLessThan(1000);
  expect(r.warnings).toEqual([
    { file: 'bomb.yaml', line: 10, message: 'excessive aliasing (as kubectl says), document skipped' }
  ]);
  expect(r.docs).toHaveLength(1);
});

test('the scan goes on with the other documents of the file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-bomb-'));
  try {
    fs.writeFileSync(path.join(dir, 'all.yaml'), `${bomb(9)}---\n${POD}`);
    const r = scanManifests(['all.yaml'], { cwd: dir });
    expect(r.images.map(i => `${i.reference} ${i.source.file}:${i.source.line}`)).toEqual([
      'busybox:1.36 all.yaml:24'
    ]);
    expect(r.warnings.map(w => `${w.file}:${w.line} ${w.message}`)).toEqual([
      'all.yaml:1 excessive aliasing (as kubectl says), document skipped'
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a few aliases, as charts use them, are resolved', () => {
  const text = 'kind: Pod\nspec:\n  containers:\n  - &c {name: a, image: "busybox:1.36"}\n  - *c\n  - *c\n';
  const r = parseYamlText(text, 'ok.yaml');
  expect(r.warnings).toEqual([]);
  expect(r.docs).toHaveLength(1);
});
