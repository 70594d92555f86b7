import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { childEnv } from '../core/exec';
import { DEFAULT_LIMITS } from '../core/limits';

/** What a build knows about the source it was built from. */
export interface GitContext {
  /** `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/12/merge`, or '' when unknown. */
  ref: string;
  /** Full commit SHA, or '' when unknown. */
  sha: string;
  /** https URL of the repository, or '' when unknown. */
  source: string;
  /** Pull request number when the event is a pull request. */
  pullRequest?: number;
  /** RFC 3339 time: SOURCE_DATE_EPOCH, else the commit time, else now (reproducible when possible). */
  created: string;
  /** True when `created` is only the current time, so it differs on every run. */
  createdIsNow: boolean;
}

function git(args: string[], cwd?: string): string {
  try {
    return execFileSync('git', args, {
      cwd,
      env: childEnv(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      // A local read: a git that hangs (a lock, a prompt) is given up as no answer.
      timeout: DEFAULT_LIMITS.toolMs,
      killSignal: 'SIGKILL',
      maxBuffer: 16 * 1024 * 1024
    }).trim();
  } catch {
    return '';
  }
}

function readEvent(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** `git@github.com:o/r.git` and `https://x@github.com/o/r.git` → `https://github.com/o/r`. */
export function httpsRemote(url: string): string {
  const u = url.trim().replace(/\.git$/, '');
  const scp = u.match(/^[^@/]+@([^:/]+):(.+)$/);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  return u.replace(/^(ssh|git|http):\/\//, 'https://').replace(/^https:\/\/[^@/]+@/, 'https://');
}

// Only HEAD, local branches and tags, whatever log.excludeDecoration says.
const DECORATIONS = ['--decorate-refs=HEAD', '--decorate-refs=refs/heads/', '--decorate-refs=refs/tags/'];

/**
 * HEAD's commit, its commit time and its ref, from one `git log`: the tag at HEAD (as
 * `git describe --tags --exact-match` picks it, asked only when several tags point there), else the
 * branch HEAD is on, else ''.
 */
function readHead(cwd?: string): { sha: string; ref: string; commitTime: string } {
  const out = git(['log', '-1', '--no-show-signature', ...DECORATIONS, '--format=%H%n%cI%n%D', 'HEAD'], cwd);
  const [sha = '', commitTime = '', decorations = ''] = out.split('\n');
  const names = decorations ? decorations.split(', ') : [];
  const tags = names.filter(n => n.startsWith('tag: ')).map(n => n.slice('tag: '.length));
  const branch = names.find(n => n.startsWith('HEAD -> '))?.slice('HEAD -> '.length);
  const tag = tags.length > 1 ? git(['describe', '--tags', '--exact-match', 'HEAD'], cwd) : tags[0];
  const ref = tag ? `refs/tags/${tag}` : branch ? `refs/heads/${branch}` : '';
  return { sha, ref, commitTime };
}

/** The git context from the GitHub environment, or from `git` in `cwd` outside GitHub. */
export function readGitContext(env: NodeJS.ProcessEnv = process.env, cwd?: string): GitContext {
  const onGitHub = Boolean(env.GITHUB_SHA);
  const event = readEvent(env);
  let ref = env.GITHUB_REF ?? '';
  let sha = env.GITHUB_SHA ?? '';
  let source =
    env.GITHUB_REPOSITORY && onGitHub
      ? `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '')}/${env.GITHUB_REPOSITORY}`
      : '';
  let commitTime = '';
  if (!onGitHub) {
    ({ sha, ref, commitTime } = readHead(cwd));
    const remote = git(['remote', 'get-url', 'origin'], cwd);
    source = remote ? httpsRemote(remote) : '';
  }
  const pr = event.pull_request as { number?: number; head?: { sha?: string } } | undefined;
  let pullRequest = typeof pr?.number === 'number' ? pr.number : undefined;
  const m = ref.match(/^refs\/pull\/(\d+)\//);
  if (pullRequest === undefined && m) pullRequest = Number(m[1]);

  let created = '';
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) created = new Date(Number(epoch) * 1000).toISOString();
  if (!created) {
    const headCommit = event.head_commit as { timestamp?: string } | undefined;
    const fromGit = () => (onGitHub && sha ? git(['show', '-s', '--format=%cI', sha], cwd) : commitTime);
    const t = headCommit?.timestamp ?? fromGit();
    if (t && !Number.isNaN(Date.parse(t))) created = new Date(Date.parse(t)).toISOString();
  }
  const createdIsNow = !created;
  if (!created) created = new Date().toISOString();
  return { ref, sha, source, pullRequest, created, createdIsNow };
}

/** A string made safe as a Docker tag: `feature/x` → `feature-x`, at most 128 characters. */
export function sanitiseTag(s: string): string {
  const t = s
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
  return t;
}

/** The version a ref stands for: the tag name, `pr-<n>`, the branch name, or `sha-<7>`. */
export function refVersion(ctx: GitContext): string {
  if (ctx.pullRequest !== undefined) return `pr-${ctx.pullRequest}`;
  if (ctx.ref.startsWith('refs/tags/')) return sanitiseTag(ctx.ref.slice('refs/tags/'.length));
  if (ctx.ref.startsWith('refs/heads/')) return sanitiseTag(ctx.ref.slice('refs/heads/'.length));
  return ctx.sha ? `sha-${ctx.sha.slice(0, 7)}` : '';
}

/** Default tags: the ref's version, plus `sha-<7>` always. */
export function defaultTags(ctx: GitContext): string[] {
  const tags = [refVersion(ctx)];
  if (ctx.sha) tags.push(`sha-${ctx.sha.slice(0, 7)}`);
  return [...new Set(tags.filter(Boolean))];
}

/**
 * OCI labels and annotations from the git context; empty values are left out. With
 * `reproducible`, a clock-only `created` is left out too, so that merging the same digests
 * again gives the same index digest (and an immutable tag is not seen as moved).
 */
export function ociMetadata(ctx: GitContext, reproducible = false): Record<string, string> {
  const out: Record<string, string> = {};
  if (ctx.source) out['org.opencontainers.image.source'] = ctx.source;
  if (ctx.sha) out['org.opencontainers.image.revision'] = ctx.sha;
  if (!(reproducible && ctx.createdIsNow)) out['org.opencontainers.image.created'] = ctx.created;
  const version = refVersion(ctx);
  if (version) out['org.opencontainers.image.version'] = version;
  return out;
}
