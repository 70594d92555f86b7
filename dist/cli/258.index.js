"use strict";
exports.id = 258;
exports.ids = [258];
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

/***/ 48739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yo: () => (/* binding */ IMAGE_KINDS),
/* harmony export */   zG: () => (/* binding */ customResourceFields)
/* harmony export */ });
/* unused harmony export CUSTOM_RESOURCE_IMAGES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20354);


/**
 * The custom resources of well-known operators whose fields name an image the operator runs:
 * the API group of `apiVersion`, the kinds, and the path of each field below the object. Their
 * `containers` and `initContainers` lists are read as any pod spec's. To add a kind, add a line
 * here and a test on a real chart that renders one (docs/design.md, "Images in custom resources").
 */
const CUSTOM_RESOURCE_IMAGES = [
    {
        // prometheus-operator: the other kinds (ServiceMonitor, PodMonitor, Probe, PrometheusRule,
        // AlertmanagerConfig, ScrapeConfig) configure these and run no image.
        group: 'monitoring.coreos.com',
        kinds: ['Prometheus', 'PrometheusAgent', 'Alertmanager', 'ThanosRuler'],
        fields: [
            ['spec', 'image'],
            ['spec', 'thanos', 'image']
        ]
    },
    { group: 'ceph.rook.io', kinds: ['CephCluster'], fields: [['spec', 'cephVersion', 'image']] },
    {
        group: 'minio.min.io',
        kinds: ['Tenant'],
        fields: [
            ['spec', 'image'],
            ['spec', 'kes', 'image']
        ]
    },
    {
        group: 'ceph.rook.io',
        kinds: ['CephCOSIDriver'],
        fields: [
            ['spec', 'image'],
            ['spec', 'objectProvisionerImage']
        ]
    }
];
/** Kinds whose documents may name an image outside a container list (the table's, and ConfigMap). */
const IMAGE_KINDS = new Set(['ConfigMap', ...CUSTOM_RESOURCE_IMAGES.flatMap(c => c.kinds)]);
/** The image fields of an object of a listed kind, each as its value node. */
function customResourceFields(object) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(object))
        return [];
    const kind = (0,_yaml__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)((0,_yaml__WEBPACK_IMPORTED_MODULE_1__/* .mapGet */ .ZX)(object, 'kind'));
    const group = ((0,_yaml__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)((0,_yaml__WEBPACK_IMPORTED_MODULE_1__/* .mapGet */ .ZX)(object, 'apiVersion')) ?? '').split('/')[0];
    const out = [];
    for (const c of CUSTOM_RESOURCE_IMAGES) {
        if (c.group !== group || !kind || !c.kinds.includes(kind))
            continue;
        for (const field of c.fields) {
            let node = object;
            for (const key of field)
                node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? (0,_yaml__WEBPACK_IMPORTED_MODULE_1__/* .mapGet */ .ZX)(node, key) : undefined;
            if (node)
                out.push(node);
        }
    }
    return out;
}


/***/ }),

/***/ 24313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Z: () => (/* binding */ containerImages)
/* harmony export */ });
/* unused harmony exports looksLikeImage, isFullReference */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _oci_reference__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67837);
/* harmony import */ var _custom_resources__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48739);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61583);
/* harmony import */ var _yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20354);





