// A local HTTP server standing in for the GitHub API's issue comments (GitHub itself is the one
// part this project may stub), for openebs/lvm-localpv pull request #7, and the env of a
// pull_request run that points at it.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { AddressInfo } from 'node:net';

export interface Comment {
  id: number;
  body: string;
}

export interface GithubStandIn {
  url: string;
  comments: Comment[];
  /** `METHOD /path` of each request. */
  calls: string[];
  /** Answer every request 403, as GitHub does a token without pull-requests: write (forks). */
  refuse: boolean;
  close(): Promise<void>;
}

export const TOKEN = 'test-token';
const BASE = '/repos/openebs/lvm-localpv';

function answer(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function handle(api: GithubStandIn, req: http.IncomingMessage, res: http.ServerResponse, data: string): void {
  const url = new URL(req.url ?? '/', 'http://x');
  api.calls.push(`${req.method} ${url.pathname}`);
  if (api.refuse) return answer(res, 403, { message: 'Resource not accessible by integration' });
  if (req.headers.authorization !== `token ${TOKEN}`) return answer(res, 401, { message: 'Bad credentials' });
  if (req.method === 'GET' && url.pathname === `${BASE}/issues/7/comments`)
    return answer(res, 200, url.searchParams.get('page') === '1' ? api.comments : []);
  if (req.method === 'POST' && url.pathname === `${BASE}/issues/7/comments`) {
    const c = { id: 100 + api.comments.length, body: (JSON.parse(data) as Comment).body };
    api.comments.push(c);
    return answer(res, 201, c);
  }
  const m = new RegExp(`^${BASE}/issues/comments/(\\d+)$`).exec(url.pathname);
  const c = m && api.comments.find(x => x.id === Number(m[1]));
  if (req.method === 'PATCH' && c) {
    c.body = (JSON.parse(data) as Comment).body;
    return answer(res, 200, c);
  }
  answer(res, 404, { message: 'Not Found' });
}

export async function startGithubStandIn(): Promise<GithubStandIn> {
  const api = { url: '', comments: [], calls: [], refuse: false } as unknown as GithubStandIn;
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', c => (data += c));
    req.on('end', () => handle(api, req, res, data));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = () => new Promise(resolve => server.close(() => resolve()));
  return api;
}

/** Runs `fn` as a job `job` of workflow `ci` on pull request #7 would, its event file in `dir`. */
export async function onPullRequest<T>(
  api: GithubStandIn,
  dir: string,
  job: string,
  fn: () => Promise<T>
): Promise<T> {
  const event = path.join(dir, 'event.json');
  fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }));
  const env = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'openebs/lvm-localpv',
    GITHUB_API_URL: api.url,
    GITHUB_RUN_ID: '99',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: job
  };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const k of Object.keys(env)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}
