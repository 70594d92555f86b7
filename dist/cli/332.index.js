"use strict";
exports.id = 332;
exports.ids = [332];
exports.modules = {

/***/ 81125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ count)
/* harmony export */ });
/** `1 image`, `2 images`, `1 registry`, `3 registries`: a count with its noun in the right number. */
function count(n, singular, plural) {
    const many = plural ?? (/[^aeiou]y$/.test(singular) ? `${singular.slice(0, -1)}ies` : `${singular}s`);
    return `${n} ${n === 1 ? singular : many}`;
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

/***/ 79393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ expectedMachine),
/* harmony export */   Fm: () => (/* binding */ machineName),
/* harmony export */   Ki: () => (/* binding */ parseElfHeader)
/* harmony export */ });
/* unused harmony exports EM, ELF_HEADER_BYTES, machinePlatform */
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


/***/ }),

/***/ 85167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ parseMirrors),
/* harmony export */   Hw: () => (/* binding */ pinExcludes),
/* harmony export */   PT: () => (/* binding */ parseAllow),
/* harmony export */   xh: () => (/* binding */ matchAllow)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43545);
/* harmony import */ var _core_specs_generated__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82343);
/* harmony import */ var _oci_platform__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98081);
/* harmony import */ var _oci_reference__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67837);




/** Parses `glob=reason` lines. */
function parseAllow(lines, input = _core_specs_generated__WEBPACK_IMPORTED_MODULE_1__/* .VERIFY_PLATFORMS */ .hP.inputs.allow.name) {
    return lines.map(l => {
        if (typeof l !== 'string')
            return l;
        const at = l.indexOf('=');
        const pattern = (at < 0 ? l : l.slice(0, at)).trim();
        const reason = at < 0 ? '' : l.slice(at + 1).trim();
        if (!pattern || !reason)
            throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, l, 'expected glob=reason, for example docker.io/openebs/mayastor-*=amd64 only until 2.9');
        if (/\s/.test(pattern))
            throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, l, 'the glob must not contain spaces');
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
function parseMirrors(lines, input = _core_specs_generated__WEBPACK_IMPORTED_MODULE_1__/* .VERIFY_PLATFORMS */ .hP.inputs['registry-mirrors'].name) {
    return lines.map(l => {
        const m = typeof l === 'string'
            ? (() => {
                const at = l.indexOf('=');
                if (at <= 0 || at === l.length - 1)
                    throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, l, 'expected source=target, for example docker.io=mirror.example/docker.io');
                return { source: l.slice(0, at).trim(), target: l.slice(at + 1).trim() };
            })()
            : l;
        const shown = typeof l === 'string' ? l : `${l.source}=${l.target}`;
        const probe = `${m.target.replace(/\/+$/, '')}/probe`;
        let ref;
        try {
            ref = (0,_oci_reference__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(probe, input);
        }
        catch {
            throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, shown, `"${m.target}" is not a registry host with an optional path`);
        }
        const first = m.target.split('/')[0];
        if (ref.registry !== first && first !== 'index.docker.io') {
            throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, shown, `the target must start with a registry host (like mirror.example or 127.0.0.1:5000), not "${first}"`);
        }
        return m;
    });
}
/** Required platforms that a pin keeps pods off. */
function pinExcludes(pin, platforms) {
    const archOf = (v) => {
        try {
            return (0,_oci_platform__WEBPACK_IMPORTED_MODULE_2__/* .parsePlatform */ .FL)(v, 'nodeSelector').architecture;
        }
        catch {
            return v.toLowerCase();
        }
    };
    const values = new Set(pin.values.map(archOf));
    return platforms
        .filter(p => (pin.kind === 'NotIn' ? values.has(p.architecture) : !values.has(p.architecture)))
        .map(_oci_platform__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq);
}


/***/ }),

/***/ 6619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ postComment)
/* harmony export */ });
/* unused harmony exports pullRequestOf, commentBody, stickyComment */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_toolkit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83446);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43545);
/* harmony import */ var _core_words__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81125);
/* harmony import */ var _matrix__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18009);
// The pull request's sticky comment: one comment per workflow job, found by a hidden marker and
// updated in place on every push, with the platform × level table, the chart's support matrix and
// links to the proofs and the run. A token that may not comment (forks: 403) skips it with a notice.





// Bounded: at most this many pages of 100 comments are searched for ours.
const MAX_PAGES = 10;
/**
 * The pull request of a `pull_request` (or `pull_request_target`) run, else undefined. `action`
 * keeps apart the comments of two actions in one job (none: verify-platforms).
 */
function pullRequestOf(env = process.env, action) {
    if (!/^pull_request(_target)?$/.test(env.GITHUB_EVENT_NAME ?? '') || !env.GITHUB_EVENT_PATH)
        return undefined;
    let number;
    try {
        const event = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
        number = event.pull_request?.number;
    }
    catch {
        return undefined;
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (typeof number !== 'number' || !owner || !repo)
        return undefined;
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
    return {
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
        owner,
        repo,
        number,
        key: `${env.GITHUB_WORKFLOW ?? ''}/${env.GITHUB_JOB ?? ''}${action ? ` ${action}` : ''}`,
        serverUrl,
        ...(env.GITHUB_RUN_ID
            ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {})
    };
}
const code = (s) => `\`${s.replace(/[`\r\n|]/g, ' ')}\``;
const marker = (key) => `<!-- arch-actions:verify ${key.replace(/-->/g, '')} -->`;
function proofCell(pr, digest, proofs) {
    const p = digest ? proofs.find(x => x.subject.endsWith(`@${digest}`)) : undefined;
    if (!p)
        return '–';
    if (p.attestationId)
        return `[attestation](${pr.serverUrl}/${pr.owner}/${pr.repo}/attestations/${encodeURIComponent(p.attestationId)})`;
    if (p.signing === 'none')
        return 'unsigned (not attached)';
    return `signed (${p.signing}), referrer ${code(p.referrer ?? '')}`;
}
/** The comment's Markdown: the marker, the platform × level table, the support matrix, the links. */
function commentBody(pr, result, proofs) {
    const head = `| Image | ${result.platforms.map(code).join(' | ')} | Proof |`;
    const rule = `| --- | ${result.platforms.map(() => '---').join(' | ')} | --- |`;
    const rows = result.images.map(i => {
        const cells = result.platforms.map(p => (0,_matrix__WEBPACK_IMPORTED_MODULE_3__/* .matrixCell */ .o)(i, i.platforms.find(c => c.platform === p)));
        return `| ${code(i.reference)} | ${cells.join(' | ')} | ${proofCell(pr, i.digest, proofs)} |`;
    });
    return [
        marker(pr.key),
        `### ${result.ok ? '✅' : result.outcomes.missing ? '❌' : '❓'} arch-actions: ${(0,_core_words__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U)(result.checked, 'image')} checked for ${result.platforms.join(', ')}`,
        '',
        result.verdict,
        '',
        head,
        rule,
        ...rows,
        '',
        '<details><summary>Support matrix</summary>',
        '',
        (0,_matrix__WEBPACK_IMPORTED_MODULE_3__/* .supportMatrix */ .p)(result),
        '',
        '</details>',
        '',
        pr.runUrl ? `[The run](${pr.runUrl})` : ''
    ].join('\n');
}
async function findOurs(o, pr) {
    const tag = marker(pr.key);
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await o.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            per_page: 100,
            page
        });
        const list = data;
        const ours = list.find(c => c.body?.startsWith(tag));
        if (ours)
            return ours.id;
        if (list.length < 100)
            return undefined;
    }
    return undefined;
}
/** Creates the comment, or updates ours in place; a 403 (no pull-requests: write) skips it with a notice. */
async function stickyComment(pr, token, body) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(463), __webpack_require__.e(255), __webpack_require__.e(844)]).then(__webpack_require__.t.bind(__webpack_require__, 93228, 23));
    const o = getOctokit(token, { baseUrl: pr.apiUrl });
    try {
        const id = await findOurs(o, pr);
        if (id !== undefined) {
            await o.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                owner: pr.owner,
                repo: pr.repo,
                comment_id: id,
                body
            });
            return 'updated';
        }
        await o.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            body
        });
        return 'created';
    }
    catch (err) {
        const status = err.status;
        if (status !== 403 && status !== 401 && status !== 404)
            throw err;
        _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(`The pull request comment was skipped: the token may not write comments here (HTTP ${status}; a fork, or no pull-requests: write permission): ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .whyOf */ .gf)(err)}`);
        return 'skipped';
    }
}
/**
 * The sticky comment of `result` on this run's pull request, when `enabled`, with a token, on a
 * pull_request event; like the summary, it never fails the job.
 */
