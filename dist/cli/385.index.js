"use strict";
exports.id = 385;
exports.ids = [385];
exports.modules = {

/***/ 16385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanManifests: () => (/* binding */ scanManifests)
/* harmony export */ });
/* unused harmony export manifestImages */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_glob__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41236);
/* harmony import */ var _core_specs_generated__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82343);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61583);
/* harmony import */ var _workload__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24313);
/* harmony import */ var _yaml__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20354);







/** The images of the pod specs in parsed documents, at their own lines; handed-over ones are `indirect`. */
function manifestImages(parsed, file, how = 'manifest') {
    return (0,_workload__WEBPACK_IMPORTED_MODULE_5__/* .containerImages */ ._Z)(parsed).map(c => ({
        reference: c.reference,
        source: { file, line: c.line },
        how: c.how === 'direct' ? how : c.how
    }));
}
/** The files `kubectl -f FOLDER` reads: the folder's own, not those below it. */
const KUBECTL_FILE = /\.(json|ya?ml)$/;
/** A folder given as is stands for its own files, as kubectl reads it; the rest are globs. */
function folderGlobs(globs, cwd) {
    const folders = new Set();
    const out = globs.map(g => {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, g);
        if (/[*?[]/.test(g) || g.startsWith('!') || !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(abs, { throwIfNoEntry: false })?.isDirectory())
            return g;
        folders.add(abs);
        return `${g.replace(/\/+$/, '')}/*`;
    });
    return { globs: out, folders };
}
/**
 * Kubernetes YAML and JSON files matched by globs or named by folder (multi-document), read as
 * kubectl reads them. A glob that matches nothing is an error; a broken document is a warning
 * and the rest is read.
 */
function scanManifests(globs, opts = {}) {
    const cwd = opts.cwd ?? process.cwd();
    const input = opts.input ?? _core_specs_generated__WEBPACK_IMPORTED_MODULE_3__/* .VERIFY_PLATFORMS */ .hP.inputs.manifests.name;
    const result = (0,_types__WEBPACK_IMPORTED_MODULE_4__/* .emptyScan */ .$6)();
    const { globs: patterns, folders } = folderGlobs(globs, cwd);
    for (const { abs, display } of (0,_core_glob__WEBPACK_IMPORTED_MODULE_2__/* .matchFiles */ .xo)(patterns, cwd, input)) {
        if (folders.has(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(abs)) && !KUBECTL_FILE.test(abs))
            continue;
        const parsed = (0,_yaml__WEBPACK_IMPORTED_MODULE_6__/* .parseYamlFile */ .BU)(abs, display, input);
        result.warnings.push(...parsed.warnings);
        result.images.push(...manifestImages(parsed, display));
        result.pins.push(...(0,_yaml__WEBPACK_IMPORTED_MODULE_6__/* .findYamlPins */ .zF)(parsed, display));
    }
    return result;
}


/***/ })

};
;
//# sourceMappingURL=385.index.js.map