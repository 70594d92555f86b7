"use strict";
exports.id = 867;
exports.ids = [867];
exports.modules = {

/***/ 39403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
/**
 * Orders strings by their UTF-16 code units. Unlike localeCompare, it needs no ICU collator (set
 * up on first use: 10-70 ms on a runner, in the middle of a merge) and sorts alike under any locale.
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 96224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ lazy)
/* harmony export */ });
/**
 * A value made on first use, then kept: for packages a run may not need (a tar reader, the tool
 * cache), so that starting an action does not pay for loading them.
 */
function lazy(make) {
    let made;
    return () => (made ??= { value: make() }).value;
}


/***/ }),

/***/ 4395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p_: () => (/* binding */ openArchive),
  B9: () => (/* binding */ openLayout)
});

// UNUSED EXPORTS: unpackBudget

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/lazy.ts
var lazy = __webpack_require__(96224);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __webpack_require__(98081);
// EXTERNAL MODULE: ./actions/lib/oci/types.ts
var types = __webpack_require__(74189);
// EXTERNAL MODULE: ./actions/lib/oci/digest.ts
var digest = __webpack_require__(61766);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./actions/lib/oci/archive-layers.ts
// Layer blobs of an archive: gzip detection, hashing, and gzipping plain-tar layers for a registry
// (zlib without a timestamp, so the same layer always gives the same digest).








const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const OCI_LAYER_TAR = 'application/vnd.oci.image.layer.v1.tar';
/** Plain-tar layer media types and their gzip twins (Docker 25+ `save` writes plain OCI layers). */
const GZIP_TWIN = {
    [OCI_LAYER_TAR]: 'application/vnd.oci.image.layer.v1.tar+gzip',
    'application/vnd.docker.image.rootfs.diff.tar': DOCKER_LAYER_GZIP
};
async function isGzip(file) {
    const fd = await external_node_fs_.promises.open(file, 'r');
    try {
        const buf = Buffer.alloc(2);
        await fd.read(buf, 0, 2, 0);
        return buf[0] === 0x1f && buf[1] === 0x8b;
    }
    finally {
        await fd.close();
    }
}
/** A pass-through that hashes and counts what flows by. */
function tap() {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const stream = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            hash.update(chunk);
            size += chunk.length;
            cb(null, chunk);
        }
    });
    return { stream, digest: () => 'sha256:' + hash.digest('hex'), size: () => size };
}
async function fileDigest(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,promises_.pipeline)(external_node_fs_.createReadStream(file), hash);
    return 'sha256:' + hash.digest('hex');
}
/**
 * Gzips a raw layer tar into `out` in one streaming pass, hashing both sides: the diffID (the raw
 * tar) and the blob digest (the gzip). zlib writes no timestamp (mtime 0), so the same layer
 * always compresses to the same digest.
 */
async function gzipLayer(file, out) {
    const raw = tap();
    const gz = tap();
    await (0,promises_.pipeline)(external_node_fs_.createReadStream(file), raw.stream, external_node_zlib_.createGzip(), gz.stream, external_node_fs_.createWriteStream(out));
    return { diffId: raw.digest(), digest: gz.digest(), size: gz.size() };
}
/**
 * A layout image with its plain-tar layers gzipped for a registry, as the docker-archive path does:
 * the layer descriptors (media type, digest, size) and so the manifest change, the config and its
 * diffIDs do not. `packed` shares the gzip of a layer between the images of one layout.
 */
async function gzipLayoutLayers(image, dir, packed) {
    const diffIds = image.config.rootfs?.diff_ids ?? [];
    const blobs = new Map([[image.json.config.digest, image.blobs.get(image.json.config.digest)]]);
    const layers = [];
    for (const [i, layer] of image.json.layers.entries()) {
        const file = image.blobs.get(layer.digest);
        const twin = GZIP_TWIN[layer.mediaType];
        if (!twin || (await isGzip(file))) {
            layers.push(layer);
            blobs.set(layer.digest, file);
            continue;
        }
        // The blob was checked against its digest, which for a plain tar is its diffID.
        if (diffIds.length === image.json.layers.length && diffIds[i] !== layer.digest) {
            throw new errors/* CheckError */.tl(`layer ${layer.digest} in image archive ${image.source} is not the diffID its config lists (${diffIds[i]})`);
        }
        let gz = packed.get(layer.digest);
        if (!gz) {
            const out = external_node_path_.join(dir, `gzip${packed.size}.tar.gz`);
            gz = { ...(await gzipLayer(file, out)), file: out };
            packed.set(layer.digest, gz);
        }
        layers.push({ ...layer, mediaType: twin, digest: gz.digest, size: gz.size });
        blobs.set(gz.digest, gz.file);
    }
    if (layers.every((l, i) => l === image.json.layers[i]))
        return image;
    const json = { ...image.json, layers };
    const manifest = Buffer.from(JSON.stringify(json));
    return { ...image, json, manifest, digest: (0,digest/* sha256Digest */.sI)(manifest), blobs };
}

;// CONCATENATED MODULE: ./actions/lib/oci/archive.ts
// Reads images from docker-archive and oci-archive tarballs (gzip allowed, as Nix writes them)
// and from OCI layout folders: manifests, configs and where each blob lies on disk, every blob
// checked against its digest. Shared by the build (which pushes them) and by verify and e2e
// (which check them offline).












// Only an archive input is read as a tar; start-up does not load the reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tarStream = (0,lazy/* lazy */.R)(() => __webpack_require__(56118));
/**
 * What a gzip-compressed archive may unpack to: 32 times its own size, at least 256 MiB (a
 * filesystem compresses 2-5 times; a gzip bomb of 14 MB unpacks to gigabytes).
 */
const unpackBudget = (compressed) => Math.max(256 * 1024 * 1024, 32 * compressed);
/** Extracts regular files into `dir`, within the unpack budget; returns archive path → extracted file. */
async function extractArchive(file, dir) {
    const files = new Map();
    const extract = tarStream().extract();
    const source = external_node_fs_.createReadStream(file);
    const fail = (err) => extract.destroy(err);
    source.on('error', fail);
    const gzipped = await isGzip(file);
    // A plain tar cannot unpack to more than it holds; a gzip one is held to a budget.
    let left = gzipped ? unpackBudget(external_node_fs_.statSync(file).size) : Infinity;
    const budget = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            left -= chunk.length;
            if (left < 0)
                return done(new Error(`it unpacks to more than ${unpackBudget(external_node_fs_.statSync(file).size)} bytes (32 times its size)`));
            done(null, chunk);
        }
    });
    if (gzipped) {
        const gunzip = external_node_zlib_.createGunzip();
        gunzip.on('error', fail);
        budget.on('error', fail);
        source
            .pipe(gunzip)
            .pipe(budget)
            .pipe(extract);
    }
    else {
        source.pipe(extract);
    }
    let n = 0;
    for await (const entry of extract) {
        const name = external_node_path_.posix.normalize(entry.header.name.replace(/^\.?\/+/, ''));
        const type = entry.header.type;
        if (type !== 'file' && type !== 'contiguous-file' && type != null) {
            entry.resume();
            continue;
        }
        // Entry names never become paths, so a hostile archive cannot write outside `dir`.
        const out = external_node_path_.join(dir, `f${n++}`);
        await (0,promises_.pipeline)(entry, external_node_fs_.createWriteStream(out));
        files.set(name, out);
    }
    return files;
}
/** The regular files of a layout folder, by their path inside it. */
function listLayout(dir) {
    const files = new Map();
    const walk = (sub) => {
        for (const e of external_node_fs_.readdirSync(external_node_path_.join(dir, sub), { withFileTypes: true })) {
            const rel = sub ? `${sub}/${e.name}` : e.name;
            if (e.isDirectory())
                walk(rel);
            else if (e.isFile())
                files.set(rel, external_node_path_.join(dir, rel));
        }
    };
    walk('');
    return files;
}
function readJson(files, name, archive) {
    const file = files.get(name);
    if (!file)
        throw new errors/* CheckError */.tl(`image archive ${archive} has no ${name}`);
    try {
        return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch (err) {
        throw new errors/* CheckError */.tl(`${name} in image archive ${archive} is not valid JSON: ${err.message}`);
    }
}
const blobName = (digest) => `blobs/${digest.replace(':', '/')}`;
/** A blob of a layout, checked against its digest and size (one streaming pass). */
async function layoutBlob(files, d, archive) {
    const file = files.get(blobName(d.digest));
    if (!file)
        throw new errors/* CheckError */.tl(`image archive ${archive} lacks blob ${d.digest}`);
    const size = (await external_node_fs_.promises.stat(file)).size;
    const got = d.digest.startsWith('sha256:') ? await fileDigest(file) : d.digest;
    if (got !== d.digest || (typeof d.size === 'number' && size !== d.size)) {
        throw new errors/* CheckError */.tl(`blob ${d.digest} in image archive ${archive} is corrupt (${size} bytes hashing to ${got}, expected ${d.size})`);
    }
    return file;
}
function descriptorPlatform(d) {
    if (!d.platform?.os || !d.platform.architecture)
        return undefined;
    const { os: o, architecture, variant } = d.platform;
    return (0,platform/* normalisePlatformString */.rQ)([o, architecture, variant].filter(Boolean).join('/'));
}
/** Every image an OCI layout lists, through nested indexes; attestations left out. */
async function readLayoutImages(files, index, format, source) {
    const images = [];
    for (const d of (index.manifests ?? []).filter(x => !(0,types/* isAttestation */.H3)(x))) {
        const body = external_node_fs_.readFileSync(await layoutBlob(files, d, source));
        if ((0,types/* isIndexMediaType */.$$)(d.mediaType)) {
            images.push(...(await readLayoutImages(files, JSON.parse(body.toString('utf8')), format, source)));
            continue;
        }
        const json = JSON.parse(body.toString('utf8'));
        if (!json.config?.digest || !Array.isArray(json.layers)) {
            throw new errors/* CheckError */.tl(`manifest ${d.digest} in image archive ${source} has no config or layers`);
        }
        const blobs = new Map();
        for (const b of [json.config, ...json.layers])
            blobs.set(b.digest, await layoutBlob(files, b, source));
        const config = JSON.parse(external_node_fs_.readFileSync(blobs.get(json.config.digest), 'utf8'));
        const mediaType = json.mediaType ?? d.mediaType ?? types/* MEDIA_TYPES */.Z2.ociManifest;
        const listedAs = descriptorPlatform(d);
        images.push({
            format,
            source,
            manifest: body,
            mediaType,
            digest: (0,digest/* sha256Digest */.sI)(body),
            json,
            config,
            blobs,
            listedAs
        });
    }
    if (images.length === 0)
        throw new errors/* CheckError */.tl(`image archive ${source} lists no image in index.json`);
    return images;
}
/** The layer blobs of a `docker save` entry: gzipped for a registry, or the raw tars checked against their diffIDs. */
async function dockerLayers(files, names, diffIds, dir, o) {
    // A layer listed twice (docker save shares identical layers) is packed once.
    const packed = new Map();
    const layers = [];
    for (const [i, name] of names.entries()) {
        const key = external_node_path_.posix.normalize(name);
        let layer = packed.get(key);
        if (!layer) {
            const file = files.get(key);
            if (!file)
                throw new errors/* CheckError */.tl(`image archive ${o.archive} lacks layer ${name}`);
            if (await isGzip(file)) {
                layer = {
                    mediaType: DOCKER_LAYER_GZIP,
                    digest: await fileDigest(file),
                    size: (await external_node_fs_.promises.stat(file)).size,
                    file
                };
            }
            else {
                const gz = external_node_path_.join(dir, `layer${packed.size}.tar.gz`);
                const { diffId, digest, size } = o.gzip
                    ? await gzipLayer(file, gz)
                    : { diffId: await fileDigest(file), digest: '', size: (await external_node_fs_.promises.stat(file)).size };
                // A layer that does not match its config's diffID would make an image nobody can pull.
                if (diffIds.length === names.length && diffIds[i] !== diffId) {
                    throw new errors/* CheckError */.tl(`layer ${name} in image archive ${o.archive} hashes to ${diffId}, but its config lists ${diffIds[i]}`);
                }
                if (o.gzip)
                    await external_node_fs_.promises.rm(file, { force: true });
                layer = o.gzip
                    ? { mediaType: DOCKER_LAYER_GZIP, digest, size, file: gz }
                    : { mediaType: OCI_LAYER_TAR, digest: diffId, size, file };
            }
            packed.set(key, layer);
        }
        layers.push(layer);
    }
    return layers;
}
/** `docker save` format: manifest.json names a config and uncompressed (or gzip) layer tars. */
async function readDockerArchive(files, dir, archive, gzip) {
    const list = readJson(files, 'manifest.json', archive);
    if (!Array.isArray(list) || list.length === 0) {
        throw new errors/* CheckError */.tl(`manifest.json in image archive ${archive} lists no image`);
    }
    if (list.length > 1)
        throw new errors/* CheckError */.tl(`image archive ${archive} holds ${list.length} images; write one per platform`);
    const configFile = files.get(external_node_path_.posix.normalize(list[0].Config));
    if (!configFile)
        throw new errors/* CheckError */.tl(`image archive ${archive} lacks its config ${list[0].Config}`);
    const configBody = external_node_fs_.readFileSync(configFile);
    const config = JSON.parse(configBody.toString('utf8'));
    const configDigest = (0,digest/* sha256Digest */.sI)(configBody);
    const layers = await dockerLayers(files, list[0].Layers ?? [], config.rootfs?.diff_ids ?? [], dir, {
        archive,
        gzip
    });
    const blobs = new Map([
        [configDigest, configFile],
        ...layers.map(l => [l.digest, l.file])
    ]);
    const json = {
        schemaVersion: 2,
        mediaType: gzip ? types/* MEDIA_TYPES */.Z2.dockerManifest : types/* MEDIA_TYPES */.Z2.ociManifest,
        config: {
            mediaType: gzip ? types/* MEDIA_TYPES */.Z2.dockerConfig : types/* MEDIA_TYPES */.Z2.ociConfig,
            digest: configDigest,
            size: configBody.length
        },
        layers: layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size }))
    };
    const manifest = Buffer.from(JSON.stringify(json));
    const mediaType = json.mediaType;
    return {
        format: 'docker-archive',
        source: archive,
        manifest,
        mediaType,
        digest: (0,digest/* sha256Digest */.sI)(manifest),
        json,
        config,
        blobs
    };
}
/**
 * Reads a docker-archive or oci-archive tarball. An OCI layout wins when both `index.json` and
 * `manifest.json` are present (Docker 25+ `save`).
 */
