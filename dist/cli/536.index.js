"use strict";
exports.id = 536;
exports.ids = [536];
exports.modules = {

/***/ 42119:
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
var registry_client = __webpack_require__(52437);
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
function runArgs(runtime, platform, image, command, name) {
    const args = ['run', '--rm', '--name', name, '--platform', (0,oci_platform/* formatPlatform */.Bq)(platform)];
    if (runtime === 'podman')
        args.push('--pull=never');
    args.push('--entrypoint', '', image, 'sh', '-c', command);
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
    const args = runArgs(o.runtime, platform, pinned, o.command, container);
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
    const client = deps.registry ?? new registry_client/* RegistryClient */.b({ insecureRegistries: o.insecureRegistries });
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

/***/ 72536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  verifyTargets: () => (/* binding */ verifyTargets)
});

// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: ./actions/lib/build/pipeline.ts + 3 modules
var pipeline = __webpack_require__(83008);
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
// EXTERNAL MODULE: ./actions/lib/e2e/container/parity.ts + 2 modules
var parity = __webpack_require__(42119);
// EXTERNAL MODULE: ./actions/lib/verify/verify.ts + 6 modules
var verify = __webpack_require__(53868);
// EXTERNAL MODULE: ./actions/lib/verify/report.ts
var report = __webpack_require__(46630);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/build/inputs.ts + 1 modules
var inputs = __webpack_require__(87132);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var core_inputs = __webpack_require__(75855);
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
        verify,
        deep: (0,core_inputs/* getBool */.Jz)(IN.deep),
        e2eCommand: (0,core_inputs/* getString */.AA)(IN['e2e-command'])
    };
}

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
async function main_verify(inputs, client, records, merged) {
    const b = inputs.build;
    const whole = merged || (!b.push && inputs.mode === 'all');
    return toolkit/* group */.Os(b.push ? 'Verify what was pushed' : 'Verify the archives (offline)', () => (0,verify/* verifyPlatforms */.Ki)({
        images: verifyTargets(inputs, records, merged),
        platforms: whole
            ? b.requiredPlatforms
            : (0,platform/* parsePlatforms */.qA)(records.map(r => r.platform), specs_generated/* BUILD */.Bv.inputs.platforms.name),
        deep: inputs.deep,
        insecureRegistries: b.insecureRegistries
    }, {
        client,
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
        timeout: 300,
        runtime: E2E.runtime.default,
        insecureRegistries: b.insecureRegistries
    }, { registry: client });
    if (!result.ok)
        throw checkFailure((0,parity/* parityFailure */.GV)(result).message, untagged);
    return `run-arm64-e2e container parity: \`${inputs.e2eCommand}\` on ${result.images[0].runs.map(r => r.platform).join(', ')} behaves as on ${result.baseline}`;
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
async function proveAndTag(inputs, client, records, merged) {
    const b = inputs.build;
    if (!inputs.verify || records.length === 0) {
        toolkit/* setOutput */.uH(OUT.verified, '');
        if (inputs.verify)
            toolkit/* info */.pq('Nothing was built, so there is nothing to verify');
        return;
    }
    const result = await main_verify(inputs, client, records, merged);
    toolkit/* setOutput */.uH(OUT.verified, String(result.ok));
    await summariseVerify(b.summary, result);
    (0,report/* annotate */.fz)(result);
    const repo = (0,reference/* repositoryName */.aR)(b.image);
    const subject = merged ? `${repo}@${merged.digest}` : verifyTargets(inputs, records)[0].reference;
    const waiting = merged && b.tagAfter !== 'merge' ? subject : undefined;
    if (!result.ok)
        throw checkFailure(`verify failed: ${result.missing.map(m => `${m.reference}: ${m.reason}`).join('; ')}`, waiting);
    // Past verify go the index waiting for its tags and, without push, the archives of every platform.
    const archives = !b.push && inputs.mode === 'all';
    if (!waiting && !archives)
        return;
    const checks = [verifyCheck(result)];
    if (b.tagAfter === 'e2e')
        checks.push(await toolkit/* group */.Os('Parity run', () => main_parity(inputs, client, subject, waiting)));
    if (!merged) {
        toolkit/* info */.pq(`push is false: ${subject} passed ${checks.length} check(s), and nothing was pushed or tagged`);
        return;
    }
    await (0,pipeline/* tagProven */.x9)(OUT, b, client, merged.digest, checks);
}
/** The entry point; `deps` lets tests capture the builders' argv (index.ts passes none). */
async function run(deps = {}) {
    const inputs = getInputs();
    const b = inputs.build;
    const platforms = inputs.mode === 'all' ? b.platforms : b.shardPlatforms;
    const native = platforms.filter(p => (0,platform/* isNative */.ib)(p)).map(platform/* formatPlatform */.Bq);
    const emulated = platforms.filter(p => !(0,platform/* isNative */.ib)(p)).map(platform/* formatPlatform */.Bq);
    await (0,pipeline/* setupEmulation */.c8)(platforms, b.builder, inputs.qemu, inputs.binfmtSource);
    toolkit/* setOutput */.uH(OUT['native-platforms'], native.join(','));
    toolkit/* setOutput */.uH(OUT['emulated-platforms'], emulated.join(','));
    await (0,pipeline/* withClient */.SV)(b, async (client) => {
        const records = await (0,pipeline/* buildShards */.uV)(b, platforms, { ...deps, client });
        let merged;
        if (inputs.mode === 'all' && b.push)
            merged = await (0,pipeline/* mergeShards */.Ox)(b, client, records);
        await (0,pipeline/* reportBuild */.pE)(OUT, b, records, merged);
        await proveAndTag(inputs, client, records, merged);
    });
}


/***/ })

};
;
//# sourceMappingURL=536.index.js.map