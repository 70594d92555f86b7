"use strict";
exports.id = 352;
exports.ids = [352];
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

/***/ 22924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GV: () => (/* binding */ parityFailure),
  ye: () => (/* binding */ runContainerParity)
});

// UNUSED EXPORTS: judge, runOrder

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/exec.ts
var exec = __webpack_require__(6015);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var oci_platform = __webpack_require__(98081);
// EXTERNAL MODULE: ./actions/lib/oci/archive-source.ts
var archive_source = __webpack_require__(91554);
// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __webpack_require__(67837);
// EXTERNAL MODULE: ./actions/lib/registry/client.ts + 8 modules
var registry_client = __webpack_require__(44639);
;// CONCATENATED MODULE: ./actions/lib/e2e/container/machines.ts

// `uname -m` names only: GOARCH names (amd64, arm64) show up in ordinary output too often.
const MACHINE_RE = /(?<![A-Za-z0-9_])(x86_64|aarch64|armv8l|armv7l|armv6l|i686|i386|ppc64le|s390x|riscv64|mips64|loongarch64)(?![A-Za-z0-9_])/g;
/** Every distinct machine name an output mentions, in order. */
function machinesIn(output) {
    const seen = [];
    for (const m of output.matchAll(MACHINE_RE))
        if (!seen.includes(m[1]))
            seen.push(m[1]);
    return seen;
}
/** The machine names in `output` that do not belong to `platform`. */
function foreignMachines(output, platform) {
    return machinesIn(output).filter(m => {
        const p = (0,oci_platform/* platformFromMachine */.Bl)(m);
        // armv8l is a 64-bit CPU in 32-bit mode, which is what arm/v7 userland on arm64 reports.
        if (m === 'armv8l' && platform.architecture === 'arm')
            return false;
        if (m === 'loongarch64')
            return platform.architecture !== 'loong64';
        if (m === 'mips64')
            return platform.architecture !== 'mips64le';
        return !p || p.architecture !== platform.architecture;
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./actions/lib/e2e/container/runtime.ts



// Runtime argv (docker and podman share the flags we use) and a process with a deadline.
function pullArgs(runtime, platform, image, insecure) {
    const args = ['pull', '--platform', (0,oci_platform/* formatPlatform */.Bq)(platform)];
    if (runtime === 'podman' && insecure)
        args.push('--tls-verify=false');
    if (runtime === 'docker')
        args.push('--quiet');
    args.push(image);
    return args;
}
function runArgs(runtime, platform, image, what, name) {
    const args = ['run', '--rm', '--name', name, '--platform', (0,oci_platform/* formatPlatform */.Bq)(platform)];
    if (runtime === 'podman')
        args.push('--pull=never');
    if (what.args)
        args.push(image, ...what.args);
    else
        args.push('--entrypoint', '', image, 'sh', '-c', what.command);
    return args;
}
function removeArgs(name) {
    return ['rm', '--force', name];
}
/** Runs a process, killing it at the deadline; output is kept (bounded) for the report. */
function runTimed(tool, args, timeoutMs, onTimeout) {
    toolkit/* debug */.Yz(`exec: ${tool} ${args.map(a => JSON.stringify(a)).join(' ')}`);
    return new Promise(resolve => {
        const started = process.hrtime.bigint();
        // Its own process group, so a kill at the deadline also reaches its children.
        const child = (0,external_node_child_process_.spawn)(tool, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        const keep = (acc, chunk) => (acc.length > 65536 ? acc : acc + chunk.toString('utf8'));
        child.stdout.on('data', (c) => (stdout = keep(stdout, c)));
        child.stderr.on('data', (c) => (stderr = keep(stderr, c)));
        const timer = setTimeout(() => {
            timedOut = true;
            try {
                if (child.pid)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
            void onTimeout?.().catch(() => undefined);
        }, timeoutMs);
        const finish = (exitCode) => {
            clearTimeout(timer);
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            resolve({ exitCode, stdout, stderr, ms, timedOut });
        };
        child.on('error', err => {
            stderr += err.message;
            finish(127);
        });
        child.on('close', code => finish(code ?? 137));
    });
}

// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
;// CONCATENATED MODULE: ./actions/lib/e2e/container/start.ts
// A run whose command never started (no shell in the image, no such executable) exits alike on every
// platform, so matching exit codes prove nothing: it is a failure of its own, with the way out named.


const IN = specs_generated/* RUN_ARM64_E2E */.Mf.inputs;
/** What docker, podman, runc, crun and sh print when the process to run does not exist or cannot be executed. */
const CANNOT_START = /executable file not found|no such file or directory|: not found|permission denied|exec: .* is a directory/i;
/** The runtime's own words when it is `sh` itself that is missing. */
const NO_SHELL = /(executable file|exec:?)\W+sh\W+(not found|no such file)|["`']sh["`'].*(not found|no such file)/i;
/** True when the run exited 126 or 127 with a runtime's or shell's "cannot start" message. */
function cannotStart(run) {
    return (run.exitCode === 126 || run.exitCode === 127) && CANNOT_START.test(run.output);
}
/**
 * The problem of an image whose runs did not start, naming the platforms and the line of the
 * first such run that says why; undefined when every run started. `shell`: the runs went through `sh -c`.
 */
function startProblem(image, runs, shell, names = { command: IN.command.name, args: IN.args.name }) {
    const failed = runs.filter(cannotStart);
    if (failed.length === 0)
        return undefined;
    const first = failed[0];
    // The line that says why (docker's last line is only its help hint).
    const why = first.output.split('\n').find(l => CANNOT_START.test(l)) ?? (0,exec/* lastLine */.fM)(first.output);
    const where = `on ${failed.map(r => r.platform).join(', ')} (exit ${first.exitCode}: ${why.trim()})`;
    if (!shell) {
        return `${image}: its entrypoint cannot start ${where}; ${names.args} are passed to the image's own entrypoint as they are`;
    }
    const how = `run the image's own entrypoint with arguments and no shell: set ${names.args} ` +
        `(one argument per line) instead of ${names.command}`;
    if (NO_SHELL.test(first.output))
        return `${image}: the image has no shell: sh cannot start ${where}; ${how}`;
    return `${image}: the command cannot start ${where}; if the image has no shell, ${how}`;
}

;// CONCATENATED MODULE: ./actions/lib/e2e/container/parity.ts














function findEntry(entries, p) {
    return entries.find(e => {
        if (e.attestation)
            return false;
        const { os, architecture, variant } = e.platform;
        try {
            return (0,oci_platform/* samePlatform */.my)((0,oci_platform/* parsePlatform */.FL)(`${os}/${architecture}${variant ? '/' + variant : ''}`, 'image index'), p);
        }
        catch {
            return false;
        }
    });
}
/** Platforms in run order: the baseline first, then the others once each. */
function runOrder(platforms, baseline) {
    const out = [baseline];
    for (const p of platforms)
        if (!out.some(q => (0,oci_platform/* samePlatform */.my)(p, q)))
            out.push(p);
    return out;
}
/** Reads the platform's manifest for its size and layer count; false when it cannot. */
async function measure({ client, ref, run }, digest) {
    try {
        const manifest = await client.getImageManifest(ref, digest);
        run.layers = manifest.layers.length;
        run.size = manifest.config.size + manifest.layers.reduce((n, l) => n + (l.size ?? 0), 0);
        return true;
    }
    catch (err) {
        run.problems.push(`cannot read the ${run.platform} manifest: ${err.message}`);
        return false;
    }
}
/** Pulls the platform's own digest; false (with the reason noted) when it cannot. */
async function pull({ o, ref, platform, run }, pinned) {
    const insecure = (0,reference/* isInsecureRegistry */.y_)(ref.registry, o.insecureRegistries);
    const res = await runTimed(o.runtime, pullArgs(o.runtime, platform, pinned, insecure), o.timeout * 1000);
    run.pullSeconds = Math.round(res.ms) / 1000;
    if (res.exitCode === 0)
        return true;
    const why = res.timedOut
        ? `timed out after ${o.timeout}s`
        : (0,exec/* lastLine */.fM)(res.stderr) || `exit code ${res.exitCode}`;
    run.problems.push(`cannot pull ${pinned} for ${run.platform}: ${why}`);
    return false;
}
/** Loads the platform's image from its archive under a tag made from its digest; undefined (reason noted) when it cannot. */
async function load({ o, platform, run, local }, digest) {
    const tag = `arch-actions-e2e/${digest.slice(7, 19)}:${(0,oci_platform/* platformPair */.Mi)(platform)}`;
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'arch-e2e-load-'));
    try {
        const file = external_node_path_.join(dir, 'image.tar');
        await local.saveForLoad(digest, tag, file);
        const res = await runTimed(o.runtime, ['load', '--input', file], o.timeout * 1000);
        run.pullSeconds = Math.round(res.ms) / 1000;
        if (res.exitCode === 0)
            return tag;
        run.problems.push(`cannot load ${run.platform} of ${(0,reference/* formatReference */.FH)(local.ref)}: ${(0,exec/* lastLine */.fM)(res.stderr) || `exit code ${res.exitCode}`}`);
        return undefined;
    }
    finally {
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
    }
}
/** Notes what the run printed and how it ended: a timeout, or code of another machine. */
function record({ o, ref, platform, run }, res) {
    const output = res.stdout + '\n' + res.stderr;
    run.exitCode = res.timedOut ? undefined : res.exitCode;
    run.seconds = Math.round(res.ms) / 1000;
    run.timedOut = res.timedOut;
    run.output = (res.stdout + (res.stderr ? `\n${res.stderr}` : '')).trim().slice(0, 4000);
    run.machine = machinesIn(output)[0];
    if (res.timedOut)
        run.problems.push(`${run.platform}: the command did not finish within ${o.timeout}s (killed)`);
    const foreign = foreignMachines(output, platform);
    if (!foreign.length)
        return;
    run.machine = foreign[0];
    const expected = oci_platform/* UNAME_MACHINE */.ZC[run.platform] ?? platform.architecture;
    run.problems.push(`${(0,reference/* formatReference */.FH)(ref)} ${run.platform} runs ${foreign.join(', ')} code (expected ${expected}): ` +
        `its binaries are not built for ${run.platform}`);
}
async function runOne(o, deps, client, ref, entries, platform, local) {
    const name = (0,oci_platform/* formatPlatform */.Bq)(platform);
    const mode = (0,oci_platform/* isNative */.ib)(platform, deps.hostArch) ? 'native' : 'emulated';
    const run = { platform: name, mode, timedOut: false, output: '', ok: false, problems: [] };
    const target = { o, client, ref, platform, run, local };
    const entry = findEntry(entries, platform);
    if (!entry) {
        run.problems.push(`${(0,reference/* formatReference */.FH)(ref)} has no ${name} image`);
        return run;
    }
    run.digest = entry.digest;
    if (!(await measure(target, entry.digest)))
        return run;
    const pinned = local ? await load(target, entry.digest) : `${(0,reference/* repositoryName */.aR)(ref)}@${entry.digest}`;
    if (!pinned || (!local && !(await pull(target, pinned))))
        return run;
    const container = `arch-e2e-${(0,external_node_crypto_.randomBytes)(5).toString('hex')}`;
    const args = runArgs(o.runtime, platform, pinned, runWhat(o), container);
    try {
        const res = await runTimed(o.runtime, args, o.timeout * 1000, async () => {
            await runTimed(o.runtime, removeArgs(container), 30000);
        });
        record(target, res);
    }
    finally {
        // A loaded image is this run's own; a pulled one stays, as docker pull leaves it.
        if (local)
            await runTimed(o.runtime, ['rmi', '--force', pinned], 30000);
    }
    return run;
}
const runWhat = (o) => o.args?.length ? { args: o.args } : { command: o.command };
/** Compares every platform's run with the baseline's: same exit code, no foreign machine. */
function judge(runs, baseline, image) {
    const base = runs.find(r => r.platform === baseline);
    for (const r of runs) {
        if (r.platform !== baseline &&
            base &&
            base.exitCode !== undefined &&
            r.exitCode !== undefined &&
            r.exitCode !== base.exitCode) {
            r.problems.push(`${image} ${r.platform} exited with ${r.exitCode} where ${baseline} exited with ${base.exitCode} (parity difference)`);
        }
        if (r.platform !== baseline && base && base.exitCode === undefined && r.problems.length === 0) {
            r.problems.push(`${image} ${r.platform} cannot be compared: the ${baseline} baseline did not run`);
        }
        r.ok = r.problems.length === 0 && r.exitCode !== undefined;
    }
}
/** Runs one image on every platform in `order`, then judges the runs against the baseline. */
async function runImage(o, deps, client, ref, order) {
    const image = (0,reference/* formatReference */.FH)(ref);
    const baseline = (0,oci_platform/* formatPlatform */.Bq)(o.baseline);
    const result = { image, baseline, runs: [], ok: false, problems: [] };
    await toolkit/* group */.Os(`Parity runs of ${image}`, async () => {
        let entries;
        let local;
        try {
            // An archive on disk is read offline and loaded; nothing is asked of a registry.
            if ((0,archive_source/* isLocalRef */.X9)(ref))
                local = await archive_source/* LocalImages */["in"].open(ref);
            const inspected = await (local ?? client).inspect(ref);
            result.indexDigest = inspected.digest;
            entries = inspected.platforms;
        }
        catch (err) {
            result.problems.push(`cannot resolve ${image}: ${err.message}`);
            return;
        }
        try {
            await runAll(o, deps, { client: local ?? client, ref, entries, local }, order, result);
        }
        finally {
            local?.dispose();
        }
        judge(result.runs, baseline, image);
    });
    result.problems.push(...result.runs.flatMap(r => r.problems));
    // Runs that never started match each other and prove nothing.
    const notStarted = startProblem(image, result.runs, !runWhat(o).args, o.inputNames);
    if (notStarted) {
        result.problems.push(notStarted);
        for (const r of result.runs)
            if (cannotStart(r))
                r.ok = false;
    }
    result.ok = result.problems.length === 0 && result.runs.length === order.length;
    return result;
}
/** Runs every platform of one image in order, logging each run. */
async function runAll(o, deps, t, order, result) {
    for (const p of order) {
        const run = await runOne(o, deps, t.client, t.ref, t.entries, p, t.local);
        toolkit/* info */.pq(`${run.platform} (${run.mode}): exit ${run.exitCode ?? '–'}, machine ${run.machine ?? '–'}, ` +
            `${run.seconds?.toFixed(2) ?? '–'}s${run.problems.length ? ` — ${run.problems.join('; ')}` : ''}`);
        result.runs.push(run);
    }
}
/**
 * Level `container`: for each image, each platform (baseline first) is resolved to its own
 * digest, pulled and run with `command`; a platform fails on a different exit code than the
 * baseline or on output naming another machine. Never throws for a failed check: see `ok`.
 */
async function runContainerParity(o, deps = {}) {
    const client = deps.registry ?? new registry_client/* RegistryClient */.b({ insecureRegistries: o.insecureRegistries, limits: o.limits });
    const order = runOrder(o.platforms, o.baseline);
    const images = [];
    try {
        for (const ref of o.images)
            images.push(await runImage(o, deps, client, ref, order));
    }
    finally {
        if (!deps.registry)
            client.close();
    }
    return {
        level: 'container',
        ok: images.every(i => i.ok),
        runtime: o.runtime,
        command: o.command,
        ...(runWhat(o).args ? { args: o.args } : {}),
        baseline: (0,oci_platform/* formatPlatform */.Bq)(o.baseline),
        images,
        problems: images.flatMap(i => i.problems)
    };
}
/** The CheckError a failed parity run ends the step with. */
function parityFailure(result) {
    return new errors/* CheckError */.tl(`Parity check failed: ${result.problems.join('; ')}`);
}


/***/ }),

