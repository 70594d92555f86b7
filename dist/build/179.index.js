"use strict";
exports.id = 179;
exports.ids = [179];
exports.modules = {

/***/ 1236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hT: () => (/* binding */ expandGlob),
/* harmony export */   xo: () => (/* binding */ matchFiles)
/* harmony export */ });
/* unused harmony exports globToRegExp, matchOne */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3545);



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

/***/ 7179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanChartInput: () => (/* binding */ scanChartInput)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(2343);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(3545);
// EXTERNAL MODULE: ./actions/lib/core/paths.ts
var paths = __webpack_require__(9756);
// EXTERNAL MODULE: ./actions/lib/core/exec.ts
var core_exec = __webpack_require__(6015);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(3446);
;// CONCATENATED MODULE: ./actions/lib/core/tools.ts





/**
 * Every pinned tool version of the cluster level, in one place (documented in the README).
 * Checksums are the publishers' own `.sha256sum` values for these exact files:
 *   kind     https://github.com/kubernetes-sigs/kind/releases/download/v0.29.0/kind-linux-{amd64,arm64}.sha256sum
 *   helm     https://get.helm.sh/helm-v4.1.4-linux-{amd64,arm64}.tar.gz.sha256sum
 *   kubectl  https://dl.k8s.io/release/v1.33.1/bin/linux/{amd64,arm64}/kubectl.sha256
 * The node image is the default of kind v0.29.0 (its release notes), pinned by digest.
 */
