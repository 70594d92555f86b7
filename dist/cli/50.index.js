"use strict";
exports.id = 50;
exports.ids = [50];
exports.modules = {

/***/ 60050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SEVERITY_RANK: () => (/* reexport */ types/* SEVERITY_RANK */.f),
  lintDockerfile: () => (/* binding */ lintDockerfile),
  lintDockerfiles: () => (/* binding */ lintDockerfiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./actions/lib/core/glob.ts
var glob = __webpack_require__(41236);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/verify/lint/parse.ts
var parse = __webpack_require__(50781);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __webpack_require__(98081);
// EXTERNAL MODULE: ./actions/lib/verify/scan/dockerfile.ts + 1 modules
var dockerfile = __webpack_require__(79819);
;// CONCATENATED MODULE: ./actions/lib/verify/lint/shell.ts
const OPERATORS = ['&&', '||', ';;', ';', '|', '&', '(', ')', '\n'];
const RESERVED = new Set([
    'if',
    'then',
    'else',
    'elif',
    'fi',
    'do',
    'done',
    'while',
    'until',
    '!',
    'time',
    '{',
    '}'
]);
const ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*=/;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const OPERATOR_START = new Set(OPERATORS.map(op => op[0]));
function operatorAt(s, i) {
    return OPERATOR_START.has(s[i]) ? OPERATORS.find(op => s.startsWith(op, i)) : undefined;
}
/** Splits lines into words and operators. `newlineIsOperator`: heredoc scripts, one command a line. */
function tokenize(lines, newlineIsOperator = false) {
    const out = [];
    let word = '';
    let wordLine = 0;
    let quote = '';
    let depth = 0;
    const flush = () => {
        if (wordLine)
            out.push({ text: word, line: wordLine, op: false });
        word = '';
        wordLine = 0;
    };
    const add = (c, line) => {
        if (!wordLine)
            wordLine = line;
        word += c;
    };
    for (let k = 0; k < lines.length; k++) {
        const { text, line } = lines[k];
        const joined = newlineIsOperator && /\\$/.test(text);
        const s = joined ? text.slice(0, -1) : text;
        for (let i = 0; i < s.length; i++) {
            const c = s[i];
            if (quote === "'") {
                if (c === "'")
                    quote = '';
                else
                    add(c, line);
            }
            else if (c === '\\' && quote !== "'") {
                if (i + 1 < s.length)
                    add(s[++i], line);
            }
            else if (c === '$' && s[i + 1] === '{' && s.indexOf('}', i) > 0) {
                const end = s.indexOf('}', i);
                add(s.slice(i, end + 1), line);
                i = end;
            }
            else if (c === '$' && s[i + 1] === '(') {
                depth++;
                add('$(', line);
                i++;
            }
            else if (depth > 0) {
                if (c === ')')
                    depth--;
                add(c, line);
            }
            else if (quote === '"') {
                if (c === '"')
                    quote = '';
                else
                    add(c, line);
            }
            else if (c === '"' || c === "'") {
                quote = c;
                if (!wordLine)
                    wordLine = line;
            }
            else if (c === ' ' || c === '\t') {
                flush();
            }
            else if (c === '#' && !wordLine) {
                break;
            }
            else {
                const op = operatorAt(s, i);
                if (!op || (op === '&' && word.endsWith('>')))
                    add(c, line);
                else {
                    flush();
                    out.push({ text: op, line, op: true });
                    i += op.length - 1;
                }
            }
        }
        if (!quote && !depth && !joined) {
            flush();
            if (newlineIsOperator)
                out.push({ text: '\n', line, op: true });
        }
        else if (quote || depth)
            add('\n', line);
    }
    flush();
    return out;
}
function basename(word) {
    return word.slice(word.lastIndexOf('/') + 1);
}
/** One simple command from its words; nested `sh -c '...'` scripts are returned too. */
function toCommands(words) {
    let i = 0;
    while (i < words.length && RESERVED.has(words[i].text))
        i++;
    const assigns = [];
    for (;;) {
        while (i < words.length && ASSIGN.test(words[i].text))
            assigns.push(words[i++]);
        const w = words[i]?.text;
        if (w === 'sudo' || w === 'env' || w === 'exec' || w === 'command' || w === 'nohup') {
            i++;
            while (i < words.length && words[i].text.startsWith('-'))
                i++;
            continue;
        }
        break;
    }
    if (i >= words.length)
        return assigns.length ? [{ name: '', args: [], assigns, line: assigns[0].line }] : [];
    const name = basename(words[i].text);
    const cmd = { name, args: words.slice(i + 1), assigns, line: words[i].line };
    const out = [cmd];
    const script = SHELLS.has(name) ? cmd.args.findIndex(a => /^-[a-z]*c[a-z]*$/.test(a.text)) : -1;
    if (script >= 0 && cmd.args[script + 1]) {
        const s = cmd.args[script + 1];
        const nested = s.text.split('\n').map((text, k) => ({ line: s.line + k, text }));
        out.push(...commandsOf(tokenize(nested)));
    }
    return out;
}
function commandsOf(tokens) {
    const out = [];
    let words = [];
    for (const t of tokens) {
        if (t.op) {
            out.push(...toCommands(words));
            words = [];
        }
        else
            words.push({ text: t.text, line: t.line });
    }
    out.push(...toCommands(words));
    return out;
}
/** True when a RUN's heredoc is its script (`RUN <<EOF`, `RUN bash -e <<EOF`), not data for a command. */
function heredocIsScript(ins) {
    const rest = ins.args
        .replace(/(?<!<)<<-?(["']?)[A-Za-z_][A-Za-z0-9_.-]*\1/g, '')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
    return !rest.length || (SHELLS.has(basename(rest[0])) && rest.slice(1).every(a => a.startsWith('-')));
}
/** The commands a RUN instruction runs (shell form, JSON form, and heredoc scripts). */
function runCommands(ins) {
    if (ins.json) {
        const words = ins.json.map(text => ({ text, line: ins.line }));
        return toCommands(words);
    }
    const out = commandsOf(tokenize(ins.lines));
    if (ins.heredocs.length && heredocIsScript(ins)) {
        for (const h of ins.heredocs)
            out.push(...commandsOf(tokenize(h.body, true)));
    }
    return out.filter(c => c.name && !c.name.startsWith('<<'));
}
const wordCache = new WeakMap();
/** Every word of an instruction's arguments, with its line (heredoc bodies excluded). */
function words(ins) {
    let ws = wordCache.get(ins);
    if (!ws) {
        ws = tokenize(ins.lines)
            .filter(t => !t.op)
            .map(t => ({ text: t.text, line: t.line }));
        wordCache.set(ins, ws);
    }
    return ws;
}

;// CONCATENATED MODULE: ./actions/lib/verify/lint/stages.ts
// The build stages of a parsed Dockerfile, with the variables each one can see.



const TARGET_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT'];
const TARGET_REF = /\$\{?(TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT)\b/;
/** `NAME=value` pairs and bare names of an ARG or ENV line (also the legacy `ENV NAME value`). */
function assignments(ins) {
    const ws = words(ins);
    if (ins.keyword === 'ENV' && ws.length >= 2 && !ws[0].text.includes('=')) {
        const value = ws
            .slice(1)
            .map(w => w.text)
            .join(' ');
        return [{ name: ws[0].text, value, line: ws[0].line }];
    }
    return ws.map(w => {
        const at = w.text.indexOf('=');
        return at < 0
            ? { name: w.text, line: w.line }
            : { name: w.text.slice(0, at), value: w.text.slice(at + 1), line: w.line };
    });
}
function globalArgs(df) {
    const globals = { values: new Map(), lines: new Map() };
    for (const ins of df.instructions) {
        if (ins.keyword === 'FROM')
            break;
        if (ins.keyword !== 'ARG')
            continue;
        for (const a of assignments(ins)) {
            if (a.value === undefined)
                continue;
            globals.values.set(a.name, (0,dockerfile/* expandArgs */.S_)(a.value, globals.values));
            globals.lines.set(a.name, a.line);
        }
    }
    return globals;
}
function newStage(index, from, globals, earlier) {
    const ws = words(from);
    const image = (0,dockerfile/* expandArgs */.S_)(ws[0]?.text ?? '', globals.values);
    const name = ws.length >= 3 && ws[1].text.toLowerCase() === 'as' ? ws[2].text.toLowerCase() : undefined;
    const parent = earlier.find(s => s.name === image.toLowerCase());
    const vars = new Map();
    parent?.vars.forEach(v => v.kind === 'ENV' && vars.set(v.name, v));
    const stage = { index, name, from, image, parent, body: [], vars, commands: [] };
    const platform = (0,parse/* flag */.J)(from, 'platform')?.value;
    if (platform)
        stage.platform = platform;
    return stage;
}
function record(stage, ins, globals) {
    stage.body.push(ins);
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
        for (const a of assignments(ins)) {
            // `ARG NAME` in a stage takes the global default, as Docker does.
            const inherit = a.value === undefined && ins.keyword === 'ARG' && globals.values.has(a.name);
            const value = inherit ? globals.values.get(a.name) : a.value;
            const line = inherit ? (globals.lines.get(a.name) ?? a.line) : a.line;
            stage.vars.set(a.name, { name: a.name, value, line, kind: ins.keyword });
        }
    }
    if (ins.keyword === 'RUN')
        for (const cmd of runCommands(ins))
            stage.commands.push({ ins, cmd });
}
function stagesOf(df) {
    const globals = globalArgs(df);
    const stages = [];
    let current;
    for (const ins of df.instructions) {
        if (ins.keyword === 'FROM') {
            current = newStage(stages.length, ins, globals, stages);
            stages.push(current);
        }
        else if (current)
            record(current, ins, globals);
    }
    return stages;
}
/** The stage itself and the stages it is built FROM, nearest first. */
function lineage(stage) {
    const out = [];
    for (let s = stage; s && !out.includes(s); s = s.parent)
        out.push(s);
    return out;
}
/** Where the stage runs: on the build machine, on each target platform, or on one fixed platform. */
function placement(stage) {
    for (const s of lineage(stage)) {
        if (!s.platform)
            continue;
        if (/\$\{?BUILDPLATFORM\b/.test(s.platform))
            return 'build';
        if (/\$\{?TARGETPLATFORM\b/.test(s.platform) || s.platform.includes('$'))
            return 'target';
        return 'fixed';
    }
    return 'target';
}
function declares(stage, name) {
    return lineage(stage).some(s => s.vars.get(name)?.kind === 'ARG');
}
/** True when `text` reads a TARGET* argument, directly or through a variable set from one. */
function readsTarget(stage, text, seen = new Set()) {
    if (TARGET_REF.test(text))
        return true;
    for (const m of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
        const v = lookup(stage, m[1]);
        if (v?.value && !seen.has(v.name)) {
            seen.add(v.name);
            if (readsTarget(stage, v.value, seen))
                return true;
        }
    }
    return false;
}
function lookup(stage, name) {
    for (const s of lineage(stage)) {
        const v = s.vars.get(name);
        if (v)
            return v;
    }
    return undefined;
}
/** Variables with known values, for expanding `$VAR` in a URL. */
function knownValues(stage) {
    const out = new Map();
    for (const s of lineage(stage).reverse())
        s.vars.forEach(v => v.value !== undefined && out.set(v.name, v.value));
    return out;
}
/** Whether any instruction of the stage reads a TARGET* argument that the stage declares. */
function stageReadsTarget(stage) {
    if (!TARGET_ARGS.some(a => declares(stage, a)))
        return false;
    return lineage(stage).some(s => s.body.some(ins => ins.keyword !== 'ARG' && (readsTarget(s, ins.args) || heredocReadsTarget(s, ins))));
}
function heredocReadsTarget(stage, ins) {
    return ins.heredocs.some(h => h.body.some(l => readsTarget(stage, l.text)));
}

;// CONCATENATED MODULE: ./actions/lib/verify/lint/compile.ts

const GO_SUBCOMMANDS = new Set(['build', 'install', 'run', 'test', 'get']);
const CARGO_SUBCOMMANDS = new Set(['build', 'install', 'rustc', 'test']);
const C_COMPILERS = new Set(['gcc', 'cc', 'g++', 'c++', 'clang', 'clang++', 'musl-gcc']);
const BUILD_TOOLS = new Set(['make', 'gmake', 'ninja', 'cmake', 'meson', 'scons']);
const GO_SETTINGS = ['GOARCH', 'GOOS', 'GO111MODULE', 'GOFLAGS', 'CGO_ENABLED', 'GOPATH'];
const NODE_INSTALL = /^(npm (ci|install|i|rebuild)|yarn( install)?|pnpm (install|i))$/;
// Packages whose presence means `npm ci` can build native addons (node-gyp needs them).
const ADDON_TOOLCHAIN = new Set(['build-essential', 'build-base', 'g++', 'gcc', 'make', 'python3', 'python']);
const argText = (cmd, n) => cmd.args
    .slice(0, n)
    .map(a => a.text)
    .join(' ');
/** The tool a command runs when it compiles (without deciding the toolchain of `make`). */
function compiler(command) {
    // xx-go, xx-clang and xx-cargo (tonistiigi/xx) wrap the usual tools for cross builds.
    const cmd = { ...command, name: command.name.replace(/^xx-/, '') };
    const sub = cmd.args.find(a => !a.text.startsWith('-'))?.text ?? '';
    if (cmd.name === 'go' && GO_SUBCOMMANDS.has(sub))
        return { tool: `go ${sub}`, toolchain: 'go' };
    if (cmd.name === 'go' && argText(cmd, 2) === 'mod download')
        return { tool: 'go mod download', toolchain: 'go' };
    if (cmd.name === 'cargo' && CARGO_SUBCOMMANDS.has(sub))
        return { tool: `cargo ${sub}`, toolchain: 'rust' };
    if (cmd.name === 'rustc')
        return { tool: 'rustc', toolchain: 'rust' };
    if (C_COMPILERS.has(cmd.name))
        return { tool: cmd.name, toolchain: 'c' };
    if (cmd.name === 'configure')
        return { tool: './configure', toolchain: 'build' };
    if (BUILD_TOOLS.has(cmd.name))
        return { tool: cmd.name, toolchain: 'build' };
    const node = `${cmd.name} ${argText(cmd, 1)}`.trim();
    if (NODE_INSTALL.test(node))
        return { tool: node, toolchain: 'node' };
    if (/^pip[0-9.]*$/.test(cmd.name) &&
        sub === 'install' &&
        cmd.args.some(a => a.text.startsWith('--no-binary')))
        return { tool: 'pip install --no-binary', toolchain: 'python' };
    return undefined;
}
/** Whether a stage installs the compilers that node-gyp needs. */
function installsAddonToolchain(stage) {
    return lineage(stage).some(s => s.commands.some(({ cmd }) => /^(apt-get|apt|apk|yum|dnf|microdnf)$/.test(cmd.name) &&
        cmd.args.some(a => ADDON_TOOLCHAIN.has(a.text))));
}
/** The toolchain a stage builds with: what `make` and `./configure` most likely drive. */
function stageToolchain(stage, steps) {
    const known = steps.find(s => s.toolchain !== 'build' && s.toolchain !== 'node')?.toolchain;
    if (known)
        return known;
    const base = lineage(stage)
        .map(s => s.image.toLowerCase())
        .join(' ');
    if (/(^|\/)golang[:@ ]|(^|\/)golang$/.test(base))
        return 'go';
    if (/(^|\/)rust[:@ ]|(^|\/)rust$/.test(base))
        return 'rust';
    // A custom build image that `make` drives: Go settings in its ENV/ARG say it is a Go build.
    if (lineage(stage).some(s => GO_SETTINGS.some(n => s.vars.has(n))))
        return 'go';
    return 'c';
}
const stepCache = new WeakMap();
/** The compile steps of a stage (its own RUN lines). */
function compileSteps(stage) {
    let steps = stepCache.get(stage);
    if (!steps) {
        steps = findSteps(stage);
        stepCache.set(stage, steps);
    }
    return steps;
}
function findSteps(stage) {
    const found = stage.commands
        .map(({ ins, cmd }) => ({ ins, cmd, c: compiler(cmd) }))
        .filter(x => x.c && (x.c.toolchain !== 'node' || installsAddonToolchain(stage)));
    const toolchain = stageToolchain(stage, found.map(x => ({ toolchain: x.c.toolchain })));
    return found.map(x => ({
        tool: x.c.tool,
        toolchain: x.c.toolchain === 'build' ? toolchain : x.c.toolchain,
        line: x.cmd.line,
        ins: x.ins,
        cmd: x.cmd
    }));
}

;// CONCATENATED MODULE: ./actions/lib/verify/lint/fixes.ts

/** Shell that turns TARGETARCH into another naming (`x86_64`/`aarch64`, `x64`/`arm64`). */
function archCase(variable, names, arg = 'TARGETARCH') {
    const arms = Object.entries(names)
        .map(([docker, other]) => `${docker}) ${variable}=${other};;`)
        .join(' ');
    return `case "$${arg}" in ${arms} *) ${variable}=$${arg};; esac`;
}
const UNAME_NAMES = { amd64: 'x86_64', arm64: 'aarch64' };
const NODE_NAMES = { amd64: 'x64', arm64: 'arm64' };
/** `FROM --platform=$BUILDPLATFORM <image> AS <name>`, keeping the stage as written. */
function buildPlatformFrom(stage) {
    const rest = stage.from.args.trim();
    const named = /\s+as\s+\S+\s*$/i.test(rest);
    return `FROM --platform=$BUILDPLATFORM ${rest}${named ? '' : ' AS build'}`;
}
const GO_LINES = ['ARG TARGETOS TARGETARCH', 'ENV GOOS=$TARGETOS GOARCH=$TARGETARCH'];
/** The step's command with a cross C compiler: `gcc x.c` → `$CC x.c`, `make` → `make CC=$CC`. */
function withCC(step, cc, host) {
    if (!step)
        return `make CC=${cc}`;
    const args = step.cmd.args.map(a => a.text).join(' ');
    const name = step.cmd.name.replace(/^xx-/, '');
    if (name === 'configure')
        return `./configure --host=${host} CC=${cc} ${args}`.trim();
    if (/^(make|gmake|ninja|cmake|meson|scons)$/.test(name))
        return `CC=${cc} ${name} ${args}`.trim();
    return `${/\+\+$/.test(name) ? cc.replace(/gcc$|clang$/, m => (m === 'gcc' ? 'g++' : 'clang++')) : cc} ${args}`.trim();
}
function cLines(step, alpine) {
    if (alpine)
        return [
            'COPY --from=tonistiigi/xx / /',
            'ARG TARGETPLATFORM',
            `RUN apk add clang lld && xx-apk add gcc musl-dev && ${withCC(step, 'xx-clang', '$(xx-clang --print-target-triple)')}`
        ];
    const triples = { amd64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' };
    return [
        'ARG TARGETARCH',
        `RUN ${archCase('t', triples)} && apt-get install -y gcc-$t && ${withCC(step, '$t-gcc', '$t')}`
    ];
}
/** The lines that make a builder on $BUILDPLATFORM produce target binaries. */
function crossLines(toolchain, go, step, stage) {
    switch (toolchain) {
        case 'go':
            return go?.goarchFollows && go.goosFollows ? [] : GO_LINES;
        case 'rust':
            return [
                'ARG TARGETARCH',
                `RUN ${archCase('t', { amd64: 'x86_64-unknown-linux-gnu', arm64: 'aarch64-unknown-linux-gnu' })} && rustup target add $t && cargo build --release --target $t`
            ];
        case 'node':
            return [
                'ARG TARGETARCH',
                `RUN ${archCase('npm_config_arch', NODE_NAMES)} && export npm_config_arch && npm ci`
            ];
        case 'python':
            return [
                'ARG TARGETARCH',
                `RUN ${archCase('m', UNAME_NAMES)} && pip download --only-binary=:all: --platform manylinux2014_$m -d /wheels -r requirements.txt`
            ];
        default:
            return cLines(step, !!stage && isAlpine(stage));
    }
}
function isAlpine(stage) {
    return lineage(stage).some(s => /(^|\/)alpine([:@]|$)/.test(s.image) || s.commands.some(c => c.cmd.name === 'apk'));
}
/** The whole fix for a stage that compiles: its new FROM line and the cross-compile lines. */
function crossFix(stage, step, go, isFinal) {
    const toolchain = step.toolchain;
    const lines = [buildPlatformFrom(stage), ...crossLines(toolchain, go, step, stage)];
    if (toolchain === 'go' && go && !go.cgo)
        lines.push('ENV CGO_ENABLED=0');
    // cgo kept on: the build needs a C cross compiler for the target as CC.
    if (toolchain === 'go' && go?.cgo && go.cgo.value !== '0')
        lines.push(...cLines(step, isAlpine(stage)).filter(l => !lines.includes(l) && !(l === 'ARG TARGETARCH' && lines.includes(GO_LINES[0]))));
    if (isFinal)
        lines.push(`FROM ${stage.from.args.replace(/\s+as\s+\S+\s*$/i, '')}`, `COPY --from=${stage.name ?? 'build'} <the built files> <where they go>`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./actions/lib/verify/lint/rules/arch.ts
// Rule 2: one architecture written into a multi-platform build: downloads, GOARCH, a fixed
// FROM --platform, dpkg architectures.






const ARCH_TOKEN = /(?<![A-Za-z0-9])(amd64|x86_64|x86-64|x64|aarch64|arm64)(?![A-Za-z0-9])/;
const DOWNLOADERS = new Set(['curl', 'wget', 'aria2c']);
const ARCH_SOURCES = /TARGETARCH|TARGETPLATFORM|BUILDARCH|BUILDPLATFORM|uname\s+-m|--print-architecture|\$\(\s*arch\s*\)/;
const mappingCache = new WeakMap();
/** A RUN that branches on the architecture: its literal arch names are the arms of a mapping. */
function mapsArch(ins) {
    let maps = mappingCache.get(ins);
    if (maps === undefined) {
        maps = branchesOnArch(ins);
        mappingCache.set(ins, maps);
    }
    return maps;
}
function branchesOnArch(ins) {
    const text = [ins.args, ...ins.heredocs.flatMap(h => h.body.map(l => l.text))].join('\n');
    return /\b(case|if|elif)\b|\[\s|\btest\s/.test(text) && ARCH_SOURCES.test(text);
}
function normaliseArch(name) {
    try {
        return (0,platform/* parsePlatform */.FL)(name, 'architecture').architecture;
    }
    catch {
        return name.toLowerCase();
    }
}
/** The architecture a token names, when some required platform has another. */
function wrongFor(ctx, token) {
    const arch = normaliseArch(token);
    return ctx.architectures.some(a => a !== arch) ? arch : undefined;
}
function archFix(stage, url, token, render, via) {
    const lines = declares(stage, 'TARGETARCH') ? [] : ['ARG TARGETARCH'];
    const names = /x86_64|x86-64|aarch64/.test(token) ? UNAME_NAMES : token === 'x64' ? NODE_NAMES : undefined;
    const replacement = names ? '${ARCH}' : '${TARGETARCH}';
    const fixed = via
        ? url.replace(new RegExp(`\\$\\{?${via.name}\\}?(?![A-Za-z0-9_])`), replacement)
        : url.replace(ARCH_TOKEN, replacement);
    const line = render(fixed);
    if (!names)
        lines.push(line);
    else if (line.startsWith('RUN '))
        lines.push(`RUN ${archCase('ARCH', names)} && ${line.slice(4)}`);
    else
        lines.push(`RUN ${archCase('ARCH', names)} && curl -fsSLO "${fixed}"`);
    if (placement(stage) === 'build')
        lines.push('# on $BUILDPLATFORM: ${BUILDARCH} for tools the build runs, ${TARGETARCH} for files the image keeps');
    return lines.join('\n');
}
function urlFinding(ctx, stage, w, how, render) {
    if (readsTarget(stage, w.text))
        return undefined;
    const expanded = (0,dockerfile/* expandArgs */.S_)(w.text, knownValues(stage));
    const token = ARCH_TOKEN.exec(expanded)?.[1];
    const arch = token && wrongFor(ctx, token);
    if (!token || !arch)
        return undefined;
    const via = [...w.text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)]
        .map(m => lookup(stage, m[1]))
        .find(v => v?.value && ARCH_TOKEN.test(v.value));
    const where = via ? ` (through ${via.name}=${via.value}, line ${via.line})` : '';
    const others = ctx.platforms.filter(p => p.architecture !== arch).map(platform/* formatPlatform */.Bq);
    return {
        file: ctx.file,
        line: w.line,
        rule: 'hardcoded-arch',
        severity: 'error',
        message: `${how} ${expanded} names ${token}${where} for every platform: ${others.join(', ')} would get ${arch} files. Use TARGETARCH or a mapping of it.`,
        fix: archFix(stage, w.text, token, render, via)
    };
}
const quote = (s) => (/[\s;&|<>()'"$`\\]/.test(s) ? `"${s.replace(/(["\\`])/g, '\\$1')}"` : s);
/** `word` replaced by `fixed` in a list of words, joined as shell words. */
function replaced(ws, word, fixed) {
    return ws.map(x => (x === word ? quote(fixed) : quote(x.text))).join(' ');
}
function downloads(ctx, stage) {
    const out = [];
    const add = (f) => f && out.push(f);
    for (const { ins, cmd } of stage.commands) {
        if (!DOWNLOADERS.has(cmd.name) || mapsArch(ins))
            continue;
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
        const from = ins.flags.find(f => f.name === 'from' && !ctx.stages.some(s => s.name === f.value.toLowerCase()));
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
function literalArch(ctx, value) {
    if (value.includes('$'))
        return undefined;
    const token = ARCH_TOKEN.exec(value)?.[1];
    return token && wrongFor(ctx, token) ? token : undefined;
}
function goarch(ctx, stage) {
    // `where`: how the fix writes it (ENV, ARG, or the shell's own assignment).
    const found = [];
    for (const v of stage.vars.values())
        if (v.name === 'GOARCH' && v.value !== undefined)
            found.push({ value: v.value, line: v.line, where: `${v.kind} ` });
    for (const { ins, cmd } of stage.commands) {
        if (mapsArch(ins))
            continue;
        const ws = [...cmd.assigns, ...(cmd.name === 'export' || cmd.name === 'go' ? cmd.args : [])];
        for (const w of ws)
            if (w.text.startsWith('GOARCH='))
                found.push({ value: w.text.slice(7), line: w.line, where: '' });
    }
    return found
        .filter(f => literalArch(ctx, f.value))
        .map(f => ({
        file: ctx.file,
        line: f.line,
        rule: 'hardcoded-arch',
        severity: 'error',
        message: `GOARCH=${f.value} builds ${f.value} binaries for every platform. Set it from TARGETARCH.`,
        fix: [
            ...(declares(stage, 'TARGETARCH') ? [] : ['ARG TARGETARCH']),
            `${f.where}GOARCH=$TARGETARCH`
        ].join('\n')
    }));
}
function fixedPlatform(ctx, stage) {
    if (!stage.platform || placement(stage) !== 'fixed' || stage.platform.includes('$'))
        return [];
    const pinned = stage.platform.split(',').map(p => normaliseArch(p.trim()));
    if (ctx.architectures.every(a => pinned.includes(a)))
        return [];
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
            message: `FROM --platform=${stage.platform} pins this stage to one platform for every build: ${ctx.platforms.map(platform/* formatPlatform */.Bq).join(', ')} all get its files, and other machines run it under QEMU.`,
            fix
        }
    ];
}
function dpkgArch(ctx, stage) {
    const out = [];
    for (const { ins, cmd } of stage.commands) {
        if (mapsArch(ins))
            continue;
        const at = cmd.name === 'dpkg' ? cmd.args.findIndex(a => a.text === '--add-architecture') : -1;
        const value = at >= 0 ? cmd.args[at + 1] : undefined;
        // Debian names (armhf, i386, ppc64el) count too: any fixed name is wrong for some platform.
        const debian = value?.text.replace(/^ppc64el$/, 'ppc64le');
        const token = value && debian && !debian.includes('$') && wrongFor(ctx, debian) ? value.text : undefined;
        if (value && token)
            out.push({
                file: ctx.file,
                line: value.line,
                rule: 'hardcoded-arch',
                severity: 'error',
                message: `dpkg --add-architecture ${value.text} adds the same foreign architecture for every platform, so one of them installs ${token} packages.`,
                fix: [
                    ...(declares(stage, 'TARGETARCH') ? [] : ['ARG TARGETARCH']),
                    'RUN dpkg --add-architecture "$TARGETARCH"'
                ].join('\n')
            });
    }
    return out;
}
function hardcodedArch(ctx) {
    if (!ctx.architectures.length)
        return [];
    return ctx.stages.flatMap(stage => [
        ...fixedPlatform(ctx, stage),
        ...downloads(ctx, stage),
        ...goarch(ctx, stage),
        ...dpkgArch(ctx, stage)
    ]);
}

;// CONCATENATED MODULE: ./actions/lib/verify/lint/golang.ts

function assignIn(words, name) {
    let found;
    for (const w of words)
        if (w.text.startsWith(`${name}=`))
            found = { value: w.text.slice(name.length + 1), line: w.line };
    return found;
}
/** The value a command sees: its own assignment, an `export` earlier in its RUN, then ARG/ENV. */
function settingFor(stage, step, name) {
    const own = assignIn(step.cmd.assigns, name);
    if (own)
        return own;
    let exported;
    for (const { ins, cmd } of stage.commands) {
        if (cmd === step.cmd)
            break;
        if (ins !== step.ins)
            continue;
        if (cmd.name === 'export')
            exported = assignIn(cmd.args, name) ?? exported;
        if (isGoEnvWrite(cmd))
            exported = assignIn(cmd.args, name) ?? exported;
    }
    if (exported)
        return exported;
    for (const s of lineage(stage)) {
        const v = s.vars.get(name);
        if (v?.value !== undefined)
            return { value: v.value, line: v.line };
    }
    return goEnvWrite(stage, name);
}
function isGoEnvWrite(cmd) {
    return cmd.name === 'go' && cmd.args[0]?.text === 'env' && cmd.args[1]?.text === '-w';
}
function goEnvWrite(stage, name) {
    let found;
    for (const s of lineage(stage).reverse())
        for (const { cmd } of s.commands)
            if (isGoEnvWrite(cmd))
                found = assignIn(cmd.args, name) ?? found;
    return found;
}
function glibcShim(stages, after) {
    for (const s of stages.slice(after.index + 1))
        for (const { cmd } of s.commands) {
            const w = cmd.args.find(a => a.text === 'libc6-compat' || a.text === 'gcompat');
            if (w && /^(apk|apt-get|apt)$/.test(cmd.name))
                return { value: w.text, line: w.line };
        }
    return undefined;
}
function goState(stage, steps, stages) {
    const builds = steps.filter(s => s.toolchain === 'go' && s.tool !== 'go mod download');
    const state = { goarchFollows: builds.length > 0, goosFollows: builds.length > 0 };
    for (const step of builds) {
        if (step.cmd.name.startsWith('xx-'))
            continue;
        const arch = settingFor(stage, step, 'GOARCH');
        if (!arch || !readsTarget(stage, arch.value)) {
            state.goarchFollows = false;
            if (arch)
                state.goarch ??= arch;
        }
        const os = settingFor(stage, step, 'GOOS');
        if (!os || !readsTarget(stage, os.value))
            state.goosFollows = false;
        const cgo = settingFor(stage, step, 'CGO_ENABLED');
        if (cgo && (!state.cgo || cgo.value !== '0'))
            state.cgo = cgo;
    }
    if (!builds.length)
        state.cgo = undefined;
    const shim = glibcShim(stages, stage);
    if (shim)
        state.glibcShim = shim;
    return state;
}
/** Whether cgo may be on in these builds: CGO_ENABLED unset or not 0. */
function cgoMayBeOn(state) {
    return !state.cgo || state.cgo.value !== '0';
}

;// CONCATENATED MODULE: ./actions/lib/verify/lint/rules/emulated.ts
// Rule 1: a stage that compiles runs on each target platform, so every platform the machine
// cannot run natively compiles under QEMU.





/**
 * test/bench/emulation.bench.ts builds one small Go program for linux/arm64 on x86-64 through
 * buildx twice, emulated builder vs cross-compiled from $BUILDPLATFORM: 501 s vs 40 s for the go build
 * step (12.5×), on 2 shared cores; the same arm64 binary both ways.
 */
const MEASURED_SLOWDOWN = '12×';
/** Whether other stages copy from this one (then it is a builder, not the image). */
function isFinal(ctx, stage) {
    const name = stage.name;
    const used = ctx.stages.some(s => s.body.some(ins => ins.flags.some(f => (f.name === 'from' && name && f.value.toLowerCase() === name) || f.value === String(stage.index))));
    return !used && stage.index === ctx.stages.length - 1;
}
function goNotes(go) {
    const notes = [];
    if (go.goarchFollows && go.goosFollows)
        notes.push(go.cgo && go.cgo.value !== '0'
            ? 'GOOS/GOARCH already follow TARGETOS/TARGETARCH.'
            : 'GOOS/GOARCH already follow TARGETOS/TARGETARCH, so the FROM line is the whole fix.');
    else if (go.goarch)
        notes.push(`GOARCH is ${go.goarch.value} (line ${go.goarch.line}), not TARGETARCH: on $BUILDPLATFORM every platform would get the same binary; add the ARG/ENV lines.`);
    else
        notes.push('Nothing sets GOOS/GOARCH from TARGETOS/TARGETARCH: on $BUILDPLATFORM go build would make build-machine binaries; add the ARG/ENV lines.');
    if (cgoMayBeOn(go))
        notes.push(cgoNote(go));
    return notes;
}
function cgoNote(go) {
    const shim = go.glibcShim
        ? `; line ${go.glibcShim.line} installs ${go.glibcShim.value}, so the binary links glibc`
        : '';
    if (!go.cgo)
        return (`cgo may be on (CGO_ENABLED is not set${shim}): the fix changes the binary, since cross-compiling turns cgo ` +
            'off by default. Set CGO_ENABLED=0 to build the same static binary on every platform, or keep cgo with a C cross compiler as CC.');
    return (`cgo is on (CGO_ENABLED=${go.cgo.value}, line ${go.cgo.line}${shim}): on $BUILDPLATFORM the build needs a C cross ` +
        "compiler for the target as CC, and the target's C libraries; with CGO_ENABLED=0 instead, the fix changes the binary.");
}
function stageFinding(ctx, stage, steps) {
    const [first] = steps;
    const toolchain = first.toolchain;
    const go = toolchain === 'go' ? goState(stage, steps, ctx.stages) : undefined;
    const others = [
        ...new Map(steps.slice(1).map(s => [`${s.tool}@${s.line}`, `${s.tool} (line ${s.line})`])).values()
    ];
    const emulated = ctx.platforms.map(platform/* formatPlatform */.Bq).join(', ');
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
function emulatedCompile(ctx) {
    if (ctx.architectures.length < 2)
        return [];
    const out = [];
    for (const stage of ctx.stages) {
        if (placement(stage) !== 'target')
            continue;
        const steps = compileSteps(stage);
        if (steps.length)
            out.push(stageFinding(ctx, stage, steps));
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/lib/verify/lint/rules/buildplatform.ts
// Rule 3: a builder on $BUILDPLATFORM that never reads TARGET* makes build-machine binaries
// for every platform; and a TARGET* variable used in a stage that never declares it is empty.





function crossAware(stage) {
    if (stageReadsTarget(stage))
        return true;
    // xx-go, xx-clang and friends read TARGETPLATFORM themselves.
    return declares(stage, 'TARGETPLATFORM') && stage.commands.some(({ cmd }) => cmd.name.startsWith('xx-'));
}
function notCrossCompiling(ctx, stage) {
    const steps = compileSteps(stage).filter(s => s.toolchain !== 'node');
    if (!steps.length || crossAware(stage))
        return undefined;
    const [first] = steps;
    const go = first.toolchain === 'go' ? goState(stage, steps, ctx.stages) : undefined;
    const notes = go && cgoMayBeOn(go) ? ` ${cgoNote(go)}` : '';
    return {
        file: ctx.file,
        line: stage.from.line,
        rule: 'buildplatform-no-target',
        severity: 'error',
        message: `${stage.name ? `stage "${stage.name}"` : 'this stage'} runs on $BUILDPLATFORM but never reads ` +
            `TARGETARCH or TARGETPLATFORM: ${first.tool} (line ${first.line}) makes build-machine binaries for every platform.${notes}`,
        fix: [
            stage.platform ? buildPlatformFrom(stage) : `FROM ${stage.from.args}`,
            ...crossLines(first.toolchain, undefined, first, stage)
        ].join('\n')
    };
}
const USES = new Set(['RUN', 'ENV', 'COPY', 'ADD', 'WORKDIR', 'LABEL', 'USER', 'VOLUME']);
const USE_OF = new Map(TARGET_ARGS.map(name => [name, new RegExp(`\\$\\{?${name}\\b`)]));
function firstUse(ins, name) {
    if (!ins.args.includes(name) && !ins.heredocs.length)
        return undefined;
    const re = USE_OF.get(name);
    const hit = [...ins.lines, ...(ins.keyword === 'RUN' ? ins.heredocs.flatMap(h => h.body) : [])].find(l => re.test(l.text));
    return hit?.line;
}
function undeclared(ctx, stage) {
    const out = [];
    for (const name of TARGET_ARGS) {
        if (declares(stage, name) || stage.vars.has(name))
            continue;
        for (const ins of stage.body) {
            const line = USES.has(ins.keyword) ? firstUse(ins, name) : undefined;
            if (line === undefined)
                continue;
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
function buildPlatformNoTarget(ctx) {
    const out = [];
    for (const stage of ctx.stages) {
        if (placement(stage) === 'build') {
            const f = notCrossCompiling(ctx, stage);
            if (f)
                out.push(f);
        }
        out.push(...undeclared(ctx, stage));
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/lib/verify/lint/rules/prebuilt.ts
// A note, not a rule break: a COPY of a binary built outside the Dockerfile. Only the build
// context decides its architecture; the deep check (ELF headers) proves it after the build.


const BIN_DIR = /^\/(usr\/(local\/)?)?s?bin(\/|$)/;
const BUILT_DIR = /(^|\/)(bin|_output)\/[^/]/;
function prebuilt_basename(p) {
    return p.replace(/\/+$/, '').slice(p.replace(/\/+$/, '').lastIndexOf('/') + 1);
}
/** The programs ENTRYPOINT and CMD start (basenames). */
function started(stage) {
    const out = new Set();
    for (const ins of stage.body) {
        if (ins.keyword !== 'ENTRYPOINT' && ins.keyword !== 'CMD')
            continue;
        const first = ins.json ? ins.json[0] : words(ins)[0]?.text;
        if (first)
            out.add(prebuilt_basename(first));
    }
    return out;
}
function binaryLike(source, dest, runs) {
    const name = prebuilt_basename(source);
    if (!name ||
        name === '.' ||
        source.includes('://') ||
        source.startsWith('<<') ||
        /\.[A-Za-z0-9]+$/.test(name))
        return false;
    const target = dest.endsWith('/') ? `${dest}${name}` : dest;
    return BIN_DIR.test(dest) || BUILT_DIR.test(source) || runs.has(name) || runs.has(prebuilt_basename(target));
}
function copiedBinary(ctx, stage, ins, runs) {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some(f => f.name === 'from'))
        return undefined;
    const ws = ins.json ? ins.json.map(text => ({ text, line: ins.line })) : words(ins);
    if (ws.length < 2)
        return undefined;
    const dest = ws[ws.length - 1].text;
    const src = ws.slice(0, -1).find(w => binaryLike(w.text, dest, runs));
    if (!src || /\$\{?TARGET/.test(src.text))
        return undefined;
    const name = prebuilt_basename(src.text);
    return {
        file: ctx.file,
        line: src.line,
        rule: 'prebuilt-binary',
        severity: 'notice',
        message: `${ins.keyword} ${src.text} takes a binary built outside this Dockerfile: the build context decides its ` +
            `architecture, so give each platform its own (for example bin/\${TARGETARCH}/${name}). ` +
            `verify-platforms with ${specs_generated/* VERIFY_PLATFORMS */.hP.inputs.deep.name}: true reads its ELF header after the build.`,
        fix: `ARG TARGETARCH\n${ins.keyword} bin/\${TARGETARCH}/${name} ${dest}`
    };
}
function prebuiltBinary(ctx) {
    if (ctx.architectures.length < 2)
        return [];
    const out = [];
    for (const stage of ctx.stages) {
        const runs = started(stage);
        for (const ins of stage.body) {
            const f = copiedBinary(ctx, stage, ins, runs);
            if (f)
                out.push(f);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./actions/lib/core/compare.ts
var compare = __webpack_require__(39403);
// EXTERNAL MODULE: ./actions/lib/verify/lint/types.ts
var types = __webpack_require__(691);
;// CONCATENATED MODULE: ./actions/lib/verify/lint/index.ts
// Dockerfile architecture lint: the lines that make arm64 builds slow (compiles under QEMU)
// or wrong (one architecture written in), with the lines to write instead.











const RULES = [emulatedCompile, hardcodedArch, buildPlatformNoTarget, prebuiltBinary];
function byLine(a, b) {
    return a.file === b.file ? a.line - b.line || (0,compare/* compareText */.n)(a.rule, b.rule) : (0,compare/* compareText */.n)(a.file, b.file);
}
function lintDockerfile(text, file, opts) {
    const dockerfile = (0,parse/* parseDockerfile */.A)(text);
    const ctx = {
        file,
        dockerfile,
        stages: stagesOf(dockerfile),
        platforms: opts.platforms,
        architectures: [...new Set(opts.platforms.map(p => p.architecture))]
    };
    if (!ctx.stages.length)
        return [noStage(file)];
    return RULES.flatMap(rule => rule(ctx)).sort(byLine);
}
/** A file with no FROM: Docker cannot build it, and there is nothing to lint, which is no pass. */
function noStage(file) {
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
function lintDockerfiles(globs, opts) {
    return (0,glob/* matchFiles */.xo)(globs, opts.cwd, opts.input ?? specs_generated/* VERIFY_PLATFORMS */.hP.inputs.dockerfiles.name).flatMap(({ abs, display }) => lintDockerfile(external_node_fs_.readFileSync(abs, 'utf8'), display, opts));
}


/***/ })

};
;
//# sourceMappingURL=50.index.js.map