/***/ 71077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   Kl: () => (/* binding */ fioJobFile),
/* harmony export */   ax: () => (/* binding */ parseFio),
/* harmony export */   mp: () => (/* binding */ METRIC_INFO)
/* harmony export */ });
/* unused harmony export STANDARD_JOBS */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43545);

// fio's JSON output (--output-format=json) read into what the comparison needs, and the job
// file of the standard set both runners run.
/** The metrics of one job: throughput higher is better, latency lower is better. */
const METRICS = ['iops', 'bandwidth', 'p50', 'p99'];
const METRIC_INFO = {
    iops: { label: 'IOPS', unit: 'IO/s', better: 'higher' },
    bandwidth: { label: 'bandwidth', unit: 'MiB/s', better: 'higher' },
    p50: { label: 'p50 latency', unit: 'µs', better: 'lower' },
    p99: { label: 'p99 latency', unit: 'µs', better: 'lower' }
};
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** Options that change the numbers; where the file lives does not. */
const IGNORED_OPTIONS = new Set(['directory', 'filename', 'name']);
function options(global, own) {
    const out = {};
    for (const src of [global, own]) {
        if (!isObj(src))
            continue;
        for (const [k, v] of Object.entries(src))
            if (!IGNORED_OPTIONS.has(k))
                out[k] = String(v);
    }
    return out;
}
/** The metrics of the direction that did the I/O (the read side of a read job, and so on). */
function sideMetrics(job) {
    const sides = ['read', 'write', 'trim']
        .map(s => job[s])
        .filter(isObj)
        .filter(s => (num(s.io_bytes) ?? 0) > 0 || (num(s.total_ios) ?? 0) > 0);
    // A mixed job is measured on its busier side.
    const side = sides.sort((a, b) => (num(b.io_bytes) ?? 0) - (num(a.io_bytes) ?? 0))[0];
    if (!side)
        return {};
    const pct = isObj(side.clat_ns) && isObj(side.clat_ns.percentile) ? side.clat_ns.percentile : {};
    const m = {};
    const put = (k, v) => {
        if (v !== undefined)
            m[k] = v;
    };
    put('iops', num(side.iops));
    put('bandwidth', num(side.bw_bytes) ?? (num(side.bw) !== undefined ? num(side.bw) * 1024 : undefined));
    put('p50', num(pct['50.000000']));
    put('p99', num(pct['99.000000']));
    return m;
}
function readHost(v) {
    if (!isObj(v))
        return undefined;
    const cores = num(v.cores);
    if (typeof v.platform !== 'string' || cores === undefined)
        return undefined;
    return {
        platform: v.platform,
        cpu: typeof v.cpu === 'string' ? v.cpu : 'unknown',
        cores,
        memoryMiB: num(v.memoryMiB),
        kernel: typeof v.kernel === 'string' ? v.kernel : 'unknown',
        emulated: v.emulated === true,
        runner: typeof v.runner === 'string' ? v.runner : undefined
    };
}
/**
 * Reads fio JSON, or the perf stage's record around it. Anything else is a ConfigurationError
 * naming `input` (the flag or input the file came from): not JSON, no fio version, no jobs.
 */
function parseFio(text, input, source) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, source, 'it is not JSON (fio --output-format=json writes it)');
    }
    let host;
    if (isObj(doc) && doc.kind === 'arch-actions-fio') {
        host = readHost(doc.host);
        doc = doc.fio;
    }
    if (!isObj(doc) || typeof doc['fio version'] !== 'string' || !Array.isArray(doc.jobs)) {
        throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, source, 'it is not fio JSON (no "fio version" and "jobs")');
    }
    const global = doc['global options'];
    const jobs = doc.jobs.filter(isObj).map(j => ({
        name: typeof j.jobname === 'string' ? j.jobname : '?',
        error: num(j.error) ?? 0,
        metrics: num(j.error) ? {} : sideMetrics(j),
        options: options(global, j['job options'])
    }));
    if (!jobs.length)
        throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, source, 'its fio JSON holds no jobs: nothing to compare');
    return { source, fioVersion: doc['fio version'], host, jobs };
}
/** The standard set: 4k random read and write, 1M sequential read and write, one after another. */
const STANDARD_JOBS = [
    { name: 'randread-4k', rw: 'randread', bs: '4k' },
    { name: 'randwrite-4k', rw: 'randwrite', bs: '4k' },
    { name: 'read-1m', rw: 'read', bs: '1m' },
    { name: 'write-1m', rw: 'write', bs: '1m' }
];
/** A fio job file for the standard set: direct I/O, fixed size and runtime. */
function fioJobFile(o) {
    const lines = [
        '[global]',
        `directory=${o.directory}`,
        'filename=arch-actions-fio.bin',
        `size=${o.size}`,
        `runtime=${o.runtime}`,
        'time_based=1',
        'direct=1',
        `ioengine=${o.ioengine}`,
        `iodepth=${o.ioengine === 'libaio' ? 16 : 1}`,
        'numjobs=1',
        'stonewall',
        ''
    ];
    for (const j of STANDARD_JOBS)
        lines.push(`[${j.name}]`, `rw=${j.rw}`, `bs=${j.bs}`, '');
    return lines.join('\n');
}


/***/ }),

/***/ 91554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X9: () => (/* binding */ isLocalRef),
/* harmony export */   "in": () => (/* binding */ LocalImages),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony exports LOCAL_SCHEMES, parseLocalReference, platformFromName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43545);
/* harmony import */ var _core_lazy__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(96224);
/* harmony import */ var _core_paths__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39756);
/* harmony import */ var _archive__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4395);
/* harmony import */ var _platform__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98081);
/* harmony import */ var _reference__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(67837);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74189);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(61766);
/* harmony import */ var _core_compare__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(39403);
// Image references that name archives on disk instead of a registry: `oci-archive:PATH`,
// `oci-layout:PATH` and `docker-archive:PATH`, each a file (or layout folder) or a folder of
// them. LocalImages reads them offline and answers as the registry client does, so verify
// and e2e check them with the same code and no registry is asked anything.












// Only an archive input is read or written as a tar; start-up does not load the reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tarStream = (0,_core_lazy__WEBPACK_IMPORTED_MODULE_10__/* .lazy */ .R)(() => __webpack_require__(56118));
const LOCAL_SCHEMES = ['oci-archive', 'oci-layout', 'docker-archive'];
const LOCAL_RE = /^(oci-archive|oci-layout|docker-archive):(.+)$/;
const ARCHIVE_RE = /\.(tar|tar\.gz|tgz)$/;
/**
 * `scheme:PATH` as an ImageRef whose registry is `scheme:` and repository the absolute path, so
 * that it prints as `scheme:/abs/path`. Undefined when `value` names no local archive.
 */
function parseLocalReference(value, input) {
    const m = value.trim().match(LOCAL_RE);
    if (!m)
        return undefined;
    const abs = (0,_core_paths__WEBPACK_IMPORTED_MODULE_4__/* .readPath */ .G7)(input, m[2], 'any');
    const ref = { registry: `${m[1]}:`, repository: abs.replace(/^\/+/, ''), original: value };
    // Prints as written, like a parsed registry reference.
    return Object.assign(Object.create({ toString: () => (0,_reference__WEBPACK_IMPORTED_MODULE_7__/* .formatReference */ .FH)(ref) }), ref);
}
/** A registry reference, or a local archive reference. */
function parseImageReference(value, input) {
    return parseLocalReference(value, input) ?? (0,_reference__WEBPACK_IMPORTED_MODULE_7__/* .parseReference */ .F2)(value, input);
}
function isLocalRef(ref) {
    return LOCAL_SCHEMES.includes(ref.registry.replace(/:$/, ''));
}
const localPath = (ref) => `/${ref.repository}`;
/** The platform a shard's archive name gives (`linux-arm64.tar`), if it names one. */
function platformFromName(file) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file).replace(ARCHIVE_RE, '');
    try {
        return (0,_platform__WEBPACK_IMPORTED_MODULE_6__/* .formatPlatform */ .Bq)((0,_platform__WEBPACK_IMPORTED_MODULE_6__/* .parsePlatform */ .FL)(base.replace(/-/g, '/'), 'archive name'));
    }
    catch {
        return undefined;
    }
}
function configPlatform(config) {
    return (0,_platform__WEBPACK_IMPORTED_MODULE_6__/* .normalisePlatformString */ .rQ)([config.os, config.architecture, config.variant].filter(Boolean).join('/'));
}
/** The archives and layouts a path names: itself, or the ones a folder holds (sorted). */
function sources(p) {
    const isLayout = (d) => node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, 'index.json'));
    try {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(p).isDirectory())
            return [{ file: p, layout: false }];
        if (isLayout(p))
            return [{ file: p, layout: true }];
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(p, { withFileTypes: true })
            .map(e => ({ file: node_path__WEBPACK_IMPORTED_MODULE_1__.join(p, e.name), dir: e.isDirectory(), regular: e.isFile() }))
            .filter(e => (e.dir && isLayout(e.file)) || (e.regular && ARCHIVE_RE.test(e.file)))
            .sort((a, b) => (0,_core_compare__WEBPACK_IMPORTED_MODULE_11__/* .compareText */ .n)(a.file, b.file))
            .map(e => ({ file: e.file, layout: e.dir }));
    }
    catch (err) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .CheckError */ .tl(`cannot read ${p}: ${err.message}`);
    }
}
/** Images read from archives on disk, answering as the registry client does (the ref is ignored). */
class LocalImages {
    ref;
    images;
    opened;
    constructor(ref, images, opened) {
        this.ref = ref;
        this.images = images;
        this.opened = opened;
    }
    /** Reads every image `ref` names; a folder with none is a failure, never an empty pass. */
    static async open(ref) {
        const root = localPath(ref);
        const opened = [];
        const images = [];
        try {
            for (const s of sources(root)) {
                const archive = s.layout ? await (0,_archive__WEBPACK_IMPORTED_MODULE_5__/* .openLayout */ .B9)(s.file) : await (0,_archive__WEBPACK_IMPORTED_MODULE_5__/* .openArchive */ .p_)(s.file);
                opened.push(archive);
                const named = archive.images.length === 1 ? platformFromName(s.file) : undefined;
                for (const i of archive.images)
                    images.push({ ...i, platform: i.listedAs ?? named ?? configPlatform(i.config) });
            }
            if (images.length === 0)
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .CheckError */ .tl(`${root} holds no image archive (*.tar, *.tar.gz) or OCI layout`);
            const seen = new Map();
            for (const i of images) {
                const other = seen.get(i.platform);
                if (other)
                    throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .CheckError */ .tl(`two images for ${i.platform}: ${other} and ${i.source}`);
                seen.set(i.platform, i.source);
            }
        }
        catch (err) {
            opened.forEach(o => o.dispose());
            throw err;
        }
        return new LocalImages(ref, images, opened);
    }
    dispose() {
        this.opened.forEach(o => o.dispose());
    }
    image(digest) {
        const found = this.images.find(i => i.digest === digest);
        if (!found)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .CheckError */ .tl(`${localPath(this.ref)} has no manifest ${digest}`);
        return found;
    }
    entries() {
        return this.images.map(i => {
            const [os, architecture, variant] = i.platform.split('/');
            const platform = { os, architecture, ...(variant ? { variant } : {}) };
            return {
                platform,
                digest: i.digest,
                mediaType: i.mediaType,
                size: i.manifest.length,
                attestation: false
            };
        });
    }
    /** One image that says nothing of its platform is a single image; otherwise an index of them. */
    async inspect() {
        const only = this.images.length === 1 ? this.images[0] : undefined;
        if (only && !only.listedAs && !platformFromName(only.source)) {
            return { digest: only.digest, mediaType: only.mediaType, isIndex: false, platforms: this.entries() };
        }
        const platforms = this.entries();
        const index = Buffer.from(JSON.stringify({
            schemaVersion: 2,
            mediaType: _types__WEBPACK_IMPORTED_MODULE_8__/* .MEDIA_TYPES */ .Z2.ociIndex,
            manifests: platforms.map(e => ({
                mediaType: e.mediaType,
                digest: e.digest,
                size: e.size,
                platform: e.platform
            }))
        }));
        return { digest: (0,_digest__WEBPACK_IMPORTED_MODULE_9__/* .sha256Digest */ .sI)(index), mediaType: _types__WEBPACK_IMPORTED_MODULE_8__/* .MEDIA_TYPES */ .Z2.ociIndex, isIndex: true, platforms };
    }
    async getImageManifest(_ref, digest) {
        const i = this.image(digest);
        return { ...i.json, mediaType: i.mediaType };
    }
    async getConfig(_ref, digest) {
        return this.image(digest).config;
    }
    /**
     * Writes one image as a `docker save` archive tagged `tag`, which `docker load` and
     * `podman load` read whatever the source format (they accept gzip and plain layer tars).
     */
    async saveForLoad(digest, tag, out) {
        const i = this.image(digest);
        const blob = (d) => i.blobs.get(d);
        const layers = i.json.layers.map((l, n) => ({ name: `layer${n}.tar`, file: blob(l.digest) }));
        const manifest = [{ Config: 'config.json', RepoTags: [tag], Layers: layers.map(l => l.name) }];
        const pack = tarStream().pack();
        const written = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(pack, node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream(out));
        const add = async (name, file) => {
            const entry = pack.entry({ name, size: node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file).size });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream(file), entry);
        };
        pack.entry({ name: 'manifest.json' }, JSON.stringify(manifest));
        await add('config.json', blob(i.json.config.digest));
        for (const l of layers)
            await add(l.name, l.file);
        pack.finalize();
        await written;
    }
    /** Blobs were checked against their digests when the archive was read. */
    async getBlob(_ref, digest) {
        const file = this.images.map(i => i.blobs.get(digest)).find(Boolean);
        if (!file)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .CheckError */ .tl(`${localPath(this.ref)} has no blob ${digest}`);
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream(file);
    }
}


