// The workflow rules of issue "the first hour on GitHub", over every workflow and example as
// GitHub's parser reads them, each shown catching a planted bad copy of a real file.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { workflowProblems } from '../helpers/workflow-parser';
import { exampleWorkflows, rel, ROOT, workflowFiles } from './workflow-files';
import {
  githubTokenPushes,
  releasedActionsInSelfTests,
  ungrantedPermissions,
  unusedInputs,
  untaggedMerges
} from './workflow-rules';

const files = [...workflowFiles(), ...exampleWorkflows()];
const source = (f: string) => fs.readFileSync(f, 'utf8');
const load = (f: string): any => YAML.parse(source(f));
const wfFile = (n: string) => path.join(ROOT, '.github', 'workflows', n);
const selfTests = workflowFiles().filter(f => /selftest/.test(path.basename(f)));
const clone = (x: unknown): any => JSON.parse(JSON.stringify(x));

test.each(files.map(f => [rel(f), f]))(
  '%s parses with GitHub’s parser and keeps every rule',
  async (n, f) => {
    expect(await workflowProblems(n, source(f))).toEqual([]);
    const wf = load(f);
    expect(untaggedMerges(wf, n)).toEqual([]);
    expect(githubTokenPushes(wf, n)).toEqual([]);
    if (n.endsWith('/multiarch.yml')) expect(unusedInputs(wf, n)).toEqual([]);
    if (selfTests.includes(f)) expect(releasedActionsInSelfTests(wf, n)).toEqual([]);
  }
);

test('the rules have something to check: merges, a release push, self-tests', () => {
  const merges = files.filter(f => /mode: merge/.test(source(f)));
  expect(merges.map(rel)).toEqual(
    expect.arrayContaining([
      '.github/workflows/multiarch.yml',
      '.github/workflows/selftest.yml',
      'docs/examples/mayastor-nix.yml'
    ])
  );
  expect(source(wfFile('release.yml'))).toMatch(/git push/);
  expect(selfTests.map(f => path.basename(f))).toEqual(['selftest-multiarch.yml', 'selftest.yml']);
});

