"use strict";
exports.id = 442;
exports.ids = [442];
exports.modules = {

/***/ 21442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   proofBeforeTags: () => (/* binding */ proofBeforeTags),
/* harmony export */   proveListed: () => (/* binding */ proveListed)
/* harmony export */ });
/* harmony import */ var _core_toolkit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83446);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43545);
/* harmony import */ var _core_untrusted__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5078);
/* harmony import */ var _core_specs_generated__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82343);
/* harmony import */ var _oci_platform__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98081);
/* harmony import */ var _oci_reference__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67837);
/* harmony import */ var _proof_cover__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28744);
/* harmony import */ var _proof_find__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(524);
/* harmony import */ var _proof_keyless__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(68733);
/* harmony import */ var _proof_statement__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(46706);
/* harmony import */ var _proof_write__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(45092);
// The tag step and the platform proof. Before any tag moves: a valid proof of the index that
// covers every required platform is named (`use`) or demanded (`require`: without one no tag
// moves). After its own check (level 1: the index lists every required platform), it signs a proof
// of that level, never more, when none covered it and a key (or keyless signing) is at hand, still
// before any tag moves: a proof that cannot be written moves no tag.











const IN = _core_specs_generated__WEBPACK_IMPORTED_MODULE_3__/* .BUILD_MULTIARCH */ .Fy.inputs;
/**
 * Looks for a valid proof of the index covering the required platforms; with `require`, none
 * throws, naming why, before any tag moves.
 */
async function proofBeforeTags(client, target, index, required, policy) {
    if (policy.mode === 'ignore')
        return { reason: `not looked for (${IN.proof.name}: ignore)`, written: [] };
    if (!(0,_proof_find__WEBPACK_IMPORTED_MODULE_7__/* .trustsAny */ .E)(policy.trust)) {
        const whom = [IN['proof-key'].name, IN['signing-key'].name, IN['proof-identity'].name].join(', ');
        return { reason: `nobody to trust (none of ${whom} is given)`, written: [] };
    }
    const want = required.map(_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq);
    const ref = (0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .withDigest */ .hQ)(target, index.digest);
    // Inside the tag step's log group: no group of its own.
    const cover = await (0,_proof_cover__WEBPACK_IMPORTED_MODULE_6__/* .coveringProof */ .s)(client, target, index.digest, index.entries, want, 1, policy.trust);
    if (cover.kind !== 'proven') {
        if (policy.mode === 'require')
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .CheckError */ .tl(`${(0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(ref)} has no valid platform proof covering ${(0,_core_untrusted__WEBPACK_IMPORTED_MODULE_2__/* .listSome */ .XT)(want)} ` +
                `(${IN.proof.name}: require): ${cover.reason}; no tag was moved`);
        _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`No platform proof counts for ${(0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(ref)}: ${cover.reason}`);
        return { reason: cover.reason, written: [] };
    }
    const levels = cover.proof.statement.predicate.platforms.filter(p => want.includes(p.platform));
    const level = Math.min(...levels.map(p => p.level));
    _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${(0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(ref)}: proven by ${cover.proof.by} (level ${level}, ${_proof_statement__WEBPACK_IMPORTED_MODULE_10__/* .LEVEL_NAMES */ .y9[level]})`);
    return { provenBy: cover.proof.by, level, written: [] };
}
/**
 * Before the tags move: a proof of what the tag step checked (level 1, each required platform
 * listed at its manifest digest), signed and attached, when no proof covered it and it can sign.
 */
async function proveListed(client, target, index, required, policy, found) {
    if (found.provenBy)
        return [];
    const keyless = !!policy.githubToken && (0,_proof_keyless__WEBPACK_IMPORTED_MODULE_8__/* .keylessAvailable */ .eg)(policy.env);
    if (!policy.signingKey && !keyless)
        return [];
    const repo = (0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .repositoryName */ .aR)(target);
    const platforms = required.map(p => ({
        platform: (0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(p),
        status: 'ok',
        level: 1,
        digest: index.entries.get((0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(p))
    }));
    _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`No platform proof covers ${(0,_core_untrusted__WEBPACK_IMPORTED_MODULE_2__/* .listSome */ .XT)(platforms.map(p => p.platform))}: signing one of level 1 (listed)`);
    return (0,_proof_write__WEBPACK_IMPORTED_MODULE_9__/* .writeProofs */ .V)([{ image: { normalized: repo, digest: index.digest, status: 'ok', platforms }, attachTo: target }], { dir: policy.dir, key: policy.signingKey, keylessToken: policy.githubToken, env: policy.env }, client);
}


/***/ })

};
;
//# sourceMappingURL=442.index.js.map