"use strict";
exports.id = 768;
exports.ids = [768];
exports.modules = {

/***/ 41236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hT: () => (/* binding */ expandGlob),
/* harmony export */   xo: () => (/* binding */ matchFiles)
/* harmony export */ });
/* unused harmony exports globToRegExp, matchOne */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43545);



// Directories that never hold the files users mean, and can be huge.
const SKIP_DIRS = new Set(['.git', 'node_modules']);
function hasMagic(s) {
    return /[*?[]/.test(s);
}
/** Turns a glob into a regular expression over `/`-separated relative paths: `**`, `*`, `?`, `[...]`. */
function globToRegExp(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                // `**/` matches zero or more whole directories; a trailing `**` matches everything below.
                if (pattern[i + 2] === '/') {
                    re += '(?:[^/]+/)*';
                    i += 2;
                }
                else {
                    re += '.*';
                    i += 1;
                }
            }
            else {
                re += '[^/]*';
            }
        }
        else if (c === '?') {
            re += '[^/]';
        }
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0)
                re += '\\[';
            else {
                const body = pattern
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                re += `[${body}]`;
                i = end;
            }
        }
        else {
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
        }
    }
    return new RegExp(`^${re}$`);
}
function walk(dir, rel, out) {
    let entries;
    try {
        entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        const childRel = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
            if (!SKIP_DIRS.has(e.name))
                walk(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, e.name), childRel, out);
        }
        else if (e.isFile() || e.isSymbolicLink()) {
            out.push(childRel);
        }
    }
}
/**
 * Expands globs against the file system, relative to `cwd`. A pattern starting with `!`
 * removes matches. Returns sorted, de-duplicated paths relative to `cwd` (or absolute when
 * the pattern was absolute). Patterns without wildcards name one file and match only if it exists.
 */
function expandGlob(patterns, cwd = process.cwd()) {
    const included = new Set();
    for (const raw of patterns) {
        const negate = raw.startsWith('!');
        const pattern = (negate ? raw.slice(1) : raw).replace(/\\/g, '/').replace(/^\.\//, '');
        const matches = matchOne(pattern, cwd);
        for (const m of matches) {
            if (negate)
                included.delete(m);
            else
                included.add(m);
        }
    }
    return [...included].sort();
}
/**
 * The files that `globs` match, each with its absolute path and its path relative to `cwd`
 * (with `/`). A pattern that matches nothing is a ConfigurationError on `input`.
 */
function matchFiles(globs, cwd, input) {
    for (const g of globs) {
        if (g.startsWith('!'))
            continue;
        if (expandGlob([g], cwd).length === 0)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(input, g, 'no file matches it');
    }
    return expandGlob(globs, cwd).map(file => {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, file);
        return { abs, display: node_path__WEBPACK_IMPORTED_MODULE_1__.relative(cwd, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') };
    });
}
/** Files matching one pattern (no negation). */
function matchOne(pattern, cwd = process.cwd()) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(pattern);
    const parts = pattern.split('/');
    const firstMagic = parts.findIndex(hasMagic);
    if (firstMagic < 0) {
        const file = absolute ? pattern : node_path__WEBPACK_IMPORTED_MODULE_1__.join(cwd, pattern);
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file).isFile() ? [pattern] : [];
        }
        catch {
            return [];
        }
    }
    // Walk only below the fixed prefix.
    const prefix = parts.slice(0, firstMagic).join('/');
    const base = absolute ? prefix || '/' : node_path__WEBPACK_IMPORTED_MODULE_1__.join(cwd, prefix);
    const re = globToRegExp(parts.slice(firstMagic).join('/'));
    const files = [];
    walk(base, '', files);
    return files
        .filter(f => re.test(f))
        .map(f => (prefix ? (prefix.endsWith('/') ? prefix + f : `${prefix}/${f}`) : f));
}


/***/ }),

