// The build stages of a parsed Dockerfile, with the variables each one can see.
import { formatPlatform, Platform } from '../../oci/platform';
import { expandArgs } from '../scan/dockerfile';
import { Dockerfile, flag, Instruction } from './parse';
import { Command, runCommands, words } from './shell';

export interface Variable {
  name: string;
  /** undefined: declared without a value (`ARG TARGETARCH`). */
  value?: string;
  line: number;
  kind: 'ARG' | 'ENV';
}

export interface Stage {
  index: number;
  /** Lower case, as `COPY --from=` and `FROM` compare it. */
  name?: string;
  from: Instruction;
  /** The base as written, global ARGs expanded. */
  image: string;
  /** `--platform` as written (`$BUILDPLATFORM`), or undefined. */
  platform?: string;
  parent?: Stage;
  body: Instruction[];
  /** ARG and ENV of this stage, and ENV inherited from a parent stage; the last one wins. */
  vars: Map<string, Variable>;
  /** The commands of every RUN, in order. */
  commands: Array<{ ins: Instruction; cmd: Command }>;
}

export const TARGET_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT'];
const TARGET_REF = /\$\{?(TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT)\b/;

/** `NAME=value` pairs and bare names of an ARG or ENV line (also the legacy `ENV NAME value`). */
export function assignments(ins: Instruction): Array<{ name: string; value?: string; line: number }> {
  const ws = words(ins);
  if (ins.keyword === 'ENV' && ws.length >= 2 && !ws[0].text.includes('=')) {
    const value = ws
      .slice(1)
      .map(w => w.text)
      .join(' ');
    return [{ name: ws[0].text, value, line: ws[0].line }];
  }
  return ws.map(w => {
    const at = w.text.indexOf('=');
    return at < 0
      ? { name: w.text, line: w.line }
      : { name: w.text.slice(0, at), value: w.text.slice(at + 1), line: w.line };
  });
}

interface Globals {
  values: Map<string, string>;
  lines: Map<string, number>;
}

function globalArgs(df: Dockerfile): Globals {
  const globals: Globals = { values: new Map(), lines: new Map() };
  for (const ins of df.instructions) {
    if (ins.keyword === 'FROM') break;
    if (ins.keyword !== 'ARG') continue;
    for (const a of assignments(ins)) {
      if (a.value === undefined) continue;
      globals.values.set(a.name, expandArgs(a.value, globals.values));
      globals.lines.set(a.name, a.line);
    }
  }
  return globals;
}

function newStage(index: number, from: Instruction, globals: Globals, earlier: Stage[]): Stage {
  const ws = words(from);
  const image = expandArgs(ws[0]?.text ?? '', globals.values);
  const name = ws.length >= 3 && ws[1].text.toLowerCase() === 'as' ? ws[2].text.toLowerCase() : undefined;
  const parent = earlier.find(s => s.name === image.toLowerCase());
  const vars = new Map<string, Variable>();
  parent?.vars.forEach(v => v.kind === 'ENV' && vars.set(v.name, v));
  const stage: Stage = { index, name, from, image, parent, body: [], vars, commands: [] };
  const platform = flag(from, 'platform')?.value;
  if (platform) stage.platform = platform;
  return stage;
}

function record(stage: Stage, ins: Instruction, globals: Globals): void {
  stage.body.push(ins);
  if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
    for (const a of assignments(ins)) {
      // `ARG NAME` in a stage takes the global default, as Docker does.
      const inherit = a.value === undefined && ins.keyword === 'ARG' && globals.values.has(a.name);
      const value = inherit ? globals.values.get(a.name) : a.value;
      const line = inherit ? (globals.lines.get(a.name) ?? a.line) : a.line;
      stage.vars.set(a.name, { name: a.name, value, line, kind: ins.keyword });
    }
  }
  if (ins.keyword === 'RUN') for (const cmd of runCommands(ins)) stage.commands.push({ ins, cmd });
}

export function stagesOf(df: Dockerfile): Stage[] {
  const globals = globalArgs(df);
  const stages: Stage[] = [];
  let current: Stage | undefined;
  for (const ins of df.instructions) {
    if (ins.keyword === 'FROM') {
      current = newStage(stages.length, ins, globals, stages);
      stages.push(current);
    } else if (current) record(current, ins, globals);
  }
  return stages;
}