const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/** `--engine-image`, `--image`, `-helper-image`: a flag whose value is an image. */
const IMAGE_FLAG = /^--?(?:[A-Za-z0-9][\w.-]*[-_])?image$/i;
/** `CSI_ATTACHER_IMAGE`, `OPENEBS_IO_HELPER_IMAGE`, `IMAGE`: an env variable holding an image. */
const IMAGE_ENV = /(^|_)IMAGE$/i;
/** A string that can only be an image reference: no spaces, a tag, digest or path, and it parses. */
function looksLikeImage(s) {
    if (!s || /\s|:\/\/|^[-/.$~]|[=,;"'{}()[\]]/.test(s) || (0,_types__WEBPACK_IMPORTED_MODULE_3__/* .isTemplated */ .dw)(s))
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
/**
 * A word that names an image whatever the flag or variable that holds it: a full reference, with
 * a registry host, a repository path and a tag or digest (`quay.io/org/thing:v1.2.3`). URLs, file
 * paths, versions and `host:port` addresses are not.
 */
function isFullReference(s) {
    const m = /^([^/]+)\/([^@]+?)(?::([^:/@]+))?(?:@(.+))?$/.exec(s);
    if (!m || (!m[3] && !m[4]) || !/[.:]|^localhost$/.test(m[1]) || !looksLikeImage(s))
        return false;
    // A host name with a top-level domain, or any host with a port (`127.0.0.1:5000`, `registry:5000`).
    return /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?$|^[\w.-]+:\d+$|^localhost$/i.test(m[1]);
}
/** CustomResourceDefinitions hold schemas: an `image:` key there is a field, never an image. */
function isCrd(root) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) && (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .mapGet */ .ZX)(root, 'kind')) === 'CustomResourceDefinition';
}
/** The objects of a document: kubectl reads any object with an `items` list as a list of them. */
function objectsOf(root) {
    const items = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) ? (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .mapGet */ .ZX)(root, 'items') : undefined;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(items) ? items.items.flatMap(objectsOf) : [root];
}
/** Quotes around a word, or left over from a shell line's quoting (`'run --x-image a/b:1'`). */
function unquote(s) {
    return s.replace(/^["']+|["']+$/g, '');
}
/**
 * `--x-image ref` and `--x-image=ref` in command and args, a shell line's words included, and
 * any word or flag value that is a full reference (`--some-reloader=quay.io/org/thing:v1`).
 */
function flagImages(c, parsed, out) {
    const words = [];
    for (const key of ['command', 'args']) {
        const list = (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .mapGet */ .ZX)(c, key);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(list))
            continue;
        for (const item of list.items) {
            const text = (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(item);
            if (text)
                text.split(/\s+/).forEach(word => words.push({ word, node: item }));
        }
    }
    const taken = new Set();
    const add = (value, at, needle) => out.push({ reference: value, how: 'indirect', line: (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .lineOf */ .cA)(parsed.lines, at), needle });
    words.forEach(({ word, node }, i) => {
        if (taken.has(i))
            return;
        const eq = word.indexOf('=');
        const flag = eq < 0 ? word : word.slice(0, eq);
        if (IMAGE_FLAG.test(flag)) {
            const value = unquote(eq < 0 ? (words[i + 1]?.word ?? '') : word.slice(eq + 1));
            if (eq < 0)
                taken.add(i + 1);
            if (looksLikeImage(value))
                add(value, eq < 0 ? (words[i + 1]?.node ?? node) : node, flag);
            return;
        }
        const value = unquote(eq < 0 || !flag.startsWith('-') ? word : word.slice(eq + 1));
        if (isFullReference(value))
            add(value, node, eq < 0 ? value : flag);
    });
}
function envImages(c, parsed, out) {
    const env = (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .mapGet */ .ZX)(c, 'env');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(env))
        return;
    for (const e of env.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(e))
            continue;
        const name = (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .mapGet */ .ZX)(e, 'name')) ?? '';
        const node = (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .mapGet */ .ZX)(e, 'value');
        const value = (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(node) ?? '';
        if ((IMAGE_ENV.test(name) && looksLikeImage(value)) || isFullReference(value))
            out.push({ reference: value, how: 'indirect', line: (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .lineOf */ .cA)(parsed.lines, node), needle: name });
    }
}
/**
 * Every image of `containers`, `initContainers` and `ephemeralContainers`, wherever a pod spec
 * sits (Pod, Deployment, CronJob's job template, custom workloads), and the images those
 * containers are handed in env, command or args. CRDs are skipped.
 */
function containerImages(parsed) {
    const out = [];
    for (const object of parsed.docs.flatMap(d => objectsOf(d.contents))) {
        if (isCrd(object))
            continue;
        otherImages(object, parsed, out);
        (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .walkPairs */ .j5)(object, (key, value) => {
            if (!CONTAINER_LISTS.has(key) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value))
                return;
            for (const c of value.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(c))
                    continue;
                const node = (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .mapGet */ .ZX)(c, 'image');
                const image = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) ? (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(node) : undefined;
                if (image && !(0,_types__WEBPACK_IMPORTED_MODULE_3__/* .isTemplated */ .dw)(image))
                    out.push({ reference: image, how: 'direct', line: (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .lineOf */ .cA)(parsed.lines, node), needle: 'image:' });
                envImages(c, parsed, out);
                flagImages(c, parsed, out);
            }
        });
    }
    return out;
}
/** A listed custom resource's image fields (custom-resources.ts), and ConfigMap values that are full references. */
function otherImages(object, parsed, out) {
    for (const node of (0,_custom_resources__WEBPACK_IMPORTED_MODULE_2__/* .customResourceFields */ .zG)(object)) {
        const image = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) ? (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(node) : undefined;
        if (image && looksLikeImage(image))
            out.push({
                reference: image,
                how: 'custom resource',
                line: (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .lineOf */ .cA)(parsed.lines, node),
                needle: 'image:'
            });
    }
    const data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(object) && (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .mapGet */ .ZX)(object, 'kind')) === 'ConfigMap' && (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .mapGet */ .ZX)(object, 'data');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(data))
        return;
    for (const pair of data.items) {
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) ? (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(pair.value) : undefined;
        if (value && isFullReference(value))
            out.push({
                reference: value,
                how: 'indirect',
                line: (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .lineOf */ .cA)(parsed.lines, pair.value),
                needle: (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(pair.key) ?? value
            });
    }
}


