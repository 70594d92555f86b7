// Dockerfile architecture lint: the lines that make arm64 builds slow (compiles under QEMU)
// or wrong (one architecture written in), with the lines to write instead.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { matchFiles } from '../../core/glob';
import { VERIFY_PLATFORMS } from '../../core/specs.generated';
import { Platform } from '../../oci/platform';
import { parseDockerfile } from './parse';
import { hardcodedArch } from './rules/arch';
import { archPaths } from './rules/arch-paths';
import { buildPlatformNoTarget } from './rules/buildplatform';
import { emulatedCompile } from './rules/emulated';
import { prebuiltBinary } from './rules/prebuilt';
import { stagesOf } from './stages';
import { Finding, LintContext, Rule } from './types';
import { compareText } from '../../core/compare';

export * from './types';

const RULES: Rule[] = [emulatedCompile, hardcodedArch, archPaths, buildPlatformNoTarget, prebuiltBinary];

export interface LintOptions {
  /** The platforms the image is built for; rules 1 and 2 need more than one architecture. */
  platforms: Platform[];
  /** Folders that may be the build context (none: only the Dockerfile is read). */
  contexts?: string[];
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
  return RULES.flatMap(rule => rule(ctx)).sort(byLine);
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
