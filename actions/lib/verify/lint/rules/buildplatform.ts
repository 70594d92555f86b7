// Rule 3: a builder on $BUILDPLATFORM that never reads TARGET* makes build-machine binaries
// for every platform; and a TARGET* variable used in a stage that never declares it is empty.
import { compileSteps } from '../compile';
import { buildPlatformFrom, crossLines } from '../fixes';
import { cgoMayBeOn, goState } from '../golang';
import { Instruction } from '../parse';
import { declares, lineage, pickedFor, placement, Stage, stageReadsTarget, TARGET_ARGS } from '../stages';
import { ARCH_TOKEN, buildsEach, normaliseArch } from './arch';
import { Finding, LintContext } from '../types';
import { cgoNote } from './emulated';

function crossAware(stage: Stage): boolean {
  if (stageReadsTarget(stage)) return true;
  // xx-go, xx-clang and friends read TARGETPLATFORM themselves.
  return declares(stage, 'TARGETPLATFORM') && stage.commands.some(({ cmd }) => cmd.name.startsWith('xx-'));
}

/**
 * Stages built FROM this one, at any depth. When one of them cross-compiles, this stage makes
 * the build machine's tools (`go install` of a generator) for them, as it should.
 */
function derived(ctx: LintContext, stage: Stage): Stage[] {
  return ctx.stages.filter(s => s !== stage && lineage(s).includes(stage));
}

/**
 * A stage the file picks for one architecture (`build-arm64`, reached through `${TARGETARCH}`) that
 * names that architecture itself (`--target aarch64-unknown-linux-musl`, `GOARCH=arm64`, a cross
 * image `…/aarch64-unknown-linux-musl`) cross-compiles for the platform it is built for.
 */
function crossForPicked(ctx: LintContext, stage: Stage): boolean {
  const picked = pickedFor(ctx.stages, stage, ctx.platforms);
  if (!picked) return false;
  const named = new Set<string>();
  for (const s of lineage(stage))
    for (const text of [s.image, ...s.body.map(ins => ins.args)])
      for (const m of text.matchAll(new RegExp(ARCH_TOKEN.source, 'g'))) named.add(normaliseArch(m[1]));
  return picked.every(a => named.has(a));
}

function notCrossCompiling(ctx: LintContext, stage: Stage): Finding | undefined {
  const steps = compileSteps(stage).filter(s => s.toolchain !== 'node');
  if (!steps.length || crossAware(stage) || derived(ctx, stage).some(crossAware)) return undefined;
  // GOARCH set to each architecture built is a cross-compile for each.
  if (crossForPicked(ctx, stage) || buildsEach(ctx, stage, 1)) return undefined;
  const [first] = steps;
  const go = first.toolchain === 'go' ? goState(stage, steps, ctx.stages) : undefined;
  const notes = go && cgoMayBeOn(go) ? ` ${cgoNote(go)}` : '';
  return {
    file: ctx.file,
    line: stage.from.line,
    rule: 'buildplatform-no-target',
    severity: 'error',
    message:
      `${stage.name ? `stage "${stage.name}"` : 'this stage'} runs on $BUILDPLATFORM but never reads ` +
      `TARGETARCH or TARGETPLATFORM: ${first.tool} (line ${first.line}) makes build-machine binaries for every platform.${notes}`,
    fix: [
      stage.platform ? buildPlatformFrom(stage) : `FROM ${stage.from.args}`,
      ...crossLines(first.toolchain, undefined, first, stage)
    ].join('\n')
  };
}

const USES = new Set(['RUN', 'ENV', 'COPY', 'ADD', 'WORKDIR', 'LABEL', 'USER', 'VOLUME']);

const USE_OF = new Map(TARGET_ARGS.map(name => [name, new RegExp(`\\$\\{?${name}\\b`)]));

function firstUse(ins: Instruction, name: string): number | undefined {
  if (!ins.args.includes(name) && !ins.heredocs.length) return undefined;
  const re = USE_OF.get(name) as RegExp;
  const hit = [...ins.lines, ...(ins.keyword === 'RUN' ? ins.heredocs.flatMap(h => h.body) : [])].find(l =>
    re.test(l.text)
  );
  return hit?.line;
}

function undeclared(ctx: LintContext, stage: Stage): Finding[] {
  const out: Finding[] = [];
  for (const name of TARGET_ARGS) {
    if (declares(stage, name) || stage.vars.has(name)) continue;
    for (const ins of stage.body) {
      const line = USES.has(ins.keyword) ? firstUse(ins, name) : undefined;
      if (line === undefined) continue;
      out.push({
        file: ctx.file,
        line,
        rule: 'target-arg-undeclared',
        severity: 'error',
        message: `$${name} is empty here: the stage from line ${stage.from.line} never declares ARG ${name}, and platform arguments reach a stage only through ARG.`,
        fix: `ARG ${name}`
      });
      break;
    }
  }
  return out;
}

export function buildPlatformNoTarget(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const stage of ctx.stages) {
    if (placement(stage) === 'build') {
      const f = notCrossCompiling(ctx, stage);
      if (f) out.push(f);
    }
    out.push(...undeclared(ctx, stage));
  }
  return out;
}