/***/ }),

/***/ 20354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zF: () => (/* binding */ findYamlPins),
  cA: () => (/* binding */ lineOf),
  ZX: () => (/* binding */ mapGet),
  BU: () => (/* binding */ parseYamlFile),
  cd: () => (/* binding */ parseYamlText),
  ws: () => (/* binding */ scalarText),
  j5: () => (/* binding */ walkPairs)
});

// UNUSED EXPORTS: indentQuotedContinuations

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./actions/lib/core/paths.ts
var paths = __webpack_require__(39756);
// EXTERNAL MODULE: ./actions/lib/verify/scan/types.ts
var types = __webpack_require__(61583);
;// CONCATENATED MODULE: ./actions/lib/verify/scan/yaml-kubectl.ts
// What kubectl (sigs.k8s.io/yaml over go-yaml v2) makes of YAML that the `yaml` package keeps
// as written: aliases, merge keys, repeated keys, and a stream of JSON objects.

/**
 * Each alias's node (the last node anchored with its name before it, in document order), and
 * whether any map has a merge key or a repeated key: one walk over the document.
 */
function inspect(doc) {
    const anchored = new Map();
    const targets = new Map();
    let rewrite = false;
    const walk = (node) => {
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = anchored.get(node.source);
            if (target)
                targets.set(node, target);
            return;
        }
        if ((0,dist/* isNode */.Ll)(node) && node.anchor)
            anchored.set(node.anchor, node);
        if ((0,dist/* isSeq */.oP)(node))
            node.items.forEach(walk);
        else if ((0,dist/* isMap */.jh)(node)) {
            const keys = new Set();
            for (const p of node.items) {
                const key = (0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : p.key;
                if (isMergeKey(p.key) || keys.has(key))
                    rewrite = true;
                keys.add(key);
                walk(p.key);
                walk(p.value);
            }
        }
    };
    walk(doc.contents);
    return { targets, rewrite };
}
/** A plain `<<` key merges (go-yaml v2); a quoted one is a key like any other. */
function isMergeKey(key) {
    return (0,dist/* isScalar */.jn)(key) && key.type === 'PLAIN' && key.value === '<<';
}
/**
 * A map's pairs as go-yaml v2 fills a Go map: in order, a merge writes its map's pairs (a list
 * of maps from the last, so the first wins among them), and a later key replaces an earlier one.
 */
