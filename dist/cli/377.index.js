"use strict";
exports.id = 377;
exports.ids = [377];
exports.modules = {

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
/* harmony import */ var _archive__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10486);
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
                const archive = s.layout ? await (0,_archive__WEBPACK_IMPORTED_MODULE_5__/* .openLayout */ .B)(s.file) : await (0,_archive__WEBPACK_IMPORTED_MODULE_5__/* .openArchive */ .p)(s.file);
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

/***/ 97634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qy: () => (/* binding */ lintFailure),
/* harmony export */   Rt: () => (/* binding */ baseImageFindings),
/* harmony export */   dv: () => (/* binding */ annotateFindings)
/* harmony export */ });
/* unused harmony export failing */
/* harmony import */ var _core_toolkit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83446);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43545);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(691);
// Findings out of the lint: rule 4 from the registry check, annotations, the failing verdict.



/** Rule 4: a FROM image that fails today's platform check, as a finding at its FROM line. */
function baseImageFindings(images, dockerfiles) {
    const out = [];
    for (const i of images) {
        if (i.status === 'ok')
            continue;
        for (const l of i.locations) {
            if (!dockerfiles.has(l.file))
                continue;
            const allowed = i.status === 'allowed';
            out.push({
                file: l.file,
                line: l.line,
                rule: 'base-image-platform',
                severity: allowed ? 'warning' : 'error',
                message: `${i.reference} fails the platform check: ${i.reason}${allowed ? ` (allowed: ${i.allowed?.reason})` : ''}`,
                fix: `a base image that lists every platform (${i.available.length ? `${i.reference} lists ${i.available.join(', ')}` : 'see the reason'}), or --platform=$BUILDPLATFORM for a builder that cross-compiles`
            });
        }
    }
    return out;
}
/** One annotation per finding at its file:line; rule 4 is already annotated by the image check. */
function annotateFindings(findings) {
    for (const f of findings) {
        if (f.rule === 'base-image-platform')
            continue;
        const emit = f.severity === 'error' ? _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3 : f.severity === 'warning' ? _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e : _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm;
        const fix = f.fix.replace(/^/gm, '  ');
        emit(`${f.message} [${f.rule}]\nFix:\n${fix}`, {
            file: f.file,
            startLine: f.line,
            title: `Dockerfile arch lint: ${f.rule}`
        });
    }
}
/** Findings at or above `failOn`; rule 4 is left to the image check's own `fail-on`. */
function failing(findings, failOn) {
    if (failOn === 'never')
        return [];
    return findings.filter(f => f.rule !== 'base-image-platform' && _types__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f[f.severity] >= _types__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f[failOn]);
}
/** The error that fails the job when a finding reaches `lint-fail-on`. */
function lintFailure(findings, failOn) {
    const bad = failing(findings, failOn);
    if (!bad.length)
        return undefined;
    const where = bad.slice(0, 5).map(f => `${f.file}:${f.line} ${f.rule}`);
    const more = bad.length > 5 ? ` and ${bad.length - 5} more` : '';
    return new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .CheckError */ .tl(`${bad.length} Dockerfile lint finding${bad.length === 1 ? '' : 's'} at or above ${failOn}: ${where.join('; ')}${more}`);
}


/***/ }),

/***/ 691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SEVERITY_RANK)
/* harmony export */ });
const SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };


/***/ }),

/***/ 46630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fz: () => (/* binding */ annotate),
/* harmony export */   g5: () => (/* binding */ failureOf),
/* harmony export */   j0: () => (/* binding */ defaultReportPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_toolkit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83446);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43545);
/* harmony import */ var _core_paths__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39756);




/** Where the JSON report goes when no path is given. */
function defaultReportPath(env = process.env) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join((0,_core_paths__WEBPACK_IMPORTED_MODULE_3__/* .scratchDir */ .GA)(env), 'verify-report.json');
}
/**
 * `::error` at every file:line of each failing image (a plain error for images given
 * directly), `::warning` for allowed gaps, arch pins, broken documents and dependencies
 * that were not rendered.
 */
function annotate(result) {
    for (const i of result.images) {
        if (i.status === 'ok')
            continue;
        const allowed = i.status === 'allowed';
        const msg = allowed
            ? `${i.reference}: ${i.reason} (allowed: ${i.allowed?.reason})`
            : `${i.reference} fails the platform check: ${i.reason}`;
        const emit = allowed ? _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e : _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3;
        if (!i.locations.length)
            emit(msg);
        for (const l of i.locations)
            emit(msg, {
                file: l.file,
                startLine: l.line,
                title: allowed ? 'Allowed platform gap' : 'Missing platform'
            });
    }
    for (const p of result.pins) {
        _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(p.message, { file: p.file, startLine: p.line, title: 'Architecture pin' });
    }
    for (const w of result.warnings) {
        _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(w.message, { file: w.file, startLine: w.line, title: 'Not checked' });
    }
}
/** The error that fails the job for `fail-on: missing`. */
function failureOf(result) {
    if (result.ok)
        return undefined;
    const list = result.missing.map(m => `${m.reference} (${m.platforms.join(', ') || 'unreachable'})`);
    return new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .CheckError */ .tl(`${result.missing.length} of ${result.checked} images fail the platform check: ${list.join('; ')}`);
}


/***/ }),