/***/ 50781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseDockerfile),
/* harmony export */   J: () => (/* binding */ flag)
/* harmony export */ });
// A Dockerfile parser that keeps the physical line of every piece, the way BuildKit reads the
// file: parser directives, `\` (or `# escape=`) continuations, comment lines inside them,
// heredocs on RUN/COPY/ADD, leading `--flags`, and JSON forms that fall back to shell form.
const DIRECTIVE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const COMMENT = /^[ \t]*#/;
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const HEREDOC = /(?<!<)<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2/g;
function readDirectives(lines) {
    const directives = {};
    let i = 0;
    for (; i < lines.length; i++) {
        const m = DIRECTIVE.exec(lines[i]);
        const key = m?.[1].toLowerCase();
        if (!m || !key || !KNOWN_DIRECTIVES.has(key) || key in directives)
            break;
        directives[key] = m[2];
    }
    return { directives, next: i };
}
function continues(text, escape) {
    const t = text.replace(/[ \t]+$/, '');
    if (!t.endsWith(escape))
        return false;
    // An escaped escape (`\\`) at the end is a literal, not a continuation.
    let n = 0;
    for (let k = t.length - 1; k >= 0 && t[k] === escape; k--)
        n++;
    return n % 2 === 1;
}
function stripContinuation(text, escape) {
    return text.replace(/[ \t]+$/, '').slice(0, -escape.length);
}
/** Takes leading `--name=value` words off the first argument lines. */
function takeFlags(lines) {
    const flags = [];
    for (const l of lines) {
        let rest = l.text.replace(/^[ \t]+/, '');
        let m;
        while ((m = /^--([A-Za-z][\w-]*)(?:=(\S*))?(?:[ \t]+|$)/.exec(rest))) {
            flags.push({ name: m[1].toLowerCase(), value: m[2] ?? '', line: l.line });
            rest = rest.slice(m[0].length);
        }
        l.text = rest;
        if (rest.trim())
            break;
    }
    return flags;
}
function jsonForm(args) {
    const t = args.trim();
    if (!t.startsWith('['))
        return undefined;
    try {
        const v = JSON.parse(t);
        return Array.isArray(v) && v.every(s => typeof s === 'string') ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** Reads the heredoc bodies that follow line `from` (0-based); returns them and the next line. */
function readHeredocs(args, markerLine, lines, from) {
    const heredocs = [];
    let i = from;
    for (const m of args.matchAll(HEREDOC)) {
        const strip = m[1] === '-';
        const body = [];
        for (; i < lines.length; i++) {
            const text = strip ? lines[i].replace(/^\t+/, '') : lines[i];
            if (text === m[3]) {
                i++;
                break;
            }
            body.push({ line: i + 1, text });
        }
        heredocs.push({ name: m[3], line: markerLine, body });
    }
    return { heredocs, next: i };
}
/** One instruction starting at line index `start`; returns it and the index after it. */
function readInstruction(lines, start, escape) {
    const head = /^[ \t]*([A-Za-z]+)(?:[ \t]+|$)(.*)$/.exec(lines[start]);
    const parts = [];
    let text = head ? head[2] : lines[start];
    let i = start;
    while (continues(text, escape) && i + 1 < lines.length) {
        parts.push({ line: i + 1, text: stripContinuation(text, escape) });
        i++;
        while (i + 1 < lines.length && (COMMENT.test(lines[i]) || !lines[i].trim()))
            i++;
        text = lines[i];
    }
    parts.push({ line: i + 1, text: continues(text, escape) ? stripContinuation(text, escape) : text });
    if (!head)
        return { next: i + 1 };
    const keyword = head[1].toUpperCase();
    const flags = takeFlags(parts);
    const argLines = parts.filter(p => p.text.trim());
    const args = argLines
        .map(p => p.text)
        .join(' ')
        .trim();
    const json = jsonForm(args);
    let next = i + 1;
    let heredocs = [];
    if (HEREDOC_KEYWORDS.has(keyword) && !json && args.includes('<<')) {
        ({ heredocs, next } = readHeredocs(args, start + 1, lines, next));
    }
    const endLine = Math.max(i + 1, next);
    const ins = { keyword, line: start + 1, endLine, flags, lines: argLines, args, heredocs };
    if (json)
        ins.json = json;
    return { ins, next };
}
function parseDockerfile(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const { directives, next } = readDirectives(lines);
    const escape = directives.escape === '`' ? '`' : '\\';
    const instructions = [];
    for (let i = next; i < lines.length;) {
        if (COMMENT.test(lines[i]) || !lines[i].trim()) {
            i++;
            continue;
        }
        const r = readInstruction(lines, i, escape);
        if (r.ins)
            instructions.push(r.ins);
        i = r.next;
    }
    return { directives, escape, instructions };
}
/** The value of a flag (`--platform`), or undefined. */
function flag(ins, name) {
    return ins.flags.find(f => f.name === name);
}


/***/ }),

