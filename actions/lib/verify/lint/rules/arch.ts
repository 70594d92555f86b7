// Rule 2: one architecture written into a multi-platform build: downloads, GOARCH, a fixed
// FROM --platform, dpkg architectures.
import { formatPlatform, parsePlatform } from '../../../oci/platform';
import { expandArgs } from '../../scan/dockerfile';
import { compileSteps } from '../compile';
import { archCase, buildPlatformFrom, crossLines, NODE_NAMES, UNAME_NAMES } from '../fixes';
import { Instruction } from '../parse';
import { Word, words } from '../shell';
import {
  declares,
  knownValues,
  lineage,
  lookup,
  pickedFor,
  placement,
  readsTarget,
  Stage,
  Variable
} from '../stages';
import { Finding, LintContext } from '../types';

export const ARCH_TOKEN = /(?<![A-Za-z0-9])(amd64|x86_64|x86-64|x64|aarch64|arm64)(?![A-Za-z0-9])/;
const DOWNLOADERS = new Set(['curl', 'wget', 'aria2c']);
const ARCH_SOURCES =
  /TARGETARCH|TARGETPLATFORM|BUILDARCH|BUILDPLATFORM|uname\s+-m|--print-architecture|\$\(\s*arch\s*\)/;

const mappingCache = new WeakMap<Instruction, boolean>();

/** A RUN that branches on the architecture: its literal arch names are the arms of a mapping. */
function mapsArch(ins: Instruction): boolean {
  let maps = mappingCache.get(ins);
  if (maps === undefined) {
    maps = branchesOnArch(ins);
    mappingCache.set(ins, maps);
  }
  return maps;
}

function branchesOnArch(ins: Instruction): boolean {
  const text = [ins.args, ...ins.heredocs.flatMap(h => h.body.map(l => l.text))].join('\n');
  return /\b(case|if|elif)\b|\[\s|\btest\s/.test(text) && ARCH_SOURCES.test(text);
}

export function normaliseArch(name: string): string {
  try {
    return parsePlatform(name, 'architecture').architecture;
  } catch {
    return name.toLowerCase();
  }
}

/** The architecture a token names, when some required platform has another. */
function wrongFor(ctx: LintContext, token: string): string | undefined {
  const arch = normaliseArch(token);
  return ctx.architectures.some(a => a !== arch) ? arch : undefined;
}

/**
 * The architectures a stage is built for: its own alone when the file picks it by a TARGET*
 * argument (`FROM build-${TARGETARCH}`), every required one otherwise.
 */
function builtFor(ctx: LintContext, stage: Stage): string[] {
  return pickedFor(ctx.stages, stage, ctx.platforms) ?? ctx.architectures;
}

/** The architecture a token names, when the stage is built for another one too. */
function wrongIn(ctx: LintContext, stage: Stage, token: string): string | undefined {
  const arch = normaliseArch(token);
  return builtFor(ctx, stage).some(a => a !== arch) ? arch : undefined;
}

/** Writes the instruction again with the URL (or image) replaced. */
type Render = (fixed: string) => string;

function archFix(stage: Stage, url: string, token: string, render: Render, via?: Variable): string {
  const lines = declares(stage, 'TARGETARCH') ? [] : ['ARG TARGETARCH'];
  const names = /x86_64|x86-64|aarch64/.test(token) ? UNAME_NAMES : token === 'x64' ? NODE_NAMES : undefined;
  const replacement = names ? '${ARCH}' : '${TARGETARCH}';
  const fixed = via
    ? url.replace(new RegExp(`\\$\\{?${via.name}\\}?(?![A-Za-z0-9_])`), replacement)
    : url.replace(ARCH_TOKEN, replacement);
  const line = render(fixed);
  if (!names) lines.push(line);
  else if (line.startsWith('RUN ')) lines.push(`RUN ${archCase('ARCH', names)} && ${line.slice(4)}`);
  else lines.push(`RUN ${archCase('ARCH', names)} && curl -fsSLO "${fixed}"`);
  if (placement(stage) === 'build')
    lines.push(
      '# on $BUILDPLATFORM: ${BUILDARCH} for tools the build runs, ${TARGETARCH} for files the image keeps'
    );
  return lines.join('\n');
}

function urlFinding(
  ctx: LintContext,
  stage: Stage,
  w: Word,
  how: string,
  render: Render
): Finding | undefined {
  if (readsTarget(stage, w.text)) return undefined;
  const expanded = expandArgs(w.text, knownValues(stage));
  const token = ARCH_TOKEN.exec(expanded)?.[1];
  const arch = token && wrongFor(ctx, token);
  if (!token || !arch) return undefined;
  // A stage the file picks by TARGETARCH (`FROM build-${TARGETARCH}`) is built for its architecture alone.
  const picked = pickedFor(ctx.stages, stage, ctx.platforms);
  if (picked?.every(a => a === arch)) return undefined;
  const via = [...w.text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)]
    .map(m => lookup(stage, m[1]))
    .find(v => v?.value && ARCH_TOKEN.test(v.value));
  const where = via ? ` (through ${via.name}=${via.value}, line ${via.line})` : '';
  const others = ctx.platforms
    .filter(p => (picked ?? ctx.architectures).includes(p.architecture) && p.architecture !== arch)
    .map(formatPlatform);
  const built = picked ? `in a stage built for ${others.join(', ')}` : 'for every platform';
  // An ARG's default may be set per platform with --build-arg: likely wrong, not surely.
  const byDefault = via?.kind === 'ARG';
  const unless = byDefault ? `, unless every build sets ${via.name} with --build-arg` : '';
  return {
    file: ctx.file,
    line: w.line,
    rule: 'hardcoded-arch',
    severity: byDefault ? 'warning' : 'error',
    message: `${how} ${expanded} names ${token}${where} ${built}: ${others.join(', ')} would get ${arch} files${unless}. Use TARGETARCH or a mapping of it.`,
    fix: archFix(stage, w.text, token, render, via)
  };
}

