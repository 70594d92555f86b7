// The pull request's sticky comment: one comment per workflow job, found by a hidden marker and
// updated in place on every push, with the platform × level table, the chart's support matrix and
// links to the proofs and the run. A token that may not comment (forks: 403) skips it with a notice.
import * as fs from 'node:fs';
import * as core from '../core/toolkit';
import { whyOf } from '../core/errors';
import { count } from '../core/words';
import type { VerifyResult } from './verify';
import { matrixCell, supportMatrix } from './matrix';

/** Where to comment: a pull request of a repository, through an API (GitHub's, or a stand-in). */
export interface PullRequestTarget {
  apiUrl: string;
  owner: string;
  repo: string;
  number: number;
  /** Tells this job's comment from others' (the workflow and job names). */
  key: string;
  runUrl?: string;
  serverUrl: string;
}

/** A proof written in this run, as the comment links it. */
export interface CommentProof {
  subject: string;
  signing: string;
  referrer?: string;
  attestationId?: string;
}

export type CommentOutcome = 'created' | 'updated' | 'skipped';

// Bounded: at most this many pages of 100 comments are searched for ours.
const MAX_PAGES = 10;

/**
 * The pull request of a `pull_request` (or `pull_request_target`) run, else undefined. `action`
 * keeps apart the comments of two actions in one job (none: verify-platforms).
 */
export function pullRequestOf(
  env: NodeJS.ProcessEnv = process.env,
  action?: string
): PullRequestTarget | undefined {
  if (!/^pull_request(_target)?$/.test(env.GITHUB_EVENT_NAME ?? '') || !env.GITHUB_EVENT_PATH)
    return undefined;
  let number: unknown;
  try {
    const event = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { number?: unknown };
    };
    number = event.pull_request?.number;
  } catch {
    return undefined;
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (typeof number !== 'number' || !owner || !repo) return undefined;
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  return {
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    owner,
    repo,
    number,
    key: `${env.GITHUB_WORKFLOW ?? ''}/${env.GITHUB_JOB ?? ''}${action ? ` ${action}` : ''}`,
    serverUrl,
    ...(env.GITHUB_RUN_ID
      ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {})
  };
}

const code = (s: string) => `\`${s.replace(/[`\r\n|]/g, ' ')}\``;
const marker = (key: string) => `<!-- arch-actions:verify ${key.replace(/-->/g, '')} -->`;

function proofCell(pr: PullRequestTarget, digest: string | undefined, proofs: CommentProof[]): string {
  const p = digest ? proofs.find(x => x.subject.endsWith(`@${digest}`)) : undefined;
  if (!p) return '–';
  if (p.attestationId)
    return `[attestation](${pr.serverUrl}/${pr.owner}/${pr.repo}/attestations/${encodeURIComponent(p.attestationId)})`;
  if (p.signing === 'none') return 'unsigned (not attached)';
  return `signed (${p.signing}), referrer ${code(p.referrer ?? '')}`;
}

/** The comment's Markdown: the marker, the platform × level table, the support matrix, the links. */
export function commentBody(pr: PullRequestTarget, result: VerifyResult, proofs: CommentProof[]): string {
  const head = `| Image | ${result.platforms.map(code).join(' | ')} | Proof |`;
  const rule = `| --- | ${result.platforms.map(() => '---').join(' | ')} | --- |`;
  const rows = result.images.map(i => {
    const cells = result.platforms.map(p =>
      matrixCell(
        i,
        i.platforms.find(c => c.platform === p)
      )
    );
    return `| ${code(i.reference)} | ${cells.join(' | ')} | ${proofCell(pr, i.digest, proofs)} |`;
  });
  return [
    marker(pr.key),
    `### ${result.ok ? '✅' : result.outcomes.missing ? '❌' : '❓'} arch-actions: ${count(result.checked, 'image')} checked for ${result.platforms.join(', ')}`,
    '',
    result.verdict,
    '',
    head,
    rule,
    ...rows,
    '',
    '<details><summary>Support matrix</summary>',
    '',
    supportMatrix(result),
    '',
    '</details>',
    '',
    pr.runUrl ? `[The run](${pr.runUrl})` : ''
  ].join('\n');
}

interface Octokit {
  request(route: string, params: Record<string, unknown>): Promise<{ data: unknown }>;
}

async function findOurs(o: Octokit, pr: PullRequestTarget): Promise<number | undefined> {
  const tag = marker(pr.key);
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await o.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      per_page: 100,
      page
    });
    const list = data as Array<{ id: number; body?: string }>;
    const ours = list.find(c => c.body?.startsWith(tag));
    if (ours) return ours.id;
    if (list.length < 100) return undefined;
  }
  return undefined;
}

/** Creates the comment, or updates ours in place; a 403 (no pull-requests: write) skips it with a notice. */
export async function stickyComment(
  pr: PullRequestTarget,
  token: string,
  body: string
): Promise<CommentOutcome> {
  const { getOctokit } = await import('@actions/github');
  const o = getOctokit(token, { baseUrl: pr.apiUrl }) as unknown as Octokit;
  try {
    const id = await findOurs(o, pr);
    if (id !== undefined) {
      await o.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: pr.owner,
        repo: pr.repo,
        comment_id: id,
        body
      });
      return 'updated';
    }
    await o.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      body
    });
    return 'created';
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status !== 403 && status !== 401 && status !== 404) throw err;
    core.notice(
      `The pull request comment was skipped: the token may not write comments here (HTTP ${status}; a fork, or no pull-requests: write permission): ${whyOf(err)}`
    );
    return 'skipped';
  }
}

/**
 * The sticky comment of `result` on this run's pull request, when `enabled`, with a token, on a
 * pull_request event; like the summary, it never fails the job.
 */
export async function postComment(
  enabled: boolean,
  token: string,
  result: VerifyResult,
  proofs: CommentProof[],
  action?: string
): Promise<void> {
  const pr = enabled && token ? pullRequestOf(process.env, action) : undefined;
  if (!pr) return;
  try {
    const outcome = await stickyComment(pr, token, commentBody(pr, result, proofs));
    if (outcome !== 'skipped') core.info(`Pull request #${pr.number}: comment ${outcome}`);
  } catch (err) {
    core.warning(`The pull request comment failed: ${whyOf(err)}`);
  }
}
