// The pull request's sticky comment, against a local HTTP server standing in for the GitHub API
// (GitHub itself is the one part this project may stub): `arch-actions verify` on a pull_request
// event creates one comment, updates it in place on the next run, and skips with a notice on a 403.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../actions/cli/main';
import { GithubStandIn, onPullRequest, startGithubStandIn, TOKEN } from '../helpers/github-api';
import { captureIo } from '../helpers/io';
import { LabEnv, requireLab } from '../lab/lab';

jest.setTimeout(120_000);

let lab: LabEnv;
let tmp: string;
let api: GithubStandIn;

beforeAll(async () => {
  lab = requireLab();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-comment-'));
  api = await startGithubStandIn();
});

afterAll(async () => {
  await api?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

function verifyOnPullRequest(): Promise<{ code: number; log: string }> {
  return onPullRequest(api, tmp, 'verify', async () => {
    const io = captureIo();
    const report = path.join(tmp, 'report.json');
    const code = await main(['verify', lab.LAB_BASE_IMAGE, '--report', report, '--github-token', TOKEN], io);
    return { code, log: io.out + io.err };
  });
}

test('creates one comment, updates it in place on the next run, and skips with a notice on a 403', async () => {
  const { comments, calls } = api;
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

  api.refuse = true;
  const forked = await verifyOnPullRequest();
  expect(forked.code).toBe(0);
  expect(forked.log).toMatch(
    /The pull request comment was skipped: the token may not write comments here \(HTTP 403/
  );
  expect(comments).toHaveLength(1);
});
