// Build scripts that a RUN starts from the build context (`RUN ./scripts/build`, `RUN bash
// /build.sh`): the compiles inside them run where the RUN runs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CompileStep, compiler, stageToolchain } from './compile';
import { Instruction } from './parse';
import { Command, scriptCommands, words } from './shell';
import { lineage, Stage } from './stages';

/** Largest script read: build scripts are small; a larger file is not looked into. */
export const MAX_SCRIPT_BYTES = 256 * 1024;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);

/** A COPY or ADD from the build context: `src` relative to it ('' for the whole context), `dest` in the image. */
interface Copied {
  src: string;
  dest: string;
  folder: boolean;
}

function copied(ins: Instruction, workdir: string): Copied[] {
  if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some(f => f.name === 'from')) return [];
  const ws = ins.json ?? words(ins).map(w => w.text);
  if (ws.length < 2 || ws.some(w => w.includes('://') || w.startsWith('<<'))) return [];
  const dest = path.posix.resolve(workdir, ws[ws.length - 1]);
  const into = ws.length > 2 || ws[ws.length - 1].endsWith('/');
  return ws.slice(0, -1).flatMap(raw => {
    const src = path.posix
      .normalize(raw)
      .replace(/^\.\/?$/, '')
      .replace(/\/$/, '');
    if (!src) return [{ src: '', dest, folder: true }];
    // A source that is a folder in the context is copied as its contents.
    return [
      { src, dest: into ? path.posix.join(dest, path.posix.basename(src)) : dest, folder: false },
      { src, dest, folder: true }
    ];
  });
}

/** Each RUN of the stage, with the working folder and the context copies it sees. */
function runState(stage: Stage): Map<Instruction, { workdir: string; copies: Copied[] }> {
  const out = new Map<Instruction, { workdir: string; copies: Copied[] }>();
  let workdir = '/';
  let copies: Copied[] = [];
  for (const s of lineage(stage).reverse())
    for (const ins of s.body) {
      if (ins.keyword === 'WORKDIR') workdir = path.posix.resolve(workdir, words(ins)[0]?.text ?? '/');
      copies = [...copied(ins, workdir), ...copies];
      if (ins.keyword === 'RUN' && s === stage) out.set(ins, { workdir, copies });
    }
  return out;
}

const pathWords = new WeakMap<Instruction, Map<string, string>>();

/** The words of a RUN that are paths (`./scripts/build`), by line and basename. */
function pathsOf(ins: Instruction): Map<string, string> {
  let paths = pathWords.get(ins);
  if (!paths) {
    paths = new Map();
    for (const w of words(ins))
      if (w.text.includes('/')) paths.set(`${w.line} ${w.text.slice(w.text.lastIndexOf('/') + 1)}`, w.text);
    pathWords.set(ins, paths);
  }
  return paths;
}

/** The script a command starts, as written: `./x`, `/x.sh`, or the file after `sh`/`bash`. */
function scriptOf(ins: Instruction, cmd: Command): string | undefined {
  if (SHELLS.has(cmd.name)) {
    const file = cmd.args.find(a => !a.text.startsWith('-'));
    return file && !cmd.args.some(a => /^-[a-z]*c[a-z]*$/.test(a.text)) ? file.text : undefined;
  }
  return ins.args.includes(`/${cmd.name}`) ? pathsOf(ins).get(`${cmd.line} ${cmd.name}`) : undefined;
}

/** The file in a context folder that a copy put at `abs`, if one did. */
function inContext(abs: string, copies: Copied[], contexts: string[]): string | undefined {
  for (const c of copies) {
    const rel = c.folder
      ? abs.startsWith(`${c.dest}/`)
        ? path.posix.join(c.src, abs.slice(c.dest.length + 1))
        : undefined
      : abs === c.dest
        ? c.src
        : undefined;
    if (rel === undefined) continue;
    for (const dir of contexts) {
      const file = path.resolve(dir, rel);
      if (!file.startsWith(path.resolve(dir) + path.sep)) continue;
      const st = fs.statSync(file, { throwIfNoEntry: false });
      if (st?.isFile() && st.size <= MAX_SCRIPT_BYTES) return file;
    }
  }
  return undefined;
}

/** Whether a context file starts with `#!`: a script, not a binary built outside the Dockerfile. */
export function isScript(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    return fs.readSync(fd, head, 0, 2, 0) === 2 && head.toString() === '#!';
  } finally {
    fs.closeSync(fd);
  }
}

/** A COPY source's file in the first context folder that holds it (sources are relative to the context). */
export function contextSource(rel: string, contexts: string[]): string | undefined {
  return inContext('/src/' + path.posix.normalize(rel), [{ src: '', dest: '/src', folder: true }], contexts);
}

/** A script named as a build (`build-tgt.sh`, `scripts/build`), as a project names its compile scripts. */
const BUILD_SCRIPT = /(^|\/)(build|compile)([-_.][\w.-]*)?$/;
/** Packages that put a C compiler or a build system in the stage. */
const C_TOOLCHAIN = /^(gcc|gcc-c\+\+|g\+\+|clang|cmake|build-essential|build-base|\/usr\/bin\/cc)$/;

function installsCompiler(stage: Stage): boolean {
  return lineage(stage).some(s =>
    s.commands.some(
      ({ cmd }) =>
        /^(apt-get|apt|apk|yum|dnf|microdnf|zypper)$/.test(cmd.name) &&
        cmd.args.some(a => C_TOOLCHAIN.test(a.text))
    )
  );
}

/** The compile steps inside the build scripts the stage's RUN lines start, when they are in the context. */
export function scriptSteps(stage: Stage, contexts: string[]): CompileStep[] {
  // `./configure` is a compile step itself (compile.ts).
  const runs = stage.commands.flatMap(({ ins, cmd }) => {
    const script = compiler(cmd) ? undefined : scriptOf(ins, cmd);
    return script ? [{ ins, cmd, script }] : [];
  });
  if (!runs.length) return [];
  const state = contexts.length
    ? runState(stage)
    : new Map<Instruction, { workdir: string; copies: Copied[] }>();
  const found: Array<Omit<CompileStep, 'toolchain'> & { toolchain: string }> = [];
  for (const { ins, cmd, script } of runs) {
    const at = state.get(ins);
    const file =
      at && contexts.length
        ? inContext(path.posix.resolve(at.workdir, script), at.copies, contexts)
        : undefined;
    // A build script from elsewhere (a git clone) in a stage that installs a compiler: it compiles.
    if (!file && BUILD_SCRIPT.test(script) && installsCompiler(stage))
      found.push({
        tool: `${script} (a build script; the stage installs a compiler)`,
        toolchain: 'c',
        line: cmd.line,
        ins,
        cmd
      });
    if (!file) continue;
    for (const inner of scriptCommands(fs.readFileSync(file, 'utf8'))) {
      const c = compiler(inner);
      if (!c || c.toolchain === 'node') continue;
      const tool = `${c.tool} in ${script} (its line ${inner.line})`;
      found.push({ tool, toolchain: c.toolchain, line: cmd.line, ins, cmd: inner });
      break;
    }
  }
  const toolchain = stageToolchain(stage, found as Array<{ toolchain: CompileStep['toolchain'] | 'build' }>);
  return found.map(f => ({
    ...f,
    toolchain: f.toolchain === 'build' ? toolchain : f.toolchain
  })) as CompileStep[];
}