describe('each rule catches a planted bad copy', () => {
  test.each([
    ['multiarch.yml: the tag job gone', 'multiarch.yml', (wf: any) => delete wf.jobs.tag],
    [
      'multiarch.yml: the tag job fed another digest',
      'multiarch.yml',
      (wf: any) =>
        (wf.jobs.tag.steps.find((s: any) => s.with?.mode === 'tag').with.digest = '${{ inputs.digest }}')
    ],
    [
      'multiarch.yml: the tag job no longer after verify',
      'multiarch.yml',
      (wf: any) => {
        wf.jobs.tag.needs = ['plan', 'merge'];
      }
    ],
    [
      'selftest.yml: the tag step before verify',
      'selftest.yml',
      (wf: any) => {
        const steps = wf.jobs.pipeline.steps;
        const tag = steps.findIndex((s: any) => s.with?.mode === 'tag');
        const [t] = steps.splice(tag, 1);
        steps.splice(steps.findIndex((s: any) => s.id === 'merge') + 1, 0, t);
      }
    ]
  ])('a merge with no tag after verify: %s', (_n, file, plant) => {
    const wf = clone(load(wfFile(file)));
    plant(wf);
    expect(untaggedMerges(wf, file)).toEqual([expect.stringMatching(/merges without tag-after: merge/)]);
  });

  test('the example merge with its tag job removed', () => {
    const f = exampleWorkflows().find(x => x.endsWith('mayastor-nix.yml')) as string;
    const wf = clone(load(f));
    delete wf.jobs.tag;
    expect(untaggedMerges(wf, 'mayastor-nix.yml')).toHaveLength(1);
  });

  test.each([
    [
      'target',
      (wf: any) => delete wf.jobs.build.steps.find((s: any) => s.id === 'shard').with.target,
      /target does not reach/
    ],
    [
      'build-args',
      (wf: any) => delete wf.jobs.build.steps.find((s: any) => s.id === 'shard').with['build-args'],
      /build-args does not reach/
    ],
    [
      'cache',
      (wf: any) => (wf.jobs.build.steps.find((s: any) => s.id === 'shard').with.cache = 'none'),
      /cache does not reach/
    ],
    [
      'values (verify)',
      (wf: any) => delete wf.jobs.verify.steps.find((s: any) => s.id === 'verify').with.values,
      /values does not reach values of jobs.verify/
    ],
    [
      'set (e2e)',
      (wf: any) => wf.jobs.e2e.steps.forEach((s: any) => delete s.with?.set),
      /set does not reach set of jobs.e2e/
    ],
    [
      'a dispatch input',
      (wf: any) => delete wf.on.workflow_dispatch.inputs.cache,
      /workflow_dispatch has no input cache/
    ],
    [
      'the build secrets',
      (wf: any) => delete wf.jobs.build.steps.find((s: any) => s.id === 'shard').with.secrets,
      /build-secrets does not reach/
    ],
    [
      'over 25 dispatch inputs',
      (wf: any) => {
        for (let i = 0; i < 10; i++) wf.on.workflow_dispatch.inputs[`x${i}`] = { type: 'string' };
      },
      /over GitHub's 25/
    ]
  ])('a new input that no longer reaches its step: %s', (_n, plant, expected) => {
    const wf = clone(load(wfFile('multiarch.yml')));
    plant(wf);
    expect(unusedInputs(wf, 'multiarch.yml').join('\n')).toMatch(expected);
  });

  test.each([
    [
      'GITHUB_TOKEN in its env',
      (s: any) => (s.env.RELEASE_TOKEN = '${{ secrets.GITHUB_TOKEN }}'),
      /pushes with GITHUB_TOKEN/
    ],
    [
      'github.token in its env',
      (s: any) => (s.env.RELEASE_TOKEN = '${{ github.token }}'),
      /pushes with GITHUB_TOKEN/
    ],
    ['no token at all', (s: any) => delete s.env.RELEASE_TOKEN, /pushes with no release token/]
  ])('a release push with %s', (_n, plant, expected) => {
    const wf = clone(load(wfFile('release.yml')));
    plant(wf.jobs['major-tag'].steps.find((s: any) => s.id === 'move'));
    expect(githubTokenPushes(wf, 'release.yml').join('\n')).toMatch(expected);
  });

  test('a release checkout that keeps GITHUB_TOKEN in the git config', () => {
    const wf = clone(load(wfFile('release.yml')));
    delete wf.jobs['major-tag'].steps[0].with['persist-credentials'];
    expect(githubTokenPushes(wf, 'release.yml')).toEqual([expect.stringMatching(/keeps|kept/)]);
  });

  test.each([
    [
      'selftest.yml',
      (wf: any) =>
        (wf.jobs.pipeline.steps.find((s: any) => s.id === 'merge').uses =
          'openebs/arch-actions/actions/build-multiarch@v1')
    ],
    [
      'selftest-multiarch.yml',
      (wf: any) => (wf.jobs.multiarch.uses = 'openebs/arch-actions/.github/workflows/multiarch.yml@v1')
    ]
  ])('%s running the released actions instead of the change', (file, plant) => {
    const wf = clone(load(wfFile(file)));
    plant(wf);
    expect(releasedActionsInSelfTests(wf, file)).toHaveLength(1);
  });
});

test('the inputs multiarch.yml shares with its actions are generated from their action.yml', () => {
  const check = () =>
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-workflow-inputs.js'), '--check'], {
      encoding: 'utf8',
      stdio: 'pipe'
    });
  expect(check()).toBe('');
  // A drifted copy is found.
  const drifted = source(wfFile('multiarch.yml')).replace(
    "description: 'Build stage to target'",
    "description: 'Stage'"
  );
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gen-wf-')), 'multiarch.yml');
  fs.writeFileSync(tmp, drifted);
  const res = (() => {
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-workflow-inputs.js'), '--check', tmp], {
        stdio: 'pipe'
      });
      return 0;
    } catch (e) {
      return (e as { status: number }).status;
    }
  })();
  expect(res).toBe(1);
});

