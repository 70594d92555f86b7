// Proves the local lab works: registry, multi-arch base image, QEMU binfmt,
// buildah and docker buildx building arm64 under emulation, and the fault proxy.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LabEnv, labProcessEnv, requireLab } from '../lab/lab';
import { startFaultProxy } from '../fixtures/proxy/fault-proxy';

const INDEX_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
].join(', ');
const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');

// jest 29 ignores testTimeout inside `projects`, so set it here.
jest.setTimeout(300_000);

let lab: LabEnv;
let tmp: string;
const uniq = `${process.pid}-${Date.now().toString(36)}`;

function run(cmd: string, args: string[], opts: { cwd?: string } = {}): string {
  return execFileSync(cmd, args, {
    env: labProcessEnv(lab),
    cwd: opts.cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024
  });
}

/** Async: the fault proxy runs in this process, so its event loop must stay free. */
function runAsync(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      { env: labProcessEnv(lab), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (err, stdout, stderr) =>
        err ? reject(new Error(`${cmd} ${args.join(' ')}: ${err.message}\n${stderr}`)) : resolve(stdout)
    );
  });
}

function tryRun(cmd: string, args: string[]): void {
  try {
    run(cmd, args);
  } catch {
    /* cleanup best effort */
  }
}

beforeAll(() => {
  lab = requireLab();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-test-'));
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('local lab', () => {
  test('registry answers /v2/', async () => {
    const r = await fetch(`http://${lab.LAB_REGISTRY}/v2/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
  });

  test('auth registry demands credentials and accepts lab/labpass', async () => {
    expect(lab.LAB_AUTH_REGISTRY).toMatch(/^127\.0\.0\.1:\d+$/);
    const anon = await fetch(`http://${lab.LAB_AUTH_REGISTRY}/v2/`);
    expect(anon.status).toBe(401);
    const basic = Buffer.from(`${lab.LAB_AUTH_USER}:${lab.LAB_AUTH_PASSWORD}`).toString('base64');
    const ok = await fetch(`http://${lab.LAB_AUTH_REGISTRY}/v2/`, {
      headers: { Authorization: `Basic ${basic}` }
    });
    expect(ok.status).toBe(200);
    const bad = Buffer.from(`${lab.LAB_AUTH_USER}:wrong`).toString('base64');
    const no = await fetch(`http://${lab.LAB_AUTH_REGISTRY}/v2/`, {
      headers: { Authorization: `Basic ${bad}` }
    });
    expect(no.status).toBe(401);
  });

  test('base image is an index of exactly linux/amd64 and linux/arm64', async () => {
    expect(lab.LAB_BASE_IMAGE).toBe(`${lab.LAB_REGISTRY}/base:latest`);
    const r = await fetch(`http://${lab.LAB_REGISTRY}/v2/base/manifests/latest`, {
      headers: { Accept: INDEX_ACCEPT }
    });
    expect(r.status).toBe(200);
    const index = (await r.json()) as {
      mediaType: string;
      manifests: { digest: string; platform: { os: string; architecture: string } }[];
    };
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    const platforms = index.manifests.map(m => `${m.platform.os}/${m.platform.architecture}`).sort();
    expect(platforms).toEqual(['linux/amd64', 'linux/arm64']);
    // Each entry's config says the same architecture.
    for (const m of index.manifests) {
      const mr = await fetch(`http://${lab.LAB_REGISTRY}/v2/base/manifests/${m.digest}`, {
        headers: { Accept: MANIFEST_ACCEPT }
      });
      const manifest = (await mr.json()) as { config: { digest: string } };
      const cr = await fetch(`http://${lab.LAB_REGISTRY}/v2/base/blobs/${manifest.config.digest}`);
      const config = (await cr.json()) as { architecture: string; os: string };
      expect(`${config.os}/${config.architecture}`).toBe(`${m.platform.os}/${m.platform.architecture}`);
    }
  });

  test('single-arch helpers are plain manifests', async () => {
    for (const [ref, arch] of [
      [lab.LAB_BASE_AMD64, 'amd64'],
      [lab.LAB_BASE_ARM64, 'arm64']
    ]) {
      const repo = ref.slice(lab.LAB_REGISTRY.length + 1).replace(/:latest$/, '');
      expect(repo).toBe(`base-${arch}`);
      const r = await fetch(`http://${lab.LAB_REGISTRY}/v2/${repo}/manifests/latest`, {
        headers: { Accept: `${MANIFEST_ACCEPT}, ${INDEX_ACCEPT}` }
      });
      expect(r.status).toBe(200);
      const m = (await r.json()) as { mediaType: string; config?: { digest: string } };
      expect(m.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
      const cr = await fetch(`http://${lab.LAB_REGISTRY}/v2/${repo}/blobs/${m.config!.digest}`);
      expect(((await cr.json()) as { architecture: string }).architecture).toBe(arch);
    }
  });

  test('qemu-aarch64 binfmt handler is enabled with the F flag', () => {
    const text = fs.readFileSync('/proc/sys/fs/binfmt_misc/qemu-aarch64', 'utf8');
    expect(text.split('\n')[0]).toBe('enabled');
    const flags = /^flags: (\S*)$/m.exec(text);
    expect(flags?.[1]).toContain('F');
  });

  test('cosign 2.5 and oras 1.2 run and reach the registry', () => {
    expect(fs.readFileSync(`${lab.LAB_COSIGN}.version`, 'utf8')).toMatch(/^2\.5\.0-/);
    expect(run(lab.LAB_ORAS, ['version'])).toMatch(/Version:\s+1\.2\.0/);
    const base = lab.LAB_BASE_IMAGE.replace(/:latest$/, '');
    const digest = run(lab.LAB_ORAS, ['resolve', '--plain-http', lab.LAB_BASE_IMAGE]).trim();
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run(lab.LAB_COSIGN, ['triangulate', '--type', 'attestation', `${base}@${digest}`]).trim()).toBe(
      `${base}:${digest.replace(':', '-')}.att`
    );
  });

  test('busybox binaries: amd64 runs natively, arm64 runs under QEMU', () => {
    expect(run(lab.LAB_BUSYBOX_AMD64, ['uname', '-m']).trim()).toBe('x86_64');
    expect(run(lab.LAB_BUSYBOX_ARM64, ['uname', '-m']).trim()).toBe('aarch64');
    // ELF e_machine: 62 = x86-64, 183 = aarch64.
    expect(fs.readFileSync(lab.LAB_BUSYBOX_AMD64).readUInt16LE(18)).toBe(62);
    expect(fs.readFileSync(lab.LAB_BUSYBOX_ARM64).readUInt16LE(18)).toBe(183);
  });

  test('buildah builds FROM the lab base with RUN for linux/arm64', () => {
    const dir = path.join(tmp, 'buildah');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${lab.LAB_REGISTRY}/base\nRUN uname -m > /arch\n`);
    const img = `localhost/lab-test-buildah:${uniq}`;
    let ctr = '';
    try {
      run('buildah', [
        'bud',
        '--isolation',
        'chroot',
        '--storage-driver',
        'vfs',
        '--platform',
        'linux/arm64',
        '-t',
        img,
        dir
      ]);
      const inspect = JSON.parse(run('buildah', ['inspect', '--type', 'image', img])) as {
        OCIv1: { architecture: string };
      };
      expect(inspect.OCIv1.architecture).toBe('arm64');
      ctr = run('buildah', ['from', '--pull-never', img]).trim();
      expect(run('buildah', ['run', '--isolation', 'chroot', ctr, '--', 'cat', '/arch']).trim()).toBe(
        'aarch64'
      );
    } finally {
      if (ctr) tryRun('buildah', ['rm', ctr]);
      tryRun('buildah', ['rmi', '-f', img]);
    }
  });

  test('docker buildx (docker driver) builds FROM the lab base with RUN for linux/arm64', () => {
    const dir = path.join(tmp, 'buildx');
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, 'Dockerfile'),
      `FROM ${lab.LAB_REGISTRY}/base\nRUN uname -m > /arch && echo "arch=$(cat /arch)"\n`
    );
    const img = `${lab.LAB_REGISTRY}/lab-test-buildx:${uniq}`;
    try {
      const build = spawnSync(
        lab.LAB_DOCKER,
        [
          'buildx',
          'build',
          '--builder',
          'default',
          '--platform',
          'linux/arm64',
          '--no-cache',
          '--progress',
          'plain',
          '--load',
          '-t',
          img,
          dir
        ],
        { env: labProcessEnv(lab), encoding: 'utf8' }
      );
      expect(build.stderr).toContain('arch=aarch64');
      expect(build.status).toBe(0);
      const arch = run(lab.LAB_DOCKER, ['image', 'inspect', '--format', '{{.Architecture}}', img]).trim();
      expect(arch).toBe('arm64');
      expect(
        run(lab.LAB_DOCKER, ['run', '--rm', '--platform', 'linux/arm64', img, 'cat', '/arch']).trim()
      ).toBe('aarch64');
    } finally {
      tryRun(lab.LAB_DOCKER, ['rmi', '-f', img]);
    }
  });
});

describe('fault proxy in front of the lab registry', () => {
  test('streams pushes and pulls, rewrites Location, injects seeded faults', async () => {
    const proxy = await startFaultProxy({ target: `http://${lab.LAB_REGISTRY}`, faultRate: 0, seed: 42 });
    const repo = `lab-test-proxy-${uniq}`;
    try {
      // A push through the proxy: blob uploads (POST, PATCH, PUT) follow Location headers.
      await runAsync('skopeo', [
        'copy',
        '--src-tls-verify=false',
        '--dest-tls-verify=false',
        `docker://${lab.LAB_BASE_ARM64}`,
        `docker://${proxy.host}/${repo}:1`
      ]);
      expect(proxy.stats.forwarded).toBeGreaterThan(3);
      expect(proxy.stats.injected).toBe(0);
      const direct = await fetch(`http://${lab.LAB_REGISTRY}/v2/${repo}/manifests/1`, {
        method: 'HEAD',
        headers: { Accept: MANIFEST_ACCEPT }
      });
      expect(direct.status).toBe(200);
      const start = await fetch(`${proxy.url}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
      expect(start.status).toBe(202);
      expect(start.headers.get('location')).toMatch(new RegExp(`^${proxy.url}/v2/${repo}/blobs/uploads/`));

      // Every request faults with 429 + Retry-After.
      proxy.setFaultRate(1);
      const limited = await startFaultProxy({
        target: `http://${lab.LAB_REGISTRY}`,
        faultRate: 1,
        faults: ['429'],
        retryAfter: 2
      });
      try {
        const r = await fetch(`${limited.url}/v2/`);
        expect(r.status).toBe(429);
        expect(r.headers.get('retry-after')).toBe('2');
        expect(limited.stats.faults['429']).toBe(1);
      } finally {
        await limited.close();
      }
      const reset = await startFaultProxy({
        target: `http://${lab.LAB_REGISTRY}`,
        faultRate: 1,
        faults: ['reset']
      });
      try {
        await expect(fetch(`${reset.url}/v2/`)).rejects.toThrow();
        expect(reset.stats.faults.reset).toBe(1);
      } finally {
        await reset.close();
      }

      // Same seed, same fault sequence.
      const seq = async (seed: number): Promise<string[]> => {
        const p = await startFaultProxy({
          target: `http://${lab.LAB_REGISTRY}`,
          faultRate: 0.5,
          faults: ['503', '429'],
          seed
        });
        const codes: string[] = [];
        try {
          for (let i = 0; i < 12; i++) codes.push(String((await fetch(`${p.url}/v2/`)).status));
        } finally {
          await p.close();
        }
        return codes;
      };
      const a = await seq(7);
      expect(await seq(7)).toEqual(a);
      expect(a).toContain('200');
      expect(a.some(c => c === '503' || c === '429')).toBe(true);
    } finally {
      await proxy.close();
      // Clean up the pushed repository (delete is enabled).
      const h = await fetch(`http://${lab.LAB_REGISTRY}/v2/${repo}/manifests/1`, {
        method: 'HEAD',
        headers: { Accept: MANIFEST_ACCEPT }
      });
      const digest = h.headers.get('docker-content-digest');
      if (digest)
        await fetch(`http://${lab.LAB_REGISTRY}/v2/${repo}/manifests/${digest}`, { method: 'DELETE' });
    }
  });
});
