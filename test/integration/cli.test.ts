// The arch-actions CLI through its bundle (built fresh from the sources here), against the
// real lab: shards by digest with buildx (amd64) and buildah (arm64 under QEMU), merge,
// verify deep, parity, the failures that must fail, and the demo (test/lab/demo) driving it.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LabEnv, labProcessEnv, requireLab } from '../lab/lab';

// Builds under QEMU take seconds to minutes; the project-level testTimeout is not applied by jest 29.
jest.setTimeout(300000);

const ROOT = path.join(__dirname, '..', '..');
let lab: LabEnv;
let work: string;
let cli: string;

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  json: any;
}

/** Runs `node <bundle> ...args` (async, so jest's timers keep running). */
function arch(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return node([cli, ...args], env);
}

/** Runs the demo the way scripts/demo.sh does, on the bundle built here. */
function demo(args: string[]): Promise<CliRun> {
  return node([
    path.join(ROOT, 'scripts', 'run-ts.js'),
    path.join(ROOT, 'test', 'lab', 'demo', 'index.ts'),
    '--cli',
    cli,
    ...args
  ]);
}

function node(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: labProcessEnv(lab, { RUNNER_TEMP: work, NO_COLOR: '1', ...env }),
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', code => {
      let json: any;
      try {
        json = args.includes('--json') ? JSON.parse(stdout) : undefined;
      } catch {
        json = undefined;
      }
      resolve({ code, stdout, stderr, json });
    });
  });
}

const suffix = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

