// The pull request's sticky comment, against a local HTTP server standing in for the GitHub API
// (GitHub itself is the one part this project may stub): `arch-actions verify` on a pull_request
// event creates one comment, updates it in place on the next run, and skips with a notice on a 403.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { AddressInfo } from 'node:net';
import { main } from '../../actions/cli/main';
import { captureIo } from '../helpers/io';
import { LabEnv, requireLab } from '../lab/lab';

jest.setTimeout(120_000);

interface Comment {
  id: number;
  body: string;
}

let lab: LabEnv;
let tmp: string;
let server: http.Server;
let api: string;
const comments: Comment[] = [];
const calls: string[] = [];
let refuse = false;

function answer(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

beforeAll(async () => {
  lab = requireLab();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-comment-'));
  server = http.createServer((req, res) => {
    let data = '';
    req.on('data', c => (data += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      calls.push(`${req.method} ${url.pathname}`);
      if (refuse) return answer(res, 403, { message: 'Resource not accessible by integration' });
      if (req.headers.authorization !== 'token test-token')
        return answer(res, 401, { message: 'Bad credentials' });
      if (req.method === 'GET' && url.pathname === '/repos/openebs/lvm-localpv/issues/7/comments')
        return answer(res, 200, url.searchParams.get('page') === '1' ? comments : []);
      if (req.method === 'POST' && url.pathname === '/repos/openebs/lvm-localpv/issues/7/comments') {
        const c = { id: 100 + comments.length, body: (JSON.parse(data) as Comment).body };
        comments.push(c);
        return answer(res, 201, c);
      }
      const m = /^\/repos\/openebs\/lvm-localpv\/issues\/comments\/(\d+)$/.exec(url.pathname);
      const c = m && comments.find(x => x.id === Number(m[1]));
      if (req.method === 'PATCH' && c) {
        c.body = (JSON.parse(data) as Comment).body;
        return answer(res, 200, c);
      }
      answer(res, 404, { message: 'Not Found' });
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise(resolve => server?.close(resolve));
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function verifyOnPullRequest(): Promise<{ code: number; log: string }> {
  const event = path.join(tmp, 'event.json');
  fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }));
  const env = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'openebs/lvm-localpv',
    GITHUB_API_URL: api,
    GITHUB_RUN_ID: '99',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: 'verify'
  };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const io = captureIo();
    const report = path.join(tmp, 'report.json');
    const code = await main(
      ['verify', lab.LAB_BASE_IMAGE, '--report', report, '--github-token', 'test-token'],
      io
    );
    return { code, log: io.out + io.err };
  } finally {
    for (const k of Object.keys(env)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

test('creates one comment, updates it in place on the next run, and skips with a notice on a 403', async () => {
  const first = await verifyOnPullRequest();
  expect(first.code).toBe(0);
  expect(comments).toHaveLength(1);
  expect(comments[0].body).toMatch(/^<!-- arch-actions:verify ci\/verify -->/);
  expect(comments[0].body).toContain('| Image | `linux/amd64` | `linux/arm64` | Proof |');
  expect(comments[0].body).toContain(
    `| \`${lab.LAB_BASE_IMAGE}\` | ✅ L2 | ✅ L2 | unsigned (not attached) |`
  );
  expect(comments[0].body).toContain('<summary>Support matrix</summary>');
  expect(comments[0].body).toContain('[The run](https://github.com/openebs/lvm-localpv/actions/runs/99)');

  calls.length = 0;
  const second = await verifyOnPullRequest();
  expect(second.code).toBe(0);
  expect(comments).toHaveLength(1);
  expect(calls).toEqual([
    'GET /repos/openebs/lvm-localpv/issues/7/comments',
    `PATCH /repos/openebs/lvm-localpv/issues/comments/${comments[0].id}`
  ]);

  refuse = true;
  const forked = await verifyOnPullRequest();
  expect(forked.code).toBe(0);
  expect(forked.log).toMatch(
    /The pull request comment was skipped: the token may not write comments here \(HTTP 403/
  );
  expect(comments).toHaveLength(1);
});