/***/ 61583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ emptyScan),
/* harmony export */   VX: () => (/* binding */ mergeScans),
/* harmony export */   dw: () => (/* binding */ isTemplated),
/* harmony export */   ff: () => (/* binding */ ARCH_LABELS),
/* harmony export */   j2: () => (/* binding */ formatSource),
/* harmony export */   mx: () => (/* binding */ dependencyLabel),
/* harmony export */   s4: () => (/* binding */ FOUND_HOW)
/* harmony export */ });
const FOUND_HOW = [
    'rendered',
    'manifest',
    'indirect',
    'annotation',
    'images.txt',
    'values',
    'template',
    'dockerfile'
];
const ARCH_LABELS = new Set(['kubernetes.io/arch', 'beta.kubernetes.io/arch']);
function emptyScan() {
    return { images: [], pins: [], notes: [], warnings: [] };
}
function mergeScans(into, from) {
    into.images.push(...from.images);
    into.pins.push(...from.pins);
    into.notes.push(...from.notes);
    into.warnings.push(...from.warnings);
    return into;
}
function formatSource(s) {
    return `${s.file}:${s.line}`;
}
/** True for values that still hold Helm/Go templating and cannot be resolved statically. */
function isTemplated(s) {
    return s.includes('{{') || s.includes('}}');
}
/** `etcd 8.6.0 of mayastor`, or `mayastor 2.8.0`. */
function dependencyLabel(m) {
    return `${m.name} ${m.version}`.trim() + (m.parent ? ` of ${m.parent}` : '');
}


/***/ }),

/***/ 53868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PT: () => (/* reexport */ parseAllow),
  Cy: () => (/* reexport */ parseMirrors),
  Ki: () => (/* binding */ verifyPlatforms)
});

// UNUSED EXPORTS: matchAllow, pinExcludes

// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
;// CONCATENATED MODULE: ./actions/lib/core/pool.ts
/** Runs `fn` over `items`, at most `limit` at once; results keep the items' order. */
async function pool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
;// CONCATENATED MODULE: ./actions/lib/oci/elf.ts
const EM = {
    I386: 3,
    PPC: 20,
    PPC64: 21,
    S390: 22,
    ARM: 40,
    X86_64: 62,
    AARCH64: 183,
    RISCV: 243
};
/** Bytes needed to read e_type and e_machine. */
const ELF_HEADER_BYTES = 20;
const MACHINE_NAMES = {
    [EM.I386]: 'Intel 80386',
    [EM.PPC]: 'PowerPC',
    [EM.PPC64]: 'PowerPC64',
    [EM.S390]: 'IBM S/390',
    [EM.ARM]: 'ARM',
    [EM.X86_64]: 'x86-64',
    [EM.AARCH64]: 'AArch64',
    [EM.RISCV]: 'RISC-V'
};
// Keys are normalised architectures as in `linux/<arch>` platform strings, plus common aliases.
const ARCH_MACHINES = {
    amd64: EM.X86_64,
    x86_64: EM.X86_64,
    arm64: EM.AARCH64,
    aarch64: EM.AARCH64,
    arm: EM.ARM,
    '386': EM.I386,
    i386: EM.I386,
    ppc64le: EM.PPC64,
    ppc64: EM.PPC64,
    s390x: EM.S390,
    riscv64: EM.RISCV
};
/** Parses the header, or returns undefined for anything that is not (a whole header of) ELF. */
function parseElfHeader(buf) {
    if (buf.length < ELF_HEADER_BYTES)
        return undefined;
    if (buf[0] !== 0x7f || buf[1] !== 0x45 || buf[2] !== 0x4c || buf[3] !== 0x46)
        return undefined;
    const cls = buf[4];
    const data = buf[5];
    if ((cls !== 1 && cls !== 2) || (data !== 1 && data !== 2))
        return undefined;
    const little = data === 1;
    // e_type and e_machine sit at the same offsets in 32- and 64-bit headers.
    const type = little ? buf.readUInt16LE(16) : buf.readUInt16BE(16);
    const machine = little ? buf.readUInt16LE(18) : buf.readUInt16BE(18);
    return { bits: cls === 1 ? 32 : 64, endian: little ? 'little' : 'big', type, machine };
}
function machineName(machine) {
    return MACHINE_NAMES[machine] ?? `machine ${machine}`;
}
/** The e_machine an architecture's executables carry: `arm64`, `linux/arm64/v8` or `aarch64`. */
function expectedMachine(arch) {
    const parts = arch.toLowerCase().split('/');
    const name = parts.length > 1 ? parts[1] : parts[0];
    return ARCH_MACHINES[name];
}
/** The platform a header was built for; endianness tells ppc64le from ppc64. */
function machinePlatform(header) {
    switch (header.machine) {
        case EM.X86_64:
            return 'linux/amd64';
        case EM.AARCH64:
            return 'linux/arm64';
        case EM.ARM:
            return 'linux/arm/v7';
        case EM.I386:
            return 'linux/386';
        case EM.PPC64:
            return header.endian === 'little' ? 'linux/ppc64le' : 'linux/ppc64';
        case EM.S390:
            return 'linux/s390x';
        case EM.RISCV:
            return header.bits === 64 ? 'linux/riscv64' : 'linux/riscv32';
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __webpack_require__(98081);
// EXTERNAL MODULE: ./actions/lib/registry/client.ts + 8 modules
var registry_client = __webpack_require__(52437);
// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __webpack_require__(67837);
;// CONCATENATED MODULE: ./actions/lib/verify/allow.ts




/** Parses `glob=reason` lines. */
function parseAllow(lines, input = specs_generated/* VERIFY_PLATFORMS */.hP.inputs.allow.name) {
    return lines.map(l => {
        if (typeof l !== 'string')
            return l;
        const at = l.indexOf('=');
        const pattern = (at < 0 ? l : l.slice(0, at)).trim();
        const reason = at < 0 ? '' : l.slice(at + 1).trim();
        if (!pattern || !reason)
            throw (0,errors/* badInput */.AN)(input, l, 'expected glob=reason, for example docker.io/openebs/mayastor-*=amd64 only until 2.9');
        if (/\s/.test(pattern))
            throw (0,errors/* badInput */.AN)(input, l, 'the glob must not contain spaces');
        return { pattern, reason };
    });
}
function allowRegExp(pattern) {
    const re = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*+/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${re}$`);
}
/** The first rule matching the reference as written, normalised, in its short form or as resolved. */
function matchAllow(rules, names) {
    return rules.find(r => {
        const re = allowRegExp(r.pattern);
        return names.some(n => re.test(n));
    });
}
/** Parses `source=target` mirror lines; the target must name a registry host. */
function parseMirrors(lines, input = specs_generated/* VERIFY_PLATFORMS */.hP.inputs['registry-mirrors'].name) {
    return lines.map(l => {
        const m = typeof l === 'string'
            ? (() => {
                const at = l.indexOf('=');
                if (at <= 0 || at === l.length - 1)
                    throw (0,errors/* badInput */.AN)(input, l, 'expected source=target, for example docker.io=mirror.example/docker.io');
                return { source: l.slice(0, at).trim(), target: l.slice(at + 1).trim() };
            })()
            : l;
        const shown = typeof l === 'string' ? l : `${l.source}=${l.target}`;
        const probe = `${m.target.replace(/\/+$/, '')}/probe`;
        let ref;
        try {
            ref = (0,reference/* parseReference */.F2)(probe, input);
        }
        catch {
            throw (0,errors/* badInput */.AN)(input, shown, `"${m.target}" is not a registry host with an optional path`);
        }
        const first = m.target.split('/')[0];
        if (ref.registry !== first && first !== 'index.docker.io') {
            throw (0,errors/* badInput */.AN)(input, shown, `the target must start with a registry host (like mirror.example or 127.0.0.1:5000), not "${first}"`);
        }
        return m;
    });
}
/** Required platforms that a pin keeps pods off. */
function pinExcludes(pin, platforms) {
    const archOf = (v) => {
        try {
            return (0,platform/* parsePlatform */.FL)(v, 'nodeSelector').architecture;
        }
        catch {
            return v.toLowerCase();
        }
    };
    const values = new Set(pin.values.map(archOf));
    return platforms
        .filter(p => (pin.kind === 'NotIn' ? values.has(p.architecture) : !values.has(p.architecture)))
        .map(platform/* formatPlatform */.Bq);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: ./actions/lib/core/lazy.ts
var lazy = __webpack_require__(96224);
// EXTERNAL MODULE: ./actions/lib/oci/digest.ts
var digest = __webpack_require__(61766);
;// CONCATENATED MODULE: ./actions/lib/verify/deep.ts







// Only the deep check reads layers; the other checks do not load a tar reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tarStream = (0,lazy/* lazy */.R)(() => __webpack_require__(56118));
const OPAQUE = '.wh..wh..opq';
/**
 * What upper layers hide from lower ones, as overlay filesystems apply it: a file or
 * whiteout hides the same path below, and a whiteout, an opaque marker or a non-directory
 * hides everything under its path. Memory grows with the number of paths, not their size.
 */
class LayerShadow {
    paths = new Set();
    trees = new Set();
    pendingPaths = [];
    pendingTrees = [];
    hides(path) {
        if (this.paths.has(path))
            return true;
        for (let at = path.indexOf('/'); at > 0; at = path.indexOf('/', at + 1)) {
            if (this.trees.has(path.slice(0, at)))
                return true;
        }
        return this.trees.has(path);
    }
    /** Records an entry of the layer being read; it takes effect for the layers below. */
    record(path, isDirectory) {
        const slash = path.lastIndexOf('/');
        const dir = slash < 0 ? '' : path.slice(0, slash);
        const base = path.slice(slash + 1);
        if (base === OPAQUE) {
            if (dir)
                this.pendingTrees.push(dir);
        }
        else if (base.startsWith('.wh.')) {
            const gone = (dir ? `${dir}/` : '') + base.slice(4);
            this.pendingPaths.push(gone);
            this.pendingTrees.push(gone);
        }
        else {
            this.pendingPaths.push(path);
            if (!isDirectory)
                this.pendingTrees.push(path);
        }
    }
    /** Ends a layer: what it recorded now hides the layers below it. */
    commit() {
        for (const p of this.pendingPaths)
            this.paths.add(p);
        for (const t of this.pendingTrees)
            this.trees.add(t);
        this.pendingPaths = [];
        this.pendingTrees = [];
    }
    /** Forgets what a layer recorded, for a layer read again from the start. */
    discard() {
        this.pendingPaths = [];
        this.pendingTrees = [];
    }
}
// The ELF header fields we need are in the first 20 bytes; 64 leaves room to spare.
const HEAD_BYTES = 64;
const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
function startsWith(buf, magic) {
    return magic.every((b, i) => buf[i] === b);
}
function zstdDecompressor(mediaType) {
    const create = external_node_zlib_.createZstdDecompress;
    if (typeof create !== 'function') {
        throw new errors/* CheckError */.tl(`layer ${mediaType} is zstd-compressed, which Node ${process.version} cannot decompress (needs Node 22.15 or later)`);
    }
    return create();
}
/** Looks at the first bytes rather than trusting the media type: some tools mislabel layers. */
async function peek(source) {
    return new Promise((resolve, reject) => {
        const done = () => {
            source.off('readable', onReadable);
            source.off('error', reject);
            source.off('end', onEnd);
        };
        const onReadable = () => {
            const chunk = source.read();
            if (chunk === null)
                return;
            done();
            source.unshift(chunk);
            resolve(chunk);
        };
        const onEnd = () => {
            done();
            resolve(Buffer.alloc(0));
        };
        source.on('readable', onReadable);
        source.once('error', reject);
        source.once('end', onEnd);
    });
}
function decompressorFor(head, mediaType) {
    // Larger output chunks mean fewer callbacks through tar-stream: ~15 % faster on big layers.
    if (startsWith(head, GZIP_MAGIC))
        return external_node_zlib_.createGunzip({ chunkSize: 256 * 1024 });
    if (startsWith(head, ZSTD_MAGIC))
        return zstdDecompressor(mediaType);
    return undefined;
}
/** Reads a tar entry to its end, keeping only its first bytes (events: cheaper than async iteration). */
function readHead(entry) {
    return new Promise((resolve, reject) => {
        const parts = [];
        let size = 0;
        entry.on('data', (chunk) => {
            if (size >= HEAD_BYTES)
                return;
            const part = Buffer.from(chunk.subarray(0, HEAD_BYTES - size));
            parts.push(part);
            size += part.length;
        });
        entry.once('end', () => resolve(Buffer.concat(parts)));
        entry.once('error', reject);
    });
}
function isRegularFile(type) {
    return type === 'file' || type === 'contiguous-file' || type == null;
}
/** The tar entries of a layer, decompressed as its first bytes say; an error of any stage ends them. */
async function openTar(source, mediaType, onError) {
    const head = await peek(source);
    const decompress = decompressorFor(head, mediaType);
    const extract = tarStream().extract();
    const fail = (err) => {
        onError(err);
        extract.destroy(err);
    };
    // tar-stream is a streamx Writable, so errors are forwarded by hand rather than via pipeline().
    source.on('error', fail);
    if (decompress) {
        decompress.on('error', fail);
        source.pipe(decompress).pipe(extract);
    }
    else {
        source.pipe(extract);
    }
    return { extract, decompress };
}
/** Reads one tar entry: its path, its kind and, for a file still visible, its ELF machine. */
async function readEntry(entry, opts) {
    const header = entry.header;
    const path = header.name.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    const base = path.slice(path.lastIndexOf('/') + 1);
    // Whiteouts mark deletions and carry no content; hidden files never reach the container.
    const content = isRegularFile(header.type) && !base.startsWith('.wh.');
    const read = content && !(opts.shadow?.hides(path) ?? false);
    const head = read ? await readHead(entry) : (entry.resume(), undefined);
    const machine = head ? parseElfHeader(head)?.machine : undefined;
    return { path, directory: header.type === 'directory', content, machine };
}
/** Judges one entry, in layer order, under the shadow of the layers above; true when the scan can end. */
function applyEntry(e, scan, opts) {
    const hidden = opts.shadow?.hides(e.path) ?? false;
    opts.shadow?.record(e.path, e.directory);
    if (hidden || !e.content)
        return false;
    scan.files++;
    if (e.machine === undefined || (opts.ignore && opts.ignore(e.path)))
        return false;
    const file = { path: e.path, machine: e.machine, machineName: machineName(e.machine) };
    scan.elfFiles.push(file);
    if (opts.expectedMachine !== undefined && e.machine !== opts.expectedMachine) {
        scan.mismatches.push(file);
        if (opts.stopOnMismatch)
            return true;
    }
    return opts.shouldStop?.(scan) ?? false;
}
/**
 * Streams one layer blob (gzip, zstd or plain tar) and reads the ELF header of each regular
 * file. Memory stays bounded: files are drained, never held.
 */
async function scanLayer(source, mediaType, opts = {}) {
    const scan = { files: 0, elfFiles: [], mismatches: [], stopped: false };
    let failure;
    const { extract, decompress } = await openTar(source, mediaType, err => {
        if (!scan.stopped)
            failure = failure ?? err;
    });
    let stopped = () => { };
    const stop = () => {
        scan.stopped = true;
        source.destroy();
        decompress?.destroy();
        extract.destroy();
        stopped();
    };
    const read = async () => {
        for await (const entry of extract) {
            if (scan.stopped)
                break;
            const seen = await readEntry(entry, opts);
            if (opts.record)
                opts.record.push(seen);
            else if (applyEntry(seen, scan, opts))
                return stop();
        }
    };
    // A stop from outside ends the scan at once: a destroyed tar stream need not end its iteration.
    const stop$ = new Promise(resolve => (stopped = resolve));
    opts.signal?.addEventListener('abort', stop, { once: true });
    if (opts.signal?.aborted)
        stop();
    const reading = read();
    try {
        await Promise.race([reading, stop$]);
    }
    catch (err) {
        if (!scan.stopped)
            failure = failure ?? err;
    }
    finally {
        opts.signal?.removeEventListener('abort', stop);
        reading.catch(() => undefined);
    }
    if (failure && !scan.stopped) {
        if (failure instanceof errors/* CheckError */.tl)
            throw failure;
        throw new errors/* CheckError */.tl(`cannot read layer (${mediaType}): ${failure.message}`);
    }
    return scan;
}
/** One layer, read once more from the start when its bytes fail their digest. */
async function scanLayerOnce(client, ref, layer, opts) {
    for (let attempt = 0;; attempt++) {
        const blob = await client.getBlob(ref, layer.digest);
        try {
            return await scanLayer(blob, layer.mediaType, opts);
        }
        catch (err) {
            blob.destroy();
            opts.shadow?.discard();
            opts.record?.splice(0);
            if (err instanceof digest/* IntegrityError */.cs && attempt === 0) {
                toolkit/* info */.pq(`${err.message}; reading it once more`);
                continue;
            }
            const why = err instanceof Error ? err.message : String(err);
            throw new errors/* CheckError */.tl(`layer ${layer.digest} of ${(0,reference/* formatReference */.FH)(ref)}: ${why}`);
        }
    }
}
/**
 * Checks that the binaries in one platform's layers were built for that platform.
 *
 * The layers are read at once, each into a record of its entries; the records are then judged
 * from the top down as soon as every layer above is in, so a file deleted or replaced by a later
 * layer (which never reaches the container) is skipped rather than blamed.
 *
 * Early stop: the first visible ELF file whose machine differs from the platform makes the
 * verdict certain (fail), so with `stopEarly` the reads end there. A pass is only certain after
 * every layer has been read, so otherwise all layers are scanned.
 */
async function scanImageLayers(client, ref, manifestDigest, expectedArch, options = {}) {
    const machine = expectedMachine(expectedArch);
    if (machine === undefined) {
        throw new errors/* CheckError */.tl(`no ELF machine is known for architecture "${expectedArch}" (${(0,reference/* formatReference */.FH)(ref)})`);
    }
    const manifest = await client.getImageManifest(ref, manifestDigest);
    const verdict = {
        ok: true,
        executables: 0,
        mismatches: [],
        layersScanned: 0,
        layersTotal: manifest.layers.length
    };
    const top = [...manifest.layers].reverse();
    const records = [];
    const shadow = new LayerShadow();
    const judge = { expectedMachine: machine, stopOnMismatch: options.stopEarly, ignore: options.ignore };
    const stop = new AbortController();
    const abort = () => stop.abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    if (options.signal?.aborted)
        abort();
    // Judges the layers read so far, from the top down, up to the first one still being read.
    const judgeReady = () => {
        while (!stop.signal.aborted && records[verdict.layersScanned]) {
            const i = verdict.layersScanned++;
            const scan = { files: 0, elfFiles: [], mismatches: [], stopped: false };
            for (const e of records[i])
                if (applyEntry(e, scan, { ...judge, shadow }))
                    break;
            records[i] = undefined;
            shadow.commit();
            verdict.executables += scan.elfFiles.length;
            verdict.mismatches.push(...scan.mismatches);
            if (options.stopEarly && scan.mismatches.length > 0)
                abort();
        }
    };
    const read = async (layer, i) => {
        const record = [];
        try {
            await scanLayerOnce(client, ref, layer, { signal: stop.signal, record });
        }
        catch (err) {
            abort();
            throw err;
        }
        if (stop.signal.aborted)
            return;
        records[i] = record;
        judgeReady();
    };
    try {
        await Promise.all(top.map(read));
    }
    finally {
        options.signal?.removeEventListener('abort', abort);
    }
    verdict.ok = verdict.mismatches.length === 0;
    return verdict;
}

// EXTERNAL MODULE: ./actions/lib/oci/archive-source.ts
var archive_source = __webpack_require__(91554);
// EXTERNAL MODULE: ./actions/lib/verify/scan/types.ts
var types = __webpack_require__(61583);
;// CONCATENATED MODULE: ./actions/lib/verify/targets.ts






const IN = specs_generated/* VERIFY_PLATFORMS */.hP.inputs;

/**
 * Groups occurrences by normalised reference, keeping every source. A reference given in
 * `images` that does not parse is the user's mistake; one read from content is a warning.
 */
function collectTargets(direct, scanned, scan) {
    const byKey = new Map();
    const add = (written, how, loc, platforms, found) => {
        let ref;
        try {
            // Only images given directly may name archives on disk (oci-archive:PATH and the like).
            ref =
                how === 'input'
                    ? (0,archive_source/* parseImageReference */.o_)(written, IN.images.name)
                    : (0,reference/* parseReference */.F2)(written, IN.images.name);
        }
        catch (err) {
            if (!loc || how === 'input')
                throw err;
            scan.warnings.push({ ...loc, message: `not an image reference, not checked: ${(0,errors/* whyOf */.gf)(err)}` });
            return;
        }
        const key = (0,reference/* formatReference */.FH)(ref);
        let t = byKey.get(key);
        if (!t) {
            t = { ref, written: written.trim(), locations: [], found: new Set(), charts: new Set() };
            if (platforms)
                t.only = new Set();
            byKey.set(key, t);
        }
        t.found.add(how);
        if (found?.chart)
            t.charts.add(found.chart);
        if (loc && !t.locations.some(l => l.file === loc.file && l.line === loc.line))
            t.locations.push(loc);
        if (!platforms)
            t.only = undefined;
        else if (t.only)
            platforms.forEach(p => t.only?.add((0,platform/* normalisePlatformString */.rQ)(p)));
    };
    for (const d of direct) {
        if (d.sources?.length)
            d.sources.forEach(s => add(d.reference, 'input', s, d.platforms));
        else
            add(d.reference, 'input', undefined, d.platforms);
    }
    for (const s of scanned) {
        const { reference, how, source } = s.found;
        add(reference, how, source, source.platforms, s.found);
        s.found.overrides?.forEach(o => add(reference, how, o, source.platforms, s.found));
    }
    return [...byKey.values()];
}
/** A check that finds nothing to check fails, whatever fail-on says. */
function requireImages(input, value, r, how) {
    if (r.images.length)
        return;
    const why = [how, ...r.warnings.map(w => `${(0,types/* formatSource */.j2)(w)}: ${w.message}`)].filter(Boolean);
    throw new errors/* CheckError */.tl(`no container image found in ${input} ${value}${why.length ? ` (${why.join('; ')})` : ''}`);
}
/** Reads every source of references (no registry): the chart, manifests and Dockerfiles. */
async function collectReferences(o, deps) {
    const scan = (0,types/* emptyScan */.$6)();
    const scanned = [];
    const take = (r, input) => {
        (0,types/* mergeScans */.VX)(scan, r);
        r.images.forEach(found => scanned.push({ found, input }));
    };
    let chart;
    // The scanners load here, on first use (chunk files): a run with only images never pays for them.
    if (o.chart) {
        const { scanChartInput } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(258), __webpack_require__.e(451)]).then(__webpack_require__.bind(__webpack_require__, 4451));
        const c = await scanChartInput({ ...o.chart, cwd: o.cwd }, deps);
        chart = c.report;
        requireImages(IN.chart.name, o.chart.chart, c.scan, c.report.rendered === 'not rendered' ? 'not rendered' : '');
        take(c.scan, IN.chart.name);
    }
    if (o.manifests.length) {
        const { scanManifests } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(258), __webpack_require__.e(385)]).then(__webpack_require__.bind(__webpack_require__, 16385));
        const r = scanManifests(o.manifests, { cwd: o.cwd });
        requireImages(IN.manifests.name, o.manifests.join(', '), r);
        take(r, IN.manifests.name);
    }
    if (o.dockerfiles.length) {
        const { scanDockerfiles } = await __webpack_require__.e(/* import() */ 819).then(__webpack_require__.bind(__webpack_require__, 79819));
        const r = scanDockerfiles(o.dockerfiles, { cwd: o.cwd, buildArgs: o.buildArgs, platforms: o.platforms });
        requireImages(IN.dockerfiles.name, o.dockerfiles.join(', '), r, r.notes.join('; '));
        take(r, IN.dockerfiles.name);
    }
    return { scan, scanned, ...(chart ? { chart } : {}) };
}

;// CONCATENATED MODULE: ./actions/lib/verify/image.ts
// One image's verdict: listed (level 1), configured (level 2) and, with deep, built right (level 3).








const howOrder = (h) => (h === 'input' ? -1 : types/* FOUND_HOW */.s4.indexOf(h));
function platformOf(e) {
    return (0,platform/* normalisePlatformString */.rQ)(`${e.os}/${e.architecture}${e.variant ? '/' + e.variant : ''}`);
}
async function checkPlatform(reader, resolved, image, offered, p, deep) {
    const want = (0,platform/* formatPlatform */.Bq)(p);
    const entry = offered.find(e => platformOf(e.platform) === want);
    if (!entry) {
        const has = offered.map(e => platformOf(e.platform)).join(', ') || 'nothing';
        const reason = image.isIndex
            ? `${want} is not in the index (it lists ${has})`
            : `single-platform image for ${has}`;
        return { platform: want, status: 'missing', level: 1, reason };
    }
    const check = { platform: want, status: 'ok', level: 2, digest: entry.digest };
    // The config and the layers are read at once (both start from the manifest); the config rules first.
    const [configRead, deepRead] = await Promise.allSettled([
        image.isIndex ? reader.getConfig(resolved, entry.digest) : undefined,
        deep ? deepCheck(reader, resolved, entry.digest, p) : undefined
    ]);
    try {
        const config = settled(configRead);
        if (config) {
            const says = platformOf({ os: config.os, architecture: config.architecture, variant: config.variant });
            if (says !== want) {
                return { ...check, status: 'wrong', reason: `the index lists ${want} but its config says ${says}` };
            }
        }
        if (deep) {
            check.level = 3;
            check.deep = settled(deepRead);
            const m = check.deep.mismatch;
            if (m) {
                check.status = 'wrong';
                check.reason = `${m.path} is ${m.machineName} (e_machine ${m.machine}), expected ${m.expected}`;
            }
        }
    }
    catch (err) {
        return { ...check, status: 'error', reason: (0,errors/* whyOf */.gf)(err) };
    }
    return check;
}
function settled(r) {
    if (r.status === 'rejected')
        throw r.reason;
    return r.value;
}
async function deepCheck(reader, ref, digest, p) {
    const expected = machineName(expectedMachine(p.architecture) ?? -1);
    try {
        // Stops at the first foreign binary: from then on the verdict cannot change.
        const v = await scanImageLayers(reader, ref, digest, p.architecture, { stopEarly: true });
        const first = v.mismatches[0];
        return {
            executables: v.executables,
            layersScanned: v.layersScanned,
            layersTotal: v.layersTotal,
            ...(first ? { mismatch: { ...first, expected } } : {})
        };
    }
    catch (err) {
        const why = (0,errors/* whyOf */.gf)(err);
        if (/zstd/i.test(why))
            return { executables: 0, layersScanned: 0, layersTotal: 0, unsupported: why };
        throw err;
    }
}
/** One image (or archive) against the required platforms; allow rules turn a failure into `allowed`. */
async function checkImage(client, t, required, o) {
    const started = Date.now();
    // An archive on disk is read offline: no mirror, no registry.
    const local = (0,archive_source/* isLocalRef */.X9)(t.ref);
    const resolved = local ? t.ref : (0,reference/* applyMirrors */.J4)(t.ref, o.mirrors);
    const needed = t.only ? required.filter(p => t.only?.has((0,platform/* formatPlatform */.Bq)(p))) : required;
    const result = {
        reference: t.written,
        normalized: (0,reference/* formatReference */.FH)(t.ref),
        resolved: (0,reference/* formatReference */.FH)(resolved),
        sources: t.locations.map(types/* formatSource */.j2),
        locations: t.locations,
        available: [],
        platforms: [],
        status: 'ok',
        notes: [],
        found: [...t.found].sort((a, b) => howOrder(a) - howOrder(b)),
        charts: [...t.charts].sort(),
        durationMs: 0
    };
    let image;
    let reader = client;
    try {
        if (local)
            reader = await archive_source/* LocalImages */["in"].open(t.ref);
        image = await reader.inspect(resolved);
    }
    catch (err) {
        result.status = 'error';
        result.reason = (0,errors/* whyOf */.gf)(err);
        result.platforms = needed.map(p => ({
            platform: (0,platform/* formatPlatform */.Bq)(p),
            status: 'error',
            level: 1,
            reason: result.reason
        }));
    }
    if (image) {
        result.digest = image.digest;
        const offered = image.platforms.filter(e => !e.attestation);
        result.available = offered.map(e => platformOf(e.platform));
        // Platforms at once: one image costs three round trips (index, manifests, configs), not 1 + 2 per platform.
        try {
            result.platforms = await Promise.all(needed.map(p => checkPlatform(reader, resolved, image, offered, p, o.deep)));
        }
        finally {
            if (reader instanceof archive_source/* LocalImages */["in"])
                reader.dispose();
        }
        const bad = result.platforms.filter(c => c.status !== 'ok');
        if (bad.length) {
            result.status =
                bad.some(c => c.status === 'error') && !bad.some(c => c.status !== 'error') ? 'error' : 'failed';
            result.reason = bad.map(c => `${c.platform}: ${c.reason}`).join('; ');
        }
        for (const c of result.platforms) {
            if (c.deep?.unsupported)
                result.notes.push(`${c.platform}: layers not read (${c.deep.unsupported})`);
            else if (c.deep && c.deep.executables === 0)
                result.notes.push(`${c.platform}: no executables in its layers, nothing to check`);
        }
    }
    if (result.status !== 'ok') {
        const rule = matchAllow(o.allow, [t.written, result.normalized, result.resolved, (0,reference/* familiar */.ce)(t.ref)]);
        if (rule) {
            result.allowed = rule;
            result.status = 'allowed';
        }
    }
    result.durationMs = Date.now() - started;
    return result;
}

// EXTERNAL MODULE: ./actions/lib/verify/lint/report.ts
var report = __webpack_require__(97634);
// EXTERNAL MODULE: ./actions/lib/core/exec.ts
var exec = __webpack_require__(6015);
;// CONCATENATED MODULE: ./actions/lib/verify/verify.ts














const verify_IN = specs_generated/* VERIFY_PLATFORMS */.hP.inputs;
function normalise(opts) {
    const platforms = opts.platforms ?? (0,platform/* parsePlatforms */.qA)((0,inputs/* parseList */.E1)(verify_IN.platforms.default), verify_IN.platforms.name);
    if (!platforms.length)
        throw (0,errors/* badInput */.AN)(verify_IN.platforms.name, '', 'give at least one platform');
    for (const p of platforms) {
        if (opts.deep && expectedMachine(p.architecture) === undefined) {
            throw (0,errors/* badInput */.AN)(verify_IN.platforms.name, (0,platform/* formatPlatform */.Bq)(p), 'deep checks know no ELF machine for this architecture');
        }
    }
    const concurrency = opts.concurrency ?? Number(verify_IN.concurrency.default);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
        throw (0,errors/* badInput */.AN)(verify_IN.concurrency.name, String(concurrency), 'expected a number from 1 to 64');
    }
    return {
        cwd: opts.cwd ?? process.cwd(),
        platforms,
        deep: !!opts.deep,
        allow: opts.allow ?? [],
        mirrors: opts.mirrors ?? [],
        concurrency
    };
}
function pinWarnings(pins, platforms) {
    const out = [];
    for (const pin of pins) {
        const excludes = pinExcludes(pin, platforms);
        if (!excludes.length)
            continue;
        const how = pin.kind === 'nodeSelector'
            ? `${pin.key}: ${pin.values[0]}`
            : `${pin.key} ${pin.kind} [${pin.values.join(', ')}]`;
        out.push({ ...pin, excludes, message: `${how} keeps pods off ${excludes.join(', ')}` });
    }
    return out;
}
async function checkAll(targets, o, client) {
    const images = await pool(targets, o.concurrency, t => checkImage(client, t, o.platforms, o));
    // One more try, after the rest, for images that met a registry error: a hiccup that
    // outlasted the request retries must not flip a verdict. A dead registry fails twice, fast.
    const again = images.map((r, i) => (r.status === 'error' ? i : -1)).filter(i => i >= 0);
    const second = await pool(again, o.concurrency, i => checkImage(client, targets[i], o.platforms, o));
    again.forEach((i, k) => (images[i] = second[k]));
    return images;
}
function collect(opts, o, deps) {
    const chart = opts.chart && {
        chart: opts.chart,
        values: opts.values ?? [],
        set: opts.set ?? [],
        kubeVersion: opts.kubeVersion,
        helm: opts.helm ?? verify_IN.helm.default
    };
    return collectReferences({
        ...(chart ? { chart } : {}),
        manifests: opts.manifests ?? [],
        dockerfiles: opts.dockerfiles ?? [],
        buildArgs: opts.buildArgs ?? {},
        platforms: o.platforms.map(platform/* formatPlatform */.Bq),
        cwd: o.cwd
    }, { exec: deps.exec ?? exec/* quietRun */.c9, toolCache: deps.toolCache });
}
/**
 * Checks that every image, and every image the chart, manifests and Dockerfiles name, exists
 * for each required platform (levels 1 and 2, and 3 with `deep`). Never throws for a failing
 * image: the verdicts are in the result. Throws ConfigurationError for bad options, and
 * CheckError when an input yields no image at all.
 */
async function verifyPlatforms(opts, deps = {}) {
    const started = Date.now();
    const o = normalise(opts);
    const lintOnly = opts.lint === 'only';
    if (lintOnly && !opts.dockerfiles?.length)
        throw new errors/* ConfigurationError */.j1(`Nothing to lint: ${verify_IN.lint.name}: only needs the ${verify_IN.dockerfiles.name} input`);
    if (!opts.images?.length && !opts.chart && !opts.manifests?.length && !opts.dockerfiles?.length) {
        throw new errors/* ConfigurationError */.j1(`Nothing to check: give at least one of the inputs ${verify_IN.images.name}, ${verify_IN.chart.name}, ${verify_IN.manifests.name} or ${verify_IN.dockerfiles.name}`);
    }
    // The linter loads on first use (a chunk file): only runs given Dockerfiles need it.
    const linted = opts.lint === false || !opts.dockerfiles?.length
        ? []
        : (await Promise.all(/* import() */[__webpack_require__.e(819), __webpack_require__.e(50)]).then(__webpack_require__.bind(__webpack_require__, 60050))).lintDockerfiles(opts.dockerfiles, { cwd: o.cwd, platforms: o.platforms });
    const { scan, scanned, chart } = lintOnly
        ? { scan: (0,types/* emptyScan */.$6)(), scanned: [], chart: undefined }
        : await collect(opts, o, deps);
    const targets = collectTargets(opts.images ?? [], scanned, scan);
    const client = deps.client ?? new registry_client/* RegistryClient */.b({ insecureRegistries: opts.insecureRegistries, ...opts.registry });
    let images;
    try {
        images = await checkAll(targets, o, client);
        images.forEach(r => deps.onImage?.(r));
    }
    finally {
        if (!deps.client)
            client.close();
    }
    const entry = (i) => ({
        reference: i.reference,
        resolved: i.resolved,
        platforms: i.platforms.filter(p => p.status !== 'ok').map(p => p.platform),
        reason: i.reason ?? '',
        sources: i.sources
    });
    const found = {};
    for (const i of images)
        for (const h of i.found)
            found[h] = (found[h] ?? 0) + 1;
    return {
        ok: images.every(i => i.status === 'ok' || i.status === 'allowed'),
        checked: images.length,
        platforms: o.platforms.map(platform/* formatPlatform */.Bq),
        deep: o.deep,
        images,
        missing: images.filter(i => i.status === 'failed' || i.status === 'error').map(entry),
        allowed: images
            .filter(i => i.status === 'allowed')
            .map(i => ({ ...entry(i), allowReason: i.allowed?.reason ?? '' })),
        pins: pinWarnings(scan.pins, o.platforms),
        findings: [
            ...linted,
            ...(0,report/* baseImageFindings */.Rt)(images, new Set(scanned.filter(s => s.input === verify_IN.dockerfiles.name).map(s => s.found.source.file)))
        ],
        notes: scan.notes,
        warnings: scan.warnings,
        found,
        ...(chart ? { chart } : {}),
        durationMs: Date.now() - started
    };
}


/***/ })

};
;
//# sourceMappingURL=377.index.js.map