/***/ }),

/***/ 17352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  clusterSummary: () => (/* binding */ clusterSummary),
  containerSummary: () => (/* binding */ containerSummary),
  reportThenFail: () => (/* binding */ reportThenFail),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/paths.ts
var paths = __webpack_require__(39756);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/core/tools.ts
var tools = __webpack_require__(26707);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __webpack_require__(98081);
;// CONCATENATED MODULE: ./actions/lib/e2e/cluster/argv.ts

// Argv builders for kind, helm and kubectl: pure functions, so tests assert exact argv.
function kindCreateArgs(o) {
    return [
        'create',
        'cluster',
        '--name',
        o.name,
        '--image',
        o.image ?? tools/* PINNED */.LS.nodeImage,
        '--kubeconfig',
        o.kubeconfig,
        ...(o.config ? ['--config', o.config] : []),
        '--wait',
        `${o.waitSeconds ?? 300}s`
    ];
}
/**
 * `kind load image-archive`: kind imports the archive with `ctr import --all-platforms`, so the
 * archive holds one platform's image only (see imagesStage); `kind load docker-image` fails with
 * Docker's containerd image store (kind issue 3795).
 */
function kindLoadArgs(name, archive) {
    return ['load', 'image-archive', archive, '--name', name];
}
/** Pulls one platform's own manifest (`repo@digest`): either image store then holds that platform only. */
function dockerPullArgs(pinned) {
    return ['pull', '--platform', 'linux/arm64', '--quiet', pinned];
}
/** The OS, architecture and variant of a local image's config, as `os/arch[/variant]`. */
function dockerPlatformArgs(image) {
    return ['image', 'inspect', '--format', '{{.Os}}/{{.Architecture}}{{with .Variant}}/{{.}}{{end}}', image];
}
function dockerSaveArgs(image, archive) {
    return ['save', '--output', archive, image];
}
function kindDeleteArgs(name, kubeconfig) {
    return ['delete', 'cluster', '--name', name, '--kubeconfig', kubeconfig];
}
function kindExportLogsArgs(name, dir) {
    return ['export', 'logs', dir, '--name', name];
}
/** `helm upgrade --install … --wait`: idempotent, so a rerun on the same cluster works. */
function helmInstallArgs(h) {
    const args = ['upgrade', '--install', h.release, h.chart, '--namespace', h.namespace, '--create-namespace'];
    if (h.repo)
        args.push('--repo', h.repo);
    if (h.version)
        args.push('--version', h.version);
    for (const v of h.values)
        args.push('--values', v);
    for (const s of h.set)
        args.push('--set', `${s.key}=${s.value}`);
    args.push('--wait', '--timeout', `${h.timeoutSeconds}s`, '--kubeconfig', h.kubeconfig);
    return args;
}
/** `helm template` with the values of the install: what it will create, rendered without a cluster. */
function helmTemplateArgs(h) {
    const args = ['template', h.release, h.chart, '--namespace', h.namespace];
    if (h.repo)
        args.push('--repo', h.repo);
    if (h.version)
        args.push('--version', h.version);
    for (const v of h.values)
        args.push('--values', v);
    for (const s of h.set)
        args.push('--set', `${s.key}=${s.value}`);
    return args;
}
/** Workloads whose rollouts we wait for after the install. */
function kubectlWorkloadsArgs(namespace) {
    return ['get', 'deployments,daemonsets,statefulsets', '--namespace', namespace, '--output', 'name'];
}
function kubectlRolloutArgs(workload, namespace, timeoutSeconds) {
    return ['rollout', 'status', workload, '--namespace', namespace, `--timeout=${timeoutSeconds}s`];
}
function kubectlApplyArgs(file) {
    return ['apply', '--filename', file];
}
/** The phase of one pod (Pending, Running, Succeeded, Failed), polled by the smoke test. */
function kubectlPodPhaseArgs(pod, namespace) {
    return ['get', 'pod', pod, '--namespace', namespace, '--output', 'jsonpath={.status.phase}'];
}
function kubectlLogsArgs(pod, namespace, container, previous = false) {
    const args = ['logs', pod, '--namespace', namespace];
    if (container)
        args.push('--container', container);
    if (previous)
        args.push('--previous');
    args.push('--timestamps');
    return args;
}
function kubectlDeletePodArgs(pod, namespace, timeoutSeconds) {
    return ['delete', 'pod', pod, '--namespace', namespace, '--wait=true', `--timeout=${timeoutSeconds}s`];
}
/** A Helm release name from a chart reference: `openebs/localpv-provisioner` → `localpv-provisioner`. */
function releaseName(chart) {
    const base = chart.replace(/\/+$/, '').split('/').pop() ?? 'release';
    const name = base
        .replace(/\.tgz$/, '')
        .replace(/-\d+\.\d+\.\d+.*$/, '')
        .toLowerCase()
        .replace(/[^a-z0-9-]/g, '-');
    return (name.replace(/^-+|-+$/g, '') || 'release').slice(0, 53);
}

// EXTERNAL MODULE: ./actions/lib/core/exec.ts
var exec = __webpack_require__(6015);
;// CONCATENATED MODULE: ./actions/lib/e2e/cluster/kubectl.ts


/** kind, kubectl and helm through exec.run: each killed with what it started past `timeoutMs`. */
const kubeExec = (timeoutMs) => (tool, args, opts) => exec/* run */.eF(tool, args, { ignoreReturnCode: true, silent: !opts?.stream, env: opts?.env, timeoutMs });
const defaultExec = kubeExec();
/** The reason a tool gave for failing: its last stderr line, else stdout's, else the code. */
function failureReason(res) {
    return exec/* lastLine */.fM(res.stderr) || exec/* lastLine */.fM(res.stdout) || `exit code ${res.exitCode}`;
}
/** A command-line tool whose failures are CheckErrors naming what was being done. */
class Tool {
    exec;
    bin;
    /** `bin` is read at each call: the tools stage installs the binary after construction. */
    constructor(exec, bin) {
        this.exec = exec;
        this.bin = bin;
    }
    get path() {
        return this.bin();
    }
    argv(args) {
        return args;
    }
    /** Runs and returns stdout; throws `<what> failed: <reason>` on a non-zero exit. */
    async run(args, what) {
        const res = await this.exec(this.bin(), this.argv(args));
        if (res.exitCode !== 0)
            throw new errors/* CheckError */.tl(`${what} failed: ${failureReason(res)}`);
        return res.stdout;
    }
    /** Runs without throwing (diagnostics and cleanup carry on past failures). */
    attempt(args) {
        return this.exec(this.bin(), this.argv(args));
    }
}
/** kubectl bound to one cluster's kubeconfig. */
class Kubectl extends Tool {
    kubeconfig;
    constructor(exec, bin, kubeconfig) {
        super(exec, bin);
        this.kubeconfig = kubeconfig;
    }
    argv(args) {
        return [...args, '--kubeconfig', this.kubeconfig];
    }
    async json(args, what) {
        const out = await this.run([...args, '--output', 'json'], what);
        try {
            return JSON.parse(out);
        }
        catch (err) {
            throw new errors/* CheckError */.tl(`${what} printed no JSON: ${err.message}`);
        }
    }
    /** The items of `kubectl get <kind> [--all-namespaces] --output json`. */
    async items(kind, allNamespaces = false) {
        const args = ['get', kind, ...(allNamespaces ? ['--all-namespaces'] : [])];
        return (await this.json(args, `kubectl get ${kind}`)).items ?? [];
    }
}

// EXTERNAL MODULE: ./actions/lib/core/compare.ts
var compare = __webpack_require__(39403);
;// CONCATENATED MODULE: ./actions/lib/e2e/cluster/diagnostics.ts





function safeName(s) {
    return s.replace(/[^A-Za-z0-9_.-]+/g, '_');
}
/** Pods that are not healthy: not Running/Succeeded, or with a container waiting, failed or restarted. */
function failingPods(pods) {
    return pods.filter(p => {
        if (p.status.phase !== 'Running' && p.status.phase !== 'Succeeded')
            return true;
        const statuses = [...(p.status.initContainerStatuses ?? []), ...(p.status.containerStatuses ?? [])];
        return statuses.some(c => (c.restartCount ?? 0) > 0 ||
            c.state?.waiting !== undefined ||
            (c.state?.terminated !== undefined && c.state.terminated.exitCode !== 0) ||
            (p.status.phase === 'Running' && c.state?.running !== undefined && c.ready === false));
    });
}
/** Saves each command's output to a file in `dir`; a failed command leaves its reason there. */
class Collector {
    dir;
    kubectl;
    files = [];
    errors = [];
    constructor(dir, kubectl) {
        this.dir = dir;
        this.kubectl = kubectl;
    }
    async save(file, args) {
        const res = await this.kubectl.attempt(args);
        const target = external_node_path_.join(this.dir, file);
        if (res.exitCode !== 0) {
            this.errors.push(`kubectl ${args.join(' ')}: ${failureReason(res)}`);
            external_node_fs_.writeFileSync(target, `# kubectl ${args.join(' ')} failed (exit ${res.exitCode})\n${res.stderr}`);
        }
        else {
            external_node_fs_.writeFileSync(target, res.stdout);
        }
        this.files.push(target);
        return res.exitCode === 0 ? res.stdout : undefined;
    }
}
const ALL = '--all-namespaces';
function filesUnder(dir) {
    if (!external_node_fs_.existsSync(dir))
        return [];
    return external_node_fs_.readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => (0,compare/* compareText */.n)(a.name, b.name))
        .flatMap(e => {
        const p = external_node_path_.join(dir, e.name);
        return e.isDirectory() ? filesUnder(p) : e.isFile() ? [p] : [];
    });
}
/** The node's own logs (kubelet, containerd, journal, pod logs on disk), through kind. */
async function exportKindLogs(c, kind, cluster) {
    const target = external_node_path_.join(c.dir, 'kind-logs');
    const res = await kind.attempt(kindExportLogsArgs(cluster, target));
    if (res.exitCode !== 0)
        c.errors.push(`kind export logs: ${failureReason(res)}`);
    c.files.push(...filesUnder(target));
}
async function collectResources(c) {
    await c.save('all-resources.txt', ['get', 'all', ALL, '--output', 'wide']);
    const storage = 'persistentvolumeclaims,persistentvolumes,storageclasses';
    await c.save('pvc-pv-sc.txt', ['get', storage, ALL, '--output', 'wide']);
    await c.save('events.txt', ['get', 'events', ALL, '--sort-by=.lastTimestamp']);
    await c.save('nodes.txt', ['get', 'nodes', '--output', 'wide', '--show-labels']);
    await c.save('nodes-describe.txt', ['describe', 'nodes']);
    const podsJson = await c.save('pods.json', ['get', 'pods', ALL, '--output', 'json']);
    if (!podsJson)
        return [];
    try {
        return JSON.parse(podsJson).items ?? [];
    }
    catch (err) {
        c.errors.push(`pods.json is not valid JSON: ${err.message}`);
        return [];
    }
}
/** A failing pod's description and the logs of each container, with the previous ones after a restart. */
async function collectPod(c, p) {
    const { name, namespace } = p.metadata;
    const base = `pod-${safeName(namespace)}-${safeName(name)}`;
    await c.save(`${base}.describe.txt`, ['describe', 'pod', name, '--namespace', namespace]);
    const statuses = [...(p.status.initContainerStatuses ?? []), ...(p.status.containerStatuses ?? [])];
    const names = statuses.length ? statuses.map(s => s.name) : p.spec.containers.map(s => s.name);
    for (const container of names) {
        const file = `${base}.${safeName(container)}`;
        await c.save(`${file}.log`, kubectlLogsArgs(name, namespace, container));
        const restarted = (statuses.find(s => s.name === container)?.restartCount ?? 0) > 0;
        if (restarted)
            await c.save(`${file}.previous.log`, kubectlLogsArgs(name, namespace, container, true));
    }
}
/**
 * Collects what a maintainer needs to debug a failed run into `dir`: all resources (wide),
 * descriptions of failing pods, their logs (with previous containers), events sorted by
 * time, and node information. Each kubectl call that fails is noted and skipped.
 */
async function collectDiagnostics(dir, kubectl, kind) {
    external_node_fs_.mkdirSync(dir, { recursive: true });
    const c = new Collector(dir, kubectl);
    const failing = failingPods(await collectResources(c));
    for (const p of failing)
        await collectPod(c, p);
    if (kind)
        await exportKindLogs(c, kind.tool, kind.cluster);
    return {
        dir,
        files: c.files,
        failingPods: failing.map(p => `${p.metadata.namespace}/${p.metadata.name}`),
        errors: c.errors
    };
}
/**
 * The artifact name for one run's diagnostics: the `artifact-name` input, the job, the run
 * attempt and the run's own suffix. upload-artifact v4 refuses a name already used in the run
 * (409), which a re-run, a matrix leg or a second call in one job would otherwise hit.
 */
function diagnosticsArtifactName(base, suffix, env = process.env) {
    const parts = [base];
    if (env.GITHUB_JOB)
        parts.push(safeName(env.GITHUB_JOB));
    if (env.GITHUB_RUN_ATTEMPT)
        parts.push(`attempt-${safeName(env.GITHUB_RUN_ATTEMPT)}`);
    parts.push(suffix);
    return parts.join('-');
}

