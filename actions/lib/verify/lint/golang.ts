// What a Go builder stage sets: does GOARCH follow TARGETARCH, and may cgo be on.
import { CompileStep } from './compile';
import { Command } from './shell';
import { lineage, readsTarget, Stage } from './stages';

export interface Setting {
  value: string;
  line: number;
}

export interface GoState {
  /** Every go build sets GOARCH from a TARGET* argument (or uses xx-go). */
  goarchFollows: boolean;
  /** Where GOARCH is set to something else, if anywhere. */
  goarch?: Setting;
  goosFollows: boolean;
  /** CGO_ENABLED as the builds see it; undefined when nothing sets it. */
  cgo?: Setting;
  /** A later stage installs a glibc shim (libc6-compat, gcompat): the binary links glibc. */
  glibcShim?: Setting;
}

function assignIn(words: Array<{ text: string; line: number }>, name: string): Setting | undefined {
  let found: Setting | undefined;
  for (const w of words)
    if (w.text.startsWith(`${name}=`)) found = { value: w.text.slice(name.length + 1), line: w.line };
  return found;
}

/** The value a command sees: its own assignment, an `export` earlier in its RUN, then ARG/ENV. */
function settingFor(stage: Stage, step: CompileStep, name: string): Setting | undefined {
  const own = assignIn(step.cmd.assigns, name);
  if (own) return own;
  let exported: Setting | undefined;
  for (const { ins, cmd } of stage.commands) {
    if (cmd === step.cmd) break;
    if (ins !== step.ins) continue;
    if (cmd.name === 'export') exported = assignIn(cmd.args, name) ?? exported;
    if (isGoEnvWrite(cmd)) exported = assignIn(cmd.args, name) ?? exported;
  }
  if (exported) return exported;
  for (const s of lineage(stage)) {
    const v = s.vars.get(name);
    if (v?.value !== undefined) return { value: v.value, line: v.line };
  }
  return goEnvWrite(stage, name);
}

function isGoEnvWrite(cmd: Command): boolean {
  return cmd.name === 'go' && cmd.args[0]?.text === 'env' && cmd.args[1]?.text === '-w';
}

function goEnvWrite(stage: Stage, name: string): Setting | undefined {
  let found: Setting | undefined;
  for (const s of lineage(stage).reverse())
    for (const { cmd } of s.commands) if (isGoEnvWrite(cmd)) found = assignIn(cmd.args, name) ?? found;
  return found;
}

function glibcShim(stages: Stage[], after: Stage): Setting | undefined {
  for (const s of stages.slice(after.index + 1))
    for (const { cmd } of s.commands) {
      const w = cmd.args.find(a => a.text === 'libc6-compat' || a.text === 'gcompat');
      if (w && /^(apk|apt-get|apt)$/.test(cmd.name)) return { value: w.text, line: w.line };
    }
  return undefined;
}

export function goState(stage: Stage, steps: CompileStep[], stages: Stage[]): GoState {
  const builds = steps.filter(s => s.toolchain === 'go' && s.tool !== 'go mod download');
  const state: GoState = { goarchFollows: builds.length > 0, goosFollows: builds.length > 0 };
  for (const step of builds) {
    if (step.cmd.name.startsWith('xx-')) continue;
    const arch = settingFor(stage, step, 'GOARCH');
    if (!arch || !readsTarget(stage, arch.value)) {
      state.goarchFollows = false;
      if (arch) state.goarch ??= arch;
    }
    const os = settingFor(stage, step, 'GOOS');
    if (!os || !readsTarget(stage, os.value)) state.goosFollows = false;
    const cgo = settingFor(stage, step, 'CGO_ENABLED');
    if (cgo && (!state.cgo || cgo.value !== '0')) state.cgo = cgo;
  }
  if (!builds.length) state.cgo = undefined;
  const shim = glibcShim(stages, stage);
  if (shim) state.glibcShim = shim;
  return state;
}

/** Whether cgo may be on in these builds: CGO_ENABLED unset or not 0. */
export function cgoMayBeOn(state: GoState): boolean {
  return !state.cgo || state.cgo.value !== '0';
}
