// GitHub's own parser (@actions/workflow-parser) over every workflow, every docs/examples
// workflow and every action.yml, and proof that it catches what it should.
import * as fs from 'node:fs';
import { actionProblems, workflowProblems } from '../helpers/workflow-parser';
import { actionFiles, exampleWorkflows, rel, workflowFiles } from './workflow-files';

const read = (f: string): string => fs.readFileSync(f, 'utf8');
const JOB = '    runs-on: ubuntu-24.04\n    steps:\n      - run: echo\n';

describe("GitHub's workflow parser", () => {
  test.each([...workflowFiles(), ...exampleWorkflows()].map(f => [rel(f), f]))(
    '%s parses with no errors',
    async (name, file) => {
      expect(await workflowProblems(name, read(file))).toEqual([]);
    }
  );

  test.each(actionFiles().map(f => [rel(f), f]))('%s parses with no errors', (name, file) => {
    expect(actionProblems(name, read(file))).toEqual([]);
  });

  test.each([
    ['a job without runs-on', 'on: push\njobs:\n  a:\n    steps:\n      - run: echo\n', /missing: runs-on/],
    ['a misspelt key', `on: push\njobs:\n  a:\n    runs-on: x\n    step:\n      - run: echo\n`, /'step'/],
    [
      'a broken expression',
      `on: push\njobs:\n  a:\n${JOB.replace('echo', 'echo ${{ foo( }}')}`,
      /expression/
    ],
    [
      'an unknown context',
      `on: push\njobs:\n  a:\n${JOB.replace('echo', 'echo ${{ secretz.x }}')}`,
      /secretz/
    ],
    [
      'needs in a cycle',
      `on: push\njobs:\n  a:\n    needs: b\n${JOB}  b:\n    needs: a\n${JOB}`,
      /no dependencies/
    ],
    [
      'a bad cancel-in-progress',
      `on: push\njobs:\n  a:\n    concurrency:\n      group: g\n      cancel-in-progress: maybe\n${JOB}`,
      /'maybe'/
    ],
    ['a bad cron', `on:\n  schedule:\n    - cron: '61 * * * *'\njobs:\n  a:\n${JOB}`, /cron/]
  ])('catches %s', async (_n, source, expected) => {
    const found = await workflowProblems('planted.yml', source);
    expect(found.map(p => p.message).join('\n')).toMatch(expected);
  });

  test('catches an error planted in a real workflow', async () => {
    const file = workflowFiles().find(f => f.endsWith('multiarch.yml')) as string;
    const planted = read(file).replace(/\n {4}runs-on: /, '\n    runs_on: ');
    expect(planted).not.toBe(read(file));
    expect((await workflowProblems('multiarch.yml', planted)).map(p => p.message)).toEqual([
      expect.stringMatching(/^multiarch\.yml \(Line: \d+, Col: 5\): Unexpected value 'runs_on'$/),
      expect.stringMatching(/^multiarch\.yml \(Line: \d+, Col: 5\): Required property is missing: runs-on$/)
    ]);
  });

  test.each([
    ['no main', 'name: n\ndescription: d\nruns:\n  using: node24\n', /main/],
    ['an unknown runtime', 'name: n\ndescription: d\nruns:\n  using: node99\n  main: x.js\n', /node99/],
    [
      'an unknown top-level key',
      'name: n\ndescription: d\nbrand: x\nruns:\n  using: node24\n  main: x.js\n',
      /'brand'/
    ]
  ])('catches an action.yml with %s', (_n, source, expected) => {
    expect(
      actionProblems('action.yml', source)
        .map(p => p.message)
        .join('\n')
    ).toMatch(expected);
  });
});
