// Rules every workflow and example keeps (used by workflow-rules.test.ts, which shows each one
// catching a planted bad copy). Each takes a parsed workflow and returns its findings.

type Doc = any;
type Step = {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
};

const BUILD_MULTIARCH =
  /(^\.\/actions\/build-multiarch$|\/actions\/build-multiarch@|\.\/[\w./-]*\/actions\/build-multiarch$)/;
const VERIFY =
  /(^\.\/actions\/verify-platforms$|\/actions\/verify-platforms@|\.\/[\w./-]*\/actions\/verify-platforms$)/;

const jobsOf = (wf: Doc): Array<[string, Doc]> => Object.entries<Doc>(wf?.jobs ?? {});
const stepsOf = (job: Doc): Step[] => job?.steps ?? [];
const needsOf = (job: Doc): string[] => [job?.needs ?? []].flat();

/** Every job `id` depends on, directly or not. */
function ancestors(wf: Doc, id: string, seen = new Set<string>()): Set<string> {
  for (const n of needsOf(wf.jobs[id])) {
    if (seen.has(n)) continue;
    seen.add(n);
    ancestors(wf, n, seen);
  }
  return seen;
}

// A merge that must fail (a self-test's forced failure, continue-on-error) tags nothing.
const isMerge = (s: Step) =>
  (s as { 'continue-on-error'?: unknown })['continue-on-error'] !== true &&
  BUILD_MULTIARCH.test(String(s.uses ?? '')) &&
  String(s.with?.mode ?? 'all') === 'merge' &&
  String(s.with?.['tag-after'] ?? 'verify') !== 'merge';
const isTag = (s: Step) => BUILD_MULTIARCH.test(String(s.uses ?? '')) && s.with?.mode === 'tag';
const verifies = (steps: Step[]) => steps.some(s => VERIFY.test(String(s.uses ?? '')));

/**
 * A merge that leaves the tags for later (no `tag-after: merge`) is followed by a `mode: tag`
 * step after verify, fed the merge's digest: later in its job, or in a job that needs both
 * the merge's job and a verify job.
 */
export function untaggedMerges(wf: Doc, name: string): string[] {
  const found: string[] = [];
  for (const [id, job] of jobsOf(wf)) {
    stepsOf(job).forEach((merge, i) => {
      if (!isMerge(merge)) return;
      const own = `steps.${merge.id}.outputs.digest`;
      const later = stepsOf(job).slice(i + 1);
      const inJob = later.some(
        (s, k) => isTag(s) && String(s.with?.digest ?? '').includes(own) && verifies(later.slice(0, k))
      );
      const output = Object.entries<string>(job.outputs ?? {}).find(([, v]) => String(v).includes(own))?.[0];
      const inLater = jobsOf(wf).some(([tid, tjob]) => {
        const before = ancestors(wf, tid);
        const fed = `needs.${id}.outputs.${output}`;
        return (
          output !== undefined &&
          before.has(id) &&
          [...before].some(a => verifies(stepsOf(wf.jobs[a]))) &&
          stepsOf(tjob).some(s => isTag(s) && String(s.with?.digest ?? '').includes(fed))
        );
      });
      if (!merge.id || !(inJob || inLater))
        found.push(
          `${name}: jobs.${id} merges without tag-after: merge, and no mode: tag after verify takes its digest`
        );
    });
  }
  return found;
}

/** Where each input of multiarch.yml must arrive: [job, action path, with key]. */
export const INPUT_STEPS: Record<string, Array<[string, RegExp, string]>> = {
  target: [['build', BUILD_MULTIARCH, 'target']],
  'build-args': [['build', BUILD_MULTIARCH, 'build-args']],
  cache: [['build', BUILD_MULTIARCH, 'cache']],
  values: [
    ['verify', VERIFY, 'values'],
    ['e2e', /run-arm64-e2e/, 'values']
  ],
  set: [
    ['verify', VERIFY, 'set'],
    ['e2e', /run-arm64-e2e/, 'set']
  ]
};

