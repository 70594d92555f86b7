// The performance comparison in the reusable workflows, read through GitHub's own parser: the
// perf stage runs on the arm64 runner and, as the baseline, on the amd64 one, and the compare job
// needs both. The self-test runs hostpath and lvm that way. Each check runs on a planted defect too.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { workflowJobs } from '../helpers/workflow-parser';
import { ROOT } from './workflow-files';

const read = (name: string) => fs.readFileSync(path.join(ROOT, '.github', 'workflows', name), 'utf8');
const isE2E = (uses?: string) => /(^|\/)actions\/run-arm64-e2e(@v1)?$/.test(uses ?? '');

/** A runner label with `${{ inputs.x }}` resolved to the input's default. */
function runner(label: string, inputs: Record<string, { default?: unknown }>): string {
  const m = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(label);
  return m ? String(inputs[m[1]]?.default ?? '') : label;
}

/** Why the workflow would not compare arm64 with an amd64 baseline, if it would not. */
async function perfProblems(name: string, content: string): Promise<string[]> {
  const jobs = await workflowJobs(name, content);
  const doc = YAML.parse(content);
  const inputs = doc.on.workflow_call.inputs;
  // The perf mode of each job's e2e step (`with` is read from the YAML; the parser gives the rest).
  const mode = (id: string): string[] =>
    (doc.jobs[id].steps as any[]).filter(s => isE2E(s.uses)).map(s => String(s.with?.perf ?? s.with?.level));
  const arm = jobs.filter(j => mode(j.id).some(m => m.includes("'on'")));
  const amd = jobs.filter(j => mode(j.id).includes('baseline'));
  const compare = jobs.filter(j => mode(j.id).includes('compare'));
  const problems: string[] = [];
  if (arm.length !== 1 || amd.length !== 1 || compare.length !== 1) {
    return [
      `expected one perf, baseline and compare job; found ${arm.length}, ${amd.length}, ${compare.length}`
    ];
  }
  if (runner(arm[0].runsOn, inputs) !== 'ubuntu-24.04-arm')
    problems.push(`${arm[0].id} runs on ${arm[0].runsOn}`);
  if (runner(amd[0].runsOn, inputs) !== 'ubuntu-24.04')
    problems.push(`${amd[0].id} runs on ${amd[0].runsOn}`);
  for (const side of [arm[0], amd[0]]) {
    if (!compare[0].needs.includes(side.id)) problems.push(`${compare[0].id} does not need ${side.id}`);
  }
  const steps = compare[0].steps;
  const download = steps.findIndex(s => (s.uses ?? '').startsWith('actions/download-artifact@'));
  const cmp = steps.findIndex(s => isE2E(s.uses));
  if (download < 0 || download > cmp)
    problems.push(`${compare[0].id} compares before it downloads the records`);
  return problems;
}

describe.each(['arm64-e2e.yml', 'multiarch.yml'])('%s: fio on both runners', name => {
  test('the perf stage runs on ubuntu-24.04-arm and ubuntu-24.04, and the compare job needs both', async () => {
    expect(await perfProblems(name, read(name))).toEqual([]);
  });

  test('a compare job that does not wait for the baseline is caught', async () => {
    const doc = YAML.parse(read(name));
    const job = Object.values<any>(doc.jobs).find(j =>
      j.steps?.some((s: any) => s.with?.level === 'compare')
    );
    const baseline = Object.keys(doc.jobs).find(id =>
      doc.jobs[id].steps?.some((s: any) => s.with?.perf === 'baseline')
    )!;
    job.needs = job.needs.filter((n: string) => n !== baseline);
    job.if = '${{ !cancelled() }}';
    const problems = await perfProblems(name, YAML.stringify(doc));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`does not need ${baseline}$`))]);
  });

  test('a baseline on the arm64 runner is caught', async () => {
    const doc = YAML.parse(read(name));
    const id = Object.keys(doc.jobs).find(k =>
      doc.jobs[k].steps?.some((s: any) => s.with?.perf === 'baseline')
    )!;
    doc.jobs[id]['runs-on'] = 'ubuntu-24.04-arm';
    expect(await perfProblems(name, YAML.stringify(doc))).toEqual([`${id} runs on ubuntu-24.04-arm`]);
  });
});

describe('selftest.yml: hostpath and lvm with the perf stage on both runners', () => {
  const doc = YAML.parse(read('selftest.yml'));

  test('every engine runs on both runners, and each comparison needs those runs', async () => {
    const run = doc.jobs['perf-run'];
    const engines = run.strategy.matrix.engine.map((e: any) => e.name);
    expect(engines).toEqual(['hostpath', 'lvm']);
    const sides = run.strategy.matrix.side.map((s: any) => `${s.runner}:${s.perf}`);
    expect(sides).toEqual(['ubuntu-24.04-arm:on', 'ubuntu-24.04:baseline']);
    const e2e = run.steps.find((s: any) => isE2E(s.uses));
    expect(e2e.with).toMatchObject({
      level: 'cluster',
      engine: '${{ matrix.engine.name }}',
      perf: '${{ matrix.side.perf }}'
    });
    const jobs = await workflowJobs('selftest.yml', read('selftest.yml'));
    const compare = jobs.find(j => j.id === 'perf-compare')!;
    expect(compare.needs).toEqual(['perf-run']);
    expect(jobs.find(j => j.id === 'perf-run')!.runsOn).toBe('${{ matrix.side.runner }}');
  });
});