/***/ 15254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ buildkitPlatform)
/* harmony export */ });
// A FROM --platform value read the way BuildKit reads it (containerd's platforms.Parse and Format):
// one platform, each part of letters, digits, `_` or `-`; aliases normalised; anything else refused.
const PART = /^[A-Za-z0-9_-]+$/;
const KNOWN_OS = new Set('aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris windows zos'.split(' '));
const KNOWN_ARCH = new Set('386 amd64 amd64p32 arm armbe arm64 arm64be ppc64 ppc64le loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc riscv riscv64 s390 s390x sparc sparc64 wasm'.split(' '));
function normaliseArch(arch, variant) {
    const a = arch.toLowerCase();
    const v = variant.toLowerCase();
    if (a === 'i386')
        return ['386', ''];
    if (a === 'x86_64' || a === 'x86-64' || a === 'amd64')
        return ['amd64', v === 'v1' ? '' : v];
    if (a === 'aarch64' || a === 'arm64')
        return ['arm64', v === '8' || v === 'v8' ? '' : v];
    if (a === 'armhf')
        return ['arm', 'v7'];
    if (a === 'armel')
        return ['arm', 'v6'];
    if (a === 'arm')
        return ['arm', v === '' || v === '7' ? 'v7' : /^[568]$/.test(v) ? `v${v}` : v];
    return [a, v];
}
function normaliseOs(os) {
    const o = os.toLowerCase();
    return o === 'macos' ? 'darwin' : o;
}
/**
 * The platform BuildKit pulls a `FROM --platform=` base for, as it prints it (`linux/x86_64` →
 * `linux/amd64`, `arm64` → `linux/arm64`, `linux/arm` stays), or why it refuses the value.
 * `buildArch` stands for the build machine, whose architecture a bare OS (`linux`) takes.
 */
function buildkitPlatform(value, buildArch) {
    if (value.includes('*'))
        return { why: 'wildcards are not supported' };
    const parts = value.split('/');
    const bad = parts.find(p => !PART.test(p));
    if (bad !== undefined)
        return { why: `"${bad}" is not a platform part (letters, digits, _ and - only)` };
    const join = (...p) => ({ platform: p.filter(Boolean).join('/') });
    if (parts.length === 1) {
        const os = normaliseOs(parts[0]);
        if (KNOWN_OS.has(os))
            return join(os, buildArch);
        const [arch, variant] = normaliseArch(parts[0], '');
        if (KNOWN_ARCH.has(arch))
            return join('linux', arch, arch === 'arm' && variant === 'v7' ? '' : variant);
        return { why: 'unknown operating system or architecture' };
    }
    if (parts.length === 2) {
        const [arch, variant] = normaliseArch(parts[1], '');
        return join(normaliseOs(parts[0]), arch, arch === 'arm' && variant === 'v7' ? '' : variant);
    }
    if (parts.length === 3) {
        const [arch, variant] = normaliseArch(parts[1], parts[2]);
        return join(normaliseOs(parts[0]), arch, arch === 'arm64' && variant === '' ? 'v8' : variant);
    }
    return { why: 'more than os/architecture/variant' };
}


/***/ }),

/***/ 40768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S_: () => (/* binding */ expandArgs),
  scanDockerfiles: () => (/* binding */ scanDockerfiles)
});