function effectivePairs(items) {
    const byKey = new Map();
    const put = (p) => {
        const key = (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : p;
        byKey.delete(key);
        byKey.set(key, p);
    };
    for (const p of items) {
        if (!(0,dist/* isPair */.tO)(p) || !isMergeKey(p.key))
            put(p);
        else if ((0,dist/* isMap */.jh)(p.value))
            p.value.items.forEach(put);
        else if ((0,dist/* isSeq */.oP)(p.value))
            [...p.value.items].reverse().forEach(m => (0,dist/* isMap */.jh)(m) && m.items.forEach(put));
    }
    return [...byKey.values()];
}
/** go-yaml v2's allowed share of nodes decoded through aliases, by how many were decoded. */
function allowedAliasRatio(decoded) {
    if (decoded <= 400_000)
        return 0.99;
    if (decoded >= 4_000_000)
        return 0.1;
    return 0.99 - 0.89 * ((decoded - 400_000) / 3_600_000);
}
/**
 * Whether go-yaml v2 (kubectl) refuses the document as "excessive aliasing" (a billion laughs):
 * more than 100 of over 1,000 nodes decoded came through aliases, beyond the allowed share.
 * Counted once per node over the graph, so a bomb costs its size to judge, not its expansion.
 */
function excessiveAliasing(doc, targets) {
    const memo = new Map();
    const open = new Set();
    let viaAliases = 0;
    const decoded = (node, inAlias) => {
        const target = targets.get(node);
        if (target) {
            if (open.has(target))
                return 1;
            const n = decoded(target, true);
            if (!inAlias)
                viaAliases += n;
            return 1 + n;
        }
        const known = memo.get(node);
        if (known !== undefined && inAlias)
            return known;
        open.add(node);
        let n = 1;
        if ((0,dist/* isSeq */.oP)(node))
            for (const item of node.items)
                n += decoded(item, inAlias);
        else if ((0,dist/* isMap */.jh)(node))
            for (const p of node.items)
                n += decoded(p.key, inAlias) + decoded(p.value, inAlias);
        open.delete(node);
        if (inAlias)
            memo.set(node, n);
        return n;
    };
    const total = decoded(doc.contents, false);
    return viaAliases > 100 && total > 1000 && viaAliases / total > allowedAliasRatio(total);
}
/**
 * Rewrites a parsed document into what kubectl reads: each alias becomes its anchored node
 * (whose lines are the anchor's), merge keys are expanded and repeated keys keep the last.
 * An alias to a node that holds it is left as it is: it would never end.
 */
function resolveAsKubectl(doc) {
    const { targets, rewrite } = inspect(doc);
    // Most documents have no alias, merge key or repeated key: they are left as parsed.
    if (!targets.size && !rewrite)
        return undefined;
    if (targets.size && excessiveAliasing(doc, targets))
        return 'excessive aliasing';
    const done = new Set();
    const open = new Set();
    const resolve = (node) => {
        const target = targets.get(node);
        return target && !open.has(target) ? target : node;
    };
    const walk = (node) => {
        if (done.has(node) || !((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)))
            return;
        open.add(node);
        if ((0,dist/* isSeq */.oP)(node)) {
            node.items = node.items.map(resolve);
            node.items.forEach(walk);
        }
        else {
            for (const p of node.items) {
                p.value = resolve(p.value);
                walk(p.value);
            }
            node.items = effectivePairs(node.items);
        }
        open.delete(node);
        done.add(node);
    };
    doc.contents = resolve(doc.contents);
    walk(doc.contents);
    return undefined;
}
/**
 * Offsets of each top-level value in a stream of JSON objects (`{..}\n{..}`), which kubectl
 * reads when a file starts with `{`; undefined when the text is not such a stream.
 */
function jsonValueRanges(text) {
    if (!/^\s*\{/.test(text))
        return undefined;
    const ranges = [];
    let depth = 0;
    let start = -1;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (depth === 0 && /\s/.test(ch))
            continue;
        if (depth === 0) {
            if (ch !== '{' && ch !== '[')
                return undefined;
            start = i;
        }
        if (ch === '"')
            i = stringEnd(text, i);
        else if (ch === '{' || ch === '[')
            depth++;
        else if (ch === '}' || ch === ']')
            depth--;
        if (i < 0 || depth < 0)
            return undefined;
        if (depth === 0)
            ranges.push([start, i + 1]);
    }
    return depth === 0 && ranges.length > 1 ? ranges : undefined;
}
/** Index of the quote that closes the JSON string opened at `from`, or -1. */
function stringEnd(text, from) {
    for (let i = from + 1; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '"')
            return i;
    }
    return -1;
}
/** Each JSON value parsed alone, at its own offsets in the whole text (so lines stay right). */
function parseJsonStream(text, ranges, options) {
    return ranges.flatMap(([start, end]) => {
        const parser = new dist/* Parser */.iX();
        parser.offset = start;
        return [...new dist/* Composer */.Dk(options).compose(parser.parse(text.slice(start, end)))];
    });
}

;// CONCATENATED MODULE: ./actions/lib/verify/scan/yaml.ts




