// multiarch.yml publishes only what is proven: the tag job is the one job that moves tags, it
// needs verify (and e2e), and its condition is checked over every outcome of the jobs before it.
// With push: false the shards' archives travel as artifacts to verify and e2e.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { ROOT } from './workflow-files';

const load = (): any =>
  YAML.parse(fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'multiarch.yml'), 'utf8'));

const needsOf = (job: any): string[] => (job.needs === undefined ? [] : [job.needs].flat());

/** Every job `name` waits for, directly or through other jobs. */
function upstream(jobs: Record<string, any>, name: string, seen = new Set<string>()): Set<string> {
  for (const n of needsOf(jobs[name])) {
    if (seen.has(n)) continue;
    seen.add(n);
    upstream(jobs, n, seen);
  }
  return seen;
}

const TAG_RUN = /imagetools\s+create|crane\s+(tag|copy|cp)|oras\s+tag|skopeo\s+copy|docker\s+(push|tag)\b/;

/** A step that can move a tag: our tag mode, a merge or all that does not wait, or a tagging tool. */
function movesTags(step: any): boolean {
  if (typeof step.run === 'string') return TAG_RUN.test(step.run);
  const uses = String(step.uses ?? '');
  if (/docker\/build-push-action@/.test(uses)) return String(step.with?.push ?? 'false') !== 'false';
  if (!/\/build-multiarch(@|$)|\/build@|^\.\/build$/.test(uses)) return false;
  const mode = String(step.with?.mode ?? 'all');
  if (mode === 'tag') return true;
  if (mode === 'plan' || mode === 'shard') return false;
  // Only a literal verify or e2e is known not to tag: an expression may say merge.
  return !['verify', 'e2e'].includes(String(step.with?.['tag-after'] ?? 'verify'));
}

/** Jobs with a step that can move a tag but that do not wait for verify. */
function unprovenTaggers(wf: any): string[] {
  return Object.entries<any>(wf.jobs)
    .filter(([name, job]) => (job.steps ?? []).some(movesTags) && !upstream(wf.jobs, name).has('verify'))
    .map(([name]) => name);
}

type Context = Record<string, unknown>;

/** Evaluates a GitHub expression (the subset these workflows use) against `ctx`. */
function evaluate(expression: string, ctx: Context): unknown {
  const body = expression
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .replace(/\b(inputs|needs|runner|matrix|secrets)\.[A-Za-z0-9_.-]+/g, m => `get(${JSON.stringify(m)})`)
    .replace(/!cancelled\(\)/g, 'true')
    .replace(/\balways\(\)/g, 'true')
    .replace(/([=!])=/g, '$1==');
  const format = (f: string, ...args: unknown[]) =>
    f.replace(/\{(\d+)\}/g, (_m, i) => String(args[Number(i)]));
  const get = (k: string) => (k in ctx ? ctx[k] : '');
  return new Function('get', 'format', `return (${body});`)(get, format);
}

/** A value with `${{ }}` parts, as the runner expands it. */
function interpolate(text: string, ctx: Context): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, e: string) => String(evaluate(e, ctx)));
}

const RESULTS = ['success', 'failure', 'skipped', 'cancelled'];

/** Every combination of the inputs and upstream results that decide the tag job. */
function* outcomes(): Generator<Context> {
  for (const push of [true, false])
    for (const tagAfter of ['verify', 'e2e', 'merge'])
      for (const e2e of [true, false])
        for (const merge of RESULTS)
          for (const verify of RESULTS)
            for (const e2eResult of RESULTS)
              yield {
                'inputs.push': push,
                'inputs.tag-after': tagAfter,
                'inputs.e2e': e2e,
                'inputs.chart': '',
                'needs.merge.result': merge,
                'needs.verify.result': verify,
                'needs.e2e.result': e2eResult
              };
}