/** Inputs (and the build-secrets secret) of multiarch.yml that never reach the step that uses them. */
export function unusedInputs(wf: Doc, name: string): string[] {
  const found: string[] = [];
  const reaches = (job: string, uses: RegExp, key: string, expr: string) =>
    stepsOf(wf.jobs?.[job]).some(
      s => uses.test(String(s.uses ?? '')) && String(s.with?.[key] ?? '').replace(/\s/g, '') === expr
    );
  for (const [input, places] of Object.entries(INPUT_STEPS)) {
    for (const trigger of ['workflow_call', 'workflow_dispatch'])
      if (!wf.on?.[trigger]?.inputs?.[input]) found.push(`${name}: on.${trigger} has no input ${input}`);
    for (const [job, uses, key] of places)
      if (!reaches(job, uses, key, `\${{inputs.${input}}}`))
        found.push(`${name}: input ${input} does not reach ${key} of jobs.${job}`);
  }
  if (!wf.on?.workflow_call?.secrets?.['build-secrets'])
    found.push(`${name}: on.workflow_call has no secret build-secrets`);
  if (!reaches('build', BUILD_MULTIARCH, 'secrets', '${{secrets.build-secrets}}'))
    found.push(`${name}: secret build-secrets does not reach secrets of jobs.build`);
  const dispatch = Object.keys(wf.on?.workflow_dispatch?.inputs ?? {}).length;
  if (dispatch > 25) found.push(`${name}: workflow_dispatch has ${dispatch} inputs, over GitHub's 25`);
  return found;
}

const GITHUB_TOKEN = /github\.token|secrets\.GITHUB_TOKEN/i;

/**
 * A step that pushes git refs authenticates with a release token, never GITHUB_TOKEN: none in
 * its env, and a checkout before it that keeps no credentials.
 */
export function githubTokenPushes(wf: Doc, name: string): string[] {
  const found: string[] = [];
  for (const [id, job] of jobsOf(wf)) {
    const steps = stepsOf(job);
    steps.forEach((s, i) => {
      if (!/git push/.test(String(s.run ?? ''))) return;
      const env = JSON.stringify({ ...(job.env ?? {}), ...(wf.env ?? {}), ...(s.env ?? {}) });
      if (GITHUB_TOKEN.test(env)) found.push(`${name}: jobs.${id}.steps[${i}] pushes with GITHUB_TOKEN`);
      if (!/secrets\.RELEASE_TOKEN|steps\.[\w-]+\.outputs\.token/.test(env))
        found.push(`${name}: jobs.${id}.steps[${i}] pushes with no release token`);
      const checkout = steps.slice(0, i).find(c => String(c.uses ?? '').startsWith('actions/checkout@'));
      if (checkout && checkout.with?.['persist-credentials'] !== false)
        found.push(`${name}: jobs.${id} checks out with GITHUB_TOKEN kept in the git config`);
    });
  }
  return found;
}

/** Self-tests run the change itself: this repository's actions and workflows through local paths only. */
export function releasedActionsInSelfTests(wf: Doc, name: string): string[] {
  const found: string[] = [];
  for (const [id, job] of jobsOf(wf)) {
    if (String(job.uses ?? '').includes('openebs/arch-actions/'))
      found.push(`${name}: jobs.${id} calls ${job.uses}, not ./.github/workflows/…`);
    stepsOf(job).forEach((s, i) => {
      if (String(s.uses ?? '').startsWith('openebs/arch-actions/'))
        found.push(`${name}: jobs.${id}.steps[${i}] uses ${s.uses}, not ./…`);
    });
  }
  return found;
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

/** A permissions block as scope → level; a string form (read-all, write-all) for every scope. */
function levels(block: unknown, scopes: string[]): Record<string, number> {
  if (typeof block === 'string') {
    const l = block === 'write-all' ? 2 : block === 'read-all' ? 1 : 0;
    return Object.fromEntries(scopes.map(s => [s, l]));
  }
  return Object.fromEntries(Object.entries(block ?? {}).map(([k, v]) => [k, LEVEL[String(v)] ?? 0]));
}

/**
 * Calls of a local reusable workflow whose caller grants less than a called job asks for:
 * GitHub refuses to start such a run ("… is requesting 'id-token: write', but is only allowed
 * 'id-token: none'"), whatever the job's `if:` says. Followed through nested calls.
 */
export function ungrantedPermissions(wf: Doc, name: string, read: (file: string) => Doc): string[] {
  const found: string[] = [];
  for (const [id, job] of jobsOf(wf)) {
    // This repository's workflows, called locally or by the examples at @v1.
    const m = /^(?:\.\/|openebs\/arch-actions\/)\.github\/workflows\/([\w.-]+?)(?:@[\w.-]+)?$/.exec(
      String(job.uses ?? '')
    );
    if (!m) continue;
    const called = read(m[1]);
    const granted = job.permissions ?? wf.permissions;
    for (const [cid, cjob] of jobsOf(called)) {
      const asked = cjob.permissions ?? called.permissions;
      const want = levels(asked, ['contents', 'packages', 'id-token', 'attestations']);
      const have = levels(granted, Object.keys(want));
      for (const [scope, level] of Object.entries(want))
        if (level > (have[scope] ?? 0))
          found.push(
            `${name}: jobs.${id} calls ${m[1]} whose jobs.${cid} asks for ${scope}: ${asked[scope]}`
          );
    }
    found.push(...ungrantedPermissions(called, m[1], read));
  }
  return found;
}
