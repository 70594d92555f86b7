// run-arm64-e2e, level container, against the lab: dockerd with QEMU binfmt for arm64 and
// the plain-HTTP registry. Acceptance 1-4 of the issue, run the way the runner runs the action.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runContainerParity } from '../../actions/lib/e2e/container/parity';
import { parsePlatform } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { clearToolkitOutput, toolkitOutput } from '../helpers/io';
import { LabEnv, requireLab } from '../lab/lab';
import { runActionProcess } from '../helpers/action';
import { LayerEntry, pushImage, pushIndex } from '../helpers/images';

const root = path.join(__dirname, '..', '..');
let lab: LabEnv;
const pulled: string[] = [];

const entry = path.join(root, 'actions', 'run-arm64-e2e', 'index.ts');

/** The action as the runner starts it, with its report (written under RUNNER_TEMP) read back. */
function runAction(inputs: Record<string, string>) {
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-action-'));
  try {
    const res = runActionProcess(
      entry,
      inputs,
      { HOME: process.env.HOME ?? '/root', RUNNER_TEMP: runnerTemp },
      240000
    );
    const report =
      res.outputs.report && fs.existsSync(res.outputs.report)
        ? JSON.parse(fs.readFileSync(res.outputs.report, 'utf8'))
        : undefined;
    return {
      status: res.status,
      stdout: res.stdout + res.stderr,
      outputs: res.outputs,
      report,
      summary: res.summary
    };
  } finally {
    fs.rmSync(runnerTemp, { recursive: true, force: true });
  }
}

/** An index whose linux/amd64 and linux/arm64 entries carry these busybox binaries; returns the reference. */
async function pushBusyboxIndex(name: string, binaries: { amd64: string; arm64: string }): Promise<string> {
  const client = new RegistryClient();
  const ref = parseReference(`${lab.LAB_REGISTRY}/${name}:test`);
  try {
    const manifests = [];
    for (const arch of ['amd64', 'arm64'] as const) {
      const entries: Record<string, LayerEntry> = {
        'bin/': { directory: true },
        'bin/busybox': fs.readFileSync(binaries[arch])
      };
      for (const applet of ['sh', 'uname', 'echo', 'true', 'false', 'sleep', '[']) {
        entries[`bin/${applet}`] = { symlink: 'busybox' };
      }
      const image = await pushImage(client, ref, arch, entries, {
        config: { Env: ['PATH=/bin'], Cmd: ['sh'] }
      });
      manifests.push(image.descriptor);
    }
    await pushIndex(client, ref, manifests, 'test');
    return `${lab.LAB_REGISTRY}/${name}:test`;
  } finally {
    client.close();
  }
}

const suffix = () => randomBytes(4).toString('hex');
// Per test: the project's testTimeout is not applied to a project's tests by jest.
const T = 240000;

beforeAll(() => {
  lab = requireLab();
});

afterAll(() => {
  // Images pulled by digest during the tests; the lab's base images stay.
  if (pulled.length) spawnSync('docker', ['rmi', '--force', ...pulled], { encoding: 'utf8' });
});

function remember(
  report: { images: Array<{ image: string; runs: Array<{ digest?: string }> }> } | undefined
): void {
  for (const img of report?.images ?? []) {
    const repo = img.image.replace(/:[^:/@]+$/, '');
    for (const r of img.runs)
      if (r.digest && !img.image.includes('/base:')) pulled.push(`${repo}@${r.digest}`);
  }
}

/** The manifest of `image`'s repository at `digest`, as skopeo reads it from the registry. */
function skopeoManifest(
  image: string,
  digest: string
): { config: { size: number }; layers: { size: number }[] } {
  const ref = `docker://${image.replace(/:[^:/@]+$/, '')}@${digest}`;
  const out = spawnSync('skopeo', ['inspect', '--raw', '--tls-verify=false', ref], {
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 1 << 20
  });
  if (out.status !== 0) throw new Error(`skopeo inspect ${ref} failed: ${out.stderr || out.error}`);
  return JSON.parse(out.stdout);
}

