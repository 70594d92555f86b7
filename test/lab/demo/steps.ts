// The demo's options and its steps. Each step is one CLI subcommand with the inputs a user
// would pass; the loop in main.ts runs them in order through the shipped CLI bundle.
import { LabEnv } from '../lab';

export interface DemoOptions {
  /** The CLI bundle the steps run (default dist/cli/index.js). */
  cli: string;
  registry: string;
  base: string;
  amd64Builder: string;
  arm64Builder: string;
  keep: boolean;
  json: boolean;
  verbose: boolean;
  help: boolean;
}

/** What the steps build on: the image pushed, the work folder and what earlier steps produced. */
export interface DemoState {
  repository: string;
  image: string;
  work: string;
  digestsDir: string;
  /** platform → manifest digest, from the build steps. */
  shards: Record<string, string>;
  index: string;
}

export interface DemoStep {
  title: string;
  command: string;
  inputs: (s: DemoState) => Record<string, string>;
  /** Takes what the step produced into the state; throws when an output is missing. */
  record?: (s: DemoState, outputs: Record<string, unknown>) => void;
}

export class DemoUsageError extends Error {}

export const DEMO_HELP = `Usage: npm run demo -- [--registry HOST:PORT] [--base IMAGE] [--arm64-builder buildx|buildah] [--keep] [--json]
       (or: node scripts/run-ts.js test/lab/demo/index.ts [--cli dist/cli/index.js] [flags])

The whole job on the local lab (bash test/lab/lab.sh up; scripts/demo.sh does it for you), through the
arch-actions CLI bundle, one subcommand per step:
  1. build a sample image with RUN steps: linux/amd64 natively with buildx (docker driver), linux/arm64
     under QEMU with buildah (--arm64-builder buildx to use buildx), each pushed by digest
  2. merge the two digests into one index, pushed by digest only
  3. verify the index deep (ELF headers of every layer match their platform)
  4. run the image on both platforms and compare (parity)
  5. only then tag the proven index (demo)
  6. print a summary, then delete what it pushed (--keep keeps it)
Defaults come from the lab's lab.json (registry and multi-arch base image).

Exit codes: 0 ok, 1 a step failed, 2 bad usage.
`;

export const DOCKERFILE = `# arch-actions demo: RUN steps execute on each platform (arm64 under QEMU)
ARG BASE
FROM \${BASE}
RUN echo "built on $(uname -m)" > /built-on && cat /built-on
RUN ls /bin | wc -l > /applets
CMD ["cat", "/built-on"]
`;

export function parseDemoArgs(argv: string[], lab: Partial<LabEnv> | undefined, cli: string): DemoOptions {
  const o: DemoOptions = {
    cli,
    registry: lab?.LAB_REGISTRY ?? '',
    base: lab?.LAB_BASE_IMAGE ?? '',
    amd64Builder: 'buildx',
    arm64Builder: 'buildah',
    keep: false,
    json: false,
    verbose: false,
    help: false
  };
  const values: Record<string, (v: string) => void> = {
    '--cli': v => (o.cli = v),
    '--registry': v => (o.registry = v),
    '--base': v => (o.base = v),
    '--amd64-builder': v => (o.amd64Builder = v),
    '--arm64-builder': v => (o.arm64Builder = v)
  };
  const switches: Record<string, () => void> = {
    '--keep': () => (o.keep = true),
    '--json': () => (o.json = true),
    '--verbose': () => (o.verbose = true),
    '-v': () => (o.verbose = true),
    '--help': () => (o.help = true),
    '-h': () => (o.help = true)
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (switches[a]) switches[a]();
    else if (values[a]) {
      const v = argv[++i];
      if (v === undefined) throw new DemoUsageError(`${a} needs a value`);
      values[a](v);
    } else throw new DemoUsageError(`unknown flag ${a}`);
  }
  return o;
}

/** The CLI argv of one step: `command --name=value …`, with the job summary off. */
export function stepArgv(step: DemoStep, s: DemoState, verbose: boolean): string[] {
  const inputs = { summary: 'false', ...step.inputs(s) };
  return [
    step.command,
    ...Object.entries(inputs).map(([k, v]) => `--${k}=${v}`),
    '--json',
    ...(verbose ? ['--verbose'] : [])
  ];
}

function shardStep(o: DemoOptions, platform: string, how: string, builder: string): DemoStep {
  return {
    title: `build ${platform} (${how}, ${builder})`,
    command: 'build',
    // Shards skip their own verify: the merged index is verified deep below.
    inputs: s => ({
      image: s.image,
      context: s.work,
      'build-args': `BASE=${o.base}`,
      'digests-dir': s.digestsDir,
      verify: 'false',
      'binfmt-source': 'host',
      mode: 'shard',
      platform,
      builder
    }),
    record: (s, out) => {
      s.shards[platform] = String(out.digest ?? '');
    }
  };
}

export function demoSteps(o: DemoOptions): DemoStep[] {
  const platforms = 'linux/amd64,linux/arm64';
  return [
    shardStep(o, 'linux/amd64', 'native', o.amd64Builder),
    shardStep(o, 'linux/arm64', 'QEMU', o.arm64Builder),
    {
      title: 'merge into one index (by digest)',
      command: 'merge',
      inputs: s => ({ image: s.image, platforms, 'digests-dir': s.digestsDir, tags: 'demo' }),
      record: (s, out) => {
        s.index = String(out.digest ?? '');
        if (!s.index) throw new Error('merge set no digest output');
      }
    },
    {
      title: 'verify deep (ELF headers)',
      command: 'verify',
      inputs: s => ({
        images: `${s.image}@${s.index}`,
        platforms,
        deep: 'true',
        report: `${s.work}/verify-report.json`
      })
    },
    {
      title: 'parity: arm64 vs amd64',
      command: 'e2e',
      inputs: s => ({
        images: `${s.image}@${s.index}`,
        level: 'container',
        platforms: 'linux/arm64',
        baseline: 'linux/amd64',
        command: 'cat /built-on; uname -m',
        report: `${s.work}/e2e-report.json`
      })
    },
    {
      title: 'tag the proven index',
      command: 'tag',
      inputs: s => ({
        image: s.image,
        platforms,
        digest: s.index,
        tags: 'demo',
        checks: 'verify deep (ELF headers)\nparity: arm64 vs amd64'
      })
    }
  ];
}
