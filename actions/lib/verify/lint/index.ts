// Dockerfile architecture lint: the lines that make arm64 builds slow (compiles under QEMU)
// or wrong (one architecture written in), with the lines to write instead.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { badInput } from '../../core/errors';
import { matchFiles } from '../../core/glob';
import { VERIFY_PLATFORMS } from '../../core/specs.generated';
import { Platform } from '../../oci/platform';
import { parseDockerfile } from './parse';
import { hardcodedArch } from './rules/arch';
import { buildkitRefuses } from './rules/buildkit';
import { archPaths } from './rules/arch-paths';
import { buildPlatformNoTarget } from './rules/buildplatform';
import { emulatedCompile } from './rules/emulated';
import { prebuiltBinary } from './rules/prebuilt';
import { reachedStages, Stage, stagesOf } from './stages';
import { Finding, LintContext, Rule } from './types';
import { compareText } from '../../core/compare';

export * from './types';

const RULES: Rule[] = [
  buildkitRefuses,
  emulatedCompile,
  hardcodedArch,
  archPaths,
  buildPlatformNoTarget,
  prebuiltBinary
];

export interface LintOptions {
  /** The platforms the image is built for; rules 1 and 2 need more than one architecture. */
  platforms: Platform[];
  /** Folders that may be the build context (none: only the Dockerfile is read). */
  contexts?: string[];
  /** The stage the build targets (`--target`); default: the last stage. */
  target?: string;
}

function byLine(a: Finding, b: Finding): number {
  return a.file === b.file ? a.line - b.line || compareText(a.rule, b.rule) : compareText(a.file, b.file);
}

export function lintDockerfile(text: string, file: string, opts: LintOptions): Finding[] {
  const dockerfile = parseDockerfile(text);
  const ctx: LintContext = {
    file,
    dockerfile,
    stages: stagesOf(dockerfile),
    platforms: opts.platforms,
    architectures: [...new Set(opts.platforms.map(p => p.architecture))],
    contexts: opts.contexts ?? []
  };
  if (!ctx.stages.length) return [noStage(file)];
  // BuildKit stops at once on a --target that names no stage of the file.
  if (opts.target && !ctx.stages.some(s => s.name === opts.target?.toLowerCase()))
    throw badInput(VERIFY_PLATFORMS.inputs.target.name, opts.target, `${file} has no stage of that name`);
  const found = RULES.flatMap(rule => rule(ctx));
  const reached = reachedStages(ctx.stages, ctx.platforms, opts.target);
  return unbuilt(ctx.stages, found, reached, opts.target).sort(byLine);
}

/**
 * A stage no build of the target reaches is not built, so what it would do wrong is a notice at
 * most: a build with another `--target` may still reach it.
 */
function unbuilt(stages: Stage[], found: Finding[], reached?: Set<Stage>, target?: string): Finding[] {
  if (!reached || reached.size === stages.length) return found;
  const last = stages[stages.length - 1];
  const built = target
    ? `a build with --target ${target}`
    : `a build of the last stage${last.name ? ` ("${last.name}")` : ''}`;
  return found.map(f => {
    const stage = [...stages].reverse().find(s => s.from.line <= f.line);
    // BuildKit reads every stage before it builds one: what it refuses fails any build.
    if (!stage || reached.has(stage) || f.rule === 'buildkit-refuses') return f;
    const label = stage.name ? `stage "${stage.name}"` : `the stage from line ${stage.from.line}`;
    return { ...f, severity: 'notice', message: `Not built: ${built} never reaches ${label}. ${f.message}` };
  });
}

/** A file with no FROM: Docker cannot build it, and there is nothing to lint, which is no pass. */
function noStage(file: string): Finding {
  return {
    file,
    line: 1,
    rule: 'no-stage',
    severity: 'error',
    message: 'no FROM instruction: this is not a Dockerfile Docker can build, so nothing was linted.',
    fix: 'FROM <base image>, or a dockerfiles glob that leaves this file out'
  };
}

/** Lints every file the globs match (relative to cwd); a glob that matches nothing is a ConfigurationError. */
export function lintDockerfiles(
  globs: string[],
  opts: LintOptions & { cwd: string; input?: string }
): Finding[] {
  return matchFiles(globs, opts.cwd, opts.input ?? VERIFY_PLATFORMS.inputs.dockerfiles.name).flatMap(
    ({ abs, display }) =>
      lintDockerfile(fs.readFileSync(abs, 'utf8'), display, {
        ...opts,
        // The build context is most often the Dockerfile's folder or the workspace.
        contexts: opts.contexts ?? [...new Set([path.dirname(abs), path.resolve(opts.cwd)])]
      })
  );
}