describe('run-arm64-e2e level container (lab)', () => {
  test(
    '1. a true multi-arch image passes: aarch64 on linux/arm64, x86_64 on linux/amd64',
    () => {
      const res = runAction({ images: lab.LAB_BASE_IMAGE, command: 'uname -m' });
      expect(res.stdout).not.toContain('::error');
      expect(res.status).toBe(0);
      expect(res.outputs.ok).toBe('true');
      const img = res.report.images[0];
      expect(img.image).toBe(lab.LAB_BASE_IMAGE);
      const by = Object.fromEntries(img.runs.map((r: { platform: string }) => [r.platform, r]));
      expect(by['linux/arm64']).toMatchObject({
        exitCode: 0,
        machine: 'aarch64',
        mode: 'emulated',
        ok: true
      });
      expect(by['linux/amd64']).toMatchObject({ exitCode: 0, machine: 'x86_64', mode: 'native', ok: true });
      for (const r of img.runs) {
        expect(r.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
        // Size and layer count as skopeo reads the same manifest from the registry.
        const m = skopeoManifest(lab.LAB_BASE_IMAGE, r.digest);
        expect([r.layers, r.size]).toEqual([
          m.layers.length,
          m.config.size + m.layers.reduce((n, l) => n + l.size, 0)
        ]);
        // A timing: only its sign is known.
        expect(r.seconds).toBeGreaterThan(0);
      }
      expect(by['linux/arm64'].digest).not.toBe(by['linux/amd64'].digest);
      // Parity table: the arm64 row next to the amd64 baseline, with size % and time ratio.
      expect(res.summary).toContain('<code>linux/amd64</code> (baseline)');
      expect(res.summary).toMatch(
        /<code>linux\/arm64<\/code><\/td><td>emulated<\/td><td>0<\/td><td><code>aarch64<\/code><\/td><td>[0-9.]+ [KM]iB<\/td><td>[+-][0-9.]+%<\/td><td>1<\/td><td>[0-9.]+s<\/td><td>[0-9.]+×<\/td><td>✅/
      );
    },
    T
  );

  test(
    '2. an arm64 entry carrying x86-64 busybox fails, naming the platform and the machine',
    async () => {
      const image = await pushBusyboxIndex(`e2e-wrongarch-${suffix()}`, {
        amd64: lab.LAB_BUSYBOX_AMD64,
        arm64: lab.LAB_BUSYBOX_AMD64
      });
      const res = runAction({ images: image, command: 'uname -m' });
      remember(res.report);
      expect(res.status).toBe(1);
      expect(res.outputs.ok).toBe('false');
      const arm = res.report.images[0].runs.find((r: { platform: string }) => r.platform === 'linux/arm64');
      // It ran natively on this x86 host, as such an image does on an amd64 runner.
      expect(arm).toMatchObject({ exitCode: 0, machine: 'x86_64', ok: false });
      const error = res.stdout.split('\n').find(l => l.startsWith('::error::')) ?? '';
      expect(error).toContain(`${lab.LAB_REGISTRY}/`);
      expect(error).toContain('linux/arm64 runs x86_64 code (expected aarch64)');
      expect(res.stdout).not.toMatch(/^\s+at /m);
      expect(
        res.report.images[0].runs.find((r: { platform: string }) => r.platform === 'linux/amd64').ok
      ).toBe(true);
    },
    T
  );

  test(
    '3. an image that exits non-zero only on arm64 fails with a parity difference',
    () => {
      const res = runAction({ images: lab.LAB_BASE_IMAGE, command: '[ "$(uname -m)" != aarch64 ]' });
      expect(res.status).toBe(1);
      expect(res.outputs.ok).toBe('false');
      const runs = res.report.images[0].runs;
      expect(runs.map((r: { platform: string; exitCode: number }) => `${r.platform}=${r.exitCode}`)).toEqual([
        'linux/amd64=0',
        'linux/arm64=1'
      ]);
      expect(res.stdout).toContain(
        `::error::Parity check failed: ${lab.LAB_BASE_IMAGE} linux/arm64 exited with 1 where linux/amd64 exited with 0 (parity difference)`
      );
      expect(res.summary).toContain('❌');
    },
    T
  );

  test.each([
    [
      {},
      '::error::Input "images" has an invalid value "": level "container" needs at least one image reference'
    ],
    [
      { images: 'x', level: 'k8s' },
      '::error::Input "level" has an invalid value "k8s": expected one of container, cluster'
    ],
    [
      { images: '127.0.0.1:5000/Bad/Name' },
      '::error::Input "images" has an invalid value "127.0.0.1:5000/Bad/Name": repository names must be lowercase'
    ],
    [
      { level: 'cluster', chart: 'localpv-provisioner' },
      '::error::Input "level" is "cluster" and this runner is linux/amd64: the cluster level needs a native arm64 runner'
    ]
  ])(
    '4. bad input %j is a named error with no stack trace',
    (inputs, message) => {
      const res = runAction(inputs as Record<string, string>);
      expect(res.status).toBe(1);
      expect(res.stdout).toContain(message);
      expect(res.stdout.match(/::error::/g)).toHaveLength(1);
      expect(res.stdout).not.toMatch(/^\s+at /m);
    },
    T
  );

  test(
    'a run past its timeout is killed, its container removed, and the platform fails',
    async () => {
      clearToolkitOutput();
      const res = await runContainerParity({
        images: [parseReference(lab.LAB_BASE_IMAGE)],
        platforms: [parsePlatform('linux/arm64')],
        baseline: parsePlatform('linux/amd64'),
        command: 'sleep 30',
        timeout: 3,
        runtime: 'docker',
        insecureRegistries: []
      });
      expect(res.ok).toBe(false);
      const runs = res.images[0].runs;
      expect(runs.map(r => r.timedOut)).toEqual([true, true]);
      expect(runs[0].problems).toEqual(['linux/amd64: the command did not finish within 3s (killed)']);
      expect(runs[0].seconds).toBeLessThan(10);
      // Give `docker rm --force` a moment, then neither of the two containers this run started is
      // left (named from its own argv: other runs may share the daemon).
      const ours = [...toolkitOutput().matchAll(/"--name" "(arch-e2e-[0-9a-f]+)"/g)].map(m => m[1]);
      expect(ours).toHaveLength(2);
      await new Promise(r => setTimeout(r, 1500));
      const ps = spawnSync('docker', ['ps', '--all', '--format', '{{.Names}}'], { encoding: 'utf8' });
      expect(ps.stdout.split('\n').filter(name => ours.includes(name))).toEqual([]);
    },
    T
  );

  test(
    'a platform the image does not have fails with its name',
    async () => {
      const res = await runContainerParity({
        images: [parseReference(lab.LAB_BASE_IMAGE)],
        platforms: [parsePlatform('linux/s390x')],
        baseline: parsePlatform('linux/amd64'),
        command: 'true',
        timeout: 60,
        runtime: 'docker',
        insecureRegistries: []
      });
      expect(res.ok).toBe(false);
      expect(res.problems).toEqual([`${lab.LAB_BASE_IMAGE} has no linux/s390x image`]);
    },
    T
  );
});