async function openArchive(file, opts = {}) {
    if (!external_node_fs_.existsSync(file))
        throw new errors/* CheckError */.tl(`image archive ${file} was not written`);
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'arch-archive-'));
    const dispose = () => external_node_fs_.rmSync(dir, { recursive: true, force: true });
    try {
        let files;
        try {
            files = await extractArchive(file, dir);
        }
        catch (err) {
            throw new errors/* CheckError */.tl(`image archive ${file} is not a readable tar: ${err.message}`);
        }
        if (files.has('index.json')) {
            const index = readJson(files, 'index.json', file);
            let images = await readLayoutImages(files, index, 'oci-archive', file);
            if (opts.gzipLayers) {
                const packed = new Map();
                const gzipped = [];
                for (const i of images)
                    gzipped.push(await gzipLayoutLayers(i, dir, packed));
                images = gzipped;
            }
            return { images, dispose };
        }
        if (files.has('manifest.json')) {
            return { images: [await readDockerArchive(files, dir, file, !!opts.gzipLayers)], dispose };
        }
        throw new errors/* CheckError */.tl(`image archive ${file} has neither index.json (oci-archive) nor manifest.json (docker-archive)`);
    }
    catch (err) {
        dispose();
        throw err;
    }
}
/** Reads an OCI layout folder in place (nothing is copied). */
async function openLayout(dir) {
    const files = listLayout(dir);
    const index = readJson(files, 'index.json', dir);
    return { images: await readLayoutImages(files, index, 'oci-layout', dir), dispose: () => undefined };
}


/***/ }),

/***/ 61766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   bO: () => (/* binding */ MalformedLayer),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   jJ: () => (/* binding */ hasherFor),
/* harmony export */   kG: () => (/* binding */ digestLike),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43545);
// Content digests (`algorithm:hex`): computing them, and the error when bytes do not match one.


// The algorithms the OCI image spec registers, plus sha384 which Node hashes the same way.
const ALGORITHMS = new Set(['sha256', 'sha384', 'sha512']);
const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
/** Bytes that do not hash to the digest they were fetched for: a corruption or a tampering in transit. */
class IntegrityError extends _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .CheckError */ .tl {
    constructor(message) {
        super(message);
        this.name = 'IntegrityError';
    }
}
/** A layer whose bytes match its digest but hold no whole tar (cut short, broken gzip): never a pass, never read again. */
class MalformedLayer extends IntegrityError {
}
function isDigest(value) {
    return typeof value === 'string' && DIGEST_RE.test(value);
}
/** A running hash in the algorithm of `digest`; a CheckError for an algorithm we cannot check. */
function hasherFor(digest) {
    const algorithm = DIGEST_RE.exec(digest)?.[1];
    if (!algorithm || !ALGORITHMS.has(algorithm)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .CheckError */ .tl(`cannot check digest "${digest}": unsupported algorithm`);
    }
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
}
/** `data`'s digest in the same algorithm as `like`. */
function digestLike(like, data) {
    return `${like.split(':')[0]}:${hasherFor(like).update(data).digest('hex')}`;
}
function sha256Digest(data) {
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** `got` must equal `want`; names what was read and both digests when it does not. */
function checkDigest(what, want, got) {
    if (got !== want)
        throw new IntegrityError(`${what} does not match its digest: expected ${want}, got ${got}`);
}


/***/ }),

/***/ 67837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   J4: () => (/* binding */ applyMirrors),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   Z_: () => (/* binding */ manifestTarget),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   ce: () => (/* binding */ familiar),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   y_: () => (/* binding */ isInsecureRegistry)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43545);

const DOCKER_HUB = 'docker.io';
// Docker's grammar (distribution/reference), written out piecewise so each rule is readable.
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const SHA256_RE = /^sha256:[a-f0-9]{64}$/;
const MAX_NAME_LENGTH = 255;
// Shared prototype so `String(ref)` works while refs stay plain data for `toEqual`.
const refProto = {
    toString() {
        return formatReference(this);
    }
};
function makeRef(fields) {
    return Object.assign(Object.create(refProto), fields);
}
/**
 * Parses a reference by Docker's rules; anything invalid is a ConfigurationError naming the input
 * (callers in the actions name theirs; the default serves tests and data that is not an input).
 */
function parseReference(s, inputName = 'image reference') {
    const original = s;
    const text = s.trim();
    const fail = (why) => (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(inputName, original, why);
    if (!text)
        throw fail('an image reference must not be empty');
    if (/\s/.test(text))
        throw fail('an image reference must not contain whitespace');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST_RE.test(digest))
            throw fail(`"${digest}" is not a digest (expected algorithm:hex)`);
        if (digest.startsWith('sha256:') && !SHA256_RE.test(digest)) {
            throw fail('a sha256 digest must be 64 lowercase hex characters');
        }
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    // A colon after the last slash is a tag; before it, it is a registry port.
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RE.test(tag))
            throw fail(`"${tag}" is not a valid tag`);
    }
    const { registry, repository } = splitName(rest, fail);
    if (!tag && !digest)
        tag = 'latest';
    return makeRef({ registry, repository, tag, digest, original });
}
function splitName(name, fail) {
    if (!name)
        throw fail('the repository name is missing');
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    let registry = DOCKER_HUB;
    let repository = name;
    // Docker treats the first component as a host only if it looks like one.
    if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = first;
        repository = name.slice(slash + 1);
        if (!DOMAIN_RE.test(registry))
            throw fail(`"${registry}" is not a valid registry host`);
    }
    if (registry === 'index.docker.io')
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT_RE.test(component)) {
            const why = component !== component.toLowerCase()
                ? 'repository names must be lowercase'
                : `"${component}" is not a valid repository path component`;
            throw fail(why);
        }
    }
    if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
        throw fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    return { registry, repository };
}
/** Fully qualified form; keeps tag and digest both, as Docker prints them. */
function formatReference(ref) {
    let s = `${ref.registry}/${ref.repository}`;
    if (ref.tag)
        s += `:${ref.tag}`;
    if (ref.digest)
        s += `@${ref.digest}`;
    return s;
}
/** `registry/repository`, with no tag or digest. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** What to ask the registry for: the digest wins over the tag. */
function manifestTarget(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** The short form people type: `nginx:latest`, `bitnami/redis:7`, `ghcr.io/x/y@sha256:…`. */
function familiar(ref) {
    let name = repositoryName(ref);
    if (ref.registry === DOCKER_HUB) {
        name = ref.repository.startsWith('library/') ? ref.repository.slice('library/'.length) : ref.repository;
    }
    if (ref.tag)
        name += `:${ref.tag}`;
    if (ref.digest)
        name += `@${ref.digest}`;
    return name;
}
/** The same image pinned to a digest (the tag is kept for display). */
function withDigest(ref, digest) {
    return makeRef({ ...ref, digest });
}
function normaliseMirrorSource(source) {
    let s = source.trim().replace(/\/+$/, '');
    if (s === 'index.docker.io' || s.startsWith('index.docker.io/'))
        s = DOCKER_HUB + s.slice('index.docker.io'.length);
    return s;
}
/**
 * Rewrites `registry/repository` by the longest mirror source that is a prefix of it at a
 * path boundary (`docker.io/lib` does not match `docker.io/library/x`).
 */
function applyMirrors(ref, mirrors) {
    const name = repositoryName(ref);
    let best;
    let bestLength = -1;
    for (const m of mirrors) {
        const source = normaliseMirrorSource(m.source);
        if ((name === source || name.startsWith(source + '/')) && source.length > bestLength) {
            best = { source, target: m.target.trim().replace(/\/+$/, '') };
            bestLength = source.length;
        }
    }
    if (!best)
        return ref;
    const rewritten = best.target + name.slice(best.source.length);
    // The target's first component must be a host, or the result would silently point at Docker Hub.
    const parsed = parseReference(rewritten, 'mirrors');
    return makeRef({ ...parsed, tag: ref.tag, digest: ref.digest, original: ref.original });
}
/** The host that actually serves the v2 API. */
function registryApiHost(registry) {
    return registry === DOCKER_HUB || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}
function stripPort(host) {
    if (host.startsWith('['))
        return host.slice(1, host.indexOf(']'));
    const parts = host.split(':');
    // A bare IPv6 address has several colons and no port.
    return parts.length === 2 ? parts[0] : host;
}
/** Registries reached over plain HTTP: loopback always, plus any the user listed. */
function isInsecureRegistry(host, extra = []) {
    const bare = stripPort(host).toLowerCase();
    if (bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare))
        return true;
    return extra.some(e => {
        const x = e.trim().toLowerCase();
        return x === host.toLowerCase() || x === bare;
    });
}