async function postComment(enabled, token, result, proofs, action) {
    const pr = enabled && token ? pullRequestOf(process.env, action) : undefined;
    if (!pr)
        return;
    try {
        const outcome = await stickyComment(pr, token, commentBody(pr, result, proofs));
        if (outcome !== 'skipped')
            _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Pull request #${pr.number}: comment ${outcome}`);
    }
    catch (err) {
        _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`The pull request comment failed: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .whyOf */ .gf)(err)}`);
    }
}


/***/ }),

/***/ 94253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ checkImage),
  f: () => (/* reexport */ deepCheck)
});

// EXTERNAL MODULE: ./actions/lib/core/untrusted.ts
var untrusted = __webpack_require__(5078);
// EXTERNAL MODULE: ./actions/lib/core/limits.ts
var limits = __webpack_require__(61998);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __webpack_require__(98081);
// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __webpack_require__(67837);
// EXTERNAL MODULE: ./actions/lib/oci/archive-source.ts
var archive_source = __webpack_require__(91554);
// EXTERNAL MODULE: ./actions/lib/verify/allow.ts
var verify_allow = __webpack_require__(85167);
// EXTERNAL MODULE: ./actions/lib/verify/scan/types.ts
var types = __webpack_require__(61583);
// EXTERNAL MODULE: ./actions/lib/verify/targets.ts
var targets = __webpack_require__(74476);
// EXTERNAL MODULE: ./actions/lib/verify/proven.ts
var verify_proven = __webpack_require__(83916);
// EXTERNAL MODULE: ./actions/lib/verify/result-cache.ts
var result_cache = __webpack_require__(64290);
// EXTERNAL MODULE: ./actions/lib/oci/elf.ts
var elf = __webpack_require__(79393);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/lazy.ts
var lazy = __webpack_require__(96224);
// EXTERNAL MODULE: ./actions/lib/oci/digest.ts
var digest = __webpack_require__(61766);
;// CONCATENATED MODULE: ./actions/lib/verify/layer-shadow.ts
// Whiteouts: which paths of a lower layer never reach the container, as overlay filesystems apply them.
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

;// CONCATENATED MODULE: ./actions/lib/verify/deep.ts








