"use strict";
exports.id = 600;
exports.ids = [600];
exports.modules = {

/***/ 12420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ writeReport)
/* harmony export */ });
/* unused harmony export REPORT_VERSION */
/* harmony import */ var _paths__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39756);
// The JSON reports of verify-platforms and run-arm64-e2e (docs/design.md, "Contracts between jobs").

/** Bumped when a field a reader relies on changes meaning or goes away (verify has its own). */
const REPORT_VERSION = 1;
/**
 * Writes `{ version, ...report }` as JSON to `file`, which the action input `input` gave
 * (checked as a path input: a regular file in an existing folder); returns the absolute path.
 */
function writeReport(file, report, input, version = REPORT_VERSION) {
    return (0,_paths__WEBPACK_IMPORTED_MODULE_0__/* .writeInputFile */ .qR)(input, file, JSON.stringify({ version, ...report }, null, 2) + '\n');
}


/***/ }),

/***/ 26707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ actionsToolCache),
/* harmony export */   LS: () => (/* binding */ PINNED),
/* harmony export */   QA: () => (/* binding */ installPinned),
/* harmony export */   hJ: () => (/* binding */ toolArch)
/* harmony export */ });
/* unused harmony exports sha256File, verifySha256 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _toolkit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83446);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43545);





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
const tc = () => Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(463), __webpack_require__.e(919), __webpack_require__.e(318), __webpack_require__.e(472)]).then(__webpack_require__.t.bind(__webpack_require__, 33472, 23));
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
    throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`kind, helm and kubectl are pinned for amd64 and arm64 runners only, not "${nodeArch}"`);
}
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Throws when a downloaded file does not have the pinned checksum; a mismatch is never cached. */
async function verifySha256(file, expected, what) {
    const got = await sha256File(file);
    if (got !== expected) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .CheckError */ .tl(`${what} failed its checksum: expected sha256 ${expected}, got ${got}`);
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
        _toolkit__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`${name} ${pin.version} (${arch}) found in the tool cache`);
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(cached, name);
    }
    const url = pin.url(arch);
    _toolkit__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Downloading ${name} ${pin.version} for ${arch} from ${url}`);
    const downloaded = await cache.downloadTool(url);
    await verifySha256(downloaded, pin.sha256[arch], `${name} ${pin.version} (${url})`);
    let binary = downloaded;
    if (name === 'helm') {
        const dir = await cache.extractTar(downloaded);
        binary = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `linux-${arch}`, 'helm');
    }
    node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync(binary, 0o755);
    const dir = await cache.cacheFile(binary, name, name, pin.version, arch);
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name);
}


/***/ }),

/***/ 86308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ findHelm),
/* harmony export */   Zb: () => (/* binding */ parseHelmChoice)
/* harmony export */ });
/* unused harmony export parseHelmVersion */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_specs_generated__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82343);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43545);
/* harmony import */ var _core_exec__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6015);
/* harmony import */ var _core_tools__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26707);






const IN = _core_specs_generated__WEBPACK_IMPORTED_MODULE_2__/* .VERIFY_PLATFORMS */ .hP.inputs;
function parseHelmChoice(value, input = IN.helm.name) {
    const v = value.trim();
    if (v === '' || v === 'pinned')
        return 'pinned';
    if (v === 'path' || v === 'none')
        return v;
    if (!node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(v) && !v.startsWith('.'))
        throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(input, value, 'expected pinned, path, none, or the path of a helm executable');
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
    if (await (deps.onPath ?? _core_exec__WEBPACK_IMPORTED_MODULE_4__/* .which */ .K7)('helm')) {
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
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(choice.file);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
            throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(IN.helm.name, choice.file, 'no such file');
        const checked = deps.exec(file, ['version']).then(res => {
            const found = res.exitCode === 0 ? parseHelmVersion(res.stdout) : undefined;
            if (found)
                return found;
            const why = (0,_core_exec__WEBPACK_IMPORTED_MODULE_4__/* .lastLine */ .fM)(res.stderr) || `exit code ${res.exitCode}, and no version printed`;
            throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(IN.helm.name, choice.file, `it does not run as helm (${why})`);
        });
        return { helm: file, version: checked, notes };
    }
    if (choice === 'path') {
        const found = await fromPath(deps, notes, `${IN.helm.name}: path was asked for`);
        if (!found.helm)
            throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(IN.helm.name, 'path', 'there is no helm on PATH');
        return found;
    }
    const env = deps.env ?? process.env;
    if (process.platform !== 'linux' || !env.RUNNER_TOOL_CACHE)
        return fromPath(deps, notes, `the pinned helm ${_core_tools__WEBPACK_IMPORTED_MODULE_5__/* .PINNED */ .LS.helm.version} is for GitHub runners`);
    try {
        const helm = await (0,_core_tools__WEBPACK_IMPORTED_MODULE_5__/* .installPinned */ .QA)('helm', (0,_core_tools__WEBPACK_IMPORTED_MODULE_5__/* .toolArch */ .hJ)(), deps.toolCache ?? _core_tools__WEBPACK_IMPORTED_MODULE_5__/* .actionsToolCache */ .CC);
        const v = version(helm, deps.exec).then(found => found ?? { version: `v${_core_tools__WEBPACK_IMPORTED_MODULE_5__/* .PINNED */ .LS.helm.version}` });
        return { helm, version: v, notes };
    }
    catch (err) {
        notes.push(`the pinned helm ${_core_tools__WEBPACK_IMPORTED_MODULE_5__/* .PINNED */ .LS.helm.version} could not be fetched: ${err.message}`);
        return fromPath(deps, notes, `the pinned helm ${_core_tools__WEBPACK_IMPORTED_MODULE_5__/* .PINNED */ .LS.helm.version} could not be fetched`);
    }
}


/***/ }),

/***/ 61600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/report.ts
var report = __webpack_require__(12420);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/core/summary.ts
var summary = __webpack_require__(87364);
// EXTERNAL MODULE: ./actions/lib/core/words.ts
var words = __webpack_require__(81125);
// EXTERNAL MODULE: ./actions/lib/verify/lint/report.ts
var lint_report = __webpack_require__(97634);
// EXTERNAL MODULE: ./actions/lib/verify/matrix.ts
var matrix = __webpack_require__(18009);
// EXTERNAL MODULE: ./actions/lib/verify/report.ts
var verify_report = __webpack_require__(46630);
;// CONCATENATED MODULE: ./actions/lib/verify/lint/summary.ts


const MARK = { error: '❌', warning: '⚠', notice: 'ℹ' };
/** The findings as a table: where, what, and the lines to write instead. */
function addLintSummary(s, findings) {
    const of = (sev) => findings.filter(f => f.severity === sev).length;
    s.addHeading('Dockerfile arch lint', 3);
    s.addRaw(`${(0,words/* count */.U)(of('error'), 'error')}, ${(0,words/* count */.U)(of('warning'), 'warning')}, ${(0,words/* count */.U)(of('notice'), 'note')}.`, true);
    const rows = findings.map(f => [
        `<code>${(0,summary/* escapeHtml */.ZD)(`${f.file}:${f.line}`)}</code>`,
        `${MARK[f.severity]} ${f.severity}`,
        `<code>${f.rule}</code>`,
        (0,summary/* escapeHtml */.ZD)(f.message),
        `<pre>${(0,summary/* escapeHtml */.ZD)(f.fix)}</pre>`
    ]);
    s.addTable((0,summary/* table */.tp)(['Where', 'Severity', 'Rule', 'Finding', 'Fix'], rows));
}

// EXTERNAL MODULE: ./actions/lib/verify/scan/types.ts
var types = __webpack_require__(61583);
// EXTERNAL MODULE: ./actions/lib/verify/verdict.ts
var verdict = __webpack_require__(74035);
;// CONCATENATED MODULE: ./actions/lib/verify/summary.ts





/** `12 rendered, 10 indirect, 1 input`: how many distinct images each way of finding gave. */
function foundCounts(result) {
    const order = ['input', ...types/* FOUND_HOW */.s4];
    return order
        .filter(h => result.found[h])
        .map(h => `${result.found[h]} ${h}`)
        .join(', ');
}
/** How the chart was read, in one line; "not rendered" says the images were read statically. */
function chartLine(result) {
    const c = result.chart;
    if (!c)
        return undefined;
    if (c.rendered === 'not rendered')
        return `Chart ${c.chart}: not rendered (${c.reason}); images read statically.`;
    // Each dependency left out has its own warning, at its Chart.yaml line: here only how many.
    const left = c.missingDependencies.length;
    return (`Chart ${c.chart}: ${c.rendered} by helm ${c.helm} for Kubernetes ${c.kubeVersion}` +
        (left ? `; ${(0,words/* count */.U)(left, 'dependency')} not rendered (their images are not checked).` : '.'));
}
function cell(i, c) {
    if (!c)
        return '–';
    if (c.outcome === 'proven') {
        const note = c.deep?.unsupported
            ? ' (layers not read)'
            : c.deep && c.deep.executables === 0
                ? ' (no executables)'
                : '';
        return `✅ L${c.level}${note}`;
    }
    if (c.outcome === 'unknown')
        return `❓ ${(0,verdict/* kindWords */.Gk)(c.unknown ?? 'error')}`;
    const what = c.status === 'wrong' ? 'wrong' : 'missing';
    return i.status === 'allowed' ? `⚠ ${what}` : `❌ ${what}`;
}
/** The matrix of images × platforms, with the reasons below it. */
function addVerifySummary(s, result) {
    // `lint: only` checks no image: the lint table is the whole summary.
    if (result.images.length || !result.findings.length)
        addImageSummary(s, result);
    if (result.findings.length)
        addLintSummary(s, result.findings);
}
function addImageSummary(s, result) {
    const c = result.outcomes;
    const asked = result.deep ? 'up to L3 (listed, configured, ELF)' : 'up to L2 (listed, configured)';
    const mark = c.missing ? '❌' : c.unknown ? '❓' : '✅';
    s.addHeading('Platform verification', 3);
    s.addRaw(`${mark} ${(0,words/* count */.U)(result.checked, 'image')} checked for ${result.platforms.map(p => `<code>${p}</code>`).join(', ')}, ${asked}: ` +
        `${c.proven} proven, ${c.missing} missing a platform, ${c.allowed} allowed, ${c.unknown} unknown. ` +
        `Levels reached: ${(0,verdict/* levelsReached */.e_)(result.images)}. Found: ${(0,summary/* escapeHtml */.ZD)(foundCounts(result)) || 'none'}.`, true);
    const unknown = (0,verdict/* unknownPhrase */.Km)(result.images);
    if (unknown)
        s.addRaw(`<p>❓ <strong>${(0,summary/* escapeHtml */.ZD)(unknown[0].toUpperCase() + unknown.slice(1))}.</strong></p>`, true);
    const chart = chartLine(result);
    if (chart)
        s.addRaw(`<p>${(0,summary/* escapeHtml */.ZD)(chart)}</p>`, true);
    const rows = result.images.map(i => [
        `<code>${(0,summary/* escapeHtml */.ZD)(i.reference)}</code>`,
        ...result.platforms.map(p => cell(i, i.platforms.find(c => c.platform === p))),
        (0,summary/* escapeHtml */.ZD)(i.sources.slice(0, 3).join(', ') + (i.sources.length > 3 ? ` (+${i.sources.length - 3})` : '')) || '–'
    ]);
    s.addTable((0,summary/* table */.tp)(['Image', ...result.platforms, 'Referenced at'], rows));
    const reasons = result.images
        .filter(i => i.status !== 'ok' || i.notes.length)
        .map(i => {
        const why = i.status === 'allowed' ? `${i.reason} — allowed: ${i.allowed?.reason}` : (i.reason ?? '');
        const resolved = i.resolved === i.reference ? '' : ` → <code>${(0,summary/* escapeHtml */.ZD)(i.resolved)}</code>`;
        return `<code>${(0,summary/* escapeHtml */.ZD)(i.reference)}</code>${resolved}: ${(0,summary/* escapeHtml */.ZD)([why, ...i.notes].filter(Boolean).join('; '))}`;
    });
    if (reasons.length) {
        s.addHeading('Reasons', 4);
        s.addList(reasons);
    }
    if (result.warnings.length) {
        s.addHeading('Not checked', 4);
        s.addList(result.warnings.map(w => `<code>${(0,summary/* escapeHtml */.ZD)(w.file)}:${w.line}</code> ${(0,summary/* escapeHtml */.ZD)(w.message)}`));
    }
    if (result.pins.length) {
        s.addHeading('Architecture pins', 4);
        s.addList(result.pins.map(p => `<code>${(0,summary/* escapeHtml */.ZD)(p.file)}:${p.line}</code> ${(0,summary/* escapeHtml */.ZD)(p.message)}`));
    }
}

// EXTERNAL MODULE: ./actions/lib/verify/verify.ts + 1 modules
var verify = __webpack_require__(60519);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __webpack_require__(98081);
// EXTERNAL MODULE: ./actions/lib/verify/helm.ts
var helm = __webpack_require__(86308);
// EXTERNAL MODULE: ./actions/lib/verify/result-cache.ts
var result_cache = __webpack_require__(64290);
// EXTERNAL MODULE: ./actions/lib/core/paths.ts
var paths = __webpack_require__(39756);
// EXTERNAL MODULE: ./actions/lib/proof/inputs.ts
var proof_inputs = __webpack_require__(47366);
;// CONCATENATED MODULE: ./actions/verify-platforms/inputs.ts










const IN = specs_generated/* VERIFY_PLATFORMS */.hP.inputs;
const OUT = specs_generated/* VERIFY_PLATFORMS */.hP.outputs;
function getInputs() {
    return {
        images: (0,inputs/* getList */.vS)(IN.images),
        chart: (0,inputs/* getString */.AA)(IN.chart),
        values: (0,inputs/* getList */.vS)(IN.values),
        set: (0,inputs/* getLines */.iv)(IN.set),
        kubeVersion: parseKubeVersion((0,inputs/* getString */.AA)(IN['kube-version'])),
        helm: (0,helm/* parseHelmChoice */.Zb)((0,inputs/* getString */.AA)(IN.helm)),
        manifests: (0,inputs/* getList */.vS)(IN.manifests),
        dockerfiles: (0,inputs/* getList */.vS)(IN.dockerfiles),
        buildArgs: Object.fromEntries((0,inputs/* parseKeyValues */.Hl)(IN['build-args'].name, (0,inputs/* getLines */.iv)(IN['build-args'])).map(kv => [kv.key, kv.value])),
        target: (0,inputs/* getString */.AA)(IN.target),
        platforms: (0,platform/* parsePlatforms */.qA)((0,inputs/* getList */.vS)(IN.platforms), IN.platforms.name),
        deep: (0,inputs/* getBool */.Jz)(IN.deep),
        allow: (0,verify/* parseAllow */.PT)((0,inputs/* getLines */.iv)(IN.allow), IN.allow.name),
        mirrors: (0,verify/* parseMirrors */.Cy)((0,inputs/* getLines */.iv)(IN['registry-mirrors']), IN['registry-mirrors'].name),
        insecureRegistries: (0,inputs/* getList */.vS)(IN['insecure-registries']),
        limits: (0,inputs/* getLimits */.pV)(IN.limits),
        failOn: (0,inputs/* getChoice */.m)(IN['fail-on']),
        lint: (0,inputs/* getChoice */.m)(IN.lint),
        lintFailOn: (0,inputs/* getChoice */.m)(IN['lint-fail-on']),
        report: (0,paths/* writePath */.Jf)(IN.report.name, (0,inputs/* getString */.AA)(IN.report) || (0,verify_report/* defaultReportPath */.j0)(), 'file'),
        concurrency: (0,inputs/* getInt */.yW)(IN.concurrency, 1, 64),
        summary: (0,inputs/* getBool */.Jz)(IN.summary),
        prComment: (0,inputs/* getBool */.Jz)(IN['pr-comment']),
        resultCache: (0,inputs/* getBool */.Jz)(IN['result-cache']),
        resultCacheDir: resultCacheDir(),
        ...proofInputs()
    };
}
function proofInputs() {
    return {
        ...(0,proof_inputs/* getSigningInputs */.b)(IN['signing-key'], IN['signing-key-password'], IN['github-token']),
        ...(0,proof_inputs/* getProofInputs */.y)(IN.proof, IN['proof-key'], undefined, {
            identity: IN['proof-identity'],
            issuer: IN['proof-issuer'],
            trustedRoot: IN['proof-trusted-root']
        })
    };
}
/** `result-cache-dir`, a folder to write (its parent must exist), or the default for where it runs. */
function resultCacheDir() {
    const given = (0,inputs/* getString */.AA)(IN['result-cache-dir']);
    return given ? (0,paths/* writePath */.Jf)(IN['result-cache-dir'].name, given, 'folder') : (0,result_cache/* defaultResultCacheDir */.aL)();
}
/** `1.34`, `v1.34.0`: what helm's --kube-version reads. */
function parseKubeVersion(value) {
    if (value && !/^v?\d+\.\d+(\.\d+)?$/.test(value))
        throw (0,errors/* badInput */.AN)(IN['kube-version'].name, value, 'expected a Kubernetes version such as 1.34 or v1.34.0');
    return value;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/oci/archive-source.ts
var archive_source = __webpack_require__(91554);
// EXTERNAL MODULE: ./actions/lib/registry/client.ts + 8 modules
var registry_client = __webpack_require__(44639);
// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __webpack_require__(67837);
// EXTERNAL MODULE: ./actions/lib/proof/write.ts
var write = __webpack_require__(45092);
// EXTERNAL MODULE: ./actions/lib/verify/comment.ts
var comment = __webpack_require__(6619);
// EXTERNAL MODULE: ./actions/lib/proof/keyless.ts
var keyless = __webpack_require__(68733);
;// CONCATENATED MODULE: ./actions/verify-platforms/main.ts





















/**
 * A line per image as it finishes, but for one that lacks a platform: its problem is told once, by
 * its annotation after the check (and a silent registry's reason by its own).
 */
function progress(i) {
    const took = `${i.durationMs} ms`;
    if (i.outcome === 'proven')
        toolkit/* info */.pq(`✅ ${i.reference} (L${i.level}, ${took})`);
    else if (i.outcome === 'unknown' && i.unknown !== 'error')
        toolkit/* info */.pq(`❓ ${i.reference}: nothing proven (${i.registry} ${(0,verdict/* kindWords */.Gk)(i.unknown ?? 'error')}, ${took})`);
}
function check(inputs, results) {
    const lintOnly = inputs.lint === 'only';
    return toolkit/* group */.Os(lintOnly ? 'Lint Dockerfiles' : 'Check images', () => (0,verify/* verifyPlatforms */.Ki)({
        images: inputs.images.map(reference => ({ reference })),
        chart: inputs.chart || undefined,
        values: inputs.values,
        set: inputs.set,
        kubeVersion: inputs.kubeVersion || undefined,
        helm: inputs.helm,
        manifests: inputs.manifests,
        dockerfiles: inputs.dockerfiles,
        buildArgs: inputs.buildArgs,
        target: inputs.target || undefined,
        lint: lintOnly ? 'only' : inputs.lint === 'true',
        cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
        platforms: inputs.platforms,
        deep: inputs.deep,
        allow: inputs.allow,
        mirrors: inputs.mirrors,
        insecureRegistries: inputs.insecureRegistries,
        limits: inputs.limits,
        concurrency: inputs.concurrency,
        proof: { mode: inputs.proof, trust: { keys: inputs.proofKeys, identity: inputs.proofIdentity } },
        ...(results ? { results } : {})
    }, { onImage: progress }));
}
/**
 * A proof for each image given directly that passed and was checked here (not one a proof or the
 * results kept by digest stood in for); signed ones are attached to the index in its registry.
 */
async function prove(inputs, result) {
    const checked = result.images.filter(i => i.found.includes('input') &&
        i.status === 'ok' &&
        !i.proof &&
        !i.cached &&
        !(0,archive_source/* isLocalRef */.X9)((0,archive_source/* parseImageReference */.o_)(i.reference, specs_generated/* VERIFY_PLATFORMS */.hP.inputs.images.name)));
    if (!checked.length)
        return [];
    const client = new registry_client/* RegistryClient */.b({ insecureRegistries: inputs.insecureRegistries });
    try {
        return await toolkit/* group */.Os('Platform proofs', () => (0,write/* writeProofs */.V)(checked.map(image => ({
            image,
            attachTo: (0,reference/* parseReference */.F2)(image.normalized, specs_generated/* VERIFY_PLATFORMS */.hP.inputs.images.name)
        })), { dir: external_node_path_.dirname(inputs.report), key: inputs.signingKey, keylessToken: inputs.githubToken }, client));
    }
    finally {
        client.close();
    }
}
/** The run in one line: the images' verdict, and the lint's when it found something. */
function verdictOf(inputs, result) {
    const found = result.findings.filter(f => f.rule !== 'base-image-platform').length;
    const bad = (0,lint_report/* failing */.Jr)(result.findings, inputs.lintFailOn).length;
    const lint = found
        ? `${(0,words/* count */.U)(found, 'lint finding')}${bad ? `, ${bad} at or above ${inputs.lintFailOn}` : ''}`
        : '';
    if (inputs.lint === 'only')
        return lint || 'no lint finding';
    return [result.verdict, lint].filter(Boolean).join('; ');
}
/**
 * The results kept by digest; a run that signs the proofs of the images given directly checks those
 * each time (a proof is written only for what was checked), and keeps the rest.
 */
function resultCache(inputs) {
    if (!inputs.resultCache)
        return undefined;
    const signs = !!inputs.signingKey || (!!inputs.githubToken && (0,keyless/* keylessAvailable */.eg)());
    return new result_cache/* ResultCache */.Ai(inputs.resultCacheDir, !signs);
}
async function run() {
    const inputs = getInputs();
    const lintOnly = inputs.lint === 'only';
    const results = resultCache(inputs);
    if (results)
        await (0,result_cache/* restoreResults */.jR)(results.dir);
    const result = await check(inputs, results);
    results?.prune();
    if (results)
        await (0,result_cache/* saveResults */.Iq)(results);
    for (const note of result.notes)
        toolkit/* info */.pq(note);
    const chart = chartLine(result);
    if (chart)
        toolkit/* info */.pq(chart);
    (0,verify_report/* annotate */.fz)(result, inputs.failOn);
    (0,lint_report/* annotateFindings */.dv)(result.findings);
    const lintFailed = (0,lint_report/* lintFailure */.Qy)(result.findings, inputs.lintFailOn);
    const reportPath = (0,report/* writeReport */.u)(inputs.report, result, specs_generated/* VERIFY_PLATFORMS */.hP.inputs.report.name, verify_report/* VERIFY_REPORT_VERSION */.KG);
    const verdict = verdictOf(inputs, result);
    toolkit/* setOutput */.uH(OUT.ok, String(result.ok && !lintFailed));
    toolkit/* setOutput */.uH(OUT.verdict, verdict);
    toolkit/* setOutput */.uH(OUT.missing, JSON.stringify(result.missing));
    toolkit/* setOutput */.uH(OUT.unknown, JSON.stringify(result.unknown));
    toolkit/* setOutput */.uH(OUT.checked, String(result.checked));
    toolkit/* setOutput */.uH(OUT.findings, JSON.stringify(result.findings));
    toolkit/* setOutput */.uH(OUT.report, reportPath);
    toolkit/* setOutput */.uH(OUT.matrix, (0,matrix/* supportMatrix */.p)(result));
    const proofs = await prove(inputs, result);
    toolkit/* setOutput */.uH(OUT.proofs, JSON.stringify(proofs));
    const checked = lintOnly
        ? (0,words/* count */.U)(result.findings.length, 'lint finding')
        : `${(0,words/* count */.U)(result.checked, 'image')} checked (found: ${foundCounts(result) || 'none'})`;
    toolkit/* info */.pq(`${checked} in ${result.durationMs} ms; ${OUT.report}: ${reportPath}`);
    await (0,summary/* writeSummary */.Sy)(inputs.summary, s => addVerifySummary(s, result));
    await (0,comment/* postComment */.Gy)(inputs.prComment, inputs.githubToken, result, proofs);
    const { error, warnings } = (0,verify_report/* failureOf */.g5)(result, inputs.failOn);
    for (const w of warnings)
        toolkit/* warning */.$e(`${w} (${specs_generated/* VERIFY_PLATFORMS */.hP.inputs['fail-on'].name}: ${inputs.failOn})`);
    const failures = [lintFailed, error].filter(f => f !== undefined);
    if (failures.length > 1)
        throw new errors/* CheckError */.tl(failures.map(f => f.message).join('; '));
    if (failures.length)
        throw failures[0];
}


/***/ })

};
;
//# sourceMappingURL=600.index.js.map