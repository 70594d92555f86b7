// What a real run of the workflows would hit: a concurrency group that cancels a pending tag
// move, and an artifact upload that fails on "Re-run all jobs". A YAML walk of every workflow
// and example (GitHub's parser checks their syntax in workflow-parser.test.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { exampleWorkflows, rel, ROOT, workflowFiles } from './workflow-files';

const files = [...workflowFiles(), ...exampleWorkflows()];
const load = (file: string): any => YAML.parse(fs.readFileSync(file, 'utf8'));

/** `${{ env.X }}` resolved from the job's, then the workflow's env. */
function resolveEnv(value: unknown, job: any, wf: any): string {
  return String(value ?? '').replace(
    /\$\{\{\s*env\.(\w+)\s*\}\}/g,
    (m, k) => job.env?.[k] ?? wf.env?.[k] ?? m
  );
}

/** Why a job moves a tag that others can see, or undefined when it moves none. */
export function movesTags(job: any, wf: any): string | undefined {
  if (/\/\.github\/workflows\/multiarch\.yml|^\.\/\.github\/workflows\/multiarch\.yml/.test(job.uses ?? '')) {
    return 'calls multiarch.yml';
  }
  for (const step of job.steps ?? []) {
    const uses = String(step.uses ?? '');
    const mode = String(step.with?.mode ?? 'all');
    // A job's own service registry (localhost) is not shared with any other run.
    const local = resolveEnv(step.with?.image, job, wf).startsWith('localhost');
    // A merge (or all) whose tag-after is a literal verify or e2e pushes by digest only.
    const waits = ['verify', 'e2e'].includes(String(step.with?.['tag-after'] ?? 'verify'));
    if (
      /\/actions\/build-multiarch(@|$)/.test(uses) &&
      (mode === 'tag' || (!['plan', 'shard'].includes(mode) && !waits))
    ) {
      if (!local) return `build-multiarch mode ${mode}`;
    }
    if (/(^\.\/build$|\/arch-actions\/build@)/.test(uses) && mode !== 'shard' && !local)
      return 'the build one-liner';
    if (/git push[^\n]*(refs\/tags|--tags)/.test(String(step.run ?? ''))) return 'git push of tags';
  }
  return undefined;
}

/** A concurrency block that can cancel a pending or running job, with the reason. */
export function cancels(block: unknown): string | undefined {
  if (block === undefined) return undefined;
  if (typeof block !== 'object' || block === null)
    return 'a bare group keeps one pending job and cancels the rest';
  const b = block as Record<string, unknown>;
  if (b['cancel-in-progress'] !== undefined && b['cancel-in-progress'] !== false) return 'cancel-in-progress';
  if (b.queue !== 'max') return 'without queue: max a newer pending job cancels the waiting one';
  return undefined;
}

/** Every tag-moving job that a concurrency group could cancel. */
export function cancellableTagMoves(wf: any, name: string): string[] {
  const found: string[] = [];
  for (const [id, job] of Object.entries<any>(wf.jobs ?? {})) {
    const why = movesTags(job, wf);
    if (!why) continue;
    for (const [where, block] of [
      ['workflow', wf.concurrency],
      ['job', job.concurrency]
    ]) {
      const reason = cancels(block);
      if (reason) found.push(`${name}: jobs.${id} (${why}) sits in a ${where}-level group: ${reason}`);
    }
  }
  return found;
}

/** upload-artifact steps that fail with 409 when the job is re-run. */
export function uploadsWithoutOverwrite(wf: any, name: string): string[] {
  const found: string[] = [];
  for (const [id, job] of Object.entries<any>(wf.jobs ?? {})) {
    (job.steps ?? []).forEach((step: any, i: number) => {
      if (String(step.uses ?? '').startsWith('actions/upload-artifact@') && step.with?.overwrite !== true) {
        found.push(`${name}: jobs.${id}.steps[${i}]`);
      }
    });
  }
  return found;
}

describe('no concurrency group can cancel a pending merge or tag job', () => {
  test.each(files.map(f => [rel(f), f]))('%s', (name, file) => {
    expect(cancellableTagMoves(load(file), name)).toEqual([]);
  });

  test('the jobs that move tags are found', () => {
    const found = files.flatMap(f =>
      Object.entries<any>(load(f).jobs ?? {})
        .filter(([, job]) => movesTags(job, load(f)))
        .map(([id]) => `${path.basename(f)}:${id}`)
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'multiarch.yml:tag',
        'release.yml:major-tag',
        'selftest-multiarch.yml:multiarch',
        'localpv-dockerfile.yml:provisioner-localpv',
        'mayastor-nix.yml:tag'
      ])
    );
    // selftest.yml tags only in each job's own localhost registry.
    expect(found.filter(f => f.startsWith('selftest.yml:'))).toEqual([]);
  });

  const multiarch = (): any => load(path.join(ROOT, '.github', 'workflows', 'multiarch.yml'));

  test.each([
    ['a workflow-level group', (wf: any) => (wf.concurrency = { group: 'g', 'cancel-in-progress': false })],
    ['a tag group without queue: max', (wf: any) => delete wf.jobs.tag.concurrency.queue],
    ['a bare group on the tag job', (wf: any) => (wf.jobs.tag.concurrency = 'g')],
    ['cancel-in-progress on the tag job', (wf: any) => (wf.jobs.tag.concurrency['cancel-in-progress'] = true)]
  ])('catches %s in multiarch.yml', (_n, plant) => {
    const wf = multiarch();
    expect(cancellableTagMoves(wf, 'multiarch.yml')).toEqual([]);
    plant(wf);
    expect(cancellableTagMoves(wf, 'multiarch.yml')).toHaveLength(1);
  });

  test('catches a call of multiarch.yml in a workflow that cancels superseded runs', () => {
    const selftest = load(path.join(ROOT, '.github', 'workflows', 'selftest.yml'));
    const call = load(path.join(ROOT, '.github', 'workflows', 'selftest-multiarch.yml')).jobs.multiarch;
    selftest.jobs.multiarch = call;
    expect(cancellableTagMoves(selftest, 'selftest.yml')).toEqual([
      'selftest.yml: jobs.multiarch (calls multiarch.yml) sits in a workflow-level group: cancel-in-progress'
    ]);
  });
});

describe('every upload-artifact step can be re-run', () => {
  test.each(files.map(f => [rel(f), f]))('%s', (name, file) => {
    expect(uploadsWithoutOverwrite(load(file), name)).toEqual([]);
  });

  test('there are uploads to check, and one without overwrite is caught', () => {
    const wf = load(path.join(ROOT, '.github', 'workflows', 'multiarch.yml'));
    const at = wf.jobs.build.steps.findIndex((s: any) =>
      String(s.uses).startsWith('actions/upload-artifact@')
    );
    expect(wf.jobs.build.steps[at].with.overwrite).toBe(true);
    delete wf.jobs.build.steps[at].with.overwrite;
    expect(uploadsWithoutOverwrite(wf, 'multiarch.yml')).toEqual([`multiarch.yml: jobs.build.steps[${at}]`]);
  });
});