// EXTERNAL MODULE: ./actions/lib/core/limits.ts
var limits = __webpack_require__(61998);
// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __webpack_require__(67837);
// EXTERNAL MODULE: ./actions/lib/oci/types.ts
var types = __webpack_require__(74189);
// EXTERNAL MODULE: ./actions/lib/registry/client.ts + 8 modules
var registry_client = __webpack_require__(44639);
;// CONCATENATED MODULE: ./actions/lib/e2e/cluster/images.ts








// `docker save` keeps tags but not digests: a digest becomes a tag.
function localImage(ref) {
    const repo = (0,reference/* repositoryName */.aR)(ref);
    const tag = ref.digest ? `arch-e2e-${ref.digest.replace(':', '-')}` : (ref.tag ?? 'latest');
    return {
        ref,
        pull: ref.digest ? `${repo}@${ref.digest}` : `${repo}:${tag}`,
        local: `${repo}:${tag}`,
        registry: ref.registry,
        repository: ref.repository,
        tag,
        digest: ref.digest
    };
}
/** Parses `image-values` lines: `[image=]values.path`. */
function parseImageValues(input, lines) {
    return lines.map(line => {
        const at = line.indexOf('=');
        const image = at >= 0 ? line.slice(0, at).trim() : undefined;
        const path = line.slice(at + 1).trim();
        if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(path)) {
            throw (0,errors/* badInput */.AN)(input, line, 'expected [image=]values.path, for example localpv.image');
        }
        if (image === '')
            throw (0,errors/* badInput */.AN)(input, line, 'the image name before "=" is empty');
        return { image, path };
    });
}
/** The image under test that `name` picks: by repository, its last part, or registry/repository. */
function pick(images, name, input, line) {
    const named = images.map(localImage);
    if (name === undefined) {
        if (named.length === 1)
            return named[0];
        const why = named.length
            ? `${named.length} images are under test: name one, as image=path`
            : `no image is under test: set "${IN.images.name}"`;
        throw (0,errors/* badInput */.AN)(input, line, why);
    }
    const found = named.find(i => i.repository === name || i.repository.split('/').pop() === name || (0,reference/* repositoryName */.aR)(i.ref) === name);
    if (!found) {
        const list = named.map(i => i.repository).join(', ') || 'none';
        throw (0,errors/* badInput */.AN)(input, line, `no image under test is named "${name}" (${IN.images.name}: ${list})`);
    }
    return found;
}
const IN = specs_generated/* RUN_ARM64_E2E */.Mf.inputs;
const PLACEHOLDER = /\{(registry|repository|tag|digest|image)\}/g;
const HAS_PLACEHOLDER = new RegExp(PLACEHOLDER.source);
/** Whether a set value names the image under test ({registry}, {tag}, ...). */
const namesImageUnderTest = (value) => HAS_PLACEHOLDER.test(value);
function fill(template, image, line) {
    return template.replace(PLACEHOLDER, (_m, key) => {
        if (key === 'image')
            return image.local;
        const value = image[key];
        if (value === undefined) {
            throw (0,errors/* badInput */.AN)(IN.set.name, line, `{digest} needs an image reference with a digest, not ${image.ref.original}`);
        }
        return String(value);
    });
}
/**
 * The helm --set values of a run: each `image-values` block gets the image as loaded
 * (OpenEBS charts join `registry` and `repository`, so the registry ends in '/'), then
 * `set` with its placeholders filled. Throws ConfigurationError naming the input.
 */
function chartValues(o) {
    const set = [];
    const mapped = new Set();
    for (const v of o.imageValues) {
        const i = pick(o.images, v.image, IN['image-values'].name, v.image === undefined ? v.path : `${v.image}=${v.path}`);
        mapped.add(i.local);
        set.push({ key: `${v.path}.registry`, value: `${i.registry}/` }, { key: `${v.path}.repository`, value: i.repository }, { key: `${v.path}.tag`, value: i.tag }, 
        // The loaded image exists only in the cluster: never pull it again.
        { key: `${v.path}.pullPolicy`, value: 'IfNotPresent' });
    }
    for (const s of o.set) {
        const line = `${s.key}=${s.value}`;
        if (!HAS_PLACEHOLDER.test(s.value)) {
            set.push(s);
            continue;
        }
        const i = pick(o.images, undefined, IN.set.name, line);
        mapped.add(i.local);
        set.push({ key: s.key, value: fill(s.value, i, line) });
    }
    return { set, mapped: [...mapped] };
}
/** The chart, release and values of a run, as `helm template` and `helm upgrade --install` both take them. */
function helmChart(run) {
    const o = run.o;
    return {
        release: releaseName(o.chart),
        chart: o.chart,
        repo: o.chartRepo || undefined,
        version: o.chartVersion || undefined,
        namespace: o.namespace,
        values: o.values,
        // The engine's values first: the user's set wins.
        set: [...run.engine.values, ...chartValues(o).set]
    };
}
/** The image's own linux/arm64 manifest digest, asked of its registry with the job's login (docker's config). */
async function arm64Digest(client, ref) {
    const inspected = await client.inspect(ref);
    const arm = inspected.platforms.find(e => !e.attestation && e.platform.os === 'linux' && e.platform.architecture === 'arm64');
    if (!arm)
        throw new errors/* CheckError */.tl(`${(0,reference/* formatReference */.FH)(ref)} has no linux/arm64 image`);
    return arm.digest;
}
/**
 * Pulls `ref`'s own arm64 manifest by digest and names it `local`, checks its config is linux/arm64,
 * and loads it into kind through `docker save` and `kind load image-archive`. A multi-platform
 * image pulled for one platform cannot be saved by Docker 25-27 with the containerd image store
 * (the other platforms' content is missing), and `kind load docker-image` fails with that store:
 * a single-platform image works with both stores and every Docker version.
 */
async function loadArm64(run, client, ref, local) {
    const pinned = `${(0,reference/* repositoryName */.aR)(ref)}@${await arm64Digest(client, ref)}`;
    await run.docker.run(dockerPullArgs(pinned), `docker pull ${pinned}`);
    await run.docker.run(['tag', pinned, local], `docker tag ${pinned}`);
    const platform = (await run.docker.run(dockerPlatformArgs(local), `docker image inspect ${local}`)).trim();
    if (platform !== 'linux/arm64')
        throw new errors/* CheckError */.tl(`${pinned} is a ${platform} image, not linux/arm64`);
    const archive = external_node_path_.join(run.work, `image-${(0,external_node_crypto_.createHash)('sha256').update(local).digest('hex').slice(0, 12)}.tar`);
    try {
        await run.docker.run(dockerSaveArgs(local, archive), `docker save ${local}`);
        await run.kind.run(kindLoadArgs(run.cluster, archive), `kind load ${local}`);
    }
    finally {
        external_node_fs_.rmSync(archive, { force: true });
    }
}
/** The registry client of a run, or one of its own for `body` (closed after). */
async function withRegistry(run, body) {
    const client = run.registry ?? new registry_client/* RegistryClient */.b({ insecureRegistries: run.o.insecureRegistries });
    try {
        return await body(client);
    }
    finally {
        if (!run.registry)
            client.close();
    }
}
/** The images stage: each image under test, its arm64 manifest pulled by digest, named, loaded into kind. */
async function imagesStage(run) {
    const loaded = [];
    await withRegistry(run, async (client) => {
        for (const ref of run.o.images) {
            const i = localImage(ref);
            await loadArm64(run, client, ref, i.local);
            loaded.push(i.local);
        }
    });
    return `${loaded.length} image(s) loaded: ${loaded.join(', ')}`;
}

;// CONCATENATED MODULE: ./actions/lib/e2e/cluster/architecture.ts






// The architecture stage: every pod on an arm64 node, every running image resolved to arm64.
const architecture_IN = specs_generated/* RUN_ARM64_E2E */.Mf.inputs;
/** Pods on a node whose `kubernetes.io/arch` is not the expected one (or unscheduled pods). */
function podsOffArch(pods, nodes, arch) {
    const archOf = new Map(nodes.map(n => [n.metadata.name, n.metadata.labels?.['kubernetes.io/arch'] ?? 'unknown']));
    const problems = [];
    for (const p of pods) {
        const node = p.spec.nodeName;
        if (!node)
            continue; // Pending pods are reported by the rollout and diagnostics, not here.
        const a = archOf.get(node) ?? 'unknown';
        if (a !== arch)
            problems.push(`pod ${p.metadata.namespace}/${p.metadata.name} runs on node ${node} with kubernetes.io/arch=${a}, not ${arch}`);
    }
    return problems;
}
function runningContainers(pods) {
    const out = [];
    for (const p of pods) {
        for (const c of p.status.containerStatuses ?? []) {
            if (!c.state?.running)
                continue;
            out.push({
                pod: p.metadata.name,
                namespace: p.metadata.namespace,
                node: p.spec.nodeName ?? '',
                container: c.name,
                image: c.image,
                imageID: c.imageID
            });
        }
    }
    return out;
}
/** The digest in a container's imageID: `docker.io/x/y@sha256:…`, `sha256:…` or `docker-pullable://…@sha256:…`. */
function imageIdDigest(imageID) {
    return /(sha256:[a-f0-9]{64})$/.exec(imageID.trim())?.[1];
}
/** The architecture stage: pods on arm64 nodes, and running images that are arm64 images. */
async function architectureStage(run) {
    const pods = await run.kubectl.items('pods', true);
    const nodes = await run.kubectl.items('nodes');
    const problems = podsOffArch(pods, nodes, 'arm64');
    const verdicts = await checkImageDigests(runningContainers(pods), run.registry, run.o.insecureRegistries);
    run.result.containers = verdicts;
    problems.push(...verdicts
        .filter(v => v.verdict.startsWith('not arm64'))
        .map(v => `${v.pod} ${v.container}: ${v.image} ${v.verdict}`));
    problems.push(...(await unusedImages(run, pods)));
    if (problems.length)
        throw new errors/* CheckError */.tl(problems.join('; '));
    const unverified = verdicts.filter(v => v.verdict.startsWith('unverified')).length;
    return `${pods.length} pod(s) on arm64 nodes; ${verdicts.length - unverified} container image(s) resolved to arm64${unverified ? `, ${unverified} unverified` : ''}`;
}
/**
 * The images under test that the chart values point at but that no container ran. A running
 * container or a kubelet event naming the image (pulled, or already present) counts: helper
 * pods run and go away during the storage stage.
 */
async function unusedImages(run, pods) {
    const { mapped } = chartValues(run.o);
    if (!mapped.length)
        return [];
    const running = new Set(pods.flatMap(p => (p.status.containerStatuses ?? []).map(c => c.image)));
    const events = (await run.kubectl.items('events', true)).map(e => e.message ?? '');
    return mapped
        .filter(name => !running.has(name) && !events.some(m => m.includes(`"${name}"`)))
        .map(name => `no container ran ${name}, the image under test that the chart values name (check ${architecture_IN['image-values'].name})`);
}
/** The arm64 digests of an image (index, manifest and config) and the other platforms' ones. */
async function resolveArm64(client, image) {
    const ref = (0,reference/* parseReference */.F2)(image, architecture_IN.images.name);
    const inspected = await client.inspect(ref);
    const digests = new Set();
    const others = new Set();
    for (const e of inspected.platforms) {
        if (e.attestation)
            continue;
        const target = e.platform.architecture === 'arm64' && e.platform.os === 'linux' ? digests : others;
        target.add(e.digest);
        const m = await client.getImageManifest(ref, e.digest).catch(() => undefined);
        if (m)
            target.add(m.config.digest);
    }
    if ((0,types/* isIndexMediaType */.$$)(inspected.mediaType) && digests.size)
        digests.add(inspected.digest);
    return { digests, others };
}
function verdictOf(digest, { digests, others }) {
    if (!digest)
        return 'unverified: no digest in imageID';
    if (digests.has(digest))
        return 'arm64';
    if (others.has(digest))
        return `not arm64: ${digest} is another platform's image`;
    if (!digests.size)
        return 'not arm64: the image has no linux/arm64 entry';
    return `unverified: ${digest} is not in the registry's listing`;
}
/**
 * Each running container's imageID must resolve to the image's arm64 manifest: its digest is
 * the arm64 manifest, the arm64 config (a loaded image), or an index that lists arm64.
 * Images the registry cannot tell us about are reported as unverified, not failed.
 */
