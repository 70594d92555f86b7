// One architecture's system paths written into a stage that runs on every target platform (or
// linked to, or looped over): the musl loader's search path file, the Debian multiarch library and
// header folders, the loaders. A stage the file picks by TARGETARCH counts for its architecture.
import { formatPlatform, parsePlatform } from '../../../oci/platform';
import { archCase, UNAME_NAMES } from '../fixes';
import { Instruction } from '../parse';
import { Command, words } from '../shell';
import { pickedFor, placement, Stage } from '../stages';
import { Finding, LintContext } from '../types';

const ARCH_PATH =
  /\/etc\/ld-musl-(x86_64|aarch64|armhf|armv7|ppc64le|s390x|riscv64)\.path|\/lib\/ld-musl-(x86_64|aarch64)\.so|(?:\/usr)?\/(?:lib(?:64)?|include)\/(x86_64|aarch64|arm|powerpc64le|s390x|riscv64)-linux-(?:gnu|musl)\w*|ld-linux-(x86-64|aarch64)\.so/;
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
function written(cmd: Command): Array<{ text: string; line: number; how: string }> {
  const how = `${cmd.name} writes`;
  const out = cmd.args
    .filter((a, i) => /^>>?$/.test(cmd.args[i - 1]?.text ?? '') || /^>>?\//.test(a.text))
    .map(a => ({ ...a, how }));
  const args = WRITERS.has(cmd.name) ? cmd.args.filter(a => !a.text.startsWith('-')) : [];
  // `ln -s TARGET… NAME` writes NAME; a target of one architecture is as missing elsewhere.
  args.forEach((a, i) =>
    out.push({ ...a, how: cmd.name === 'ln' && i < args.length - 1 ? 'ln links to' : how })
  );
  return out;
}

function branches(ins: Instruction): boolean {
  return /\b(case|if|elif)\b/.test(ins.args) && ARCH_SOURCES.test(ins.args);
}

/**
 * COPY and ADD write the destination; into a folder (`/lib64/`, or several sources), each source
 * file by its name. A source that may be a folder (`dir/`, no dot in its name) puts its contents there.
 */
function copied(ins: Instruction): Array<{ text: string; line: number; how: string }> {
  const ws = words(ins);
  if (ws.length < 2) return [];
  const dest = ws[ws.length - 1];
  const how = `${ins.keyword} writes`;
  if (!dest.text.endsWith('/') && ws.length === 2) return [{ ...dest, how }];
  const dir = dest.text.replace(/\/*$/, '/');
  return ws.slice(0, -1).map(src => {
    const name = /\/$/.test(src.text) ? '' : src.text.replace(/^.*\//, '');
    return { text: name.includes('.') ? dir + name : dest.text, line: src.line, how };
  });
}

function candidates(stage: Stage): Array<{ text: string; line: number; how: string }> {
  const out: Array<{ text: string; line: number; how: string }> = [];
  for (const { ins, cmd } of stage.commands) {
    if (branches(ins)) continue;
    out.push(...written(cmd));
    // `for dir in /usr/include/x86_64-linux-gnu/*; do ln -s …`: what the loop writes comes from there.
    const list = cmd.name === 'for' ? cmd.args.findIndex(a => a.text === 'in') : -1;
    if (list > 0) out.push(...cmd.args.slice(list + 1).map(w => ({ ...w, how: 'for reads' })));
  }
  for (const ins of stage.body) {
    if (ins.keyword === 'ENV') out.push(...words(ins).map(w => ({ ...w, how: 'ENV sets' })));
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') out.push(...copied(ins));
  }
  return out;
}

/** The whole path around the match: `/lib64/ld-linux-x86-64.so.2`, not `ld-linux-x86-64.so`. */
function wholePath(text: string, m: RegExpExecArray): string {
  const start = text.slice(0, m.index).search(/[^\s:=;"']*$/);
  const end = m.index + m[0].length + text.slice(m.index + m[0].length).search(/[\s:;"']|$/);
  return text.slice(start, end);
}

function fixFor(path: string): string {
  if (path.includes('ld-musl') && path.endsWith('.path'))
    return 'RUN echo "/usr/local/lib" > "/etc/ld-musl-$(apk --print-arch).path"';
  // Alpine's glibc loader links: gcompat makes the right one on each architecture.
  if (/ld-linux-/.test(path))
    return 'RUN apk add --no-cache gcompat   # on Alpine: the glibc loader of each architecture';
  return `ARG TARGETARCH\nRUN ${archCase('ARCH', UNAME_NAMES)} && … ${path.replace(/x86_64|aarch64|x86-64/, '$ARCH')} …`;
}

interface Hit {
  w: { text: string; line: number; how: string };
  arch: string;
  path: string;
  /** The path with its architecture left out: the same file for another architecture has the same kind. */
  kind: string;
}

function hitsOf(stage: Stage): Hit[] {
  const out: Hit[] = [];
  for (const w of candidates(stage)) {
    const m = ARCH_PATH.exec(w.text);
    const arch = m && !w.text.slice(0, m.index + m[0].length).includes('$') ? archOf(m) : undefined;
    if (!m || !arch) continue;
    const path = wholePath(w.text, m);
    const token = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    out.push({ w, arch, path, kind: m[4] ? 'ld-linux' : path.replace(token, '*') });
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
    // A stage the file picks by TARGETARCH (`FROM build-${TARGETARCH}`) is built for its architecture alone.
    const picked = pickedFor(ctx.stages, stage, ctx.platforms);
    const archs = picked ?? ctx.architectures;
    const hits = hitsOf(stage);
    // The same file written for each architecture (ld-musl-x86_64.path and ld-musl-aarch64.path) is right.
    const covered = (kind: string) => new Set(hits.filter(h => h.kind === kind).map(h => h.arch));
    const lines = new Set<number>();
    for (const h of hits) {
      const has = covered(h.kind);
      const others = ctx.platforms.filter(p => archs.includes(p.architecture) && !has.has(p.architecture));
      if (!others.length || lines.has(h.w.line)) continue;
      lines.add(h.w.line);
      const built = picked
        ? ctx.platforms
            .filter(p => picked.includes(p.architecture))
            .map(formatPlatform)
            .join(', ')
        : 'every platform';
      out.push({
        file: ctx.file,
        line: h.w.line,
        rule: 'hardcoded-arch',
        severity: 'warning',
        message:
          `${h.w.how} ${h.path}, a path of ${h.arch} systems only, in a stage built for ${built}: on ` +
          `${others.map(formatPlatform).join(', ')} ${h.w.how.endsWith('writes') || h.w.how === 'ENV sets' ? 'nothing reads it' : 'it is not there'}. Derive the name from the platform.`,
        fix: fixFor(h.path)
      });
    }
  }
  return out;
}
