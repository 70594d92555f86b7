// The commands of the docs/examples workflows, and which of them only a GitHub runner can run.
// A command is a step's `run:`, or a `command`, `e2e-command` or `test-command` input. One that
// the lab cannot run carries a comment directly above it: `# runner-only: <reason>`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';

const ROOT = path.join(__dirname, '..', '..');
const KEYS = ['run', 'command', 'e2e-command', 'test-command'];

export interface ExampleCommand {
  /** File name under docs/examples. */
  file: string;
  key: string;
  command: string;
  /** The reason after `# runner-only:`, when the command needs a GitHub runner. */
  runnerOnly?: string;
}

/** The example workflows (the issue form there is not a workflow). */
export function exampleFiles(): string[] {
  const dir = path.join(ROOT, 'docs', 'examples');
  return fs
    .readdirSync(dir)
    .filter(
      f => /\.ya?ml$/.test(f) && 'jobs' in (YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8')) ?? {})
    )
    .map(f => path.join(dir, f))
    .sort();
}

/** Every command of one example workflow's source, in order. */
export function commandsOf(file: string, source = fs.readFileSync(file, 'utf8')): ExampleCommand[] {
  const found: ExampleCommand[] = [];
  const doc = YAML.parseDocument(source);
  YAML.visit(doc.get('jobs', true) as YAML.Node, {
    Pair(_key, pair, ancestors) {
      const key = YAML.isScalar(pair.key) ? String(pair.key.value) : '';
      if (!KEYS.includes(key) || !YAML.isScalar(pair.value)) return;
      // A comment above the first key of a mapping belongs to the mapping.
      const parent = ancestors[ancestors.length - 1];
      const above =
        (pair.key as YAML.Scalar).commentBefore ??
        (YAML.isMap(parent) && parent.items[0] === pair ? parent.commentBefore : undefined);
      const marker = above?.match(/runner-only:\s*(.*)/);
      found.push({
        file: path.basename(file),
        key,
        command: String(pair.value.value),
        runnerOnly: marker ? marker[1].trim() : undefined
      });
    }
  });
  return found;
}

export function exampleCommands(): ExampleCommand[] {
  return exampleFiles().flatMap(f => commandsOf(f));
}

/** The commands the lab runs, by file and key and a part of the command (test/integration/examples.test.ts). */
export const LAB_RUNS = [
  { file: 'localpv-dockerfile.yml', key: 'e2e-command', contains: 'uname -m' },
  { file: 'localpv-makefile.yml', key: 'command', contains: 'make buildx.csi-driver' },
  { file: 'umbrella-chart.yml', key: 'run', contains: 'jq -r' }
];

/** The one command of the examples that `run` names. */
export function labCommand(run: (typeof LAB_RUNS)[number]): string {
  const matches = exampleCommands().filter(
    c => c.file === run.file && c.key === run.key && c.command.includes(run.contains)
  );
  if (matches.length !== 1) throw new Error(`${run.file} ${run.key}: ${matches.length} commands match`);
  return matches[0].command;
}

/** A repository with the Makefile target the localpv-makefile example's header describes (RUN for each platform). */
export function makefileRepo(parent: string, baseImage: string): string {
  const repo = fs.mkdtempSync(path.join(parent, 'zfs-localpv-'));
  fs.mkdirSync(path.join(repo, 'buildscripts', 'zfs-driver'), { recursive: true });
  fs.writeFileSync(
    path.join(repo, 'buildscripts', 'zfs-driver', 'Dockerfile.buildx'),
    `FROM ${baseImage}\nRUN uname -m > /arch\n`
  );
  fs.writeFileSync(
    path.join(repo, 'Makefile'),
    [
      'PLATFORMS ?= linux/amd64,linux/arm64',
      'BUILDX_OUTPUT ?= type=registry',
      'buildx.csi-driver:',
      '\tdocker buildx build --platform $(PLATFORMS) --output "$(BUILDX_OUTPUT)" \\',
      '\t  -f buildscripts/zfs-driver/Dockerfile.buildx .',
      ''
    ].join('\n')
  );
  return repo;
}
