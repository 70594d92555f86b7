// The subcommands: each is one action (plan and merge: one mode of build-multiarch; build: the
// one-step build action).
import { ACTIONS } from './inputs.generated';
import { ActionSpec } from './spec';
import { BUILD_MULTIARCH, RUN_ARM64_E2E, VERIFY_PLATFORMS } from '../lib/core/specs.generated';

type RunFn = () => Promise<void>;

export interface Command {
  name: string;
  summary: string;
  spec: ActionSpec;
  /** Inputs the subcommand sets itself (mode); they are not flags. */
  fixed: Record<string, string>;
  /** Bare arguments become this input. */
  positional?: string;
  /** When set, the only inputs offered as flags; the rest keep their action.yml defaults. */
  flags?: string[];
  /** When set, the only outputs printed in the terminal (--json has them all). */
  outputs?: string[];
  /** Flags named otherwise than their input (input name → flag name). */
  flagNames?: Record<string, string>;
  load: () => Promise<RunFn>;
}

const MODE = BUILD_MULTIARCH.inputs.mode.name;
const VERIFY = VERIFY_PLATFORMS.inputs;
const E2E = RUN_ARM64_E2E.inputs;

const buildMultiarch = async (): Promise<RunFn> => (await import('../build-multiarch/main')).run;

export const COMMANDS: Command[] = [
  {
    name: 'setup',
    summary:
      'QEMU only for the platforms this machine cannot run, a probe per platform, and a buildx builder',
    spec: ACTIONS['setup-qemu-buildx'],
    fixed: {},
    load: async () => (await import('../setup-qemu-buildx/main')).run
  },
  {
    name: 'plan',
    summary: 'Turn platforms and a runner map into the build matrix (JSON)',
    spec: ACTIONS['build-multiarch'],
    fixed: { [MODE]: 'plan' },
    load: buildMultiarch
  },
  {
    name: 'build',
    summary:
      'The one-step build: QEMU where needed, every platform then merge (--mode all) or one shard by digest (--mode shard), then verify',
    spec: ACTIONS['build'],
    fixed: {},
    load: async () => (await import('../../build/main')).runOnce
  },
  {
    name: 'merge',
    summary:
      'Merge the shard digests into one index pushed by digest (only when every platform is there); tags move with `tag` once it is proven',
    spec: ACTIONS['build-multiarch'],
    fixed: { [MODE]: 'merge' },
    load: buildMultiarch
  },
  {
    name: 'tag',
    summary: 'Move the tags to an index digest that passed its checks (after verify, and e2e)',
    spec: ACTIONS['build-multiarch'],
    fixed: { [MODE]: 'tag' },
    load: buildMultiarch
  },
  {
    name: 'verify',
    summary:
      'Prove images (and those a chart, manifest or Dockerfile references) exist per platform, down to the ELF headers',
    spec: ACTIONS['verify-platforms'],
    fixed: {},
    positional: VERIFY.images.name,
    load: async () => (await import('../verify-platforms/main')).run
  },
  {
    name: 'lint',
    summary:
      'Lint Dockerfiles for arm64: compiles under QEMU, hard-coded architectures, $BUILDPLATFORM builders that do not cross-compile (no registry)',
    spec: ACTIONS['verify-platforms'],
    fixed: { [VERIFY.lint.name]: 'only' },
    positional: VERIFY.dockerfiles.name,
    flags: [VERIFY.dockerfiles, VERIFY.platforms, VERIFY.target, VERIFY['lint-fail-on'], VERIFY.report].map(
      i => i.name
    ),
    outputs: [VERIFY_PLATFORMS.outputs.ok, VERIFY_PLATFORMS.outputs.report],
    load: async () => (await import('../verify-platforms/main')).run
  },
  {
    name: 'e2e',
    summary:
      'Run each image per platform and compare with amd64 (container), or a kind cluster storage test (cluster)',
    spec: ACTIONS['run-arm64-e2e'],
    fixed: {},
    positional: RUN_ARM64_E2E.inputs.images.name,
    load: async () => (await import('../run-arm64-e2e/main')).run
  },
  {
    name: 'perf compare',
    summary:
      'Compare fio JSON of arm64 (--candidate) with amd64 (--baseline): a table, a chart, and with --tolerance a check',
    spec: ACTIONS['run-arm64-e2e'],
    fixed: { [E2E.level.name]: 'compare' },
    flags: [
      E2E['perf-baseline'],
      E2E['perf-candidate'],
      E2E['perf-tolerance'],
      E2E['perf-chart'],
      E2E.report
    ].map(i => i.name),
    flagNames: {
      [E2E['perf-baseline'].name]: 'baseline',
      [E2E['perf-candidate'].name]: 'candidate',
      [E2E['perf-tolerance'].name]: 'tolerance',
      [E2E['perf-chart'].name]: 'chart'
    },
    outputs: [
      RUN_ARM64_E2E.outputs['perf-verdict'],
      RUN_ARM64_E2E.outputs.report,
      RUN_ARM64_E2E.outputs['perf-chart']
    ],
    load: async () => (await import('../run-arm64-e2e/main')).run
  }
];

/** Inputs that are not flags of the command: those it sets, and those it does not offer. */
export function hiddenInputs(cmd: Command): string[] {
  const offered = cmd.flags;
  const unoffered = offered ? cmd.spec.inputs.map(i => i.name).filter(n => !offered.includes(n)) : [];
  return [...Object.keys(cmd.fixed), ...unoffered];
}

/** The flag of an input in this command: its own name unless the command renames it. */
export function flagOf(cmd: Pick<Command, 'flagNames'>, input: string): string {
  return cmd.flagNames?.[input] ?? input;
}

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find(c => c.name === name);
}