// UNUSED EXPORTS: argWords, dockerfileImages

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./actions/lib/core/glob.ts
var glob = __webpack_require__(41236);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __webpack_require__(67837);
// EXTERNAL MODULE: ./actions/lib/verify/lint/parse.ts
var parse = __webpack_require__(50781);
// EXTERNAL MODULE: ./actions/lib/verify/scan/buildkit-platform.ts
var buildkit_platform = __webpack_require__(15254);
;// CONCATENATED MODULE: ./actions/lib/verify/scan/shell-word.ts
// Expands one Dockerfile word (an ARG value, a FROM image) the way BuildKit's shell lexer does:
// quotes removed, the escape character honoured, `$VAR` and every `${VAR...}` form, and a
// variable that is not set expands to nothing, as it does in a real build.
/** A word BuildKit refuses to expand (`${}`, an unclosed quote, `${X:?}` on an unset X). */
class WordError extends Error {
}
const SPECIAL = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
const REGEX_SPECIAL = new Set(['[', ']', '{', '}', '.', '+', '(', ')', '|', '^', '$']);
class Lexer {
    s;
    vars;
    escape;
    i = 0;
    unset = new Set();
    constructor(s, vars, escape) {
        this.s = s;
        this.vars = vars;
        this.escape = escape;
    }
    peek() {
        return this.s[this.i];
    }
    next() {
        return this.s[this.i++];
    }
    /** Reads up to `stop` (consumed) or the end; `raw` keeps escape characters (patterns need them). */
    word(stop, raw = false) {
        let out = '';
        for (let ch = this.peek(); ch !== undefined; ch = this.peek()) {
            if (ch === stop) {
                this.i++;
                return out;
            }
            if (ch === "'")
                out += this.single();
            else if (ch === '"')
                out += this.double(raw);
            else if (ch === '$')
                out += this.dollar();
            else {
                this.i++;
                if (ch === this.escape) {
                    if (raw)
                        out += ch;
                    const escaped = this.next();
                    if (escaped === undefined)
                        break;
                    out += escaped;
                }
                else
                    out += ch;
            }
        }
        if (stop !== undefined)
            throw new WordError(`no closing ${stop}`);
        return out;
    }
    single() {
        this.i++;
        const end = this.s.indexOf("'", this.i);
        if (end < 0)
            throw new WordError('no closing single quote');
        const body = this.s.slice(this.i, end);
        this.i = end + 1;
        return body;
    }
    double(raw) {
        this.i++;
        let out = '';
        for (;;) {
            const ch = this.peek();
            if (ch === undefined)
                throw new WordError('no closing double quote');
            if (ch === '"') {
                this.i++;
                return out;
            }
            if (ch === '$') {
                out += this.dollar();
                continue;
            }
            this.i++;
            if (ch !== this.escape) {
                out += ch;
                continue;
            }
            if (raw)
                out += ch;
            const after = this.peek();
            // Only `"`, `$` and the escape itself can be escaped inside double quotes.
            if (after === '"' || after === '$' || after === this.escape)
                out += this.next();
            else if (after !== undefined)
                out += ch;
        }
    }
    name() {
        const rest = this.s.slice(this.i);
        const m = /^\d+/.exec(rest) ?? (SPECIAL.has(rest[0]) ? [rest[0]] : /^[\p{L}\p{N}_]*/u.exec(rest));
        const name = m?.[0] ?? '';
        this.i += name.length;
        return name;
    }
    get(name, track) {
        const v = this.vars.get(name);
        if (v === undefined && track)
            this.unset.add(name);
        return v;
    }
    dollar() {
        this.i++;
        if (this.peek() !== '{') {
            const name = this.name();
            return name ? (this.get(name, true) ?? '') : '$';
        }
        this.i++;
        const first = this.peek();
        if (first === undefined || first === '{' || first === '}' || first === ':') {
            throw new WordError('bad substitution');
        }
        const name = this.name();
        let op = this.next();
        if (op === '}')
            return this.get(name, true) ?? '';
        if (op === '/')
            return this.replace(name);
        const colon = op === ':';
        if (colon)
            op = this.next();
        if (op === undefined || !'+-?#%'.includes(op) || (colon && '#%'.includes(op))) {
            throw new WordError(`unsupported modifier in \${${name}${colon ? ':' : ''}${op ?? ''}`);
        }
        return this.modify(name, op, colon);
    }
    modify(name, op, colon) {
        const word = this.word('}', op === '#' || op === '%');
        const value = this.get(name, op !== '-' && op !== '+');
        const missing = value === undefined || (colon && value === '');
        if (op === '-')
            return missing ? word : (value ?? '');
        if (op === '+')
            return missing ? '' : word;
        if (op === '?') {
            if (missing)
                throw new WordError(`${name}: ${word || 'is not allowed to be unset or empty'}`);
            return value ?? '';
        }
        const greedy = word[0] === op;
        const pattern = greedy ? word.slice(1) : word;
        if (op === '#')
            return trimPrefix(pattern, value ?? '', greedy);
        return reverse(trimPrefix(reversePattern(pattern), reverse(value ?? ''), greedy));
    }
    replace(name) {
        const all = this.peek() === '/';
        if (all)
            this.i++;
        const pattern = this.word('/', true);
        const replacement = this.word('}', true);
        const value = this.get(name, true) ?? '';
        const re = patternRegex(pattern, true, false, all);
        return value.replace(re, () => replacement);
    }
}
/** A shell pattern (`*`, `?`, `\x`) as a regular expression; shortest match unless greedy. */
function patternRegex(pattern, greedy, anchored, global = false) {
    let out = anchored ? '^' : '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*')
            out += greedy ? '.*' : '.*?';
        else if (ch === '?')
            out += '.';
        else if (ch === '\\') {
            // `\}` and `\/` only protect the closing characters of `${...}`.
            if (pattern[i + 1] === '}' || pattern[i + 1] === '/')
                continue;
            const e = pattern[++i];
            if (e !== '*' && e !== '?' && e !== '\\')
                throw new WordError(`invalid escape \\${e ?? ''} in pattern`);
            out += `\\${e}`;
        }
        else
            out += REGEX_SPECIAL.has(ch) ? `\\${ch}` : ch;
    }
    return new RegExp(out, global ? 'gsu' : 'su');
}
function trimPrefix(pattern, value, greedy) {
    const m = patternRegex(pattern, greedy, true).exec(value);
    return m ? value.slice(m[0].length) : value;
}
function reverse(s) {
    return [...s].reverse().join('');
}
/** Reverses a pattern but keeps each `\x` escape in front of its character. */
function reversePattern(pattern) {
    const tokens = [];
    const chars = [...pattern];
    for (let i = 0; i < chars.length; i++) {
        tokens.push(chars[i] === '\\' && i < chars.length - 1 ? chars[i] + chars[++i] : chars[i]);
    }
    return tokens.reverse().join('');
}
/** Expands `word` with `vars`; throws WordError where BuildKit fails the build. */
function expandWord(word, vars, escape = '\\') {
    const lexer = new Lexer(word, vars, escape);
    const value = lexer.word();
    return { value, unset: [...lexer.unset] };
}

