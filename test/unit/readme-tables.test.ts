// README.md's input/output tables must match every action.yml (scripts/readme-tables.js).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';

interface Tables {
  renderTables(meta: unknown): string;
  updateReadme(text: string, base?: string): { text: string; problems: string[] };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tables = require('../../scripts/readme-tables.js') as Tables;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const meta = require('../../scripts/actions-meta.js') as {
  actionFiles(base?: string): Array<{ name: string; dir: string; file: string }>;
  loadAction(file: string): { inputs: Array<{ name: string; description: string }>; outputs: unknown[] };
};

const root = path.join(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** A copy of every action.yml in a temp tree, so a test can change one. */
function copyActions(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-tables-'));
  for (const a of meta.actionFiles()) {
    fs.mkdirSync(path.join(dir, a.dir), { recursive: true });
    fs.copyFileSync(a.file, path.join(dir, a.dir, 'action.yml'));
  }
  return dir;
}

describe('README tables', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach(d => fs.rmSync(d, { recursive: true, force: true })));

  test('README.md matches every action.yml', () => {
    const { text, problems } = tables.updateReadme(readme);
    expect(problems).toEqual([]);
    expect(text).toBe(readme);
  });

  test.each(meta.actionFiles().map(a => [a.name, a.file]))(
    'every input and output of %s is in the README',
    (name, file) => {
      const start = readme.indexOf(`<!-- inputs:${name} -->`);
      const end = readme.indexOf(`<!-- /inputs:${name} -->`);
      expect(start).toBeGreaterThanOrEqual(0);
      const section = readme.slice(start, end);
      const action = meta.loadAction(file);
      // One row per input and output, nothing else.
      expect(section.match(/^\| `[a-z0-9-]+` \|/gm)?.length).toBe(
        action.inputs.length + action.outputs.length
      );
      for (const i of action.inputs) expect(section).toContain(`| \`${i.name}\` |`);
    }
  );

  test('a changed description is reported as drift', () => {
    const base = copyActions();
    temps.push(base);
    const file = path.join(base, 'actions', 'verify-platforms', 'action.yml');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('How many images are checked at once', 'Parallel checks')
    );
    const { text } = tables.updateReadme(readme, base);
    expect(text).not.toBe(readme);
    expect(text).toContain('| `concurrency` | `32` | Parallel checks |');
  });

  test('a new input is reported as drift, a removed section as a problem', () => {
    const base = copyActions();
    temps.push(base);
    const file = path.join(base, 'build', 'action.yml');
    const doc = fs
      .readFileSync(file, 'utf8')
      .replace('inputs:\n', "inputs:\n  extra:\n    description: 'New'\n    default: 'x'\n");
    fs.writeFileSync(file, doc);
    expect(tables.updateReadme(readme, base).text).toContain('| `extra` | `x` | New |');
    const without = readme.replace('<!-- inputs:build -->', '');
    expect(tables.updateReadme(without).problems.join('\n')).toMatch(/no "<!-- inputs:build -->"/);
  });

  test('pipes, angle brackets and multi-line defaults are escaped', () => {
    const md = tables.renderTables({
      inputs: [{ name: 'x', description: 'a|b <c>', required: false, default: 'l1\nl2' }],
      outputs: []
    });
    expect(md).toContain('| `x` | `l1`<br>`l2` | a\\|b &lt;c&gt; |');
  });

  test('--check exits 1 on drift and 0 when in sync', () => {
    const script = path.join(root, 'scripts', 'readme-tables.js');
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
    const bad = readme.replace('| `deep` |', '| `deeep` |');
    expect(tables.updateReadme(bad).text).not.toBe(bad);
  });
});