// Only the deep check reads layers; the other checks do not load a tar reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tarStream = (0,lazy/* lazy */.R)(() => __webpack_require__(56118));

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
    const machine = head ? (0,elf/* parseElfHeader */.Ki)(head)?.machine : undefined;
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
    const file = { path: e.path, machine: e.machine, machineName: (0,elf/* machineName */.Fm)(e.machine) };
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
        throw new digest/* MalformedLayer */.bO(`layer content is malformed (${mediaType}): ${failure.message}`);
    }
    return scan;
}
/** One layer, read once more from the start when its bytes fail their digest. */
async function scanLayerOnce(client, ref, layer, opts) {
    for (let attempt = 0;; attempt++) {
        const blob = await client.getBlob(ref, layer.digest, { signal: opts.signal });
        try {
            return await scanLayer(blob, layer.mediaType, opts);
        }
        catch (err) {
            blob.destroy();
            opts.shadow?.discard();
            opts.record?.splice(0);
            if (err instanceof digest/* IntegrityError */.cs && !(err instanceof digest/* MalformedLayer */.bO) && attempt === 0) {
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
    const machine = (0,elf/* expectedMachine */.AY)(expectedArch);
    if (machine === undefined) {
        throw new errors/* CheckError */.tl(`no ELF machine is known for architecture "${expectedArch}" (${(0,reference/* formatReference */.FH)(ref)})`);
    }
    const manifest = await client.getImageManifest(ref, manifestDigest, { signal: options.signal });
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
            options.onLayer?.(scan);
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
            // A read cut short by the stop (a foreign binary found, or a deadline) is no failure of its own.
            if (stop.signal.aborted)
                return;
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
    // Stopped from outside: what was read proves nothing.
    const why = options.signal?.reason;
    if (options.signal?.aborted)
        throw why instanceof Error ? why : new errors/* CheckError */.tl('the deep check was stopped');
    verdict.ok = verdict.mismatches.length === 0;
    return verdict;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./actions/lib/verify/layer-progress.ts
// Progress of a deep check, for long reads: every few seconds, one line with the bytes read of
// each layer still being read and the binaries checked so far. A check that ends before the
// first tick prints nothing.


/** How often a long deep check says how far it got. */
const PROGRESS_INTERVAL_MS = 3000;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
/** Watches the reads of one platform's layers; `label` names the image and platform. */
function layerProgress(inner, label, opts = {}) {
    const log = opts.log ?? toolkit/* info */.pq;
    const started = Date.now();
    const layers = new Map();
    let judged = 0;
    let binaries = 0;
    let total = 0;
    const tick = () => {
        const reading = [...layers.values()].filter(l => l.read < l.size).sort((a, b) => a.index - b.index);
        const read = [...layers.values()].reduce((n, l) => n + l.read, 0);
        const each = reading.map(l => `layer ${l.index + 1}: ${mb(l.read)} of ${mb(l.size)}`);
        log(`deep check of ${label}: ${mb(read)} read, ${judged} of ${total} layers checked, ${binaries} binaries checked` +
            `${each.length ? `; ${each.join(', ')}` : ''} (${Math.round((Date.now() - started) / 1000)} s)`);
    };
    const timer = setInterval(tick, opts.intervalMs ?? PROGRESS_INTERVAL_MS);
    timer.unref();
    const reader = {
        getImageManifest: async (ref, digest, o) => {
            const m = await inner.getImageManifest(ref, digest, o);
            total = m.layers.length;
            m.layers.forEach((l, index) => layers.set(l.digest, { size: l.size, read: 0, index }));
            return m;
        },
        getBlob: async (ref, digest, o) => {
            const blob = await inner.getBlob(ref, digest, o);
            const layer = layers.get(digest);
            if (!layer)
                return blob;
            layer.read = 0;
            // Counted on the way through: a listener of its own would set the blob flowing.
            const counted = new external_node_stream_.Transform({
                transform(chunk, _enc, done) {
                    layer.read += chunk.length;
                    done(null, chunk);
                }
            });
            blob.on('error', err => counted.destroy(err));
            counted.on('close', () => blob.destroy());
            return blob.pipe(counted);
        }
    };
    return {
        reader,
        layer: scan => {
            judged++;
            binaries += scan.elfFiles.length;
        },
        stop: () => clearInterval(timer)
    };
}

;// CONCATENATED MODULE: ./actions/lib/verify/deep-check.ts
// Level 3 for one platform: its layers read and every visible binary's ELF machine checked.






/** Level 3 for one platform's manifest; `signal` ends the reads (the verdict is then void). */
async function deepCheck(reader, ref, digest, p, signal) {
    const expected = (0,elf/* machineName */.Fm)((0,elf/* expectedMachine */.AY)(p.architecture) ?? -1);
    // A long read says how far it got, every few seconds.
    const progress = layerProgress(reader, `${(0,reference/* formatReference */.FH)(ref)} ${(0,platform/* formatPlatform */.Bq)(p)}`);
    try {
        // Stops at the first foreign binary: from then on the verdict cannot change.
        const machines = {};
        let files = 0;
        const onLayer = (scan) => {
            files += scan.files;
            for (const f of scan.elfFiles)
                machines[f.machineName] = (machines[f.machineName] ?? 0) + 1;
            progress.layer(scan);
        };
        const v = await scanImageLayers(progress.reader, ref, digest, p.architecture, {
            stopEarly: true,
            onLayer,
            signal
        });
        const first = v.mismatches[0];
        return {
            executables: v.executables,
            files,
            machines,
            layersScanned: v.layersScanned,
            layersTotal: v.layersTotal,
            ...(first ? { mismatch: { ...first, expected } } : {})
        };
    }
    catch (err) {
        const why = (0,targets/* whyOf */.gf)(err);
        if (/zstd/i.test(why))
            return { executables: 0, files: 0, machines: {}, layersScanned: 0, layersTotal: 0, unsupported: why };
        throw err;
    }
    finally {
        progress.stop();
    }
}

;// CONCATENATED MODULE: ./actions/lib/verify/image.ts
// One image's verdict: listed (level 1), configured (level 2) and, with deep, built right (level 3).












/** How many of an index's platforms the report lists. */
const MAX_LISTED = 1000;

const howOrder = (h) => (h === 'input' ? -1 : types/* FOUND_HOW */.s4.indexOf(h));
function platformOf(e) {
    return (0,platform/* normalisePlatformString */.rQ)(`${e.os}/${e.architecture}${e.variant ? '/' + e.variant : ''}`);
}
async function checkPlatform(reader, resolved, image, offered, p, deep, early, signal) {
    const want = (0,platform/* formatPlatform */.Bq)(p);
    const entry = offered.find(e => platformOf(e.platform) === want);
    if (!entry) {
        const has = (0,untrusted/* listSome */.XT)(offered.map(e => platformOf(e.platform))) || 'nothing';
        const reason = image.isIndex
            ? `${want} is not in the index (it lists ${has})`
            : `single-platform image for ${has}`;
        return { platform: want, status: 'missing', outcome: 'missing', level: 1, reason };
    }
    const check = {
        platform: want,
        status: 'ok',
        outcome: 'proven',
        level: 1,
        digest: entry.digest
    };
    // The config and the layers are read at once (both start from the manifest); the config rules first.
    const [configRead, deepRead] = await Promise.allSettled([
        image.isIndex ? reader.getConfig(resolved, entry.digest, { signal }) : undefined,
        deep
            ? (early?.take(resolved, entry.digest, p) ?? deepCheck(reader, resolved, entry.digest, p, signal))
            : undefined
    ]);
    try {
        const config = settled(configRead);
        if (config) {
            const says = platformOf({ os: config.os, architecture: config.architecture, variant: config.variant });
            if (says !== want) {
                const reason = `the index lists ${want} but its config says ${says}`;
                return { ...check, status: 'wrong', outcome: 'missing', level: 2, reason };
            }
        }
        check.level = 2;
        if (deep) {
            check.deep = settled(deepRead);
            const m = check.deep.mismatch;
            // Layers that could not be read prove nothing past level 2.
            if (!check.deep.unsupported)
                check.level = 3;
            if (m) {
                check.status = 'wrong';
                check.outcome = 'missing';
                check.reason = `${m.path} is ${m.machineName} (e_machine ${m.machine}), expected ${m.expected}`;
            }
        }
    }
    catch (err) {
        return { ...check, status: 'error', outcome: 'unknown', unknown: unknownOf(err), reason: (0,targets/* whyOf */.gf)(err) };
    }
    return check;
}
const unknownOf = (err) => (err instanceof errors/* UnavailableError */.hG ? err.kind : 'error');
/** Every needed platform with the same verdict: the image could not be read, or does not exist. */
function wholeImage(needed, err) {
    const reason = (0,targets/* whyOf */.gf)(err);
    return needed.map(p => err instanceof errors/* NotFoundError */.m_
        ? { platform: (0,platform/* formatPlatform */.Bq)(p), status: 'missing', outcome: 'missing', level: 1, reason }
        : {
            platform: (0,platform/* formatPlatform */.Bq)(p),
            status: 'error',
            outcome: 'unknown',
            level: 0,
            unknown: unknownOf(err),
            reason
        });
}
/** The image's outcome, level and reason from its platforms. */
function judge(result) {
    const checks = result.platforms;
    result.level = checks.reduce((low, c) => (c.level < low ? c.level : low), 3);
    const missing = checks.some(c => c.outcome === 'missing');
    const unknown = checks.find(c => c.outcome === 'unknown');
    result.outcome = missing ? 'missing' : unknown ? 'unknown' : 'proven';
    result.status = missing ? 'failed' : unknown ? 'error' : 'ok';
    if (unknown)
        result.unknown = unknown.unknown;
    const bad = checks.filter(c => c.outcome !== 'proven');
    // One reason for the whole image when every platform has the same (an unreachable registry).
    const reasons = new Set(bad.map(c => c.reason));
    if (bad.length && reasons.size === 1 && bad.length === checks.length)
        result.reason = bad[0].reason;
    else if (bad.length)
        result.reason = bad.map(c => `${c.platform}: ${c.reason}`).join('; ');
}
function settled(r) {
    if (r.status === 'rejected')
        throw r.reason;
    return r.value;
}
/** The image's notes from its platforms' verdicts (judge gives its outcome and status). */
function settle(result) {
    for (const c of result.platforms) {
        if (c.deep?.unsupported)
            result.notes.push(`${c.platform}: layers not read (${c.deep.unsupported})`);
        else if (c.deep && c.deep.executables === 0)
            result.notes.push(`${c.platform}: no executables in its layers, nothing to check`);
    }
}
/** What the index offers, up to a bound: an index of 100,000 entries is not a report. */
function listAvailable(result, offered) {
    result.available = offered.slice(0, MAX_LISTED).map(e => platformOf(e.platform));
    if (offered.length > MAX_LISTED)
        result.notes.push(`the index lists ${offered.length} platforms; the report keeps the first ${MAX_LISTED}`);
}
/** `work` within the image deadline; past it, every needed platform is unknown, with the deadline named. */
function inTime(needed, late, work) {
    return Promise.race([work, late]).catch((err) => {
        if (err instanceof limits/* LimitError */.oC && err.limit === 'imageMs')
            return { platforms: wholeImage(needed, err) };
        throw err;
    });
}
/** Platforms at once (one image costs three round trips, not 1 + 2 per platform), within the deadline. */
async function platformChecks(needed, late, check) {
    const done = await inTime(needed, late, Promise.all(needed.map(check)));
    return Array.isArray(done) ? done : done.platforms;
}
/** An allow rule covers a known gap, never a registry that did not answer. */
function allowGap(result, t, allow) {
    if (result.outcome !== 'missing')
        return;
    const rule = (0,verify_allow/* matchAllow */.xh)(allow, [t.written, result.normalized, result.resolved, (0,reference/* familiar */.ce)(t.ref)]);
    if (rule) {
        result.allowed = rule;
        result.status = 'allowed';
    }
}
/** What is known of an image before anything is read. */
function startResult(t, resolved, local) {
    return {
        reference: t.written,
        normalized: (0,reference/* formatReference */.FH)(t.ref),
        resolved: (0,reference/* formatReference */.FH)(resolved),
        sources: t.locations.map(types/* formatSource */.j2),
        locations: t.locations,
        available: [],
        platforms: [],
        status: 'ok',
        outcome: 'proven',
        level: 0,
        registry: local ? 'local' : resolved.registry,
        notes: [],
        found: [...t.found].sort((a, b) => howOrder(a) - howOrder(b)),
        charts: [...t.charts].sort(),
        durationMs: 0
    };
}
/** One image against the required platforms, its reads in the image deadline; allow rules may allow it. */
async function checkImage(client, t, required, o, early) {
    const started = Date.now();
    // An archive on disk is read offline: no mirror, no registry.
    const local = (0,archive_source/* isLocalRef */.X9)(t.ref);
    const resolved = local ? t.ref : (0,reference/* applyMirrors */.J4)(t.ref, o.mirrors);
    const needed = t.only ? required.filter(p => t.only?.has((0,platform/* formatPlatform */.Bq)(p))) : required;
    const result = startResult(t, resolved, local);
    let image;
    let reader = client;
    const deadline = (0,limits/* startDeadline */.db)(o.imageMs, result.resolved, 'imageMs');
    try {
        if (local)
            reader = await archive_source/* LocalImages */["in"].open(t.ref);
        image = await Promise.race([reader.inspect(resolved, { signal: deadline.signal }), deadline.late]);
    }
    catch (err) {
        result.platforms = wholeImage(needed, err);
    }
    if (image) {
        result.digest = image.digest;
        const offered = image.platforms.filter(e => !e.attestation);
        listAvailable(result, offered);
        // Proofs are read within the image's deadline too.
        const proving = local
            ? undefined
            : (0,verify_proven/* proofOutcome */.Hs)(client.within(deadline.signal), resolved, image, needed, o);
        const proof = proving && (await inTime(needed, deadline.late, proving));
        const results = proof || local ? undefined : (0,result_cache/* standingIn */.qV)(o.results, o.proof?.mode, t.found);
        const kept = results && (0,result_cache/* fromCache */.ZY)(results, image, needed, o.deep ? 3 : 2);
        const proven = proof ?? kept;
        try {
            result.platforms =
                proven?.platforms ??
                    (await platformChecks(needed, deadline.late, p => checkPlatform(reader, resolved, image, offered, p, o.deep, local ? undefined : early, deadline.signal)));
        }
        finally {
            deadline.stop();
            if (reader instanceof archive_source/* LocalImages */["in"])
                reader.dispose();
        }
        if (proof?.proof) {
            result.proof = proof.proof;
            result.notes.push(`proven earlier by ${proof.proof.by}, not re-checked`);
        }
        if (kept)
            result.cached = kept.checkedAt;
        if (kept)
            result.notes.push(kept.platforms[0].reason);
        settle(result);
    }
    judge(result);
    if (!local && !result.proof && !result.cached && o.results)
        (0,result_cache/* keepResult */.BK)(o.results, result);
    allowGap(result, t, o.allow);
    result.durationMs = Date.now() - started;
    return result;
}


/***/ }),

/***/ 97634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ failing),
/* harmony export */   Qy: () => (/* binding */ lintFailure),
/* harmony export */   Rt: () => (/* binding */ baseImageFindings),
/* harmony export */   dv: () => (/* binding */ annotateFindings)
/* harmony export */ });
/* harmony import */ var _core_toolkit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83446);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43545);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(691);
// Findings out of the lint: rule 4 from the registry check, annotations, the failing verdict.



