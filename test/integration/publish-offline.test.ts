// Proof without a registry (issue 10, acceptance 3): a read-only distribution instance serves
// the lab's base image and refuses every write. The build with push: false writes each platform
// as an archive, verify-platforms checks the archives deep and run-arm64-e2e runs them for
// parity, all offline, and the registry's access log shows reads but not one write. A
// mislabeled arm64 archive (x86-64 binaries) fails verify from disk alone.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { run as verifyRun } from '../../actions/verify-platforms/main';
import { run as e2eRun } from '../../actions/run-arm64-e2e/main';
import { run as buildRun } from '../../build/main';
import { CheckError } from '../../actions/lib/core/errors';
import { labProcessEnv } from '../lab/lab';
import { labSuite, runAction, uniqueName } from './build-multiarch-helpers';

jest.setTimeout(600_000);

let registry: ChildProcess | undefined;
let host: string;
let log: string;
const suite = labSuite('pub-offline-');

const WRITE = /"(PUT|POST|PATCH|DELETE) \/v2\//;
const READ = /"(GET|HEAD) \/v2\//;
const requests = (re: RegExp): string[] =>
  fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter(l => re.test(l));

function freePort(): Promise<number> {
  return new Promise(resolve => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

/** The lab registry's storage served read-only on its own port, its access log in a file. */
async function startReadOnlyRegistry(): Promise<void> {
  host = `127.0.0.1:${await freePort()}`;
  const config = path.join(suite.tmp, 'readonly.yml');
  log = path.join(suite.tmp, 'readonly.log');
  fs.writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${path.join(suite.lab.LAB_DIR, 'registry')}`,
      '  maintenance:',
      '    readonly:',
      '      enabled: true',
      '    uploadpurging:',
      '      enabled: false',
      'http:',
      `  addr: ${host}`,
      ''
    ].join('\n')
  );
  const out = fs.openSync(log, 'a');
  registry = spawn('docker-registry', ['serve', config], { stdio: ['ignore', out, out] });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://${host}/v2/`).then(
      r => r.status === 200,
      () => false
    );
    if (ok) return;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`the read-only registry did not answer on ${host}: ${fs.readFileSync(log, 'utf8')}`);
}

beforeAll(startReadOnlyRegistry);
afterAll(() => {
  if (registry?.pid) process.kill(registry.pid);
  // The docker driver leaves each shard tagged in the daemon.
  const listed = execFileSync('docker', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'], {
    encoding: 'utf8'
  });
  const ours = listed.split('\n').filter(t => host && t.startsWith(`${host}/`));
  if (ours.length) execFileSync('docker', ['image', 'rm', '--force', ...ours], { stdio: 'pipe' });
});

test('the registry refuses writes', async () => {
  const res = await fetch(`http://${host}/v2/${uniqueName('probe')}/blobs/uploads/`, { method: 'POST' });
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(requests(WRITE)).toHaveLength(1);
  fs.writeFileSync(log, '');
});

test('push: false — build, deep verify of the archives and the parity run succeed with no write', async () => {
  const ctx = path.join(suite.tmp, 'ctx');
  fs.mkdirSync(ctx);
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${host}/base:latest\nRUN uname -m > /arch\n`);
  const archives = path.join(suite.tmp, 'archives');
  const image = `${host}/${uniqueName('offline')}`;
  const built = await runAction(
    buildRun,
    {
      image,
      context: ctx,
      push: 'false',
      'tag-after': 'e2e',
      'e2e-command': 'cat /arch',
      'archives-dir': archives
    },
    suite.tmp
  );
  expect(built.outputs.verified).toBe('true');
  expect(built.outputs.tags).toBe('[]');
  // The platform proof of what was verified is written next to the archives (unsigned: no signing-key).
  expect(fs.readdirSync(archives).sort()).toEqual([
    'linux-amd64.tar',
    'linux-arm64.tar',
    expect.stringMatching(/^platform-proof-[0-9a-f]{16}\.unsigned\.intoto\.json$/)
  ]);

  // The same archives through the two actions, as multiarch.yml's verify and e2e jobs run them.
  const verified = await runAction(
    verifyRun,
    { images: `oci-archive:${archives}`, platforms: 'linux/amd64,linux/arm64', deep: 'true' },
    suite.tmp
  );
  expect(verified.outputs.ok).toBe('true');
  const report = JSON.parse(fs.readFileSync(verified.outputs.report, 'utf8'));
  expect(report.images[0].platforms.map((p: any) => [p.platform, p.status, p.level])).toEqual([
    ['linux/amd64', 'ok', 3],
    ['linux/arm64', 'ok', 3]
  ]);
  const parity = await runAction(
    e2eRun,
    {
      level: 'container',
      images: `oci-archive:${archives}`,
      platforms: 'linux/arm64',
      baseline: 'linux/amd64',
      command: 'cat /arch',
      report: path.join(suite.tmp, 'e2e.json')
    },
    suite.tmp
  );
  expect(parity.outputs.ok).toBe('true');
  const runs = JSON.parse(fs.readFileSync(path.join(suite.tmp, 'e2e.json'), 'utf8')).images[0].runs;
  expect(runs.map((r: any) => [r.platform, r.output])).toEqual([
    ['linux/amd64', 'x86_64'],
    ['linux/arm64', 'aarch64']
  ]);

  // The base came through the registry, by its tag, and nothing but the base was read from it. Which of its
  // blobs were fetched depends on what the daemon and buildah already hold, so they are not counted.
  const read = requests(READ).map(l => /"(?:GET|HEAD) (\/v2\/\S*)/.exec(l)![1]);
  expect(read).toContain('/v2/base/manifests/latest');
  expect(read.filter(p => !/^\/v2\/base\/(manifests|blobs)\/[^/]+$/.test(p))).toEqual([]);
  expect(requests(WRITE)).toEqual([]);
});

test('a mislabeled arm64 archive (an arm64 config over an x86-64 busybox) fails verify offline', async () => {
  const dir = path.join(suite.tmp, 'mislabeled');
  fs.mkdirSync(dir);
  const env = labProcessEnv(suite.lab);
  const sh = (script: string) => execFileSync('bash', ['-c', script], { env, stdio: 'pipe' });
  sh(
    [
      'set -e',
      'c=$(buildah from --arch arm64 scratch)',
      `buildah copy "$c" ${suite.lab.LAB_BUSYBOX_AMD64} /bin/busybox >/dev/null`,
      'buildah config --arch arm64 --os linux "$c"',
      'id=$(buildah commit -q --rm "$c")',
      `buildah push -q "$id" oci-archive:${dir}/linux-arm64.tar`,
      'buildah rmi "$id" >/dev/null',
      `skopeo copy -q --src-tls-verify=false docker://${host}/base-amd64:latest docker-archive:${dir}/linux-amd64.tar`
    ].join('\n')
  );
  const reads = requests(READ).length;
  const err = await runAction(
    verifyRun,
    { images: `oci-archive:${dir}`, platforms: 'linux/amd64,linux/arm64', deep: 'true' },
    suite.tmp
  ).catch(e => e);
  expect(err).toBeInstanceOf(CheckError);
  expect(err.outputs.ok).toBe('false');
  const missing = JSON.parse(err.outputs.missing);
  expect(missing).toHaveLength(1);
  expect(missing[0].platforms).toEqual(['linux/arm64']);
  expect(missing[0].reason).toBe('linux/arm64: bin/busybox is x86-64 (e_machine 62), expected AArch64');
  // Verify read the archives only.
  expect(requests(READ).length).toBe(reads);
  expect(requests(WRITE)).toEqual([]);
});
