"use strict";
exports.id = 385;
exports.ids = [385];
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

/***/ 16385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanManifests: () => (/* binding */ scanManifests)
/* harmony export */ });
/* unused harmony export manifestImages */
/* harmony import */ var _core_glob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41236);
/* harmony import */ var _core_specs_generated__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82343);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61583);
/* harmony import */ var _workload__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24313);
/* harmony import */ var _yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41019);





/** The images of the pod specs in parsed documents, at their own lines; handed-over ones are `indirect`. */
function manifestImages(parsed, file, how = 'manifest') {
    return (0,_workload__WEBPACK_IMPORTED_MODULE_3__/* .containerImages */ ._Z)(parsed).map(c => ({
        reference: c.reference,
        source: { file, line: c.line },
        how: c.how === 'indirect' ? 'indirect' : how
    }));
}
/**
 * Kubernetes YAML files matched by globs (multi-document), read as kubectl reads them. A glob
 * that matches nothing is an error; a broken document is a warning and the rest is read.
 */
function scanManifests(globs, opts = {}) {
    const cwd = opts.cwd ?? process.cwd();
    const input = opts.input ?? _core_specs_generated__WEBPACK_IMPORTED_MODULE_1__/* .VERIFY_PLATFORMS */ .hP.inputs.manifests.name;
    const result = (0,_types__WEBPACK_IMPORTED_MODULE_2__/* .emptyScan */ .$6)();
    for (const { abs, display } of (0,_core_glob__WEBPACK_IMPORTED_MODULE_0__/* .matchFiles */ .xo)(globs, cwd, input)) {
        const parsed = (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlFile */ .BU)(abs, display, input);
        result.warnings.push(...parsed.warnings);
        result.images.push(...manifestImages(parsed, display));
        result.pins.push(...(0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .findYamlPins */ .zF)(parsed, display));
    }
    return result;
}


/***/ }),

/***/ 24313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Z: () => (/* binding */ containerImages)
/* harmony export */ });
/* unused harmony exports looksLikeImage, isCrd */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _oci_reference__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67837);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61583);
/* harmony import */ var _yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41019);




const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/** `--engine-image`, `--image`, `-helper-image`: a flag whose value is an image. */
const IMAGE_FLAG = /^--?(?:[A-Za-z0-9][\w.-]*[-_])?image$/i;
/** `CSI_ATTACHER_IMAGE`, `OPENEBS_IO_HELPER_IMAGE`, `IMAGE`: an env variable holding an image. */
const IMAGE_ENV = /(^|_)IMAGE$/i;
/** A string that can only be an image reference: no spaces, a tag, digest or path, and it parses. */
function looksLikeImage(s) {
    if (!s || /\s|:\/\/|^[-/.$~]|[=,;"'{}()[\]]/.test(s) || (0,_types__WEBPACK_IMPORTED_MODULE_2__/* .isTemplated */ .dw)(s))
        return false;
    if (!/[:@/]/.test(s))
        return false;
    try {
        (0,_oci_reference__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(s, 'image reference');
        return true;
    }
    catch {
        return false;
    }
}
/** CustomResourceDefinitions hold schemas: an `image:` key there is a field, never an image. */
function isCrd(doc) {
    const root = doc.contents;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) && (0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)((0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .mapGet */ .ZX)(root, 'kind')) === 'CustomResourceDefinition';
}
/** Quotes around a word, or left over from a shell line's quoting (`'run --x-image a/b:1'`). */
function unquote(s) {
    return s.replace(/^["']+|["']+$/g, '');
}
/** `--x-image ref` and `--x-image=ref` in command and args, a shell line's words included. */
function flagImages(c, parsed, out) {
    const words = [];
    for (const key of ['command', 'args']) {
        const list = (0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .mapGet */ .ZX)(c, key);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(list))
            continue;
        for (const item of list.items) {
            const text = (0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(item);
            if (text)
                text.split(/\s+/).forEach(word => words.push({ word, node: item }));
        }
    }
    words.forEach(({ word, node }, i) => {
        const eq = word.indexOf('=');
        const flag = eq < 0 ? word : word.slice(0, eq);
        if (!IMAGE_FLAG.test(flag))
            return;
        const value = unquote(eq < 0 ? (words[i + 1]?.word ?? '') : word.slice(eq + 1));
        const at = eq < 0 ? (words[i + 1]?.node ?? node) : node;
        if (looksLikeImage(value))
            out.push({ reference: value, how: 'indirect', line: (0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(parsed.lines, at), needle: flag });
    });
}
function envImages(c, parsed, out) {
    const env = (0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .mapGet */ .ZX)(c, 'env');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(env))
        return;
    for (const e of env.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(e))
            continue;
        const name = (0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)((0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .mapGet */ .ZX)(e, 'name')) ?? '';
        const node = (0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .mapGet */ .ZX)(e, 'value');
        const value = (0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(node) ?? '';
        if (IMAGE_ENV.test(name) && looksLikeImage(value))
            out.push({ reference: value, how: 'indirect', line: (0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(parsed.lines, node), needle: name });
    }
}
/**
 * Every image of `containers`, `initContainers` and `ephemeralContainers`, wherever a pod spec
 * sits (Pod, Deployment, CronJob's job template, custom workloads), and the images those
 * containers are handed in env, command or args. CRDs are skipped.
 */
function containerImages(parsed) {
    const out = [];
    for (const doc of parsed.docs) {
        if (isCrd(doc))
            continue;
        (0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .walkPairs */ .j5)(doc.contents, (key, value) => {
            if (!CONTAINER_LISTS.has(key) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value))
                return;
            for (const c of value.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(c))
                    continue;
                const node = (0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .mapGet */ .ZX)(c, 'image');
                const image = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) ? (0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(node) : undefined;
                if (image && !(0,_types__WEBPACK_IMPORTED_MODULE_2__/* .isTemplated */ .dw)(image))
                    out.push({ reference: image, how: 'direct', line: (0,_yaml__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(parsed.lines, node), needle: 'image:' });
                envImages(c, parsed, out);
                flagImages(c, parsed, out);
            }
        });
    }
    return out;
}


/***/ }),

/***/ 41019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ parseYamlFile),
/* harmony export */   ZX: () => (/* binding */ mapGet),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   cd: () => (/* binding */ parseYamlText),
/* harmony export */   j5: () => (/* binding */ walkPairs),
/* harmony export */   ws: () => (/* binding */ scalarText),
/* harmony export */   zF: () => (/* binding */ findYamlPins)
/* harmony export */ });
/* unused harmony export indentQuotedContinuations */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_paths__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39756);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61583);