/** Reads a file (a regular file only: a FIFO would block) and parses it as parseYamlText does. */
function parseYamlFile(absPath, display, input) {
    return parseYamlText(decodeText((0,paths/* readInputFile */.jH)(input, absPath)), display);
}
/** Text as kubectl decodes a file: UTF-16 when a byte order mark says so (Windows editors), else UTF-8. */
function decodeText(data) {
    if (data[0] === 0xff && data[1] === 0xfe)
        return data.subarray(2).toString('utf16le');
    if (data[0] !== 0xfe || data[1] !== 0xff)
        return data.toString('utf8');
    const swapped = Buffer.from(data.subarray(2, 2 + ((data.length - 2) & ~1)));
    return swapped.swap16().toString('utf16le');
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
const PARSE_OPTIONS = { uniqueKeys: false };
/** Repairs only the broken documents: the rest stay byte for byte as written. */
function repairQuotedContinuations(text, docs) {
    let repaired = '';
    let at = 0;
    for (const d of docs) {
        if (!d.errors.length)
            continue;
        repaired += text.slice(at, d.range[0]) + indentQuotedContinuations(text.slice(d.range[0], d.range[2]));
        at = d.range[2];
    }
    return repaired + text.slice(at);
}
/** Line starts of a whole text, for documents parsed piece by piece. */
function countLines(text) {
    const lines = new dist/* LineCounter */.HN();
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lines.addNewLine(i + 1);
    return lines;
}
/**
 * Parses every document in a text as kubectl would: quoted scalars continued at their key's
 * indentation are accepted, a stream of JSON objects is read one by one, aliases, merge keys
 * and repeated keys mean what they mean to kubectl, and a document that is still broken is
 * left out with a warning at its file:line, so one bad document never stops the scan.
 */
function parseYamlText(text, display) {
    let lines = new dist/* LineCounter */.HN();
    const parse = (t) => {
        const d = (0,dist.parseAllDocuments)(t, { ...PARSE_OPTIONS, lineCounter: lines });
        return Array.isArray(d) ? d : [];
    };
    let docs = parse(text);
    const json = docs.some(d => d.errors.length) ? jsonValueRanges(text) : undefined;
    if (json) {
        lines = countLines(text);
        docs = parseJsonStream(text, json, PARSE_OPTIONS);
    }
    else if (docs.some(d => d.errors.length)) {
        const repaired = repairQuotedContinuations(text, docs);
        if (repaired !== text) {
            lines = new dist/* LineCounter */.HN();
            text = repaired;
            docs = parse(text);
        }
    }
    const warnings = [];
    const refused = new Set();
    for (const doc of docs) {
        const err = doc.errors[0];
        if (!err && !resolveAsKubectl(doc))
            continue;
        if (!err) {
            // A billion laughs: kubectl refuses it, and walking it would take for ever.
            refused.add(doc);
            const line = lines.linePos(doc.contents?.range?.[0] ?? doc.range[0]).line;
            warnings.push({
                file: display,
                line,
                message: 'excessive aliasing (as kubectl says), document skipped'
            });
            continue;
        }
        const line = err.linePos?.[0]?.line ?? lines.linePos(doc.range[0]).line;
        const why = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        warnings.push({ file: display, line, message: `broken YAML, document skipped: ${why}` });
    }
    return { docs: docs.filter(d => !d.errors.length && !refused.has(d)), lines, text, warnings };
}
function lineOf(lines, node) {
    const offset = node?.range?.[0];
    return offset === undefined ? 1 : lines.linePos(offset).line;
}
/** A scalar as the user wrote it (`tag: 4.0` stays "4.0", not the number 4). */
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node))
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
        if ((0,dist/* isPair */.tO)(item) && scalarText(item.key) === key)
            return item.value;
    }
    return undefined;
}
/** Visits every key/value pair below `node`, with the keys of the maps above it. */
function walkPairs(node, visit, ancestors = []) {
    if ((0,dist/* isMap */.jh)(node)) {
        for (const item of node.items) {
            if (!(0,dist/* isPair */.tO)(item))
                continue;
            const key = scalarText(item.key) ?? '';
            visit(key, item.value ?? null, item.key, node, ancestors);
            walkPairs(item.value, visit, [...ancestors, key]);
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
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
            if (types/* ARCH_LABELS */.ff.has(key) && (0,dist/* isScalar */.jn)(value)) {
                const v = scalarText(value);
                const under = ancestors[ancestors.length - 1];
                if (v && !(0,types/* isTemplated */.dw)(v) && !NOT_SELECTORS.has(under)) {
                    pins.push({ file, line: lineOf(parsed.lines, keyNode), key, kind: 'nodeSelector', values: [v] });
                }
                return;
            }
            if (key === 'key' && (0,dist/* isScalar */.jn)(value)) {
                const label = scalarText(value) ?? '';
                if (!types/* ARCH_LABELS */.ff.has(label))
                    return;
                const op = scalarText(mapGet(parent, 'operator'));
                const values = mapGet(parent, 'values');
                if ((op === 'In' || op === 'NotIn') && (0,dist/* isSeq */.oP)(values)) {
                    const list = values.items.map(scalarText).filter((x) => !!x && !(0,types/* isTemplated */.dw)(x));
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
//# sourceMappingURL=258.index.js.map