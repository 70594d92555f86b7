// The CLI: flags from action.yml, help, exit codes, and in-process runs of the actions'
// own run() (plan needs no daemon, so it runs here for real).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import * as core from '@actions/core';
import { parseArgs, UsageError } from '../../actions/cli/args';
import { COMMANDS, findCommand, flagOf, hiddenInputs } from '../../actions/cli/commands';
import { TerminalLog } from '../../actions/cli/console';
import { ACTIONS } from '../../actions/cli/inputs.generated';
import { decodeOutputs } from '../../actions/cli/execute';
import { main } from '../../actions/cli/main';
import { commandHelp } from '../../actions/cli/help';
import { inputValues, parseOutputFile, runInProcess } from '../../actions/cli/runner';
import { captureIo } from '../helpers/io';
import { tsFiles } from '../helpers/sources';

const ROOT = path.join(__dirname, '..', '..');

const io = captureIo;

const verify = ACTIONS['verify-platforms'];

describe('flags', () => {
  test.each<[string, string[], Record<string, string>]>([
    ['value after the flag', ['--platforms', 'linux/arm64'], { platforms: 'linux/arm64' }],
    ['--name=value', ['--platforms=linux/arm64,linux/amd64'], { platforms: 'linux/arm64,linux/amd64' }],
    ['bare boolean is true', ['--deep'], { deep: 'true' }],
    [
      'bare boolean before another flag',
      ['--deep', '--fail-on', 'never'],
      { deep: 'true', 'fail-on': 'never' }
    ],
    ['boolean with a value', ['--deep', 'false'], { deep: 'false' }],
    ['--no-name is false', ['--no-summary'], { summary: 'false' }],
    ['a repeated flag adds lines', ['--allow', 'a/*=x', '--allow', 'b/*=y'], { allow: 'a/*=x\nb/*=y' }],
    ['bare arguments go to images', ['img:1', 'img:2', '--deep'], { images: 'img:1\nimg:2', deep: 'true' }],
    ['a choice of a boolean input', ['--lint', 'only'], { lint: 'only' }]
  ])('%s', (_name, argv, expected) => {
    expect(parseArgs(verify, argv, { positional: 'images' }).inputs).toEqual(expected);
  });

  test.each<[string, string[], RegExp]>([
    [
      'unknown flag, with a suggestion',
      ['--platfroms', 'x'],
      /unknown flag --platfroms \(did you mean --platforms\?\)/
    ],
    ['a flag without its value', ['--platforms'], /--platforms needs a value/],
    [
      'a bare word after a boolean flag',
      ['--deep', 'maybe'],
      /^--deep is true or false, not "maybe" \(write --deep=true, or put bare arguments before the flags\)$/
    ],
    ['--no- on a non-boolean', ['--no-platforms'], /unknown flag --no-platforms/],
    ['a bare argument where none is taken', ['img:1'], /unexpected argument "img:1"/]
  ])('%s is a usage error', (_name, argv, message) => {
    expect(() => parseArgs(verify, argv)).toThrow(UsageError);
    expect(() => parseArgs(verify, argv)).toThrow(message);
  });

  test('a fixed input (plan sets mode) is not a flag', () => {
    expect(() => parseArgs(ACTIONS['build-multiarch'], ['--mode', 'all'], { hidden: ['mode'] })).toThrow(
      /unknown flag --mode/
    );
  });

  test('global flags', () => {
    const p = parseArgs(verify, ['--json', '--verbose', '--summary-file', '/tmp/s.md', '-h']);
    expect(p).toMatchObject({ json: true, verbose: true, help: true, summaryFile: '/tmp/s.md', inputs: {} });
  });
});