async function checkImageDigests(containers, registry, insecureRegistries) {
    const client = registry ?? new registry_client/* RegistryClient */.b({ insecureRegistries, retries: 2, timeoutMs: 15000 });
    const cache = new Map();
    const out = [];
    try {
        for (const c of containers) {
            if (!cache.has(c.image))
                cache.set(c.image, resolveArm64(client, c.image));
            let verdict;
            try {
                verdict = verdictOf(imageIdDigest(c.imageID), await cache.get(c.image));
            }
            catch (err) {
                verdict = `unverified: ${err.message}`;
            }
            const { namespace, pod, container, image, imageID } = c;
            out.push({ pod: `${namespace}/${pod}`, container, image, imageID, verdict });
        }
    }
    finally {
        if (!registry)
            client.close();
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/lib/e2e/cluster/chart-images.ts
// The chart's own images, pulled on the host with the job's login and loaded into kind before the
// install: nothing is pulled anonymously from inside the cluster (shared runner addresses hit Docker
// Hub's rate limits, and private images cannot be pulled there at all). What kind will still pull
// is named, with the reason.





const chart_images_IN = specs_generated/* RUN_ARM64_E2E */.Mf.inputs;
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/** Every container image of the rendered objects (pods, templates, cron jobs: any depth), once each. */
function renderedImages(docs) {
    const found = new Map();
    const walk = (node) => {
        if (Array.isArray(node))
            return node.forEach(walk);
        if (!node || typeof node !== 'object')
            return;
        for (const [key, value] of Object.entries(node)) {
            if (CONTAINER_LISTS.has(key) && Array.isArray(value)) {
                for (const c of value) {
                    if (typeof c?.image !== 'string' || !c.image.trim())
                        continue;
                    const policy = typeof c.imagePullPolicy === 'string' ? c.imagePullPolicy : undefined;
                    const seen = found.get(c.image);
                    // One container that pulls every time is enough for the kubelet to pull.
                    if (!seen || policy === 'Always')
                        found.set(c.image, { image: c.image, pullPolicy: policy });
                }
            }
            walk(value);
        }
    };
    docs.forEach(walk);
    return [...found.values()];
}
/** Why the kubelet would pull `i` itself even once it is loaded; undefined when the loaded image serves. */
function pulledInCluster(i) {
    if (i.pullPolicy === 'Always')
        return 'imagePullPolicy: Always';
    let ref;
    try {
        ref = (0,reference/* parseReference */.F2)(i.image, chart_images_IN.chart.name);
    }
    catch {
        return 'not an image reference the host can pull';
    }
    // kind names an imported image by its tag and by the digest of what it imported (one platform's).
    if (ref.digest)
        return 'named by digest: the kubelet looks for that digest, not the arm64 image loaded';
    if (!i.pullPolicy && (ref.tag ?? 'latest') === 'latest')
        return 'tag latest without imagePullPolicy: Always';
    return undefined;
}
async function render(run) {
    const yaml = await run.helm.run(helmTemplateArgs(helmChart(run)), 'helm template');
    const { parseAllDocuments } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    return parseAllDocuments(yaml).map(d => d.toJS());
}
/**
 * The chart-images stage: renders the chart as it will be installed, then pulls each image on the
 * host (its arm64 manifest by digest, the job's login) and loads it into kind under the name the
 * chart uses. The images under test are loaded already; one that cannot be pulled is left to kind.
 */
async function chartImagesStage(run) {
    // Compared as Docker reads them: `openebs/x:1` is `docker.io/openebs/x:1`.
    const full = (name) => {
        try {
            return (0,reference/* formatReference */.FH)((0,reference/* parseReference */.F2)(name, chart_images_IN.chart.name));
        }
        catch {
            return name;
        }
    };
    const underTest = new Set(run.o.images.map(r => full(localImage(r).local)));
    const images = renderedImages(await render(run)).filter(i => !underTest.has(full(i.image)));
    const result = { loaded: [], inCluster: [] };
    await withRegistry(run, async (client) => {
        for (const i of images) {
            const why = pulledInCluster(i);
            if (why) {
                result.inCluster.push({ image: i.image, reason: why });
                continue;
            }
            try {
                await loadArm64(run, client, (0,reference/* parseReference */.F2)(i.image, chart_images_IN.chart.name), i.image);
                result.loaded.push(i.image);
            }
            catch (err) {
                result.inCluster.push({
                    image: i.image,
                    reason: `not pulled on the host: ${err.message}`
                });
            }
        }
    });
    run.result.chartImages = result;
    for (const i of result.inCluster)
        toolkit/* warning */.$e(`kind will pull ${i.image} itself (${i.reason})`);
    const left = result.inCluster.map(i => `${i.image} (${i.reason})`).join(', ');
    return (`${result.loaded.length} chart image(s) pulled with the job's login and loaded` +
        (left ? `; left to pull inside kind: ${left}` : '; nothing left to pull inside kind'));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./actions/lib/e2e/cluster/smoke.ts







function smokeTestNames(namespace, suffix, storageClass, arch = 'arm64') {
    return {
        arch,
        namespace,
        storageClass,
        pvc: `arch-e2e-pvc-${suffix}`,
        writer: `arch-e2e-writer-${suffix}`,
        reader: `arch-e2e-reader-${suffix}`,
        image: tools/* PINNED */.LS.smokeImage,
        size: '64Mi'
    };
}
/** The file the writer leaves on the volume and the reader checks (1 MiB of random data). */
const WRITER_SCRIPT = [
    'set -e',
    'head -c 1048576 /dev/urandom > /data/smoke.bin',
    'cd /data && sha256sum smoke.bin > smoke.sha256',
    'sync',
    'cat /data/smoke.sha256',
    'echo "machine=$(uname -m)"'
].join('\n');
const READER_SCRIPT = [
    'set -e',
    'cd /data',
    'sha256sum -c smoke.sha256',
    'cat smoke.sha256',
    'echo "machine=$(uname -m)"'
].join('\n');
function smokeNamespaceManifest(t) {
    return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: t.namespace } };
}
function smokePvcManifest(t) {
    return {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: {
            name: t.pvc,
            namespace: t.namespace,
            labels: { 'app.kubernetes.io/part-of': 'arch-actions-e2e' }
        },
        spec: {
            storageClassName: t.storageClass,
            accessModes: ['ReadWriteOnce'],
            resources: { requests: { storage: t.size } }
        }
    };
}
function smokePodManifest(t, role) {
    return {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
            name: role === 'writer' ? t.writer : t.reader,
            namespace: t.namespace,
            labels: { 'app.kubernetes.io/part-of': 'arch-actions-e2e', 'arch-actions/role': role }
        },
        spec: {
            restartPolicy: 'Never',
            // The test is about arm64 (the perf baseline: the host's own): schedule only there.
            nodeSelector: { 'kubernetes.io/arch': t.arch },
            containers: [
                {
                    name: role,
                    image: t.image,
                    command: ['sh', '-c', role === 'writer' ? WRITER_SCRIPT : READER_SCRIPT],
                    volumeMounts: [{ name: 'data', mountPath: '/data' }]
                }
            ],
            volumes: [{ name: 'data', persistentVolumeClaim: { claimName: t.pvc } }]
        }
    };
}
/** Multi-document YAML for `kubectl apply -f`. */
function toYamlDocuments(docs) {
    return docs.map(d => (0,dist/* stringify */.As)(d)).join('---\n');
}
/** The checksum line (`<hex>  smoke.bin`) a writer or reader printed, if any. */
function smokeChecksum(log) {
    const m = /(?:^|\s)([a-f0-9]{64})\s+\*?smoke\.bin/m.exec(log);
    return m?.[1];
}
function smokeMachine(log) {
    return /machine=(\S+)/.exec(log)?.[1];
}
const STEPS = {
    writer: { file: 'smoke.yaml', apply: 'applying the PVC and writer pod', wait: 'the writer pod' },
    reader: {
        file: 'smoke-reader.yaml',
        apply: 'applying the reader pod',
        wait: 'the reader pod (checksum verification)'
    }
};
const POLL_MS = 2000;
/**
 * Waits for a smoke pod to succeed. A pod that fails ends the wait at once, with the last
 * line it printed; one still not done at the deadline fails with its phase.
 */
async function waitForPod(run, pod, namespace, what) {
    const deadline = run.now() + run.timeout * 1000;
    for (;;) {
        const phase = (await run.kubectl.run(kubectlPodPhaseArgs(pod, namespace), what)).trim();
        if (phase === 'Succeeded')
            return;
        if (phase === 'Failed') {
            const log = await run.kubectl.attempt(kubectlLogsArgs(pod, namespace));
            const said = (0,exec/* lastLine */.fM)(log.stdout) || (0,exec/* lastLine */.fM)(log.stderr);
            throw new errors/* CheckError */.tl(`${what} failed: pod ${pod} ended in phase Failed${said ? `: ${said}` : ''}`);
        }
        if (run.now() >= deadline) {
            throw new errors/* CheckError */.tl(`${what} failed: pod ${pod} is still ${phase || 'not created'} after ${run.timeout}s`);
        }
        await run.sleep(POLL_MS);
    }
}
/** Applies one smoke pod (the writer brings its namespace and PVC), waits for it, returns its log. */
async function runSmokePod(run, t, role) {
    const step = STEPS[role];
    const pod = role === 'writer' ? t.writer : t.reader;
    const docs = role === 'writer' ? [smokeNamespaceManifest(t), smokePvcManifest(t)] : [];
    const file = external_node_path_.join(run.work, step.file);
    external_node_fs_.writeFileSync(file, toYamlDocuments([...docs, smokePodManifest(t, role)]));
    await run.kubectl.run(kubectlApplyArgs(file), step.apply);
    await waitForPod(run, pod, t.namespace, step.wait);
    return run.kubectl.run(kubectlLogsArgs(pod, t.namespace), `${role} logs`);
}
/** The storage stage: write, delete the writer, read back and verify. */
async function storageStage(run) {
    const { storageClass } = run;
    const t = smokeTestNames(`arch-e2e-${run.suffix}`, run.suffix, storageClass, run.podArch);
    const written = await runSmokePod(run, t, 'writer');
    const checksum = smokeChecksum(written);
    if (!checksum)
        throw new errors/* CheckError */.tl(`the writer pod printed no checksum: ${(0,exec/* lastLine */.fM)(written)}`);
    await run.kubectl.run(kubectlDeletePodArgs(t.writer, t.namespace, run.timeout), 'deleting the writer pod');
    const read = await runSmokePod(run, t, 'reader');
    const readBack = smokeChecksum(read);
    run.result.smoke = { checksum, writerMachine: smokeMachine(written), readerMachine: smokeMachine(read) };
    if (readBack !== checksum || !/smoke\.bin: OK/.test(read)) {
        throw new errors/* CheckError */.tl(`the reader did not verify the data the writer left (wrote ${checksum}, read ${readBack ?? 'nothing'})`);
    }
    return `PVC ${t.pvc} on ${storageClass}: 1 MiB written, pod deleted, read back with sha256 ${checksum.slice(0, 12)}`;
}

;// CONCATENATED MODULE: ./actions/lib/e2e/cluster/engine-argv.ts
// Argv builders for what the storage engines need on the host: pure, so tests assert exact argv.
// Each runs as root: `sudo -n` in front when we are not (GitHub's runners allow it without a password).
function asRoot(argv, isRoot) {
    return isRoot ? argv : ['sudo', '-n', ...argv];
}
/** A sparse file of `size` (fio syntax: 4G) for a loop device or a file-backed pool. */
function truncateArgs(file, size) {
    return ['truncate', '--size', size, file];
}
function losetupAttachArgs(file) {
    return ['losetup', '--find', '--show', file];
}
/** The loop devices backed by `file`, one name a line (none when it is attached nowhere). */
function losetupAssociatedArgs(file) {
    return ['losetup', '--noheadings', '--output', 'NAME', '--associated', file];
}
function losetupDetachArgs(device) {
    return ['losetup', '--detach', device];
}
function vgcreateArgs(vg, device) {
    return ['vgcreate', '--yes', vg, device];
}
function vgremoveArgs(vg) {
    return ['vgremove', '--yes', '--force', vg];
}
function pvremoveArgs(device) {
    return ['pvremove', '--yes', device];
}
/** The volume group, when it exists (exit code 5 when it does not). */
function vgsArgs(vg) {
    return ['vgs', '--noheadings', '--options', 'vg_name', vg];
}
function modprobeArgs(module) {
    return ['modprobe', module];
}
/** A pool on a file: zpool takes an absolute file path as a vdev. */
function zpoolCreateArgs(pool, file) {
    return ['zpool', 'create', '-f', pool, file];
}
function zpoolDestroyArgs(pool) {
    return ['zpool', 'destroy', '-f', pool];
}
function hugepagesArgs(count) {
    return ['sysctl', '-w', `vm.nr_hugepages=${count}`];
}
function kubectlLabelNodesArgs(label) {
    return ['label', 'nodes', '--all', '--overwrite', label];
}
/** Installs a Debian/Ubuntu package (the runner images lack zfsutils-linux). */
function aptInstallArgs(pkg) {
    return [
        'env',
        'DEBIAN_FRONTEND=noninteractive',
        'apt-get',
        'install',
        '--yes',
        '--no-install-recommends',
        pkg
    ];
}

;// CONCATENATED MODULE: ./actions/lib/e2e/cluster/engines.ts