/***/ }),

/***/ 64756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ TokenCache),
/* harmony export */   Xu: () => (/* binding */ pushScope),
/* harmony export */   aR: () => (/* binding */ basicAuthorization),
/* harmony export */   iH: () => (/* binding */ pullScope),
/* harmony export */   pr: () => (/* binding */ getCredentials),
/* harmony export */   xy: () => (/* binding */ parseChallenge)
/* harmony export */ });
/* unused harmony exports normaliseServer, dockerConfigPath, runCredentialHelper */
/* harmony import */ var _core_untrusted__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5078);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_toolkit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83446);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43545);
/* harmony import */ var _core_exec__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6015);
/* harmony import */ var _oci_reference__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(67837);
/* harmony import */ var _shared_reads__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(92139);










// Docker stores Hub credentials under this legacy key, and credential helpers expect it.
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
const HUB_ALIASES = new Set([_oci_reference__WEBPACK_IMPORTED_MODULE_8__/* .DOCKER_HUB */ .Xb, 'index.docker.io', 'registry-1.docker.io']);
const HELPER_TIMEOUT_MS = 30_000;
function mask(...values) {
    for (const v of values)
        if (v)
            _core_toolkit__WEBPACK_IMPORTED_MODULE_5__/* .setSecret */ .Pq(v);
}
/** `https://ghcr.io/v2/` and `ghcr.io` name the same registry in a config file. */
function normaliseServer(key) {
    const host = key
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .split('/')[0]
        .toLowerCase();
    return HUB_ALIASES.has(host) ? _oci_reference__WEBPACK_IMPORTED_MODULE_8__/* .DOCKER_HUB */ .Xb : host;
}
function dockerConfigPath(env = process.env) {
    const dir = env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_4__.join(env.HOME || node_os__WEBPACK_IMPORTED_MODULE_3__.homedir(), '.docker');
    return node_path__WEBPACK_IMPORTED_MODULE_4__.join(dir, 'config.json');
}
function readDockerConfig(env) {
    const file = dockerConfigPath(env);
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync(file, 'utf8');
    }
    catch {
        return {};
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_6__/* .CheckError */ .tl(`docker config ${file} is not valid JSON: ${err.message}`);
    }
}
const HELPER_OUTPUT_LIMIT = 1024 * 1024;
/** Runs `docker-credential-<name> get`; the server goes on stdin so it never shows in a process list. */
function runCredentialHelper(name, server, env = process.env) {
    const program = `docker-credential-${name}`;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(program, ['get'], { env: (0,_core_exec__WEBPACK_IMPORTED_MODULE_7__/* .childEnv */ .gf)({}, env), stdio: ['pipe', 'pipe', 'pipe'] });
        // Our own timer: spawn's `timeout` option leaks a timer when the helper is missing.
        const timer = setTimeout(() => child.kill(), HELPER_TIMEOUT_MS);
        timer.unref();
        let out = '';
        let err = '';
        // A helper's answer is a line of JSON: more than a megabyte is cut, not held.
        child.stdout.on('data', d => (out = (out + d).slice(0, HELPER_OUTPUT_LIMIT)));
        child.stderr.on('data', d => (err = (err + d).slice(0, HELPER_OUTPUT_LIMIT)));
        child.on('error', e => reject(new _core_errors__WEBPACK_IMPORTED_MODULE_6__/* .CheckError */ .tl(`credential helper ${program} failed to start: ${e.message}`)));
        child.on('close', code => {
            clearTimeout(timer);
            if (code !== 0) {
                // Helpers report a missing entry on stdout with a non-zero exit; that is not an error for us.
                if (/credentials not found/i.test(out + err))
                    return resolve(undefined);
                const last = (0,_core_exec__WEBPACK_IMPORTED_MODULE_7__/* .lastLine */ .fM)(err || out);
                return reject(new _core_errors__WEBPACK_IMPORTED_MODULE_6__/* .CheckError */ .tl(`credential helper ${program} failed for ${server}: ${(0,_core_untrusted__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(last)}`));
            }
            try {
                const parsed = JSON.parse(out);
                if (!parsed.Secret)
                    return resolve(undefined);
                mask(parsed.Secret);
                // Docker's convention: a username of <token> means the secret is an identity token.
                if (parsed.Username === '<token>')
                    return resolve({ identityToken: parsed.Secret });
                resolve({ username: parsed.Username, password: parsed.Secret });
            }
            catch {
                reject(new _core_errors__WEBPACK_IMPORTED_MODULE_6__/* .CheckError */ .tl(`credential helper ${program} printed something that is not JSON`));
            }
        });
        child.stdin.on('error', () => undefined); // a helper that exits early closes its stdin
        child.stdin.end(server + '\n');
    });
}
function fromAuthEntry(entry) {
    if (entry.identitytoken) {
        mask(entry.identitytoken);
        return { identityToken: entry.identitytoken };
    }
    if (entry.auth) {
        mask(entry.auth);
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const sep = decoded.indexOf(':');
        if (sep < 0)
            return undefined;
        const creds = { username: decoded.slice(0, sep), password: decoded.slice(sep + 1) };
        mask(creds.password);
        return creds;
    }
    if (entry.username && entry.password) {
        mask(entry.password);
        return { username: entry.username, password: entry.password };
    }
    return undefined;
}
/**
 * Finds credentials for a registry the way the docker CLI does: a per-registry helper, then the
 * `auths` entry, then the global store. ghcr.io falls back to GITHUB_TOKEN.
 */
async function getCredentials(registry, env = process.env) {
    const server = normaliseServer(registry);
    const config = readDockerConfig(env);
    const helperServer = server === _oci_reference__WEBPACK_IMPORTED_MODULE_8__/* .DOCKER_HUB */ .Xb ? DOCKER_HUB_KEY : server;
    const helper = Object.entries(config.credHelpers ?? {}).find(([k]) => normaliseServer(k) === server)?.[1];
    if (helper) {
        const c = await runCredentialHelper(helper, helperServer, env);
        if (c)
            return c;
    }
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
        if (normaliseServer(key) !== server)
            continue;
        const c = fromAuthEntry(entry);
        if (c)
            return c;
    }
    if (config.credsStore) {
        const c = await runCredentialHelper(config.credsStore, helperServer, env);
        if (c)
            return c;
    }
    if (server === 'ghcr.io' && env.GITHUB_TOKEN) {
        mask(env.GITHUB_TOKEN);
        return { username: 'x-access-token', password: env.GITHUB_TOKEN };
    }
    return undefined;
}
function basicAuthorization(creds) {
    if (creds.username === undefined || creds.password === undefined)
        return undefined;
    const value = Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
    mask(value);
    return `Basic ${value}`;
}
/**
 * Parses the first Bearer or Basic challenge of a `WWW-Authenticate` header. Quoted values may
 * hold commas (`scope="repository:a:pull,push"`), so this is a small tokenizer, not a split.
 */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*(bearer|basic)\b\s*/i.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([a-zA-Z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/y;
    re.lastIndex = m[0].length;
    let p;
    while ((p = re.exec(header))) {
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
    }
    return { scheme: m[1].toLowerCase(), params };
}
const pullScope = (repository) => `repository:${repository}:pull`;
const pushScope = (repository) => `repository:${repository}:pull,push`;
// Tokens are refreshed this long before they expire, so a slow request does not outlive one.
const EXPIRY_MARGIN_MS = 10_000;
const DEFAULT_TOKEN_LIFETIME_S = 60;
/** Answers registry challenges and caches bearer tokens per registry and scope. */
class TokenCache {
    fetchToken;
    env;
    now;
    tokens = new Map();
    credentials = new Map();
    pending = new _shared_reads__WEBPACK_IMPORTED_MODULE_9__/* .SharedReads */ .z(false);
    /** Each registry's Bearer challenge, once one was answered: the realm and service to ask. */
    challenges = new Map();
    constructor(fetchToken, env = process.env, now = Date.now) {
        this.fetchToken = fetchToken;
        this.env = env;
        this.now = now;
    }
    /** Looked up once per registry, since credential helpers are slow. */
    credentialsFor(registry) {
        let c = this.credentials.get(registry);
        if (!c) {
            c = getCredentials(registry, this.env);
            this.credentials.set(registry, c);
        }
        return c;
    }
    /** A still-valid Authorization value from an earlier challenge, if any. */
    cached(registry, scopes) {
        const t = this.tokens.get(cacheKey(registry, scopes)) ?? this.tokens.get(cacheKey(registry, ANY_SCOPE));
        return t && t.expiresAt > this.now() ? t.value : undefined;
    }
    /**
     * An Authorization value for a scope not seen yet, fetched before the request when the
     * registry has already said how (its Bearer challenge): that saves the 401 round trip.
     */
    async anticipate(registry, scopes, signal) {
        const challenge = this.challenges.get(registry);
        return challenge ? this.authorize(registry, challenge, scopes, signal) : undefined;
    }
    /**
     * Turns a challenge into an Authorization header value; concurrent asks for one scope share a
     * fetch, which stops only when every asker's `signal` has fired.
     */
    authorize(registry, challenge, scopes, signal) {
        return this.pending.get(cacheKey(registry, scopes), stop => this.fetchAuthorization(registry, challenge, scopes, stop), signal);
    }
    async fetchAuthorization(registry, challenge, scopes, signal) {
        const creds = await this.credentialsFor(registry);
        if (challenge.scheme === 'basic') {
            const value = creds && basicAuthorization(creds);
            if (!value)
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_6__/* .UnavailableError */ .hG(`registry ${registry} requires a login and no credentials were found`, 'refused');
            // Basic auth is not scoped: one answer serves every repository.
            this.remember(registry, ANY_SCOPE, value, Number.POSITIVE_INFINITY);
            return value;
        }
        const realm = challenge.params.realm;
        if (!realm)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_6__/* .CheckError */ .tl(`registry ${registry} sent a Bearer challenge with no realm`);
        const url = new URL(realm);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        const wanted = scopes.length ? scopes : challenge.params.scope ? [challenge.params.scope] : [];
        let res;
        if (creds?.identityToken) {
            // Identity tokens are exchanged with the OAuth2 refresh grant, as the docker CLI does.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: creds.identityToken,
                service: challenge.params.service ?? '',
                client_id: 'arch-actions',
                scope: wanted.join(' ')
            });
            res = await this.fetchToken(url, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: Buffer.from(form.toString()),
                signal
            });
        }
        else {
            for (const s of wanted)
                url.searchParams.append('scope', s);
            const headers = {};
            const basic = creds && basicAuthorization(creds);
            if (basic)
                headers.authorization = basic;
            res = await this.fetchToken(url, { method: 'GET', headers, signal });
        }
        if (res.status < 200 || res.status >= 300) {
            const who = creds ? 'with the configured credentials' : 'anonymously';
            const message = `registry ${registry} refused a token ${who} for ${wanted.join(' ')} (HTTP ${res.status})`;
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_6__/* .UnavailableError */ .hG(message, (0,_core_errors__WEBPACK_IMPORTED_MODULE_6__/* .unavailableKind */ .MI)(res.status) ?? 'refused');
        }
        let parsed;
        try {
            parsed = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_6__/* .CheckError */ .tl(`registry ${registry} token endpoint returned something that is not JSON`);
        }
        const token = parsed.token ?? parsed.access_token;
        if (!token)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_6__/* .CheckError */ .tl(`registry ${registry} token endpoint returned no token`);
        mask(token);
        const lifetime = (parsed.expires_in ?? DEFAULT_TOKEN_LIFETIME_S) * 1000;
        const value = `Bearer ${token}`;
        this.remember(registry, scopes, value, this.now() + lifetime - EXPIRY_MARGIN_MS);
        this.challenges.set(registry, challenge);
        return value;
    }
    remember(registry, scopes, value, expiresAt) {
        this.tokens.set(cacheKey(registry, scopes), { value, expiresAt });
    }
}
const ANY_SCOPE = ['*'];
function cacheKey(registry, scopes) {
    return `${registry}|${[...scopes].sort().join(' ')}`;
}