/** Rule 4: a FROM image that fails today's platform check, as a finding at its FROM line. */
function baseImageFindings(images, dockerfiles) {
    const out = [];
    for (const i of images) {
        // Nothing proven (status error) is no finding: the image check reports it, in its own words.
        if (i.status === 'ok' || i.status === 'error')
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

/***/ 18009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ matrixCell),
/* harmony export */   p: () => (/* binding */ supportMatrix)
/* harmony export */ });
/* harmony import */ var _core_compare__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39403);
/* harmony import */ var _core_words__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81125);
/* harmony import */ var _verdict__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74035);



/**
 * One platform of one image: ✅ with the level proven, ❌ with the level whose check failed,
 * ⚠️ for an allowed gap, ❓ when nothing could be learnt (with why, in a few words).
 */
function matrixCell(i, c) {
    if (!c)
        return '–';
    const level = `L${c.level}`;
    if (c.outcome === 'proven')
        return `✅ ${level}${i.proof ? ' (proof)' : i.cached ? ' (kept)' : c.deep?.unsupported ? ' (layers not read)' : ''}`;
    if (c.outcome === 'unknown')
        return `❓ unknown: ${(0,_verdict__WEBPACK_IMPORTED_MODULE_0__/* .kindWords */ .Gk)(c.unknown ?? 'error')}`;
    const what = c.status === 'wrong' ? 'wrong' : 'missing';
    return i.status === 'allowed' ? `⚠️ ${level} ${what} (allowed)` : `❌ ${level} ${what}`;
}
/** The header lines: the levels asked for and reached, and what could not be learnt, and why. */
function header(result) {
    const asked = result.deep
        ? 'L3 built right (ELF headers)'
        : 'L2 configured (the config names the platform)';
    const lines = [
        `Levels: L1 listed in the index, L2 configured, L3 built right (ELF headers of the executables). ` +
            `This run asked for ${asked}; levels reached: ${(0,_verdict__WEBPACK_IMPORTED_MODULE_0__/* .levelsReached */ .e_)(result.images)}.`
    ];
    const unknown = (0,_verdict__WEBPACK_IMPORTED_MODULE_0__/* .unknownPhrase */ .Km)(result.images);
    if (unknown) {
        lines.push('', `❓ ${unknown[0].toUpperCase()}${unknown.slice(1)}:`, '');
        for (const r of result.registries)
            lines.push(`- \`${r.registry}\` (${(0,_core_words__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U)(r.images, 'image')}): ${cellText(r.reason)}`);
        for (const u of result.unknown.filter(u => u.kind === 'error'))
            lines.push(`- \`${cellText(u.reference)}\`: ${cellText(u.reason)}`);
    }
    return [...lines, ''];
}
/** The group an image belongs to: each chart or subchart it is used by, else the input it came from. */
function groupsOf(i) {
    if (i.charts.length)
        return i.charts.map(c => `Chart ${c.split('/').join(' › ')}`);
    if (i.found.includes('dockerfile'))
        return ['Dockerfiles'];
    if (i.found.includes('manifest') ||
        ((i.found.includes('indirect') || i.found.includes('custom resource')) && i.locations.length))
        return ['Manifests'];
    return ['Images'];
}
const cellText = (s) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
/**
 * The support matrix as Markdown: per chart or subchart (then manifests, Dockerfiles and
 * images given directly), every image against each platform. Sorted, with no timings or
 * hosts, so that the same verdicts always give the same text.
 */
function supportMatrix(result) {
    const groups = new Map();
    for (const i of result.images)
        for (const g of groupsOf(i))
            groups.set(g, [...(groups.get(g) ?? []), i]);
    const names = [...groups.keys()].sort((a, b) => (0,_core_compare__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a, b));
    const lines = header(result);
    if (result.chart) {
        const c = result.chart;
        const how = c.rendered === 'not rendered'
            ? `not rendered (${c.reason}): images read statically`
            : `${c.rendered} by helm ${c.helm} for Kubernetes ${c.kubeVersion}`;
        lines.push(`Chart \`${c.chart}\`: ${how}.`);
        for (const m of c.missingDependencies)
            lines.push(`- dependency \`${m.parent ? `${m.parent}/` : ''}${m.name}\` ${m.version}: not rendered, its images are not checked (${m.reason})`);
        lines.push('');
    }
    for (const name of names) {
        const images = [...(groups.get(name) ?? [])].sort((a, b) => (0,_core_compare__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.normalized, b.normalized));
        lines.push(`### ${name}`, '');
        lines.push(`| Image | Found | ${result.platforms.join(' | ')} |`);
        lines.push(`| --- | --- | ${result.platforms.map(() => '---').join(' | ')} |`);
        for (const i of images) {
            const cells = result.platforms.map(p => matrixCell(i, i.platforms.find(c => c.platform === p)));
            lines.push(`| \`${cellText(i.reference)}\` | ${i.found.join(', ')} | ${cells.join(' | ')} |`);
        }
        lines.push('');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ platformDigests),
/* harmony export */   Hs: () => (/* binding */ proofOutcome)
/* harmony export */ });
/* unused harmony export provenByProof */
/* harmony import */ var _core_specs_generated__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82343);
/* harmony import */ var _oci_platform__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98081);
/* harmony import */ var _proof_find__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(524);
/* harmony import */ var _proof_cover__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28744);
// Proof reuse: a digest with a valid platform proof that covers the platforms and level asked for
// is not checked again (no config, no layer is read); with `require`, an image without one fails.




