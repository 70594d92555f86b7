// One source for every input: specs.generated.ts and build/action.yml's shared inputs are
// generated from the action.yml files, and hand-written code names no input or output itself.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import * as SPECS from '../../actions/lib/core/specs.generated';
import { BUILD, BUILD_MULTIARCH } from '../../actions/lib/core/specs.generated';
import { ROOT } from './workflow-files';
import { handWritten } from '../helpers/sources';
import {
  callsWithoutLabel,
  labelParameters,
  literalInputNames,
  literalValues,
  Source
} from '../helpers/input-names';
import { SUPPORTED_PLATFORMS } from '../../actions/lib/oci/platform';

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
    // build tags in-process, so the tag mode's digest, checks and proof trust are not its inputs.
    const trust = ['proof', 'proof-key', 'proof-identity', 'proof-issuer', 'proof-trusted-root'];
    for (const name of ['digest', 'checks', ...trust]) expect(build[name]).toBeUndefined();
    // The signing inputs are in both, each described for what signs there.
    const signing = ['signing-key', 'signing-key-password', 'github-token'];
    for (const name of signing) expect([name, build[name].default]).toEqual([name, multi[name].default]);
    const own = ['mode', 'runner-map', 'image', 'digest', 'checks', ...trust, ...signing];
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
  // Every input name of every action, with its choices (a name is written out with its values).
  const inputNames = new Map<string, string[]>();
  for (const spec of Object.values(SPECS) as Array<{
    inputs: Record<string, { choices?: readonly string[] }>;
  }>)
    for (const [name, i] of Object.entries(spec.inputs))
      inputNames.set(name, [...new Set([...(inputNames.get(name) ?? []), ...(i.choices ?? [])])]);

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

  test('writes out no input name: labels, CLI flags and messages take it from the specs', () => {
    const sources: Source[] = files.map(f => ({
      file: path.relative(ROOT, f),
      text: read(path.relative(ROOT, f))
    }));
    const labels = labelParameters(sources);
    // The parsers and scanners that take an input label are found, so their callers are checked.
    for (const fn of ['parsePlatform', 'parseReference', 'badInput', 'chartDirectory', 'matchFiles'])
      expect([fn, labels.has(fn)]).toEqual([fn, true]);
    expect(literalInputNames(sources, inputNames, labels)).toEqual([]);
    // Their defaults ('platform string', 'image reference') serve tests; the actions name the input.
    const parsers = ['parsePlatform', 'parsePlatforms', 'parseReference'];
    expect(callsWithoutLabel(sources, labels, parsers)).toEqual([]);
    const planted = {
      file: 'planted.ts',
      text: "parseReference('busybox');\nparsePlatform('linux/arm64', 'uname -m');"
    };
    expect(callsWithoutLabel([planted], labels, parsers)).toEqual(['planted.ts:1: parseReference()']);
  });

  test('the input-name check catches each way of writing a name out', () => {
    const planted: Source = {
      file: 'planted.ts',
      text: [
        "function parseThing(value: string, input = 'platforms') { return value + input; }",
        "parseThing('x', 'images');",
        "const label = opts.input ?? 'manifests';",
        "const cmd = { positional: 'dockerfiles', flags: ['lint-fail-on'], input: 'chart' };",
        "const other = 'chart-repo';",
        "throw new Error('set overwrite: true to move it');",
        'throw new Error(`Input "level" is ${x}`);',
        'throw new Error(\'mode "tag" needs a digest\');',
        "throw new Error('set tags with the tags input');",
        "throw new Error('give one of the inputs images or chart');",
        'throw new Error(`${n} exited (check image-values)`);',
        // Not input names in these places: a state key, a YAML key, a spec lookup, a type.
        "core.saveState('builder', name);",
        "const key = 'image:';",
        "const spec = IN['chart-repo'];",
        "type K = Pick<Inputs, 'chart'>;"
      ].join('\n')
    };
    const found = literalInputNames([planted], inputNames, labelParameters([planted]));
    expect(found.map(f => Number(f.split(':')[1]))).toEqual([1, 2, 3, 4, 4, 4, 5, 6, 7, 8, 9, 10, 11]);
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

  test('writes out no distinctive input default (a value that is not also a choice, a platform or a number)', () => {
    const sources: Source[] = files.map(f => ({
      file: path.relative(ROOT, f),
      text: read(path.relative(ROOT, f))
    }));
    const choices = new Set([...inputNames.values()].flat());
    const defaults = (Object.values(SPECS) as Array<{ inputs: Record<string, { default?: string }> }>)
      .flatMap(spec => Object.values(spec.inputs).map(i => i.default ?? ''))
      // helm's choices are open (a path is one too), so the spec has none: its `pinned` is a choice word.
      .filter(
        d => d.length > 2 && !['true', 'false', 'pinned'].includes(d) && !choices.has(d) && !/^\d+$/.test(d)
      )
      .filter(d => !(SUPPORTED_PLATFORMS as readonly string[]).includes(d));
    expect(defaults).toEqual(
      expect.arrayContaining(['linux/amd64,linux/arm64', 'uname -m', 'openebs-hostpath'])
    );
    expect(literalValues(sources, defaults)).toEqual([]);
    const planted = { file: 'planted.ts', text: "const ns = opts.namespace || 'openebs';" };
    expect(literalValues([planted], defaults)).toEqual(['planted.ts:1: openebs']);
  });
});
