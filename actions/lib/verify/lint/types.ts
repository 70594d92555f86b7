import { Platform } from '../../oci/platform';
import { Dockerfile } from './parse';
import { Stage } from './stages';

/** The levels of GitHub annotations, so a finding maps to one as it is. */
export type Severity = 'error' | 'warning' | 'notice';

export type RuleId =
  | 'emulated-compile'
  | 'hardcoded-arch'
  | 'buildplatform-no-target'
  | 'target-arg-undeclared'
  | 'base-image-platform'
  | 'prebuilt-binary'
  | 'buildkit-refuses'
  | 'no-stage';

export interface Finding {
  file: string;
  /** The instruction's line, or the continuation or heredoc line that holds the problem. */
  line: number;
  rule: RuleId;
  severity: Severity;
  message: string;
  /** Lines to write instead (Dockerfile text), or what to do. */
  fix: string;
}

export interface LintContext {
  file: string;
  dockerfile: Dockerfile;
  stages: Stage[];
  platforms: Platform[];
  /** Distinct architectures built: rule 1 needs more than one. */
  architectures: string[];
  /** Folders that may be the build context, nearest first: build scripts and copied files are read there. */
  contexts: string[];
}

export type Rule = (ctx: LintContext) => Finding[];

export const SEVERITY_RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };
