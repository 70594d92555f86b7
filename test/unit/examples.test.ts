// Every command in docs/examples is one the lab runs (test/integration/examples.test.ts) or is
// marked `# runner-only: <reason>` directly above it.
import * as path from 'node:path';
import { commandsOf, exampleCommands, labCommand, LAB_RUNS } from '../helpers/examples';

describe('docs/examples commands', () => {
  const all = exampleCommands();

  test('there are commands to check, in every kind of example', () => {
    expect(new Set(all.map(c => c.file))).toEqual(
      new Set(['localpv-dockerfile.yml', 'localpv-makefile.yml', 'mayastor-nix.yml', 'umbrella-chart.yml'])
    );
  });

  test.each(all.map(c => [`${c.file} ${c.key}: ${c.command.split('\n')[0]}`, c]))(
    '%s runs in the lab or says why it cannot',
    (_n, c) => {
      const lab = LAB_RUNS.some(r => r.file === c.file && r.key === c.key && c.command.includes(r.contains));
      if (c.runnerOnly !== undefined) {
        expect(c.runnerOnly.length).toBeGreaterThan(10);
        expect(lab).toBe(false);
      } else {
        expect(lab).toBe(true);
      }
    }
  );

  test.each(LAB_RUNS.map(r => [r.file, r]))('the lab run of %s names exactly one command', (_n, r) => {
    expect(labCommand(r)).toContain(r.contains);
  });

  test('an unmarked command the lab does not run is caught, and the marker is read', () => {
    const source = [
      'jobs:',
      '  a:',
      '    steps:',
      '      - name: x',
      '        # runner-only: needs a GitHub-hosted arm64 runner',
      '        run: ./on-arm64.sh',
      '      - uses: openebs/arch-actions/actions/build-multiarch@v1',
      '        with:',
      '          command: make image',
      ''
    ].join('\n');
    const found = commandsOf(path.join('/x', 'planted.yml'), source);
    expect(found).toEqual([
      {
        file: 'planted.yml',
        key: 'run',
        command: './on-arm64.sh',
        runnerOnly: 'needs a GitHub-hosted arm64 runner'
      },
      { file: 'planted.yml', key: 'command', command: 'make image', runnerOnly: undefined }
    ]);
    expect(LAB_RUNS.some(r => r.file === 'planted.yml')).toBe(false);
  });
});