// What each OpenEBS engine needs on the host before kind starts (docs/design.md, "Storage engines on
// a hosted runner"), the chart values that turn it on in the openebs umbrella chart, its storage
// class, and the teardown that leaves no loop device, volume group or pool behind.
const ENGINES = (/* unused pure expression or super */ null && (['hostpath', 'zfs', 'lvm', 'mayastor']));
/** Mayastor's io-engine asks for 2 GiB of 2 MiB hugepages by default. */
const MAYASTOR_HUGEPAGES = 1024;
const DISK_SIZE = '4G';
const on = (engine) => [
    ['engines.local.lvm.enabled', engine === 'lvm'],
    ['engines.local.zfs.enabled', engine === 'zfs'],
    ['engines.replicated.mayastor.enabled', engine === 'mayastor']
].map(([key, v]) => ({ key: String(key), value: String(v) }));
/** Runs as root; throws a CheckError naming `what` on failure. Returns stdout. */
async function root(h, argv, what) {
    const [tool, ...args] = asRoot(argv, h.isRoot);
    const res = await h.exec(tool, args);
    if (res.exitCode !== 0)
        throw new errors/* CheckError */.tl(`${what} failed: ${failureReason(res)}`);
    return res.stdout.trim();
}
/** Runs as root without throwing; a failure becomes a line of the teardown's problems. */
async function tryRoot(h, argv, problems) {
    const [tool, ...args] = asRoot(argv, h.isRoot);
    const res = await h.exec(tool, args);
    if (res.exitCode !== 0)
        problems.push(`${argv.join(' ')}: ${failureReason(res)}`);
}
/** Installs `pkg` when `tool` is not on PATH. */
async function ensureTool(h, tool, pkg, s) {
    if ((await h.exec('sh', ['-c', `command -v ${tool}`])).exitCode === 0)
        return;
    await root(h, aptInstallArgs(pkg), `installing ${pkg} (for ${tool})`);
    s.done.push(`${pkg} installed`);
}
/** A sparse file on a fresh loop device. */
async function loopDisk(h, s) {
    s.file = external_node_path_.join(h.work, `${s.engine}-disk.img`);
    await root(h, truncateArgs(s.file, DISK_SIZE), `creating the ${DISK_SIZE} disk file`);
    s.device = await root(h, losetupAttachArgs(s.file), 'attaching a loop device');
    s.done.push(`loop device ${s.device} on a ${DISK_SIZE} sparse file`);
    return s.device;
}
async function detach(h, s, problems) {
    if (s.device)
        await tryRoot(h, losetupDetachArgs(s.device), problems);
    if (s.file)
        external_node_fs_.rmSync(s.file, { force: true });
}
/** `HugePages_Total` and the hugepage size in kB, from /proc/meminfo. */
function hugepages(meminfo) {
    const n = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(meminfo)?.[1] ?? 0);
    return { total: n('HugePages_Total'), sizeKiB: n('Hugepagesize') };
}
async function mayastorPrepare(h) {
    const s = { engine: 'mayastor', done: [] };
    const missing = [];
    const before = hugepages(h.meminfo());
    s.hugepagesBefore = before.total;
    if (before.sizeKiB !== 2048) {
        missing.push(`2 MiB hugepages (this kernel's hugepage size is ${before.sizeKiB} kB)`);
    }
    else if (before.total < MAYASTOR_HUGEPAGES) {
        const res = await h.exec(...split(asRoot(hugepagesArgs(MAYASTOR_HUGEPAGES), h.isRoot)));
        const after = hugepages(h.meminfo()).total;
        if (after < MAYASTOR_HUGEPAGES) {
            const why = res.exitCode !== 0 ? `: ${failureReason(res)}` : '';
            missing.push(`${MAYASTOR_HUGEPAGES} hugepages of 2 MiB (the runner gave ${after} of them${why})`);
        }
        else
            s.done.push(`${after} hugepages of 2 MiB (were ${before.total})`);
    }
    const mod = await h.exec(...split(asRoot(modprobeArgs('nvme-tcp'), h.isRoot)));
    if (mod.exitCode !== 0) {
        missing.push(`the nvme-tcp kernel module (modprobe nvme-tcp: ${failureReason(mod)}; Ubuntu ships it in linux-modules-extra)`);
    }
    else
        s.done.push('nvme-tcp loaded');
    if (missing.length) {
        // Hugepages taken for nothing go back now: teardown only runs for a prepared engine.
        if (s.hugepagesBefore !== undefined && hugepages(h.meminfo()).total !== s.hugepagesBefore)
            await h.exec(...split(asRoot(hugepagesArgs(s.hugepagesBefore), h.isRoot)));
        throw new errors/* CheckError */.tl(`Mayastor cannot run on this runner: it needs ${missing.join(', and ')}`);
    }
    await loopDisk(h, s);
    return s;
}
const split = (argv) => [argv[0], argv.slice(1)];
const LVM = {
    name: 'lvm',
    values: on('lvm'),
    nodeLabels: [],
    extraMounts: [{ hostPath: '/dev', containerPath: '/dev' }],
    async prepare(h) {
        const s = { engine: 'lvm', done: [], vg: `arch-e2e-${h.suffix}` };
        await ensureTool(h, 'vgcreate', 'lvm2', s);
        const device = await loopDisk(h, s);
        await root(h, vgcreateArgs(s.vg, device), `creating the volume group ${s.vg}`);
        s.done.push(`volume group ${s.vg}`);
        return s;
    },
    async teardown(h, s) {
        const problems = [];
        if (s.vg)
            await tryRoot(h, vgremoveArgs(s.vg), problems);
        if (s.device)
            await tryRoot(h, pvremoveArgs(s.device), problems);
        await detach(h, s, problems);
        return problems;
    },
    manifests: s => [
        storageClass('lvm', 'local.csi.openebs.io', { storage: 'lvm', volgroup: s.vg, fsType: 'ext4' })
    ]
};
const ZFS = {
    name: 'zfs',
    values: on('zfs'),
    nodeLabels: [],
    extraMounts: [],
    async prepare(h) {
        const s = { engine: 'zfs', done: [], pool: `arch-e2e-${h.suffix}` };
        await ensureTool(h, 'zpool', 'zfsutils-linux', s);
        await root(h, modprobeArgs('zfs'), 'loading the zfs kernel module (modprobe zfs; the zfsutils-linux package)');
        s.file = external_node_path_.join(h.work, 'zfs-disk.img');
        await root(h, truncateArgs(s.file, DISK_SIZE), `creating the ${DISK_SIZE} pool file`);
        await root(h, zpoolCreateArgs(s.pool, s.file), `creating the zpool ${s.pool}`);
        s.done.push(`zpool ${s.pool} on a ${DISK_SIZE} sparse file (the node sees it through /dev/zfs)`);
        return s;
    },
    async teardown(h, s) {
        const problems = [];
        if (s.pool)
            await tryRoot(h, zpoolDestroyArgs(s.pool), problems);
        if (s.file)
            external_node_fs_.rmSync(s.file, { force: true });
        return problems;
    },
    manifests: s => [storageClass('zfs', 'zfs.csi.openebs.io', { poolname: s.pool, fstype: 'zfs' })]
};
const MAYASTOR = {
    name: 'mayastor',
    values: [
        ...on('mayastor'),
        // One kind node: one etcd member, and no log stack to wait for.
        { key: 'mayastor.etcd.replicaCount', value: '1' },
        { key: 'mayastor.loki-stack.enabled', value: 'false' }
    ],
    nodeLabels: ['openebs.io/engine=mayastor'],
    extraMounts: [{ hostPath: '/dev', containerPath: '/dev' }],
    prepare: mayastorPrepare,
    async teardown(h, s) {
        const problems = [];
        await detach(h, s, problems);
        if (s.hugepagesBefore !== undefined)
            await tryRoot(h, hugepagesArgs(s.hugepagesBefore), problems);
        return problems;
    },
    manifests: (s, ctx) => [
        storageClass('mayastor', 'io.openebs.csi-mayastor', { protocol: 'nvmf', repl: '1' }),
        {
            apiVersion: 'openebs.io/v1beta2',
            kind: 'DiskPool',
            metadata: { name: 'arch-e2e-pool', namespace: ctx.namespace },
            spec: { node: ctx.node, disks: [`aio://${s.device}`] }
        }
    ]
};
const HOSTPATH = { name: 'hostpath', values: [], nodeLabels: [], extraMounts: [] };
const PROFILES = {
    hostpath: HOSTPATH,
    lvm: LVM,
    zfs: ZFS,
    mayastor: MAYASTOR
};
/** The storage class an engine's run uses (hostpath: the chart's own, as given). */
function engineStorageClass(engine) {
    return `arch-e2e-${engine}`;
}
function storageClass(engine, provisioner, parameters) {
    return {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name: engineStorageClass(engine) },
        provisioner,
        parameters,
        reclaimPolicy: 'Delete',
        volumeBindingMode: 'WaitForFirstConsumer',
        allowVolumeExpansion: true
    };
}
/** The kind cluster config: the engine's mounts on the one node (none: kind's defaults). */
function kindConfig(profile) {
    if (!profile.extraMounts.length)
        return undefined;
    return {
        kind: 'Cluster',
        apiVersion: 'kind.x-k8s.io/v1alpha4',
        nodes: [{ role: 'control-plane', extraMounts: profile.extraMounts }]
    };
}

;// CONCATENATED MODULE: ./actions/lib/e2e/cluster/engine-stages.ts






// The stages an engine adds: its host before kind starts, its node labels once the cluster is
// there, and its StorageClass (and pool) once the chart is installed.
/** The host as the engine sees it, from the run. */
function engineHost(run) {
    return { exec: run.exec, isRoot: run.isRoot, work: run.work, suffix: run.suffix, meminfo: run.meminfo };
}
/** Prepares the host; returns what was done. The kind config with the engine's mounts is written here. */
async function hostStage(run) {
    const { engine } = run;
    if (engine.prepare)
        run.engineState = await engine.prepare(engineHost(run));
    const config = kindConfig(engine);
    if (config)
        external_node_fs_.writeFileSync(external_node_path_.join(run.work, 'kind-config.yaml'), toYamlDocuments([config]));
    return `${engine.name}: ${run.engineState?.done.join(', ') || 'nothing to prepare'}`;
}
function kindConfigFile(run) {
    return kindConfig(run.engine) ? external_node_path_.join(run.work, 'kind-config.yaml') : undefined;
}
/** Labels the nodes for the engine (Mayastor's io-engine runs only on labelled nodes). */
async function labelNodes(run) {
    for (const label of run.engine.nodeLabels) {
        await run.kubectl.run(kubectlLabelNodesArgs(label), `labelling the nodes ${label}`);
    }
}
async function storageClassStage(run) {
    const manifests = run.engine.manifests(run.engineState, {
        namespace: run.o.namespace,
        node: `${run.cluster}-control-plane`
    });
    const file = external_node_path_.join(run.work, 'storageclass.yaml');
    external_node_fs_.writeFileSync(file, toYamlDocuments(manifests));
    await run.kubectl.run(kubectlApplyArgs(file), `applying the ${run.engine.name} StorageClass`);
    return manifests.map(m => `${String(m.kind)} ${String(m.metadata.name)}`).join(', ');
}

// EXTERNAL MODULE: ./actions/lib/e2e/perf/fio.ts
var fio = __webpack_require__(71077);
;// CONCATENATED MODULE: ./actions/lib/e2e/perf/host.ts


// The runner a perf run measured: CPU model, cores, memory and kernel, read where it ran (the kind
// node shares the runner's kernel and CPUs).
/** Arm's own cores by `CPU part` (implementer 0x41), for cpuinfo files without a model name. */
const ARM_PARTS = {
    '0xd0c': 'Neoverse-N1',
    '0xd40': 'Neoverse-V1',
    '0xd49': 'Neoverse-N2',
    '0xd4f': 'Neoverse-V2',
    '0xd8e': 'Neoverse-N3',
    '0xd08': 'Cortex-A72',
    '0xd0b': 'Cortex-A76'
};
/** The CPU model named in /proc/cpuinfo text: `model name`, else an Arm part, else undefined. */
function cpuModel(cpuinfo) {
    const field = (k) => new RegExp(`^${k}\\s*:\\s*(.+)$`, 'mi').exec(cpuinfo)?.[1].trim();
    const name = field('model name');
    if (name)
        return name;
    const part = field('CPU part')?.toLowerCase();
    if (part && field('CPU implementer')?.toLowerCase() === '0x41')
        return ARM_PARTS[part] ?? `Arm part ${part}`;
    return part ? `CPU part ${part}` : undefined;
}
function readCpuinfo() {
    try {
        const fd = external_node_fs_.openSync('/proc/cpuinfo', 'r');
        try {
            const buf = Buffer.alloc(256 * 1024);
            return buf.subarray(0, external_node_fs_.readSync(fd, buf, 0, buf.length, null)).toString('utf8');
        }
        finally {
            external_node_fs_.closeSync(fd);
        }
    }
    catch {
        return '';
    }
}
/** This machine, as the side of a comparison that ran `platform` (emulated: under QEMU). */
function hostFacts(platform, emulated, runner) {
    const cpus = external_node_os_.cpus();
    return {
        platform,
        cpu: cpuModel(readCpuinfo()) ?? cpus[0]?.model ?? 'unknown',
        cores: cpus.length || external_node_os_.availableParallelism(),
        memoryMiB: Math.round(external_node_os_.totalmem() / 1048576),
        kernel: external_node_os_.release(),
        emulated,
        ...(runner ? { runner } : {})
    };
}

;// CONCATENATED MODULE: ./actions/lib/e2e/cluster/perf.ts







// The performance stage: fio's standard set in a pod on a fresh volume of the engine's
// StorageClass, with a fixed size and runtime and direct I/O; its JSON, with the runner's facts,
// is the record that level compare reads.
/** Fixed, so two runs compare: 1 GiB file, 20 s per job (4 jobs), libaio at queue depth 16. */
const PERF_SIZE = '1g';
const PERF_RUNTIME = 20;
const PERF_DEFAULT_IMAGE = 'docker.io/library/debian:bookworm-slim';
/** The line between the pod's own output and fio's JSON in its log. */
const MARK = '--- arch-actions fio json ---';
function perfPodScript(jobs) {
    return [
        'set -e',
        // An image without fio gets Debian's (the default image is Debian's slim one).
        'command -v fio >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends fio >/dev/null; }',
        `cat > /tmp/jobs.fio <<'JOBS'\n${jobs}JOBS`,
        'fio --output-format=json --output=/tmp/fio.json /tmp/jobs.fio',
        `echo '${MARK}'`,
        'cat /tmp/fio.json'
    ].join('\n');
}
function perfManifests(run) {
    const ns = `arch-e2e-${run.suffix}`;
    const pvc = `arch-e2e-fio-${run.suffix}`;
    const jobs = (0,fio/* fioJobFile */.Kl)({ size: PERF_SIZE, runtime: PERF_RUNTIME, directory: '/data', ioengine: 'libaio' });
    const labels = { 'app.kubernetes.io/part-of': 'arch-actions-e2e' };
    return [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } },
        {
            apiVersion: 'v1',
            kind: 'PersistentVolumeClaim',
            metadata: { name: pvc, namespace: ns, labels },
            spec: {
                storageClassName: run.storageClass,
                accessModes: ['ReadWriteOnce'],
                resources: { requests: { storage: '2Gi' } }
            }
        },
        {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name: `arch-e2e-fio-${run.suffix}`, namespace: ns, labels },
            spec: {
                restartPolicy: 'Never',
                nodeSelector: { 'kubernetes.io/arch': run.podArch },
                containers: [
                    {
                        name: 'fio',
                        image: run.o.perfImage || PERF_DEFAULT_IMAGE,
                        command: ['sh', '-c', perfPodScript(jobs)],
                        volumeMounts: [{ name: 'data', mountPath: '/data' }]
                    }
                ],
                volumes: [{ name: 'data', persistentVolumeClaim: { claimName: pvc } }]
            }
        }
    ];
}
/** fio's JSON from the pod's log: everything after the mark. */
function fioJsonFromLog(log) {
    const at = log.lastIndexOf(MARK);
    if (at < 0)
        throw new errors/* CheckError */.tl('the fio pod printed no JSON (its log has no fio output)');
    return log.slice(at + MARK.length).trim();
}
/** Polls the pod until it ends; the deadline is the jobs' time plus the run's timeout. */
async function waitForFio(run, pod, ns) {
    const deadline = run.now() + (run.timeout + 4 * PERF_RUNTIME) * 1000;
    for (;;) {
        const phase = (await run.kubectl.run(kubectlPodPhaseArgs(pod, ns), 'the fio pod')).trim();
        if (phase === 'Succeeded')
            return;
        if (phase === 'Failed')
            throw new errors/* CheckError */.tl(`the fio pod ${pod} ended in phase Failed`);
        if (run.now() >= deadline)
            throw new errors/* CheckError */.tl(`the fio pod ${pod} is still ${phase || 'not created'}`);
        await run.sleep(2000);
    }
}
async function perfStage(run) {
    const docs = perfManifests(run);
    const file = external_node_path_.join(run.work, 'fio.yaml');
    external_node_fs_.writeFileSync(file, toYamlDocuments(docs));
    await run.kubectl.run(kubectlApplyArgs(file), 'applying the fio PVC and pod');
    const ns = `arch-e2e-${run.suffix}`;
    const pod = `arch-e2e-fio-${run.suffix}`;
    await waitForFio(run, pod, ns);
    const log = await run.kubectl.run(['logs', pod, '--namespace', ns], 'fio pod logs');
    const json = fioJsonFromLog(log);
    const parsed = (0,fio/* parseFio */.ax)(json, 'the fio pod', pod);
    const platform = `linux/${run.podArch}`;
    const record = {
        kind: 'arch-actions-fio',
        host: (run.hostFacts ?? (p => hostFacts(p, false, process.env.ImageOS)))(platform),
        engine: run.engine.name,
        storageClass: run.storageClass,
        fio: JSON.parse(json)
    };
    const out = run.o.perfFile ?? external_node_path_.join(run.work, `fio-${run.podArch}.json`);
    external_node_fs_.mkdirSync(external_node_path_.dirname(out), { recursive: true });
    external_node_fs_.writeFileSync(out, JSON.stringify(record, null, 2) + '\n');
    run.result.perf = { file: out, platform, jobs: parsed.jobs.length };
    const failed = parsed.jobs.filter(j => j.error);
    if (failed.length)
        throw new errors/* CheckError */.tl(`fio jobs failed: ${failed.map(j => `${j.name} (error ${j.error})`).join(', ')}`);
    return `${parsed.jobs.length} fio jobs on ${run.storageClass} (${platform}), record ${out}`;
}

