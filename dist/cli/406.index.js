"use strict";
exports.id = 406;
exports.ids = [406];
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

/***/ 42406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ expandArgs),
/* harmony export */   scanDockerfiles: () => (/* binding */ scanDockerfiles)
/* harmony export */ });
/* unused harmony export dockerfileImages */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_glob__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41236);
/* harmony import */ var _core_specs_generated__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82343);
/* harmony import */ var _lint_parse__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50781);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61583);





/** `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}`; unknown variables stay as written. */
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
function parseArg(args) {
    return args
        .split(/\s+/)
        .filter(Boolean)
        .map(kv => {
        const at = kv.indexOf('=');
        if (at < 0)
            return [kv, undefined];
        return [kv.slice(0, at), kv.slice(at + 1).replace(/^(["'])(.*)\1$/, '$2')];
    });
}
/**
 * The base images of a Dockerfile's stages. Global `ARG` defaults (before the first FROM)
 * are resolved, earlier stage names and `scratch` are skipped, and a fixed `--platform=`
 * limits the platforms that base needs.
 */
function dockerfileImages(text, file, buildArgs = {}) {
    const images = [];
    const notes = [];
    const globals = new Map();
    const stages = new Set();
    let seenFrom = false;
    // The lint's parser: heredoc bodies, `# escape=` and comment lines inside continuations are not instructions.
    for (const ins of (0,_lint_parse__WEBPACK_IMPORTED_MODULE_3__/* .parseDockerfile */ .A)(text).instructions) {
        if (ins.keyword === 'ARG' && !seenFrom) {
            for (const [k, v] of parseArg(ins.args)) {
                const value = buildArgs[k] ?? (v === undefined ? undefined : expandArgs(v, globals));
                if (value !== undefined)
                    globals.set(k, value);
            }
            continue;
        }
        if (ins.keyword !== 'FROM')
            continue;
        seenFrom = true;
        const words = ins.args.split(/\s+/).filter(Boolean);
        const flagged = (0,_lint_parse__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .J)(ins, 'platform')?.value;
        const platform = flagged === undefined ? undefined : expandArgs(flagged, globals);
        const image = expandArgs(words[0] ?? '', globals);
        // Checked before this stage's own name is added: `FROM base AS base` pulls the image `base`.
        const isStage = stages.has(image.toLowerCase());
        if (words.length >= 3 && words[1].toLowerCase() === 'as')
            stages.add(words[2].toLowerCase());
        if (!image || image.toLowerCase() === 'scratch' || isStage)
            continue;
        if (/\$/.test(image)) {
            notes.push(`${file}:${ins.line}: FROM ${words[0]} uses a build argument with no default; skipped`);
            continue;
        }
        // `--platform=$BUILDPLATFORM` and friends still run on every platform a runner builds on.
        const fixed = platform && !/\$/.test(platform)
            ? platform
                .split(',')
                .map(p => p.trim())
                .filter(Boolean)
            : undefined;
        images.push({
            reference: image,
            source: { file, line: ins.line, ...(fixed ? { platforms: fixed } : {}) },
            how: 'dockerfile'
        });
    }
    return { images, notes };
}
function scanDockerfiles(globs, opts = {}) {
    const cwd = opts.cwd ?? process.cwd();
    const input = opts.input ?? _core_specs_generated__WEBPACK_IMPORTED_MODULE_2__/* .VERIFY_PLATFORMS */ .hP.inputs.dockerfiles.name;
    const result = (0,_types__WEBPACK_IMPORTED_MODULE_4__/* .emptyScan */ .$6)();
    for (const { abs, display } of (0,_core_glob__WEBPACK_IMPORTED_MODULE_1__/* .matchFiles */ .xo)(globs, cwd, input)) {
        const found = dockerfileImages(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(abs, 'utf8'), display, opts.buildArgs);
        result.images.push(...found.images);
        result.notes.push(...found.notes);
    }
    return result;
}


/***/ })

};
;
//# sourceMappingURL=406.index.js.map