/***/ }),

/***/ 44639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ RegistryClient)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./actions/lib/oci/digest.ts
var oci_digest = __webpack_require__(61766);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/registry/auth.ts
var auth = __webpack_require__(64756);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./actions/lib/core/limits.ts
var limits = __webpack_require__(61998);
// EXTERNAL MODULE: ./actions/lib/registry/waits.ts
var waits = __webpack_require__(24274);
;// CONCATENATED MODULE: ./actions/lib/registry/http.ts







const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 4;
const DEFAULT_DEADLINE_MS = limits/* DEFAULT_LIMITS */.dR.requestMs;
// An error body is only read for its message: the rest is dropped.
const ERROR_BODY_LIMIT = 64 * 1024;
const MAX_REDIRECTS = 5;
const SERVER_BACKOFF_MS = 500;
// A refused connection means nothing is listening: retry briefly so a missing registry fails in seconds.
const REFUSED_BACKOFF_MS = 200;
const REFUSED_RETRIES = 3;
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENETUNREACH'
]);
// Errors that happen before the request could have reached the server, so any method may retry.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENETUNREACH']);
function errorCode(err) {
    const e = err;
    if (e?.code)
        return e.code;
    return /socket hang up/i.test(String(e?.message)) ? 'ECONNRESET' : '';
}
function isTransientError(err) {
    return TRANSIENT_CODES.has(errorCode(err));
}
function timeoutError(message) {
    const err = new Error(message);
    err.code = 'ETIMEDOUT';
    return err;
}
/** Reads a buffered answer: a 2xx body up to `maxBytes` (more is a LimitError), an error body cut short. */
function readBody(res, opts, url, done) {
    const status = res.statusCode ?? 0;
    const ok = status >= 200 && status < 300;
    const limit = ok ? (opts.maxBytes ?? limits/* DEFAULT_LIMITS */.dR.manifestBytes) : ERROR_BODY_LIMIT;
    const tooBig = (detail) => {
        res.destroy();
        const what = opts.what ?? `${opts.method ?? 'GET'} ${url.host}${url.pathname}`;
        done(new limits/* LimitError */.oC(`${what} (${opts.target ?? url.host})`, opts.maxBytesLimit ?? 'manifestBytes', limit, detail));
    };
    const declared = Number(res.headers['content-length']);
    // A HEAD answer's Content-Length is the size of what it describes (a blob), not of a body.
    if (ok && opts.method !== 'HEAD' && declared > limit)
        return tooBig(`Content-Length ${declared}`);
    const chunks = [];
    let size = 0;
    res.on('data', (c) => {
        size += c.length;
        if (size <= limit)
            return void chunks.push(c);
        if (ok)
            return tooBig(`more than ${(0,limits/* formatLimit */.tW)('manifestBytes', limit)} sent`);
        chunks.push(c.subarray(0, c.length - (size - limit)));
        res.destroy();
        done(null, Buffer.concat(chunks));
    });
    res.on('error', err => done(err));
    res.on('end', () => done(null, Buffer.concat(chunks)));
}
function once(opts, url, headers, attemptMs) {
    const method = opts.method ?? 'GET';
    const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const lib = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
    const signal = opts.signal;
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (err, res) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', stop);
            if (err)
                reject(err);
            else
                resolve(res);
        };
        // Given up from outside: the socket goes at once, with the signal's own error.
        const stop = () => {
            settle((0,waits/* stopReason */.PJ)(signal));
            req.destroy();
        };
        const allHeaders = { ...headers };
        if (opts.bodyFactory)
            allHeaders['content-length'] = String(opts.contentLength);
        else if (opts.body)
            allHeaders['content-length'] = String(opts.body.length);
        // `timeout` arms the socket before connecting, so it covers both connect and idle time.
        const agent = typeof opts.agent === 'function' ? opts.agent(url) : opts.agent;
        const req = lib.request(url, { method, headers: allHeaders, agent, timeout });
        // The attempt's own deadline: a body that drips a byte now and then never trips the idle timeout.
        const timer = setTimeout(() => req.destroy(timeoutError(`not answered in full within ${attemptMs} ms (the request-attempt limit)`)), attemptMs);
        req.on('timeout', () => req.destroy(timeoutError(`no response from ${url.host} within ${timeout} ms`)));
        signal?.addEventListener('abort', stop, { once: true });
        req.on('error', err => settle(err));
        req.on('response', res => {
            const status = res.statusCode ?? 0;
            if (opts.stream && status >= 200 && status < 300 && method !== 'HEAD') {
                // A streamed body is bounded by its reader (the blob's minimum transfer rate).
                settle(null, { status, headers: res.headers, url, body: Buffer.alloc(0), stream: res });
                return;
            }
            readBody(res, opts, url, (err, body) => err ? settle(err) : settle(null, { status, headers: res.headers, url, body: body }));
        });
        if (opts.bodyFactory)
            sendStream(req, opts.bodyFactory, opts.contentLength, url, e => settle(e));
        else
            req.end(opts.body);
        if (signal?.aborted)
            stop();
    });
}
/**
 * Pipes a freshly opened body into `req` (with backpressure), checking its length. A source that
 * fails or lies about its size is a local problem: it rejects with a CheckError, never retried.
 */
function sendStream(req, open, length, url, reject) {
    let source;
    try {
        source = open();
    }
    catch (err) {
        req.destroy();
        reject(new errors/* CheckError */.tl(`cannot read the body for ${url.host}${url.pathname}: ${err.message}`));
        return;
    }
    let sent = 0;
    const localFailure = (why) => {
        const err = new errors/* CheckError */.tl(`cannot send the body to ${url.host}${url.pathname}: ${why}`);
        reject(err);
        req.destroy(err);
    };
    source.on('data', (chunk) => {
        sent += chunk.length;
        if (sent > length)
            localFailure(`the source holds more than the announced ${length} bytes`);
    });
    source.on('end', () => {
        if (sent !== length)
            localFailure(`the source ended after ${sent} of the announced ${length} bytes`);
    });
    source.on('error', err => localFailure(err.message));
    // An early answer (503, 401) or a broken connection ends the attempt: close the file too.
    req.on('close', () => source.destroy());
    source.pipe(req);
}
function isRetryableStatus(status) {
    return status === 429 || status === 408 || status >= 500;
}
/**
 * One HTTP exchange with bounded retries. Network failures become a CheckError once retries or
 * the deadline run out; HTTP error statuses are returned for the caller to judge.
 */