;// CONCATENATED MODULE: ./actions/lib/e2e/cluster/stages.ts












/** Runs the stages in order, each in a log group; after a failure the rest are skipped. */
async function runStages(stages, run) {
    let failed = false;
    for (const stage of stages) {
        const why = failed ? 'an earlier stage failed' : stage.skip?.(run);
        if (why) {
            run.result.stages.push({ name: stage.name, status: 'skipped', seconds: 0, detail: why });
            continue;
        }
        const title = stage.title(run);
        const started = run.now();
        const seconds = () => (run.now() - started) / 1000;
        await toolkit/* group */.Os(title, async () => {
            try {
                const detail = await stage.body(run);
                run.result.stages.push({ name: stage.name, status: 'passed', seconds: seconds(), detail });
            }
            catch (err) {
                failed = true;
                const detail = err.message;
                run.result.problems.push(`${stage.name}: ${detail}`);
                run.result.stages.push({ name: stage.name, status: 'failed', seconds: seconds(), detail });
                toolkit/* error */.z3(`${title}: ${detail}`);
            }
        });
    }
    return !failed;
}
const noChart = (run) => (run.o.chart ? undefined : 'no chart to install');
async function toolsStage(run) {
    for (const t of ['kind', 'helm', 'kubectl']) {
        if (!run.bin[t])
            run.bin[t] = await run.installTool(t, run.arch);
    }
    return `kind ${tools/* PINNED */.LS.kind.version}, helm ${tools/* PINNED */.LS.helm.version}, kubectl ${tools/* PINNED */.LS.kubectl.version} (${run.arch})`;
}
async function clusterStage(run) {
    const { cluster, kubectl, timeout } = run;
    const config = kindConfigFile(run);
    const args = kindCreateArgs({
        name: cluster,
        kubeconfig: kubectl.kubeconfig,
        waitSeconds: timeout,
        config
    });
    await run.kind.run(args, 'kind create cluster');
    run.created = true;
    await labelNodes(run);
    const nodes = await kubectl.items('nodes');
    const archs = nodes.map(n => `${n.metadata.name}=${n.metadata.labels?.['kubernetes.io/arch'] ?? '?'}`);
    return `${cluster} from ${tools/* PINNED */.LS.nodeImage} (${archs.join(', ')})`;
}
async function installStage(run) {
    const o = run.o;
    const args = helmInstallArgs({
        ...helmChart(run),
        timeoutSeconds: run.timeout,
        kubeconfig: run.kubectl.kubeconfig
    });
    await run.helm.run(args, 'helm install');
    return `${o.chart} in namespace ${o.namespace}`;
}
async function rolloutStage(run) {
    const { namespace } = run.o;
    const listed = await run.kubectl.run(kubectlWorkloadsArgs(namespace), 'kubectl get workloads');
    const names = listed
        .split('\n')
        .map(s => s.trim())
        .filter(Boolean);
    for (const w of names) {
        await run.kubectl.run(kubectlRolloutArgs(w, namespace, run.timeout), `rollout of ${w}`);
    }
    return `${names.length} workload(s) rolled out`;
}
async function testsStage(run) {
    // PATH puts the pinned kubectl and helm first; KUBECONFIG points at this cluster.
    const env = {
        KUBECONFIG: run.kubectl.kubeconfig,
        ARCH_E2E_CLUSTER: run.cluster,
        PATH: [external_node_path_.dirname(run.bin.kubectl), external_node_path_.dirname(run.bin.helm), process.env.PATH ?? ''].join(external_node_path_.delimiter)
    };
    const res = await run.exec('bash', ['-c', run.o.testCommand], { env, stream: true });
    if (res.exitCode !== 0)
        throw new errors/* CheckError */.tl(`${specs_generated/* RUN_ARM64_E2E */.Mf.inputs['test-command'].name} exited with ${res.exitCode}`);
    return `${run.o.testCommand} passed`;
}
/** The cluster level, in order. */
const STAGES = [
    { name: 'tools', title: () => 'Install kind, helm and kubectl', body: toolsStage },
    {
        name: 'host',
        title: run => `Prepare the runner for ${run.engine.name}`,
        skip: run => (run.engine.prepare ? undefined : `${run.engine.name} needs nothing on the host`),
        body: hostStage
    },
    { name: 'cluster', title: () => 'Create the kind cluster', body: clusterStage },
    {
        name: 'images',
        title: () => 'Load the images under test',
        skip: run => (run.o.images.length ? undefined : 'nothing to do'),
        body: imagesStage
    },
    {
        name: 'chart-images',
        title: () => "Pull the chart's images with the job's login and load them",
        skip: noChart,
        body: chartImagesStage
    },
    { name: 'install', title: run => `Install the chart ${run.o.chart}`, skip: noChart, body: installStage },
    { name: 'rollout', title: () => 'Wait for the rollouts', skip: noChart, body: rolloutStage },
    {
        name: 'storageclass',
        title: run => `StorageClass for ${run.engine.name}`,
        skip: run => noChart(run) ?? (run.engine.manifests ? undefined : `the chart's own ${run.storageClass}`),
        body: storageClassStage
    },
    {
        name: 'storage',
        title: run => `Storage smoke test on ${run.storageClass}`,
        // Without a chart there is no storage under test (kind's own class is not ours to test).
        skip: noChart,
        body: storageStage
    },
    {
        name: 'perf',
        title: run => `fio on ${run.storageClass} (${run.podArch})`,
        skip: run => noChart(run) ?? ((run.o.perf ?? 'off') === 'off' ? 'not asked for' : undefined),
        body: perfStage
    },
    {
        name: 'architecture',
        title: () => 'Check that everything runs arm64',
        skip: run => (run.o.perf === 'baseline' ? 'the amd64 baseline run' : undefined),
        body: architectureStage
    },
    {
        name: 'tests',
        title: run => `Run the tests: ${run.o.testCommand}`,
        skip: run => (run.o.testCommand ? undefined : 'nothing to do'),
        body: testsStage
    }
];

;// CONCATENATED MODULE: ./actions/lib/e2e/cluster/run.ts

















/**
 * The cluster level runs on arm64 hosts only: kind has no platform option, and a node image
 * under QEMU user emulation is not a supported kind setup (docs/arm64.md). The amd64 side of the
 * performance comparison (perf: baseline) runs on an amd64 host, natively too.
 */
function checkClusterHost(hostArch = process.arch, perf = 'off') {
    const host = (0,platform/* formatPlatform */.Bq)((0,platform/* hostPlatform */.ol)(hostArch));
    if (host === 'linux/arm64')
        return;
    if (host === 'linux/amd64' && perf === 'baseline')
        return;
    throw new errors/* ConfigurationError */.j1(`Input "${specs_generated/* RUN_ARM64_E2E */.Mf.inputs.level.name}" is "cluster" and this runner is ${host}: the cluster level needs a native arm64 runner ` +
        `(for example ubuntu-24.04-arm, or a self-hosted arm64 runner), or an amd64 one with ${specs_generated/* RUN_ARM64_E2E */.Mf.inputs.perf.name} "baseline"`);
}
/** Uploads the diagnostics folder through the runner's artifact service. */
const uploadArtifact = async (name, files, root) => {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(777), __webpack_require__.e(463), __webpack_require__.e(700), __webpack_require__.e(919), __webpack_require__.e(157), __webpack_require__.e(212), __webpack_require__.e(846)]).then(__webpack_require__.t.bind(__webpack_require__, 76846, 23));
    await new DefaultArtifactClient().uploadArtifact(name, files, root, { retentionDays: 14 });
};
function newRun(o, deps) {
    // A tool waits up to the run's timeout (kubectl --timeout, helm --wait): never killed before.
    const exec = deps.exec ??
        kubeExec(Math.max(o.limits?.toolMs ?? limits/* DEFAULT_LIMITS */.dR.toolMs, (Math.max(o.timeout, 60) + 60) * 1000));
    const suffix = (0,external_node_crypto_.randomBytes)(3).toString('hex');
    const cluster = o.clusterName ?? `arch-e2e-${suffix}`;
    const work = o.workDir ?? external_node_fs_.mkdtempSync(external_node_path_.join(process.env.RUNNER_TEMP || external_node_os_.tmpdir(), 'arch-e2e-'));
    external_node_fs_.mkdirSync(work, { recursive: true });
    const kubeconfig = external_node_path_.join(work, 'kubeconfig');
    const bin = { kind: '', helm: '', kubectl: '' };
    const engine = PROFILES[o.engine ?? 'hostpath'];
    const arch = (0,tools/* toolArch */.hJ)(deps.hostArch);
    return {
        engine,
        isRoot: deps.isRoot ?? process.getuid?.() === 0,
        meminfo: deps.meminfo ?? (() => external_node_fs_.readFileSync('/proc/meminfo', 'utf8')),
        hostFacts: deps.hostFacts,
        storageClass: engine.manifests ? engineStorageClass(engine.name) : o.storageClass,
        podArch: o.perf === 'baseline' ? arch : 'arm64',
        o,
        exec,
        arch,
        installTool: deps.installTool ?? ((t, arch) => (0,tools/* installPinned */.QA)(t, arch, tools/* actionsToolCache */.CC)),
        registry: deps.registry,
        now: deps.now ?? Date.now,
        sleep: deps.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms))),
        cluster,
        suffix,
        work,
        timeout: Math.max(o.timeout, 60),
        bin,
        kind: new Tool(exec, () => bin.kind),
        helm: new Tool(exec, () => bin.helm),
        docker: new Tool(exec, () => 'docker'),
        kubectl: new Kubectl(exec, () => bin.kubectl, kubeconfig),
        created: false,
        result: {
            level: 'cluster',
            ok: false,
            cluster,
            kubeconfig,
            nodeImage: tools/* PINNED */.LS.nodeImage,
            versions: { kind: tools/* PINNED */.LS.kind.version, helm: tools/* PINNED */.LS.helm.version, kubectl: tools/* PINNED */.LS.kubectl.version },
            stages: [],
            containers: [],
            problems: []
        }
    };
}
/** Undoes the host stage (loop device, volume group, pool, hugepages); what fails is a warning. */
async function teardownEngine(run) {
    const state = run.engineState;
    if (!state || !run.engine.teardown)
        return;
    const problems = await run.engine.teardown(engineHost(run), state);
    run.result.engine = { name: state.engine, prepared: state.done, teardownProblems: problems };
    for (const p of problems)
        toolkit/* warning */.$e(`Teardown of ${state.engine}: ${p}`);
}
/**
 * After a failure: diagnostics into the folder, then the artifact when an uploader is given.
 * A folder that cannot be written is reported here, so the stage failure is still the last error.
 */
async function diagnose(run, upload) {
    const { diagnosticsDir } = run.o;
    const artifactName = diagnosticsArtifactName(run.o.artifactName, run.suffix);
    const kind = { tool: run.kind, cluster: run.cluster };
    let diagnostics;
    try {
        diagnostics = await toolkit/* group */.Os('Collect diagnostics', () => collectDiagnostics(diagnosticsDir, run.kubectl, kind));
    }
    catch (err) {
        toolkit/* error */.z3(`No diagnostics: ${(0,paths/* pathError */.g$)(specs_generated/* RUN_ARM64_E2E */.Mf.inputs['diagnostics-dir'].name, diagnosticsDir, err).message}`);
        return;
    }
    run.result.diagnostics = diagnostics;
    if (!upload || !diagnostics.files.length)
        return;
    try {
        await upload(artifactName, diagnostics.files, diagnosticsDir);
        run.result.artifact = artifactName;
    }
    catch (err) {
        toolkit/* warning */.$e(`Could not upload the diagnostics artifact "${artifactName}": ${err.message}`);
    }
}
/**
 * Level `cluster`: kind at a pinned version and node image, the chart installed and rolled
 * out, a storage smoke test (write, delete the pod, read back and verify), architecture
 * checks, then the user's tests. Diagnostics are collected when anything fails. Never throws
 * for a failed stage (see `ok`); throws ConfigurationError before doing anything on a host
 * that is not arm64.
 */
async function runClusterE2E(o, deps = {}) {
    checkClusterHost(deps.hostArch, o.perf);
    const run = newRun(o, deps);
    run.result.ok = await runStages(STAGES, run);
    if (!run.result.ok && run.created)
        await diagnose(run, deps.upload);
    // An engine's devices are held by the kind node: the cluster goes first, so the teardown can free them.
    if (run.created && (o.deleteCluster || run.engineState)) {
        const res = await run.kind.attempt(kindDeleteArgs(run.cluster, run.kubectl.kubeconfig));
        if (res.exitCode !== 0)
            toolkit/* warning */.$e(`Could not delete the kind cluster ${run.cluster}: ${failureReason(res)}`);
    }
    await teardownEngine(run);
    return run.result;
}

