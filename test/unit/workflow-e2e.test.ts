// The e2e jobs of the reusable workflows, walked as YAML: the cluster test of multiarch.yml
// receives the merged digest, and arm64-e2e.yml logs in before it reads an image. Each check
// is also run on a copy with the defect planted back, so it can fail.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { ROOT } from './workflow-files';

const load = (name: string): any =>
  YAML.parse(fs.readFileSync(path.join(ROOT, '.github', 'workflows', name), 'utf8'));
const isE2E = (step: any) =>
  /(\/actions\/run-arm64-e2e@v1|^\.\/\.arch-actions\/actions\/run-arm64-e2e)$/.test(String(step.uses ?? ''));
/** A step that reads images: every e2e level but compare, which reads two fio files. */
const readsImages = (step: any) => isE2E(step) && step.with?.level !== 'compare';
const isLogin = (step: any) => String(step.uses ?? '').startsWith('docker/login-action@');
const MERGED = '${{ inputs.image }}@${{ needs.merge.outputs.digest }}';

/** Why multiarch.yml's cluster test would not test the image the run built, if it would not. */
function clusterDigestProblems(wf: any): string[] {
  const job = wf.jobs.e2e;
  const steps = (job.steps as any[]).filter(s => isE2E(s) && s.with?.level === 'cluster');
  if (steps.length !== 1) return [`expected one cluster step, found ${steps.length}`];
  const step = steps[0];
  const problems: string[] = [];
  if (step.with.images !== MERGED) problems.push(`images is ${JSON.stringify(step.with.images)}`);
  if (![job.needs].flat().includes('merge')) problems.push('the e2e job does not need merge');
  for (const [input, name] of [
    ['image-values', 'e2e-image-values'],
    ['namespace', 'e2e-namespace'],
    ['storage-class', 'e2e-storage-class']
  ]) {
    if (step.with[input] !== `\${{ inputs.${name} }}`) problems.push(`${input} is not inputs.${name}`);
    for (const on of ['workflow_call', 'workflow_dispatch']) {
      if (!wf.on[on].inputs[name]) problems.push(`${on} has no input ${name}`);
    }
  }
  return problems;
}

/** Steps of arm64-e2e.yml that read images before a login, or without the token in env. */
function loginProblems(wf: any): string[] {
  const problems: string[] = [];
  for (const [name, job] of Object.entries<any>(wf.jobs)) {
    const steps: any[] = job.steps ?? [];
    const login = steps.findIndex(isLogin);
    // A job that reads no image (the pin job, the fio comparison) needs no login.
    if (!steps.some(readsImages)) continue;
    if (job.permissions?.packages !== 'read') problems.push(`${name}: no packages: read`);
    if (login >= 0) {
      const w = steps[login].with ?? {};
      if (w.registry !== '${{ inputs.registry }}') problems.push(`${name}: login is not to inputs.registry`);
      if (w.password !== '${{ secrets.registry-password || github.token }}')
        problems.push(`${name}: login password is ${JSON.stringify(w.password)}`);
    }
    steps.forEach((s, i) => {
      if (!readsImages(s)) return;
      if (login < 0 || login > i) problems.push(`${name}: step "${s.name}" reads images before any login`);
      if (s.env?.GITHUB_TOKEN !== '${{ github.token }}')
        problems.push(`${name}: "${s.name}" has no GITHUB_TOKEN in env`);
      if (JSON.stringify(s.with ?? {}).includes('token'))
        problems.push(`${name}: "${s.name}" takes a token as an input`);
    });
  }
  return problems;
}

describe('multiarch.yml: the cluster e2e step', () => {
  const wf = load('multiarch.yml');

  test('receives the merged digest, the image mapping, the namespace and the storage class', () => {
    expect(clusterDigestProblems(wf)).toEqual([]);
  });

  test('a step with only the chart (the old defect) is caught', () => {
    const broken = structuredClone(wf);
    const step = broken.jobs.e2e.steps.find((s: any) => isE2E(s) && s.with?.level === 'cluster');
    step.with = { level: 'cluster', chart: '${{ inputs.chart }}' };
    expect(clusterDigestProblems(broken)).toEqual([
      'images is undefined',
      'image-values is not inputs.e2e-image-values',
      'namespace is not inputs.e2e-namespace',
      'storage-class is not inputs.e2e-storage-class'
    ]);
  });

  test("every dispatch form stays within GitHub's 25 inputs", () => {
    for (const name of ['multiarch.yml', 'arm64-e2e.yml']) {
      expect(Object.keys(load(name).on.workflow_dispatch.inputs).length).toBeLessThanOrEqual(25);
    }
  });
});

describe('arm64-e2e.yml: private images', () => {
  const wf = load('arm64-e2e.yml');

  test('each job logs in to the registry before it reads images, and passes the token through env', () => {
    expect(Object.keys(wf.jobs)).toEqual(['pin', 'parity', 'cluster', 'baseline', 'perf']);
    expect(loginProblems(wf)).toEqual([]);
    expect(wf.on.workflow_call.inputs.registry.default).toBe('ghcr.io');
    expect(Object.keys(wf.on.workflow_call.secrets)).toEqual(['registry-username', 'registry-password']);
    expect(wf.jobs.cluster.steps.find(isE2E).with.images).toBe('${{ inputs.images }}');
  });

  test('the workflow as it was (no login, no packages: read) is caught', () => {
    const broken = structuredClone(wf);
    for (const job of Object.values<any>(broken.jobs)) {
      job.steps = job.steps.filter((s: any) => !isLogin(s));
      for (const s of job.steps) delete s.env;
    }
    delete broken.jobs.cluster.permissions.packages;
    expect(loginProblems(broken)).toEqual([
      'parity: step "arm64 parity with amd64" reads images before any login',
      'parity: "arm64 parity with amd64" has no GITHUB_TOKEN in env',
      'cluster: no packages: read',
      'cluster: step "Chart on an arm64 kind cluster, then the storage smoke test" reads images before any login',
      'cluster: "Chart on an arm64 kind cluster, then the storage smoke test" has no GITHUB_TOKEN in env',
      'baseline: step "Chart on an amd64 kind cluster, then fio as the baseline" reads images before any login',
      'baseline: "Chart on an amd64 kind cluster, then fio as the baseline" has no GITHUB_TOKEN in env'
    ]);
  });

  test('a login placed after the e2e step is caught', () => {
    const broken = structuredClone(wf);
    const steps: any[] = broken.jobs.parity.steps;
    steps.push(steps.splice(steps.findIndex(isLogin), 1)[0]);
    expect(loginProblems(broken)).toEqual([
      'parity: step "arm64 parity with amd64" reads images before any login'
    ]);
  });
});
