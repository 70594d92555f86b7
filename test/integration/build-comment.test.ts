// `build` on a pull_request event keeps one sticky comment, as verify-platforms does (the same
// code, lib/verify/comment): created by the first run, updated in place by the next, skipped with
// a notice on a 403 (a fork's token); the build passes either way. A build whose verify fails
// still updates it, with the failing platform. GitHub is the local stand-in.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run as buildRun } from '../../build/main';
import { GithubStandIn, onPullRequest, startGithubStandIn, TOKEN } from '../helpers/github-api';
import { toolkitOutput } from '../helpers/io';
import { cosignKeyPair, KEY_PASSWORD, KeyPair } from '../helpers/proof';
import { labSuite, runAction, uniqueName } from './build-multiarch-helpers';

jest.setTimeout(600_000);

let ctx: string;
let keys: KeyPair;
let api: GithubStandIn;
const suite = labSuite('build-comment-', s => {
  ctx = path.join(s.tmp, 'ctx');
  fs.mkdirSync(ctx);
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${s.lab.LAB_BASE_IMAGE}\nRUN uname -m > /arch\n`);
  keys = cosignKeyPair(s.lab, path.join(s.tmp, 'keys'));
});

beforeAll(async () => {
  api = await startGithubStandIn();
});

afterAll(async () => {
  await api?.close();
});

function buildOnPullRequest(image: string, run: number, context = ctx) {
  return onPullRequest(api, suite.tmp, 'images', () =>
    runAction(
      buildRun,
      {
        image,
        context,
        tags: 'pr-7',
        'digests-dir': path.join(suite.tmp, `d${run}`),
        'signing-key': keys.privateKey,
        'signing-key-password': KEY_PASSWORD,
        'github-token': TOKEN
      },
      suite.tmp
    )
  );
}

test('build creates its comment once, updates it in place, and skips it with a notice on a 403', async () => {
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('issue24-buildpr')}`;
  const first = await buildOnPullRequest(image, 1);
  expect(first.outputs.verified).toBe('true');
  const [proof] = JSON.parse(first.outputs.proofs) as Array<{ referrer: string }>;
  expect(api.comments).toHaveLength(1);
  const body = api.comments[0].body;
  expect(body).toMatch(/^<!-- arch-actions:verify ci\/images build -->/);
  expect(body).toContain('| Image | `linux/amd64` | `linux/arm64` | Proof |');
  expect(body).toContain(
    `| \`${image}@${first.outputs.digest}\` | ✅ L3 | ✅ L3 | signed (cosign-key), referrer \`${proof.referrer}\` |`
  );
  expect(body).toContain('<summary>Support matrix</summary>');
  expect(body).toContain('[The run](https://github.com/openebs/lvm-localpv/actions/runs/99)');

  api.calls.length = 0;
  const second = await buildOnPullRequest(image, 2);
  expect(api.comments).toHaveLength(1);
  expect(api.calls).toEqual([
    'GET /repos/openebs/lvm-localpv/issues/7/comments',
    `PATCH /repos/openebs/lvm-localpv/issues/comments/${api.comments[0].id}`
  ]);
  expect(api.comments[0].body).toContain(`| \`${image}@${second.outputs.digest}\` | ✅ L3 | ✅ L3 |`);

  api.refuse = true;
  const forked = await buildOnPullRequest(image, 3);
  expect(forked.outputs.verified).toBe('true');
  expect(toolkitOutput()).toMatch(
    /::notice::The pull request comment was skipped: the token may not write comments here \(HTTP 403/
  );
  expect(api.comments).toHaveLength(1);
});

test('a build whose verify fails still updates the comment, with the platform that failed', async () => {
  api.refuse = false;
  // Both platforms get the amd64 busybox: the arm64 entry carries an amd64 binary (level 3 fails).
  const wrong = path.join(suite.tmp, 'wrong');
  fs.mkdirSync(wrong);
  fs.copyFileSync(suite.lab.LAB_BUSYBOX_AMD64, path.join(wrong, 'busybox'));
  fs.writeFileSync(path.join(wrong, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\n');
  const image = `${suite.lab.LAB_REGISTRY}/${uniqueName('issue24-buildwrong')}`;
  await expect(buildOnPullRequest(image, 4, wrong)).rejects.toThrow(/verify failed: .*no tag was moved/);
  expect(api.comments).toHaveLength(1);
  const body = api.comments[0].body;
  expect(body).toMatch(
    /^<!-- arch-actions:verify ci\/images build -->\n### ❌ arch-actions: 1 image checked/
  );
  expect(body).toMatch(
    new RegExp(`\\| \`${image}@sha256:[0-9a-f]{64}\` \\| ✅ L3 \\| ❌ L3 wrong \\| – \\|`)
  );
});