describe('multiarch.yml moves tags only after the checks', () => {
  const wf = load();

  test('the needs chain: merge after build, verify after merge, e2e after verify, tag after all three', () => {
    expect(needsOf(wf.jobs.merge)).toEqual(expect.arrayContaining(['build']));
    expect(needsOf(wf.jobs.verify)).toEqual(expect.arrayContaining(['build', 'merge']));
    expect(needsOf(wf.jobs.e2e)).toEqual(expect.arrayContaining(['verify']));
    expect(needsOf(wf.jobs.tag)).toEqual(expect.arrayContaining(['merge', 'verify', 'e2e']));
    expect([...upstream(wf.jobs, 'tag')].sort()).toEqual(['build', 'e2e', 'merge', 'plan', 'verify']);
    expect(needsOf(wf.jobs.summary)).toEqual(expect.arrayContaining(['tag']));
  });

  test('no job that does not need verify has a step that can move a tag; the tag job is the only one', () => {
    expect(unprovenTaggers(wf)).toEqual([]);
    const taggers = Object.entries<any>(wf.jobs)
      .filter(([, job]) => (job.steps ?? []).some(movesTags))
      .map(([name]) => name);
    expect(taggers).toEqual(['tag']);
    const merge = wf.jobs.merge.steps.find((s: any) => s.with?.mode === 'merge');
    expect(merge.with['tag-after']).toBe('verify');
  });

  test('the rule catches a planted tag move before verify', () => {
    const planted = load();
    planted.jobs.merge.steps.find((s: any) => s.with?.mode === 'merge').with['tag-after'] =
      '${{ inputs.tag-after }}';
    expect(unprovenTaggers(planted)).toEqual(['merge']);
    const other = load();
    other.jobs.build.steps.push({
      run: 'docker buildx imagetools create -t "$IMAGE:latest" "$IMAGE@$DIGEST"'
    });
    expect(unprovenTaggers(other)).toEqual(['build']);
    const bypass = load();
    bypass.jobs.tag.needs = ['plan', 'merge'];
    expect(unprovenTaggers(bypass)).toEqual(['tag']);
  });

  test('the tag job runs only when verify, and e2e when it ran, passed (tag-after: merge excepted)', () => {
    const condition = String(wf.jobs.tag.if);
    let runs = 0;
    for (const ctx of outcomes()) {
      const tagged = evaluate(condition, ctx) === true;
      const tagAfter = ctx['inputs.tag-after'];
      const why = JSON.stringify(ctx);
      if (!ctx['inputs.push'] || ctx['needs.merge.result'] !== 'success')
        expect([why, tagged]).toEqual([why, false]);
      if (tagAfter === 'merge') continue;
      if (ctx['needs.verify.result'] !== 'success') expect([why, tagged]).toEqual([why, false]);
      if (['failure', 'cancelled'].includes(ctx['needs.e2e.result'] as string))
        expect([why, tagged]).toEqual([why, false]);
      if (tagAfter === 'e2e' && ctx['needs.e2e.result'] !== 'success')
        expect([why, tagged]).toEqual([why, false]);
      const proven =
        ctx['inputs.push'] &&
        ctx['needs.merge.result'] === 'success' &&
        ctx['needs.verify.result'] === 'success' &&
        (ctx['needs.e2e.result'] === 'success' ||
          (ctx['needs.e2e.result'] === 'skipped' && tagAfter === 'verify'));
      if (proven) expect([why, tagged]).toEqual([why, true]);
      if (tagged) runs++;
    }
    // Of the outcomes walked, these six are the ones that tag.
    expect(runs).toBe(6);
  });

  test('e2e runs when asked for or when the tags wait for it, and only after verify passed', () => {
    for (const ctx of outcomes()) {
      const runs = evaluate(String(wf.jobs.e2e.if), ctx) === true;
      const wanted = ctx['inputs.e2e'] === true || ctx['inputs.tag-after'] === 'e2e';
      expect([JSON.stringify(ctx), runs]).toEqual([
        JSON.stringify(ctx),
        wanted && ctx['needs.verify.result'] === 'success'
      ]);
    }
  });

  test('the tag step tags the merged digest and lists the checks that passed', () => {
    const step = wf.jobs.tag.steps.find((s: any) => s.with?.mode === 'tag');
    expect(step.with.digest).toBe('${{ needs.merge.outputs.digest }}');
    const lines = (ctx: Context) =>
      String(step.with.checks)
        .split('\n')
        .map(l => (l.trim() ? String(evaluate(l, ctx)) : ''))
        .filter(Boolean);
    const ok = { 'needs.verify.result': 'success', 'inputs.chart': 'chart/x', 'needs.e2e.result': 'success' };
    expect(lines(ok)).toEqual([
      expect.stringMatching(
        /^verify-platforms \(deep\): .*executables built for it; the images of the chart present$/
      ),
      'run-arm64-e2e: linux/arm64 container parity with linux/amd64',
      'run-arm64-e2e: chart storage test on an arm64 kind cluster'
    ]);
    expect(lines({ ...ok, 'inputs.chart': '', 'needs.e2e.result': 'skipped' })).toEqual([
      expect.stringMatching(/^verify-platforms \(deep\): .*built for it$/)
    ]);
    expect(lines({ 'needs.verify.result': 'failure', 'needs.e2e.result': 'skipped' })).toEqual([
      'none: tag-after is merge, so the tags move unchecked'
    ]);
  });

  test('with a signing key the tag step requires the proof the verify job signed with it', () => {
    const step = wf.jobs.tag.steps.find((s: any) => s.with?.mode === 'tag');
    const verify = wf.jobs.verify.steps.find((s: any) => s.id === 'verify');
    expect(verify.with['signing-key']).toBe('${{ secrets.signing-key }}');
    expect(step.with['signing-key']).toBe(verify.with['signing-key']);
    expect(step.with['signing-key-password']).toBe(verify.with['signing-key-password']);
    const key = { 'secrets.signing-key': 'PEM', 'inputs.tag-after': 'verify' };
    expect(evaluate(step.with.proof, key)).toBe('require');
    expect(evaluate(step.with.proof, { ...key, 'inputs.tag-after': 'e2e' })).toBe('require');
    expect(evaluate(step.with.proof, { ...key, 'inputs.tag-after': 'merge' })).toBe('use');
    expect(evaluate(step.with.proof, { 'inputs.tag-after': 'verify' })).toBe('use');
  });
});