;// CONCATENATED MODULE: ./actions/lib/verify/scan/dockerfile-stages.ts
// The stages a BuildKit build of one target reaches: it loads the images of those alone.


/** The `from=` of each `RUN --mount` (a comma-separated list of key=value). */
function mountSources(ins) {
    return ins.flags
        .filter(f => f.name === 'mount')
        .flatMap(f => f.value.split(','))
        .map(kv => /^\s*"?from=(.*?)"?\s*$/i.exec(kv)?.[1])
        .filter((v) => v !== undefined && v !== '');
}
function spansOf(dockerfile) {
    const spans = [];
    for (const ins of dockerfile.instructions) {
        if (ins.keyword === 'FROM') {
            const words = ins.args.split(/\s+/).filter(Boolean);
            const name = words.length >= 3 && words[1].toLowerCase() === 'as' ? words[2].toLowerCase() : undefined;
            spans.push({ index: spans.length, name, from: ins, body: [] });
        }
        else
            spans[spans.length - 1]?.body.push(ins);
    }
    return spans;
}
/** The stages one stage reads: its base when that names an earlier stage, and COPY --from / mount from=. */
function sources(spans, s, vars, escape) {
    const out = [];
    const written = s.from.args.split(/\s+/).filter(Boolean)[0] ?? '';
    let base = '';
    try {
        base = expandWord(written, vars, escape).value.toLowerCase();
    }
    catch (err) {
        if (!(err instanceof WordError))
            throw err;
    }
    const earlier = spans.slice(0, s.index).reverse();
    const parent = earlier.find(p => p.name === base);
    if (parent)
        out.push(parent);
    for (const ins of s.body) {
        const refs = mountSources(ins);
        const from = ins.keyword === 'COPY' ? (0,parse/* flag */.J)(ins, 'from')?.value : undefined;
        if (from)
            refs.push(from);
        for (const ref of refs) {
            const hit = /^\d+$/.test(ref) ? spans[Number(ref)] : spans.find(p => p.name === ref.toLowerCase());
            if (hit)
                out.push(hit);
        }
    }
    return out;
}
/**
 * The FROM lines of the stages a build of `target` ('' for the last stage) reaches with these
 * global variables, and the line where each stage ends; undefined when no stage has that name.
 */
function reachedStageLines(dockerfile, target, vars) {
    const spans = spansOf(dockerfile);
    const start = target ? spans.find(s => s.name === target.toLowerCase()) : spans[spans.length - 1];
    if (!start)
        return undefined;
    const reached = new Set([start]);
    const queue = [start];
    for (let s = queue.pop(); s; s = queue.pop())
        for (const src of sources(spans, s, vars, dockerfile.escape))
            if (!reached.has(src)) {
                reached.add(src);
                queue.push(src);
            }
    // A line belongs to the last stage whose FROM is at or above it.
    return line => {
        const at = [...spans].reverse().find(s => s.from.line <= line);
        return !!at && reached.has(at);
    };
}

