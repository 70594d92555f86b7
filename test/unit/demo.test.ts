// The demo (test/lab/demo): its flags, and that every step passes the CLI flags the real
// parser accepts, so a renamed input breaks this test rather than the demo on the lab.
import { parseArgs } from '../../actions/cli/args';
import { findCommand } from '../../actions/cli/commands';
import { demo } from '../lab/demo/main';
import { textReport } from '../lab/demo/report';
import { DemoState, demoSteps, DemoUsageError, parseDemoArgs, stepArgv } from '../lab/demo/steps';
import { captureIo } from '../helpers/io';

const lab = { LAB_REGISTRY: '127.0.0.1:5999', LAB_BASE_IMAGE: '127.0.0.1:5999/base:latest' };

const io = captureIo;

const state = (): DemoState => ({
  repository: 'arch-actions-demo/sample-x',
  image: '127.0.0.1:5999/arch-actions-demo/sample-x',
  work: '/tmp/w',
  digestsDir: '/tmp/w/digests',
  shards: {},
  index: 'sha256:' + 'a'.repeat(64)
});

describe('demo flags', () => {
  test('defaults come from the lab, flags override them', () => {
    const o = parseDemoArgs(
      ['--base', 'b:1', '--arm64-builder', 'buildx', '--keep', '--json'],
      lab,
      'cli.js'
    );
    expect(o).toMatchObject({
      cli: 'cli.js',
      registry: lab.LAB_REGISTRY,
      base: 'b:1',
      amd64Builder: 'buildx',
      arm64Builder: 'buildx',
      keep: true,
      json: true
    });
  });

  test.each([
    [['--bogus'], 'unknown flag --bogus'],
    [['--registry'], '--registry needs a value']
  ])('%j is bad usage', (argv, message) => {
    expect(() => parseDemoArgs(argv, lab, 'cli.js')).toThrow(new DemoUsageError(message));
  });

  test('exit 2 with a hint when the lab is not up, 0 for --help, 2 for a bad flag', async () => {
    const none = io();
    expect(await demo([], none, undefined)).toBe(2);
    expect(none.err).toContain('bash test/lab/lab.sh up');
    const help = io();
    expect(await demo(['--help'], help, undefined)).toBe(0);
    expect(help.out).toContain('Usage: npm run demo');
    const bad = io();
    expect(await demo(['--nope'], bad, lab as any)).toBe(2);
    expect(bad.err).toContain('unknown flag --nope');
  });
});

describe('demo steps', () => {
  const o = parseDemoArgs([], lab, 'cli.js');

  test('build amd64, build arm64, merge, verify, parity, then tag, in that order', () => {
    expect(demoSteps(o).map(s => [s.command, s.title])).toEqual([
      ['build', 'build linux/amd64 (native, buildx)'],
      ['build', 'build linux/arm64 (QEMU, buildah)'],
      ['merge', 'merge into one index (by digest)'],
      ['verify', 'verify deep (ELF headers)'],
      ['e2e', 'parity: arm64 vs amd64'],
      ['tag', 'tag the proven index']
    ]);
  });

  test.each(demoSteps(parseDemoArgs([], lab, 'cli.js')).map(s => [s.title, s]))(
    '"%s" passes only flags the CLI accepts',
    (_title, step) => {
      const [name, ...rest] = stepArgv(step, state(), true);
      const cmd = findCommand(name)!;
      const args = parseArgs(cmd.spec, rest, { hidden: Object.keys(cmd.fixed), positional: cmd.positional });
      expect(args).toMatchObject({ json: true, verbose: true });
      expect(args.inputs).toEqual({ summary: 'false', ...step.inputs(state()) });
    }
  );

  test('a build records its digest; merge fails without one', () => {
    const s = state();
    const [amd64, , merge] = demoSteps(o);
    amd64.record!(s, { digest: 'sha256:1' });
    expect(s.shards).toEqual({ 'linux/amd64': 'sha256:1' });
    expect(() => merge.record!(s, {})).toThrow('merge set no digest output');
  });

  test('the text report names the failing step', () => {
    const text = textReport(
      {
        state: state(),
        steps: [{ name: 'merge into one index', seconds: 1.25, ok: false, detail: 'no linux/arm64' }],
        outputs: {},
        code: 1,
        failure: 'merge into one index: no linux/arm64',
        seconds: 2,
        keep: false
      },
      []
    );
    expect(text).toContain('✗ merge into one index');
    expect(text).toContain('FAILED after 2.0s: merge into one index: no linux/arm64');
  });
});