async function request(opts) {
    const method = opts.method ?? 'GET';
    if (opts.bodyFactory && !(Number.isSafeInteger(opts.contentLength) && opts.contentLength >= 0)) {
        throw new Error(`request: bodyFactory needs a contentLength (got ${opts.contentLength})`);
    }
    const idempotent = opts.idempotent ?? (method === 'GET' || method === 'HEAD' || method === 'PUT');
    const follow = opts.followRedirects ?? (method === 'GET' || method === 'HEAD');
    const retries = opts.retries ?? DEFAULT_RETRIES;
    const sleep = opts.sleep ?? waits/* realSleep */.uk;
    const random = opts.random ?? Math.random;
    const deadlineMs = opts.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const deadline = Date.now() + deadlineMs;
    let url = new URL(String(opts.url));
    const target = opts.target ?? url.host;
    let headers = { ...(opts.headers ?? {}) };
    let redirects = 0;
    let attempt = 0;
    let maxRetries = retries;
    for (;;) {
        let waitMs;
        let reason;
        try {
            await opts.throttle?.wait(opts.signal);
            if (opts.signal?.aborted)
                throw (0,waits/* stopReason */.PJ)(opts.signal);
            const left = deadline - Date.now();
            if (left <= 0)
                throw new limits/* LimitError */.oC(`${method} ${url.host}${url.pathname} (${target})`, 'requestMs', deadlineMs);
            const res = await once(opts, url, headers, Math.min(left, (opts.attemptMs ?? limits/* DEFAULT_LIMITS */.dR.attemptMs) || left));
            const location = res.headers.location;
            if (follow && location && [301, 302, 303, 307, 308].includes(res.status)) {
                if (++redirects > MAX_REDIRECTS)
                    throw new errors/* CheckError */.tl(`${target}: too many redirects for ${opts.url}`);
                const next = new URL(location, url);
                // Signed storage URLs reject (and must not see) the registry's credentials, and a
                // step down from https to http on the same host would send them in the clear.
                if (!keepsAuthorization(url, next))
                    headers = withoutAuthorization(headers);
                toolkit/* debug */.Yz(`${method} ${url} redirected to ${next.origin}${next.pathname}`);
                url = next;
                continue;
            }
            if (!isRetryableStatus(res.status) || !idempotent || attempt >= retries)
                return res;
            reason = `HTTP ${res.status}`;
            waitMs = (0,waits/* parseRetryAfter */.mu)(res.headers['retry-after']) ?? (0,waits/* backoffMs */.jo)(attempt, SERVER_BACKOFF_MS, random);
            if (res.status === 429)
                opts.throttle?.hold(waitMs);
            // Out of time: the caller gets the last answer and reports it as it sees fit.
            if (Date.now() + waitMs > deadline)
                return res;
        }
        catch (err) {
            if (err instanceof errors/* CheckError */.tl)
                throw err;
            const code = errorCode(err);
            const message = err.message;
            const retryable = isTransientError(err) && (idempotent || NOT_SENT_CODES.has(code));
            const limit = code === 'ECONNREFUSED' ? Math.min(retries, REFUSED_RETRIES) : retries;
            if (!retryable || attempt >= limit)
                throw unreachable(target, message, code);
            maxRetries = limit;
            reason = message;
            waitMs = (0,waits/* backoffMs */.jo)(attempt, code === 'ECONNREFUSED' ? REFUSED_BACKOFF_MS : SERVER_BACKOFF_MS, random);
            if (Date.now() + waitMs > deadline)
                throw new limits/* LimitError */.oC(`${method} ${url.host}${url.pathname} (${target})`, 'requestMs', deadlineMs, message);
        }
        attempt++;
        toolkit/* info */.pq(`${method} ${url.host}${url.pathname}: ${reason}; retry ${attempt}/${maxRetries} in ${waitMs} ms`);
        await (0,waits/* sleepUnlessStopped */.zG)(sleep, waitMs, opts.signal);
    }
}
function unreachable(target, message, code) {
    return new errors/* UnavailableError */.hG(`${target} is unreachable: ${message}`, code === 'ETIMEDOUT' ? 'timeout' : 'unreachable');
}
/** Credentials follow a redirect only to the same origin: scheme, host and port. */
function keepsAuthorization(from, to) {
    return from.origin === to.origin;
}
function withoutAuthorization(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
}
/** Reads a whole (small) stream into memory, refusing more than the config-size `limit`; `signal` ends it. */
async function readAll(stream, limit = limits/* DEFAULT_LIMITS */.dR.configBytes, what = 'response', signal) {
    const chunks = [];
    let size = 0;
    const stop = () => stream.destroy?.((0,waits/* stopReason */.PJ)(signal));
    signal?.addEventListener('abort', stop, { once: true });
    try {
        (0,waits/* throwIfStopped */.$J)(signal);
        for await (const chunk of stream) {
            const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
            size += b.length;
            if (size > limit) {
                stream.destroy?.();
                throw new limits/* LimitError */.oC(what, 'configBytes', limit);
            }
            chunks.push(b);
        }
    }
    finally {
        signal?.removeEventListener('abort', stop);
    }
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __webpack_require__(67837);
// EXTERNAL MODULE: ./actions/lib/core/untrusted.ts
var untrusted = __webpack_require__(5078);
// EXTERNAL MODULE: ./actions/lib/oci/types.ts
var types = __webpack_require__(74189);
;// CONCATENATED MODULE: ./actions/lib/oci/schema.ts
// The fields this project reads from manifests, indexes and configs, checked before use, so a
// malformed document is a CheckError that names what is wrong, never a TypeError further on.




const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOptionalString = (v) => v === undefined || typeof v === 'string';
const isStringMap = (v) => isObject(v) && Object.values(v).every(x => typeof x === 'string');
function invalid(what, why) {
    throw new errors/* CheckError */.tl(`${what} ${why}`);
}
function checkDescriptor(what, d) {
    if (!isObject(d))
        invalid(what, 'is not a descriptor object');
    if (typeof d.mediaType !== 'string' || !d.mediaType)
        invalid(what, 'has no mediaType');
    if (!(0,oci_digest/* isDigest */.Bc)(d.digest))
        invalid(what, `has no valid digest (${(0,untrusted/* clip */.$Q)(JSON.stringify(d.digest) ?? 'none', 80)})`);
    if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
        invalid(what, `has no valid size (${(0,untrusted/* clip */.$Q)(JSON.stringify(d.size) ?? 'none', 80)})`);
    }
    const p = d.platform;
    if (p !== undefined) {
        if (!isObject(p) || typeof p.os !== 'string' || typeof p.architecture !== 'string') {
            invalid(what, 'has a platform without os and architecture');
        }
        if (!isOptionalString(p.variant))
            invalid(what, 'has a platform variant that is not a string');
    }
    if (d.annotations !== undefined && !isStringMap(d.annotations)) {
        invalid(what, 'has annotations that are not all strings');
    }
    return d;
}
function checkIndex(name, json) {
    const what = `index ${name}`;
    if (!Array.isArray(json.manifests))
        invalid(what, 'has no manifests array');
    json.manifests.forEach((d, i) => checkDescriptor(`${what}: manifests[${i}]`, d));
    return json;
}
function checkImageManifest(name, json) {
    const what = `manifest ${name}`;
    if (json.config === undefined)
        invalid(what, 'has no config');
    checkDescriptor(`${what}: config`, json.config);
    if (!Array.isArray(json.layers))
        invalid(what, 'has no layers array');
    json.layers.forEach((d, i) => checkDescriptor(`${what}: layers[${i}]`, d));
    return json;
}
/**
 * A manifest or index body, parsed and checked. The media type is the body's own, else the
 * Content-Type it came with (the OCI spec makes the field optional).
 */
function parseManifest(body, contentType, name) {
    let json;
    try {
        json = JSON.parse(body.toString('utf8'));
    }
    catch (err) {
        throw new errors/* CheckError */.tl(`manifest of ${name} is not valid JSON: ${err.message}`);
    }
    if (!isObject(json))
        invalid(`manifest of ${name}`, 'is not a JSON object');
    if (json.schemaVersion !== 2) {
        invalid(`manifest of ${name}`, `has schemaVersion ${(0,untrusted/* clip */.$Q)(JSON.stringify(json.schemaVersion) ?? 'none', 80)}, expected 2`);
    }
    if (!isOptionalString(json.mediaType))
        invalid(`manifest of ${name}`, 'has a mediaType that is not a string');
    const mediaType = json.mediaType || contentType;
    if (!mediaType)
        invalid(`manifest of ${name}`, 'has no mediaType, and no Content-Type says what it is');
    if ((0,types/* isIndexMediaType */.$$)(mediaType))
        return { mediaType, json: checkIndex(name, json) };
    if ((0,types/* isManifestMediaType */.CM)(mediaType))
        return { mediaType, json: checkImageManifest(name, json) };
    throw new errors/* CheckError */.tl(`manifest of ${name} has unsupported media type "${(0,untrusted/* clip */.$Q)(mediaType, 120)}"`);
}
/** An image config, with the platform fields checked. */
function parseConfig(body, what) {
    let json;
    try {
        json = JSON.parse(body.toString('utf8'));
    }
    catch (err) {
        throw new errors/* CheckError */.tl(`${what} is not valid JSON: ${err.message}`);
    }
    if (!isObject(json))
        invalid(what, 'is not a JSON object');
    if (typeof json.architecture !== 'string' || !json.architecture)
        invalid(what, 'has no architecture');
    if (typeof json.os !== 'string' || !json.os)
        invalid(what, 'has no os');
    if (!isOptionalString(json.variant))
        invalid(what, 'has a variant that is not a string');
    return json;
}

;// CONCATENATED MODULE: ./actions/lib/registry/blob-stream.ts







class BlobStream extends external_node_stream_.Readable {
    opts;
    current;
    delivered = 0;
    skip = 0;
    attempt = 0;
    hash;
    rateTimer;
    windowStart = 0;
    /** Set while the reader holds us back, and for the window it happened in: that time is not the registry's. */
    held = false;
    heldInWindow = false;
    constructor(first, opts) {
        super();
        this.opts = opts;
        this.hash = (0,oci_digest/* hasherFor */.jJ)(opts.digest);
        this.attach(first);
        this.watchRate();
        opts.signal?.addEventListener('abort', this.stopped, { once: true });
        if (opts.signal?.aborted)
            this.stopped();
    }
    stopped = () => this.destroy((0,waits/* stopReason */.PJ)(this.opts.signal));
    /** A body that drips (a byte now and then) never trips an idle timeout; a minimum rate catches it. */
    watchRate() {
        const rate = this.opts.minRate;
        if (!rate)
            return;
        const need = (rate.bytesPerSecond * rate.windowMs) / 1000;
        this.rateTimer = setInterval(() => {
            const got = this.delivered - this.windowStart;
            this.windowStart = this.delivered;
            const excused = this.heldInWindow;
            this.heldInWindow = this.held;
            if (excused || got >= need || !this.current)
                return;
            const seconds = rate.windowMs / 1000;
            this.destroy(new limits/* LimitError */.oC(this.opts.what, 'blobBytesPerSecond', rate.bytesPerSecond, `${got} bytes in ${seconds} s`));
        }, rate.windowMs);
        this.rateTimer.unref();
    }
    attach(part) {
        this.current = part.stream;
        this.skip = this.delivered - part.start;
        if (this.skip < 0) {
            part.stream.destroy();
            this.destroy(new errors/* CheckError */.tl(`${this.opts.what}: the registry resumed at byte ${part.start}, after ${this.delivered}`));
            return;
        }
        part.stream.on('data', (chunk) => this.onData(part.stream, chunk));
        part.stream.on('end', () => this.onEnd(part.stream));
        part.stream.on('error', err => this.onBreak(part.stream, err));
    }
    _read() {
        this.held = false;
        this.current?.resume();
    }
    _destroy(err, cb) {
        clearInterval(this.rateTimer);
        this.opts.signal?.removeEventListener('abort', this.stopped);
        this.current?.destroy();
        this.current = undefined;
        cb(err);
    }
    onData(from, chunk) {
        if (from !== this.current || this.destroyed)
            return;
        if (this.skip > 0) {
            const dropped = Math.min(this.skip, chunk.length);
            this.skip -= dropped;
            chunk = chunk.subarray(dropped);
            if (chunk.length === 0)
                return;
        }
        this.delivered += chunk.length;
        this.hash.update(chunk);
        if (!this.push(chunk)) {
            this.held = this.heldInWindow = true;
            from.pause();
        }
    }
    onEnd(from) {
        if (from !== this.current || this.destroyed)
            return;
        this.current = undefined;
        clearInterval(this.rateTimer);
        const got = `${this.opts.digest.split(':')[0]}:${this.hash.digest('hex')}`;
        try {
            (0,oci_digest/* checkDigest */.H2)(this.opts.what, this.opts.digest, got);
        }
        catch (err) {
            this.destroy(err);
            return;
        }
        this.push(null);
    }
    onBreak(from, err) {
        if (from !== this.current || this.destroyed)
            return;
        this.current = undefined;
        from.destroy();
        if (err instanceof errors/* CheckError */.tl)
            return void this.destroy(err);
        const why = `${this.opts.what} broke off after ${this.delivered} bytes (${err.message})`;
        if (!isTransientError(err) || this.attempt >= this.opts.retries) {
            this.destroy(new errors/* CheckError */.tl(why));
            return;
        }
        const attempt = this.attempt++;
        toolkit/* info */.pq(`${why}; resuming, retry ${attempt + 1}/${this.opts.retries}`);
        this.opts
            .pause(attempt)
            .then(() => this.opts.reopen(this.delivered))
            .then(part => (this.destroyed ? part.stream.destroy() : this.attach(part)), e => this.destroy(e));
    }
}
/** Where a 206 answer starts (`Content-Range: bytes 100-199/200`); 0 for a full answer. */
function partStart(status, contentRange) {
    if (status !== 206)
        return 0;
    const m = /^bytes (\d+)-\d+\/(?:\d+|\*)$/.exec(contentRange ?? '');
    if (!m)
        throw new errors/* CheckError */.tl(`registry answered a Range request with an unreadable Content-Range "${contentRange}"`);
    return Number(m[1]);
}

