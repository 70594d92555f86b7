// Every workflow and action.yml: no untrusted ${{ }} in run:, third-party actions pinned by
// full SHA with a version comment, and a top-level permissions block in every workflow.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { actionFiles, exampleWorkflows, rel, ROOT, securityFindings, workflowFiles } from './workflow-files';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'workflows');

describe('security of the workflows and actions', () => {
  test('there is something to check', () => {
    expect(workflowFiles().map(rel)).toEqual(
      expect.arrayContaining(['.github/workflows/multiarch.yml', '.github/workflows/selftest.yml'])
    );
    expect(actionFiles().length).toBeGreaterThanOrEqual(5);
  });

  test.each([...workflowFiles(), ...exampleWorkflows(), ...actionFiles()].map(f => [rel(f), f]))(
    '%s is clean',
    (_name, file) => {
      expect(securityFindings(file)).toEqual([]);
    }
  );

  test('one version comment never names two different commits', () => {
    const pins = new Map<string, Set<string>>();
    for (const file of [...workflowFiles(), ...exampleWorkflows()]) {
      for (const m of fs
        .readFileSync(file, 'utf8')
        .matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@([0-9a-f]{40})\s*#\s*(v[\d.]+)/g)) {
        const key = `${m[1]}@${m[3]}`;
        pins.set(key, (pins.get(key) ?? new Set()).add(m[2]));
      }
    }
    expect(pins.get('actions/checkout@v4.2.2')?.size).toBe(1);
    // One version comment never names two different commits.
    for (const [key, shas] of pins) expect([key, shas.size]).toEqual([key, 1]);
  });
});

describe('the security check catches each bad fixture', () => {
  const cases: Array<[string, RegExp]> = [
    ['bad-run-inputs.yml', /jobs\.a\.steps\[0\] interpolates \$\{\{ inputs\.tag \}\} in run:/],
    ['bad-run-event.yml', /interpolates \$\{\{ github\.event\.issue\.title \}\} in run:/],
    ['bad-run-head-ref.yml', /interpolates \$\{\{ github\.head_ref \}\} in run:/],
    ['bad-unpinned-tag.yml', /uses actions\/checkout@v4, not pinned by a full commit SHA/],
    ['bad-short-sha.yml', /uses actions\/checkout@11bd719, not pinned by a full commit SHA/],
    ['bad-no-version-comment.yml', /without a "# vX\.Y\.Z" comment/],
    [
      'bad-unpinned-reusable.yml',
      /jobs\.a uses someone\/workflows\/\.github\/workflows\/build\.yml@main, not pinned/
    ],
    ['bad-no-permissions.yml', /no top-level permissions block/],
    ['bad-composite-action.yml', /runs\.steps\[0\] interpolates \$\{\{ inputs\.image \}\} in run:/]
  ];

  test('every bad-*.yml fixture has a case here', () => {
    const files = fs.readdirSync(FIXTURES).filter(f => f.startsWith('bad-'));
    expect(files.sort()).toEqual(cases.map(c => c[0]).sort());
  });

  test.each(cases)('%s', (file, expected) => {
    const findings = securityFindings(path.join(FIXTURES, file));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(expected);
  });

  test('the good fixture (env:, ./ and own @v1 refs, pinned checkout) passes', () => {
    expect(securityFindings(path.join(FIXTURES, 'good.yml'))).toEqual([]);
  });

  test.each([
    ['inputs in a multi-line run', 'run: |\n          echo ok\n          echo ${{inputs.x}}', 1],
    ['github.event via index syntax', "run: echo ${{ github['event'].issue.title }}", 1],
    ['github.event_name is fine', 'run: echo ${{ github.event_name }}', 0],
    ['needs outputs are fine', 'run: echo ${{ needs.plan.outputs.key }}', 0],
    ['inputs in env are fine', 'env:\n          X: ${{ inputs.x }}\n        run: echo "$X"', 0]
  ])('%s', (_name, stepBody, count) => {
    const source = `name: t\non: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - ${stepBody}\n`;
    expect(securityFindings(path.join(FIXTURES, 'inline.yml'), source)).toHaveLength(count as number);
  });
});