beforeAll(() => {
  lab = requireLab();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-it-'));
  // Bundle the CLI from the current sources, so the test exercises what ncc produces.
  const out = path.join(work, 'bundle');
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
      'build',
      'actions/cli/index.ts',
      '-o',
      out,
      '-q',
      '-t'
    ],
    { cwd: ROOT, stdio: 'pipe' }
  );
  cli = path.join(out, 'index.js');
  fs.writeFileSync(
    path.join(work, 'Dockerfile'),
    'ARG BASE\nFROM ${BASE}\nRUN echo "built on $(uname -m)" > /built-on\nCMD ["cat", "/built-on"]\n'
  );
}, 120000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('help through the bundle', () => {
  test.each(['', 'setup', 'plan', 'build', 'merge', 'tag', 'verify', 'e2e'])(
    '"%s --help" exits 0',
    async name => {
      const r = await arch([...(name ? [name] : []), '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: arch-actions/);
    }
  );
});

describe('setup through the CLI', () => {
  test('reports amd64 native and arm64 emulated on this x86-64 host, with the docker driver', async () => {
    const r = await arch(['setup', '--driver', 'docker', '--binfmt-source', 'host', '--json']);
    expect([r.code, r.json?.error]).toEqual([0, undefined]);
    expect(r.json.outputs).toMatchObject({
      'native-platforms': 'linux/amd64',
      'emulated-platforms': 'linux/arm64',
      driver: 'docker'
    });
  });
});

describe('the pipeline through the CLI', () => {
  let image: string;
  let digestsDir: string;
  const shards: Record<string, string> = {};
  let index = '';

  beforeAll(() => {
    image = `${lab.LAB_REGISTRY}/cli-it/sample-${suffix()}`;
    digestsDir = path.join(work, `digests-${suffix()}`);
  });

  test.each([
    ['linux/amd64', 'buildx'],
    ['linux/arm64', 'buildah']
  ])('build --mode shard %s with %s pushes by digest', async (platform, builder) => {
    const r = await arch([
      'build',
      '--image',
      image,
      '--mode',
      'shard',
      '--platform',
      platform,
      '--builder',
      builder,
      '--context',
      work,
      '--build-args',
      `BASE=${lab.LAB_BASE_IMAGE}`,
      '--digests-dir',
      digestsDir,
      '--binfmt-source',
      'host',
      '--no-verify',
      '--json'
    ]);
    expect([r.code, r.json?.error]).toEqual([0, undefined]);
    expect(r.json.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.json.outputs.digests).toEqual({ [platform]: r.json.outputs.digest });
    shards[platform] = r.json.outputs.digest;
    expect(fs.readdirSync(digestsDir).length).toBe(Object.keys(shards).length);
  });

  test('merge joins both shards into one index, pushed by digest only', async () => {
    const r = await arch(['merge', '--image', image, '--digests-dir', digestsDir, '--tags', 'cli', '--json']);
    expect([r.code, r.json?.error]).toEqual([0, undefined]);
    expect(r.json.outputs.digests).toEqual(shards);
    expect(r.json.outputs.tags).toEqual([]);
    index = r.json.outputs.digest;
    expect(index).toMatch(/^sha256:/);
  });

  test('verify --deep passes on the merged index (human output)', async () => {
    const r = await arch(['verify', `${image}@${index}`, '--deep']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: true$/m);
    expect(r.stdout).toMatch(/^checked: 1$/m);
    expect(r.stdout).not.toContain('::');
  });

  test('e2e parity: arm64 under QEMU matches amd64', async () => {
    const report = path.join(work, `e2e-${suffix()}.json`);
    const r = await arch([
      'e2e',
      `${image}@${index}`,
      '--command',
      'cat /built-on',
      '--report',
      report,
      '--json'
    ]);
    expect([r.code, r.json?.error]).toEqual([0, undefined]);
    expect(r.json.outputs.ok).toBe(true);
    const doc = JSON.parse(fs.readFileSync(report, 'utf8'));
    const runs = doc.images[0].runs.map((x: any) => [x.platform, x.output]);
    expect(runs).toEqual(
      expect.arrayContaining([
        ['linux/amd64', 'built on x86_64'],
        ['linux/arm64', 'built on aarch64']
      ])
    );
  });

  test('tag moves the tag to the proven index', async () => {
    const r = await arch([
      'tag',
      '--image',
      image,
      '--digest',
      index,
      '--tags',
      'cli',
      '--checks',
      'verify deep',
      '--json'
    ]);
    expect([r.code, r.json?.error]).toEqual([0, undefined]);
    expect(r.json.outputs.tags).toEqual([`${image}:cli`]);
    const head = await fetch(
      `http://${lab.LAB_REGISTRY}/v2/${image.slice(lab.LAB_REGISTRY.length + 1)}/manifests/cli`,
      {
        method: 'HEAD',
        headers: { Accept: 'application/vnd.oci.image.index.v1+json' }
      }
    );
    expect(head.headers.get('docker-content-digest')).toBe(index);
  });

  test('merge without arm64 exits 1 and sets no tag', async () => {
    const only = path.join(work, `digests-amd64-${suffix()}`);
    fs.mkdirSync(only);
    const amdFile = fs
      .readdirSync(digestsDir)
      .find(f => fs.readFileSync(path.join(digestsDir, f), 'utf8').includes('amd64'));
    expect(amdFile).toBe('linux-amd64.json');
    fs.copyFileSync(path.join(digestsDir, amdFile as string), path.join(only, amdFile as string));
    const r = await arch(['merge', '--image', image, '--digests-dir', only, '--tags', 'partial', '--json']);
    expect(r.code).toBe(1);
    expect(r.json.ok).toBe(false);
    expect(r.json.error).toMatch(/linux\/arm64/);
    const head = await fetch(
      `http://${lab.LAB_REGISTRY}/v2/${image.slice(lab.LAB_REGISTRY.length + 1)}/manifests/partial`,
      {
        method: 'HEAD',
        headers: { Accept: 'application/vnd.oci.image.index.v1+json' }
      }
    );
    expect(head.status).toBe(404);
  });
});

describe('failures through the CLI', () => {
  test('verify of an amd64-only image for arm64 exits 1 and names what is missing', async () => {
    const r = await arch(['verify', lab.LAB_BASE_AMD64, '--platforms', 'linux/amd64,linux/arm64', '--json']);
    expect(r.code).toBe(1);
    expect(r.json.outputs.ok).toBe(false);
    expect(JSON.stringify(r.json.outputs.missing)).toContain('linux/arm64');
  });

  test('a bad input value exits 2 without a stack', async () => {
    const r = await arch(['verify', lab.LAB_BASE_IMAGE, '--platforms', 'linux/sparc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--platforms has an invalid value "linux/sparc"');
    expect(r.stderr).not.toContain('Input "platforms"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('an unknown flag exits 2', async () => {
    const r = await arch(['e2e', '--imagez', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean --images?');
  });
});

describe('the demo, driving the bundle', () => {
  test('runs the whole job and cleans up', async () => {
    const r = await demo(['--json']);
    expect([r.code, r.json?.error]).toEqual([0, undefined]);
    expect(r.json.steps.map((s: any) => [s.name.split(' (')[0], s.ok])).toEqual([
      ['build linux/amd64', true],
      ['build linux/arm64', true],
      ['merge into one index', true],
      ['verify deep', true],
      ['parity: arm64 vs amd64', true],
      ['tag the proven index', true]
    ]);
    expect(Object.keys(r.json.shards)).toEqual(['linux/amd64', 'linux/arm64']);
    // Clean-up deleted the index it pushed.
    const repo = r.json.image.slice(lab.LAB_REGISTRY.length + 1);
    const head = await fetch(`http://${lab.LAB_REGISTRY}/v2/${repo}/manifests/${r.json.index}`, {
      method: 'HEAD',
      headers: { Accept: 'application/vnd.oci.image.index.v1+json' }
    });
    expect(head.status).toBe(404);
  });

  test('fails loudly (exit 1 at verify) when the arm64 shard carries amd64 binaries', async () => {
    // An amd64-only base: the arm64 build succeeds, but its binaries are x86-64.
    const r = await demo(['--base', lab.LAB_BASE_AMD64, '--json']);
    expect(r.code).toBe(1);
    expect(r.json.ok).toBe(false);
    expect(r.json.steps.map((s: any) => s.ok)).toEqual([true, true, true, false]);
    expect(r.json.error).toMatch(/^verify deep .*linux\/arm64/);
  });
});