// EXTERNAL MODULE: ./actions/lib/registry/shared-reads.ts
var shared_reads = __webpack_require__(92139);
;// CONCATENATED MODULE: ./actions/lib/registry/transport.ts
// How the client talks to a registry: one keep-alive agent per scheme, bounded retries (http.ts),
// and auth challenges answered once with the token reused per registry and scope (auth.ts).












// Two platforms per image at the default concurrency (32) go out at once; beyond that, requests queue.
const MAX_SOCKETS_PER_REGISTRY = 64;
// Manifests and configs are small; this bounds memory on a run over thousands of images.
const MAX_MEMOS = 2000;
class RegistryTransport {
    options;
    // One pool per scheme; maxSockets is per host, so it is the cap per registry.
    httpAgent = new external_node_http_.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_REGISTRY });
    httpsAgent = new external_node_https_.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_REGISTRY });
    auth;
    throttles = new Map();
    memos = new shared_reads/* SharedReads */.z(true, MAX_MEMOS);
    now;
    send;
    sleep;
    constructor(options = {}, deps = {}) {
        this.options = options;
        this.send = deps.request ?? request;
        this.sleep = deps.sleep ?? waits/* realSleep */.uk;
        this.now = deps.now ?? Date.now;
        const fetchToken = async (url, init) => {
            const res = await this.send({ ...this.baseOptions(url.host), url, ...init, idempotent: true });
            return { status: res.status, body: res.body };
        };
        this.auth = new auth/* TokenCache */.GW(fetchToken, options.env ?? process.env, deps.now);
    }
    /** The limits in force: the defaults, with the caller's on top. */
    get limits() {
        return { ...limits/* DEFAULT_LIMITS */.dR, ...this.options.limits };
    }
    /** Attempts after the first for a body that breaks off mid-stream (as for a failed request). */
    get retries() {
        return this.options.retries ?? DEFAULT_RETRIES;
    }
    /** The same backoff as between request attempts; `signal` cuts it short. */
    pause(attempt, signal) {
        return (0,waits/* sleepUnlessStopped */.zG)(this.sleep, (0,waits/* backoffMs */.jo)(attempt, SERVER_BACKOFF_MS), signal);
    }
    /** Frees keep-alive sockets; call when done so the process can exit promptly. */
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
    }
    baseUrl(registry) {
        const scheme = (0,reference/* isInsecureRegistry */.y_)(registry, this.options.insecureRegistries) ? 'http' : 'https';
        return `${scheme}://${(0,reference/* registryApiHost */.Mb)(registry)}`;
    }
    baseOptions(host) {
        let throttle = this.throttles.get(host);
        if (!throttle)
            this.throttles.set(host, (throttle = new waits/* Throttle */.X5(this.sleep, this.now)));
        return {
            timeoutMs: this.options.timeoutMs,
            retries: this.options.retries,
            deadlineMs: this.options.deadlineMs ?? this.limits.requestMs,
            attemptMs: this.limits.attemptMs,
            sleep: this.sleep,
            throttle,
            target: `registry ${host}`
        };
    }
    /**
     * Content addressed by digest never changes, so one read serves every caller (a platform's
     * manifest is read for its config and again for its layers). Failures are not kept. A caller
     * whose `signal` fires leaves with its reason; the read is stopped once no caller is left.
     */
    memo(key, read, signal) {
        return this.memos.get(key, read, signal);
    }
    /** One API call, answering at most one auth challenge. */
    async call(ref, c) {
        const url = c.url ?? new URL(this.baseUrl(ref.registry) + c.path);
        const headers = {
            'user-agent': this.options.userAgent ?? 'arch-actions',
            ...c.headers
        };
        const send = () => this.send({
            ...this.baseOptions(ref.registry),
            url,
            method: c.method,
            headers,
            body: c.body,
            bodyFactory: c.bodyFactory,
            contentLength: c.contentLength,
            stream: c.stream,
            idempotent: c.idempotent,
            what: c.what,
            maxBytes: c.maxBytes,
            maxBytesLimit: c.maxBytesLimit,
            signal: c.signal,
            // Per URL: a redirect to storage may change the scheme.
            agent: (to) => (to.protocol === 'https:' ? this.httpsAgent : this.httpAgent)
        });
        const known = this.auth.cached(ref.registry, c.scopes) ??
            (await this.auth.anticipate(ref.registry, c.scopes, c.signal));
        if (known)
            headers.authorization = known;
        let res = await send();
        if (res.status === 401) {
            const challenge = (0,auth/* parseChallenge */.xy)(String(res.headers['www-authenticate'] ?? ''));
            if (!challenge)
                return res;
            headers.authorization = await this.auth.authorize(ref.registry, challenge, c.scopes, c.signal);
            res = await send();
        }
        return res;
    }
    /** A call that reads `ref`'s repository. */
    pull(ref, c) {
        return this.call(ref, { ...c, scopes: [(0,auth/* pullScope */.iH)(ref.repository)] });
    }
    /** A call that writes to `ref`'s repository. */
    push(ref, c) {
        return this.call(ref, { ...c, scopes: [(0,auth/* pushScope */.Xu)(ref.repository)] });
    }
    /** The error for an unexpected status, with the registry's own reason when it gives one. */
    fail(ref, what, res) {
        // The registry's own words, on one line and cut short: they are text from outside.
        const detail = (0,untrusted/* clip */.$Q)(registryErrorDetail(res.body));
        const hint = res.status === 401 || res.status === 403 ? ' (check the registry login)' : '';
        const message = `${what} ${(0,reference/* formatReference */.FH)(ref)}: HTTP ${res.status}${detail ? ` ${detail}` : ''}${hint}`;
        const kind = (0,errors/* unavailableKind */.MI)(res.status);
        return kind ? new errors/* UnavailableError */.hG(message, kind) : new errors/* CheckError */.tl(message);
    }
}
/** Runs a read once more when its bytes fail their digest: corruption in transit rarely repeats. */
async function readVerified(read) {
    try {
        return await read();
    }
    catch (err) {
        if (!(err instanceof oci_digest/* IntegrityError */.cs))
            throw err;
        toolkit/* info */.pq(`${err.message}; reading it once more`);
        return read();
    }
}
/** The first error message from a registry's JSON error body, if it has one. */
function registryErrorDetail(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        const e = parsed.errors?.[0];
        return e ? `${e.code ?? ''} ${e.message ?? ''}`.trim() : '';
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./actions/lib/registry/blobs.ts
// Blobs: streamed reads checked against their digest, uploads, cross-repository mounts.












const blobPath = (ref, digest) => `/v2/${ref.repository}/blobs/${digest}`;
/** Opens a blob's body from `offset` (a Range request past 0); registry errors are thrown here. */
async function openBlob(t, ref, digest, offset, signal) {
    const res = await t.pull(ref, {
        signal,
        method: 'GET',
        path: blobPath(ref, digest),
        stream: true,
        ...(offset > 0 ? { headers: { range: `bytes=${offset}-` } } : {})
    });
    if (!res.stream) {
        if (res.status === 404)
            throw new errors/* CheckError */.tl(`blob ${digest} of ${(0,reference/* formatReference */.FH)(ref)} was not found`);
        throw t.fail(ref, `cannot read blob ${digest} of`, res);
    }
    const contentRange = res.headers['content-range'];
    return { stream: res.stream, start: partStart(res.status, contentRange) };
}
/**
 * A blob as a stream, checked against its digest as it flows (an IntegrityError at the end on
 * a mismatch). A body that breaks off is resumed where it stopped.
 */
async function getBlob(t, ref, digest, signal) {
    const first = await openBlob(t, ref, digest, 0, signal);
    const { blobBytesPerSecond, blobWindowMs } = t.limits;
    return new BlobStream(first, {
        digest,
        what: `blob ${digest} of ${(0,reference/* formatReference */.FH)(ref)}`,
        minRate: { bytesPerSecond: blobBytesPerSecond, windowMs: blobWindowMs },
        reopen: offset => openBlob(t, ref, digest, offset, signal),
        retries: t.retries,
        pause: attempt => t.pause(attempt, signal),
        signal
    });
}
/** A small blob (a config, an attestation) in memory, up to `limit` bytes, read again once if it fails its digest. */
function getBlobBytes(t, ref, digest, limit = t.limits.configBytes, signal) {
    const what = `blob ${digest} of ${(0,reference/* formatReference */.FH)(ref)}`;
    return readVerified(async () => readAll(await getBlob(t, ref, digest, signal), limit, what));
}
/** An image config, checked for the fields that are used, read once per client; `signal` gives it up. */
function getConfigBlob(t, ref, digest, signal) {
    return t.memo(`config ${ref.registry}/${ref.repository}@${digest}`, async (stop) => {
        const body = await getBlobBytes(t, ref, digest, t.limits.configBytes, stop);
        return parseConfig(body, `config ${digest} of ${(0,reference/* formatReference */.FH)(ref)}`);
    }, signal);
}
async function blobExists(t, ref, digest, scopes = [(0,auth/* pullScope */.iH)(ref.repository)], signal) {
    const res = await t.call(ref, { method: 'HEAD', path: blobPath(ref, digest), scopes, signal });
    if (res.status === 200)
        return true;
    if (res.status === 404)
        return false;
    throw t.fail(ref, `cannot check blob ${digest} of`, res);
}
/**
 * Monolithic upload of a blob of known digest and size, streamed from `open()` (typically a
 * file) so memory stays flat whatever the size. `open` is called again for every retry of the
 * PUT, which is safe because a PUT by digest is idempotent. Skipped when the blob exists.
 */
async function pushBlobFrom(t, ref, open, digest, size) {
    const scopes = [(0,auth/* pushScope */.Xu)(ref.repository)];
    if (await blobExists(t, ref, digest, scopes))
        return digest;
    // Starting an upload twice only leaves an unused session, which the registry expires.
    const start = await t.push(ref, {
        method: 'POST',
        path: `/v2/${ref.repository}/blobs/uploads/`,
        idempotent: true
    });
    if (start.status !== 202)
        throw t.fail(ref, 'cannot start a blob upload to', start);
    await finishUpload(t, ref, start, digest, open, size);
    return digest;
}
async function finishUpload(t, ref, started, digest, open, size) {
    const location = started.headers.location;
    if (!location)
        throw new errors/* CheckError */.tl(`registry ${ref.registry} started an upload without a Location`);
    const url = new URL(location, started.url);
    url.searchParams.set('digest', digest);
    const res = await t.push(ref, {
        method: 'PUT',
        path: '',
        url,
        headers: { 'content-type': 'application/octet-stream' },
        bodyFactory: open,
        contentLength: size
    });
    if (res.status !== 201)
        throw t.fail(ref, `cannot upload blob ${digest} to`, res);
}
/** Downloads a blob (digest-checked) to a temporary file, so a copy never sits in memory. */
async function spoolBlob(t, from, digest, use) {
    const dir = await external_node_fs_.promises.mkdtemp(external_node_path_.join(external_node_os_.tmpdir(), 'arch-blob-'));
    try {
        const file = external_node_path_.join(dir, 'blob');
        await readVerified(async () => (0,promises_.pipeline)(await getBlob(t, from, digest), external_node_fs_.createWriteStream(file)));
        const { size } = await external_node_fs_.promises.stat(file);
        return await use(() => external_node_fs_.createReadStream(file), size);
    }
    finally {
        await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
    }
}
/** Cross-repository mount; copies the blob when the registry declines (other host, no access). */
async function mountBlob(t, from, to, digest) {
    const scopes = [(0,auth/* pushScope */.Xu)(to.repository), (0,auth/* pullScope */.iH)(from.repository)];
    if (await blobExists(t, to, digest, scopes))
        return;
    if (from.registry === to.registry) {
        const query = new URLSearchParams({ mount: digest, from: from.repository });
        // A mount sent twice mounts the same blob twice: no harm, so it is retried like a GET.
        const res = await t.call(to, {
            method: 'POST',
            path: `/v2/${to.repository}/blobs/uploads/?${query}`,
            scopes,
            idempotent: true
        });
        if (res.status === 201)
            return;
        // 202 means the registry opened a normal upload instead; use it for the copy.
        if (res.status === 202) {
            toolkit/* debug */.Yz(`mount of ${digest} into ${to.repository} declined; copying`);
            return spoolBlob(t, from, digest, (open, size) => finishUpload(t, to, res, digest, open, size));
        }
        throw t.fail(to, `cannot mount blob ${digest} into`, res);
    }
    await spoolBlob(t, from, digest, (open, size) => pushBlobFrom(t, to, open, digest, size).then(() => undefined));
}

;// CONCATENATED MODULE: ./actions/lib/registry/manifests.ts
// Manifests and indexes: read (digest-checked), probe and push.






const manifestPath = (ref, target) => `/v2/${ref.repository}/manifests/${target}`;
async function fetchBody(t, ref, target, accept, signal) {
    const res = await t.pull(ref, {
        signal,
        method: 'GET',
        path: manifestPath(ref, target),
        headers: { accept: accept.join(', ') },
        what: `manifest of ${(0,reference/* formatReference */.FH)({ ...ref, ...((0,oci_digest/* isDigest */.Bc)(target) ? { digest: target } : {}) })}`,
        maxBytes: t.limits.manifestBytes
    });
    if (res.status === 404)
        throw new errors/* NotFoundError */.m_(`image ${(0,reference/* formatReference */.FH)(ref)} was not found`);
    if (res.status !== 200)
        throw t.fail(ref, 'cannot read manifest of', res);
    return res;
}
function headerDigest(res) {
    const value = res.headers['docker-content-digest'];
    return (0,oci_digest/* isDigest */.Bc)(value) ? value : undefined;
}
/**
 * A manifest and the digest it is known by. By digest, the body must hash to it. By tag, the
 * body must hash to the digest the registry gives for the tag (Docker-Content-Digest); a registry
 * that gives none is asked for the manifest by the body's own digest, which it must hold.
 */
async function fetchManifest(t, ref, accept, signal) {
    const name = (0,reference/* formatReference */.FH)(ref);
    const res = await fetchBody(t, ref, (0,reference/* manifestTarget */.Z_)(ref), accept, signal);
    let body = res.body;
    let digest = ref.digest ?? headerDigest(res);
    if (digest) {
        (0,oci_digest/* checkDigest */.H2)(`manifest of ${name}`, digest, (0,oci_digest/* digestLike */.kG)(digest, body));
    }
    else {
        digest = (0,oci_digest/* sha256Digest */.sI)(body);
        try {
            body = (await fetchBody(t, ref, digest, accept, signal)).body;
        }
        catch (err) {
            if (!(err instanceof errors/* CheckError */.tl) || !/was not found/.test(err.message))
                throw err;
            throw new oci_digest/* IntegrityError */.cs(`manifest of ${name} hashes to ${digest}, which the registry does not hold`);
        }
        (0,oci_digest/* checkDigest */.H2)(`manifest of ${name}`, digest, (0,oci_digest/* sha256Digest */.sI)(body));
    }
    const contentType = String(res.headers['content-type'] ?? '')
        .split(';')[0]
        .trim();
    const { mediaType, json } = parseManifest(body, contentType, name);
    return { digest, mediaType, size: body.length, body, json };
}
/** A manifest (by digest, read once per client: its content cannot change); `signal` gives it up. */
function getManifest(t, ref, accept = types/* ALL_MANIFEST_TYPES */.YQ, signal) {
    const read = (stop) => readVerified(() => fetchManifest(t, ref, accept, stop));
    if (!ref.digest)
        return read(signal);
    return t.memo(`manifest ${ref.registry}/${ref.repository}@${ref.digest} ${accept.join(',')}`, read, signal);
}
/** The digest a tag points to, or undefined when it does not exist. */
async function headManifest(t, ref, signal) {
    const res = await t.pull(ref, {
        signal,
        method: 'HEAD',
        path: manifestPath(ref, (0,reference/* manifestTarget */.Z_)(ref)),
        headers: { accept: types/* ALL_MANIFEST_TYPES */.YQ.join(', ') }
    });
    if (res.status === 404)
        return undefined;
    if (res.status !== 200)
        throw t.fail(ref, 'cannot check manifest of', res);
    const digest = res.headers['docker-content-digest'];
    if (typeof digest === 'string' && digest)
        return digest;
    // Some registries omit the header on HEAD; the body is the only proof then.
    return (await getManifest(t, ref, types/* ALL_MANIFEST_TYPES */.YQ, signal)).digest;
}
async function putManifest(t, repoRef, tagOrDigest, body, mediaType) {
    const res = await t.push(repoRef, {
        method: 'PUT',
        path: manifestPath(repoRef, tagOrDigest),
        headers: { 'content-type': mediaType },
        body
    });
    if (res.status !== 201 && res.status !== 200)
        throw t.fail(repoRef, `cannot push manifest ${tagOrDigest} to`, res);
    return (0,oci_digest/* sha256Digest */.sI)(body);
}
/** The manifest of one platform (not an index), by digest. */
async function getImageManifest(t, ref, manifestDigest, signal) {
    const m = await getManifest(t, { ...ref, digest: manifestDigest }, types/* ALL_MANIFEST_TYPES */.YQ, signal);
    if ((0,types/* isIndexMediaType */.$$)(m.mediaType)) {
        throw new errors/* CheckError */.tl(`${(0,reference/* formatReference */.FH)(ref)}@${manifestDigest} is an index, not a platform's manifest`);
    }
    return { ...m.json, mediaType: m.mediaType };
}

;// CONCATENATED MODULE: ./actions/lib/registry/inspect.ts



async function getConfig(t, ref, manifestDigest, signal) {
    const manifest = await getImageManifest(t, ref, manifestDigest, signal);
    return getConfigBlob(t, ref, manifest.config.digest, signal);
}
function entryOf(d) {
    return {
        platform: {
            os: d.platform?.os ?? 'unknown',
            architecture: d.platform?.architecture ?? 'unknown',
            ...(d.platform?.variant ? { variant: d.platform.variant } : {})
        },
        digest: d.digest,
        mediaType: d.mediaType,
        size: d.size,
        annotations: d.annotations,
        attestation: (0,types/* isAttestation */.H3)(d)
    };
}
/** Top-level digest and the platforms it offers (a single manifest reports its config's platform). */
async function inspect(t, ref, signal) {
    const m = await getManifest(t, ref, undefined, signal);
    if ((0,types/* isIndexMediaType */.$$)(m.mediaType)) {
        const platforms = (m.json.manifests ?? []).map(entryOf);
        return { digest: m.digest, mediaType: m.mediaType, isIndex: true, platforms };
    }
    const manifest = m.json;
    const config = await getConfigBlob(t, ref, manifest.config.digest, signal);
    const platform = {
        os: config.os,
        architecture: config.architecture,
        ...(config.variant ? { variant: config.variant } : {})
    };
    const entry = {
        platform,
        digest: m.digest,
        mediaType: m.mediaType,
        size: m.size,
        annotations: manifest.annotations,
        attestation: false
    };
    return { digest: m.digest, mediaType: m.mediaType, isIndex: false, platforms: [entry] };
}

;// CONCATENATED MODULE: ./actions/lib/registry/referrers.ts
// OCI 1.1 referrers: the artifacts whose `subject` is a manifest. The referrers API where the
// registry has it, else the tag fallback of the distribution spec (`sha256-<hex>`, an index).




// An index of referrers is small; a registry that answers with more is refused.
const REFERRERS_LIMIT = 4 * 1024 * 1024;
/** The tag the fallback keeps the referrers of `digest` under. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
function manifestsOf(body, what) {
    try {
        const index = JSON.parse(body.toString('utf8'));
        return Array.isArray(index.manifests) ? index.manifests : [];
    }
    catch {
        throw new errors/* CheckError */.tl(`${what} is not an image index`);
    }
}
async function fromTag(t, ref, digest, signal) {
    try {
        const m = await getManifest(t, { ...ref, tag: referrersTag(digest), digest: undefined }, undefined, signal);
        return manifestsOf(m.body, `the referrers tag of ${digest}`);
    }
    catch (err) {
        if (err instanceof errors/* CheckError */.tl && /was not found/.test(err.message))
            return undefined;
        throw err;
    }
}
/**
 * The referrers of `digest` in `ref`'s repository: from the referrers API, or (404) from the
 * fallback tag; both are read, since a registry may have gained the API after a fallback was written.
 */