// EXTERNAL MODULE: ./actions/lib/verify/scan/types.ts
var types = __webpack_require__(61583);
;// CONCATENATED MODULE: ./actions/lib/verify/scan/dockerfile.ts










/**
 * `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}`; unknown variables stay as written.
 * The lint's loose reading; the scanner expands as BuildKit does (shell-word.ts).
 */
function expandArgs(s, vars) {
    return s.replace(/\$(?:\{(\w+)(?::([-+])([^}]*))?\}|(\w+))/g, (all, braced, op, word, bare) => {
        const name = braced ?? bare;
        const v = vars.get(name);
        if (op === '-')
            return v ? v : word;
        if (op === '+')
            return v ? word : '';
        return v ?? all;
    });
}
/** ARG's words as BuildKit splits them: on blanks outside quotes, quotes kept for the expansion. */
function argWords(args, escape) {
    const words = [];
    let word = '';
    let quote = '';
    for (let i = 0; i < args.length; i++) {
        const ch = args[i];
        if (ch === escape && i + 1 < args.length && quote !== "'") {
            word += ch + args[++i];
        }
        else if (quote) {
            if (ch === quote)
                quote = '';
            word += ch;
        }
        else if (ch === ' ' || ch === '\t') {
            if (word)
                words.push(word);
            word = '';
        }
        else {
            if (ch === '"' || ch === "'")
                quote = ch;
            word += ch;
        }
    }
    if (word)
        words.push(word);
    return words;
}
/** The variables BuildKit defines for a target platform; a runner builds natively, so BUILD* match. */
function platformArgs(platform) {
    const [os = '', arch = '', variant = ''] = platform.split('/');
    const vars = new Map([['TARGETSTAGE', 'default']]);
    for (const side of ['TARGET', 'BUILD']) {
        vars.set(`${side}PLATFORM`, platform);
        vars.set(`${side}OS`, os);
        vars.set(`${side}OSVERSION`, '');
        vars.set(`${side}ARCH`, arch);
        vars.set(`${side}VARIANT`, variant);
    }
    return vars;
}
function refuse(build, ins, what) {
    build.refusals.push({ line: ins.line, what, platforms: [build.platform] });
}
/** The global scope (ARGs before the first FROM) for one platform, as BuildKit builds it. */
function globalArgs(instructions, platform, buildArgs, escape) {
    const vars = platformArgs(platform);
    for (const [k, v] of Object.entries(buildArgs))
        if (vars.has(k))
            vars.set(k, v);
    for (const ins of instructions) {
        if (ins.keyword === 'FROM')
            break;
        if (ins.keyword !== 'ARG')
            continue;
        for (const word of argWords(ins.args, escape)) {
            const at = word.indexOf('=');
            const key = at < 0 ? word : word.slice(0, at);
            if (key in buildArgs)
                vars.set(key, buildArgs[key]);
            // `ARG NAME` with no value and no build argument leaves NAME unset (or as it was); a default
            // BuildKit cannot expand is empty, and no error (it drops the error there).
            else if (at >= 0) {
                const e = tryExpand(word.slice(at + 1), vars, escape);
                vars.set(key, 'value' in e ? e.value : '');
            }
        }
    }
    return vars;
}
function tryExpand(word, vars, escape) {
    try {
        return expandWord(word, vars, escape);
    }
    catch (err) {
        if (!(err instanceof WordError))
            throw err;
        return { error: err.message };
    }
}
function hintOf(unset) {
    return unset.length ? ` (build argument ${unset.join(', ')} not set)` : '';
}
/** Why `value` is not an image BuildKit could pull, or undefined when it is one. */
function notAnImage(value, unset, ctx) {
    if (!value)
        return `is empty${hintOf(unset)}`;
    try {
        (0,reference/* parseReference */.F2)(value, ctx.input);
        return undefined;
    }
    catch (err) {
        return `gives "${value}", not an image reference${hintOf(unset)}: ${(0,errors/* whyOf */.gf)(err)}`;
    }
}
/** The platform a FROM's `--platform=` fixes for its base, the target's when there is none. */
function fromPlatform(ins, build, ctx) {
    const written = (0,parse/* flag */.J)(ins, 'platform')?.value;
    // `--platform=` with nothing after it is no flag to BuildKit.
    if (!written)
        return build.platform;
    const e = tryExpand(written, build.vars, ctx.escape);
    if ('error' in e)
        return void refuse(build, ins, `FROM --platform=${written}: ${e.error}`);
    const p = (0,buildkit_platform/* buildkitPlatform */.S)(e.value, build.vars.get('BUILDARCH') ?? '');
    if ('platform' in p)
        return p.platform;
    const gives = e.value === written ? '' : ` gives "${e.value}"${hintOf(e.unset)},`;
    refuse(build, ins, `FROM --platform=${written}${gives} not a platform: ${p.why}`);
    return undefined;
}
/** One FROM for one target platform: the image it pulls, if any (a stage or scratch pulls none). */
function fromImage(ins, stages, build, ctx) {
    const written = ins.args.split(/\s+/).filter(Boolean)[0] ?? '';
    const e = tryExpand(written, build.vars, ctx.escape);
    // BuildKit reads every stage's FROM before it builds any: one it cannot read fails the build.
    if ('error' in e)
        return void refuse(build, ins, `FROM ${written}: ${e.error}`);
    const platform = fromPlatform(ins, build, ctx);
    if (e.value === 'scratch' || stages.has(e.value.toLowerCase()))
        return undefined;
    const why = notAnImage(e.value, e.unset, ctx);
    if (why)
        return void refuse(build, ins, `FROM ${written} ${why}`);
    return platform ? { reference: e.value, line: ins.line, platforms: [platform] } : undefined;
}
/** Every stage name (lower case): `COPY --from` and `RUN --mount=from=` may name any of them. */
function stageNames(instructions) {
    const names = new Set();
    for (const ins of instructions) {
        const words = ins.keyword === 'FROM' ? ins.args.split(/\s+/).filter(Boolean) : [];
        if (words.length >= 3 && words[1].toLowerCase() === 'as')
            names.add(words[2].toLowerCase());
    }
    return names;
}
/**
 * Images that COPY --from and RUN --mount=from= take from a registry, pulled for each target
 * platform. BuildKit expands no variable there and refuses a name that is no image.
 */
