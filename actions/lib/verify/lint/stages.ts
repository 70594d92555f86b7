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
  /** The platform a `--platform=linux/${ARCH}` takes from global ARG defaults, and the first such ARG. */
  platformDefault?: { value: string; arg: string; line: number };
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
  const names = [...(platform ?? '').matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map(m => m[1]);
  // Every variable a global ARG default, none set by BuildKit: one platform for every build without --build-arg.
  if (platform && names.length && names.every(n => globals.values.has(n) && !/^(TARGET|BUILD)/.test(n)))
    stage.platformDefault = {
      value: expandArgs(platform, globals.values),
      arg: `${names[0]}=${globals.values.get(names[0])}`,
      line: globals.lines.get(names[0]) ?? from.line
    };
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
    // `${BUILDOS}/${BUILDARCH}` spells the build platform too.
    if (/\$\{?BUILDARCH\b/.test(s.platform) && !/TARGET/.test(s.platform)) return 'build';
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

/** The sources a stage's COPY --from= and RUN --mount=…,from= name, as written, with their lines. */
export function copySources(s: Stage): Array<{ ref: string; ins: Instruction; how: string }> {
  const out: Array<{ ref: string; ins: Instruction; how: string }> = [];
  for (const ins of s.body)
    for (const f of ins.flags) {
      if (f.name === 'from') out.push({ ref: f.value, ins, how: `${ins.keyword} --from` });
      const m = f.name === 'mount' ? /(?:^|,)from=([^,]+)/.exec(f.value) : null;
      if (m) out.push({ ref: m[1], ins, how: 'RUN --mount from' });
    }
  return out;
}

/**
 * The names a stage reaches other stages by: its FROM as written, where TARGET* arguments pick a
 * stage per platform, and COPY --from= and RUN --mount from=, where BuildKit expands no variable
 * (it refuses the build instead: rules/buildkit.ts), so only a name written out counts.
 */
function refsOf(s: Stage): string[] {
  return [words(s.from)[0]?.text ?? '', ...copySources(s).map(c => c.ref)].filter(
    (ref, i) => i === 0 || !ref.includes('$')
  );
}

const pickedCache = new WeakMap<Platform[], WeakMap<Stage, string[] | undefined>>();

/**
 * The architectures a stage is built for when the file picks it by a TARGET* argument
 * (`FROM build-${TARGETARCH}` reaches `build-amd64` on amd64 alone), directly or through stages
 * picked that way (`FROM copy-${TARGETARCH}`, whose `copy-arm64` copies from `build-arm64`).
 * Undefined when any build may use it: a stage built for every platform names it, it is the last
 * stage, or nothing picks it by platform.
 */
export function pickedFor(stages: Stage[], stage: Stage, platforms: Platform[]): string[] | undefined {
  let cache = pickedCache.get(platforms);
  if (!cache) pickedCache.set(platforms, (cache = new WeakMap()));
  if (!cache.has(stage)) cache.set(stage, picked(stages, stage, platforms, new Set()));
  return cache.get(stage);
}

function picked(
  stages: Stage[],
  stage: Stage,
  platforms: Platform[],
  seen: Set<Stage>
): string[] | undefined {
  if (!stage.name || stage.index === stages.length - 1 || seen.has(stage)) return undefined;
  const path = new Set(seen).add(stage);
  const archs = new Set<string>();
  for (const user of stages)
    for (const ref of refsOf(user)) {
      if (TARGET_REF.test(ref)) {
        for (const p of platforms) if (targetExpand(ref, p) === stage.name) archs.add(p.architecture);
        continue;
      }
      if (ref.toLowerCase() !== stage.name || user === stage) continue;
      // Named outright: built for what the stage that names it is built for.
      const via = picked(stages, user, platforms, path);
      if (!via) return undefined;
      via.forEach(a => archs.add(a));
    }
  return archs.size ? [...archs] : undefined;
}

/** What a reference names for one platform: TARGET* arguments expanded, lower case. */
function targetExpand(ref: string, p: Platform): string {
  const vars = new Map([
    ['TARGETARCH', p.architecture],
    ['TARGETOS', p.os],
    ['TARGETVARIANT', p.variant ?? ''],
    ['TARGETPLATFORM', formatPlatform(p)]
  ]);
  return expandArgs(ref, vars).toLowerCase();
}

/** The stages one stage reads: its base, and every COPY --from= and RUN --mount from= (a name or an index). */
function sourcesOf(stages: Stage[], stage: Stage, platforms: Platform[]): Stage[] {
  const refs = [stage.image, ...copySources(stage).map(c => c.ref)];
  const out: Stage[] = [];
  for (const ref of refs) {
    const names = new Set(platforms.map(p => targetExpand(ref, p)));
    for (const s of stages)
      if (s.index < stage.index || ref !== stage.image)
        if ((s.name && names.has(s.name)) || (/^\d+$/.test(ref) && s.index === Number(ref))) out.push(s);
  }
  return out;
}

/**
 * The stages a build reaches from its target (`--target`, or the last stage when there is none),
 * on any of the platforms. Undefined when the target names no stage: nothing is left out then.
 */
export function reachedStages(
  stages: Stage[],
  platforms: Platform[],
  target?: string
): Set<Stage> | undefined {
  const start = target ? stages.find(s => s.name === target.toLowerCase()) : stages[stages.length - 1];
  if (!start) return undefined;
  const reached = new Set<Stage>([start]);
  const queue = [start];
  for (let s = queue.pop(); s; s = queue.pop())
    for (const src of sourcesOf(stages, s, platforms))
      if (!reached.has(src)) {
        reached.add(src);
        queue.push(src);
      }
  return reached;
}