/** The stage itself and the stages it is built FROM, nearest first. */
export function lineage(stage: Stage): Stage[] {
  const out: Stage[] = [];
  for (let s: Stage | undefined = stage; s && !out.includes(s); s = s.parent) out.push(s);
  return out;
}

/** Where the stage runs: on the build machine, on each target platform, or on one fixed platform. */
export function placement(stage: Stage): 'build' | 'target' | 'fixed' {
  for (const s of lineage(stage)) {
    if (!s.platform) continue;
    if (/\$\{?BUILDPLATFORM\b/.test(s.platform)) return 'build';
    if (/\$\{?TARGETPLATFORM\b/.test(s.platform) || s.platform.includes('$')) return 'target';
    return 'fixed';
  }
  return 'target';
}

export function declares(stage: Stage, name: string): boolean {
  return lineage(stage).some(s => s.vars.get(name)?.kind === 'ARG');
}

/** True when `text` reads a TARGET* argument, directly or through a variable set from one. */
export function readsTarget(stage: Stage, text: string, seen = new Set<string>()): boolean {
  if (TARGET_REF.test(text)) return true;
  for (const m of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const v = lookup(stage, m[1]);
    if (v?.value && !seen.has(v.name)) {
      seen.add(v.name);
      if (readsTarget(stage, v.value, seen)) return true;
    }
  }
  return false;
}

export function lookup(stage: Stage, name: string): Variable | undefined {
  for (const s of lineage(stage)) {
    const v = s.vars.get(name);
    if (v) return v;
  }
  return undefined;
}

/** Variables with known values, for expanding `$VAR` in a URL. */
export function knownValues(stage: Stage): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of lineage(stage).reverse())
    s.vars.forEach(v => v.value !== undefined && out.set(v.name, v.value));
  return out;
}

/** Whether any instruction of the stage reads a TARGET* argument that the stage declares. */
export function stageReadsTarget(stage: Stage): boolean {
  if (!TARGET_ARGS.some(a => declares(stage, a))) return false;
  return lineage(stage).some(s =>
    s.body.some(ins => ins.keyword !== 'ARG' && (readsTarget(s, ins.args) || heredocReadsTarget(s, ins)))
  );
}

function heredocReadsTarget(stage: Stage, ins: Instruction): boolean {
  return ins.heredocs.some(h => h.body.some(l => readsTarget(stage, l.text)));
}

/** Every name the file reaches a stage by, as written: FROM, COPY --from=, RUN --mount=…,from=. */
function stageRefs(stages: Stage[]): string[] {
  const out: string[] = [];
  for (const s of stages) {
    out.push(words(s.from)[0]?.text ?? '');
    for (const ins of s.body)
      for (const f of ins.flags) {
        if (f.name === 'from') out.push(f.value);
        const m = f.name === 'mount' ? /(?:^|,)from=([^,]+)/.exec(f.value) : null;
        if (m) out.push(m[1]);
      }
  }
  return out;
}

/**
 * The architectures a stage is built for when the file picks it by a TARGET* argument
 * (`FROM build-${TARGETARCH}` reaches `build-amd64` on amd64 alone). Undefined when any build may
 * use it: a reference names it outright, it is the last stage, or nothing picks it by platform.
 */
export function pickedFor(stages: Stage[], stage: Stage, platforms: Platform[]): string[] | undefined {
  if (!stage.name || stage.index === stages.length - 1) return undefined;
  const archs = new Set<string>();
  for (const ref of stageRefs(stages)) {
    if (!TARGET_REF.test(ref)) {
      if (ref.toLowerCase() === stage.name) return undefined;
      continue;
    }
    for (const p of platforms) {
      const vars = new Map([
        ['TARGETARCH', p.architecture],
        ['TARGETOS', p.os],
        ['TARGETVARIANT', p.variant ?? ''],
        ['TARGETPLATFORM', formatPlatform(p)]
      ]);
      if (expandArgs(ref, vars).toLowerCase() === stage.name) archs.add(p.architecture);
    }
  }
  return archs.size ? [...archs] : undefined;
}