function copySources(dockerfile, ctx) {
    const names = stageNames(dockerfile.instructions);
    const pulls = [];
    const refusals = [];
    for (const ins of dockerfile.instructions) {
        const from = ins.keyword === 'COPY' ? (0,parse/* flag */.J)(ins, 'from')?.value : undefined;
        const sources = ins.keyword === 'RUN' ? mountSources(ins) : from ? [from] : [];
        for (const src of sources) {
            // COPY --from=N is the Nth stage; a mount's from= is always a name.
            if (names.has(src.toLowerCase()) || (from && /^\d+$/.test(src)))
                continue;
            const why = src.includes('$')
                ? 'is not expanded: BuildKit expands no variable there'
                : notAnImage(src, [], ctx);
            if (why)
                refusals.push({ line: ins.line, what: `${ins.keyword} from ${src} ${why}`, platforms: [] });
            else
                pulls.push({ reference: src, line: ins.line });
        }
    }
    return { pulls, refusals };
}
/** Every FROM image for one target platform, in file order. */
function fromImages(dockerfile, build, ctx) {
    const pulls = [];
    // A FROM names only stages defined above it (`FROM base AS base` pulls the image `base`).
    const stages = new Set();
    for (const ins of dockerfile.instructions) {
        if (ins.keyword !== 'FROM')
            continue;
        const pull = fromImage(ins, stages, build, ctx);
        if (pull)
            pulls.push(pull);
        const words = ins.args.split(/\s+/).filter(Boolean);
        if (words.length >= 3 && words[1].toLowerCase() === 'as')
            stages.add(words[2].toLowerCase());
    }
    return pulls;
}
/**
 * One warning at the first line BuildKit refuses, as BuildKit stops there; the other lines it would
 * refuse next are named in it. The platforms whose build fails are named when not all of them.
 */