describe('the self-tests run the change on both runner architectures, and the release waits for them', () => {
  const self = load(wfFile('selftest-multiarch.yml'));
  const calls = Object.values<any>(self.jobs).filter(j => j.uses === './.github/workflows/multiarch.yml');
  const multiarch = load(wfFile('multiarch.yml'));

  test('multiarch.yml called with push (by digest, then the tag job) and with push: false (archives)', () => {
    expect(calls.map(j => j.with.push ?? true).sort()).toEqual([false, true]);
    for (const j of calls) expect(j.permissions['id-token']).toBe('write');
    expect(self.jobs['multiarch-published'].needs).toBe('multiarch');
    expect(multiarch.jobs.tag.steps.some((s: any) => s.with?.mode === 'tag')).toBe(true);
  });

  test('the builds use the docker-container driver, one native runner per platform', () => {
    const setup = multiarch.jobs.build.steps.find((s: any) => s.name === 'Set up a buildx builder');
    expect(setup.with.driver ?? 'docker-container').toBe('docker-container');
    expect(multiarch.on.workflow_call.inputs['runner-map'].default).toBe('');
    expect(source(path.join(ROOT, 'actions', 'build-multiarch', 'action.yml'))).toMatch(
      /linux\/amd64=ubuntu-24\.04.*linux\/arm64=ubuntu-24\.04-arm|ubuntu-24\.04-arm/
    );
    expect(self.jobs.oneliner.strategy.matrix.os).toEqual(['ubuntu-24.04', 'ubuntu-24.04-arm']);
    expect(self.jobs.oneliner.steps.find((s: any) => s.uses === './build').with.driver).toBeUndefined();
  });

  test('release.yml moves the major tag only after both self-tests of its commit', () => {
    const release = load(wfFile('release.yml'));
    expect(release.jobs.selftest.uses).toBe('./.github/workflows/selftest.yml');
    expect(release.jobs['selftest-multiarch'].uses).toBe('./.github/workflows/selftest-multiarch.yml');
    expect(release.jobs['major-tag'].needs).toEqual(
      expect.arrayContaining(['selftest', 'selftest-multiarch'])
    );
    for (const f of ['selftest.yml', 'selftest-multiarch.yml'])
      expect(load(wfFile(f)).on).toHaveProperty('workflow_call');
  });
});

describe('a caller grants every permission the workflows it calls ask for', () => {
  const readCalled = (f: string) => load(wfFile(f));

  test.each(files.map(f => [rel(f), f]))('%s', (n, f) => {
    expect(ungrantedPermissions(load(f), n, readCalled)).toEqual([]);
  });

  test('a call that grants less is caught, through nested calls too', () => {
    const release = clone(load(wfFile('release.yml')));
    release.jobs.selftest.permissions = { contents: 'read' };
    release.jobs['selftest-multiarch'].permissions = { contents: 'read', packages: 'write' };
    const found = ungrantedPermissions(release, 'release.yml', readCalled);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /jobs.selftest calls selftest.yml whose jobs.platform-proof asks for id-token: write/
        ),
        expect.stringMatching(
          /jobs.selftest-multiarch calls selftest-multiarch.yml whose jobs.multiarch asks for id-token: write/
        )
      ])
    );
  });
});

test('the tag job has the caller’s commit graph, so the tag step can order builds by git ancestry', () => {
  const steps: any[] = load(wfFile('multiarch.yml')).jobs.tag.steps;
  const graph = steps.findIndex(
    s => String(s.uses).startsWith('actions/checkout@') && s.with?.['fetch-depth'] === 0
  );
  expect(graph).toBeGreaterThanOrEqual(0);
  expect(steps[graph].with.path).toBeUndefined();
  expect(steps.findIndex(s => s.with?.mode === 'tag')).toBeGreaterThan(graph);
});