const IN = _core_specs_generated__WEBPACK_IMPORTED_MODULE_0__/* .VERIFY_PLATFORMS */ .hP.inputs;
/** Each platform the index lists (normalised) → its manifest digest. */
function platformDigests(image) {
    return new Map(image.platforms.map(e => {
        const { os, architecture, variant } = e.platform;
        return [(0,_oci_platform__WEBPACK_IMPORTED_MODULE_1__/* .normalisePlatformString */ .rQ)(`${os}/${architecture}${variant ? '/' + variant : ''}`), e.digest];
    }));
}
/**
 * Looks for a proof of `image` that covers `needed` at `level`. `none` when there is no valid
 * proof (with why), `unknown` when the proofs could not be read.
 */
async function provenByProof(client, ref, image, needed, level, policy) {
    const want = needed.map(_oci_platform__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq);
    const entries = platformDigests(image);
    const cover = await (0,_proof_cover__WEBPACK_IMPORTED_MODULE_3__/* .coveringProof */ .s)(client, ref, image.digest, entries, want, level, policy.trust);
    if (cover.kind !== 'proven')
        return cover;
    const found = cover.proof;
    const byPlatform = new Map(found.statement.predicate.platforms.map(p => [p.platform, p]));
    const platforms = want.map(w => ({
        platform: w,
        status: 'ok',
        outcome: 'proven',
        level: Math.min(3, byPlatform.get(w).level),
        digest: entries.get(w) ?? byPlatform.get(w).digest,
        reason: `proven earlier by ${found.by}, not re-checked`
    }));
    return {
        kind: 'proven',
        platforms,
        proof: { by: found.by, key: found.key, checkedAt: found.statement.predicate.checkedAt }
    };
}
/**
 * With a proof policy: the platforms a valid proof stands for, or (`require`) the failure of an
 * image that has none; undefined when the image is to be checked.
 */
async function proofOutcome(client, ref, image, needed, o) {
    const policy = o.proof;
    if (!policy || policy.mode === 'ignore' || !(0,_proof_find__WEBPACK_IMPORTED_MODULE_2__/* .trustsAny */ .E)(policy.trust))
        return undefined;
    const out = await provenByProof(client, ref, image, needed, o.deep ? 3 : 2, policy);
    if (out.kind === 'proven')
        return out;
    if (policy.mode !== 'require')
        return undefined;
    const reason = `no valid platform proof (${IN.proof.name}: require): ${out.reason}`;
    return {
        platforms: needed.map(p => out.kind === 'unknown'
            ? {
                platform: (0,_oci_platform__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(p),
                status: 'error',
                outcome: 'unknown',
                level: 1,
                unknown: 'error',
                reason
            }
            : { platform: (0,_oci_platform__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(p), status: 'missing', outcome: 'missing', level: 1, reason })
    };
}


/***/ }),

/***/ 46630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KG: () => (/* binding */ VERIFY_REPORT_VERSION),
/* harmony export */   fz: () => (/* binding */ annotate),
/* harmony export */   g5: () => (/* binding */ failureOf),
/* harmony export */   j0: () => (/* binding */ defaultReportPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_toolkit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83446);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43545);
/* harmony import */ var _core_paths__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39756);
/* harmony import */ var _core_words__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81125);
/* harmony import */ var _verdict__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74035);






/** The verify report's version (docs/design.md, "verify report"): 2 added the outcomes. */
const VERIFY_REPORT_VERSION = 2;
/** Where the JSON report goes when no path is given. */
function defaultReportPath(env = process.env) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join((0,_core_paths__WEBPACK_IMPORTED_MODULE_3__/* .scratchDir */ .GA)(env), 'verify-report.json');
}
/**
 * `::error` at every file:line of each image that lacks a platform (a plain error for images
 * given directly), one annotation per registry that did not answer (an error, or a warning when
 * unknown does not fail the step), `::warning` for allowed gaps, arch pins, broken documents and
 * dependencies that were not rendered.
 */
function annotate(result, failOn = 'unknown') {
    const unknownEmit = failOn === 'unknown' ? _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3 : _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e;
    for (const r of result.registries) {
        unknownEmit(`nothing was proven about ${(0,_core_words__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(r.images, 'image')} from ${r.registry}: ${r.reason}`, {
            title: 'Nothing proven'
        });
    }
    for (const i of result.images) {
        if (i.status === 'ok' || (i.outcome === 'unknown' && i.unknown !== 'error'))
            continue;
        if (i.outcome === 'unknown') {
            const msg = `nothing was proven about ${i.reference}: ${i.reason}`;
            if (!i.locations.length)
                unknownEmit(msg, { title: 'Nothing proven' });
            for (const l of i.locations)
                unknownEmit(msg, { file: l.file, startLine: l.line, title: 'Nothing proven' });
            continue;
        }
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
/**
 * What the outcomes mean for the step under `fail-on`: the error that fails it (missing
 * platforms and, with `unknown`, images nothing was proven about), and what is only a warning.
 */
function failureOf(result, failOn) {
    // Each image's reason is in its own annotation: the failure says how many, once.
    const missing = (0,_verdict__WEBPACK_IMPORTED_MODULE_4__/* .missingPhrase */ ._V)(result.images);
    const unknownText = (0,_verdict__WEBPACK_IMPORTED_MODULE_4__/* .unknownPhrase */ .Km)(result.images);
    const unknown = unknownText && `${unknownText[0].toUpperCase()}${unknownText.slice(1)}`;
    const failing = [failOn !== 'never' && missing, failOn === 'unknown' && unknown].filter((m) => !!m);
    const warnings = [failOn === 'never' && missing, failOn !== 'unknown' && unknown].filter((m) => !!m);
    return { ...(failing.length ? { error: new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .CheckError */ .tl(failing.join('; ')) } : {}), warnings };
}


/***/ }),

/***/ 64290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ ResultCache),
/* harmony export */   BK: () => (/* binding */ keepResult),
/* harmony export */   Iq: () => (/* binding */ saveResults),
/* harmony export */   ZY: () => (/* binding */ fromCache),
/* harmony export */   aL: () => (/* binding */ defaultResultCacheDir),
/* harmony export */   jR: () => (/* binding */ restoreResults),
/* harmony export */   qV: () => (/* binding */ standingIn)
/* harmony export */ });
/* unused harmony export MAX_ENTRIES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_toolkit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83446);
/* harmony import */ var _core_paths__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39756);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41860);
/* harmony import */ var _oci_platform__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98081);
/* harmony import */ var _proven__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
// Results kept by digest, for images that cannot carry our proof (a chart's third-party images):
// a digest proven once for some platforms and level is not read again, by the same version of the
// checks. One small JSON file per digest in a folder of at most MAX_ENTRIES: on runners restored and
// saved with @actions/cache, on a laptop under ~/.cache.








const ENTRY_LIMIT = 256 * 1024;
/** The folder keeps the newest this many digests; older ones are deleted after a run that wrote. */
const MAX_ENTRIES = 2000;
const CACHE_KEY = 'arch-actions-verified';
/**
 * The folder: `$XDG_CACHE_HOME/arch-actions/verified` when that is set, else on runners
 * `$RUNNER_TEMP/arch-actions/verified`, else `~/.cache/arch-actions/verified`.
 */
