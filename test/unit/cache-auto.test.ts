// cache: auto through the action entry points, in the environment the runner gives a node
// action: gha with a per-platform scope on GitHub with the docker-container driver, else none.
// The builders' argv is captured through the exec seam (no BuildKit container runs here).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run as multiarchRun } from '../../actions/build-multiarch/main';
import { BuildDeps } from '../../actions/lib/build/pipeline';
import { ExecOptions, ExecResult } from '../../actions/lib/core/exec';
import { run as buildRun } from '../../build/main';
import { runAction } from '../integration/build-multiarch-helpers';
import { writeDockerArchive } from '../helpers/archives';

const SHA = 'c0ffee'.padEnd(40, '0');
/** The git context every case shares, so the OCI labels are fixed. */
const GIT_ENV = {
  GITHUB_SHA: SHA,
  GITHUB_REF: 'refs/heads/develop',
  GITHUB_REPOSITORY: 'openebs/lvm-localpv',
  GITHUB_SERVER_URL: 'https://github.com',
  SOURCE_DATE_EPOCH: '1700000000'
};

/** What the runner puts in a node action's environment (the parts buildx's gha cache reads). */
const RUNNER_ENV = {
  ...GIT_ENV,
  GITHUB_ACTIONS: 'true',
  ACTIONS_RUNTIME_TOKEN: 'runtime-token',
  ACTIONS_RESULTS_URL: 'https://results-receiver.actions.githubusercontent.com/',
  ACTIONS_CACHE_SERVICE_V2: 'True',
  ACTIONS_CACHE_URL: 'https://artifactcache.actions.githubusercontent.com/abc/'
};

interface Call {
  tool: string;
  args: string[];
  env?: Record<string, string>;
}

/** Where a push: false build writes its archive: `--output type=oci,dest=…`, or `docker save --output …`. */
function archiveOf(args: string[]): string | undefined {
  const out = args[args.indexOf('--output') + 1] ?? '';
  if (args[0] === 'save') return out;
  return out.match(/^type=oci,dest=([^,]+)/)?.[1];
}

/** An exec that answers `buildx inspect` with `driver`, writes the archive a build would, and records every call. */
function capture(driver: string): { calls: Call[]; deps: BuildDeps } {
  const calls: Call[] = [];
  const exec = async (tool: string, args: string[], opts: ExecOptions = {}): Promise<ExecResult> => {
    calls.push({ tool, args, env: opts.env });
    const archive = args.includes('--output') ? archiveOf(args) : undefined;
    if (archive)
      await writeDockerArchive(archive, { arch: 'amd64', files: { 'bin/true': Buffer.from('x') } });
    const stdout = args[1] === 'inspect' ? `Name: arch-actions-1\nDriver: ${driver}\n` : '';
    return { exitCode: 0, stdout, stderr: '' };
  };
  return { calls, deps: { exec } };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-auto-'));
const ctx = path.join(tmp, 'ctx');
fs.mkdirSync(ctx);
fs.writeFileSync(path.join(ctx, 'Dockerfile'), 'FROM scratch\n');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function asRunner(env: Record<string, string>, fn: () => Promise<unknown>): Promise<void> {
  const saved = { ...process.env };
  for (const k of Object.keys(RUNNER_ENV)) delete process.env[k];
  Object.assign(process.env, env, { RUNNER_TEMP: tmp });
  try {
    await fn();
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

/** The OCI metadata of GIT_ENV, as --label or --annotation flags. */
function meta(flag: string): string[] {
  return [
    'org.opencontainers.image.source=https://github.com/openebs/lvm-localpv',
    `org.opencontainers.image.revision=${SHA}`,
    'org.opencontainers.image.created=2023-11-14T22:13:20.000Z',
    'org.opencontainers.image.version=develop'
  ].flatMap(v => [flag, v]);
}

/** The `docker buildx build` argv (without `docker`) of a linux/amd64 shard with push: false. */
function expectedArgv(driver: string, cache: string[], metadata: string): string[] {
  const head = ['buildx', 'build', '--platform', 'linux/amd64', '--file', path.join(ctx, 'Dockerfile')];
  if (driver === 'docker') {
    // No push by digest, annotations or attestations on the docker driver: a local staging tag.
    return [
      ...head,
      ...meta('--label'),
      ...cache,
      '--provenance=false',
      '--sbom=false',
      '--metadata-file',
      metadata,
      '--tag',
      'ghcr.io/openebs/lvm-driver:arch-actions-staging-linux-amd64',
      ctx
    ];
  }
  return [
    ...head,
    ...meta('--label'),
    ...meta('--annotation'),
    ...cache,
    '--provenance=false',
    '--sbom=false',
    '--metadata-file',
    metadata,
    '--output',
    `type=oci,dest=${path.join(tmp, 'arch-actions', 'archives', 'linux-amd64.tar')},name=ghcr.io/openebs/lvm-driver`,
    ctx
  ];
}

const inputs = {
  mode: 'shard',
  image: 'ghcr.io/openebs/lvm-driver',
  platform: 'linux/amd64',
  context: ctx,
  push: 'false',
  tags: 'ci'
};
const gha = (scope: string): string[] => [
  '--cache-from',
  `type=gha,scope=${scope}`,
  '--cache-to',
  `type=gha,scope=${scope},mode=max`
];

describe.each([
  ['build-multiarch', multiarchRun],
  ['build', buildRun]
])('%s entry point, cache: auto', (_name, run) => {
  test.each([
    [
      'on GitHub with docker-container: gha, scoped to the platform',
      RUNNER_ENV,
      'docker-container',
      {},
      gha('lvm-driver-linux-amd64')
    ],
    [
      'a cache-scope is the prefix of the platform scope',
      RUNNER_ENV,
      'docker-container',
      { 'cache-scope': 'lvm' },
      gha('lvm-linux-amd64')
    ],
    // build would create a docker-container builder unless the docker driver is asked for.
    ['on GitHub with the docker driver: none', RUNNER_ENV, 'docker', { driver: 'docker' }, []],
    ['outside GitHub: none', GIT_ENV, 'docker-container', {}, []]
  ])('%s', async (_n, env, driver, extra, cache) => {
    const { calls, deps } = capture(driver);
    await asRunner(env, () => runAction(() => run(deps), { ...inputs, ...extra }, tmp));
    const builds = calls.filter(c => c.tool === 'docker' && c.args[1] === 'build');
    expect(builds).toHaveLength(1);
    const argv = builds[0].args;
    const metadata = argv[argv.indexOf('--metadata-file') + 1];
    expect(argv).toEqual(expectedArgv(driver, cache, metadata));
    // push: false — the docker driver keeps the image in the daemon, and docker save writes its archive.
    const saves = calls.filter(c => c.tool === 'docker' && c.args[0] === 'save').map(c => c.args);
    const archive = path.join(tmp, 'arch-actions', 'archives', 'linux-amd64.tar');
    const staging = 'ghcr.io/openebs/lvm-driver:arch-actions-staging-linux-amd64';
    expect(saves).toEqual(driver === 'docker' ? [['save', '--output', archive, staging]] : []);
    // The runner's ACTIONS_* variables reach buildx: nothing the shard adds replaces them.
    expect(Object.keys(builds[0].env ?? {}).filter(k => k.startsWith('ACTIONS_'))).toEqual([]);
  });
});