const PINNED = {
    kind: {
        version: '0.29.0',
        url: (arch) => `https://github.com/kubernetes-sigs/kind/releases/download/v0.29.0/kind-linux-${arch}`,
        sha256: {
            amd64: 'c72eda46430f065fb45c5f70e7c957cc9209402ef309294821978677c8fb3284',
            arm64: '03d45095dbd9cc1689f179a3e5e5da24b77c2d1b257d7645abf1b4174bebcf2a'
        }
    },
    nodeImage: 'kindest/node:v1.33.1@sha256:050072256b9a903bd914c0b2866828150cb229cea0efe5892e2b644d5dd3b34f',
    helm: {
        version: '4.1.4',
        url: (arch) => `https://get.helm.sh/helm-v4.1.4-linux-${arch}.tar.gz`,
        sha256: {
            amd64: '70b2c30a19da4db264dfd68c8a3664e05093a361cefd89572ffb36f8abfa3d09',
            arm64: '13d03672be289045d2ff00e4e345d61de1c6f21c1257a45955a30e8ae036d8f1'
        }
    },
    kubectl: {
        version: '1.33.1',
        url: (arch) => `https://dl.k8s.io/release/v1.33.1/bin/linux/${arch}/kubectl`,
        sha256: {
            amd64: '5de4e9f2266738fd112b721265a0c1cd7f4e5208b670f811861f699474a100a3',
            arm64: 'd595d1a26b7444e0beb122e25750ee4524e74414bbde070b672b423139295ce6'
        }
    },
    /** Image of the smoke-test pods: multi-arch, with sh and sha256sum. Pinned by tag only. */
    smokeImage: 'docker.io/library/busybox:1.36.1'
};
// Loaded on first use, into a chunk file of its own: @actions/tool-cache brings an HTTP client
// (undici) that most runs never need and that costs start-up time just by being in a bundle.
const tc = () => __webpack_require__.e(/* import() */ 472).then(__webpack_require__.t.bind(__webpack_require__, 3472, 23));
const actionsToolCache = {
    find: async (tool, version, arch) => (await tc()).find(tool, version, arch),
    downloadTool: async (url) => (await tc()).downloadTool(url),
    extractTar: async (file) => (await tc()).extractTar(file),
    cacheFile: async (s, t, tool, v, a) => (await tc()).cacheFile(s, t, tool, v, a)
};
/** The release-asset architecture of a Node `process.arch`. */
function toolArch(nodeArch = process.arch) {
    if (nodeArch === 'x64')
        return 'amd64';
    if (nodeArch === 'arm64')
        return 'arm64';
    throw new errors/* ConfigurationError */.j1(`kind, helm and kubectl are pinned for amd64 and arm64 runners only, not "${nodeArch}"`);
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of external_node_fs_.createReadStream(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Throws when a downloaded file does not have the pinned checksum; a mismatch is never cached. */
async function verifySha256(file, expected, what) {
    const got = await sha256File(file);
    if (got !== expected) {
        throw new errors/* CheckError */.tl(`${what} failed its checksum: expected sha256 ${expected}, got ${got}`);
    }
}
/**
 * Installs one pinned tool through the tool cache (download, sha256 check, cacheFile) and
 * returns the path of its executable. A cached copy is reused.
 */
async function installPinned(name, arch, cache = actionsToolCache) {
    const pin = PINNED[name];
    const cached = await cache.find(name, pin.version, arch);
    if (cached) {
        toolkit/* info */.pq(`${name} ${pin.version} (${arch}) found in the tool cache`);
        return external_node_path_.join(cached, name);
    }
    const url = pin.url(arch);
    toolkit/* info */.pq(`Downloading ${name} ${pin.version} for ${arch} from ${url}`);
    const downloaded = await cache.downloadTool(url);
    await verifySha256(downloaded, pin.sha256[arch], `${name} ${pin.version} (${url})`);
    let binary = downloaded;
    if (name === 'helm') {
        const dir = await cache.extractTar(downloaded);
        binary = external_node_path_.join(dir, `linux-${arch}`, 'helm');
    }
    external_node_fs_.chmodSync(binary, 0o755);
    const dir = await cache.cacheFile(binary, name, name, pin.version, arch);
    return external_node_path_.join(dir, name);
}

;// CONCATENATED MODULE: ./actions/lib/verify/helm.ts






const IN = specs_generated/* VERIFY_PLATFORMS */.hP.inputs;
function parseHelmChoice(value, input = IN.helm.name) {
    const v = value.trim();
    if (v === '' || v === 'pinned')
        return 'pinned';
    if (v === 'path' || v === 'none')
        return v;
    if (!path.isAbsolute(v) && !v.startsWith('.'))
        throw badInput(input, value, 'expected pinned, path, none, or the path of a helm executable');
    return { file: v };
}
async function version(helm, exec) {
    const res = await exec(helm, ['version', '--short']);
    return res.exitCode === 0 ? res.stdout.trim() : undefined;
}
async function fromPath(deps, notes, why) {
    if (await (deps.onPath ?? core_exec/* which */.K7)('helm')) {
        const v = await version('helm', deps.exec);
        if (v)
            return { helm: 'helm', version: Promise.resolve(v), notes };
    }
    return { why: `${why}, and there is no helm on PATH`, notes };
}
/**
 * The helm to render charts with. On a runner (Linux with a tool cache) the pinned version,
 * checksum-checked; helm from PATH when asked for, or when the pinned one cannot be had.
 */
async function findHelm(choice, deps) {
    const notes = [];
    if (choice === 'none')
        return { why: `${IN.helm.name}: none`, notes };
    if (typeof choice === 'object') {
        const file = external_node_path_.resolve(choice.file);
        if (!external_node_fs_.existsSync(file))
            throw (0,errors/* badInput */.AN)(IN.helm.name, choice.file, 'no such file');
        const checked = deps.exec(file, ['version', '--short']).then(res => {
            if (res.exitCode === 0)
                return res.stdout.trim();
            const why = (0,core_exec/* lastLine */.fM)(res.stderr) || res.exitCode;
            throw (0,errors/* badInput */.AN)(IN.helm.name, choice.file, `it does not run as helm (${why})`);
        });
        return { helm: file, version: checked, notes };
    }
    if (choice === 'path') {
        const found = await fromPath(deps, notes, `${IN.helm.name}: path was asked for`);
        if (!found.helm)
            throw (0,errors/* badInput */.AN)(IN.helm.name, 'path', 'there is no helm on PATH');
        return found;
    }
    const env = deps.env ?? process.env;
    if (process.platform !== 'linux' || !env.RUNNER_TOOL_CACHE)
        return fromPath(deps, notes, `the pinned helm ${PINNED.helm.version} is for GitHub runners`);
    try {
        const helm = await installPinned('helm', toolArch(), deps.toolCache ?? actionsToolCache);
        const v = version(helm, deps.exec).then(found => found ?? `v${PINNED.helm.version}`);
        return { helm, version: v, notes };
    }
    catch (err) {
        notes.push(`the pinned helm ${PINNED.helm.version} could not be fetched: ${err.message}`);
        return fromPath(deps, notes, `the pinned helm ${PINNED.helm.version} could not be fetched`);
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./actions/lib/core/lazy.ts
var lazy = __webpack_require__(6224);
// EXTERNAL MODULE: ./actions/lib/core/glob.ts
var glob = __webpack_require__(1236);
// EXTERNAL MODULE: ./actions/lib/core/compare.ts
var compare = __webpack_require__(9403);
;// CONCATENATED MODULE: ./actions/lib/verify/scan/chart-archive.ts









// Only a packaged chart (.tgz) is read as a tar; start-up does not load the reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tarStream = (0,lazy/* lazy */.R)(() => __webpack_require__(6118));
/** Largest archive entry read; Chart.yaml, values and templates are far smaller. */
const MAX_CHART_ENTRY_BYTES = 4 * 1024 * 1024;
function rel(cwd, abs) {
    return external_node_path_.relative(cwd, abs).split(external_node_path_.sep).join('/') || '.';
}
const TEMPLATE = /(^|\/)templates\/.*\.(ya?ml|tpl)$/;
const CHART_FILE = /(^|\/)(Chart\.yaml|requirements\.yaml|values\.yaml|images\.txt)$/;
const PACKED = /(^|\/)charts\/[^/]+\.tgz$/;
/** The only archive entries read: the small text files a scan needs, and nested subcharts. */
function isChartEntry(name) {
    return CHART_FILE.test(name) || TEMPLATE.test(name) || PACKED.test(name);
}
function directorySource(dir, cwd, input, maxEntry) {
    return {
        display: r => rel(cwd, external_node_path_.join(dir, r)),
        read: r => {
            const abs = external_node_path_.join(dir, r);
            // Regular files only: a FIFO named values.yaml must never block the scan.
            if (!(0,paths/* readPath */.G7)(input, abs, 'file', { optional: true }))
                return undefined;
            return (0,paths/* readInputFile */.jH)(input, abs).toString('utf8');
        },
        templates: () => {
            const t = external_node_path_.join(dir, 'templates');
            if (!external_node_fs_.existsSync(t))
                return [];
            return (0,glob/* expandGlob */.hT)(['**/*.yaml', '**/*.yml', '**/*.tpl'], t).map(f => `templates/${f}`);
        },
        subcharts: async () => {
            const charts = external_node_path_.join(dir, 'charts');
            if (!external_node_fs_.existsSync(charts))
                return [];
            const out = [];
            for (const e of external_node_fs_.readdirSync(charts, { withFileTypes: true })
                .sort((a, b) => (0,compare/* compareText */.n)(a.name, b.name))) {
                const sub = external_node_path_.join(charts, e.name);
                if (e.isDirectory() && external_node_fs_.existsSync(external_node_path_.join(sub, 'Chart.yaml'))) {
                    out.push(directorySource(sub, cwd, input, maxEntry));
                }
                else if (e.isFile() && e.name.endsWith('.tgz')) {
                    const files = await readChartArchive(external_node_fs_.createReadStream(sub), rel(cwd, sub), input, maxEntry);
                    out.push(archiveSource(files, rel(cwd, sub), input, maxEntry));
                }
            }
            return out;
        }
    };
}
/**
 * Streams a packed chart (gzip + tar) and keeps only the entries `isChartEntry` names, each
 * at most `maxEntry` bytes: memory stays bounded whatever else the archive holds.
 */
async function readChartArchive(source, display, input, maxEntry = MAX_CHART_ENTRY_BYTES) {
    const files = new Map();
    const gunzip = external_node_zlib_.createGunzip();
    const extract = tarStream().extract();
    let failure;
    // tar-stream is a streamx Writable, so errors are forwarded by hand rather than via pipeline().
    const fail = (err) => {
        failure = failure ?? err;
        extract.destroy(err);
    };
    source.on('error', fail);
    gunzip.on('error', fail);
    source.pipe(gunzip).pipe(extract);
    const tooBig = (name, size) => (0,errors/* badInput */.AN)(input, `${display}:${name}`, `the entry is ${size} bytes; chart archive entries over ${maxEntry} bytes are not read`);
    try {
        for await (const entry of extract) {
            const name = external_node_path_.posix.normalize(entry.header.name.replace(/^\.?\/+/, ''));
            const type = entry.header.type;
            if ((type !== 'file' && type !== 'contiguous-file' && type != null) || !isChartEntry(name)) {
                entry.resume();
                continue;
            }
            if ((entry.header.size ?? 0) > maxEntry)
                throw tooBig(name, entry.header.size ?? 0);
            const parts = [];
            let size = 0;
            for await (const chunk of entry) {
                size += chunk.length;
                // The header's size is trusted only as far as the bytes bear it out.
                if (size > maxEntry)
                    throw tooBig(name, size);
                parts.push(chunk);
            }
            files.set(name, Buffer.concat(parts));
        }
        if (failure)
            throw failure;
    }
    catch (err) {
        if (err instanceof errors/* ConfigurationError */.j1)
            throw err;
        const why = (failure ?? err).message;
        throw (0,errors/* badInput */.AN)(input, display, `not a readable chart archive (${why})`);
    }
    finally {
        source.destroy();
        gunzip.destroy();
        extract.destroy();
    }
    return files;
}
/** The chart inside an archive: the shallowest folder holding a Chart.yaml (`foo/` as helm packs it). */
function archiveSource(files, display, input, maxEntry, root) {
    const prefix = root ??
        [...files.keys()]
            .filter(n => n === 'Chart.yaml' || n.endsWith('/Chart.yaml'))
            .map(n => n.slice(0, -'Chart.yaml'.length))
            .sort((a, b) => a.split('/').length - b.split('/').length || (0,compare/* compareText */.n)(a, b))[0];
    if (prefix === undefined)
        throw (0,errors/* badInput */.AN)(input, display, 'the chart archive has no Chart.yaml');
    const under = (dir) => [...files.keys()].filter(n => n.startsWith(prefix + dir)).sort();
    return {
        display: r => `${display}:${prefix}${r}`,
        read: r => files.get(prefix + r)?.toString('utf8'),
        templates: () => under('templates/').map(n => n.slice(prefix.length)),
        subcharts: async () => {
            const out = [];
            const names = new Set(under('charts/').map(n => n.slice(prefix.length + 'charts/'.length).split('/')[0]));
            for (const name of [...names].sort((a, b) => (0,compare/* compareText */.n)(a, b))) {
                const at = `${prefix}charts/${name}`;
                if (files.has(`${at}/Chart.yaml`)) {
                    out.push(archiveSource(files, display, input, maxEntry, `${at}/`));
                }
                else if (name.endsWith('.tgz') && files.has(at)) {
                    const inner = `${display}:${at}`;
                    const nested = await readChartArchive(external_node_stream_.Readable.from([files.get(at)]), inner, input, maxEntry);
                    out.push(archiveSource(nested, inner, input, maxEntry));
                }
            }
            return out;
        }
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/lib/verify/scan/types.ts
var types = __webpack_require__(1583);
;// CONCATENATED MODULE: ./actions/lib/verify/scan/template.ts

// Helm templates are not YAML until rendered, so they are read line by line.
const IMAGE_LINE = /^\s*(?:-\s+)?image:\s*(.*?)\s*$/;
const SELECTOR_LINE = /^\s*(?:-\s+)?["']?((?:beta\.)?kubernetes\.io\/arch)["']?\s*:\s*["']?([A-Za-z0-9_.-]+)["']?\s*(?:#.*)?$/;
const KEY_LINE = /^(\s*)(?:-\s+)?key:\s*["']?((?:beta\.)?kubernetes\.io\/arch)["']?\s*(?:#.*)?$/;
const OPERATOR_LINE = /^\s*(?:-\s+)?operator:\s*["']?(\w+)["']?/;
const VALUES_INLINE = /^\s*(?:-\s+)?values:\s*\[([^\]]*)\]/;
const VALUES_BLOCK = /^\s*(?:-\s+)?values:\s*(?:#.*)?$/;
const LIST_ITEM = /^\s*-\s+["']?([A-Za-z0-9_.-]+)["']?\s*(?:#.*)?$/;
const AFFINITY_KIND = /(required|preferred)DuringScheduling/;
function unquote(s) {
    const t = s.replace(/\s+#.*$/, '').trim();
    if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))
        return t.slice(1, -1).trim();
    return t;
}
/** Literal `image:` lines (those with no templating) in a template or any YAML-like text. */
function scanTemplateImages(text, file) {
    const out = [];
    text.split(/\r?\n/).forEach((line, i) => {
        const m = IMAGE_LINE.exec(line);
        if (!m)
            return;
        const value = unquote(m[1]);
        // `image:` followed by a block (registry/repository/tag) or templating is not a literal.
        if (!value || (0,types/* isTemplated */.dw)(value) || value === '|' || value === '>' || /\s/.test(value))
            return;
        out.push({ reference: value, source: { file, line: i + 1 }, how: 'template' });
    });
    return out;
}
/** Arch pins in template text: `kubernetes.io/arch: amd64` and `key: kubernetes.io/arch` expressions. */
function scanTemplatePins(text, file) {
    const lines = text.split(/\r?\n/);
    const pins = [];
    let affinity;
    lines.forEach((line, i) => {
        const kind = AFFINITY_KIND.exec(line);
        if (kind)
            affinity = kind[1];
        const sel = SELECTOR_LINE.exec(line);
        if (sel && !(0,types/* isTemplated */.dw)(line)) {
            pins.push({ file, line: i + 1, key: sel[1], kind: 'nodeSelector', values: [sel[2]] });
            return;
        }
        const key = KEY_LINE.exec(line);
        if (!key || affinity === 'preferred' || !types/* ARCH_LABELS */.ff.has(key[2]))
            return;
        let op;
        let values;
        // The operator and values sit beside the key, within a few lines.
        for (let j = i + 1; j < Math.min(lines.length, i + 12) && (!op || !values); j++) {
            const l = lines[j];
            if (KEY_LINE.test(l) || /^\s*-\s+key:/.test(l))
                break;
            const o = OPERATOR_LINE.exec(l);
            if (o)
                op = o[1];
            const inline = VALUES_INLINE.exec(l);
            if (inline)
                values = inline[1].split(',').map(unquote).filter(Boolean);
            else if (VALUES_BLOCK.test(l)) {
                values = [];
                for (let k = j + 1; k < lines.length; k++) {
                    const item = LIST_ITEM.exec(lines[k]);
                    if (!item)
                        break;
                    values.push(item[1]);
                    j = k;
                }
            }
        }
        if ((op === 'In' || op === 'NotIn') && values && !values.some(types/* isTemplated */.dw)) {
            pins.push({ file, line: i + 1, key: key[2], kind: op, values });
        }
    });
    return pins;
}

// EXTERNAL MODULE: ./actions/lib/verify/scan/yaml.ts
var yaml = __webpack_require__(1019);
;// CONCATENATED MODULE: ./actions/lib/verify/scan/chart.ts










const CHART_INPUT = specs_generated/* VERIFY_PLATFORMS */.hP.inputs.chart.name;
const IMAGES_ANNOTATION = 'helm.sh/images';
/**
 * Every image a chart and its subcharts under `charts/` (unpacked directories and packed
 * `.tgz`, recursively) name statically: the `helm.sh/images` annotation, `images.txt`, image
 * blocks in `values.yaml` (with the parents' overrides applied), and literal `image:` lines in
 * templates. Arch pins in values and templates come along.
 */
async function scanChart(chartDir, opts = {}) {
    const cwd = opts.cwd ?? process.cwd();
    const input = opts.input ?? CHART_INPUT;
    const dir = chartDirectory(chartDir, cwd, input);
    const source = directorySource(dir, cwd, input, opts.maxArchiveEntry ?? MAX_CHART_ENTRY_BYTES);
    return scanChartSource(source, { input, overrides: [], globals: [], consumed: new Set(), path: [] });
}
/**
 * The chart folder, absolute: a readable folder holding a Chart.yaml file. A folder that
 * cannot be read says so (it is not "no Chart.yaml").
 */
function chartDirectory(chartDir, cwd, input = CHART_INPUT) {
    const dir = external_node_path_.resolve(cwd, chartDir);
    return (0,paths/* withPathErrors */.N8)(input, chartDir, () => {
        const st = external_node_fs_.statSync(dir);
        if (!st.isDirectory())
            throw (0,errors/* badInput */.AN)(input, chartDir, 'it is a file; a chart folder is needed');
        external_node_fs_.accessSync(dir, external_node_fs_.constants.R_OK | external_node_fs_.constants.X_OK);
        external_node_fs_.readdirSync(dir);
        const chart = external_node_fs_.statSync(external_node_path_.join(dir, 'Chart.yaml'), { throwIfNoEntry: false });
        if (!chart)
            throw (0,errors/* badInput */.AN)(input, chartDir, 'it has no Chart.yaml');
        if (!chart.isFile())
            throw (0,errors/* badInput */.AN)(input, `${chartDir}/Chart.yaml`, 'it is not a regular file');
        return dir;
    });
}
function parseIn(source, file, warnings) {
    const text = source.read(file);
    if (text === undefined)
        return undefined;
    const parsed = (0,yaml/* parseYamlText */.cd)(text, source.display(file));
    warnings.push(...parsed.warnings);
    return parsed;
}
/** The images a chart lists for itself: the `helm.sh/images` annotation and `images.txt`. */
function declaredImages(source, warnings = [], chart = parseIn(source, 'Chart.yaml', warnings)) {
    const name = (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(rootMap(chart) ?? new dist/* YAMLMap */.CA(), 'name'));
    const out = chart ? annotationImages(chart, source.display('Chart.yaml'), warnings) : [];
    const imagesTxt = source.read('images.txt');
    if (imagesTxt !== undefined)
        out.push(...listImages(imagesTxt, source.display('images.txt')));
    return out.map(i => ({ ...i, ...(name ? { chart: name } : {}) }));
}
function rootMap(parsed) {
    const root = parsed?.docs[0]?.contents;
    return (0,dist/* isMap */.jh)(root) ? root : undefined;
}
/** The key a parent's values use for each dependency: its alias, else its name. */
function dependencyKeys(chartMap) {
    const keys = new Map();
    const deps = chartMap && (0,yaml/* mapGet */.ZX)(chartMap, 'dependencies');
    if (!(0,dist/* isSeq */.oP)(deps))
        return keys;
    for (const d of deps.items) {
        if (!(0,dist/* isMap */.jh)(d))
            continue;
        const name = (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(d, 'name'));
        if (name)
            keys.set(name, (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(d, 'alias')) ?? name);
    }
    return keys;
}
async function scanChartSource(source, ctx) {
    const result = (0,types/* emptyScan */.$6)();
    const chart = parseIn(source, 'Chart.yaml', result.warnings);
    const chartMap = rootMap(chart);
    const appVersion = chartMap ? (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(chartMap, 'appVersion')) : undefined;
    const name = (chartMap && (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(chartMap, 'name'))) ?? '?';
    const here = [...ctx.path, name];
    result.images.push(...declaredImages(source, result.warnings, chart));
    const templates = source.templates().map(t => ({ file: source.display(t), text: source.read(t) ?? '' }));
    const values = parseIn(source, 'values.yaml', result.warnings);
    const valuesMap = rootMap(values);
    const valuesFile = source.display('values.yaml');
    const own = values && valuesMap ? [{ map: valuesMap, parsed: values, file: valuesFile }] : [];
    // Helm coalesces globals downward with the parent winning, so the outermost is looked at first.
    const globals = [...ctx.globals, ...ctx.overrides.flatMap(globalOf), ...globalOf(own[0])];
    // Subcharts first: they mark the overrides they apply, which this chart then leaves out.
    const keys = dependencyKeys(chartMap);
    const subResults = [];
    for (const sub of await source.subcharts()) {
        const subName = (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(rootMap(parseIn(sub, 'Chart.yaml', [])) ?? new dist/* YAMLMap */.CA(), 'name'));
        const key = (subName && keys.get(subName)) ?? subName;
        const down = (layers) => key
            ? layers.flatMap(l => {
                const m = (0,yaml/* mapGet */.ZX)(l.map, key);
                return (0,dist/* isMap */.jh)(m) ? [{ ...l, map: m }] : [];
            })
            : [];
        subResults.push(await scanChartSource(sub, {
            ...ctx,
            overrides: down([...ctx.overrides, ...own]),
            globals,
            path: here
        }));
    }
    if (values) {
        // A chart whose templates read `global.imageRegistry` uses it when a block names no registry.
        const usesGlobal = templates.some(t => /\.Values\.global\.imageRegistry\b/.test(t.text));
        const globalRegistry = usesGlobal ? lookup(globals, ['imageRegistry']) : undefined;
        result.images.push(...valuesImages(values, valuesFile, appVersion, {
            overrides: ctx.overrides,
            globalRegistry,
            consumed: ctx.consumed
        }));
        result.pins.push(...(0,yaml/* findYamlPins */.zF)(values, valuesFile));
    }
    for (const t of templates) {
        result.images.push(...scanTemplateImages(t.text, t.file));
        result.pins.push(...scanTemplatePins(t.text, t.file));
    }
    result.images = result.images.map(i => ({ ...i, chart: here.join('/') }));
    subResults.forEach(r => (0,types/* mergeScans */.VX)(result, r));
    return result;
}
function globalOf(layer) {
    const g = layer && (0,yaml/* mapGet */.ZX)(layer.map, 'global');
    return layer && (0,dist/* isMap */.jh)(g) ? [{ ...layer, map: g }] : [];
}
/** The node at `keys` below a layer's map, following maps only. */
function at(layer, keys) {
    let map = layer.map;
    for (let i = 0; i < keys.length; i++) {
        const pair = map.items.find(p => (0,dist/* isPair */.tO)(p) && (0,yaml/* scalarText */.ws)(p.key) === keys[i]);
        if (!pair)
            return undefined;
        if (i === keys.length - 1)
            return { node: pair.value, key: pair.key, layer };
        if (!(0,dist/* isMap */.jh)(pair.value))
            return undefined;
        map = pair.value;
    }
    return undefined;
}
/** The outermost layer that sets `keys`; a null there unsets it, as in Helm. */
function lookup(layers, keys) {
    for (const l of layers) {
        const f = at(l, keys);
        if (f)
            return f;
    }
    return undefined;
}
/** The `helm.sh/images` annotation: a YAML string holding a list of {name, image}. */
function annotationImages(chart, file, warnings) {
    const root = chart.docs[0]?.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return [];
    const annotations = (0,yaml/* mapGet */.ZX)(root, 'annotations');
    if (!(0,dist/* isMap */.jh)(annotations))
        return [];
    const node = (0,yaml/* mapGet */.ZX)(annotations, IMAGES_ANNOTATION);
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
        return [];
    const inner = (0,yaml/* parseYamlText */.cd)(node.value, `${file} (annotation ${IMAGES_ANNOTATION})`);
    warnings.push(...inner.warnings);
    const list = inner.docs[0]?.contents;
    if (!(0,dist/* isSeq */.oP)(list))
        return [];
    const [start, , end] = node.range ?? [0, 0, chart.text.length];
    const slice = chart.text.slice(start, end);
    const out = [];
    let from = 0;
    for (const item of list.items) {
        const image = (0,dist/* isMap */.jh)(item) ? (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(item, 'image')) : (0,yaml/* scalarText */.ws)(item);
        if (!image || (0,types/* isTemplated */.dw)(image))
            continue;
        // Locate the entry in the outer file so the line is the one a person would edit.
        const at = slice.indexOf(image, from);
        const line = at >= 0 ? chart.lines.linePos(start + at).line : (0,yaml/* lineOf */.cA)(chart.lines, node);
        if (at >= 0)
            from = at + image.length;
        out.push({ reference: image, source: { file, line }, how: 'annotation' });
    }
    return out;
}
/** One reference per line; `#` comments and blank lines are skipped. */
function listImages(text, file) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line)
            out.push({ reference: line, source: { file, line: i + 1 }, how: 'images.txt' });
    });
    return out;
}
function isImageKey(key) {
    return key === 'image' || /[a-z]Image$/.test(key);
}
const FIELDS = ['registry', 'repository', 'repo', 'tag', 'digest'];
/**
 * `image: "x:y"` strings and `image: {registry, repository|repo, tag, digest}` blocks. An
 * empty tag means the chart's appVersion, as most charts' templates default it. Parents'
 * overrides replace fields of a block; the reference is then the effective one, `written`
 * keeps the chart's own and `overrides` the parents' file:line.
 */
function valuesImages(values, file, appVersion, ctx = {}) {
    const out = [];
    const layers = ctx.overrides ?? [];
    for (const doc of values.docs) {
        (0,yaml/* walkPairs */.j5)(doc.contents, (key, value, keyNode, _parent, ancestors) => {
            if (!isImageKey(key) || ctx.consumed?.has(value))
                return;
            const source = { file, line: (0,yaml/* lineOf */.cA)(values.lines, keyNode) };
            const written = (0,dist/* isScalar */.jn)(value)
                ? plainImage(value)
                : (0,dist/* isMap */.jh)(value)
                    ? imageBlock(value, appVersion)
                    : undefined;
            const keys = [...ancestors, key];
            // Overrides follow maps only: a block inside a list (`at` finds no such path) keeps its own values.
            const here = doc.contents && at({ map: doc.contents, parsed: values, file }, keys);
            const matched = here?.node === value ? overrideFields(layers, keys) : [];
            for (const l of here?.node === value ? layers : []) {
                const n = at(l, keys)?.node;
                if (n)
                    ctx.consumed?.add(n);
            }
            // A parent repeating the chart's own value changes nothing worth pointing at.
            const applied = matched.filter(f => !f.field || (0,yaml/* scalarText */.ws)(f.found.node) !== fieldOf(value, [], f.field));
            const whole = applied.find(f => f.field === undefined);
            const block = !whole && ((0,dist/* isMap */.jh)(value) || applied.length > 0);
            const registry = block && !fieldOf(value, applied, 'registry') && (0,yaml/* scalarText */.ws)(ctx.globalRegistry?.node)
                ? [ctx.globalRegistry]
                : [];
            if (!applied.length && !registry.length) {
                if (written)
                    out.push({ reference: written, source, how: 'values' });
                return;
            }
            let effective;
            if (whole)
                effective = (0,dist/* isScalar */.jn)(whole.found.node) ? plainImage(whole.found.node) : undefined;
            else {
                const get = (k) => k === 'registry' && registry.length ? (0,yaml/* scalarText */.ws)(registry[0].node) : fieldOf(value, applied, k);
                effective = composeImage(get, appVersion);
            }
            if (!effective)
                return;
            const from = [...applied.map(f => f.found), ...registry];
            const overrides = from
                .map(f => ({ file: f.layer.file, line: (0,yaml/* lineOf */.cA)(f.layer.parsed.lines, f.key) }))
                .filter((l, i, all) => all.findIndex(m => m.file === l.file && m.line === l.line) === i);
            out.push({
                reference: effective,
                source,
                how: 'values',
                ...(written && written !== effective ? { written } : {}),
                overrides
            });
        });
    }
    return out;
}
/** Fields of the block at `keys` that the parents set, the outermost winning per field. */
function overrideFields(layers, keys) {
    const whole = lookup(layers, keys);
    if (!whole)
        return [];
    if (!(0,dist/* isMap */.jh)(whole.node))
        return [{ found: whole }];
    const applied = [];
    for (const field of FIELDS) {
        const found = lookup(layers, [...keys, field]);
        if (found)
            applied.push({ field, found });
    }
    return applied;
}
/** A field as overridden, else as the chart's own block has it. */
function fieldOf(own, applied, field) {
    const o = applied.find(a => a.field === field);
    if (o)
        return (0,yaml/* scalarText */.ws)(o.found.node);
    return (0,dist/* isMap */.jh)(own) ? (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(own, field)) : undefined;
}
function plainImage(node) {
    const s = (0,yaml/* scalarText */.ws)(node);
    return s && !(0,types/* isTemplated */.dw)(s) && !/\s/.test(s) ? s : undefined;
}
function imageBlock(map, appVersion) {
    return composeImage(k => (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(map, k)), appVersion);
}
function composeImage(get, appVersion) {
    const repository = get('repository') ?? get('repo');
    if (!repository || (0,types/* isTemplated */.dw)(repository))
        return undefined;
    const registry = (get('registry') ?? '').replace(/\/+$/, '');
    const tag = get('tag') || appVersion;
    const digest = get('digest');
    if ([registry, tag ?? '', digest ?? ''].some(types/* isTemplated */.dw))
        return undefined;
    let ref = registry ? `${registry}/${repository}` : repository;
    if (tag)
        ref += `:${tag}`;
    if (digest)
        ref += `@${digest}`;
    return ref;
}

;// CONCATENATED MODULE: ./actions/lib/verify/scan/semver.ts
// The subset of semver ranges that Chart.yaml `kubeVersion` and dependency `version` fields use
// (helm's Masterminds/semver): `||` alternatives of space- or comma-separated comparisons
// (=, !=, >, >=, <, <=, ~, ~>, ^), hyphen ranges and x/* wildcards. Prereleases are ignored.
/** Orders versions: negative when `a` comes first. */
function compareVersions(a, b) {
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
const cmp = compareVersions;
/** `v1.34.0-0` → [1, 34, 0] and how many parts were given (wildcards end the count). */
function parsePartial(s) {
    const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:[-+].*)?$/.exec(s.trim());
    if (!m)
        return undefined;
    const parts = [m[1], m[2], m[3]];
    let given = 0;
    while (given < 3 && parts[given] !== undefined && /^\d+$/.test(parts[given]))
        given++;
    const v = parts.map((p, i) => (i < given ? Number(p) : 0));
    return { v, given };
}
/** A parsed exact version, or undefined. */
function parseVersion(s) {
    const p = parsePartial(s);
    return p && p.given === 3 ? p.v : undefined;
}
function bump(v, at) {
    const out = [...v];
    out[at]++;
    for (let i = at + 1; i < 3; i++)
        out[i] = 0;
    return out;
}
function comparison(op, text) {
    const p = parsePartial(text);
    if (!p)
        return undefined;
    const { v, given } = p;
    // The first version past every version the partial one names (1.2 → 1.3.0; 1 → 2.0.0).
    const upper = given === 0 ? undefined : given === 3 ? undefined : bump(v, given - 1);
    const below = (x) => (upper ? cmp(x, upper) < 0 : cmp(x, v) <= 0);
    switch (op) {
        case '':
        case '=':
            return given === 0 ? () => true : x => cmp(x, v) >= 0 && (upper ? cmp(x, upper) < 0 : cmp(x, v) === 0);
        case '!=':
            return x => !(cmp(x, v) >= 0 && below(x));
        case '>':
            return x => (upper ? cmp(x, upper) >= 0 : cmp(x, v) > 0);
        case '>=':
            return x => cmp(x, v) >= 0;
        case '<':
            return x => cmp(x, v) < 0;
        case '<=':
        case '=<':
            return below;
        case '~':
        case '~>':
            return x => cmp(x, v) >= 0 && cmp(x, bump(v, given >= 2 ? 1 : 0)) < 0;
        case '^': {
            const at = v[0] > 0 || given < 2 ? 0 : v[1] > 0 || given < 3 ? 1 : 2;
            return x => cmp(x, v) >= 0 && cmp(x, bump(v, at)) < 0;
        }
        default:
            return undefined;
    }
}
/** Compiles a range; undefined when it is not one this subset reads. */
function parseRange(range) {
    const alternatives = [];
    for (const alt of range.split('||')) {
        const text = alt
            .trim()
            .replace(/\s+-\s+/g, ' - ')
            .replace(/(>=|<=|=<|!=|~>|[<>=~^])\s+/g, '$1');
        const words = text.split(/[\s,]+/).filter(Boolean);
        const tests = [];
        for (let i = 0; i < words.length; i++) {
            if (words[i + 1] === '-' && words[i + 2]) {
                const lo = comparison('>=', words[i]);
                const hi = comparison('<=', words[i + 2]);
                if (!lo || !hi)
                    return undefined;
                tests.push(lo, hi);
                i += 2;
                continue;
            }
            const m = /^(>=|<=|=<|!=|~>|[<>=~^]?)(.*)$/.exec(words[i]);
            const t = comparison(m[1], m[2]);
            if (!t)
                return undefined;
            tests.push(t);
        }
        alternatives.push(tests);
    }
    return version => {
        const v = parseVersion(version);
        return !!v && alternatives.some(tests => tests.every(t => t(v)));
    };
}

;// CONCATENATED MODULE: ./actions/lib/verify/scan/deps.ts




function chartYaml(text, display) {
    return (0,yaml/* parseYamlText */.cd)(text, display).docs[0]?.contents;
}
/** The dependencies a parsed Chart.yaml or requirements.yaml declares. */
function declared(root) {
    const deps = (0,dist/* isMap */.jh)(root) ? (0,yaml/* mapGet */.ZX)(root, 'dependencies') : undefined;
    if (!(0,dist/* isSeq */.oP)(deps))
        return [];
    return deps.items.filter(dist/* isMap */.jh).flatMap(d => {
        const name = (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(d, 'name'));
        if (!name)
            return [];
        const alias = (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(d, 'alias'));
        const condition = (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(d, 'condition'));
        const repository = (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(d, 'repository'));
        const version = (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(d, 'version')) ?? '';
        return [
            {
                name,
                version,
                ...(alias ? { alias } : {}),
                ...(repository ? { repository } : {}),
                ...(condition ? { condition } : {})
            }
        ];
    });
}
/** Whether a dependency's range takes a version, as helm decides it (a prerelease only when asked for). */
function accepts(range, version) {
    if (!range.trim())
        return false; // helm matches no version to an empty range
    if (/^v?\d+\.\d+\.\d+-/.test(version.trim()) && !range.includes('-'))
        return false;
    const test = parseRange(range);
    return test ? test(version) : range.trim() === version.trim();
}
function readChart(source, display) {
    const root = chartYaml(source.read('Chart.yaml') ?? '', external_node_path_.posix.join(display, source.display('Chart.yaml')));
    const name = (0,dist/* isMap */.jh)(root) ? (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(root, 'name')) : undefined;
    const version = (0,dist/* isMap */.jh)(root) ? ((0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(root, 'version')) ?? '') : '';
    return { source, root, ...(name ? { name } : {}), version };
}
/**
 * Every dependency, at any depth, that helm will not render as declared. `display` is how the
 * user names the chart folder; `chartPath` is the chart's name in rendered sources.
 */
async function dependencyProblems(source, display, chartPath, chart = readChart(source, display)) {
    const self = chartPath ?? chart.name ?? display;
    // apiVersion v1 charts list them in requirements.yaml.
    const inChart = (0,dist/* isMap */.jh)(chart.root) && (0,yaml/* mapGet */.ZX)(chart.root, 'dependencies');
    const declaredIn = inChart ? 'Chart.yaml' : 'requirements.yaml';
    const text = inChart ? '' : (source.read(declaredIn) ?? '');
    const file = external_node_path_.posix.join(display, source.display(declaredIn));
    const deps = declared(inChart ? chart.root : chartYaml(text, file));
    const subs = (await source.subcharts()).map(s => readChart(s, display)).filter(c => c.name);
    const lines = (inChart ? (source.read('Chart.yaml') ?? '') : text).split(/\r?\n/);
    const problems = [];
    const walked = new Set();
    const walk = async (c, as) => {
        if (walked.has(c))
            return;
        walked.add(c);
        problems.push(...(await dependencyProblems(c.source, display, `${self}/${as}`, c)));
    };
    for (const d of deps) {
        const named = subs.filter(c => c.name === d.name);
        const match = named.find(c => accepts(d.version, c.version));
        if (match) {
            await walk(match, d.alias ?? d.name);
            continue;
        }
        const name = d.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const line = lines.findIndex(l => new RegExp(`name:\\s*["']?${name}["']?\\s*$`).test(l)) + 1 || 1;
        problems.push({
            parent: self,
            name: d.name,
            version: d.version,
            ...(d.alias ? { alias: d.alias } : {}),
            ...(d.condition ? { condition: d.condition } : {}),
            ...(named[0] ? { found: named[0].version } : {}),
            file,
            line
        });
    }
    // A subchart that Chart.yaml does not list is rendered as it is.
    for (const c of subs)
        if (!deps.some(d => d.name === c.name))
            await walk(c, c.name);
    return problems;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./actions/lib/verify/scan/workload.ts
var workload = __webpack_require__(4313);
;// CONCATENATED MODULE: ./actions/lib/verify/scan/render.ts










const RELEASE_NAME = 'arch-actions-verify';
/** How long fetching dependencies may take in all (`helm dependency build`, then `update`). */
const DEPENDENCY_TIMEOUT_MS = 60_000;
/**
 * A Kubernetes version for `--kube-version` that satisfies the chart's `kubeVersion`: the one
 * the pinned kubectl speaks when it does, else the nearest release that does.
 */
function chooseKubeVersion(constraint, baseline = PINNED.kubectl.version) {
    const test = constraint ? parseRange(constraint) : undefined;
    if (!test || test(baseline))
        return baseline;
    const named = (constraint?.match(/\d+\.\d+(?:\.\d+)?/g) ?? []).map(v => v.split('.').length < 3 ? `${v}.0` : v);
    const minors = Array.from({ length: 30 }, (_, i) => `1.${i + 16}.0`);
    const key = (v) => parseVersion(v);
    const sorted = [...new Set([...named, ...minors])]
        .filter(v => parseVersion(v) && test(v))
        .sort((a, b) => compareVersions(key(a), key(b)));
    const base = key(baseline);
    const nextMinor = [base[0], base[1] + 1, 0];
    const above = sorted.find(v => compareVersions(key(v), nextMinor) >= 0);
    return above ?? sorted[sorted.length - 1] ?? baseline;
}
function helmTemplateArgs(o, dir = o.dir) {
    return [
        'template',
        RELEASE_NAME,
        dir,
        '--include-crds',
        '--kube-version',
        o.kubeVersion,
        ...o.values.flatMap(f => ['--values', f]),
        ...o.set.flatMap(s => ['--set', s])
    ];
}
/** helm's own error line (it is followed by a hint about --debug), else its last line. */
function helmError(res) {
    const error = res.stderr.split('\n').find(l => l.startsWith('Error:'));
    return error?.replace(/^Error:\s*/, '') || (0,core_exec/* lastLine */.fM)(res.stderr) || `exit code ${res.exitCode}`;
}
function failed(o, res) {
    return new errors/* CheckError */.tl(`helm template could not render the chart ${o.display}: ${helmError(res)}`);
}
/** A chart with only a name and version: the parent renders, and no image is made up for it. */
function writePlaceholder(dir, dep) {
    const at = external_node_path_.join(dir, 'charts', `${dep.name}-placeholder`);
    external_node_fs_.mkdirSync(at, { recursive: true });
    const version = parseVersion(dep.version) ? dep.version : '0.0.0';
    external_node_fs_.writeFileSync(external_node_path_.join(at, 'Chart.yaml'), `apiVersion: v2\nname: ${dep.name}\nversion: ${version}\n`);
}
/** `helm dependency build` (Chart.lock's versions), then `update`, both within one deadline. */
async function fetchDependencies(o, dir, exec) {
    const limit = o.dependencyTimeoutMs ?? DEPENDENCY_TIMEOUT_MS;
    const deadline = Date.now() + limit;
    let res = { exitCode: 1, stdout: '', stderr: '' };
    for (const verb of ['build', 'update']) {
        const timeoutMs = deadline - Date.now();
        if (timeoutMs <= 0)
            break;
        res = await exec(o.helm, ['dependency', verb, dir], { timeoutMs });
        if (res.exitCode === 0)
            return res;
    }
    // Killed at the deadline: name the deadline rather than a signal.
    if (Date.now() >= deadline)
        return { ...res, stderr: `Error: no answer within ${Math.round(limit / 1000)} s (no network?)\n` };
    return res;
}
function describe(p, top, fetched) {
    const parent = p.parent === top ? undefined : p.parent.slice(top.length + 1);
    let reason = p.found
        ? `charts/ holds version ${p.found}, which ${p.version ? p.version : 'a dependency with no version'} does not accept`
        : parent
            ? `not in charts/ of ${parent}, which helm renders without it` +
                (p.condition ? `; its condition ${p.condition} may turn it off anyway` : '')
            : 'not in charts/';
    // helm dependency build fetches the top chart's own only.
    const tried = parent ? undefined : fetched;
    const failure = tried && tried.exitCode !== 0 ? helmError(tried) : undefined;
    if (tried)
        reason += failure
            ? ', and helm dependency build and update could not fetch it'
            : ', still after helm dependency build';
    return {
        name: p.name,
        version: p.version,
        ...(parent ? { parent } : {}),
        reason,
        ...(failure ? { detail: failure } : {}),
        file: p.file,
        line: p.line
    };
}
/** Chart paths rendered in a version the range refuses: their documents are not the declared chart's. */
function wrongVersions(problems) {
    return problems.filter(p => p.found).map(p => `${p.parent}/${p.name}`);
}
/**
 * Renders the chart with `helm template` while its dependencies are checked at every depth.
 * When the top chart's own are missing or of a refused version, a copy of the chart gets
 * them from `helm dependency build` (it needs the network), or else a placeholder stands in
 * for each missing one, so that the parent's own images are still found.
 */
async function renderChart(o, exec = core_exec/* quietRun */.c9) {
    const stop = new AbortController();
    const firstRun = exec(o.helm, helmTemplateArgs(o), { signal: stop.signal });
    const problems = await o.dependencies(o.dir).catch(err => {
        stop.abort();
        throw err;
    });
    const top = problems[0]?.parent.split('/')[0] ?? '';
    if (!problems.some(p => p.parent === top)) {
        const first = await firstRun;
        if (first.exitCode !== 0)
            throw failed(o, first);
        return {
            text: first.stdout,
            missing: problems.map(p => describe(p, top)),
            skip: wrongVersions(problems)
        };
    }
    // The top chart's own dependencies change what is rendered: that first render is not wanted.
    stop.abort();
    await firstRun;
    const tmp = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'arch-actions-chart-'));
    try {
        const copy = external_node_path_.join(tmp, external_node_path_.basename(o.dir));
        external_node_fs_.cpSync(o.dir, copy, { recursive: true });
        const fetched = await fetchDependencies(o, copy, exec);
        const left = fetched.exitCode === 0 ? await o.dependencies(copy) : problems;
        for (const p of left)
            if (p.parent === top && !p.found)
                writePlaceholder(copy, p);
        const rendered = await exec(o.helm, helmTemplateArgs(o, copy));
        if (rendered.exitCode !== 0)
            throw failed(o, rendered);
        return {
            text: rendered.stdout,
            missing: left.map(p => describe(p, top, fetched)),
            skip: wrongVersions(left)
        };
    }
    finally {
        external_node_fs_.rmSync(tmp, { recursive: true, force: true });
    }
}
const SOURCE = /^# Source: ([^\n]+)$/m;
const CRD = /^kind:\s*["']?CustomResourceDefinition["']?\s*$/m;
/** Only a document with a container list can hold an image; the others are not parsed. */
const CONTAINERS = /\b(?:c|initC|ephemeralC)ontainers["']?\s*:/;
/** `mayastor/charts/etcd/templates/x.yaml` → chart path `mayastor/etcd`, file `charts/etcd/templates/x.yaml`. */
function sourceOf(source) {
    const parts = source.split('/');
    const chart = [parts[0]];
    for (let i = 1; i + 1 < parts.length && parts[i] === 'charts'; i += 2)
        chart.push(parts[i + 1]);
    return { chart: chart.join('/'), file: parts.slice(1).join('/') };
}
/** The 1-based line of a template that names an image (its `image:` line, env name or flag), else 1. */
function templateLine(lines, needle) {
    if (!lines)
        return 1;
    const at = needle === 'image:'
        ? lines.findIndex(l => /^\s*(?:-\s+)?image:/.test(l))
        : lines.findIndex(l => l.includes(needle));
    return at + 1 || 1;
}
/**
 * Images in `helm template` output. Each document names its template (`# Source:`); an image
 * points at that template's file and at the line that writes it. CRDs are not read.
 */
function scanRendered(text, o) {
    const result = (0,types/* emptyScan */.$6)();
    const templates = new Map();
    const skipped = (chart) => o.skip?.some(s => chart === s || chart.startsWith(`${s}/`));
    for (const part of text.split(/^---\s*$/m)) {
        const source = SOURCE.exec(part)?.[1].trim();
        if (!source || !CONTAINERS.test(part) || CRD.test(part))
            continue;
        const { chart, file } = sourceOf(source);
        if (skipped(chart))
            continue;
        const display = external_node_path_.posix.join(o.display.split(external_node_path_.sep).join('/'), file);
        const parsed = (0,yaml/* parseYamlText */.cd)(part, `${display} (rendered by helm)`);
        result.warnings.push(...parsed.warnings);
        if (!templates.has(file)) {
            let lines;
            try {
                lines = external_node_fs_.readFileSync(external_node_path_.join(o.dir, file), 'utf8').split(/\r?\n/);
            }
            catch {
                // Templates inside packed subcharts have no file to point at.
            }
            templates.set(file, lines);
        }
        for (const c of (0,workload/* containerImages */._Z)(parsed)) {
            const found = {
                reference: c.reference,
                source: { file: display, line: templateLine(templates.get(file), c.needle) },
                how: c.how === 'indirect' ? 'indirect' : 'rendered',
                chart
            };
            result.images.push(found);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./actions/lib/verify/chart.ts













const chart_IN = specs_generated/* VERIFY_PLATFORMS */.hP.inputs;
/** Refuses FIFOs, sockets and devices anywhere in the chart: helm would block reading them. */
function refuseSpecialFiles(dir, display) {
    for (const e of external_node_fs_.readdirSync(dir, { withFileTypes: true })) {
        const abs = external_node_path_.join(dir, e.name);
        const st = e.isSymbolicLink() ? external_node_fs_.statSync(abs, { throwIfNoEntry: false }) : undefined;
        const isDir = e.isDirectory() || !!st?.isDirectory();
        const isFile = e.isFile() || !!st?.isFile();
        const rel = external_node_path_.join(display, e.name);
        if (isDir && !e.isSymbolicLink())
            refuseSpecialFiles(abs, rel);
        else if (!isDir && !isFile && (!e.isSymbolicLink() || st))
            throw (0,errors/* badInput */.AN)(chart_IN.chart.name, rel, 'it is not a regular file or folder (a FIFO, socket or device)');
    }
}
function kubeVersionOf(dir, display) {
    const root = (0,yaml/* parseYamlText */.cd)((0,paths/* readInputFile */.jH)(chart_IN.chart.name, external_node_path_.join(dir, 'Chart.yaml')).toString('utf8'), display).docs[0]?.contents;
    return (0,dist/* isMap */.jh)(root) ? (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(root, 'kubeVersion')) : undefined;
}
/**
 * The images of a chart: rendered by helm when there is one (with the user's values, set and
 * kube version), else read statically and reported as not rendered.
 */
async function scanChartInput(o, deps) {
    const dir = chartDirectory(o.chart, o.cwd);
    refuseSpecialFiles(dir, o.chart);
    const values = o.values.map(v => (0,paths/* readPath */.G7)(chart_IN.values.name, external_node_path_.resolve(o.cwd, v), 'file'));
    for (const s of o.set)
        if (!s.includes('='))
            throw (0,errors/* badInput */.AN)(chart_IN.set.name, s, 'expected key=value');
    const found = await findHelm(o.helm, deps);
    if (!found.helm) {
        const scan = await scanChart(o.chart, { cwd: o.cwd });
        scan.notes.push(...found.notes, `${o.chart}: not rendered (${found.why}); its images were read statically`);
        if (values.length || o.set.length)
            scan.notes.push('values and set apply only when helm renders the chart');
        const report = {
            chart: o.chart,
            rendered: 'not rendered',
            reason: found.why,
            missingDependencies: []
        };
        return { scan, report };
    }
    const display = o.chart.replace(/\/+$/, '');
    const kubeVersion = o.kubeVersion ?? chooseKubeVersion(kubeVersionOf(dir, `${display}/Chart.yaml`));
    const dependencies = (at) => dependencyProblems(directorySource(at, at, chart_IN.chart.name, MAX_CHART_ENTRY_BYTES), display);
    const rendering = renderChart({ dir, display, helm: found.helm, values, set: o.set, kubeVersion, dependencies }, deps.exec);
    // A helm that does not run is the input's fault, and is said before any render failure.
    rendering.catch(() => undefined);
    const version = await found.version;
    const out = await rendering;
    const scan = scanRendered(out.text, { dir, display, skip: out.skip });
    scan.notes.push(...found.notes);
    if (out.missing.length) {
        // The chart's own list stands in for what could not be rendered, marked as such.
        const source = directorySource(dir, o.cwd, chart_IN.chart.name, MAX_CHART_ENTRY_BYTES);
        scan.images.push(...declaredImages(source, scan.warnings));
        for (const m of out.missing)
            scan.warnings.push({
                file: m.file,
                line: m.line,
                message: `dependency ${(0,types/* dependencyLabel */.mx)(m)} was not rendered (${m.reason}); its images are not checked`
            });
    }
    const report = {
        chart: o.chart,
        rendered: out.missing.length ? 'partly rendered' : 'rendered',
        helm: version,
        kubeVersion,
        missingDependencies: out.missing
    };
    return { scan, report };
}


/***/ }),

/***/ 4313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Z: () => (/* binding */ containerImages)
/* harmony export */ });
/* unused harmony exports looksLikeImage, isCrd */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _oci_reference__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7837);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1583);
/* harmony import */ var _yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1019);




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

/***/ 1019:
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
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_paths__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9756);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1583);



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
//# sourceMappingURL=179.index.js.map