async function listReferrers(t, ref, digest, signal) {
    // The API and the fallback tag at once: one round trip for a digest with no referrers.
    const [apiRead, tagRead] = await Promise.allSettled([
        t.pull(ref, {
            method: 'GET',
            path: `/v2/${ref.repository}/referrers/${digest}`,
            headers: { accept: types/* MEDIA_TYPES */.Z2.ociIndex },
            stream: true,
            signal
        }),
        fromTag(t, ref, digest, signal)
    ]);
    if (apiRead.status === 'rejected')
        throw apiRead.reason;
    const res = apiRead.value;
    if (tagRead.status === 'rejected') {
        res.stream?.destroy();
        throw tagRead.reason;
    }
    const tagged = tagRead.value ?? [];
    let api = [];
    if (res.stream) {
        const body = await readAll(res.stream, REFERRERS_LIMIT, undefined, signal);
        if (res.status === 200)
            api = manifestsOf(body, `the referrers of ${digest}`);
    }
    else if (res.status !== 404 && res.status !== 400) {
        throw t.fail(ref, `cannot list the referrers of ${digest} in`, res);
    }
    const seen = new Set(api.map(d => d.digest));
    return [...api, ...tagged.filter(d => !seen.has(d.digest))];
}
/**
 * Pushes a manifest that has a `subject`. A registry with the referrers API says so with the
 * OCI-Subject header; for any other, the fallback tag's index gains the manifest's descriptor.
 * Returns how the referrer was recorded.
 */