/** Reads a file (a regular file only: a FIFO would block) and parses it as parseYamlText does. */
function parseYamlFile(absPath, display, input) {
    return parseYamlText((0,_core_paths__WEBPACK_IMPORTED_MODULE_1__/* .readInputFile */ .jH)(input, absPath).toString('utf8'), display);
}
// A quoted scalar opening as a mapping value or sequence entry: `key: 'text`, `- "text`.
const QUOTED_START = /^(\s*)((?:-\s+)*)(?:(?:[^\s'"#][^:#]*|"[^"]*"|'[^']*'):\s+)?(['"])/;
/** Index of the quote closing a scalar opened by `quote` at `from`, or -1 when the line ends first. */
function closingQuote(line, from, quote) {
    for (let i = from; i < line.length; i++) {
        if (quote === '"' && line[i] === '\\')
            i++;
        else if (line[i] === quote) {
            if (quote === "'" && line[i + 1] === "'")
                i++;
            else
                return i;
        }
    }
    return -1;
}
/**
 * Indents the continuation lines of multi-line quoted scalars that sit at or left of their
 * key, as kubectl, helm and PyYAML accept them (the YAML 1.2 spec and `yaml` do not). Line
 * numbers are kept; only spaces are added, and folding drops them from the value.
 */
function indentQuotedContinuations(text) {
    const lines = text.split('\n');
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
        const m = QUOTED_START.exec(lines[i]);
        if (!m || lines[i].trimStart().startsWith('#'))
            continue;
        const quote = m[3];
        if (closingQuote(lines[i], m[0].length, quote) >= 0)
            continue;
        const need = m[1].length + m[2].length + 1;
        for (let j = i + 1; j < lines.length; j++) {
            const indent = lines[j].length - lines[j].trimStart().length;
            if (/^(---|\.\.\.)(\s|$)/.test(lines[j]))
                break;
            if (indent < need && lines[j].trim()) {
                lines[j] = ' '.repeat(need - indent) + lines[j];
                changed = true;
            }
            i = j;
            if (closingQuote(lines[j], 0, quote) >= 0)
                break;
        }
    }
    return changed ? lines.join('\n') : text;
}
/**
 * Parses every document in a text as kubectl would: quoted scalars continued at their key's
 * indentation are accepted, and a document that is still broken is left out with a warning
 * at its file:line, so one bad document never stops the scan.
 */
function parseYamlText(text, display) {
    let lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const parse = (t) => {
        const d = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(t, { lineCounter: lines, uniqueKeys: false });
        return Array.isArray(d) ? d : [];
    };
    let docs = parse(text);
    if (docs.some(d => d.errors.length)) {
        // Only the broken documents are repaired: the rest stay byte for byte as written.
        let repaired = '';
        let at = 0;
        for (const d of docs) {
            if (!d.errors.length)
                continue;
            repaired += text.slice(at, d.range[0]) + indentQuotedContinuations(text.slice(d.range[0], d.range[2]));
            at = d.range[2];
        }
        repaired += text.slice(at);
        if (repaired !== text) {
            lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
            text = repaired;
            docs = parse(text);
        }
    }
    const warnings = [];
    for (const doc of docs) {
        const err = doc.errors[0];
        if (!err)
            continue;
        const line = err.linePos?.[0]?.line ?? lines.linePos(doc.range[0]).line;
        const why = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        warnings.push({ file: display, line, message: `broken YAML, document skipped: ${why}` });
    }
    return { docs: docs.filter(d => !d.errors.length), lines, text, warnings };
}
function lineOf(lines, node) {
    const offset = node?.range?.[0];
    return offset === undefined ? 1 : lines.linePos(offset).line;
}
/** A scalar as the user wrote it (`tag: 4.0` stays "4.0", not the number 4). */
function scalarText(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return undefined;
    const s = node;
    if (s.value === null || s.value === undefined)
        return undefined;
    if (s.type === 'PLAIN' && typeof s.source === 'string')
        return s.source.trim();
    return String(s.value).trim();
}
function mapGet(map, key) {
    for (const item of map.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) && scalarText(item.key) === key)
            return item.value;
    }
    return undefined;
}
/** Visits every key/value pair below `node`, with the keys of the maps above it. */
function walkPairs(node, visit, ancestors = []) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        for (const item of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item))
                continue;
            const key = scalarText(item.key) ?? '';
            visit(key, item.value ?? null, item.key, node, ancestors);
            walkPairs(item.value, visit, [...ancestors, key]);
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        for (const item of node.items)
            walkPairs(item, visit, ancestors);
    }
}
// Preferred terms only weigh scheduling; they never keep a pod off a node.
const SOFT = /preferredDuringScheduling/;
const NOT_SELECTORS = new Set(['labels', 'annotations', 'matchLabels', 'commonLabels', 'podLabels']);
/** Arch pins in parsed YAML: nodeSelector entries and required node-affinity expressions. */
function findYamlPins(parsed, file) {
    const pins = [];
    for (const doc of parsed.docs) {
        walkPairs(doc.contents, (key, value, keyNode, parent, ancestors) => {
            if (ancestors.some(a => SOFT.test(a)))
                return;
            if (_types__WEBPACK_IMPORTED_MODULE_2__/* .ARCH_LABELS */ .ff.has(key) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value)) {
                const v = scalarText(value);
                const under = ancestors[ancestors.length - 1];
                if (v && !(0,_types__WEBPACK_IMPORTED_MODULE_2__/* .isTemplated */ .dw)(v) && !NOT_SELECTORS.has(under)) {
                    pins.push({ file, line: lineOf(parsed.lines, keyNode), key, kind: 'nodeSelector', values: [v] });
                }
                return;
            }
            if (key === 'key' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value)) {
                const label = scalarText(value) ?? '';
                if (!_types__WEBPACK_IMPORTED_MODULE_2__/* .ARCH_LABELS */ .ff.has(label))
                    return;
                const op = scalarText(mapGet(parent, 'operator'));
                const values = mapGet(parent, 'values');
                if ((op === 'In' || op === 'NotIn') && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(values)) {
                    const list = values.items.map(scalarText).filter((x) => !!x && !(0,_types__WEBPACK_IMPORTED_MODULE_2__/* .isTemplated */ .dw)(x));
                    pins.push({ file, line: lineOf(parsed.lines, keyNode), key: label, kind: op, values: list });
                }
            }
        });
    }
    return pins;
}


/***/ })

};
;
//# sourceMappingURL=385.index.js.map