// A pinned workflow runs the actions it was pinned with: multiarch.yml and arm64-e2e.yml read
// their own repository and commit from the job's OIDC token (job_workflow_ref, job_workflow_sha)
// in a github-script step, read from the file and run here with GitHub's core stubbed, and every
// job runs this repository's actions from a checkout at that commit; without a token, at v1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { ROOT } from './workflow-files';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const OWN = /\/actions\/(setup-qemu-buildx|build-multiarch|verify-platforms|run-arm64-e2e)(@|$)/;

const load = (name: string): any =>
  YAML.parse(fs.readFileSync(path.join(ROOT, '.github', 'workflows', name), 'utf8'));

/** A JWT whose payload holds `claims` (unsigned: the step only decodes it). */
const jwt = (claims: object) =>
  ['{"alg":"RS256"}', JSON.stringify(claims), 'sig'].map(p => Buffer.from(p).toString('base64url')).join('.');

/** Runs the step's script as github-script does, with a stub core; returns outputs, log and summary. */
async function runScript(script: string, token: string | Error) {
  const outputs: Record<string, string> = {};
  const log: string[] = [];
  let summary = '';
  const core = {
    getIDToken: async (audience: string) => {
      expect(audience).toBe('arch-actions');
      if (token instanceof Error) throw token;
      return token;
    },
    setOutput: (k: string, v: string) => (outputs[k] = v),
    info: (m: string) => log.push(`info: ${m}`),
    warning: (m: string) => log.push(`warning: ${m}`),
    summary: {
      addRaw(text: string) {
        summary += text;
        return this;
      },
      write: async () => undefined
    }
  };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor;
  await new AsyncFunction('core', script)(core);
  return { outputs, log, summary };
}

describe.each([
  ['multiarch.yml', 'plan'],
  ['arm64-e2e.yml', 'pin']
])('%s', (file, pinJob) => {
  const wf = load(file);
  const pin = wf.jobs[pinJob];
  const step = pin.steps.find((s: any) => s.id === 'self');

  test('the pin step asks for an OIDC token with GitHub’s own script action, pinned by SHA', () => {
    expect(pin.permissions['id-token']).toBe('write');
    expect(step.uses).toMatch(/^actions\/github-script@[0-9a-f]{40}$/);
    expect(step.with.script).toContain("core.getIDToken('arch-actions')");
  });

  test('a token naming the workflow’s commit pins the actions to it', async () => {
    const token = jwt({
      job_workflow_ref: 'openebs/arch-actions/.github/workflows/multiarch.yml@refs/tags/v1.2.0',
      job_workflow_sha: SHA,
      repository: 'openebs/lvm-localpv'
    });
    const r = await runScript(step.with.script, token);
    expect(r.outputs).toEqual({ repository: 'openebs/arch-actions', ref: SHA, pinned: 'true' });
    expect(r.summary).toBe(
      `arch-actions: the actions run at openebs/arch-actions@${SHA}, the commit of this workflow`
    );
  });

  test('a fork’s workflow runs the fork’s actions', async () => {
    const token = jwt({
      job_workflow_ref: 'me/arch-actions/.github/workflows/x.yml@refs/heads/dev',
      job_workflow_sha: SHA
    });
    expect((await runScript(step.with.script, token)).outputs.repository).toBe('me/arch-actions');
  });

  test.each([
    ['no token', new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')],
    ['a token without the claims', jwt({ sub: 'repo:x/y' })],
    [
      'a claim that is no commit',
      jwt({ job_workflow_ref: 'a/b/.github/workflows/c.yml@main', job_workflow_sha: 'main' })
    ]
  ])('%s: the actions run at v1, and the summary says so', async (_n, token) => {
    const r = await runScript(step.with.script, token);
    expect(r.outputs).toEqual({ repository: 'openebs/arch-actions', ref: 'v1', pinned: 'false' });
    expect(r.summary).toMatch(
      /no OIDC token \(a fork's pull request gets none\), so the actions run at openebs\/arch-actions@v1/
    );
    expect(r.log.some(l => l.startsWith('warning: '))).toBe(true);
  });

  test('every job runs the actions from a checkout at the commit the pin step found', () => {
    const ref = (expr: string) =>
      String(expr)
        .replace(/\$\{\{\s*steps\.self\.outputs\.(\w+)\s*\}\}/, (_m, k) => `<${k}>`)
        .replace(/\$\{\{\s*needs\.(\w+)\.outputs\.actions-(\w+)\s*\}\}/, (_m, job, k) =>
          job === pinJob && wf.jobs[pinJob].outputs[`actions-${k}`] === `\${{ steps.self.outputs.${k} }}`
            ? `<${k}>`
            : 'x'
        );
    let jobs = 0;
    for (const [id, job] of Object.entries<any>(wf.jobs)) {
      const steps: any[] = job.steps ?? [];
      const first = steps.findIndex(s => OWN.test(String(s.uses ?? '')));
      if (first < 0) continue;
      jobs++;
      const checkout = steps.slice(0, first).find(s => s.with?.path === '.arch-actions');
      expect({ id, repository: ref(checkout?.with.repository), ref: ref(checkout?.with.ref) }).toEqual({
        id,
        repository: '<repository>',
        ref: '<ref>'
      });
      if (id !== pinJob) expect([job.needs].flat()).toContain(pinJob);
      for (const s of steps.filter(x => OWN.test(String(x.uses ?? ''))))
        expect(s.uses).toMatch(/^\.\/\.arch-actions\/actions\/[a-z0-9-]+$/);
    }
    expect(jobs).toBeGreaterThanOrEqual(2);
  });
});

test('both workflows share one pin script', () => {
  const script = (file: string, job: string) =>
    load(file).jobs[job].steps.find((s: any) => s.id === 'self').with.script;
  expect(script('arm64-e2e.yml', 'pin')).toBe(script('multiarch.yml', 'plan'));
});
