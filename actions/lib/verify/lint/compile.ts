// Which RUN commands compile native code, and with which toolchain.
import { Instruction } from './parse';
import { Command } from './shell';
import { lineage, Stage } from './stages';

export type Toolchain = 'go' | 'rust' | 'c' | 'node' | 'python';

export interface CompileStep {
  /** What ran, as a user would name it: `go build`, `make`, `./configure`. */
  tool: string;
  toolchain: Toolchain;
  line: number;
  ins: Instruction;
  cmd: Command;
}

const GO_SUBCOMMANDS = new Set(['build', 'install', 'run', 'test', 'get']);
const CARGO_SUBCOMMANDS = new Set(['build', 'install', 'rustc', 'test']);
const C_COMPILERS = new Set(['gcc', 'cc', 'g++', 'c++', 'clang', 'clang++', 'musl-gcc']);
const BUILD_TOOLS = new Set(['make', 'gmake', 'ninja', 'cmake', 'meson', 'scons']);
const GO_SETTINGS = ['GOARCH', 'GOOS', 'GO111MODULE', 'GOFLAGS', 'CGO_ENABLED', 'GOPATH'];
const NODE_INSTALL = /^(npm (ci|install|i|rebuild)|yarn( install)?|pnpm (install|i))$/;
// Packages whose presence means `npm ci` can build native addons (node-gyp needs them).
const ADDON_TOOLCHAIN = new Set(['build-essential', 'build-base', 'g++', 'gcc', 'make', 'python3', 'python']);

const argText = (cmd: Command, n: number) =>
  cmd.args
    .slice(0, n)
    .map(a => a.text)
    .join(' ');

/** The tool a command runs when it compiles (without deciding the toolchain of `make`). */
export function compiler(command: Command): { tool: string; toolchain: Toolchain | 'build' } | undefined {
  // xx-go, xx-clang and xx-cargo (tonistiigi/xx) wrap the usual tools for cross builds.
  const cmd = { ...command, name: command.name.replace(/^xx-/, '') };
  const sub = cmd.args.find(a => !a.text.startsWith('-'))?.text ?? '';
  if (cmd.name === 'go' && GO_SUBCOMMANDS.has(sub)) return { tool: `go ${sub}`, toolchain: 'go' };
  if (cmd.name === 'go' && argText(cmd, 2) === 'mod download')
    return { tool: 'go mod download', toolchain: 'go' };
  if (cmd.name === 'cargo' && CARGO_SUBCOMMANDS.has(sub)) return { tool: `cargo ${sub}`, toolchain: 'rust' };
  if (cmd.name === 'rustc') return { tool: 'rustc', toolchain: 'rust' };
  if (C_COMPILERS.has(cmd.name)) return { tool: cmd.name, toolchain: 'c' };
  if (cmd.name === 'configure') return { tool: './configure', toolchain: 'build' };
  if (BUILD_TOOLS.has(cmd.name)) return { tool: cmd.name, toolchain: 'build' };
  const node = `${cmd.name} ${argText(cmd, 1)}`.trim();
  if (NODE_INSTALL.test(node)) return { tool: node, toolchain: 'node' };
  if (
    /^pip[0-9.]*$/.test(cmd.name) &&
    sub === 'install' &&
    cmd.args.some(a => a.text.startsWith('--no-binary'))
  )
    return { tool: 'pip install --no-binary', toolchain: 'python' };
  return undefined;
}

/** Whether a stage installs the compilers that node-gyp needs. */
function installsAddonToolchain(stage: Stage): boolean {
  return lineage(stage).some(s =>
    s.commands.some(
      ({ cmd }) =>
        /^(apt-get|apt|apk|yum|dnf|microdnf)$/.test(cmd.name) &&
        cmd.args.some(a => ADDON_TOOLCHAIN.has(a.text))
    )
  );
}

/** The toolchain a stage builds with: what `make` and `./configure` most likely drive. */
export function stageToolchain(stage: Stage, steps: Array<{ toolchain: Toolchain | 'build' }>): Toolchain {
  const known = steps.find(s => s.toolchain !== 'build' && s.toolchain !== 'node')?.toolchain;
  if (known) return known as Toolchain;
  const base = lineage(stage)
    .map(s => s.image.toLowerCase())
    .join(' ');
  if (/(^|\/)golang[:@ ]|(^|\/)golang$/.test(base)) return 'go';
  if (/(^|\/)rust[:@ ]|(^|\/)rust$/.test(base)) return 'rust';
  // A custom build image that `make` drives: Go settings in its ENV/ARG say it is a Go build.
  if (lineage(stage).some(s => GO_SETTINGS.some(n => s.vars.has(n)))) return 'go';
  return 'c';
}

const stepCache = new WeakMap<Stage, CompileStep[]>();

/** The compile steps of a stage (its own RUN lines). */
export function compileSteps(stage: Stage): CompileStep[] {
  let steps = stepCache.get(stage);
  if (!steps) {
    steps = findSteps(stage);
    stepCache.set(stage, steps);
  }
  return steps;
}

/**
 * LuaRocks is Lua: its `./configure` and `make build` write scripts and run no compiler. The
 * `configure` and `make` run in its sources (after a `cd` into them) compile nothing; a rock with
 * C code is `luarocks install`, which is not counted.
 */
function inScriptSources(stage: Stage): Set<Command> {
  const out = new Set<Command>();
  let last: Instruction | undefined;
  let inLuaRocks = false;
  for (const { ins, cmd } of stage.commands) {
    if (ins !== last) inLuaRocks = false;
    last = ins;
    if (cmd.name === 'cd') inLuaRocks = /luarocks/i.test(cmd.args[0]?.text ?? '');
    else if (inLuaRocks) out.add(cmd);
  }
  return out;
}

function findSteps(stage: Stage): CompileStep[] {
  const scripts = inScriptSources(stage);
  const found = stage.commands
    .map(({ ins, cmd }) => ({ ins, cmd, c: compiler(cmd) }))
    .filter(
      x =>
        x.c &&
        !(x.c.toolchain === 'build' && scripts.has(x.cmd)) &&
        (x.c.toolchain !== 'node' || installsAddonToolchain(stage))
    );
  const toolchain = stageToolchain(
    stage,
    found.map(x => ({ toolchain: x.c!.toolchain }))
  );
  return found.map(x => ({
    tool: x.c!.tool,
    toolchain: x.c!.toolchain === 'build' ? toolchain : x.c!.toolchain,
    line: x.cmd.line,
    ins: x.ins,
    cmd: x.cmd
  }));
}