const quote = (s: string) => (/[\s;&|<>()'"$`\\]/.test(s) ? `"${s.replace(/(["\\`])/g, '\\$1')}"` : s);

/** `word` replaced by `fixed` in a list of words, joined as shell words. */
function replaced(ws: Word[], word: Word, fixed: string): string {
  return ws.map(x => (x === word ? quote(fixed) : quote(x.text))).join(' ');
}

function downloads(ctx: LintContext, stage: Stage): Finding[] {
  const out: Finding[] = [];
  const add = (f: Finding | undefined) => f && out.push(f);
  for (const { ins, cmd } of stage.commands) {
    if (!DOWNLOADERS.has(cmd.name) || mapsArch(ins)) continue;
    const ws = [...cmd.assigns, { text: cmd.name, line: cmd.line }, ...cmd.args];
    for (const w of cmd.args.filter(a => a.text.includes('://')))
      add(urlFinding(ctx, stage, w, `${cmd.name} downloads`, fixed => `RUN ${replaced(ws, w, fixed)}`));
  }
  for (const ins of stage.body) {
    if (ins.keyword === 'ADD' && !ins.json) {
      const ws = words(ins);
      for (const w of ws.filter(a => a.text.includes('://')))
        add(urlFinding(ctx, stage, w, 'ADD downloads', fixed => `ADD ${replaced(ws, w, fixed)}`));
    }
    const from = ins.flags.find(
      f => f.name === 'from' && !ctx.stages.some(s => s.name === f.value.toLowerCase())
    );
    if (from && ins.keyword === 'COPY') {
      const rest = words(ins)
        .map(x => quote(x.text))
        .join(' ');
      const w = { text: from.value, line: from.line };
      add(urlFinding(ctx, stage, w, 'COPY --from= image', fixed => `COPY --from=${fixed} ${rest}`));
    }
  }
  return out;
}

function literalArch(ctx: LintContext, stage: Stage, value: string): string | undefined {
  if (value.includes('$')) return undefined;
  const token = ARCH_TOKEN.exec(value)?.[1];
  return token && wrongIn(ctx, stage, token) ? token : undefined;
}

/**
 * A stage that sets a literal GOARCH to each architecture it is built for, of which there are at
 * least `min` (`GOARCH=amd64 go build -o app-amd64`, then arm64): every platform's binary is made,
 * and the image picks its own.
 */
export function buildsEach(ctx: LintContext, stage: Stage, min = 2): boolean {
  const built = builtFor(ctx, stage);
  const each = new Set(
    goarchSettings(stage)
      .map(f => f.value)
      .filter(v => !v.includes('$'))
      .map(normaliseArch)
  );
  return built.length >= min && built.every(a => each.has(a));
}

/** Every GOARCH the stage sets outside a branch on the platform; `fixed`: the instruction the fix writes. */
function goarchSettings(stage: Stage): Array<{ value: string; line: number; fixed: string }> {
  const found: Array<{ value: string; line: number; fixed: string }> = [];
  // An ENV inherited from the parent stage is reported there, once.
  for (const v of stage.vars.values())
    if (v.name === 'GOARCH' && v.value !== undefined && !(v.kind === 'ENV' && v.line < stage.from.line))
      found.push({ value: v.value, line: v.line, fixed: `${v.kind} GOARCH=$TARGETARCH` });
  for (const { ins, cmd } of stage.commands) {
    if (mapsArch(ins)) continue;
    const ws = [...cmd.assigns, ...(cmd.name === 'export' || cmd.name === 'go' ? cmd.args : [])];
    const flags = ins.flags.map(f => `--${f.name}=${f.value} `).join('');
    for (const w of ws)
      if (w.text.startsWith('GOARCH='))
        found.push({
          value: w.text.slice(7),
          line: w.line,
          fixed: `${ins.keyword} ${flags}${ins.args.split(w.text).join('GOARCH=$TARGETARCH')}`
        });
  }
  return found;
}

function goarch(ctx: LintContext, stage: Stage): Finding[] {
  if (buildsEach(ctx, stage)) return [];
  return goarchSettings(stage)
    .filter(f => literalArch(ctx, stage, f.value))
    .map(f => ({
      file: ctx.file,
      line: f.line,
      rule: 'hardcoded-arch' as const,
      severity: 'error' as const,
      message: `GOARCH=${f.value} builds ${f.value} binaries ${builtIn(ctx, stage)}. Set it from TARGETARCH.`,
      fix: [...(declares(stage, 'TARGETARCH') ? [] : ['ARG TARGETARCH']), f.fixed].join('\n')
    }));
}

function builtIn(ctx: LintContext, stage: Stage): string {
  const picked = pickedFor(ctx.stages, stage, ctx.platforms);
  return picked ? `in a stage built for ${pickedPlatforms(ctx, picked)}` : 'for every platform';
}

function pickedPlatforms(ctx: LintContext, archs: string[]): string {
  return ctx.platforms
    .filter(p => archs.includes(p.architecture))
    .map(formatPlatform)
    .join(', ');
}

function fixedPlatform(ctx: LintContext, stage: Stage): Finding[] {
  if (!stage.platform || placement(stage) !== 'fixed' || stage.platform.includes('$')) return [];
  const pinned = stage.platform.split(',').map(p => normaliseArch(p.trim()));
  // A stage the file picks by TARGETARCH may pin its own platform: `FROM --platform=linux/arm64 … AS build-arm64`.
  const picked = pickedFor(ctx.stages, stage, ctx.platforms);
  if ((picked ?? ctx.architectures).every(a => pinned.includes(a))) return [];
  const steps = compileSteps(stage);
  const fix = steps.length
    ? [buildPlatformFrom(stage), ...crossLines(steps[0].toolchain, undefined, steps[0], stage)].join('\n')
    : `FROM ${stage.from.args}`;
  return [
    {
      file: ctx.file,
      line: stage.from.line,
      rule: 'hardcoded-arch',
      severity: 'error',
      message: picked
        ? `FROM --platform=${stage.platform} pins this stage, which the file picks for ${pickedPlatforms(ctx, picked)}, to another platform: ${pickedPlatforms(ctx, picked)} gets its files.`
        : `FROM --platform=${stage.platform} pins this stage to one platform for every build: ${ctx.platforms.map(formatPlatform).join(', ')} all get its files, and other machines run it under QEMU.`,
      fix
    }
  ];
}

/** `ARG ARCH=amd64` then `FROM --platform=linux/${ARCH}`: one platform unless every build sets ARCH. */
function argPlatform(ctx: LintContext, stage: Stage): Finding[] {
  const pin = stage.platformDefault;
  if (!pin || pin.value.includes('$')) return [];
  const arch = normaliseArch(pin.value.split('/')[1] ?? pin.value);
  const others = ctx.platforms.filter(
    p => builtFor(ctx, stage).includes(p.architecture) && p.architecture !== arch
  );
  if (!others.length) return [];
  const name = pin.arg.split('=')[0];
  return [
    {
      file: ctx.file,
      line: stage.from.line,
      rule: 'hardcoded-arch',
      severity: 'warning',
      message: `FROM --platform=${stage.platform} is ${pin.value} through ${pin.arg} (line ${pin.line}) in every build that does not set ${name} with --build-arg: ${others.map(formatPlatform).join(', ')} would get ${arch} files. Use $TARGETPLATFORM, or set ${name} per platform.`,
      fix: `FROM --platform=$TARGETPLATFORM ${stage.from.args.replace(/^\S+\s+/, '')}`
    }
  ];
}

function dpkgArch(ctx: LintContext, stage: Stage): Finding[] {
  // On $BUILDPLATFORM a foreign architecture is how a cross toolchain gets the target's libraries.
  if (placement(stage) === 'build') return [];
  const out: Finding[] = [];
  for (const { ins, cmd } of stage.commands) {
    if (mapsArch(ins)) continue;
    const at = cmd.name === 'dpkg' ? cmd.args.findIndex(a => a.text === '--add-architecture') : -1;
    const value = at >= 0 ? cmd.args[at + 1] : undefined;
    // Debian names (armhf, i386, ppc64el) count too: any fixed name is wrong for some platform.
    const debian = value?.text.replace(/^ppc64el$/, 'ppc64le');
    const token =
      value && debian && !debian.includes('$') && wrongIn(ctx, stage, debian) ? value.text : undefined;
    if (value && token)
      out.push({
        file: ctx.file,
        line: value.line,
        rule: 'hardcoded-arch',
        severity: 'error',
        message: `dpkg --add-architecture ${value.text} adds the same foreign architecture ${builtIn(ctx, stage)}, so one of them installs ${token} packages.`,
        fix: [
          ...(declares(stage, 'TARGETARCH') ? [] : ['ARG TARGETARCH']),
          'RUN dpkg --add-architecture "$TARGETARCH"'
        ].join('\n')
      });
  }
  return out;
}

const FETCHERS = /^(curl|wget|aria2c|apt-get|apt|apk|dnf|yum|microdnf|zypper)$/;

/**
 * An ARG whose default names one architecture, read by a RUN that downloads or installs
 * (`deb [arch=$APT_ARCH]`, a release picked by `$ARCH` through an API): every platform gets
 * that architecture's files unless each build sets the ARG. URLs written out are downloads()'s.
 */
function argDefaults(ctx: LintContext, stage: Stage, reported: Set<number>): Finding[] {
  const out: Finding[] = [];
  let archArgs = false;
  for (const s of lineage(stage))
    for (const v of s.vars.values())
      if (v.kind === 'ARG' && v.value && ARCH_TOKEN.test(v.value)) archArgs = true;
  if (!archArgs) return out;
  const fetchers = new Map<Instruction, string>();
  for (const { ins, cmd } of stage.commands)
    if (!fetchers.has(ins) && FETCHERS.test(cmd.name)) fetchers.set(ins, cmd.name);
  for (const ins of stage.body) {
    const name = fetchers.get(ins);
    // A command inside `$(...)` or tangled quotes still shows as a word of the line.
    const fetcher = name ?? /(^|[\s(;&|])(curl|wget)\s/.exec(ins.args)?.[2];
    if (ins.keyword !== 'RUN' || !fetcher || mapsArch(ins) || readsTarget(stage, ins.args)) continue;
    for (const m of ins.args.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
      const v = lookup(stage, m[1]);
      const arch = v?.kind === 'ARG' && v.value ? literalArch(ctx, stage, v.value) : undefined;
      if (!v || !arch || v.value !== arch) continue;
      const line = ins.lines.find(l => l.text.includes(m[0]))?.line ?? ins.line;
      if (reported.has(line)) break;
      const others = ctx.platforms.filter(p => p.architecture !== normaliseArch(arch)).map(formatPlatform);
      out.push({
        file: ctx.file,
        line,
        rule: 'hardcoded-arch',
        severity: 'warning',
        message: `${fetcher} fetches with $${v.name}, whose default is ${arch} (line ${v.line}): ${others.join(', ')} would get ${arch} files unless every build sets ${v.name} with --build-arg. Derive it from TARGETARCH.`,
        fix: `ARG TARGETARCH\nARG ${v.name}=$TARGETARCH`
      });
      break;
    }
  }
  return out;
}

export function hardcodedArch(ctx: LintContext): Finding[] {
  if (!ctx.architectures.length) return [];
  return ctx.stages.flatMap(stage => {
    const urls = downloads(ctx, stage);
    return [
      ...fixedPlatform(ctx, stage),
      ...argPlatform(ctx, stage),
      ...urls,
      ...argDefaults(ctx, stage, new Set(urls.map(f => f.line))),
      ...goarch(ctx, stage),
      ...dpkgArch(ctx, stage)
    ];
  });
}
