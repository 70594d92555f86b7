// Lines BuildKit refuses, whatever the build arguments: the build fails before any step runs.
// The scanner (scan/dockerfile.ts) refuses the same lines, and lists no image of such a file.
import { buildkitPlatform } from '../../scan/buildkit-platform';
import { flag } from '../parse';
import { copySources, Stage } from '../stages';
import { Finding, LintContext } from '../types';

/** `COPY --from=build-${TARGETARCH}`: BuildKit expands no variable there (nor in a mount's from=). */
function variableSources(ctx: LintContext, stage: Stage): Finding[] {
  return copySources(stage)
    .filter(c => c.ref.includes('$'))
    .map(c => ({
      file: ctx.file,
      line: c.ins.line,
      rule: 'buildkit-refuses' as const,
      severity: 'error' as const,
      message: `${c.how}=${c.ref}: BuildKit expands no variable in a stage name there and refuses the build. Pick the stage with a FROM line, which expands ARGs, and copy from that.`,
      fix: `FROM ${c.ref} AS picked\n# then: ${c.how}=picked`
    }));
}

/** A `FROM --platform=` written out (no variable) that BuildKit cannot parse, such as a list. */
function badPlatform(ctx: LintContext, stage: Stage): Finding[] {
  const written = flag(stage.from, 'platform')?.value;
  if (!written || written.includes('$')) return [];
  const p = buildkitPlatform(written.replace(/^"(.*)"$/, '$1'), 'amd64');
  if ('platform' in p) return [];
  const list = written.includes(',');
  return [
    {
      file: ctx.file,
      line: stage.from.line,
      rule: 'buildkit-refuses',
      severity: 'error',
      message: `FROM --platform=${written} is not a platform BuildKit can parse (${p.why})${list ? ': it takes one platform, not a list' : ''}, so it refuses the build.`,
      fix: list
        ? `FROM --platform=$TARGETPLATFORM ${stage.from.args.replace(/^\S+\s+/, '')}   # one stage, built for each platform of --platform`
        : `FROM --platform=linux/amd64 …   # os/architecture[/variant]`
    }
  ];
}

export function buildkitRefuses(ctx: LintContext): Finding[] {
  return ctx.stages.flatMap(stage => [...badPlatform(ctx, stage), ...variableSources(ctx, stage)]);
}
