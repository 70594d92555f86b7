"use strict";
exports.id = 365;
exports.ids = [365];
exports.modules = {

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

/***/ 96290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XN: () => (/* binding */ setupBuilder),
/* harmony export */   hj: () => (/* binding */ builderFor),
/* harmony export */   iq: () => (/* binding */ removeBuilder),
/* harmony export */   jU: () => (/* binding */ saveCreatedBuilder),
/* harmony export */   ze: () => (/* binding */ removeSavedBuilder)
/* harmony export */ });
/* unused harmony exports createBuilderArgs, inspectCurrent, currentBuilder, isLoopback */
/* harmony import */ var _core_toolkit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83446);
/* harmony import */ var _core_exec__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6015);


/** The argv that creates a docker-container builder. */
function createBuilderArgs(opts) {
    return [
        'buildx',
        'create',
        '--name',
        opts.name,
        '--driver',
        'docker-container',
        '--driver-opt',
        `image=${opts.buildkitImage}`,
        ...(opts.hostNetwork ? ['--driver-opt', 'network=host'] : []),
        '--platform',
        opts.platforms.join(','),
        ...(opts.use === false ? [] : ['--use'])
    ];
}
/** The builder buildx uses now (the one `--use` replaces), and its driver ('' when buildx cannot say). */
async function inspectCurrent(exec = _core_exec__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF) {
    const res = await exec('docker', ['buildx', 'inspect'], { silent: true, ignoreReturnCode: true });
    return {
        name: res.stdout.match(/^Name:\s*(\S+)/m)?.[1] ?? 'default',
        driver: res.stdout.match(/^Driver:\s*(\S+)/m)?.[1] ?? ''
    };
}
/** The builder buildx uses now (the one `--use` replaces). */
async function currentBuilder(exec = _core_exec__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF) {
    return (await inspectCurrent(exec)).name;
}
/**
 * Creates and bootstraps a builder. The docker driver needs none: it is the daemon's own
 * BuildKit, so we only report its name. A failed bootstrap removes the new builder and
 * puts the previous one back in use before it throws.
 */
async function setupBuilder(opts, deps = {}) {
    const exec = deps.exec ?? _core_exec__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF;
    await exec('docker', ['buildx', 'version']);
    if (opts.driver === 'docker') {
        return { name: await currentBuilder(exec), driver: 'docker', created: false };
    }
    const previous = await currentBuilder(exec);
    await exec('docker', createBuilderArgs(opts));
    const created = { name: opts.name, previous };
    deps.onCreated?.(created);
    try {
        await exec('docker', ['buildx', 'inspect', '--bootstrap', opts.name]);
    }
    catch (err) {
        await removeBuilder(created, exec);
        throw err;
    }
    return { name: opts.name, driver: 'docker-container', created: true };
}
/**
 * Removes a builder we created and puts the previous one back in use. Safe to run twice
 * (after a failed bootstrap and again in the post step); clean-up never fails a job.
 */