async function pushReferrer(t, ref, body, descriptor, subject) {
    const res = await t.push(ref, {
        method: 'PUT',
        path: `/v2/${ref.repository}/manifests/${descriptor.digest}`,
        headers: { 'content-type': descriptor.mediaType },
        body
    });
    if (res.status !== 201 && res.status !== 200)
        throw t.fail(ref, `cannot push manifest ${descriptor.digest} to`, res);
    if (res.headers['oci-subject'] === subject)
        return 'api';
    const listed = (await fromTag(t, ref, subject)) ?? [];
    const index = {
        schemaVersion: 2,
        mediaType: types/* MEDIA_TYPES */.Z2.ociIndex,
        manifests: [...listed.filter(d => d.digest !== descriptor.digest), descriptor]
    };
    const indexBody = Buffer.from(JSON.stringify(index));
    await putManifest(t, ref, referrersTag(subject), indexBody, types/* MEDIA_TYPES */.Z2.ociIndex);
    return 'tag';
}

;// CONCATENATED MODULE: ./actions/lib/registry/client.ts
// The registry client the actions use: one transport (auth, retries, keep-alive) and the
// operations on it, by concern in manifests.ts, blobs.ts and inspect.ts.







/** A small client for the OCI distribution API with retries, auth challenges and keep-alive. */
class RegistryClient {
    t;
    /** Set on a view made by `within`: every read ends when it fires. */
    signal;
    constructor(options = {}, deps = {}) {
        this.t = new RegistryTransport(options, deps);
    }
    /**
     * The same client (connections, tokens, shared reads) whose reads all end when `signal` fires
     * (an image's deadline), for code that reads through several calls. Writes are not bound.
     */
    within(signal) {
        if (!signal)
            return this;
        const view = Object.create(this);
        view.signal = signal;
        return view;
    }
    stop(o) {
        return o?.signal ?? this.signal;
    }
    /** Frees keep-alive sockets; call when done so the process can exit promptly. */
    close() {
        this.t.close();
    }
    getManifest(ref, accept, o) {
        return getManifest(this.t, ref, accept, this.stop(o));
    }
    /** The digest a tag points to, or undefined when it does not exist. */
    headManifest(ref, o) {
        return headManifest(this.t, ref, this.stop(o));
    }
    putManifest(repoRef, tagOrDigest, body, mediaType) {
        return putManifest(this.t, repoRef, tagOrDigest, body, mediaType);
    }
    /** The manifest of one platform (not an index), by digest. */
    getImageManifest(ref, manifestDigest, o) {
        return getImageManifest(this.t, ref, manifestDigest, this.stop(o));
    }
    /** A blob as a stream, checked against its digest as it flows. */
    getBlob(ref, digest, o) {
        return getBlob(this.t, ref, digest, this.stop(o));
    }
    /** A small blob in memory (an attestation), at most `limit` bytes, checked against its digest. */
    getBlobBytes(ref, digest, limit, o) {
        return getBlobBytes(this.t, ref, digest, limit, this.stop(o));
    }
    /** The artifacts whose subject is `digest` (referrers API, or the distribution spec's tag fallback). */
    listReferrers(ref, digest, o) {
        return listReferrers(this.t, ref, digest, this.stop(o));
    }
    /** Pushes a manifest with a subject, and lists it in the fallback tag when the registry has no referrers API. */
    pushReferrer(ref, body, descriptor, subject) {
        return pushReferrer(this.t, ref, body, descriptor, subject);
    }
    /** An image config by its own digest, checked for the fields that are used. */
    getConfigBlob(ref, digest, o) {
        return getConfigBlob(this.t, ref, digest, this.stop(o));
    }
    blobExists(ref, digest, scopes) {
        return blobExists(this.t, ref, digest, scopes, this.signal);
    }
    /** Monolithic upload (POST then PUT); skipped when the registry already has the blob. */
    async pushBlob(ref, data) {
        const digest = (0,oci_digest/* sha256Digest */.sI)(data);
        await pushBlobFrom(this.t, ref, () => external_node_stream_.Readable.from([data]), digest, data.length);
        return digest;
    }
    /** Upload streamed from `open()` (reopened per retry), so memory stays flat whatever the size. */
    pushBlobFrom(ref, open, digest, size) {
        return pushBlobFrom(this.t, ref, open, digest, size);
    }
    /** Cross-repository mount; copies the blob when the registry declines. */
    mountBlob(from, to, digest) {
        return mountBlob(this.t, from, to, digest);
    }
    /** A platform's config; `o.signal` (the image's deadline) gives the read up, socket and retries. */
    getConfig(ref, manifestDigest, o) {
        return getConfig(this.t, ref, manifestDigest, this.stop(o));
    }
    /** Top-level digest and the platforms it offers (a single manifest reports its config's platform). */
    inspect(ref, o) {
        return inspect(this.t, ref, this.stop(o));
    }
    async resolvePlatforms(ref) {
        return (await this.inspect(ref)).platforms;
    }
}


/***/ }),

/***/ 92139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ SharedReads)
/* harmony export */ });
/* harmony import */ var _waits__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24274);
// One read shared by every caller that asks for the same key at the same time (a digest's
// manifest or config, a token), where each caller may give up on its own (its image's deadline).
// A caller that gives up leaves with its own reason; the read goes on for the others, and is
// stopped (its socket closed) only once nobody waits for it any more. So one image's deadline
// never fails another image's read of the same digest, and a read nobody wants never lingers.

class SharedReads {
    keep;
    max;
    entries = new Map();
    /**
     * @param keep whether a read that succeeded stays for later callers (content addressed by
     *   digest never changes), up to `max` of them, the oldest dropped first; failures never stay.
     */
    constructor(keep, max = Number.POSITIVE_INFINITY) {
        this.keep = keep;
        this.max = max;
    }
    /** The read of `key`, started with its own signal when nobody is reading it; `signal` is this caller's. */
    get(key, read, signal) {
        if (signal?.aborted)
            return Promise.reject((0,_waits__WEBPACK_IMPORTED_MODULE_0__/* .stopReason */ .PJ)(signal));
        const entry = this.entries.get(key) ?? this.start(key, read);
        // A caller that cannot give up keeps the read going whoever else leaves.
        if (!signal)
            entry.pinned = true;
        if (!signal)
            return entry.promise;
        entry.waiting++;
        return new Promise((resolve, reject) => {
            let here = true;
            const out = () => {
                if (!here)
                    return false;
                here = false;
                entry.waiting--;
                signal.removeEventListener('abort', leave);
                return true;
            };
            const leave = () => {
                if (!out())
                    return;
                reject((0,_waits__WEBPACK_IMPORTED_MODULE_0__/* .stopReason */ .PJ)(signal));
                if (entry.waiting > 0 || entry.pinned || entry.done)
                    return;
                // Nobody waits any more: stop the read, and let the next caller start afresh.
                this.drop(key, entry);
                entry.stop.abort(signal.reason);
            };
            signal.addEventListener('abort', leave, { once: true });
            entry.promise.then(value => void (out() && resolve(value)), (err) => void (out() && reject(err)));
        });
    }
    start(key, read) {
        const stop = new AbortController();
        const entry = { promise: Promise.resolve(), stop, waiting: 0, pinned: false, done: false };
        entry.promise = read(stop.signal).then(value => {
            entry.done = true;
            if (!this.keep)
                this.drop(key, entry);
            return value;
        }, (err) => {
            entry.done = true;
            this.drop(key, entry);
            throw err;
        });
        // A read everyone gave up on fails with nobody listening.
        entry.promise.catch(() => undefined);
        this.entries.set(key, entry);
        if (this.entries.size > this.max)
            this.entries.delete(this.entries.keys().next().value);
        return entry;
    }
    drop(key, entry) {
        if (this.entries.get(key) === entry)
            this.entries.delete(key);
    }
}


/***/ }),

/***/ 24274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ throwIfStopped),
/* harmony export */   PJ: () => (/* binding */ stopReason),
/* harmony export */   X5: () => (/* binding */ Throttle),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   uk: () => (/* binding */ realSleep),
/* harmony export */   zG: () => (/* binding */ sleepUnlessStopped)
/* harmony export */ });
/* unused harmony export untilStopped */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43545);
// Waiting in the registry client: backoff between attempts, a registry's Retry-After, the shared
// 429 throttle, and a signal (an image's deadline) that cuts any wait short with its own error.

const MAX_RETRY_AFTER_MS = 30_000;
/** The error a stopped read ends with: the signal's reason (a deadline's LimitError) when it is one. */
function stopReason(signal) {
    const reason = signal.reason;
    return reason instanceof _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .CheckError */ .tl ? reason : new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .CheckError */ .tl(`the read was stopped (${String(reason)})`);
}
/** Throws the signal's reason once it has fired. */
function throwIfStopped(signal) {
    if (signal?.aborted)
        throw stopReason(signal);
}
/** `work`, or the signal's reason as soon as it fires (the work itself is left to its own bounds). */
function untilStopped(work, signal) {
    if (!signal)
        return work;
    if (signal.aborted)
        return Promise.reject(stopReason(signal));
    let onAbort = () => { };
    const stopped = new Promise((_, reject) => {
        onAbort = () => reject(stopReason(signal));
        signal.addEventListener('abort', onAbort, { once: true });
    });
    return Promise.race([work, stopped]).finally(() => signal.removeEventListener('abort', onAbort));
}
const realSleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(stopReason(signal));
    const onAbort = () => {
        clearTimeout(timer);
        reject(stopReason(signal));
    };
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
});
/** `sleep` that ends with the signal's reason when it fires, whichever sleep was injected. */
const sleepUnlessStopped = (sleep, ms, signal) => untilStopped(sleep(ms, signal), signal);
/** `Retry-After` in seconds or as an HTTP date, capped; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    const v = Array.isArray(value) ? value[0] : value;
    if (!v)
        return undefined;
    let ms;
    if (/^\d+$/.test(v.trim()))
        ms = Number(v.trim()) * 1000;
    else {
        const date = Date.parse(v);
        if (Number.isNaN(date))
            return undefined;
        ms = date - now;
    }
    return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
/** Exponential backoff with full jitter on top of half the step, so retries never bunch up. */
function backoffMs(attempt, baseMs, random = Math.random) {
    const step = baseMs * 2 ** attempt;
    return Math.round(step / 2 + random() * (step / 2));
}
/**
 * One registry's shared back-off: when it answers 429, every request to it waits until the
 * Retry-After has passed, rather than each finding out with a 429 of its own.
 */
class Throttle {
    sleep;
    now;
    until = 0;
    constructor(sleep = realSleep, now = Date.now) {
        this.sleep = sleep;
        this.now = now;
    }
    hold(ms) {
        this.until = Math.max(this.until, this.now() + ms);
    }
    async wait(signal) {
        const left = this.until - this.now();
        if (left > 0)
            await sleepUnlessStopped(this.sleep, left, signal);
    }
}


/***/ })

};
;
//# sourceMappingURL=867.index.js.map