function refusalWarnings(refusals, targets, ctx) {
    const byLine = new Map();
    for (const r of refusals) {
        const key = `${r.line} ${r.what}`;
        const had = byLine.get(key);
        if (had)
            r.platforms.forEach(p => had.platforms.includes(p) || had.platforms.push(p));
        else
            byLine.set(key, { ...r, platforms: [...r.platforms] });
    }
    const [first, ...more] = [...byLine.values()].sort((a, b) => a.line - b.line);
    if (!first)
        return;
    const some = first.platforms.length && !targets.every(t => first.platforms.includes(t));
    const whose = some ? ` for ${first.platforms.join(', ')}` : '';
    const lines = [...new Set(more.map(r => r.line).filter(l => l !== first.line))];
    const next = lines.length ? ` (lines ${lines.join(', ')} are refused too)` : '';
    ctx.warnings.push({
        file: ctx.file,
        line: first.line,
        message: `${first.what}: BuildKit refuses the build${whose}, so no image of this file is checked${whose}${next}`
    });
}
/** Joins the per-platform pulls of one line and image; all target platforms means no restriction. */
function merge(pulls, targets, file) {
    const byKey = new Map();
    for (const p of pulls) {
        const key = `${p.line} ${p.reference}`;
        const had = byKey.get(key);
        if (!had)
            byKey.set(key, { ...p, platforms: p.platforms && [...p.platforms] });
        else if (had.platforms) {
            if (!p.platforms)
                had.platforms = undefined;
            else
                p.platforms.forEach(x => had.platforms?.includes(x) || had.platforms?.push(x));
        }
    }
    const sorted = [...byKey.values()].sort((a, b) => a.line - b.line);
    return sorted.map(p => {
        const all = !p.platforms || targets.every(t => p.platforms?.includes(t));
        return {
            reference: p.reference,
            source: { file, line: p.line, ...(all ? {} : { platforms: p.platforms }) },
            how: 'dockerfile'
        };
    });
}
/**
 * The images a build of this Dockerfile pulls, as BuildKit resolves them: every stage's FROM
 * (global ARGs, build arguments and the target platform's variables expanded; stage names and
 * `scratch` are no image) and the images `COPY --from` and `RUN --mount=from=` name. A fixed
 * `--platform=` limits the platforms that base needs.
 */
function dockerfileImages(text, file, buildArgs = {}, platforms = defaultPlatforms(), input = specs_generated/* VERIFY_PLATFORMS */.hP.inputs.dockerfiles.name, target) {
    const dockerfile = (0,parse/* parseDockerfile */.A)(text);
    const ctx = { file, input, escape: dockerfile.escape, warnings: [] };
    const copies = copySources(dockerfile, ctx);
    const pulls = [];
    const refusals = [...copies.refusals];
    for (const platform of platforms) {
        const vars = globalArgs(dockerfile.instructions, platform, buildArgs, dockerfile.escape);
        const build = { platform, vars, refusals: [] };
        const own = fromImages(dockerfile, build, ctx);
        const reached = target === undefined ? () => true : reachedStageLines(dockerfile, target, vars);
        if (!reached)
            refusals.push({ line: 1, what: `target stage ${target} could not be found`, platforms: [] });
        refusals.push(...build.refusals);
        // A build BuildKit refuses pulls nothing: no image of it is reported.
        if (!reached || build.refusals.length || copies.refusals.length)
            continue;
        // BuildKit loads the images of the stages the target reaches, and no other.
        const mine = [...own, ...copies.pulls.map(p => ({ ...p, platforms: [platform] }))];
        pulls.push(...mine.filter(p => reached(p.line)));
    }
    refusalWarnings(refusals, platforms, ctx);
    return { images: merge(pulls, platforms, file), warnings: ctx.warnings };
}
function defaultPlatforms() {
    return specs_generated/* VERIFY_PLATFORMS */.hP.inputs.platforms.default.split(',');
}
function scanDockerfiles(globs, opts = {}) {
    const cwd = opts.cwd ?? process.cwd();
    const input = opts.input ?? specs_generated/* VERIFY_PLATFORMS */.hP.inputs.dockerfiles.name;
    const result = (0,types/* emptyScan */.$6)();
    for (const { abs, display } of (0,glob/* matchFiles */.xo)(globs, cwd, input)) {
        const text = external_node_fs_.readFileSync(abs, 'utf8');
        const found = dockerfileImages(text, display, opts.buildArgs, opts.platforms, input, opts.target);
        result.images.push(...found.images);
        result.warnings.push(...found.warnings);
    }
    return result;
}


/***/ })

};
;
//# sourceMappingURL=768.index.js.map