// run-arm64-e2e level container on an image without a shell (FROM scratch, a static busybox as the
// entrypoint, no /bin/sh), on the lab's dockerd 20.10 and on Docker 26 with the containerd image store.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { LabEnv, requireLab } from '../lab/lab';
import { runActionProcess } from '../helpers/action';
import { pushImage, pushIndex } from '../helpers/images';

jest.setTimeout(300_000);

const entry = path.join(__dirname, '..', '..', 'actions', 'run-arm64-e2e', 'index.ts');
let lab: LabEnv;
let image: string;

/** A scratch index whose only file is /busybox, its entrypoint. */
async function pushNoShellIndex(): Promise<string> {
  const ref = parseReference(`${lab.LAB_REGISTRY}/issue21-noshell-${randomBytes(4).toString('hex')}:test`);
  const client = new RegistryClient();
  try {
    const manifests = [];
    for (const arch of ['amd64', 'arm64'] as const) {
      const busybox = fs.readFileSync(arch === 'amd64' ? lab.LAB_BUSYBOX_AMD64 : lab.LAB_BUSYBOX_ARM64);
      const pushed = await pushImage(
        client,
        ref,
        arch,
        { busybox },
        { config: { Entrypoint: ['/busybox'] } }
      );
      manifests.push(pushed.descriptor);
    }
    await pushIndex(client, ref, manifests, 'test');
    return `${ref.registry}/${ref.repository}:test`;
  } finally {
    client.close();
  }
}

beforeAll(async () => {
  lab = requireLab();
  image = await pushNoShellIndex();
});

const DAEMONS = [
  ['dockerd 20.10', () => ({})],
  [
    'Docker 26, containerd store',
    () => ({
      DOCKER_HOST: lab.LAB_DOCKER26_CSTORE_HOST,
      PATH: `${path.dirname(lab.LAB_DOCKER26)}:${process.env.PATH ?? ''}`
    })
  ]
] as const;

function runAction(inputs: Record<string, string>, env: Record<string, string>) {
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-noshell-'));
  try {
    const res = runActionProcess(
      entry,
      { images: image, ...inputs },
      { HOME: process.env.HOME ?? '/root', RUNNER_TEMP: runnerTemp, ...env },
      240000
    );
    const report = JSON.parse(fs.readFileSync(res.outputs.report, 'utf8'));
    return { ...res, report, errors: (res.stdout + res.stderr).match(/::error::.*/g) };
  } finally {
    fs.rmSync(runnerTemp, { recursive: true, force: true });
    spawnSync('docker', ['rmi', '--force', ...pulledBy(image)], { env: { ...process.env, ...env } });
  }
}

/** The digests the runs pulled (repo@digest), to remove them after. */
function pulledBy(ref: string): string[] {
  const out = spawnSync('docker', ['images', '--digests', '--format', '{{.Repository}}@{{.Digest}}'], {
    encoding: 'utf8'
  });
  return (out.stdout ?? '').split('\n').filter(l => l.startsWith(ref.replace(/:test$/, '@')));
}

describe.each(DAEMONS)('an image without a shell (%s)', (_daemon, env) => {
  test('passes with args: its entrypoint runs uname -m on each platform, no shell', () => {
    const res = runAction({ args: 'uname\n-m' }, env());
    expect([res.status, res.errors, res.outputs.ok]).toEqual([0, null, 'true']);
    const runs = res.report.images[0].runs.map(
      (r: { platform: string; exitCode: number; machine: string }) => [r.platform, r.exitCode, r.machine]
    );
    expect(runs).toEqual([
      ['linux/amd64', 0, 'x86_64'],
      ['linux/arm64', 0, 'aarch64']
    ]);
    expect(res.report.args).toEqual(['uname', '-m']);
    expect(res.summary).toContain('The entrypoint with arguments <code>["uname","-m"]</code> (no shell)');
  });

  test('fails with the default command, saying the image has no shell and how to set args', () => {
    const res = runAction({}, env());
    expect([res.status, res.outputs.ok]).toEqual([1, 'false']);
    expect(
      res.report.images[0].runs.map((r: { exitCode: number; ok: boolean }) => [r.exitCode, r.ok])
    ).toEqual([
      [127, false],
      [127, false]
    ]);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toContain(
      `${image}: the image has no shell: sh cannot start on linux/amd64, linux/arm64 (exit 127: `
    );
    expect(res.errors![0]).toContain(
      "run the image's own entrypoint with arguments and no shell: set args (one argument per line) instead of command"
    );
  });
});
