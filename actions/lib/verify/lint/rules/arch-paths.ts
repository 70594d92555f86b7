// One architecture's system paths written into a stage that runs on every target platform:
// the musl loader's search path file, the Debian multiarch library folders, the loaders.
import { formatPlatform, parsePlatform } from '../../../oci/platform';
import { archCase, UNAME_NAMES } from '../fixes';
import { Instruction } from '../parse';
import { Command, words } from '../shell';
import { placement, Stage } from '../stages';
import { Finding, LintContext } from '../types';

const ARCH_PATH =
  /\/etc\/ld-musl-(x86_64|aarch64|armhf|armv7|ppc64le|s390x|riscv64)\.path|\/lib\/ld-musl-(x86_64|aarch64)\.so|(?:\/usr)?\/lib(?:64)?\/(x86_64|aarch64|arm|powerpc64le|s390x|riscv64)-linux-(?:gnu|musl)\w*|ld-linux-(x86-64|aarch64)\.so/;
const WRITERS = new Set(['tee', 'ln', 'cp', 'mv', 'install', 'mkdir', 'touch', 'sed']);
const ARCH_SOURCES = /TARGETARCH|TARGETPLATFORM|uname\s+-m|--print-architecture|\$\(\s*arch\s*\)/;

function archOf(m: RegExpExecArray): string | undefined {
  const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '')
    .replace('x86-64', 'x86_64')
    .replace(/^powerpc64le$/, 'ppc64le');
  try {
    return parsePlatform(name === 'armhf' || name === 'arm' ? 'arm' : name, 'architecture').architecture;
  } catch {
    return undefined;
  }
}

/** The paths a command writes: redirect targets, and the arguments of commands that write files. */
function written(cmd: Command): Array<{ text: string; line: number }> {
  const out = cmd.args.filter((a, i) => /^>>?$/.test(cmd.args[i - 1]?.text ?? '') || /^>>?\//.test(a.text));
  if (WRITERS.has(cmd.name)) out.push(...cmd.args.filter(a => !a.text.startsWith('-')));
  return out;
}

function branches(ins: Instruction): boolean {
  return /\b(case|if|elif)\b/.test(ins.args) && ARCH_SOURCES.test(ins.args);
}

function candidates(stage: Stage): Array<{ text: string; line: number; how: string }> {
  const out: Array<{ text: string; line: number; how: string }> = [];
  for (const { ins, cmd } of stage.commands)
    if (!branches(ins)) out.push(...written(cmd).map(w => ({ ...w, how: `${cmd.name} writes` })));
  for (const ins of stage.body) {
    if (ins.keyword === 'ENV') out.push(...words(ins).map(w => ({ ...w, how: 'ENV sets' })));
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && words(ins).length > 1) {
      const dest = words(ins)[words(ins).length - 1];
      out.push({ ...dest, how: `${ins.keyword} writes` });
    }
  }
  return out;
}

export function archPaths(ctx: LintContext): Finding[] {
  if (ctx.architectures.length < 2) return [];
  // Most files name no such path: one look at the text first.
  const named = (ins: Instruction) =>
    ARCH_PATH.test(ins.args) || ins.heredocs.some(h => h.body.some(l => ARCH_PATH.test(l.text)));
  if (!ctx.dockerfile.instructions.some(named)) return [];
  const out: Finding[] = [];
  for (const stage of ctx.stages) {
    if (placement(stage) !== 'target') continue;
    for (const w of candidates(stage)) {
      const m = ARCH_PATH.exec(w.text);
      const arch = m && !w.text.slice(0, m.index + m[0].length).includes('$') ? archOf(m) : undefined;
      if (!m || !arch || ctx.architectures.every(a => a === arch)) continue;
      const others = ctx.platforms.filter(p => p.architecture !== arch).map(formatPlatform);
      out.push({
        file: ctx.file,
        line: w.line,
        rule: 'hardcoded-arch',
        severity: 'warning',
        message:
          `${w.how} ${m[0]}, a path of ${arch} systems only, in a stage built for every platform: on ` +
          `${others.join(', ')} nothing reads it. Derive the name from the platform.`,
        fix:
          m[0].includes('ld-musl') && m[0].endsWith('.path')
            ? 'RUN echo "/usr/local/lib" > "/etc/ld-musl-$(apk --print-arch).path"'
            : `ARG TARGETARCH\nRUN ${archCase('ARCH', UNAME_NAMES)} && … ${m[0].replace(/x86_64|aarch64|x86-64/, '$ARCH')} …`
      });
    }
  }
  return out;
}