function defaultResultCacheDir(env = process.env) {
    if (env.XDG_CACHE_HOME)
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.XDG_CACHE_HOME, 'arch-actions', 'verified');
    if (env.GITHUB_ACTIONS === 'true')
        return node_path__WEBPACK_IMPORTED_MODULE_2__.join((0,_core_paths__WEBPACK_IMPORTED_MODULE_4__/* .scratchDir */ .GA)(env), 'verified');
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.homedir(), '.cache', 'arch-actions', 'verified');
}
class ResultCache {
    dir;
    forInputs;
    /** Entries written in this run (a cache service saves only when there are some). */
    written = 0;
    /** Digests this run stored: an image met twice in one run is checked twice, so a run's report does not depend on which finished first. */
    mine = new Set();
    /**
     * `forInputs: false` keeps the images given directly out of it (checked each time), for a run
     * that signs a proof of each: a proof is written only for what the run checked.
     */
    constructor(dir, forInputs = true) {
        this.dir = dir;
        this.forInputs = forInputs;
    }
    file(digest) {
        return /^sha256:[0-9a-f]{64}$/.test(digest)
            ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.dir, `${digest.replace(':', '-')}.json`)
            : undefined;
    }
    read(digest) {
        const file = this.file(digest);
        try {
            if (!file || node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file).size > ENTRY_LIMIT)
                return undefined;
            const v = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
            return v?.digest === digest && v.tool === _core_version__WEBPACK_IMPORTED_MODULE_7__/* .TOOL_VERSION */ .w && Array.isArray(v.platforms) ? v : undefined;
        }
        catch {
            return undefined;
        }
    }
    /** The verdict of `digest`, kept by an earlier run, when it covers every platform asked for at `level` (and the index's digests). */
    lookup(digest, want, level) {
        if (this.mine.has(digest))
            return undefined;
        const v = this.read(digest);
        if (!v)
            return undefined;
        for (const [platform, manifest] of want) {
            const p = v.platforms.find(x => x.platform === platform);
            if (!p || p.level < level || p.digest !== manifest)
                return undefined;
        }
        return v;
    }
    /** Keeps what a check proved, merged with what the digest was proven for before (the higher level wins). */
    store(digest, platforms) {
        const file = this.file(digest);
        if (!file)
            return;
        const old = this.read(digest)?.platforms ?? [];
        const merged = new Map(old.map(p => [p.platform, p]));
        for (const p of platforms)
            if ((merged.get(p.platform)?.level ?? 0) <= p.level)
                merged.set(p.platform, p);
        const v = {
            digest,
            tool: _core_version__WEBPACK_IMPORTED_MODULE_7__/* .TOOL_VERSION */ .w,
            checkedAt: new Date().toISOString(),
            platforms: [...merged.values()]
        };
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(this.dir, { recursive: true });
            node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(`${file}.tmp`, JSON.stringify(v));
            node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(`${file}.tmp`, file);
            this.written++;
            this.mine.add(digest);
        }
        catch (err) {
            _core_toolkit__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz(`result cache: ${file}: ${err.message}`);
        }
    }
    /** After a run that wrote: deletes the oldest entries past `max`. Never fails the run. */
    prune(max = MAX_ENTRIES) {
        if (!this.written)
            return;
        try {
            const entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(this.dir)
                .filter(f => /^sha256-[0-9a-f]{64}\.json(\.tmp)?$/.test(f))
                .map(f => ({ file: node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.dir, f), at: node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.dir, f)).mtimeMs }));
            if (entries.length <= max)
                return;
            entries.sort((a, b) => b.at - a.at);
            for (const e of entries.slice(max))
                node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(e.file, { force: true });
        }
        catch (err) {
            _core_toolkit__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz(`result cache: ${this.dir}: ${err.message}`);
        }
    }
}
/**
 * The results kept by digest when they may stand in for an image's checks: not with `proof: ignore`
 * (everything is checked), nor for an image given directly when the run signs proofs of those.
 */
