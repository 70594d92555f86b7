// One source for every input: specs.generated.ts and build/action.yml's shared inputs are
// generated from the action.yml files, and hand-written code names no input or output itself.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { BUILD, BUILD_MULTIARCH } from '../../actions/lib/core/specs.generated';
import { ROOT } from './workflow-files';
import { handWritten } from '../helpers/sources';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const buildGen = require('../../scripts/gen-build-action.js') as {
  generate(build?: string, multi?: string, setup?: string): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const specGen = require('../../scripts/gen-specs.js') as { choicesOf(d: string): string[] | undefined };

const read = (...p: string[]): string => fs.readFileSync(path.join(ROOT, ...p), 'utf8');

/** Runs a generator's --check in a child (prettier needs real dynamic import, not jest's vm). */
function check(script: string, file?: string): { status: number | null; stderr: string } {
  const res = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts', script), '--check', ...(file ? [file] : [])],
    {
      encoding: 'utf8'
    }
  );
  return { status: res.status, stderr: res.stderr };
}

function tempCopy(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specs-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('specs.generated.ts', () => {
  test('is up to date with every action.yml, and a stale copy is caught', () => {
    expect(check('gen-specs.js')).toEqual({ status: 0, stderr: '' });
    const stale = tempCopy(
      'specs.generated.ts',
      read('actions/lib/core/specs.generated.ts').replace("'32'", "'33'")
    );
    expect(check('gen-specs.js', stale).status).toBe(1);
  });

  test('choices are the backquoted words of a description', () => {
    expect(specGen.choicesOf('`auto` (gha on GitHub), `gha`, or `none`')).toEqual(['auto', 'gha', 'none']);
    expect(specGen.choicesOf('Build context')).toBeUndefined();
    expect(BUILD_MULTIARCH.inputs.cache.choices).toEqual(['auto', 'gha', 'registry', 'none']);
  });

  test('a choice default outside its choices stops the generator', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specs-bad-'));
    fs.mkdirSync(path.join(dir, 'actions', 'x'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'actions', 'x', 'action.yml'),
      "name: x\ndescription: x\ninputs:\n  level:\n    description: '`a` or `b`'\n    default: 'c'\nruns:\n  using: node24\n  main: x.js\n"
    );
    const script = `require(${JSON.stringify(path.join(ROOT, 'scripts', 'gen-specs.js'))}).generate(${JSON.stringify(dir)}).catch(e => { console.error(e.message); process.exit(3); })`;
    const res = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(res.status).toBe(3);
    expect(res.stderr).toContain('input level: default "c" is not one of a, b');
  });
});

describe('build/action.yml shares build-multiarch inputs', () => {
  test('is up to date, and a drifted description is caught', () => {
    expect(check('gen-build-action.js')).toEqual({ status: 0, stderr: '' });
    const drifted = read('build/action.yml').replace(
      'Lines of NAME=value image labels, added to the OCI labels from the git context',
      'Lines of NAME=value image labels'
    );
    expect(drifted).not.toBe(read('build/action.yml'));
    expect(check('gen-build-action.js', tempCopy('action.yml', drifted)).status).toBe(1);
  });

  test("every build-multiarch input but mode, runner-map and the tag mode's own is in build, with the same default", () => {
    const multi = YAML.parse(read('actions/build-multiarch/action.yml')).inputs;
    const build = YAML.parse(read('build/action.yml')).inputs;
    // build tags in-process, so the tag mode's digest and checks are not its inputs.
    expect(build.digest).toBeUndefined();
    expect(build.checks).toBeUndefined();
    const own = ['mode', 'runner-map', 'image', 'digest', 'checks'];
    for (const name of Object.keys(multi).filter(n => !own.includes(n))) {
      expect([name, build[name]]).toEqual([name, multi[name]]);
    }
    expect(BUILD.inputs.push.default).toBe('true');
    expect(BUILD.inputs.image.required).toBe(true);
  });

  test('a new build-multiarch input reaches build', () => {
    const multi = read('actions/build-multiarch/action.yml').replace(
      '  summary:\n',
      "  new-one:\n    description: 'New'\n    required: false\n    default: 'x'\n  summary:\n"
    );
    const out = YAML.parse(
      buildGen.generate(read('build/action.yml'), multi, read('actions/setup-qemu-buildx/action.yml'))
    );
    expect(out.inputs['new-one']).toEqual({ description: 'New', required: false, default: 'x' });
    expect(out.inputs.mode.default).toBe('all');
  });
});

describe('hand-written code', () => {
  const files = handWritten(ROOT);

  test('reads, checks or blames no input and sets no output by a literal name', () => {
    const literal =
      /\b(getBool|getChoice|getInt|getString|getList|getLines|getInput|getBooleanInput|getMultilineInput|setOutput|badInput|readPath|writePath|withPathErrors|readInputFile|writeInputFile)\(\s*['"`]/;
    const found = files.flatMap(f =>
      read(path.relative(ROOT, f))
        .split('\n')
        .map((line, i) => `${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`)
        .filter(line => literal.test(line))
    );
    expect(found).toEqual([]);
  });

  test('keeps no copy of an action.yml default', () => {
    const copies = files.filter(f =>
      /kept equal to action\.yml|same defaults as action\.yml/i.test(read(path.relative(ROOT, f)))
    );
    expect(copies).toEqual([]);
    const platformDefault = files.filter(f =>
      read(path.relative(ROOT, f)).includes("'linux/amd64', 'linux/arm64'")
    );
    expect(platformDefault).toEqual([]);
  });
});
