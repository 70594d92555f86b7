// A note, not a rule break: a COPY of a binary built outside the Dockerfile. Only the build
// context decides its architecture; the deep check (ELF headers) proves it after the build.
import { VERIFY_PLATFORMS } from '../../../core/specs.generated';
import { Instruction } from '../parse';
import { words } from '../shell';
import { contextSource, isScript } from '../scripts';
import { Stage } from '../stages';
import { Finding, LintContext } from '../types';

const BIN_DIR = /^\/(usr\/(local\/)?)?s?bin(\/|$)/;
const BUILT_DIR = /(^|\/)([a-z]*bin|_output)\/[^/]/;
/** A folder of programs as the destination: `/opt/3fs/bin`, `/usr/local/sbin/`. */
const BIN_DEST = /(^|\/)s?bin\/?$/;

function basename(p: string): string {
  return p.replace(/\/+$/, '').slice(p.replace(/\/+$/, '').lastIndexOf('/') + 1);
}

/** The programs ENTRYPOINT and CMD start (basenames). */
function started(stage: Stage): Set<string> {
  const out = new Set<string>();
  for (const ins of stage.body) {
    if (ins.keyword !== 'ENTRYPOINT' && ins.keyword !== 'CMD') continue;
    const first = ins.json ? ins.json[0] : words(ins)[0]?.text;
    if (first) out.add(basename(first));
  }
  return out;
}

function binaryLike(source: string, dest: string, runs: Set<string>): boolean {
  const name = basename(source);
  if (
    !name ||
    name === '.' ||
    source.includes('://') ||
    source.startsWith('<<') ||
    /\.[A-Za-z0-9]+$/.test(name)
  )
    return false;
  const target = dest.endsWith('/') ? `${dest}${name}` : dest;
  return (
    BIN_DIR.test(dest) ||
    BIN_DEST.test(dest) ||
    BUILT_DIR.test(source) ||
    runs.has(name) ||
    runs.has(basename(target))
  );
}

function copiedBinary(
  ctx: LintContext,
  stage: Stage,
  ins: Instruction,
  runs: Set<string>
): Finding | undefined {
  if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some(f => f.name === 'from'))
    return undefined;
  const ws = ins.json ? ins.json.map(text => ({ text, line: ins.line })) : words(ins);
  if (ws.length < 2) return undefined;
  const dest = ws[ws.length - 1].text;
  // A file of the context that starts with #! is a script: it runs on any platform.
  const script = (w: string) => {
    const file = contextSource(w, ctx.contexts);
    return !!file && isScript(file);
  };
  const src = ws.slice(0, -1).find(w => binaryLike(w.text, dest, runs) && !script(w.text));
  if (!src || /\$\{?TARGET/.test(src.text)) return undefined;
  const name = basename(src.text);
  // A folder of programs (`bin`, `tmpbin/*`) gets a folder per platform; a file, bin/<arch>/<file>.
  const dir = src.text.replace(/\/?\*$/, '').replace(/\/+$/, '');
  const own =
    name === '*' || (/^[a-z]*bin$/.test(name) && !src.text.includes('/'))
      ? `${dir}/\${TARGETARCH}${name === '*' ? '/*' : ''}`
      : `bin/\${TARGETARCH}/${name}`;
  return {
    file: ctx.file,
    line: src.line,
    rule: 'prebuilt-binary',
    severity: 'notice',
    message:
      `${ins.keyword} ${src.text} takes a binary built outside this Dockerfile: the build context decides its ` +
      `architecture, so give each platform its own (for example ${own}). ` +
      `verify-platforms with ${VERIFY_PLATFORMS.inputs.deep.name}: true reads its ELF header after the build.`,
    fix: `ARG TARGETARCH\n${ins.keyword} ${own} ${dest}`
  };
}

export function prebuiltBinary(ctx: LintContext): Finding[] {
  if (ctx.architectures.length < 2) return [];
  const out: Finding[] = [];
  for (const stage of ctx.stages) {
    const runs = started(stage);
    for (const ins of stage.body) {
      const f = copiedBinary(ctx, stage, ins, runs);
      if (f) out.push(f);
    }
  }
  return out;
}
