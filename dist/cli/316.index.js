"use strict";
exports.id = 316;
exports.ids = [316];
exports.modules = {

/***/ 14316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: ./actions/lib/build/pipeline.ts + 4 modules
var pipeline = __webpack_require__(94440);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var oci_platform = __webpack_require__(98081);
;// CONCATENATED MODULE: ./actions/lib/build/plan.ts




const RUNNER_MAP = specs_generated/* BUILD_MULTIARCH */.Fy.inputs['runner-map'];
// GitHub runner labels: letters, digits and `._-` (self-hosted labels such as oracle-aarch64-4cpu-16gb).
const LABEL_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * Parses `platform=runner` lines merged over the defaults, so that mapping only
 * `linux/arm64=<self-hosted>` keeps amd64 on its hosted runner.
 */
function parseRunnerMap(lines, input = RUNNER_MAP.name) {
    const map = { runners: {}, fallback: '' };
    for (const { key, value } of (0,inputs/* parseKeyValues */.Hl)(input, [...(0,inputs/* parseLines */.Li)(RUNNER_MAP.default), ...lines])) {
        if (!LABEL_RE.test(value))
            throw (0,errors/* badInput */.AN)(input, `${key}=${value}`, `"${value}" is not a runner label`);
        if (key === 'default')
            map.fallback = value;
        else
            map.runners[(0,oci_platform/* formatPlatform */.Bq)((0,oci_platform/* parsePlatform */.FL)(key, input))] = value;
    }
    return map;
}
/** Turns platforms into a job matrix; a platform with no runner of its own is emulated on the fallback. */
function planMatrix(platforms, map) {
    return {
        include: platforms.map(p => {
            const platform = (0,oci_platform/* formatPlatform */.Bq)(p);
            const runner = map.runners[platform];
            return {
                platform,
                runner: runner ?? map.fallback,
                emulated: runner === undefined,
                pair: (0,oci_platform/* platformPair */.Mi)(p)
            };
        })
    };
}
/** One line per platform, for the log and the summary. */
function describePlan(plan) {
    return plan.include.map(e => e.emulated
        ? `${e.platform}: no native runner is mapped, so it is emulated with QEMU on ${e.runner}`
        : `${e.platform}: native on ${e.runner}`);
}

// EXTERNAL MODULE: ./actions/lib/build/digests.ts
var digests = __webpack_require__(54692);
// EXTERNAL MODULE: ./actions/lib/core/summary.ts
var summary = __webpack_require__(87364);
// EXTERNAL MODULE: ./actions/lib/build/inputs.ts + 1 modules
var build_inputs = __webpack_require__(87132);
// EXTERNAL MODULE: ./actions/lib/proof/inputs.ts
var proof_inputs = __webpack_require__(47366);
;// CONCATENATED MODULE: ./actions/build-multiarch/inputs.ts






const IN = specs_generated/* BUILD_MULTIARCH */.Fy.inputs;
const OUT = specs_generated/* BUILD_MULTIARCH */.Fy.outputs;
/** tag: the digest must be an index digest, and at least one check must vouch for it. */
function tagTarget(mode) {
    const digest = (0,inputs/* getString */.AA)(IN.digest);
    const checks = (0,inputs/* getLines */.iv)(IN.checks);
    if (mode !== 'tag')
        return { digest, checks };
    if (!/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw (0,errors/* badInput */.AN)(IN.digest.name, digest, `${IN.mode.name} "tag" needs the index digest the merge pushed (sha256:<64 hex>)`);
    }
    if (checks.length === 0) {
        throw (0,errors/* badInput */.AN)(IN.checks.name, '', `${IN.mode.name} "tag" moves tags only to a proven digest: list the ${IN.checks.name} it passed`);
    }
    return { digest, checks };
}
/** tag: `proof`, whom to trust (`proof-key`, else the signing key's public half; `proof-identity`) and the signing inputs. */
function tagProofInputs() {
    const signing = (0,proof_inputs/* getSigningInputs */.b)(IN['signing-key'], IN['signing-key-password'], IN['github-token']);
    const { proof, proofKeys, proofIdentity } = (0,proof_inputs/* getProofInputs */.y)(IN.proof, IN['proof-key'], signing.signingKey, {
        identity: IN['proof-identity'],
        issuer: IN['proof-issuer'],
        trustedRoot: IN['proof-trusted-root']
    });
    return { mode: proof, trust: { keys: proofKeys, identity: proofIdentity }, ...signing };
}
function getInputs() {
    const mode = (0,inputs/* getChoice */.m)(IN.mode);
    return {
        ...(mode === 'tag' ? { proof: tagProofInputs() } : {}),
        ...tagTarget(mode),
        mode,
        platforms: (0,build_inputs/* getPlatforms */.rR)(IN),
        runnerMap: parseRunnerMap((0,inputs/* getLines */.iv)(IN['runner-map'])),
        summary: (0,inputs/* getBool */.Jz)(IN.summary),
        build: mode === 'plan'
            ? undefined
            : (0,build_inputs/* getBuildInputs */.KA)(IN, process.env, mode === 'merge' || mode === 'tag' ? mode : 'build')
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/core/paths.ts
var paths = __webpack_require__(39756);
;// CONCATENATED MODULE: ./actions/build-multiarch/main.ts









const MODE = specs_generated/* BUILD_MULTIARCH */.Fy.inputs.mode.name;
async function plan(inputs) {
    const matrix = planMatrix(inputs.platforms, inputs.runnerMap);
    for (const line of describePlan(matrix)) {
        if (line.includes('emulated'))
            toolkit/* notice */.lm(line);
        else
            toolkit/* info */.pq(line);
    }
    toolkit/* setOutput */.uH(OUT.matrix, JSON.stringify(matrix));
    await (0,summary/* writeSummary */.Sy)(inputs.summary, s => {
        s.addHeading('Build plan', 3);
        s.addTable((0,summary/* table */.tp)(['Platform', 'Runner', 'Runs'], matrix.include.map(e => [
            `<code>${e.platform}</code>`,
            `<code>${e.runner}</code>`,
            e.emulated ? 'emulated (QEMU)' : 'native'
        ])));
    });
}
function noticeWaitingTags(b, merged) {
    if (b.tagAfter !== 'merge') {
        toolkit/* notice */.lm(`${merged.digest} is pushed by digest only; its tags move in ${MODE} "tag" once it passes ${b.tagAfter}`);
    }
}
/** The entry point; `deps` lets tests capture the builders' argv (index.ts passes none). */
async function run(deps = {}) {
    const inputs = getInputs();
    if (inputs.mode === 'plan' || !inputs.build)
        return plan(inputs);
    const b = inputs.build;
    if (inputs.mode === 'shard') {
        await (0,pipeline/* setupEmulation */.c8)(b.shardPlatforms, b.builder);
        const records = await (0,pipeline/* withClient */.SV)(b, c => (0,pipeline/* buildShards */.uV)(b, b.shardPlatforms, { ...deps, client: c }));
        await (0,pipeline/* reportBuild */.pE)(OUT, b, records);
        return;
    }
    if (inputs.mode === 'tag') {
        const proof = inputs.proof && { ...inputs.proof, dir: external_node_path_.join((0,paths/* scratchDir */.GA)(), 'proofs') };
        const tagged = await (0,pipeline/* withClient */.SV)(b, c => (0,pipeline/* tagProven */.x9)(OUT, b, c, inputs.digest, inputs.checks, proof));
        toolkit/* setOutput */.uH(OUT.proofs, JSON.stringify(tagged.proof?.written ?? []));
        return;
    }
    if (inputs.mode === 'merge') {
        const records = (0,digests/* readDigestFiles */.g)(b.digestsDir);
        const merged = await (0,pipeline/* withClient */.SV)(b, c => (0,pipeline/* mergeShards */.Ox)(b, c, records));
        noticeWaitingTags(b, merged);
        await (0,pipeline/* reportBuild */.pE)(OUT, b, records, merged);
        return;
    }
    // all: every platform in this job, QEMU only for the foreign ones.
    await (0,pipeline/* setupEmulation */.c8)(b.platforms, b.builder);
    await (0,pipeline/* withClient */.SV)(b, async (c) => {
        const records = await (0,pipeline/* buildShards */.uV)(b, b.platforms, { ...deps, client: c });
        if (!b.push) {
            toolkit/* info */.pq('push is false: the platforms were built, and nothing was pushed or merged');
            await (0,pipeline/* writeBuildSummary */.S4)(b.summary, records);
            return;
        }
        const merged = await (0,pipeline/* mergeShards */.Ox)(b, c, records);
        noticeWaitingTags(b, merged);
        await (0,pipeline/* reportBuild */.pE)(OUT, b, records, merged);
    });
}


/***/ })

};
;
//# sourceMappingURL=316.index.js.map