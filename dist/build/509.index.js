"use strict";
exports.id = 509;
exports.ids = [509];
exports.modules = {

/***/ 94509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanChartInput: () => (/* binding */ scanChartInput)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/paths.ts
var paths = __webpack_require__(39756);
// EXTERNAL MODULE: ./actions/lib/core/exec.ts
var core_exec = __webpack_require__(6015);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
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
const tc = () => Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(844), __webpack_require__.e(272), __webpack_require__.e(472)]).then(__webpack_require__.t.bind(__webpack_require__, 33472, 23));
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
/** `version.BuildInfo{Version:"v4.1.4", GitCommit:"05fa379…", …, KubeClientVersion:"v1.35"}`. */
function parseHelmVersion(out) {
    const field = (name) => new RegExp(`\\b${name}:"([^"]*)"`).exec(out)?.[1];
    const version = field('Version');
    if (!version)
        return undefined;
    const commit = field('GitCommit');
    const kube = /^v?(\d+)\.(\d+)/.exec(field('KubeClientVersion') ?? '');
    return {
        version: commit ? `${version}+g${commit.slice(0, 7)}` : version,
        ...(kube ? { kubeVersion: `${kube[1]}.${kube[2]}.0` } : {})
    };
}
async function version(helm, exec) {
    const res = await exec(helm, ['version']);
    return res.exitCode === 0 ? parseHelmVersion(res.stdout) : undefined;
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
        const checked = deps.exec(file, ['version']).then(res => {
            const found = res.exitCode === 0 ? parseHelmVersion(res.stdout) : undefined;
            if (found)
                return found;
            const why = (0,core_exec/* lastLine */.fM)(res.stderr) || `exit code ${res.exitCode}, and no version printed`;
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
        const v = version(helm, deps.exec).then(found => found ?? { version: `v${PINNED.helm.version}` });
        return { helm, version: v, notes };
    }
    catch (err) {
        notes.push(`the pinned helm ${PINNED.helm.version} could not be fetched: ${err.message}`);
        return fromPath(deps, notes, `the pinned helm ${PINNED.helm.version} could not be fetched`);
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./actions/lib/core/lazy.ts
var lazy = __webpack_require__(96224);
// EXTERNAL MODULE: ./actions/lib/core/glob.ts
var glob = __webpack_require__(41236);
// EXTERNAL MODULE: ./actions/lib/core/compare.ts
var compare = __webpack_require__(39403);
;// CONCATENATED MODULE: ./actions/lib/verify/scan/chart-archive.ts









// Only a packaged chart (.tgz) is read as a tar; start-up does not load the reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tarStream = (0,lazy/* lazy */.R)(() => __webpack_require__(56118));
/** Largest archive entry read: helm refuses a chart file over 5 MiB, so a larger one never renders. */
const chart_archive_MAX_CHART_ENTRY_BYTES = 5 * 1024 * 1024;
/** What one packed chart may unpack to, its packed subcharts included: bytes held, entries seen. */
const CHART_BUDGET = { bytes: 100 * 1024 * 1024, entries: 10_000 };
// The budget an archive's files were read under: its packed subcharts draw on the same one.
const budgets = new WeakMap();
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
/**
 * How helm loads an entry of `charts/`: it follows symbolic links (a repository may link
 * `charts/library` to a sibling library chart), so they are followed here too, but for one that
 * leads back to a chart above it (`above`: their real paths). A link that cannot be read is nothing.
 */
function subchartKind(sub, above) {
    try {
        const st = external_node_fs_.statSync(sub);
        if (st.isFile())
            return sub.endsWith('.tgz') ? 'packed' : undefined;
        if (!st.isDirectory())
            return undefined;
        const real = external_node_fs_.realpathSync(sub);
        return above.some(a => a === real || a.startsWith(real + external_node_path_.sep)) ? undefined : 'folder';
    }
    catch {
        return undefined;
    }
}
function chart_archive_directorySource(dir, cwd, input, maxEntry, above = []) {
    return {
        origin: [rel(cwd, dir)],
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
            const chain = [...above, external_node_fs_.realpathSync(dir)];
            for (const name of external_node_fs_.readdirSync(charts).sort(compare/* compareText */.n)) {
                const sub = external_node_path_.join(charts, name);
                const kind = subchartKind(sub, chain);
                if (kind === 'folder' && external_node_fs_.existsSync(external_node_path_.join(sub, 'Chart.yaml'))) {
                    out.push(chart_archive_directorySource(sub, cwd, input, maxEntry, chain));
                }
                else if (kind === 'packed') {
                    const files = await readChartArchive(external_node_fs_.createReadStream(sub), rel(cwd, sub), input, maxEntry);
                    out.push(archiveSource(files, rel(cwd, sub), input, maxEntry));
                }
            }
            return out;
        }
    };
}
/**
 * Streams a packed chart (gzip + tar) and keeps only the entries `keep` names, each
 * at most `maxEntry` bytes: memory stays bounded whatever else the archive holds.
 */
async function readChartArchive(source, display, input, maxEntry = chart_archive_MAX_CHART_ENTRY_BYTES, keep = isChartEntry, budget = { ...CHART_BUDGET }) {
    const files = new Map();
    budgets.set(files, budget);
    const spent = (what) => (0,errors/* badInput */.AN)(input, display, `the chart archive holds ${what}, over what one packed chart may unpack to`);
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
            if (--budget.entries < 0)
                throw spent(`more than ${CHART_BUDGET.entries} entries`);
            const name = external_node_path_.posix.normalize(entry.header.name.replace(/^\.?\/+/, ''));
            const type = entry.header.type;
            if ((type !== 'file' && type !== 'contiguous-file' && type != null) || !keep(name)) {
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
                budget.bytes -= chunk.length;
                if (budget.bytes < 0)
                    throw spent(`more than ${CHART_BUDGET.bytes / 1024 / 1024} MiB of files`);
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
function chartRoot(files) {
    return [...files.keys()]
        .filter(n => n === 'Chart.yaml' || n.endsWith('/Chart.yaml'))
        .map(n => n.slice(0, -'Chart.yaml'.length))
        .sort((a, b) => a.split('/').length - b.split('/').length || (0,compare/* compareText */.n)(a, b))[0];
}
/**
 * Writes out a packed chart, read with every entry kept, into the folder `into`: the files of
 * the chart as helm loads them from the archive. Entries that would land outside are left out.
 */
function unpackChart(files, into, display, input) {
    const prefix = chartRoot(files);
    if (prefix === undefined)
        throw (0,errors/* badInput */.AN)(input, display, 'the chart archive has no Chart.yaml');
    for (const [name, data] of files) {
        const to = external_node_path_.join(into, name.slice(prefix.length));
        if (!name.startsWith(prefix) || !to.startsWith(into + external_node_path_.sep))
            continue;
        external_node_fs_.mkdirSync(external_node_path_.dirname(to), { recursive: true });
        external_node_fs_.writeFileSync(to, data);
    }
}
/**
 * Replaces a packed chart (in a copy) by a folder beside it, which helm loads alike; returns the
 * folder, also when an earlier call made it. Every entry is read, each at most MAX_CHART_ENTRY_BYTES.
 */
async function unpackInPlace(file, input) {
    const into = `${file.slice(0, -'.tgz'.length)}.unpacked`;
    if (external_node_fs_.existsSync(into) && !external_node_fs_.existsSync(file))
        return into;
    const files = await readChartArchive(external_node_fs_.createReadStream(file), file, input, chart_archive_MAX_CHART_ENTRY_BYTES, () => true);
    unpackChart(files, into, file, input);
    external_node_fs_.rmSync(file);
    return into;
}
/** The chart inside an archive, read from the entries `readChartArchive` kept. */
function archiveSource(files, display, input, maxEntry, root, archive = [display]) {
    const top = chartRoot(files);
    const prefix = root ?? top;
    if (prefix === undefined || top === undefined)
        throw (0,errors/* badInput */.AN)(input, display, 'the chart archive has no Chart.yaml');
    const under = (dir) => [...files.keys()].filter(n => n.startsWith(prefix + dir)).sort();
    // Where this chart is inside the archive's own chart: '' for that chart itself.
    const inner = prefix.slice(top.length).replace(/\/$/, '');
    return {
        origin: inner ? [...archive, inner] : archive,
        display: r => `${display}:${prefix}${r}`,
        read: r => files.get(prefix + r)?.toString('utf8'),
        templates: () => under('templates/').map(n => n.slice(prefix.length)),
        subcharts: async () => {
            const out = [];
            const names = new Set(under('charts/').map(n => n.slice(prefix.length + 'charts/'.length).split('/')[0]));
            for (const name of [...names].sort((a, b) => (0,compare/* compareText */.n)(a, b))) {
                const at = `${prefix}charts/${name}`;
                if (files.has(`${at}/Chart.yaml`)) {
                    out.push(archiveSource(files, display, input, maxEntry, `${at}/`, archive));
                }
                else if (name.endsWith('.tgz') && files.has(at)) {
                    const shown = `${display}:${at}`;
                    const nested = await readChartArchive(external_node_stream_.Readable.from([files.get(at)]), shown, input, maxEntry, isChartEntry, budgets.get(files));
                    const origin = [...archive, external_node_path_.posix.join(inner, 'charts', name)];
                    out.push(archiveSource(nested, shown, input, maxEntry, undefined, origin));
                }
            }
            return out;
        }
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./actions/lib/verify/scan/types.ts
var types = __webpack_require__(61583);
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

// EXTERNAL MODULE: ./actions/lib/verify/scan/yaml.ts + 1 modules
var yaml = __webpack_require__(20354);
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
    return scanChartFiles(directorySource(dir, cwd, input, opts.maxArchiveEntry ?? MAX_CHART_ENTRY_BYTES), input);
}
/** As scanChart, for a chart already opened (a folder or a packed chart). */
function scanChartFiles(source, input = CHART_INPUT) {
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
    // `maxSnapshotsOnImage: 450`, `pullImage: true`: a number or a boolean is never a reference.
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value !== 'string')
        return undefined;
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
/** Whether a version is a prerelease (`1.2.3-rc.1`): helm matches one only to a range that names one. */
function isPrerelease(s) {
    return /^v?\d+\.\d+\.\d+-/.test(s.trim());
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
    if (isPrerelease(version) && !range.includes('-'))
        return false;
    const test = parseRange(range);
    return test ? test(version) : range.trim() === version.trim();
}
function readChart(source, display) {
    const root = chartYaml(source.read('Chart.yaml') ?? '', external_node_path_.posix.join(display, source.display('Chart.yaml')));
    const name = (0,dist/* isMap */.jh)(root) ? (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(root, 'name')) : undefined;
    const version = (0,dist/* isMap */.jh)(root) ? ((0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(root, 'version')) ?? '') : '';
    const library = (0,dist/* isMap */.jh)(root) && (0,yaml/* scalarText */.ws)((0,yaml/* mapGet */.ZX)(root, 'type')) === 'library';
    return { source, root, ...(name ? { name } : {}), version, library };
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
        // A library chart of another version leaves out no object: the parent's are what helm renders.
        const match = named.find(c => accepts(d.version, c.version)) ?? named.find(c => c.library);
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
            line,
            origin: source.origin
        });
    }
    // A subchart that Chart.yaml does not list is rendered as it is.
    for (const c of subs)
        if (!deps.some(d => d.name === c.name))
            await walk(c, c.name);
    return problems;
}

;// CONCATENATED MODULE: ./actions/lib/verify/scan/keys.ts



/**
 * Sprig's `genPrivateKey "rsa"` makes a 4096-bit RSA key, and `"dsa"` new DSA parameters: a
 * random prime search that takes helm up to seconds on every render, for a Secret that holds
 * no image. Bitnami's etcd chart (bundled by Mayastor) calls it for its JWT token.
 */
const SLOW_KEY = /\bgenPrivateKey(\s+)(?:"(?:rsa|dsa)"|`(?:rsa|dsa)`)/g;
/** In the copy that is rendered, it asks for a P-256 key: made at once, a PEM private key too. */
const FAST_KEY = 'genPrivateKey$1"ecdsa"';
const keys_TEMPLATE = /\.(ya?ml|tpl)$/;
function callsSlowKey(text) {
    SLOW_KEY.lastIndex = 0;
    return SLOW_KEY.test(text);
}
/** Whether a chart read from an archive asks for a slow key, at any depth. */
async function archiveIsSlow(source) {
    if (source.templates().some(t => callsSlowKey(source.read(t) ?? '')))
        return true;
    for (const sub of await source.subcharts())
        if (await archiveIsSlow(sub))
            return true;
    return false;
}
/** Whether a packed chart asks for a slow key; only its chart files are read, as the scan reads them. */
async function packedIsSlow(file, input) {
    const files = await readChartArchive(external_node_fs_.createReadStream(file), file, input);
    return archiveIsSlow(archiveSource(files, file, input, chart_archive_MAX_CHART_ENTRY_BYTES));
}
/**
 * Walks a chart folder and its subcharts: each template file, and each packed subchart. With
 * `follow`, linked subcharts are walked as helm loads them (`subchartKind`); without, regular
 * files and folders only, for a walk that rewrites: a link may lead back into the user's chart.
 */
async function walkChart(dir, onTemplate, onPacked, follow) {
    const realDir = (p) => !!external_node_fs_.lstatSync(p, { throwIfNoEntry: false })?.isDirectory();
    const templates = external_node_path_.join(dir, 'templates');
    if (realDir(templates))
        for (const e of external_node_fs_.readdirSync(templates, { withFileTypes: true, recursive: true }))
            if (e.isFile() && keys_TEMPLATE.test(e.name))
                onTemplate(external_node_path_.join(e.parentPath ?? e.path, e.name));
    const charts = external_node_path_.join(dir, 'charts');
    if (!realDir(charts))
        return;
    const chain = follow && [...follow, external_node_fs_.realpathSync(dir)];
    for (const e of external_node_fs_.readdirSync(charts, { withFileTypes: true })) {
        const sub = external_node_path_.join(charts, e.name);
        const kind = chain
            ? subchartKind(sub, chain)
            : e.isDirectory()
                ? 'folder'
                : e.isFile()
                    ? subchartKind(sub, [])
                    : undefined;
        // onPacked may give a folder to walk: the archive unpacked.
        const walk = kind === 'folder' ? sub : kind === 'packed' ? await onPacked(sub) : undefined;
        if (walk)
            await walkChart(walk, onTemplate, onPacked, chain);
    }
}
/**
 * The templates of a chart folder that ask for a slow key, at any depth, relative to `dir`;
 * a packed subchart that holds one is named itself.
 */
async function slowKeyTemplates(dir, input) {
    const found = [];
    await walkChart(dir, file => {
        if (callsSlowKey(external_node_fs_.readFileSync(file, 'utf8')))
            found.push(external_node_path_.relative(dir, file));
    }, async (file) => {
        if (await packedIsSlow(file, input))
            found.push(external_node_path_.relative(dir, file));
        return undefined;
    }, []);
    return found;
}
/** Rewrites a chart folder's templates in place, at any depth; a packed subchart that asks
 * for a slow key is unpacked in its place first. */
async function rewriteChart(dir, input, originals) {
    const rewrite = (file) => {
        const text = external_node_fs_.readFileSync(file, 'utf8');
        if (!callsSlowKey(text))
            return;
        originals.set(file, text);
        external_node_fs_.writeFileSync(file, text.replace(SLOW_KEY, FAST_KEY));
    };
    await walkChart(dir, rewrite, async (packed) => ((await packedIsSlow(packed, input)) ? unpackInPlace(packed, input) : undefined), false);
}
function fastKeys(originals) {
    return {
        changed: originals.size,
        restore: () => originals.forEach((text, file) => external_node_fs_.writeFileSync(file, text))
    };
}
/** Makes a whole copy of a chart folder (changed in place) ask for fast keys instead of slow ones. */
async function useFastKeys(copy, input) {
    const originals = new Map();
    await rewriteChart(copy, input, originals);
    return fastKeys(originals);
}
/**
 * Builds at `dst` a chart folder that asks for fast keys, without copying `src`: it links to
 * each file and folder of `src` but for real folders down to the templates `slow` names
 * (`slowKeyTemplates`), which are copied and rewritten.
 */
async function fastKeyOverlay(src, dst, slow, input) {
    const targets = new Set(slow.map(t => external_node_path_.join(src, t)));
    const real = new Set();
    for (const t of targets)
        for (let p = external_node_path_.dirname(t); p.length > src.length; p = external_node_path_.dirname(p))
            real.add(p);
    const mirror = (from, to) => {
        external_node_fs_.mkdirSync(to);
        for (const name of external_node_fs_.readdirSync(from)) {
            const s = external_node_path_.join(from, name);
            if (real.has(s))
                mirror(s, external_node_path_.join(to, name));
            else if (targets.has(s))
                external_node_fs_.copyFileSync(s, external_node_path_.join(to, name));
            else
                external_node_fs_.symlinkSync(s, external_node_path_.join(to, name));
        }
    };
    mirror(src, dst);
    // Only the copied files are real: the rewrite walks them alone.
    const originals = new Map();
    await rewriteChart(dst, input, originals);
    return fastKeys(originals);
}

// EXTERNAL MODULE: ./actions/lib/core/limits.ts
var limits = __webpack_require__(61998);
;// CONCATENATED MODULE: ./actions/lib/core/heartbeat.ts
// Long work that prints nothing of its own (helm dependency build, helm template of a big chart)
// says every few seconds what runs and for how long, as buildx and the toolkit's groups do.

/** How often long work says it still runs. */
const HEARTBEAT_MS = 5000;
/** Runs `work`; past each interval, one line: `helm template of charts/openebs: still running (10 s)`. */
async function withHeartbeat(label, work, opts = {}) {
    const log = opts.log ?? toolkit/* info */.pq;
    const started = Date.now();
    const timer = setInterval(() => log(`${label}: still running (${Math.round((Date.now() - started) / 1000)} s)`), opts.intervalMs ?? HEARTBEAT_MS);
    timer.unref();
    try {
        return await work();
    }
    finally {
        clearInterval(timer);
    }
}

// EXTERNAL MODULE: ./actions/lib/verify/scan/custom-resources.ts
var custom_resources = __webpack_require__(48739);
// EXTERNAL MODULE: ./actions/lib/verify/scan/workload.ts
var workload = __webpack_require__(24313);
;// CONCATENATED MODULE: ./actions/lib/verify/scan/render.ts















const RELEASE_NAME = 'arch-actions-verify';
/** How long fetching dependencies may take in all (`helm dependency build`, then `update`). */
const DEPENDENCY_TIMEOUT_MS = 60_000;
/**
 * A Kubernetes version for `--kube-version` that satisfies the chart's `kubeVersion`: the
 * baseline (helm's own default, else the pinned kubectl's) when it does, else the nearest
 * release that does.
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
        ...(o.kubeVersion ? ['--kube-version', o.kubeVersion] : []),
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
    if (res.timedOut)
        return new limits/* LimitError */.oC(`helm template of the chart ${o.display}`, 'toolMs', toolMs(o), 'killed');
    return new errors/* CheckError */.tl(`helm template could not render the chart ${o.display}: ${helmError(res)}`);
}
const toolMs = (o) => o.toolMs ?? limits/* DEFAULT_LIMITS */.dR.toolMs;
/** helm template of `dir`, killed (with what it started) past the tool-timeout limit. */
const template = (o, exec, dir, signal) => withHeartbeat(`helm template of ${o.display}`, () => exec(o.helm, helmTemplateArgs(o, dir), { timeoutMs: toolMs(o), ...(signal ? { signal } : {}) }));
const MARKER = 'arch-actions-placeholder.yaml';
/**
 * A chart with only a name, a version and a marker object in place of a missing dependency:
 * the parent renders, no image is made up for it, and helm renders the marker only when the
 * dependency's condition and tags leave it on.
 */
function writePlaceholder(parent, dep) {
    const at = external_node_path_.join(parent, 'charts', `${dep.name}-placeholder`);
    external_node_fs_.mkdirSync(external_node_path_.join(at, 'templates'), { recursive: true });
    const version = parseVersion(dep.version) ? dep.version : '0.0.0';
    external_node_fs_.writeFileSync(external_node_path_.join(at, 'Chart.yaml'), `apiVersion: v2\nname: ${dep.name}\nversion: ${version}\n`);
    const marker = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: arch-actions-placeholder\n';
    external_node_fs_.writeFileSync(external_node_path_.join(at, 'templates', MARKER), marker);
}
/** The chart paths whose placeholder helm rendered: the missing dependencies that are on. */
function placeholdersOn(text) {
    const on = new Set();
    for (const m of text.matchAll(/^# Source: (.+)$/gm))
        if (m[1].endsWith(`/templates/${MARKER}`))
            on.add(sourceOf(m[1].trim()).chart);
    return on;
}
/** The folder, in a whole copy of the chart, of the chart at `origin`; packed ones on the way are unpacked. */
async function folderAt(copy, origin, input) {
    let dir = copy;
    for (const part of origin) {
        const at = external_node_path_.join(dir, part);
        dir = part.endsWith('.tgz') ? await unpackInPlace(at, input) : at;
    }
    return dir;
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
        res = await withHeartbeat(`helm dependency ${verb} of ${o.display}`, () => exec(o.helm, ['dependency', verb, dir], { timeoutMs }));
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
            ? `not in charts/ of ${parent}, which helm renders without it`
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
 * The top chart's own missing dependencies fetched with `helm dependency build` (it needs the
 * network), and a placeholder for each dependency still missing, at any depth.
 */
async function withDependencies(o, copy, problems, exec) {
    const top = problems[0]?.parent.split('/')[0] ?? '';
    const fetched = problems.some(p => p.parent === top) ? await fetchDependencies(o, copy, exec) : undefined;
    const left = fetched?.exitCode === 0 ? await o.dependencies(copy) : problems;
    for (const p of left)
        if (!p.found)
            writePlaceholder(await folderAt(copy, p.origin, o.display), p);
    return { top, fetched, left };
}
/** The dependencies not rendered that would have been: those off by their condition or tags are only noted. */
function missingOnes(o, text, deps) {
    const on = placeholdersOn(text);
    const missing = [];
    const notes = [];
    for (const p of deps.left) {
        const m = describe(p, deps.top, deps.fetched);
        if (p.found || on.has(`${p.parent}/${p.alias ?? p.name}`))
            missing.push(m);
        else
            notes.push(`${o.display}: dependency ${(0,types/* dependencyLabel */.mx)(m)} was not rendered (${m.reason}), but it is off` +
                `${p.condition ? ` (condition ${p.condition})` : ''}: helm would not render it anyway`);
    }
    return { missing, notes };
}
/** The result of a render; when it asked for fast keys and helm refused it, rendered with the chart's own. */
async function rendered(o, at, run, keys, exec) {
    let res = await run;
    const notes = [];
    if (keys?.changed && res.exitCode !== 0) {
        keys.restore();
        res = await template(o, exec, at);
    }
    else if (keys?.changed)
        notes.push(`${o.display}: ${keys.changed} template(s) rendered with genPrivateKey "ecdsa" for "rsa" or "dsa": ` +
            'that key is random, takes helm seconds to make, and holds no image');
    if (res.exitCode !== 0)
        throw failed(o, res);
    return { text: res.stdout, notes };
}
/**
 * Renders the chart with `helm template` while its dependencies are checked at every depth.
 * A template that asks for a slow key (keys.ts) is rendered from a copy that asks for a fast
 * one: links to the chart's files but for the templates rewritten. When the top chart's own
 * dependencies are missing or of a refused version, a whole copy gets them from `helm
 * dependency build` (it needs the network), or else a placeholder stands in for each missing
 * one, so that the parent's own images are still found.
 */
async function renderChart(o, exec = core_exec/* quietRun */.c9) {
    const tmp = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'arch-actions-chart-'));
    const copy = external_node_path_.join(tmp, external_node_path_.basename(o.dir));
    try {
        // Only a shortcut: what it cannot read, the dependency check reports.
        const slow = (await o.slowKeys?.(o.dir).catch(() => [])) ?? [];
        let keys = slow.length
            ? await fastKeyOverlay(o.dir, copy, slow, o.display).catch(() => undefined)
            : undefined;
        const at = keys ? copy : o.dir;
        const stop = new AbortController();
        const first = template(o, exec, at, stop.signal);
        const problems = await o.dependencies(o.dir).catch(err => {
            stop.abort();
            throw err;
        });
        const top = problems[0]?.parent.split('/')[0] ?? '';
        if (!problems.some(p => p.parent === top || !p.found)) {
            const { text, notes } = await rendered(o, at, first, keys, exec);
            return { text, missing: problems.map(p => describe(p, top)), skip: wrongVersions(problems), notes };
        }
        // Dependencies change what is rendered: that first render is not wanted.
        stop.abort();
        await first;
        // Placeholders and helm dependency build write into the copy: it is a whole one, links followed.
        external_node_fs_.rmSync(copy, { recursive: true, force: true });
        external_node_fs_.cpSync(o.dir, copy, { recursive: true, dereference: true });
        const deps = await withDependencies(o, copy, problems, exec);
        keys = await useFastKeys(copy, o.display).catch(() => undefined);
        const run = template(o, exec, copy);
        const { text, notes } = await rendered(o, copy, run, keys, exec);
        const { missing, notes: off } = missingOnes(o, text, deps);
        return { text, missing, skip: wrongVersions(deps.left), notes: [...notes, ...off] };
    }
    finally {
        external_node_fs_.rmSync(tmp, { recursive: true, force: true });
    }
}
const SOURCE = /^# Source: ([^\n]+)$/m;
const CRD = /^kind:\s*["']?CustomResourceDefinition["']?\s*$/m;
/** Only a document with a container list, a ConfigMap or a listed custom resource can hold an image. */
const CONTAINERS = /\b(?:c|initC|ephemeralC)ontainers["']?\s*:/;
const KIND = /^kind:\s*["']?(\w+)["']?\s*$/m;
const mayHoldImages = (part) => CONTAINERS.test(part) || custom_resources/* IMAGE_KINDS */.Yo.has(KIND.exec(part)?.[1] ?? '');
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
        if (!source || !mayHoldImages(part) || CRD.test(part))
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
                how: c.how === 'direct' ? 'rendered' : c.how,
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
async function openChart(o) {
    const abs = external_node_path_.resolve(o.cwd, o.chart);
    if (!(0,paths/* withPathErrors */.N8)(chart_IN.chart.name, o.chart, () => external_node_fs_.statSync(abs).isFile())) {
        const dir = chartDirectory(o.chart, o.cwd);
        refuseSpecialFiles(dir, o.chart);
        const source = chart_archive_directorySource(dir, o.cwd, chart_IN.chart.name, chart_archive_MAX_CHART_ENTRY_BYTES);
        return { dir, source, close: () => undefined };
    }
    const packed = (0,paths/* readInputFile */.jH)(chart_IN.chart.name, abs);
    // gzip's magic number: a Chart.yaml or values file given by mistake is named as such.
    if (packed[0] !== 0x1f || packed[1] !== 0x8b)
        throw (0,errors/* badInput */.AN)(chart_IN.chart.name, o.chart, 'it is a file, not a chart folder or a packed chart (.tgz)');
    const files = await readChartArchive(external_node_stream_.Readable.from([packed]), o.chart, chart_IN.chart.name, chart_archive_MAX_CHART_ENTRY_BYTES, () => true);
    const tmp = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'arch-actions-packed-'));
    const close = () => external_node_fs_.rmSync(tmp, { recursive: true, force: true });
    try {
        unpackChart(files, external_node_path_.join(tmp, 'chart'), o.chart, chart_IN.chart.name);
    }
    catch (err) {
        close();
        throw err;
    }
    const source = archiveSource(files, o.chart, chart_IN.chart.name, chart_archive_MAX_CHART_ENTRY_BYTES);
    return { dir: external_node_path_.join(tmp, 'chart'), source, close };
}
/**
 * The Kubernetes version to render for: the one asked for; else helm's own default, as a bare
 * `helm template` renders (undefined: no flag, so helm need not answer first), unless the
 * chart's `kubeVersion` refuses it, and then the nearest one it accepts.
 */
async function kubeVersionFor(o, found, constraint) {
    if (o.kubeVersion)
        return o.kubeVersion;
    if (!constraint)
        return undefined;
    const own = (await found.version?.catch(() => undefined))?.kubeVersion;
    return chooseKubeVersion(constraint, own);
}
/**
 * The images of a chart (a folder or a packed .tgz): rendered by helm when there is one (with
 * the user's values, set and kube version), else read statically and reported as not rendered.
 */
async function scanChartInput(o, deps) {
    const chart = await openChart(o);
    try {
        return await scanOpenChart(o, chart, deps);
    }
    finally {
        chart.close();
    }
}
async function scanOpenChart(o, { dir, source }, deps) {
    const values = o.values.map(v => (0,paths/* readPath */.G7)(chart_IN.values.name, external_node_path_.resolve(o.cwd, v), 'file'));
    for (const s of o.set)
        if (!s.includes('='))
            throw (0,errors/* badInput */.AN)(chart_IN.set.name, s, 'expected key=value');
    const found = await findHelm(o.helm, deps);
    if (!found.helm) {
        const scan = await scanChartFiles(source);
        // "not rendered (why)" is said once, by the chart line of the summary and the log.
        scan.notes.push(...found.notes);
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
    const kubeVersion = await kubeVersionFor(o, found, kubeVersionOf(dir, `${display}/Chart.yaml`));
    const dependencies = (at) => dependencyProblems(chart_archive_directorySource(at, at, chart_IN.chart.name, chart_archive_MAX_CHART_ENTRY_BYTES), display);
    const slowKeys = (at) => slowKeyTemplates(at, chart_IN.chart.name);
    const rendering = renderChart({
        dir,
        display,
        helm: found.helm,
        values,
        set: o.set,
        kubeVersion,
        dependencies,
        slowKeys,
        toolMs: o.toolMs
    }, deps.exec);
    // A helm that does not run is the input's fault, and is said before any render failure.
    rendering.catch(() => undefined);
    const version = (await found.version);
    const out = await rendering;
    const scan = scanRendered(out.text, { dir, display, skip: out.skip });
    scan.notes.push(...found.notes, ...out.notes);
    if (out.missing.length) {
        // The chart's own list stands in for what could not be rendered, marked as such.
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
        helm: version.version,
        kubeVersion: kubeVersion ?? version.kubeVersion ?? "helm's default",
        missingDependencies: out.missing
    };
    return { scan, report };
}


/***/ })

};
;
//# sourceMappingURL=509.index.js.map