// EXTERNAL MODULE: ./actions/lib/e2e/container/parity.ts + 3 modules
var parity = __webpack_require__(22924);
;// CONCATENATED MODULE: ./actions/lib/e2e/container/table.ts
/** Size difference of `value` against `base`, in percent with a sign (`+3.2%`). */
function percentDiff(value, base) {
    if (value === undefined || base === undefined || base === 0)
        return '–';
    const d = ((value - base) / base) * 100;
    return `${d >= 0 ? '+' : ''}${d.toFixed(1)}%`;
}
function ratio(value, base) {
    if (value === undefined || base === undefined || base <= 0)
        return '–';
    return `${(value / base).toFixed(2)}×`;
}
const PARITY_HEADERS = [
    'Image',
    'Platform',
    'Runs',
    'Exit',
    'Machine',
    'Size',
    'Size vs baseline',
    'Layers',
    'Time',
    'Time vs baseline',
    'Result'
];
/**
 * The parity table: per image the baseline row, then each platform next to it with the
 * size difference in percent and the time ratio. `code` wraps literal values (HTML or not).
 */
function parityRows(result, code = s => s, size = n => String(n ?? '–')) {
    const rows = [];
    for (const img of result.images) {
        const base = img.runs.find(r => r.platform === img.baseline);
        if (!img.runs.length) {
            rows.push([
                code(img.image),
                '–',
                '–',
                '–',
                '–',
                '–',
                '–',
                '–',
                '–',
                '–',
                `❌ ${img.problems.join('; ')}`
            ]);
            continue;
        }
        for (const r of img.runs) {
            const isBase = r === base;
            rows.push([
                code(img.image),
                code(r.platform) + (isBase ? ' (baseline)' : ''),
                r.mode,
                r.exitCode === undefined ? (r.timedOut ? 'timeout' : '–') : String(r.exitCode),
                r.machine ? code(r.machine) : '–',
                size(r.size),
                isBase ? '–' : percentDiff(r.size, base?.size),
                r.layers === undefined ? '–' : String(r.layers),
                r.seconds === undefined ? '–' : `${r.seconds.toFixed(2)}s`,
                isBase ? '–' : ratio(r.seconds, base?.seconds),
                r.ok ? '✅ same as baseline' : `❌ ${r.problems.join('; ') || 'failed'}`
            ]);
        }
    }
    return rows;
}

// EXTERNAL MODULE: ./actions/lib/core/report.ts
var report = __webpack_require__(12420);
// EXTERNAL MODULE: ./actions/lib/core/summary.ts
var summary = __webpack_require__(87364);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var core_inputs = __webpack_require__(75855);
// EXTERNAL MODULE: ./actions/lib/oci/archive-source.ts
var archive_source = __webpack_require__(91554);
;// CONCATENATED MODULE: ./actions/run-arm64-e2e/inputs.ts








const inputs_IN = specs_generated/* RUN_ARM64_E2E */.Mf.inputs;
const OUT = specs_generated/* RUN_ARM64_E2E */.Mf.outputs;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** The cluster level's chart inputs; the image mapping is checked now, before any cluster exists. */
function chartInputs(level, images, baseline) {
    const chart = (0,core_inputs/* getString */.AA)(inputs_IN.chart);
    const chartRepo = (0,core_inputs/* getString */.AA)(inputs_IN['chart-repo']);
    if (chartRepo && !chart)
        throw (0,errors/* badInput */.AN)(inputs_IN['chart-repo'].name, chartRepo, `it needs a chart name in "${inputs_IN.chart.name}"`);
    if (chartRepo && !/^(https?|oci):\/\/\S+$/.test(chartRepo)) {
        throw (0,errors/* badInput */.AN)(inputs_IN['chart-repo'].name, chartRepo, 'expected an http(s):// or oci:// repository URL');
    }
    const values = (0,core_inputs/* getList */.vS)(inputs_IN.values);
    if (level === 'cluster')
        values.forEach(v => (0,paths/* readPath */.G7)(inputs_IN.values.name, v, 'file'));
    const namespace = (0,core_inputs/* getString */.AA)(inputs_IN.namespace);
    if (!DNS_LABEL.test(namespace))
        throw (0,errors/* badInput */.AN)(inputs_IN.namespace.name, namespace, 'expected a DNS label (lowercase letters, digits, -)');
    const storageClass = (0,core_inputs/* getString */.AA)(inputs_IN['storage-class']);
    if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(storageClass)) {
        throw (0,errors/* badInput */.AN)(inputs_IN['storage-class'].name, storageClass, 'expected a StorageClass name');
    }
    // The amd64 perf baseline runs the chart's own images: values naming the image under test are left out.
    const set = (0,core_inputs/* parseKeyValues */.Hl)(inputs_IN.set.name, (0,core_inputs/* getLines */.iv)(inputs_IN.set)).filter(s => !baseline || !namesImageUnderTest(s.value));
    const imageValues = parseImageValues(inputs_IN['image-values'].name, (0,core_inputs/* getLines */.iv)(inputs_IN['image-values']));
    if (level === 'cluster')
        chartValues({ images, imageValues, set });
    const chartVersion = (0,core_inputs/* getString */.AA)(inputs_IN['chart-version']);
    return { chart, chartRepo, chartVersion, values, set, imageValues, namespace, storageClass };
}
/** Where the report and the diagnostics go: checked now, so a bad path never hides a failure later. */
function outputPaths(level) {
    const report = (0,core_inputs/* getString */.AA)(inputs_IN.report) || external_node_path_.join((0,paths/* scratchDir */.GA)(), 'e2e-report.json');
    const diagnostics = (0,core_inputs/* getString */.AA)(inputs_IN['diagnostics-dir']) || external_node_path_.join((0,paths/* scratchDir */.GA)(), 'e2e-diagnostics');
    return {
        report: (0,paths/* writePath */.Jf)(inputs_IN.report.name, report, 'file'),
        diagnosticsDir: level === 'cluster'
            ? (0,paths/* writePath */.Jf)(inputs_IN['diagnostics-dir'].name, diagnostics, 'folder')
            : external_node_path_.resolve(diagnostics)
    };
}
function getInputs() {
    const level = (0,core_inputs/* getChoice */.m)(inputs_IN.level);
    const images = (0,core_inputs/* getList */.vS)(inputs_IN.images).map(s => (0,archive_source/* parseImageReference */.o_)(s, inputs_IN.images.name));
    if (level === 'container' && images.length === 0) {
        throw (0,errors/* badInput */.AN)(inputs_IN.images.name, '', `${inputs_IN.level.name} "container" needs at least one image reference`);
    }
    const archive = images.find(archive_source/* isLocalRef */.X9);
    if (level === 'cluster' && archive) {
        throw (0,errors/* badInput */.AN)(inputs_IN.images.name, archive.original, `${inputs_IN.level.name} "cluster" runs images from a registry, not archives`);
    }
    const artifactName = (0,core_inputs/* getString */.AA)(inputs_IN['artifact-name']);
    if (/[":<>|*?\\/\r\n]/.test(artifactName)) {
        throw (0,errors/* badInput */.AN)(inputs_IN['artifact-name'].name, artifactName, 'an artifact name cannot contain " : < > | * ? \\ / or newlines');
    }
    return {
        level,
        images,
        platforms: (0,platform/* parsePlatforms */.qA)((0,core_inputs/* getList */.vS)(inputs_IN.platforms), inputs_IN.platforms.name),
        baseline: (0,platform/* parsePlatform */.FL)((0,core_inputs/* getString */.AA)(inputs_IN.baseline), inputs_IN.baseline.name),
        command: (0,core_inputs/* getString */.AA)(inputs_IN.command),
        args: (0,core_inputs/* getLines */.iv)(inputs_IN.args),
        timeout: (0,core_inputs/* getInt */.yW)(inputs_IN.timeout, 1, 86400),
        runtime: (0,core_inputs/* getChoice */.m)(inputs_IN.runtime),
        insecureRegistries: (0,core_inputs/* getList */.vS)(inputs_IN['insecure-registries']),
        limits: (0,core_inputs/* getLimits */.pV)(inputs_IN.limits),
        ...chartInputs(level, images, (0,core_inputs/* getChoice */.m)(inputs_IN.perf) === 'baseline'),
        engine: (0,core_inputs/* getChoice */.m)(inputs_IN.engine),
        perf: (0,core_inputs/* getChoice */.m)(inputs_IN.perf),
        perfImage: (0,core_inputs/* getString */.AA)(inputs_IN['perf-image']),
        perfFile: external_node_path_.join((0,paths/* scratchDir */.GA)(), 'perf', `fio-${process.arch === 'x64' ? 'amd64' : process.arch}.json`),
        testCommand: (0,core_inputs/* getString */.AA)(inputs_IN['test-command']),
        artifactName,
        ...outputPaths(level),
        summary: (0,core_inputs/* getBool */.Jz)(inputs_IN.summary)
    };
}

;// CONCATENATED MODULE: ./actions/run-arm64-e2e/main.ts











async function run() {
    // The comparison reads two files and nothing else of the e2e inputs.
    if ((0,core_inputs/* getChoice */.m)(specs_generated/* RUN_ARM64_E2E */.Mf.inputs.level) === 'compare')
        return (await __webpack_require__.e(/* import() */ 538).then(__webpack_require__.bind(__webpack_require__, 46157))).runCompare();
    const inputs = getInputs();
    if (inputs.level === 'container')
        return runContainer(inputs);
    return runCluster(inputs);
}
/**
 * Writes the report, then throws `failure` if any: a report that cannot be written is printed
 * first, so the run's own failure stays the last error in the log.
 */
function reportThenFail(file, result, failure) {
    try {
        (0,report/* writeReport */.u)(file, result, specs_generated/* RUN_ARM64_E2E */.Mf.inputs.report.name);
    }
    catch (err) {
        if (!failure)
            throw err;
        toolkit/* error */.z3(err.message);
    }
    if (failure)
        throw failure;
}
async function runContainer(inputs) {
    const result = await (0,parity/* runContainerParity */.ye)(inputs);
    toolkit/* setOutput */.uH(OUT.ok, String(result.ok));
    toolkit/* setOutput */.uH(OUT.report, inputs.report);
    toolkit/* setOutput */.uH(OUT.diagnostics, '');
    await (0,summary/* writeSummary */.Sy)(inputs.summary, s => containerSummary(s, result));
    reportThenFail(inputs.report, result, result.ok ? undefined : (0,parity/* parityFailure */.GV)(result));
}
function containerSummary(s, result) {
    s.addHeading(`Parity: ${result.ok ? '✅ every platform matches' : '❌ parity differences'}`, 3);
    const what = result.args
        ? `The entrypoint with arguments <code>${(0,summary/* escapeHtml */.ZD)(JSON.stringify(result.args))}</code> (no shell)`
        : `Command <code>${(0,summary/* escapeHtml */.ZD)(result.command)}</code>`;
    s.addRaw(`${what} through ${result.runtime}, baseline <code>${result.baseline}</code>`, true);
    s.addTable((0,summary/* table */.tp)(PARITY_HEADERS, parityRows(result, v => `<code>${(0,summary/* escapeHtml */.ZD)(v)}</code>`, summary/* bytes */.ee)));
}
async function runCluster(inputs) {
    // Refuse before touching anything: a ConfigurationError on a runner that is not arm64.
    checkClusterHost(process.arch, inputs.perf);
    let result;
    try {
        // Diagnostics become an artifact only where the runner offers the artifact service.
        const upload = process.env.ACTIONS_RUNTIME_TOKEN ? uploadArtifact : undefined;
        result = await runClusterE2E(inputs, { upload });
        toolkit/* setOutput */.uH(OUT.ok, String(result.ok));
        toolkit/* setOutput */.uH(OUT.report, inputs.report);
        toolkit/* setOutput */.uH(OUT.diagnostics, result.diagnostics?.dir ?? '');
        toolkit/* setOutput */.uH(OUT['perf-record'], result.perf?.file ?? '');
    }
    finally {
        // The summary is written in every case, including an unexpected error.
        const r = result;
        await (0,summary/* writeSummary */.Sy)(inputs.summary, s => clusterSummary(s, r, inputs));
    }
    const failure = result.ok
        ? undefined
        : new errors/* CheckError */.tl(`arm64 cluster e2e failed: ${result.problems.join('; ')}`);
    reportThenFail(inputs.report, result, failure);
}
function clusterSummary(s, result, inputs) {
    const ok = result?.ok ?? false;
    s.addHeading(`arm64 cluster e2e: ${ok ? '✅ passed' : '❌ failed'}`, 3);
    s.addRaw(`kind <code>${tools/* PINNED */.LS.kind.version}</code>, node image <code>${tools/* PINNED */.LS.nodeImage}</code>, helm <code>${tools/* PINNED */.LS.helm.version}</code>`, true);
    if (!result) {
        s.addRaw('The run stopped before any stage finished; see the log.', true);
        return;
    }
    const icon = { passed: '✅', failed: '❌', skipped: '–' };
    s.addTable((0,summary/* table */.tp)(['Stage', 'Result', 'Time', 'Detail'], result.stages.map(st => [
        st.name,
        `${icon[st.status]} ${st.status}`,
        `${st.seconds.toFixed(1)}s`,
        (0,summary/* escapeHtml */.ZD)(st.detail)
    ])));
    if (result.smoke?.checksum) {
        s.addRaw(`Storage class <code>${(0,summary/* escapeHtml */.ZD)(inputs.storageClass)}</code>: sha256 <code>${result.smoke.checksum.slice(0, 16)}…</code> written on ` +
            `<code>${result.smoke.writerMachine ?? '?'}</code>, verified on <code>${result.smoke.readerMachine ?? '?'}</code>`, true);
    }
    if (result.engine) {
        const left = result.engine.teardownProblems;
        s.addRaw(`Engine <code>${result.engine.name}</code>: ${(0,summary/* escapeHtml */.ZD)(result.engine.prepared.join(', '))}; ` +
            (left.length ? `teardown left: ${(0,summary/* escapeHtml */.ZD)(left.join('; '))}` : 'torn down'), true);
    }
    if (result.perf) {
        s.addRaw(`fio record (${result.perf.platform}, ${result.perf.jobs} jobs): <code>${(0,summary/* escapeHtml */.ZD)(result.perf.file)}</code>`, true);
    }
    if (result.diagnostics) {
        s.addRaw(`Diagnostics: ${result.diagnostics.files.length} file(s) in <code>${(0,summary/* escapeHtml */.ZD)(result.diagnostics.dir)}</code>` +
            (result.artifact ? `, artifact <code>${(0,summary/* escapeHtml */.ZD)(result.artifact)}</code>` : '') +
            (result.diagnostics.failingPods.length
                ? `; failing pods: ${result.diagnostics.failingPods.map(p => `<code>${p}</code>`).join(', ')}`
                : ''), true);
    }
}


/***/ })

};
;
//# sourceMappingURL=352.index.js.map