function standingIn(results, proof, found) {
    if (!results || proof === 'ignore')
        return undefined;
    return results.forInputs || !found.has('input') ? results : undefined;
}
/** The platforms a cached verdict stands for, at `level`; undefined when it does not cover them all. */
function fromCache(cache, image, needed, level) {
    const entries = (0,_proven__WEBPACK_IMPORTED_MODULE_6__/* .platformDigests */ .Hm)(image);
    const want = new Map(needed.map(p => [(0,_oci_platform__WEBPACK_IMPORTED_MODULE_5__/* .formatPlatform */ .Bq)(p), entries.get((0,_oci_platform__WEBPACK_IMPORTED_MODULE_5__/* .formatPlatform */ .Bq)(p)) ?? '']));
    const v = cache.lookup(image.digest, want, level);
    if (!v)
        return undefined;
    const reason = 'checked earlier (cache), not re-checked';
    return {
        checkedAt: v.checkedAt,
        platforms: [...want].map(([platform, digest]) => ({
            platform,
            status: 'ok',
            outcome: 'proven',
            level: Math.min(3, v.platforms.find(p => p.platform === platform).level),
            digest,
            reason
        }))
    };
}
/** Keeps an image that was proven by checking it (not by a proof or the cache). */
function keepResult(cache, image) {
    if (!image.digest || image.outcome !== 'proven')
        return;
    if (image.platforms.some(p => p.outcome !== 'proven' || !p.digest))
        return;
    cache.store(image.digest, image.platforms.map(p => ({ platform: p.platform, digest: p.digest, level: p.level })));
}
/** True on a runner that has the cache service. */
function cacheService(env) {
    return !!env.ACTIONS_RUNTIME_TOKEN && !!(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}
/** On a runner: the folder from the newest earlier run's cache. Never fails the job. */
async function restoreResults(dir, env = process.env) {
    if (!cacheService(env))
        return;
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(777), __webpack_require__.e(463), __webpack_require__.e(919), __webpack_require__.e(157), __webpack_require__.e(318), __webpack_require__.e(116)]).then(__webpack_require__.t.bind(__webpack_require__, 5116, 23));
        const hit = await cache.restoreCache([dir], `${CACHE_KEY}-${env.RUNNER_OS}-${env.GITHUB_RUN_ID}`, [
            `${CACHE_KEY}-${env.RUNNER_OS}-`
        ]);
        if (hit)
            _core_toolkit__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Results by digest restored from the cache (${hit})`);
    }
    catch (err) {
        _core_toolkit__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`The results cache could not be restored: ${err.message}`);
    }
}
/** On a runner: saves the folder when this run added to it. Never fails the job. */
async function saveResults(c, env = process.env) {
    if (!cacheService(env) || !c.written)
        return;
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(777), __webpack_require__.e(463), __webpack_require__.e(919), __webpack_require__.e(157), __webpack_require__.e(318), __webpack_require__.e(116)]).then(__webpack_require__.t.bind(__webpack_require__, 5116, 23));
        await cache.saveCache([c.dir], `${CACHE_KEY}-${env.RUNNER_OS}-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`);
    }
    catch (err) {
        _core_toolkit__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`The results cache could not be saved: ${err.message}`);
    }
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
    'custom resource',
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

/***/ 74476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XM: () => (/* binding */ collectReferences),
/* harmony export */   gf: () => (/* reexport safe */ _core_errors__WEBPACK_IMPORTED_MODULE_0__.gf),
/* harmony export */   r1: () => (/* binding */ collectTargets)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43545);
/* harmony import */ var _core_specs_generated__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82343);
/* harmony import */ var _oci_platform__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98081);
/* harmony import */ var _oci_archive_source__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91554);
/* harmony import */ var _oci_reference__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67837);
/* harmony import */ var _scan_types__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61583);






const IN = _core_specs_generated__WEBPACK_IMPORTED_MODULE_1__/* .VERIFY_PLATFORMS */ .hP.inputs;

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
                    ? (0,_oci_archive_source__WEBPACK_IMPORTED_MODULE_3__/* .parseImageReference */ .o_)(written, IN.images.name)
                    : (0,_oci_reference__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(written, IN.images.name);
        }
        catch (err) {
            if (!loc || how === 'input')
                throw err;
            scan.warnings.push({ ...loc, message: `not an image reference, not checked: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .whyOf */ .gf)(err)}` });
            return;
        }
        const key = (0,_oci_reference__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(ref);
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
            platforms.forEach(p => t.only?.add((0,_oci_platform__WEBPACK_IMPORTED_MODULE_2__/* .normalisePlatformString */ .rQ)(p)));
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
    const why = [how, ...r.warnings.map(w => `${(0,_scan_types__WEBPACK_IMPORTED_MODULE_5__/* .formatSource */ .j2)(w)}: ${w.message}`)].filter(Boolean);
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .CheckError */ .tl(`no container image found in ${input} ${value}${why.length ? ` (${why.join('; ')})` : ''}`);
}
/** Reads every source of references (no registry): the chart, manifests and Dockerfiles. */
async function collectReferences(o, deps) {
    const scan = (0,_scan_types__WEBPACK_IMPORTED_MODULE_5__/* .emptyScan */ .$6)();
    const scanned = [];
    const take = (r, input) => {
        (0,_scan_types__WEBPACK_IMPORTED_MODULE_5__/* .mergeScans */ .VX)(scan, r);
        r.images.forEach(found => scanned.push({ found, input }));
    };
    let chart;
    // The scanners load here, on first use (chunk files): a run with only images never pays for them.
    if (o.chart) {
        const { scanChartInput } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(258), __webpack_require__.e(474)]).then(__webpack_require__.bind(__webpack_require__, 32474));
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
        const { scanDockerfiles } = await __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 40768));
        const r = scanDockerfiles(o.dockerfiles, {
            cwd: o.cwd,
            buildArgs: o.buildArgs,
            platforms: o.platforms,
            target: o.target
        });
        requireImages(IN.dockerfiles.name, o.dockerfiles.join(', '), r, r.notes.join('; '));
        take(r, IN.dockerfiles.name);
    }
    return { scan, scanned, ...(chart ? { chart } : {}) };
}


/***/ }),

/***/ 74035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ kindWords),
/* harmony export */   Km: () => (/* binding */ unknownPhrase),
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   Nj: () => (/* binding */ unknownEntries),
/* harmony export */   P4: () => (/* binding */ silentRegistries),
/* harmony export */   XF: () => (/* binding */ countOutcomes),
/* harmony export */   _V: () => (/* binding */ missingPhrase),
/* harmony export */   e_: () => (/* binding */ levelsReached)
/* harmony export */ });
/* unused harmony export levelName */
/* harmony import */ var _core_words__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81125);
// What a run of verify proved, in numbers and in one line: proven, missing, allowed and unknown
// images, the registries that did not answer, and the levels reached.

const KIND_WORDS = {
    unreachable: 'unreachable',
    timeout: 'timed out',
    refused: 'refused the credentials',
    'rate-limited': 'rate-limited',
    unavailable: 'server errors',
    error: 'could not be read'
};
/** `unreachable`, `refused the credentials`, ...: a kind of unknown in a few words. */
const kindWords = (kind) => KIND_WORDS[kind];
function countOutcomes(images) {
    const n = (f) => images.filter(f).length;
    return {
        checked: images.length,
        proven: n(i => i.outcome === 'proven'),
        missing: n(i => i.outcome === 'missing' && i.status !== 'allowed'),
        allowed: n(i => i.status === 'allowed'),
        unknown: n(i => i.outcome === 'unknown')
    };
}
function unknownEntries(images) {
    return images
        .filter(i => i.outcome === 'unknown')
        .map(i => ({
        reference: i.reference,
        resolved: i.resolved,
        registry: i.registry,
        kind: i.unknown ?? 'error',
        reason: i.reason ?? '',
        platforms: i.platforms.filter(p => p.outcome === 'unknown').map(p => p.platform),
        sources: i.sources
    }));
}
/** Registries that left images unknown because they did not answer (not for other errors). */
function silentRegistries(images) {
    const by = new Map();
    for (const i of images) {
        if (i.outcome !== 'unknown' || !i.unknown || i.unknown === 'error')
            continue;
        const known = by.get(i.registry);
        if (known)
            known.images++;
        else
            by.set(i.registry, { registry: i.registry, kind: i.unknown, reason: i.reason ?? '', images: 1 });
    }
    return [...by.values()];
}
/**
 * `nothing was proven about 6 images: could not reach 2 registries (r1 unreachable, r2 refused the
 * credentials)`, or undefined when every image got an answer.
 */
function unknownPhrase(images) {
    const unknown = images.filter(i => i.outcome === 'unknown');
    if (!unknown.length)
        return undefined;
    const silent = silentRegistries(images);
    const errors = unknown.filter(i => !i.unknown || i.unknown === 'error').length;
    const parts = [];
    if (silent.length) {
        const which = silent.map(r => `${r.registry} ${kindWords(r.kind)}`).join(', ');
        parts.push(`could not reach ${(0,_core_words__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U)(silent.length, 'registry')} (${which})`);
    }
    if (errors)
        parts.push(`${errors} could not be read`);
    return `nothing was proven about ${(0,_core_words__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U)(unknown.length, 'image')}: ${parts.join('; ')}`;
}
const LEVEL_NAMES = {
    0: 'nothing',
    1: 'L1 listed',
    2: 'L2 configured',
    3: 'L3 built right'
};
const levelName = (level) => LEVEL_NAMES[level];
/** `L3 built right for 4 images, L2 configured for 1, nothing for 2`: the levels images reached. */
function levelsReached(images) {
    const parts = [];
    for (const level of [3, 2, 1, 0]) {
        const n = images.filter(i => i.level === level).length;
        if (n)
            parts.push(`${LEVEL_NAMES[level]} for ${parts.length ? n : (0,_core_words__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U)(n, 'image')}`);
    }
    return parts.join(', ') || 'no image checked';
}
/** `linux/arm64, linux/s390x`: the platforms that images lack (allowed gaps left out). */
function lacking(images) {
    const platforms = images
        .filter(i => i.outcome === 'missing' && i.status !== 'allowed')
        .flatMap(i => i.platforms.filter(p => p.outcome === 'missing').map(p => p.platform));
    return [...new Set(platforms)].sort().join(', ');
}
/** `3 of 36 images lack linux/arm64`, or undefined when none lacks a platform (allowed gaps aside). */
function missingPhrase(images) {
    const n = countOutcomes(images).missing;
    if (!n)
        return undefined;
    return `${n} of ${(0,_core_words__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U)(images.length, 'image')} ${n === 1 ? 'lacks' : 'lack'} ${lacking(images)}`;
}
/**
 * The run in one line, for the end of a log: `30 of 36 images proven (L2 configured); 3 lack
 * linux/arm64; 1 allowed; nothing was proven about 2 images: could not reach 1 registry (…)`.
 */
function verdictLine(images) {
    const c = countOutcomes(images);
    const proven = images.filter(i => i.outcome === 'proven').map(i => i.level);
    const low = Math.min(...proven);
    const high = Math.max(...proven);
    const levels = low === high ? LEVEL_NAMES[low] : `${LEVEL_NAMES[low]} to ${LEVEL_NAMES[high]}`;
    const parts = [`${c.proven} of ${(0,_core_words__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U)(c.checked, 'image')} proven${c.proven ? ` (${levels})` : ''}`];
    if (c.missing)
        parts.push(`${c.missing} ${c.missing === 1 ? 'lacks' : 'lack'} ${lacking(images)}`);
    if (c.allowed)
        parts.push(`${c.allowed} allowed`);
    const unknown = unknownPhrase(images);
    if (unknown)
        parts.push(unknown);
    return parts.join('; ');
}


/***/ }),

/***/ 60519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PT: () => (/* reexport */ allow/* parseAllow */.PT),
  Cy: () => (/* reexport */ allow/* parseMirrors */.Cy),
  Ki: () => (/* binding */ verifyPlatforms)
});

// UNUSED EXPORTS: matchAllow, pinExcludes

// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
// EXTERNAL MODULE: ./actions/lib/core/limits.ts
var limits = __webpack_require__(61998);
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
// EXTERNAL MODULE: ./actions/lib/oci/elf.ts
var elf = __webpack_require__(79393);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __webpack_require__(98081);
// EXTERNAL MODULE: ./actions/lib/registry/client.ts + 8 modules
var registry_client = __webpack_require__(44639);
// EXTERNAL MODULE: ./actions/lib/verify/allow.ts
var allow = __webpack_require__(85167);
// EXTERNAL MODULE: ./actions/lib/verify/image.ts + 4 modules
var verify_image = __webpack_require__(94253);
// EXTERNAL MODULE: ./actions/lib/verify/lint/report.ts
var report = __webpack_require__(97634);
// EXTERNAL MODULE: ./actions/lib/core/exec.ts
var exec = __webpack_require__(6015);
// EXTERNAL MODULE: ./actions/lib/verify/scan/types.ts
var types = __webpack_require__(61583);
// EXTERNAL MODULE: ./actions/lib/verify/verdict.ts
var verdict = __webpack_require__(74035);
// EXTERNAL MODULE: ./actions/lib/verify/targets.ts
var verify_targets = __webpack_require__(74476);
;// CONCATENATED MODULE: ./actions/lib/verify/verify.ts
















const IN = specs_generated/* VERIFY_PLATFORMS */.hP.inputs;
function normalise(opts) {
    const platforms = opts.platforms ?? (0,platform/* parsePlatforms */.qA)((0,inputs/* parseList */.E1)(IN.platforms.default), IN.platforms.name);
    if (!platforms.length)
        throw (0,errors/* badInput */.AN)(IN.platforms.name, '', 'give at least one platform');
    for (const p of platforms) {
        if (opts.deep && (0,elf/* expectedMachine */.AY)(p.architecture) === undefined) {
            throw (0,errors/* badInput */.AN)(IN.platforms.name, (0,platform/* formatPlatform */.Bq)(p), 'deep checks know no ELF machine for this architecture');
        }
    }
    const concurrency = opts.concurrency ?? Number(IN.concurrency.default);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
        throw (0,errors/* badInput */.AN)(IN.concurrency.name, String(concurrency), 'expected a number from 1 to 64');
    }
    return {
        cwd: opts.cwd ?? process.cwd(),
        platforms,
        deep: !!opts.deep,
        allow: opts.allow ?? [],
        mirrors: opts.mirrors ?? [],
        ...(opts.proof ? { proof: opts.proof } : {}),
        ...(opts.results ? { results: opts.results } : {}),
        concurrency,
        imageMs: opts.limits?.imageMs ?? limits/* DEFAULT_LIMITS */.dR.imageMs
    };
}
function pinWarnings(pins, platforms) {
    const out = [];
    for (const pin of pins) {
        const excludes = (0,allow/* pinExcludes */.Hw)(pin, platforms);
        if (!excludes.length)
            continue;
        const how = pin.kind === 'nodeSelector'
            ? `${pin.key}: ${pin.values[0]}`
            : `${pin.key} ${pin.kind} [${pin.values.join(', ')}]`;
        out.push({ ...pin, excludes, message: `${how} keeps pods off ${excludes.join(', ')}` });
    }
    return out;
}
async function checkAll(targets, o, client, early) {
    const images = await pool(targets, o.concurrency, t => (0,verify_image/* checkImage */.c)(client, t, o.platforms, o, early));
    // One more try, after the rest, for images that met a registry error: a hiccup that
    // outlasted the request retries must not flip a verdict. A dead registry fails twice, fast.
    // An image that hit a limit (a deadline, a size) would only hit it again.
    const again = images
        .map((r, i) => (r.outcome === 'unknown' && !(0,limits/* hitLimit */.Tn)(r.reason) ? i : -1))
        .filter(i => i >= 0);
    const second = await pool(again, o.concurrency, i => (0,verify_image/* checkImage */.c)(client, targets[i], o.platforms, o));
    again.forEach((i, k) => (images[i] = second[k]));
    return images;
}
function collect(opts, o, deps) {
    const chart = opts.chart && {
        chart: opts.chart,
        values: opts.values ?? [],
        set: opts.set ?? [],
        kubeVersion: opts.kubeVersion,
        helm: opts.helm ?? IN.helm.default,
        toolMs: opts.limits?.toolMs
    };
    return (0,verify_targets/* collectReferences */.XM)({
        ...(chart ? { chart } : {}),
        manifests: opts.manifests ?? [],
        dockerfiles: opts.dockerfiles ?? [],
        buildArgs: opts.buildArgs ?? {},
        ...(opts.target ? { target: opts.target } : {}),
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
        throw new errors/* ConfigurationError */.j1(`Nothing to lint: ${IN.lint.name}: only needs the ${IN.dockerfiles.name} input`);
    if (!opts.images?.length && !opts.chart && !opts.manifests?.length && !opts.dockerfiles?.length) {
        throw new errors/* ConfigurationError */.j1(`Nothing to check: give at least one of the inputs ${IN.images.name}, ${IN.chart.name}, ${IN.manifests.name} or ${IN.dockerfiles.name}`);
    }
    // The linter loads on first use (a chunk file): only runs given Dockerfiles need it.
    const linted = opts.lint === false || !opts.dockerfiles?.length
        ? []
        : (await Promise.all(/* import() */[__webpack_require__.e(768), __webpack_require__.e(849)]).then(__webpack_require__.bind(__webpack_require__, 21849))).lintDockerfiles(opts.dockerfiles, {
            cwd: o.cwd,
            platforms: o.platforms,
            target: opts.target
        });
    const { scan, scanned, chart } = lintOnly
        ? { scan: (0,types/* emptyScan */.$6)(), scanned: [], chart: undefined }
        : await collect(opts, o, deps);
    const targets = (0,verify_targets/* collectTargets */.r1)(opts.images ?? [], scanned, scan);
    const client = deps.client ??
        new registry_client/* RegistryClient */.b({
            insecureRegistries: opts.insecureRegistries,
            limits: opts.limits,
            ...opts.registry
        });
    let images;
    try {
        images = await checkAll(targets, o, client, deps.early);
        images.forEach(r => deps.onImage?.(r));
    }
    finally {
        if (!deps.client)
            client.close();
    }
    const entry = (i) => ({
        reference: i.reference,
        resolved: i.resolved,
        platforms: i.platforms.filter(p => p.outcome === 'missing').map(p => p.platform),
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
        verdict: (0,verdict/* verdictLine */.MT)(images),
        outcomes: (0,verdict/* countOutcomes */.XF)(images),
        images,
        missing: images.filter(i => i.status === 'failed').map(entry),
        unknown: (0,verdict/* unknownEntries */.Nj)(images),
        registries: (0,verdict/* silentRegistries */.P4)(images),
        allowed: images
            .filter(i => i.status === 'allowed')
            .map(i => ({ ...entry(i), allowReason: i.allowed?.reason ?? '' })),
        pins: pinWarnings(scan.pins, o.platforms),
        findings: [
            ...linted,
            ...(0,report/* baseImageFindings */.Rt)(images, new Set(scanned.filter(s => s.input === IN.dockerfiles.name).map(s => s.found.source.file)))
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
//# sourceMappingURL=332.index.js.map