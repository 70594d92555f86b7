"use strict";
exports.id = 849;
exports.ids = [849];
exports.modules = {

/***/ 21849:
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/glob.ts
var glob = __webpack_require__(41236);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/verify/lint/parse.ts
var parse = __webpack_require__(50781);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __webpack_require__(98081);
// EXTERNAL MODULE: ./actions/lib/verify/scan/dockerfile.ts + 2 modules
var dockerfile = __webpack_require__(40768);
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
/** The commands of a shell script file, one command a line after `\` continuations; comment lines skipped. */
function scriptCommands(text) {
    const lines = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const last = lines[lines.length - 1];
        const open = last && last.text.endsWith('\\');
        if (open)
            last.text = `${last.text.slice(0, -1)} ${raw}`;
        else if (!/^\s*#/.test(raw))
            lines.push({ line: i + 1, text: raw });
    });
    return commandsOf(tokenize(lines, true)).filter(c => c.name);
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
    const names = [...(platform ?? '').matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map(m => m[1]);
    // Every variable a global ARG default, none set by BuildKit: one platform for every build without --build-arg.
    if (platform && names.length && names.every(n => globals.values.has(n) && !/^(TARGET|BUILD)/.test(n)))
        stage.platformDefault = {
            value: (0,dockerfile/* expandArgs */.S_)(platform, globals.values),
            arg: `${names[0]}=${globals.values.get(names[0])}`,
            line: globals.lines.get(names[0]) ?? from.line
        };
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
        // `${BUILDOS}/${BUILDARCH}` spells the build platform too.
        if (/\$\{?BUILDARCH\b/.test(s.platform) && !/TARGET/.test(s.platform))
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
/** The sources a stage's COPY --from= and RUN --mount=…,from= name, as written, with their lines. */
function copySources(s) {
    const out = [];
    for (const ins of s.body)
        for (const f of ins.flags) {
            if (f.name === 'from')
                out.push({ ref: f.value, ins, how: `${ins.keyword} --from` });
            const m = f.name === 'mount' ? /(?:^|,)from=([^,]+)/.exec(f.value) : null;
            if (m)
                out.push({ ref: m[1], ins, how: 'RUN --mount from' });
        }
    return out;
}
/**
 * The names a stage reaches other stages by: its FROM as written, where TARGET* arguments pick a
 * stage per platform, and COPY --from= and RUN --mount from=, where BuildKit expands no variable
 * (it refuses the build instead: rules/buildkit.ts), so only a name written out counts.
 */
function refsOf(s) {
    return [words(s.from)[0]?.text ?? '', ...copySources(s).map(c => c.ref)].filter((ref, i) => i === 0 || !ref.includes('$'));
}
const pickedCache = new WeakMap();
/**
 * The architectures a stage is built for when the file picks it by a TARGET* argument
 * (`FROM build-${TARGETARCH}` reaches `build-amd64` on amd64 alone), directly or through stages
 * picked that way (`FROM copy-${TARGETARCH}`, whose `copy-arm64` copies from `build-arm64`).
 * Undefined when any build may use it: a stage built for every platform names it, it is the last
 * stage, or nothing picks it by platform.
 */
function pickedFor(stages, stage, platforms) {
    let cache = pickedCache.get(platforms);
    if (!cache)
        pickedCache.set(platforms, (cache = new WeakMap()));
    if (!cache.has(stage))
        cache.set(stage, picked(stages, stage, platforms, new Set()));
    return cache.get(stage);
}
function picked(stages, stage, platforms, seen) {
    if (!stage.name || stage.index === stages.length - 1 || seen.has(stage))
        return undefined;
    const path = new Set(seen).add(stage);
    const archs = new Set();
    for (const user of stages)
        for (const ref of refsOf(user)) {
            if (TARGET_REF.test(ref)) {
                for (const p of platforms)
                    if (targetExpand(ref, p) === stage.name)
                        archs.add(p.architecture);
                continue;
            }
            if (ref.toLowerCase() !== stage.name || user === stage)
                continue;
            // Named outright: built for what the stage that names it is built for.
            const via = picked(stages, user, platforms, path);
            if (!via)
                return undefined;
            via.forEach(a => archs.add(a));
        }
    return archs.size ? [...archs] : undefined;
}
/** What a reference names for one platform: TARGET* arguments expanded, lower case. */
function targetExpand(ref, p) {
    const vars = new Map([
        ['TARGETARCH', p.architecture],
        ['TARGETOS', p.os],
        ['TARGETVARIANT', p.variant ?? ''],
        ['TARGETPLATFORM', (0,platform/* formatPlatform */.Bq)(p)]
    ]);
    return (0,dockerfile/* expandArgs */.S_)(ref, vars).toLowerCase();
}
/** The stages one stage reads: its base, and every COPY --from= and RUN --mount from= (a name or an index). */
function sourcesOf(stages, stage, platforms) {
    const refs = [stage.image, ...copySources(stage).map(c => c.ref)];
    const out = [];
    for (const ref of refs) {
        const names = new Set(platforms.map(p => targetExpand(ref, p)));
        for (const s of stages)
            if (s.index < stage.index || ref !== stage.image)
                if ((s.name && names.has(s.name)) || (/^\d+$/.test(ref) && s.index === Number(ref)))
                    out.push(s);
    }
    return out;
}
/**
 * The stages a build reaches from its target (`--target`, or the last stage when there is none),
 * on any of the platforms. Undefined when the target names no stage: nothing is left out then.
 */
function reachedStages(stages, platforms, target) {
    const start = target ? stages.find(s => s.name === target.toLowerCase()) : stages[stages.length - 1];
    if (!start)
        return undefined;
    const reached = new Set([start]);
    const queue = [start];
    for (let s = queue.pop(); s; s = queue.pop())
        for (const src of sourcesOf(stages, s, platforms))
            if (!reached.has(src)) {
                reached.add(src);
                queue.push(src);
            }
    return reached;
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
/**
 * LuaRocks is Lua: its `./configure` and `make build` write scripts and run no compiler. The
 * `configure` and `make` run in its sources (after a `cd` into them) compile nothing; a rock with
 * C code is `luarocks install`, which is not counted.
 */
function inScriptSources(stage) {
    const out = new Set();
    let last;
    let inLuaRocks = false;
    for (const { ins, cmd } of stage.commands) {
        if (ins !== last)
            inLuaRocks = false;
        last = ins;
        if (cmd.name === 'cd')
            inLuaRocks = /luarocks/i.test(cmd.args[0]?.text ?? '');
        else if (inLuaRocks)
            out.add(cmd);
    }
    return out;
}
function findSteps(stage) {
    const scripts = inScriptSources(stage);
    const found = stage.commands
        .map(({ ins, cmd }) => ({ ins, cmd, c: compiler(cmd) }))
        .filter(x => x.c &&
        !(x.c.toolchain === 'build' && scripts.has(x.cmd)) &&
        (x.c.toolchain !== 'node' || installsAddonToolchain(stage)));
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
    // A build script (scripts.ts): it takes the cross compiler from CC, as make does.
    if (!/(^|-)(gcc|g\+\+|cc|c\+\+|clang|clang\+\+)$/.test(name))
        return `CC=${cc} ${step.cmd.name} ${args}`.trim();
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
/**
 * The architectures a stage is built for: its own alone when the file picks it by a TARGET*
 * argument (`FROM build-${TARGETARCH}`), every required one otherwise.
 */
function builtFor(ctx, stage) {
    return pickedFor(ctx.stages, stage, ctx.platforms) ?? ctx.architectures;
}
/** The architecture a token names, when the stage is built for another one too. */
function wrongIn(ctx, stage, token) {
    const arch = normaliseArch(token);
    return builtFor(ctx, stage).some(a => a !== arch) ? arch : undefined;
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
    // A stage the file picks by TARGETARCH (`FROM build-${TARGETARCH}`) is built for its architecture alone.
    const picked = pickedFor(ctx.stages, stage, ctx.platforms);
    if (picked?.every(a => a === arch))
        return undefined;
    const via = [...w.text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)]
        .map(m => lookup(stage, m[1]))
        .find(v => v?.value && ARCH_TOKEN.test(v.value));
    const where = via ? ` (through ${via.name}=${via.value}, line ${via.line})` : '';
    const others = ctx.platforms
        .filter(p => (picked ?? ctx.architectures).includes(p.architecture) && p.architecture !== arch)
        .map(platform/* formatPlatform */.Bq);
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
function literalArch(ctx, stage, value) {
    if (value.includes('$'))
        return undefined;
    const token = ARCH_TOKEN.exec(value)?.[1];
    return token && wrongIn(ctx, stage, token) ? token : undefined;
}
/**
 * A stage that sets a literal GOARCH to each architecture it is built for, of which there are at
 * least `min` (`GOARCH=amd64 go build -o app-amd64`, then arm64): every platform's binary is made,
 * and the image picks its own.
 */
function buildsEach(ctx, stage, min = 2) {
    const built = builtFor(ctx, stage);
    const each = new Set(goarchSettings(stage)
        .map(f => f.value)
        .filter(v => !v.includes('$'))
        .map(normaliseArch));
    return built.length >= min && built.every(a => each.has(a));
}
/** Every GOARCH the stage sets outside a branch on the platform; `fixed`: the instruction the fix writes. */
function goarchSettings(stage) {
    const found = [];
    // An ENV inherited from the parent stage is reported there, once.
    for (const v of stage.vars.values())
        if (v.name === 'GOARCH' && v.value !== undefined && !(v.kind === 'ENV' && v.line < stage.from.line))
            found.push({ value: v.value, line: v.line, fixed: `${v.kind} GOARCH=$TARGETARCH` });
    for (const { ins, cmd } of stage.commands) {
        if (mapsArch(ins))
            continue;
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
function goarch(ctx, stage) {
    if (buildsEach(ctx, stage))
        return [];
    return goarchSettings(stage)
        .filter(f => literalArch(ctx, stage, f.value))
        .map(f => ({
        file: ctx.file,
        line: f.line,
        rule: 'hardcoded-arch',
        severity: 'error',
        message: `GOARCH=${f.value} builds ${f.value} binaries ${builtIn(ctx, stage)}. Set it from TARGETARCH.`,
        fix: [...(declares(stage, 'TARGETARCH') ? [] : ['ARG TARGETARCH']), f.fixed].join('\n')
    }));
}
function builtIn(ctx, stage) {
    const picked = pickedFor(ctx.stages, stage, ctx.platforms);
    return picked ? `in a stage built for ${pickedPlatforms(ctx, picked)}` : 'for every platform';
}
function pickedPlatforms(ctx, archs) {
    return ctx.platforms
        .filter(p => archs.includes(p.architecture))
        .map(platform/* formatPlatform */.Bq)
        .join(', ');
}
function fixedPlatform(ctx, stage) {
    if (!stage.platform || placement(stage) !== 'fixed' || stage.platform.includes('$'))
        return [];
    const pinned = stage.platform.split(',').map(p => normaliseArch(p.trim()));
    // A stage the file picks by TARGETARCH may pin its own platform: `FROM --platform=linux/arm64 … AS build-arm64`.
    const picked = pickedFor(ctx.stages, stage, ctx.platforms);
    if ((picked ?? ctx.architectures).every(a => pinned.includes(a)))
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
            message: picked
                ? `FROM --platform=${stage.platform} pins this stage, which the file picks for ${pickedPlatforms(ctx, picked)}, to another platform: ${pickedPlatforms(ctx, picked)} gets its files.`
                : `FROM --platform=${stage.platform} pins this stage to one platform for every build: ${ctx.platforms.map(platform/* formatPlatform */.Bq).join(', ')} all get its files, and other machines run it under QEMU.`,
            fix
        }
    ];
}
/** `ARG ARCH=amd64` then `FROM --platform=linux/${ARCH}`: one platform unless every build sets ARCH. */
function argPlatform(ctx, stage) {
    const pin = stage.platformDefault;
    if (!pin || pin.value.includes('$'))
        return [];
    const arch = normaliseArch(pin.value.split('/')[1] ?? pin.value);
    const others = ctx.platforms.filter(p => builtFor(ctx, stage).includes(p.architecture) && p.architecture !== arch);
    if (!others.length)
        return [];
    const name = pin.arg.split('=')[0];
    return [
        {
            file: ctx.file,
            line: stage.from.line,
            rule: 'hardcoded-arch',
            severity: 'warning',
            message: `FROM --platform=${stage.platform} is ${pin.value} through ${pin.arg} (line ${pin.line}) in every build that does not set ${name} with --build-arg: ${others.map(platform/* formatPlatform */.Bq).join(', ')} would get ${arch} files. Use $TARGETPLATFORM, or set ${name} per platform.`,
            fix: `FROM --platform=$TARGETPLATFORM ${stage.from.args.replace(/^\S+\s+/, '')}`
        }
    ];
}
function dpkgArch(ctx, stage) {
    // On $BUILDPLATFORM a foreign architecture is how a cross toolchain gets the target's libraries.
    if (placement(stage) === 'build')
        return [];
    const out = [];
    for (const { ins, cmd } of stage.commands) {
        if (mapsArch(ins))
            continue;
        const at = cmd.name === 'dpkg' ? cmd.args.findIndex(a => a.text === '--add-architecture') : -1;
        const value = at >= 0 ? cmd.args[at + 1] : undefined;
        // Debian names (armhf, i386, ppc64el) count too: any fixed name is wrong for some platform.
        const debian = value?.text.replace(/^ppc64el$/, 'ppc64le');
        const token = value && debian && !debian.includes('$') && wrongIn(ctx, stage, debian) ? value.text : undefined;
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
function argDefaults(ctx, stage, reported) {
    const out = [];
    let archArgs = false;
    for (const s of lineage(stage))
        for (const v of s.vars.values())
            if (v.kind === 'ARG' && v.value && ARCH_TOKEN.test(v.value))
                archArgs = true;
    if (!archArgs)
        return out;
    const fetchers = new Map();
    for (const { ins, cmd } of stage.commands)
        if (!fetchers.has(ins) && FETCHERS.test(cmd.name))
            fetchers.set(ins, cmd.name);
    for (const ins of stage.body) {
        const name = fetchers.get(ins);
        // A command inside `$(...)` or tangled quotes still shows as a word of the line.
        const fetcher = name ?? /(^|[\s(;&|])(curl|wget)\s/.exec(ins.args)?.[2];
        if (ins.keyword !== 'RUN' || !fetcher || mapsArch(ins) || readsTarget(stage, ins.args))
            continue;
        for (const m of ins.args.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
            const v = lookup(stage, m[1]);
            const arch = v?.kind === 'ARG' && v.value ? literalArch(ctx, stage, v.value) : undefined;
            if (!v || !arch || v.value !== arch)
                continue;
            const line = ins.lines.find(l => l.text.includes(m[0]))?.line ?? ins.line;
            if (reported.has(line))
                break;
            const others = ctx.platforms.filter(p => p.architecture !== normaliseArch(arch)).map(platform/* formatPlatform */.Bq);
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
function hardcodedArch(ctx) {
    if (!ctx.architectures.length)
        return [];
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

// EXTERNAL MODULE: ./actions/lib/verify/scan/buildkit-platform.ts
var buildkit_platform = __webpack_require__(15254);
;// CONCATENATED MODULE: ./actions/lib/verify/lint/rules/buildkit.ts
// Lines BuildKit refuses, whatever the build arguments: the build fails before any step runs.
// The scanner (scan/dockerfile.ts) refuses the same lines, and lists no image of such a file.



/** `COPY --from=build-${TARGETARCH}`: BuildKit expands no variable there (nor in a mount's from=). */
function variableSources(ctx, stage) {
    return copySources(stage)
        .filter(c => c.ref.includes('$'))
        .map(c => ({
        file: ctx.file,
        line: c.ins.line,
        rule: 'buildkit-refuses',
        severity: 'error',
        message: `${c.how}=${c.ref}: BuildKit expands no variable in a stage name there and refuses the build. Pick the stage with a FROM line, which expands ARGs, and copy from that.`,
        fix: `FROM ${c.ref} AS picked\n# then: ${c.how}=picked`
    }));
}
/** A `FROM --platform=` written out (no variable) that BuildKit cannot parse, such as a list. */
function badPlatform(ctx, stage) {
    const written = (0,parse/* flag */.J)(stage.from, 'platform')?.value;
    if (!written || written.includes('$'))
        return [];
    const p = (0,buildkit_platform/* buildkitPlatform */.S)(written.replace(/^"(.*)"$/, '$1'), 'amd64');
    if ('platform' in p)
        return [];
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
function buildkitRefuses(ctx) {
    return ctx.stages.flatMap(stage => [...badPlatform(ctx, stage), ...variableSources(ctx, stage)]);
}

;// CONCATENATED MODULE: ./actions/lib/verify/lint/rules/arch-paths.ts
// One architecture's system paths written into a stage that runs on every target platform (or
// linked to, or looped over): the musl loader's search path file, the Debian multiarch library and
// header folders, the loaders. A stage the file picks by TARGETARCH counts for its architecture.




const ARCH_PATH = /\/etc\/ld-musl-(x86_64|aarch64|armhf|armv7|ppc64le|s390x|riscv64)\.path|\/lib\/ld-musl-(x86_64|aarch64)\.so|(?:\/usr)?\/(?:lib(?:64)?|include)\/(x86_64|aarch64|arm|powerpc64le|s390x|riscv64)-linux-(?:gnu|musl)\w*|ld-linux-(x86-64|aarch64)\.so/;
const WRITERS = new Set(['tee', 'ln', 'cp', 'mv', 'install', 'mkdir', 'touch', 'sed']);
const arch_paths_ARCH_SOURCES = /TARGETARCH|TARGETPLATFORM|uname\s+-m|--print-architecture|\$\(\s*arch\s*\)/;
function archOf(m) {
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '')
        .replace('x86-64', 'x86_64')
        .replace(/^powerpc64le$/, 'ppc64le');
    try {
        return (0,platform/* parsePlatform */.FL)(name === 'armhf' || name === 'arm' ? 'arm' : name, 'architecture').architecture;
    }
    catch {
        return undefined;
    }
}
/** The paths a command writes: redirect targets, and the arguments of commands that write files. */
function written(cmd) {
    const how = `${cmd.name} writes`;
    const out = cmd.args
        .filter((a, i) => /^>>?$/.test(cmd.args[i - 1]?.text ?? '') || /^>>?\//.test(a.text))
        .map(a => ({ ...a, how }));
    const args = WRITERS.has(cmd.name) ? cmd.args.filter(a => !a.text.startsWith('-')) : [];
    // `ln -s TARGET… NAME` writes NAME; a target of one architecture is as missing elsewhere.
    args.forEach((a, i) => out.push({ ...a, how: cmd.name === 'ln' && i < args.length - 1 ? 'ln links to' : how }));
    return out;
}
function branches(ins) {
    return /\b(case|if|elif)\b/.test(ins.args) && arch_paths_ARCH_SOURCES.test(ins.args);
}
/**
 * COPY and ADD write the destination; into a folder (`/lib64/`, or several sources), each source
 * file by its name. A source that may be a folder (`dir/`, no dot in its name) puts its contents there.
 */
function copied(ins) {
    const ws = words(ins);
    if (ws.length < 2)
        return [];
    const dest = ws[ws.length - 1];
    const how = `${ins.keyword} writes`;
    if (!dest.text.endsWith('/') && ws.length === 2)
        return [{ ...dest, how }];
    const dir = dest.text.replace(/\/*$/, '/');
    return ws.slice(0, -1).map(src => {
        const name = /\/$/.test(src.text) ? '' : src.text.replace(/^.*\//, '');
        return { text: name.includes('.') ? dir + name : dest.text, line: src.line, how };
    });
}
function candidates(stage) {
    const out = [];
    for (const { ins, cmd } of stage.commands) {
        if (branches(ins))
            continue;
        out.push(...written(cmd));
        // `for dir in /usr/include/x86_64-linux-gnu/*; do ln -s …`: what the loop writes comes from there.
        const list = cmd.name === 'for' ? cmd.args.findIndex(a => a.text === 'in') : -1;
        if (list > 0)
            out.push(...cmd.args.slice(list + 1).map(w => ({ ...w, how: 'for reads' })));
    }
    for (const ins of stage.body) {
        if (ins.keyword === 'ENV')
            out.push(...words(ins).map(w => ({ ...w, how: 'ENV sets' })));
        if (ins.keyword === 'COPY' || ins.keyword === 'ADD')
            out.push(...copied(ins));
    }
    return out;
}
/** The whole path around the match: `/lib64/ld-linux-x86-64.so.2`, not `ld-linux-x86-64.so`. */
function wholePath(text, m) {
    const start = text.slice(0, m.index).search(/[^\s:=;"']*$/);
    const end = m.index + m[0].length + text.slice(m.index + m[0].length).search(/[\s:;"']|$/);
    return text.slice(start, end);
}
function fixFor(path) {
    if (path.includes('ld-musl') && path.endsWith('.path'))
        return 'RUN echo "/usr/local/lib" > "/etc/ld-musl-$(apk --print-arch).path"';
    // Alpine's glibc loader links: gcompat makes the right one on each architecture.
    if (/ld-linux-/.test(path))
        return 'RUN apk add --no-cache gcompat   # on Alpine: the glibc loader of each architecture';
    return `ARG TARGETARCH\nRUN ${archCase('ARCH', UNAME_NAMES)} && … ${path.replace(/x86_64|aarch64|x86-64/, '$ARCH')} …`;
}
function hitsOf(stage) {
    const out = [];
    for (const w of candidates(stage)) {
        const m = ARCH_PATH.exec(w.text);
        const arch = m && !w.text.slice(0, m.index + m[0].length).includes('$') ? archOf(m) : undefined;
        if (!m || !arch)
            continue;
        const path = wholePath(w.text, m);
        const token = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
        out.push({ w, arch, path, kind: m[4] ? 'ld-linux' : path.replace(token, '*') });
    }
    return out;
}
function archPaths(ctx) {
    if (ctx.architectures.length < 2)
        return [];
    // Most files name no such path: one look at the text first.
    const named = (ins) => ARCH_PATH.test(ins.args) || ins.heredocs.some(h => h.body.some(l => ARCH_PATH.test(l.text)));
    if (!ctx.dockerfile.instructions.some(named))
        return [];
    const out = [];
    for (const stage of ctx.stages) {
        if (placement(stage) !== 'target')
            continue;
        // A stage the file picks by TARGETARCH (`FROM build-${TARGETARCH}`) is built for its architecture alone.
        const picked = pickedFor(ctx.stages, stage, ctx.platforms);
        const archs = picked ?? ctx.architectures;
        const hits = hitsOf(stage);
        // The same file written for each architecture (ld-musl-x86_64.path and ld-musl-aarch64.path) is right.
        const covered = (kind) => new Set(hits.filter(h => h.kind === kind).map(h => h.arch));
        const lines = new Set();
        for (const h of hits) {
            const has = covered(h.kind);
            const others = ctx.platforms.filter(p => archs.includes(p.architecture) && !has.has(p.architecture));
            if (!others.length || lines.has(h.w.line))
                continue;
            lines.add(h.w.line);
            const built = picked
                ? ctx.platforms
                    .filter(p => picked.includes(p.architecture))
                    .map(platform/* formatPlatform */.Bq)
                    .join(', ')
                : 'every platform';
            out.push({
                file: ctx.file,
                line: h.w.line,
                rule: 'hardcoded-arch',
                severity: 'warning',
                message: `${h.w.how} ${h.path}, a path of ${h.arch} systems only, in a stage built for ${built}: on ` +
                    `${others.map(platform/* formatPlatform */.Bq).join(', ')} ${h.w.how.endsWith('writes') || h.w.how === 'ENV sets' ? 'nothing reads it' : 'it is not there'}. Derive the name from the platform.`,
                fix: fixFor(h.path)
            });
        }
    }
    return out;
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

;// CONCATENATED MODULE: ./actions/lib/verify/lint/scripts.ts
// Build scripts that a RUN starts from the build context (`RUN ./scripts/build`, `RUN bash
// /build.sh`): the compiles inside them run where the RUN runs.





/** Largest script read: build scripts are small; a larger file is not looked into. */
const MAX_SCRIPT_BYTES = 256 * 1024;
const scripts_SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);
function scripts_copied(ins, workdir) {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some(f => f.name === 'from'))
        return [];
    const ws = ins.json ?? words(ins).map(w => w.text);
    if (ws.length < 2 || ws.some(w => w.includes('://') || w.startsWith('<<')))
        return [];
    const dest = external_node_path_.posix.resolve(workdir, ws[ws.length - 1]);
    const into = ws.length > 2 || ws[ws.length - 1].endsWith('/');
    return ws.slice(0, -1).flatMap(raw => {
        const src = external_node_path_.posix
            .normalize(raw)
            .replace(/^\.\/?$/, '')
            .replace(/\/$/, '');
        if (!src)
            return [{ src: '', dest, folder: true }];
        // A source that is a folder in the context is copied as its contents.
        return [
            { src, dest: into ? external_node_path_.posix.join(dest, external_node_path_.posix.basename(src)) : dest, folder: false },
            { src, dest, folder: true }
        ];
    });
}
/** Each RUN of the stage, with the working folder and the context copies it sees. */
function runState(stage) {
    const out = new Map();
    let workdir = '/';
    let copies = [];
    for (const s of lineage(stage).reverse())
        for (const ins of s.body) {
            if (ins.keyword === 'WORKDIR')
                workdir = external_node_path_.posix.resolve(workdir, words(ins)[0]?.text ?? '/');
            copies = [...scripts_copied(ins, workdir), ...copies];
            if (ins.keyword === 'RUN' && s === stage)
                out.set(ins, { workdir, copies });
        }
    return out;
}
const pathWords = new WeakMap();
/** The words of a RUN that are paths (`./scripts/build`), by line and basename. */
function pathsOf(ins) {
    let paths = pathWords.get(ins);
    if (!paths) {
        paths = new Map();
        for (const w of words(ins))
            if (w.text.includes('/'))
                paths.set(`${w.line} ${w.text.slice(w.text.lastIndexOf('/') + 1)}`, w.text);
        pathWords.set(ins, paths);
    }
    return paths;
}
/** The script a command starts, as written: `./x`, `/x.sh`, or the file after `sh`/`bash`. */
function scriptOf(ins, cmd) {
    if (scripts_SHELLS.has(cmd.name)) {
        const file = cmd.args.find(a => !a.text.startsWith('-'));
        return file && !cmd.args.some(a => /^-[a-z]*c[a-z]*$/.test(a.text)) ? file.text : undefined;
    }
    return ins.args.includes(`/${cmd.name}`) ? pathsOf(ins).get(`${cmd.line} ${cmd.name}`) : undefined;
}
/** The file in a context folder that a copy put at `abs`, if one did. */
function inContext(abs, copies, contexts) {
    for (const c of copies) {
        const rel = c.folder
            ? abs.startsWith(`${c.dest}/`)
                ? external_node_path_.posix.join(c.src, abs.slice(c.dest.length + 1))
                : undefined
            : abs === c.dest
                ? c.src
                : undefined;
        if (rel === undefined)
            continue;
        for (const dir of contexts) {
            const file = external_node_path_.resolve(dir, rel);
            if (!file.startsWith(external_node_path_.resolve(dir) + external_node_path_.sep))
                continue;
            const st = external_node_fs_.statSync(file, { throwIfNoEntry: false });
            if (st?.isFile() && st.size <= MAX_SCRIPT_BYTES)
                return file;
        }
    }
    return undefined;
}
/** Whether a context file starts with `#!`: a script, not a binary built outside the Dockerfile. */
function isScript(file) {
    const fd = external_node_fs_.openSync(file, 'r');
    try {
        const head = Buffer.alloc(2);
        return external_node_fs_.readSync(fd, head, 0, 2, 0) === 2 && head.toString() === '#!';
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/** A COPY source's file in the first context folder that holds it (sources are relative to the context). */
function contextSource(rel, contexts) {
    return inContext('/src/' + external_node_path_.posix.normalize(rel), [{ src: '', dest: '/src', folder: true }], contexts);
}
/** A script named as a build (`build-tgt.sh`, `scripts/build`), as a project names its compile scripts. */
const BUILD_SCRIPT = /(^|\/)(build|compile)([-_.][\w.-]*)?$/;
/** Packages that put a C compiler or a build system in the stage. */
const C_TOOLCHAIN = /^(gcc|gcc-c\+\+|g\+\+|clang|cmake|build-essential|build-base|\/usr\/bin\/cc)$/;
function installsCompiler(stage) {
    return lineage(stage).some(s => s.commands.some(({ cmd }) => /^(apt-get|apt|apk|yum|dnf|microdnf|zypper)$/.test(cmd.name) &&
        cmd.args.some(a => C_TOOLCHAIN.test(a.text))));
}
/** The compile steps inside the build scripts the stage's RUN lines start, when they are in the context. */
function scriptSteps(stage, contexts) {
    // `./configure` is a compile step itself (compile.ts).
    const runs = stage.commands.flatMap(({ ins, cmd }) => {
        const script = compiler(cmd) ? undefined : scriptOf(ins, cmd);
        return script ? [{ ins, cmd, script }] : [];
    });
    if (!runs.length)
        return [];
    const state = contexts.length
        ? runState(stage)
        : new Map();
    const found = [];
    for (const { ins, cmd, script } of runs) {
        const at = state.get(ins);
        const file = at && contexts.length
            ? inContext(external_node_path_.posix.resolve(at.workdir, script), at.copies, contexts)
            : undefined;
        // A build script from elsewhere (a git clone) in a stage that installs a compiler: it compiles.
        if (!file && BUILD_SCRIPT.test(script) && installsCompiler(stage))
            found.push({
                tool: `${script} (a build script; the stage installs a compiler)`,
                toolchain: 'c',
                line: cmd.line,
                ins,
                cmd
            });
        if (!file)
            continue;
        for (const inner of scriptCommands(external_node_fs_.readFileSync(file, 'utf8'))) {
            const c = compiler(inner);
            if (!c || c.toolchain === 'node')
                continue;
            const tool = `${c.tool} in ${script} (its line ${inner.line})`;
            found.push({ tool, toolchain: c.toolchain, line: cmd.line, ins, cmd: inner });
            break;
        }
    }
    const toolchain = stageToolchain(stage, found);
    return found.map(f => ({
        ...f,
        toolchain: f.toolchain === 'build' ? toolchain : f.toolchain
    }));
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
        // A known compiler first: `npm install` compiles only when a package has native code.
        const steps = [...compileSteps(stage), ...scriptSteps(stage, ctx.contexts)].sort((a, b) => Number(a.toolchain === 'node') - Number(b.toolchain === 'node') || a.line - b.line);
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
/**
 * Stages built FROM this one, at any depth. When one of them cross-compiles, this stage makes
 * the build machine's tools (`go install` of a generator) for them, as it should.
 */
function derived(ctx, stage) {
    return ctx.stages.filter(s => s !== stage && lineage(s).includes(stage));
}
/**
 * A stage the file picks for one architecture (`build-arm64`, reached through `${TARGETARCH}`) that
 * names that architecture itself (`--target aarch64-unknown-linux-musl`, `GOARCH=arm64`, a cross
 * image `…/aarch64-unknown-linux-musl`) cross-compiles for the platform it is built for.
 */
function crossForPicked(ctx, stage) {
    const picked = pickedFor(ctx.stages, stage, ctx.platforms);
    if (!picked)
        return false;
    const named = new Set();
    for (const s of lineage(stage))
        for (const text of [s.image, ...s.body.map(ins => ins.args)])
            for (const m of text.matchAll(new RegExp(ARCH_TOKEN.source, 'g')))
                named.add(normaliseArch(m[1]));
    return picked.every(a => named.has(a));
}
function notCrossCompiling(ctx, stage) {
    const steps = compileSteps(stage).filter(s => s.toolchain !== 'node');
    if (!steps.length || crossAware(stage) || derived(ctx, stage).some(crossAware))
        return undefined;
    // GOARCH set to each architecture built is a cross-compile for each.
    if (crossForPicked(ctx, stage) || buildsEach(ctx, stage, 1))
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
const BUILT_DIR = /(^|\/)([a-z]*bin|_output)\/[^/]/;
/** A folder of programs as the destination: `/opt/3fs/bin`, `/usr/local/sbin/`. */
const BIN_DEST = /(^|\/)s?bin\/?$/;
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
    return (BIN_DIR.test(dest) ||
        BIN_DEST.test(dest) ||
        BUILT_DIR.test(source) ||
        runs.has(name) ||
        runs.has(prebuilt_basename(target)));
}
function copiedBinary(ctx, stage, ins, runs) {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some(f => f.name === 'from'))
        return undefined;
    const ws = ins.json ? ins.json.map(text => ({ text, line: ins.line })) : words(ins);
    if (ws.length < 2)
        return undefined;
    const dest = ws[ws.length - 1].text;
    // A file of the context that starts with #! is a script: it runs on any platform.
    const script = (w) => {
        const file = contextSource(w, ctx.contexts);
        return !!file && isScript(file);
    };
    const src = ws.slice(0, -1).find(w => binaryLike(w.text, dest, runs) && !script(w.text));
    if (!src || /\$\{?TARGET/.test(src.text))
        return undefined;
    const name = prebuilt_basename(src.text);
    // A folder of programs (`bin`, `tmpbin/*`) gets a folder per platform; a file, bin/<arch>/<file>.
    const dir = src.text.replace(/\/?\*$/, '').replace(/\/+$/, '');
    const own = name === '*' || (/^[a-z]*bin$/.test(name) && !src.text.includes('/'))
        ? `${dir}/\${TARGETARCH}${name === '*' ? '/*' : ''}`
        : `bin/\${TARGETARCH}/${name}`;
    return {
        file: ctx.file,
        line: src.line,
        rule: 'prebuilt-binary',
        severity: 'notice',
        message: `${ins.keyword} ${src.text} takes a binary built outside this Dockerfile: the build context decides its ` +
            `architecture, so give each platform its own (for example ${own}). ` +
            `verify-platforms with ${specs_generated/* VERIFY_PLATFORMS */.hP.inputs.deep.name}: true reads its ELF header after the build.`,
        fix: `ARG TARGETARCH\n${ins.keyword} ${own} ${dest}`
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















const RULES = [
    buildkitRefuses,
    emulatedCompile,
    hardcodedArch,
    archPaths,
    buildPlatformNoTarget,
    prebuiltBinary
];
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
        architectures: [...new Set(opts.platforms.map(p => p.architecture))],
        contexts: opts.contexts ?? []
    };
    if (!ctx.stages.length)
        return [noStage(file)];
    // BuildKit stops at once on a --target that names no stage of the file.
    if (opts.target && !ctx.stages.some(s => s.name === opts.target?.toLowerCase()))
        throw (0,errors/* badInput */.AN)(specs_generated/* VERIFY_PLATFORMS */.hP.inputs.target.name, opts.target, `${file} has no stage of that name`);
    const found = RULES.flatMap(rule => rule(ctx));
    const reached = reachedStages(ctx.stages, ctx.platforms, opts.target);
    return unbuilt(ctx.stages, found, reached, opts.target).sort(byLine);
}
/**
 * A stage no build of the target reaches is not built, so what it would do wrong is a notice at
 * most: a build with another `--target` may still reach it.
 */
function unbuilt(stages, found, reached, target) {
    if (!reached || reached.size === stages.length)
        return found;
    const last = stages[stages.length - 1];
    const built = target
        ? `a build with --target ${target}`
        : `a build of the last stage${last.name ? ` ("${last.name}")` : ''}`;
    return found.map(f => {
        const stage = [...stages].reverse().find(s => s.from.line <= f.line);
        // BuildKit reads every stage before it builds one: what it refuses fails any build.
        if (!stage || reached.has(stage) || f.rule === 'buildkit-refuses')
            return f;
        const label = stage.name ? `stage "${stage.name}"` : `the stage from line ${stage.from.line}`;
        return { ...f, severity: 'notice', message: `Not built: ${built} never reaches ${label}. ${f.message}` };
    });
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
    return (0,glob/* matchFiles */.xo)(globs, opts.cwd, opts.input ?? specs_generated/* VERIFY_PLATFORMS */.hP.inputs.dockerfiles.name).flatMap(({ abs, display }) => lintDockerfile(external_node_fs_.readFileSync(abs, 'utf8'), display, {
        ...opts,
        // The build context is most often the Dockerfile's folder or the workspace.
        contexts: opts.contexts ?? [...new Set([external_node_path_.dirname(abs), external_node_path_.resolve(opts.cwd)])]
    }));
}


/***/ })

};
;
//# sourceMappingURL=849.index.js.map