describe('flags come from action.yml', () => {
  test('inputs.generated.ts is up to date with every action.yml, and a stale copy is caught', () => {
    // A child process: prettier (used by the generator) needs real dynamic import, not jest's vm.
    const script = path.join(ROOT, 'scripts', 'gen-cli-inputs.js');
    const check = (file?: string): number =>
      spawnSync(process.execPath, [script, '--check', ...(file ? [file] : [])], { stdio: 'pipe' }).status ??
      -1;
    expect(check()).toBe(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-gen-'));
    const stale = path.join(dir, 'inputs.generated.ts');
    const text = fs.readFileSync(path.join(ROOT, 'actions', 'cli', 'inputs.generated.ts'), 'utf8');
    fs.writeFileSync(stale, text.replace("name: 'deep'", "name: 'deeper'"));
    expect(check(stale)).toBe(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test.each(COMMANDS.map(c => [c.name, c]))(
    '"%s --help" lists every input of its action.yml that it offers',
    async (name, cmd) => {
      const doc = YAML.parse(fs.readFileSync(path.join(ROOT, cmd.spec.dir, 'action.yml'), 'utf8'));
      const r = io();
      expect(await main([name, '--help'], r)).toBe(0);
      for (const [input, spec] of Object.entries<any>(doc.inputs)) {
        // A hidden input's name may be the flag of another (perf compare: --baseline is perf-baseline).
        const renamed = Object.values(cmd.flagNames ?? {}).includes(input);
        if (hiddenInputs(cmd).includes(input)) {
          if (!renamed) expect(r.out).not.toContain(`--${input} `);
          continue;
        }
        expect(r.out).toContain(`--${flagOf(cmd, input)} `);
        if (spec.default && !String(spec.default).includes('\n'))
          expect(r.out).toContain(`(default: ${spec.default})`);
      }
      for (const output of Object.keys(doc.outputs)) expect(r.out).toMatch(new RegExp(`^  ${output} `, 'm'));
      expect(r.out).toContain('Exit codes: 0 ok, 1');
    }
  );

  test('top-level help lists every subcommand', async () => {
    const r = io();
    expect(await main(['--help'], r)).toBe(0);
    for (const c of COMMANDS.map(x => x.name)) expect(r.out).toMatch(new RegExp(`^  ${c} `, 'm'));
  });

  test('the shipped CLI knows nothing of the lab: demo is not a command, no source reads lab.json', async () => {
    const r = io();
    expect(await main(['demo'], r)).toBe(2);
    expect(r.err).toContain('unknown command "demo"');
    const files = [...tsFiles(path.join(ROOT, 'actions')), ...tsFiles(path.join(ROOT, 'build'))];
    expect(files.length).toBeGreaterThan(40);
    expect(files.filter(f => /lab\.json|arch-actions-lab/.test(fs.readFileSync(f, 'utf8')))).toEqual([]);
  });

  test('subcommands map to their actions', () => {
    expect(findCommand('plan')?.fixed).toEqual({ mode: 'plan' });
    expect(findCommand('merge')?.fixed).toEqual({ mode: 'merge' });
    expect(findCommand('tag')?.fixed).toEqual({ mode: 'tag' });
    expect(findCommand('plan')?.spec.name).toBe('build-multiarch');
    expect(findCommand('build')?.spec.name).toBe('build');
    expect(findCommand('verify')?.spec.name).toBe('verify-platforms');
    expect(findCommand('e2e')?.spec.name).toBe('run-arm64-e2e');
    expect(findCommand('setup')?.spec.name).toBe('setup-qemu-buildx');
  });
});

describe('running an action in-process', () => {
  test('plan runs build-multiarch and prints the matrix as JSON', async () => {
    const r = io();
    const code = await main(
      [
        'plan',
        '--platforms',
        'linux/arm64,linux/riscv64',
        '--runner-map',
        'linux/arm64=oracle-aarch64-4cpu-16gb',
        '--json'
      ],
      r
    );
    expect(code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ command: 'plan', ok: true, exitCode: 0 });
    expect(doc.outputs.matrix.include).toEqual([
      { platform: 'linux/arm64', runner: 'oracle-aarch64-4cpu-16gb', emulated: false, pair: 'linux-arm64' },
      { platform: 'linux/riscv64', runner: 'ubuntu-24.04', emulated: true, pair: 'linux-riscv64' }
    ]);
    // The log went to stderr, translated from workflow commands.
    expect(r.err).toContain('linux/riscv64');
    expect(r.err).not.toContain('::');
  });

  test('--summary-file keeps the job summary the action wrote', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-summary-'));
    const file = path.join(dir, 'summary.html');
    expect(await main(['plan', '--platforms', 'linux/s390x', '--summary-file', file], io())).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain('linux/s390x');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test.each([
    ['a folder', (dir: string) => dir, /it is a folder; a file is needed/],
    ['a missing parent', (dir: string) => path.join(dir, 'no', 's.md'), /its folder .* does not exist/]
  ])('--summary-file naming %s is a named error before the run', async (_n, pathOf, why) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-summary-'));
    const r = io();
    expect(await main(['plan', '--platforms', 'linux/s390x', '--summary-file', pathOf(dir)], r)).toBe(2);
    expect(r.err).toContain(`--summary-file has an invalid value "${pathOf(dir)}"`);
    expect(r.err).toMatch(why);
    expect(r.err).not.toMatch(/^\s+at /m);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('help lists every choice, marks runner-only flags and names no $RUNNER_TEMP', () => {
    const help = commandHelp(findCommand('verify')!);
    expect(help).toMatch(/^ {2}--lint \[true\|false\|only\] +Lint the dockerfiles/m);
    expect(help).toMatch(/^ {2}--fail-on unknown\|missing\|never +What fails the step/m);
    expect(help).toMatch(/^ {2}--deep \[true\|false\] /m);
    expect(help).toContain(
      '(runner only: the job summary; here it is dropped unless --summary-file PATH keeps it)'
    );
    expect(help).not.toContain('$RUNNER_TEMP');
    expect(help).toContain(`(default: ${os.tmpdir()}/arch-actions/verify-report.json)`);
  });

  test('an error names the flag the user typed, never the action input', async () => {
    const chart = io();
    expect(await main(['verify', '--chart', '/nonexistent/chart', '--report', '/tmp/r.json'], chart)).toBe(2);
    expect(chart.out).toBe('');
    expect(chart.err).toBe(
      'arch-actions verify: bad usage: --chart has an invalid value "/nonexistent/chart": it does not exist (ENOENT)\n'
    );
    const none = io();
    expect(await main(['verify', '--report', '/tmp/r.json'], none)).toBe(2);
    expect(none.err).toBe(
      'arch-actions verify: bad usage: Nothing to check: give at least one of the flags --images, --chart, --manifests or --dockerfiles\n'
    );
    const maybe = io();
    expect(await main(['verify', '--deep', 'maybe'], maybe)).toBe(2);
    expect(maybe.err).toMatch(/^arch-actions verify: --deep is true or false, not "maybe"/);
  });

  test('human output prints each output by name', async () => {
    const r = io();
    expect(await main(['plan', '--platforms', 'linux/amd64'], r)).toBe(0);
    // No JSON without --json: the structured outputs are named.
    expect(r.out).toContain('\n(--json prints matrix too)\n');
    expect(r.out).not.toContain('"runner"');
  });

  test.each<[string, string[], RegExp]>([
    [
      'a bad input value (ConfigurationError)',
      ['plan', '--platforms', 'linux/sparc'],
      /bad usage: --platforms has an invalid value "linux\/sparc"/
    ],
    [
      'a bad runner label',
      ['plan', '--runner-map', 'linux/arm64=bad label!'],
      /--runner-map has an invalid value/
    ],
    ['an unknown flag', ['plan', '--platfroms', 'linux/amd64'], /unknown flag --platfroms/],
    ['an unknown command', ['plna'], /unknown command "plna"/],
    ['a missing required input', ['build'], /--image is required/]
  ])('%s exits 2', async (_name, argv, message) => {
    const r = io();
    expect(await main(argv, r)).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test('--json reports a usage error as JSON too', async () => {
    const r = io();
    expect(await main(['plan', '--platforms', 'linux/sparc', '--json'], r)).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({
      ok: false,
      exitCode: 2,
      error: expect.stringContaining('platforms')
    });
  });

  test('inputs not given take the action.yml default, and INPUT_* is restored afterwards', async () => {
    expect(inputValues(verify, { deep: 'true' })).toMatchObject({
      deep: 'true',
      platforms: 'linux/amd64,linux/arm64',
      'fail-on': 'unknown'
    });
    process.env['INPUT_STALE'] = 'x';
    let seen: Record<string, string | undefined> = {};
    const result = await runInProcess(verify, { images: 'a' }, async () => {
      seen = {
        images: process.env['INPUT_IMAGES'],
        concurrency: process.env['INPUT_CONCURRENCY'],
        stale: process.env['INPUT_STALE']
      };
      core.setOutput('ok', 'true');
      core.setOutput('missing', '[{"reference":"a"}]');
    });
    expect(seen).toEqual({ images: 'a', concurrency: '32', stale: undefined });
    expect(process.env['INPUT_IMAGES']).toBeUndefined();
    expect(process.env['INPUT_STALE']).toBe('x');
    delete process.env['INPUT_STALE'];
    expect(result.outputs).toEqual({ ok: 'true', missing: '[{"reference":"a"}]' });
    expect(decodeOutputs(result.outputs)).toEqual({ ok: true, missing: [{ reference: 'a' }] });
  });

  test('a CheckError is a failed run (exit 1) that keeps the outputs set before it', async () => {
    const { CheckError } = await import('../../actions/lib/core/errors');
    const result = await runInProcess(verify, {}, async () => {
      core.setOutput('ok', 'false');
      throw new CheckError('linux/arm64 is missing');
    });
    expect(result.failed).toBe(true);
    expect(result.outputs.ok).toBe('false');
    expect((result.error as Error).message).toBe('linux/arm64 is missing');
  });
});

describe('output file and terminal log', () => {
  test('parses what core.setOutput writes, multi-line values included', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cli-out-')), 'out');
    fs.writeFileSync(file, '');
    const saved = process.env.GITHUB_OUTPUT;
    process.env.GITHUB_OUTPUT = file;
    try {
      core.setOutput('digest', 'sha256:abc');
      core.setOutput('tags', 'a\nb');
    } finally {
      process.env.GITHUB_OUTPUT = saved;
    }
    expect(parseOutputFile(fs.readFileSync(file, 'utf8'))).toEqual({ digest: 'sha256:abc', tags: 'a\nb' });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  test('workflow commands become readable lines, secrets are masked', () => {
    let text = '';
    const log = new TerminalLog({ verbose: false, write: s => void (text += s), color: false });
    log.chunk('::add-mask::s3cret\n::group::Build linux/arm64\nusing s3cret to log in\n::debug::hidden\n');
    log.chunk('::warning file=a.yml,line=3::two%0Alines\npart');
    log.chunk('ial\n::endgroup::\n::error::bad\n');
    log.flush();
    const lines = text.split('\n');
    expect(lines[0]).toBe('▶ Build linux/arm64');
    expect(lines[1]).toBe('  using *** to log in');
    expect(text).not.toContain('hidden');
    expect(text).toContain('  a.yml:3: warning: two\n    lines');
    expect(text).toContain('  partial');
    expect(text).toMatch(/ {2}Build linux\/arm64: \d+\.\ds/);
    expect(text).toContain('error: bad');
    expect(text).not.toContain('s3cret');
  });

  test('the same note at several places is one line; an empty group prints nothing', () => {
    let text = '';
    const log = new TerminalLog({ verbose: false, write: s => void (text += s), color: false });
    log.chunk('::group::Check images\n::endgroup::\n');
    log.chunk(
      '::error file=Chart.yaml,line=3::x lacks linux/arm64\n::error file=values.yaml,line=9::x lacks linux/arm64\n'
    );
    log.chunk('::error file=values.yaml,line=12::y lacks linux/arm64\ndone\n');
    log.flush();
    expect(text).toBe(
      'Chart.yaml:3, values.yaml:9: error: x lacks linux/arm64\nvalues.yaml:12: error: y lacks linux/arm64\ndone\n'
    );
  });
});

describe('--format', () => {
  test('markdown is for verify only, and an unknown format is bad usage', async () => {
    const { main } = await import('../../actions/cli/main');
    const err: string[] = [];
    const io = { stdout: () => undefined, stderr: (s: string) => void err.push(s), color: false };
    expect(await main(['setup', '--format', 'markdown'], io)).toBe(2);
    expect(err.join('')).toContain('--format markdown prints a support matrix, which only verify makes');
    expect(await main(['verify', '--format', 'yaml'], io)).toBe(2);
    expect(err.join('')).toContain('--format takes text, json or markdown, not "yaml"');
  });
});