describe('multiarch.yml with push: false', () => {
  const wf = load();
  const upload = wf.jobs.build.steps.find((s: any) =>
    String(s.with?.name).startsWith('arch-actions-archive-')
  );
  const shard = wf.jobs.build.steps.find((s: any) => s.id === 'shard');
  const ctx = { 'inputs.push': false, 'inputs.image': 'ghcr.io/o/app', 'runner.temp': '/rt' };

  test('each shard uploads its archive, re-runnable, only when not pushing', () => {
    expect(upload.uses).toMatch(/^actions\/upload-artifact@[0-9a-f]{40}$/);
    expect(upload.with.overwrite).toBe(true);
    expect(upload.with.path).toBe(`${shard.with['archives-dir']}/*`);
    expect(evaluate(upload.if, ctx)).toBe(true);
    expect(evaluate(upload.if, { ...ctx, 'inputs.push': true })).toBe(false);
    // The same SHA as the other upload-artifact steps of the repository.
    const digestUpload = wf.jobs.build.steps.find((s: any) =>
      String(s.with?.name).startsWith('arch-actions-digest-')
    );
    expect(upload.uses).toBe(digestUpload.uses);
  });

  test.each(['verify', 'e2e'])('%s downloads the archives and checks them, not a registry', job => {
    const steps = wf.jobs[job].steps;
    const download = steps.find((s: any) => String(s.uses).startsWith('actions/download-artifact@'));
    expect(download.with.pattern).toBe(upload.with.name.replace('${{ matrix.pair }}', '*'));
    expect(evaluate(download.if, ctx)).toBe(true);
    const dir = interpolate(download.with.path, ctx);
    const check = steps.find(
      (s: any) => /verify-platforms(@|$)|run-arm64-e2e(@|$)/.test(s.uses) && s.with?.images
    );
    expect(evaluate(check.with.images, ctx)).toBe(`oci-archive:${dir}`);
    expect(
      evaluate(check.with.images, { ...ctx, 'inputs.push': true, 'needs.merge.outputs.digest': 'sha256:d' })
    ).toBe('ghcr.io/o/app@sha256:d');
    // No credentials are needed (a fork's pull request has none).
    const login = steps.find((s: any) => String(s.uses).startsWith('docker/login-action@'));
    expect(evaluate(login.if, ctx)).toBe(false);
  });

  test('verify runs on archives when the merge was skipped for push: false', () => {
    const base = { 'needs.build.result': 'success', 'needs.merge.result': 'skipped' };
    expect(evaluate(wf.jobs.verify.if, { ...base, 'inputs.push': false })).toBe(true);
    expect(evaluate(wf.jobs.verify.if, { ...base, 'inputs.push': true })).toBe(false);
    expect(
      evaluate(wf.jobs.verify.if, { ...base, 'needs.build.result': 'failure', 'inputs.push': false })
    ).toBe(false);
  });
});