async function removeBuilder(created, exec = _core_exec__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF) {
    const exists = await exec('docker', ['buildx', 'inspect', created.name], {
        silent: true,
        ignoreReturnCode: true
    });
    try {
        if (exists.exitCode === 0)
            await exec('docker', ['buildx', 'rm', created.name]);
        if ((await currentBuilder(exec)) !== created.previous) {
            await exec('docker', ['buildx', 'use', created.previous]);
        }
    }
    catch (err) {
        _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not remove builder ${created.name} or restore ${created.previous}: ${err.message}`);
    }
}
// The post step's state: the builder we created and the one that was in use before.
const STATE = { name: 'builder', previous: 'previous-builder' };
/** Saved before bootstrap, so the post step cleans up even when bootstrap fails. */
function saveCreatedBuilder(created) {
    _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(STATE.name, created.name);
    _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(STATE.previous, created.previous);
}
/** Post step: removes the builder the main step created (if any) and puts the previous one back in use. */
async function removeSavedBuilder(exec = _core_exec__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF) {
    const name = _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(STATE.name);
    if (name)
        await removeBuilder({ name, previous: _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(STATE.previous) || 'default' }, exec);
}
/** A registry host on this machine's loopback (`localhost:5000`, `127.0.0.1:5000`, `[::1]:5000`). */
function isLoopback(registry) {
    const host = registry
        .replace(/:\d+$/, '')
        .replace(/^\[(.*)\]$/, '$1')
        .toLowerCase();
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
/**
 * The builder a `buildx` build runs on. `docker` keeps whatever builder is in use. Otherwise a
 * docker-container builder in use is kept, and when only the docker driver is there one is
 * created, not made current (the caller names it in BUILDX_BUILDER) and removed by the post step.
 * If it cannot start (its BuildKit image cannot be pulled), `auto` warns and builds with the docker
 * driver; `docker-container` fails.
 */
async function builderFor(choice, opts, deps = {}) {
    if (choice === 'docker')
        return {};
    const exec = deps.exec ?? _core_exec__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF;
    const current = await inspectCurrent(exec);
    if (current.driver && current.driver !== 'docker') {
        _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`buildx builder ${current.name} (driver ${current.driver}) is in use`);
        return { driver: 'docker-container' };
    }
    try {
        // A BuildKit container has a network of its own: a registry on this host's loopback needs the host's.
        const { registry, ...builder } = opts;
        const hostNetwork = registry !== undefined && isLoopback(registry);
        await setupBuilder({ ...builder, driver: 'docker-container', use: false, hostNetwork }, deps);
        return { driver: 'docker-container', created: opts.name };
    }
    catch (err) {
        if (choice === 'docker-container')
            throw err;
        _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`No docker-container builder: ${err.message}. Building with the docker driver instead: ` +
            'each platform is pushed to a staging tag, cache auto means none, and provenance and sbom are off');
        return { driver: 'docker' };
    }
}


/***/ }),

/***/ 94365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post),
  run: () => (/* binding */ run),
  runOnce: () => (/* binding */ runOnce),
  verifyTargets: () => (/* binding */ verifyTargets)
});

// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: ./actions/lib/build/pipeline.ts + 4 modules
var pipeline = __webpack_require__(94440);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __webpack_require__(98081);
// EXTERNAL MODULE: ./actions/lib/oci/archive-source.ts
var archive_source = __webpack_require__(91554);
// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __webpack_require__(67837);
// EXTERNAL MODULE: ./actions/lib/core/summary.ts
var summary = __webpack_require__(87364);
// EXTERNAL MODULE: ./actions/lib/e2e/container/parity.ts + 3 modules
var parity = __webpack_require__(22924);
// EXTERNAL MODULE: ./actions/lib/verify/verify.ts + 1 modules
var verify = __webpack_require__(60519);
// EXTERNAL MODULE: ./actions/lib/verify/report.ts
var report = __webpack_require__(46630);
// EXTERNAL MODULE: ./actions/lib/verify/image.ts + 4 modules
var verify_image = __webpack_require__(94253);
;// CONCATENATED MODULE: ./actions/lib/verify/early-deep.ts
// Level 3 started before verify: the build one-liner reads each platform's layers back from the
// registry as soon as that platform is pushed, while the next one builds. Verify takes the verdict
// for the same repository, manifest digest and platform; the bytes judged are the same.



class EarlyDeep {
    reader;
    started = new Map();
    stop = new AbortController();
    constructor(reader) {
        this.reader = reader;
    }
    static key(ref, digest, p) {
        return `${(0,reference/* repositoryName */.aR)(ref)}@${digest} ${(0,platform/* formatPlatform */.Bq)(p)}`;
    }
    /** Starts reading the layers of `repo@digest` for `p`; its failure is verify's to report. */
    start(repo, digest, p) {
        if (this.stop.signal.aborted)
            return;
        const ref = { ...repo, tag: undefined, digest };
        const verdict = (0,verify_image/* deepCheck */.f)(this.reader, ref, digest, p, this.stop.signal);
        verdict.catch(() => undefined);
        this.started.set(EarlyDeep.key(ref, digest, p), verdict);
    }
    take(ref, digest, p) {
        const key = EarlyDeep.key(ref, digest, p);
        const verdict = this.started.get(key);
        this.started.delete(key);
        return this.stop.signal.aborted ? undefined : verdict;
    }
    /** Ends the reads nobody took (a verdict cut short is never taken); resolves once they have stopped. */
    async dispose() {
        this.stop.abort();
        const left = [...this.started.values()];
        this.started.clear();
        await Promise.allSettled(left);
    }
}

// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/setup/buildx.ts
var buildx = __webpack_require__(96290);
// EXTERNAL MODULE: ./actions/lib/build/inputs.ts + 1 modules
var inputs = __webpack_require__(87132);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var core_inputs = __webpack_require__(75855);
// EXTERNAL MODULE: ./actions/lib/proof/inputs.ts
var proof_inputs = __webpack_require__(47366);
;// CONCATENATED MODULE: ./build/inputs.ts





const IN = specs_generated/* BUILD */.Bv.inputs;
const OUT = specs_generated/* BUILD */.Bv.outputs;
function getInputs() {
    const mode = (0,core_inputs/* getChoice */.m)(IN.mode);
    const build = (0,inputs/* getBuildInputs */.KA)(IN);
    const verify = (0,core_inputs/* getBool */.Jz)(IN.verify);
    // Only `all` with push moves tags; a shard never does.
    if (mode === 'all' && build.push && !verify && build.tagAfter !== 'merge') {
        throw (0,errors/* badInput */.AN)(IN['tag-after'].name, build.tagAfter, `${IN.verify.name} is false, so nothing would prove the index; set ${IN['tag-after'].name}: merge to tag it unchecked`);
    }
    return {
        mode,
        build,
        qemu: (0,core_inputs/* getChoice */.m)(IN.qemu),
        binfmtSource: (0,core_inputs/* getChoice */.m)(IN['binfmt-source']),
        driver: (0,core_inputs/* getChoice */.m)(IN.driver),
        buildkitImage: (0,core_inputs/* getString */.AA)(IN['buildkit-image']),
        verify,
        deep: (0,core_inputs/* getBool */.Jz)(IN.deep),
        e2eCommand: (0,core_inputs/* getString */.AA)(IN['e2e-command']),
        e2eArgs: (0,core_inputs/* getLines */.iv)(IN['e2e-args']),
        prComment: (0,core_inputs/* getBool */.Jz)(IN['pr-comment']),
        ...(0,proof_inputs/* getSigningInputs */.b)(IN['signing-key'], IN['signing-key-password'], IN['github-token'])
    };
}

// EXTERNAL MODULE: ./actions/lib/core/paths.ts
var paths = __webpack_require__(39756);
// EXTERNAL MODULE: ./actions/lib/proof/write.ts
var write = __webpack_require__(45092);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/proof.ts
// The platform proof of what the one-liner built and verified: attached to the pushed index
// (signed), or written next to the archives with push: false.








/**
 * Writes the proof of the index (merged) or of the archives (push: false), only for what passed
 * verify, with the parity run's result when it ran (`parity`: its summary line); sets `proofs`.
 */
async function proveBuilt(inputs, client, result, merged, parity) {
    const b = inputs.build;
    const image = result.images[0];
    if (!image)
        return [];
    const runs = parity
        ? {
            parity: Object.fromEntries(b.requiredPlatforms.map(p => [(0,platform/* formatPlatform */.Bq)(p), { ok: true, detail: parity }]))
        }
        : {};
    const repo = (0,reference/* repositoryName */.aR)(b.image);
    const target = merged
        ? { image, attachTo: (0,reference/* parseReference */.F2)(repo, specs_generated/* BUILD */.Bv.inputs.image.name) }
        : { image, subjectName: repo };
    const dir = merged ? external_node_path_.join((0,paths/* scratchDir */.GA)(), 'proofs') : b.archivesDir;
    const written = await toolkit/* group */.Os('Platform proof', () => (0,write/* writeProofs */.V)([target], { dir, key: inputs.signingKey, keylessToken: inputs.githubToken, runs }, client));
    toolkit/* setOutput */.uH(OUT.proofs, JSON.stringify(written));
    return written;
}

// EXTERNAL MODULE: ./actions/lib/verify/comment.ts
var comment = __webpack_require__(6619);
;// CONCATENATED MODULE: ./build/main.ts
















/**
 * What was built, as verify-platforms sees it: the merged index; without push, the folder of
 * archives (all) or each archive for its platform (shard); else each pushed shard.
 */
function verifyTargets(inputs, records, merged) {
    const b = inputs.build;
    const repo = (0,reference/* repositoryName */.aR)(b.image);
    if (merged)
        return [{ reference: `${repo}@${merged.digest}` }];
    if (!b.push && inputs.mode === 'all')
        return [{ reference: `oci-archive:${b.archivesDir}` }];
    return records.map(r => ({
        reference: r.archive ? `oci-archive:${r.archive}` : `${repo}@${r.digest}`,
        platforms: [r.platform]
    }));
}
async function main_verify(inputs, client, records, merged, early) {
    const b = inputs.build;
    const whole = merged || (!b.push && inputs.mode === 'all');
    return toolkit/* group */.Os(b.push ? 'Verify what was pushed' : 'Verify the archives (offline)', () => (0,verify/* verifyPlatforms */.Ki)({
        images: verifyTargets(inputs, records, merged),
        platforms: whole
            ? b.requiredPlatforms
            : (0,platform/* parsePlatforms */.qA)(records.map(r => r.platform), specs_generated/* BUILD */.Bv.inputs.platforms.name),
        deep: inputs.deep,
        insecureRegistries: b.insecureRegistries,
        limits: b.limits
    }, {
        client,
        early,
        onImage: i => toolkit/* info */.pq(`${i.reference}: ${i.status}${i.reason ? ` (${i.reason})` : ''}`)
    }));
}
/** The check failure, naming each failing platform and file, and what became of the tags. */
function checkFailure(what, untagged) {
    const tags = untagged ? `; no tag was moved: ${untagged} stays untagged` : '';
    return new errors/* CheckError */.tl(`${what}${tags}`);
}
/** One line per check the index passed, for the tag summary. */
function verifyCheck(result) {
    return (`verify-platforms: ${result.platforms.join(', ')} listed with matching configs` +
        (result.deep ? ', and every executable built for its platform (ELF headers, deep)' : ''));
}
// The parity run takes run-arm64-e2e's baseline and runtime defaults.
const E2E = specs_generated/* RUN_ARM64_E2E */.Mf.inputs;
/** tag-after: e2e — the container parity run on `reference` (the index, or the archives), baseline first. */
async function main_parity(inputs, client, reference, untagged) {
    const b = inputs.build;
    const baseline = b.requiredPlatforms.find(p => (0,platform/* formatPlatform */.Bq)(p) === E2E.baseline.default) ?? b.requiredPlatforms[0];
    const result = await (0,parity/* runContainerParity */.ye)({
        images: [(0,archive_source/* parseImageReference */.o_)(reference, specs_generated/* BUILD */.Bv.inputs['archives-dir'].name)],
        platforms: b.requiredPlatforms,
        baseline,
        command: inputs.e2eCommand,
        args: inputs.e2eArgs,
        inputNames: { command: specs_generated/* BUILD */.Bv.inputs['e2e-command'].name, args: specs_generated/* BUILD */.Bv.inputs['e2e-args'].name },
        timeout: 300,
        runtime: E2E.runtime.default,
        insecureRegistries: b.insecureRegistries
    }, { registry: client });
    if (!result.ok)
        throw checkFailure((0,parity/* parityFailure */.GV)(result).message, untagged);
    const what = inputs.e2eArgs.length ? JSON.stringify(inputs.e2eArgs) : inputs.e2eCommand;
    return `run-arm64-e2e container parity: \`${what}\` on ${result.images[0].runs.map(r => r.platform).join(', ')} behaves as on ${result.baseline}`;
}
async function summariseVerify(enabled, result) {
    await (0,summary/* writeSummary */.Sy)(enabled, s => s.addRaw(result.ok
        ? `✅ Verified ${result.platforms.join(', ')}${result.deep ? ' down to the ELF headers' : ''}`
        : `❌ Verification failed: ${result.missing.map(m => `${m.reference} (${m.reason})`).join('; ')}`, true));
}
/**
 * Verifies what was built and, with tag-after verify or e2e, moves the tags only once the
 * index passed every check. A failure leaves the index untagged and says so. Without push the
 * archives get the same checks, offline, and nothing is tagged.
 */
async function proveAndTag(inputs, client, records, merged, early) {
    const b = inputs.build;
    if (!inputs.verify || records.length === 0) {
        toolkit/* setOutput */.uH(OUT.verified, '');
        if (inputs.verify)
            toolkit/* info */.pq('Nothing was built, so there is nothing to verify');
        return;
    }
    const result = await main_verify(inputs, client, records, merged, early);
    toolkit/* setOutput */.uH(OUT.verified, String(result.ok));
    await summariseVerify(b.summary, result);
    (0,report/* annotate */.fz)(result);
    const proofs = [];
    try {
        await proveAndTagVerified(inputs, client, records, result, proofs, merged);
    }
    finally {
        // Whatever became of the checks past verify, the pull request shows the platform × level table.
        await (0,comment/* postComment */.Gy)(inputs.prComment, inputs.githubToken, result, proofs, 'build');
    }
}
/** Past verify: its failure, or the proof (and the parity run and tags, when they wait for it); `proofs` gets what was written. */
async function proveAndTagVerified(inputs, client, records, result, proofs, merged) {
    const b = inputs.build;
    const repo = (0,reference/* repositoryName */.aR)(b.image);
    const subject = merged ? `${repo}@${merged.digest}` : verifyTargets(inputs, records)[0].reference;
    const waiting = merged && b.tagAfter !== 'merge' ? subject : undefined;
    if (!result.ok)
        throw checkFailure(`verify failed: ${result.verdict}`, waiting);
    // Past verify go the index waiting for its tags and, without push, the archives of every platform.
    const archives = !b.push && inputs.mode === 'all';
    if (!waiting && !archives) {
        if (merged)
            proofs.push(...(await proveBuilt(inputs, client, result, true)));
        return;
    }
    const checks = [verifyCheck(result)];
    if (b.tagAfter === 'e2e')
        checks.push(await toolkit/* group */.Os('Parity run', () => main_parity(inputs, client, subject, waiting)));
    proofs.push(...(await proveBuilt(inputs, client, result, !!merged, b.tagAfter === 'e2e' ? checks[1] : undefined)));
    if (!merged) {
        toolkit/* info */.pq(`push is false: ${subject} passed ${checks.length} check(s), and nothing was pushed or tagged`);
        return;
    }
    await (0,pipeline/* tagProven */.x9)(OUT, b, client, merged.digest, checks);
}
/**
 * The builder of a buildx build, as a docker/github-builder user expects: a docker-container one
 * (created when only the docker driver is there, named to buildx through BUILDX_BUILDER so that
 * no other job's builder changes, and removed by the post step), unless the docker driver is
 * asked for or the BuildKit image cannot be pulled.
 */
async function setupDriver(inputs, platforms, deps, onCreated) {
    if (inputs.build.builder !== 'buildx')
        return deps.driver;
    const { driver, created } = await toolkit/* group */.Os('Set up buildx', () => (0,buildx/* builderFor */.hj)(inputs.driver, {
        name: `arch-actions-build-${process.pid}`,
        buildkitImage: inputs.buildkitImage,
        platforms,
        registry: inputs.build.image.registry
    }, { exec: deps.exec, onCreated }));
    if (created)
        process.env.BUILDX_BUILDER = created;
    return driver ?? deps.driver;
}
/** Post step: removes the builder the main step created. */
async function post(deps = {}) {
    await (0,buildx/* removeSavedBuilder */.ze)(deps.exec);
}
/** main and post in one go, where no runner calls the post step (the CLI). */
async function runOnce(deps = {}) {
    let created;
    try {
        await run(deps, c => (created = c));
    }
    finally {
        if (created)
            await (0,buildx/* removeBuilder */.iq)(created, deps.exec);
    }
}
/**
 * The entry point; `deps` lets tests capture the builders' argv (index.ts passes none), and
 * `onCreated` keeps the builder it creates for the post step.
 */
async function run(deps = {}, onCreated = buildx/* saveCreatedBuilder */.jU) {
    const inputs = getInputs();
    const b = inputs.build;
    const platforms = inputs.mode === 'all' ? b.platforms : b.shardPlatforms;
    const native = platforms.filter(p => (0,platform/* isNative */.ib)(p)).map(platform/* formatPlatform */.Bq);
    const emulated = platforms.filter(p => !(0,platform/* isNative */.ib)(p)).map(platform/* formatPlatform */.Bq);
    await (0,pipeline/* setupEmulation */.c8)(platforms, b.builder, inputs.qemu, inputs.binfmtSource);
    toolkit/* setOutput */.uH(OUT['native-platforms'], native.join(','));
    toolkit/* setOutput */.uH(OUT['emulated-platforms'], emulated.join(','));
    const driver = await setupDriver(inputs, platforms.map(platform/* formatPlatform */.Bq), deps, onCreated);
    await (0,pipeline/* withClient */.SV)(b, async (client) => {
        // Each platform's layers are read back as soon as it is pushed, while the next one builds.
        const early = inputs.verify && inputs.deep && b.push ? new EarlyDeep(client) : undefined;
        const onPushed = early && ((p, digest) => early.start(b.image, digest, p));
        try {
            const records = await (0,pipeline/* buildShards */.uV)(b, platforms, { ...deps, driver, client, onPushed });
            let merged;
            if (inputs.mode === 'all' && b.push)
                merged = await (0,pipeline/* mergeShards */.Ox)(b, client, records);
            await (0,pipeline/* reportBuild */.pE)(OUT, b, records, merged);
            await proveAndTag(inputs, client, records, merged, early);
        }
        finally {
            await early?.dispose();
        }
    });
}


/***/ })

};
;
//# sourceMappingURL=365.index.js.map