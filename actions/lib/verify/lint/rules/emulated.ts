// Rule 1: a stage that compiles runs on each target platform, so every platform the machine
// cannot run natively compiles under QEMU.
import { formatPlatform } from '../../../oci/platform';
import { CompileStep, compileSteps } from '../compile';
import { crossFix } from '../fixes';
import { scriptSteps } from '../scripts';
import { cgoMayBeOn, GoState, goState } from '../golang';
import { placement, Stage } from '../stages';
import { Finding, LintContext } from '../types';

/**
 * test/bench/emulation.bench.ts builds one small Go program for linux/arm64 on x86-64 through
 * buildx twice, emulated builder vs cross-compiled from $BUILDPLATFORM: 501 s vs 40 s for the go build
 * step (12.5×), on 2 shared cores; the same arm64 binary both ways.
 */
export const MEASURED_SLOWDOWN = '12×';

/** Whether other stages copy from this one (then it is a builder, not the image). */
function isFinal(ctx: LintContext, stage: Stage): boolean {
  const name = stage.name;
  const used = ctx.stages.some(s =>
    s.body.some(ins =>
      ins.flags.some(
        f => (f.name === 'from' && name && f.value.toLowerCase() === name) || f.value === String(stage.index)
      )
    )
  );
  return !used && stage.index === ctx.stages.length - 1;
}

function goNotes(go: GoState): string[] {
  const notes: string[] = [];
  if (go.goarchFollows && go.goosFollows)
    notes.push(
      go.cgo && go.cgo.value !== '0'
        ? 'GOOS/GOARCH already follow TARGETOS/TARGETARCH.'
        : 'GOOS/GOARCH already follow TARGETOS/TARGETARCH, so the FROM line is the whole fix.'
    );
  else if (go.goarch)
    notes.push(
      `GOARCH is ${go.goarch.value} (line ${go.goarch.line}), not TARGETARCH: on $BUILDPLATFORM every platform would get the same binary; add the ARG/ENV lines.`
    );
  else
    notes.push(
      'Nothing sets GOOS/GOARCH from TARGETOS/TARGETARCH: on $BUILDPLATFORM go build would make build-machine binaries; add the ARG/ENV lines.'
    );
  if (cgoMayBeOn(go)) notes.push(cgoNote(go));
  return notes;
}

export function cgoNote(go: GoState): string {
  const shim = go.glibcShim
    ? `; line ${go.glibcShim.line} installs ${go.glibcShim.value}, so the binary links glibc`
    : '';
  if (!go.cgo)
    return (
      `cgo may be on (CGO_ENABLED is not set${shim}): the fix changes the binary, since cross-compiling turns cgo ` +
      'off by default. Set CGO_ENABLED=0 to build the same static binary on every platform, or keep cgo with a C cross compiler as CC.'
    );
  return (
    `cgo is on (CGO_ENABLED=${go.cgo.value}, line ${go.cgo.line}${shim}): on $BUILDPLATFORM the build needs a C cross ` +
    "compiler for the target as CC, and the target's C libraries; with CGO_ENABLED=0 instead, the fix changes the binary."
  );
}

function stageFinding(ctx: LintContext, stage: Stage, steps: CompileStep[]): Finding {
  const [first] = steps;
  const toolchain = first.toolchain;
  const go = toolchain === 'go' ? goState(stage, steps, ctx.stages) : undefined;
  const others = [
    ...new Map(steps.slice(1).map(s => [`${s.tool}@${s.line}`, `${s.tool} (line ${s.line})`])).values()
  ];
  const emulated = ctx.platforms.map(formatPlatform).join(', ');
  const label = stage.name ? `stage "${stage.name}"` : `the stage from line ${stage.from.line}`;
  const message = [
    `${first.tool} runs under emulation: ${label} runs on each target platform (${emulated}), so every platform ` +
      `the builder cannot run natively compiles under QEMU${others.length ? `, also ${others.join(', ')}` : ''}. ` +
      `A Go build measured ${MEASURED_SLOWDOWN} slower emulated than cross-compiled. Cross-compile on $BUILDPLATFORM.`,
    ...(go ? goNotes(go) : [])
  ].join(' ');
  const final = isFinal(ctx, stage);
  return {
    file: ctx.file,
    line: first.line,
    rule: 'emulated-compile',
    severity: 'warning',
    message: final ? `${message} Move the build into its own stage and copy its output.` : message,
    fix: crossFix(stage, first, go, final)
  };
}

export function emulatedCompile(ctx: LintContext): Finding[] {
  if (ctx.architectures.length < 2) return [];
  const out: Finding[] = [];
  for (const stage of ctx.stages) {
    if (placement(stage) !== 'target') continue;
    // A known compiler first: `npm install` compiles only when a package has native code.
    const steps = [...compileSteps(stage), ...scriptSteps(stage, ctx.contexts)].sort(
      (a, b) => Number(a.toolchain === 'node') - Number(b.toolchain === 'node') || a.line - b.line
    );
    if (steps.length) out.push(stageFinding(ctx, stage, steps));
  }
  return out;
}
