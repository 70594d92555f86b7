"use strict";
exports.id = 253;
exports.ids = [253];
exports.modules = {

/***/ 41905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ archiveFile),
/* harmony export */   Jv: () => (/* binding */ buildahPushArgs),
/* harmony export */   Ut: () => (/* binding */ secretEnv),
/* harmony export */   al: () => (/* binding */ stagingTag),
/* harmony export */   fk: () => (/* binding */ buildahArgs),
/* harmony export */   oN: () => (/* binding */ validateSecrets),
/* harmony export */   w$: () => (/* binding */ buildxArgs),
/* harmony export */   zz: () => (/* binding */ commandEnv)
/* harmony export */ });
/* unused harmony exports secretEnvName, cacheFlags */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_toolkit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83446);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43545);
/* harmony import */ var _core_specs_generated__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82343);
/* harmony import */ var _oci_platform__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98081);
/* harmony import */ var _oci_reference__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67837);
// What the builders are given: the shard options, and for one platform the argv, cache flags and
// environment of buildx, buildah or a command. Nothing runs here: shard.ts runs the builders.






/**
 * The tag a docker-driver or buildah shard is pushed to, since neither can push by digest alone
 * (buildx 0.13 "not implemented for docker driver"; buildah needs the digest before it has
 * compressed the layers). The merge only uses the digest.
 */
function stagingTag(p) {
    return `arch-actions-staging-${(0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .platformPair */ .Mi)(p)}`;
}
/** push: false — the archive a shard writes for its platform. */
function archiveFile(archivesDir, p) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.join(archivesDir, `${(0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .platformPair */ .Mi)(p)}.tar`);
}
/** The environment variable carrying a build secret: `ARCH_SECRET_<ID>`. */
function secretEnvName(id) {
    return `ARCH_SECRET_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/** Secret values go to the child's environment, never argv. */
function secretEnv(secrets) {
    const env = {};
    for (const s of secrets)
        env[secretEnvName(s.key)] = s.value;
    return env;
}
function validateSecrets(secrets, input) {
    for (const s of secrets) {
        _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(s.value);
        if (!/^[A-Za-z0-9_.-]+$/.test(s.key))
            throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(input, `${s.key}=***`, 'a secret id may hold letters, digits and ._-');
    }
}
/** Cache flags per platform, so shards never evict each other. */
function cacheFlags(mode, driver, image, scope, p, onGitHub) {
    const effective = mode === 'auto' ? (onGitHub && driver === 'docker-container' ? 'gha' : 'none') : mode;
    const pair = (0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .platformPair */ .Mi)(p);
    if (effective === 'none')
        return { from: [], to: [] };
    if (effective === 'gha') {
        if (driver === 'docker') {
            return {
                from: [],
                to: [],
                warning: `${_core_specs_generated__WEBPACK_IMPORTED_MODULE_3__/* .BUILD_MULTIARCH */ .Fy.inputs.cache.name} "gha" needs the docker-container driver; building without a cache`
            };
        }
        const s = `${scope || image.repository.split('/').pop()}-${pair}`;
        return { from: [`type=gha,scope=${s}`], to: [`type=gha,scope=${s},mode=max`] };
    }
    const ref = `${(0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .repositoryName */ .aR)(image)}:buildcache-${pair}`;
    if (driver === 'docker') {
        return {
            from: [`type=registry,ref=${ref}`],
            to: [],
            warning: 'the docker driver cannot export a registry cache; reading it only'
        };
    }
    return { from: [`type=registry,ref=${ref}`], to: [`type=registry,ref=${ref},mode=max`] };
}
function dockerfile(opts) {
    return opts.file || node_path__WEBPACK_IMPORTED_MODULE_0__.join(opts.context, 'Dockerfile');
}
function kvFlags(flag, items) {
    return items.flatMap(i => [flag, `${i.key}=${i.value}`]);
}
function secretFlags(secrets) {
    return secrets.flatMap(s => ['--secret', `id=${s.key},env=${secretEnvName(s.key)}`]);
}
/** The argv of `docker buildx build` for one platform (without the leading `docker`). */
function buildxArgs(opts, p, driver, metadataFile, env = process.env) {
    const warnings = [];
    const args = ['buildx', 'build', '--platform', (0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(p), '--file', dockerfile(opts)];
    if (opts.target)
        args.push('--target', opts.target);
    args.push(...kvFlags('--build-arg', opts.buildArgs), ...kvFlags('--label', opts.labels));
    // The daemon's BuildKit (docker driver) cannot write manifest annotations; the index carries them.
    if (driver === 'docker-container')
        args.push(...kvFlags('--annotation', opts.annotations));
    args.push(...secretFlags(opts.secrets));
    const cache = cacheFlags(opts.cache, driver, opts.image, opts.cacheScope, p, env.GITHUB_ACTIONS === 'true');
    if (cache.warning)
        warnings.push(cache.warning);
    for (const c of cache.from)
        args.push('--cache-from', c);
    for (const c of cache.to)
        args.push('--cache-to', c);
    const repo = (0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .repositoryName */ .aR)(opts.image);
    if (driver === 'docker-container') {
        args.push(`--provenance=${opts.provenance || 'false'}`, `--sbom=${opts.sbom || 'false'}`);
        args.push('--metadata-file', metadataFile);
        args.push('--output', opts.push
            ? `type=image,name=${repo},push-by-digest=true,name-canonical=true,push=true`
            : `type=oci,dest=${archiveFile(opts.archivesDir, p)},name=${repo}`);
    }
    else {
        if (!['', 'false'].includes(opts.provenance) || !['', 'false'].includes(opts.sbom)) {
            warnings.push('provenance and sbom attestations need the docker-container driver; skipped');
        }
        args.push('--provenance=false', '--sbom=false', '--metadata-file', metadataFile);
        // The docker driver refuses the oci and docker exporters (classic image store): without
        // push the image stays in the daemon, and `docker save` writes its archive.
        args.push('--tag', `${repo}:${stagingTag(p)}`);
        if (opts.push)
            args.push('--push');
    }
    args.push(opts.context);
    return { args, warnings };
}
/** The argv of `buildah build` for one platform; the image stays local until we push it. */
function buildahArgs(opts, p, localName, env = process.env) {
    const args = [
        'build',
        '--platform',
        (0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(p),
        '--isolation',
        env.BUILDAH_ISOLATION || 'chroot',
        '--storage-driver',
        env.STORAGE_DRIVER || 'vfs',
        '-f',
        dockerfile(opts),
        '-t',
        localName
    ];
    if (opts.target)
        args.push('--target', opts.target);
    args.push(...kvFlags('--build-arg', opts.buildArgs), ...kvFlags('--label', opts.labels));
    args.push(...kvFlags('--annotation', opts.annotations), ...secretFlags(opts.secrets));
    args.push(opts.context);
    return args;
}
/**
 * The argv of `buildah push` for one platform: straight from buildah's storage, compressed
 * once, to the staging tag; with push: false, to the platform's oci-archive instead.
 */
function buildahPushArgs(opts, p, localName, to, env = process.env) {
    const args = ['push', '--storage-driver', env.STORAGE_DRIVER || 'vfs', '--quiet'];
    if (!opts.push)
        return [...args, localName, `oci-archive:${archiveFile(opts.archivesDir, p)}`];
    args.push('--digestfile', to.digestFile);
    if (to.authFile)
        args.push('--authfile', to.authFile);
    if ((0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .isInsecureRegistry */ .y_)(opts.image.registry, opts.insecureRegistries))
        args.push('--tls-verify=false');
    return [...args, localName, `docker://${(0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .repositoryName */ .aR)(opts.image)}:${stagingTag(p)}`];
}
/** The environment of a `command` shard. */
function commandEnv(p, archive, secrets) {
    return {
        TARGETPLATFORM: (0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(p),
        TARGETOS: p.os,
        TARGETARCH: p.architecture,
        TARGETVARIANT: p.variant ?? '',
        IMAGE_ARCHIVE: archive,
        ...secretEnv(secrets)
    };
}


/***/ }),

/***/ 54692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeDigestFile),
/* harmony export */   g: () => (/* binding */ readDigestFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43545);
/* harmony import */ var _core_specs_generated__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82343);
/* harmony import */ var _core_paths__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39756);
// The hand-off from a shard job to the merge job: one `<pair>.json` per platform in the digests folder.





const DIGESTS_DIR = _core_specs_generated__WEBPACK_IMPORTED_MODULE_3__/* .BUILD_MULTIARCH */ .Fy.inputs['digests-dir'].name;
function writeDigestFile(dir, record) {
    const folder = (0,_core_paths__WEBPACK_IMPORTED_MODULE_4__/* .writePath */ .Jf)(DIGESTS_DIR, dir, 'folder');
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, `${record.platform.replace(/\//g, '-')}.json`);
    return (0,_core_paths__WEBPACK_IMPORTED_MODULE_4__/* .writeInputFile */ .qR)(DIGESTS_DIR, file, JSON.stringify(record, null, 2) + '\n');
}
/** Every `*.json` digest file in `dir` (none when the folder does not exist). */
function readDigestFiles(dir) {
    if (!dir || !(0,_core_paths__WEBPACK_IMPORTED_MODULE_4__/* .readPath */ .G7)(DIGESTS_DIR, dir, 'folder', { optional: true }))
        return [];
    return (0,_core_paths__WEBPACK_IMPORTED_MODULE_4__/* .withPathErrors */ .N8)(DIGESTS_DIR, dir, () => node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir))
        .filter(f => f.endsWith('.json'))
        .sort()
        .map(f => {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, f);
        let r;
        const text = (0,_core_paths__WEBPACK_IMPORTED_MODULE_4__/* .readInputFile */ .jH)(DIGESTS_DIR, file, 1024 * 1024).toString('utf8');
        try {
            r = JSON.parse(text);
        }
        catch (err) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .CheckError */ .tl(`digest file ${file} is not valid JSON: ${err.message}`);
        }
        if (!r ||
            typeof r.digest !== 'string' ||
            typeof r.image !== 'string' ||
            typeof r.platform !== 'string') {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .CheckError */ .tl(`digest file ${file} lacks platform, image or digest`);
        }
        return r;
    });
}


/***/ }),

/***/ 87132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KA: () => (/* binding */ getBuildInputs),
  rR: () => (/* binding */ getPlatforms)
});

// UNUSED EXPORTS: parseImage

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/paths.ts
var paths = __webpack_require__(39756);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./actions/lib/core/exec.ts
var exec = __webpack_require__(6015);
// EXTERNAL MODULE: ./actions/lib/core/limits.ts
var limits = __webpack_require__(61998);
;// CONCATENATED MODULE: ./actions/lib/build/gitref.ts




function git(args, cwd) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, {
            cwd,
            env: (0,exec/* childEnv */.gf)(),
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            // A local read: a git that hangs (a lock, a prompt) is given up as no answer.
            timeout: limits/* DEFAULT_LIMITS */.dR.toolMs,
            killSignal: 'SIGKILL',
            maxBuffer: 16 * 1024 * 1024
        }).trim();
    }
    catch {
        return '';
    }
}
function readEvent(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch {
        return {};
    }
}
/** `git@github.com:o/r.git` and `https://x@github.com/o/r.git` → `https://github.com/o/r`. */
function httpsRemote(url) {
    const u = url.trim().replace(/\.git$/, '');
    const scp = u.match(/^[^@/]+@([^:/]+):(.+)$/);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    return u.replace(/^(ssh|git|http):\/\//, 'https://').replace(/^https:\/\/[^@/]+@/, 'https://');
}
// Only HEAD, local branches and tags, whatever log.excludeDecoration says.
const DECORATIONS = ['--decorate-refs=HEAD', '--decorate-refs=refs/heads/', '--decorate-refs=refs/tags/'];
/**
 * HEAD's commit, its commit time and its ref, from one `git log`: the tag at HEAD (as
 * `git describe --tags --exact-match` picks it, asked only when several tags point there), else the
 * branch HEAD is on, else ''.
 */
function readHead(cwd) {
    const out = git(['log', '-1', '--no-show-signature', ...DECORATIONS, '--format=%H%n%cI%n%D', 'HEAD'], cwd);
    const [sha = '', commitTime = '', decorations = ''] = out.split('\n');
    const names = decorations ? decorations.split(', ') : [];
    const tags = names.filter(n => n.startsWith('tag: ')).map(n => n.slice('tag: '.length));
    const branch = names.find(n => n.startsWith('HEAD -> '))?.slice('HEAD -> '.length);
    const tag = tags.length > 1 ? git(['describe', '--tags', '--exact-match', 'HEAD'], cwd) : tags[0];
    const ref = tag ? `refs/tags/${tag}` : branch ? `refs/heads/${branch}` : '';
    return { sha, ref, commitTime };
}
/** The git context from the GitHub environment, or from `git` in `cwd` outside GitHub. */
function readGitContext(env = process.env, cwd) {
    const onGitHub = Boolean(env.GITHUB_SHA);
    const event = readEvent(env);
    let ref = env.GITHUB_REF ?? '';
    let sha = env.GITHUB_SHA ?? '';
    let source = env.GITHUB_REPOSITORY && onGitHub
        ? `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '')}/${env.GITHUB_REPOSITORY}`
        : '';
    let commitTime = '';
    if (!onGitHub) {
        ({ sha, ref, commitTime } = readHead(cwd));
        const remote = git(['remote', 'get-url', 'origin'], cwd);
        source = remote ? httpsRemote(remote) : '';
    }
    const pr = event.pull_request;
    let pullRequest = typeof pr?.number === 'number' ? pr.number : undefined;
    const m = ref.match(/^refs\/pull\/(\d+)\//);
    if (pullRequest === undefined && m)
        pullRequest = Number(m[1]);
    let created = '';
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch && /^\d+$/.test(epoch))
        created = new Date(Number(epoch) * 1000).toISOString();
    if (!created) {
        const headCommit = event.head_commit;
        const fromGit = () => (onGitHub && sha ? git(['show', '-s', '--format=%cI', sha], cwd) : commitTime);
        const t = headCommit?.timestamp ?? fromGit();
        if (t && !Number.isNaN(Date.parse(t)))
            created = new Date(Date.parse(t)).toISOString();
    }
    const createdIsNow = !created;
    if (!created)
        created = new Date().toISOString();
    return { ref, sha, source, pullRequest, created, createdIsNow };
}
/** A string made safe as a Docker tag: `feature/x` → `feature-x`, at most 128 characters. */
function sanitiseTag(s) {
    const t = s
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
    return t;
}
/** The version a ref stands for: the tag name, `pr-<n>`, the branch name, or `sha-<7>`. */
function refVersion(ctx) {
    if (ctx.pullRequest !== undefined)
        return `pr-${ctx.pullRequest}`;
    if (ctx.ref.startsWith('refs/tags/'))
        return sanitiseTag(ctx.ref.slice('refs/tags/'.length));
    if (ctx.ref.startsWith('refs/heads/'))
        return sanitiseTag(ctx.ref.slice('refs/heads/'.length));
    return ctx.sha ? `sha-${ctx.sha.slice(0, 7)}` : '';
}
/** Default tags: the ref's version, plus `sha-<7>` always. */
function defaultTags(ctx) {
    const tags = [refVersion(ctx)];
    if (ctx.sha)
        tags.push(`sha-${ctx.sha.slice(0, 7)}`);
    return [...new Set(tags.filter(Boolean))];
}
/**
 * OCI labels and annotations from the git context; empty values are left out. With
 * `reproducible`, a clock-only `created` is left out too, so that merging the same digests
 * again gives the same index digest (and an immutable tag is not seen as moved).
 */
function ociMetadata(ctx, reproducible = false) {
    const out = {};
    if (ctx.source)
        out['org.opencontainers.image.source'] = ctx.source;
    if (ctx.sha)
        out['org.opencontainers.image.revision'] = ctx.sha;
    if (!(reproducible && ctx.createdIsNow))
        out['org.opencontainers.image.created'] = ctx.created;
    const version = refVersion(ctx);
    if (version)
        out['org.opencontainers.image.version'] = version;
    return out;
}

// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/build/merge.ts
var merge = __webpack_require__(2553);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __webpack_require__(98081);
// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __webpack_require__(67837);
// EXTERNAL MODULE: ./actions/lib/build/builders.ts
var builders = __webpack_require__(41905);
;// CONCATENATED MODULE: ./actions/lib/build/inputs.ts










function getPlatforms(IN) {
    return (0,platform/* parsePlatforms */.qA)((0,inputs/* getList */.vS)(IN.platforms), IN.platforms.name);
}
/** The image repository: no tag or digest, tags come from `tags`. */
function parseImage(value, input) {
    if (!value)
        throw (0,errors/* badInput */.AN)(input, value, 'an image repository is required, for example ghcr.io/openebs/app');
    const ref = (0,reference/* parseReference */.F2)(value, input);
    if (ref.digest || /:[^/]*$/.test(value.replace(/^[^/]*\//, ''))) {
        throw (0,errors/* badInput */.AN)(input, value, `give the repository only; set tags with the "${specs_generated/* BUILD_MULTIARCH */.Fy.inputs.tags.name}" input`);
    }
    return { ...ref, tag: undefined };
}
/** Git metadata overlaid with the user's `NAME=value` lines (the user wins). */
function merged(meta, user) {
    const all = { ...meta };
    for (const kv of user)
        all[kv.key] = kv.value;
    return Object.entries(all).map(([key, value]) => ({ key, value }));
}
function getRegex(spec) {
    // An empty value takes the default; `^$` matches no tag and so turns the check off.
    const source = (0,inputs/* getString */.AA)(spec);
    try {
        return new RegExp(source);
    }
    catch (err) {
        throw (0,errors/* badInput */.AN)(spec.name, source, `not a regular expression (${err.message})`);
    }
}
/** `digests-dir`: a folder that builds write digest files into, and a merge reads. */
function getDigestsDir(IN, job, env) {
    const name = IN['digests-dir'].name;
    const dir = (0,inputs/* getString */.AA)(IN['digests-dir']) || external_node_path_.join((0,paths/* scratchDir */.GA)(env), 'digests');
    if (job === 'build')
        return (0,paths/* writePath */.Jf)(name, dir, 'folder', env);
    if (job === 'tag')
        return dir;
    // A merge given only `digests` needs no folder; one with neither has nothing to merge.
    if ((0,inputs/* getList */.vS)(IN.digests).length)
        return (0,paths/* readPath */.G7)(name, dir, 'folder', { optional: true }) ?? dir;
    return (0,paths/* readPath */.G7)(name, dir, 'folder');
}
/** `archives-dir`: where a build without push writes its archives (a folder it makes). */
function getArchivesDir(IN, job, push, env) {
    const dir = (0,inputs/* getString */.AA)(IN['archives-dir']) || external_node_path_.join((0,paths/* scratchDir */.GA)(env), 'archives');
    return job === 'build' && !push ? (0,paths/* writePath */.Jf)(IN['archives-dir'].name, dir, 'folder', env) : dir;
}
// A remote context (git or https URL) or stdin is buildx's to fetch, not a local folder.
const REMOTE_CONTEXT = /^(-|[a-z][a-z0-9+.-]*:\/\/.*|git@.*)$/i;
/** `context` and `file`, checked when this job builds (a merge never reads them). */
function getSources(IN, job) {
    const context = (0,inputs/* getString */.AA)(IN.context);
    const file = (0,inputs/* getString */.AA)(IN.file);
    if (job !== 'build')
        return { context, file };
    if (!REMOTE_CONTEXT.test(context))
        (0,paths/* readPath */.G7)(IN.context.name, context, 'folder');
    if (file && file !== '-')
        (0,paths/* readPath */.G7)(IN.file.name, file, 'file');
    return { context, file };
}
function getBuildInputs(IN, env = process.env, job = 'build') {
    const image = parseImage((0,inputs/* getString */.AA)(IN.image), IN.image.name);
    const platforms = getPlatforms(IN);
    const shardList = (0,inputs/* getList */.vS)(IN.platform);
    const shardPlatforms = shardList.length ? (0,platform/* parsePlatforms */.qA)(shardList, IN.platform.name) : platforms;
    const required = (0,inputs/* getList */.vS)(IN['required-platforms']);
    const command = (0,inputs/* getString */.AA)(IN.command);
    let builder = (0,inputs/* getChoice */.m)(IN.builder);
    if (command && builder === 'buildx')
        builder = 'command';
    if (command && builder === 'buildah')
        throw (0,errors/* badInput */.AN)(IN.builder.name, builder, `a ${IN.command.name} is given, so the ${IN.builder.name} is "command"`);
    if (builder === 'command' && !command)
        throw (0,errors/* badInput */.AN)(IN.command.name, '', `${IN.builder.name} "command" needs a shell command`);
    const secrets = (0,inputs/* parseKeyValues */.Hl)(IN.secrets.name, (0,inputs/* getLines */.iv)(IN.secrets));
    (0,builders/* validateSecrets */.oN)(secrets, IN.secrets.name);
    const git = readGitContext(env);
    const meta = ociMetadata(git);
    const userAnnotations = (0,inputs/* parseKeyValues */.Hl)(IN.annotations.name, (0,inputs/* getLines */.iv)(IN.annotations));
    const tagList = (0,inputs/* getList */.vS)(IN.tags);
    const tags = (tagList.length ? tagList : defaultTags(git)).map(t => (0,merge/* parseTag */.ED)(t, image));
    const push = (0,inputs/* getBool */.Jz)(IN.push);
    return {
        image,
        platforms,
        shardPlatforms,
        builder,
        command,
        ...getSources(IN, job),
        target: (0,inputs/* getString */.AA)(IN.target),
        buildArgs: (0,inputs/* parseKeyValues */.Hl)(IN['build-args'].name, (0,inputs/* getLines */.iv)(IN['build-args'])),
        labels: merged(meta, (0,inputs/* parseKeyValues */.Hl)(IN.labels.name, (0,inputs/* getLines */.iv)(IN.labels))),
        annotations: merged(meta, userAnnotations),
        indexAnnotations: Object.fromEntries(merged(ociMetadata(git, true), userAnnotations).map(a => [a.key, a.value])),
        secrets,
        provenance: (0,inputs/* getString */.AA)(IN.provenance),
        sbom: (0,inputs/* getString */.AA)(IN.sbom),
        cache: (0,inputs/* getChoice */.m)(IN.cache),
        cacheScope: (0,inputs/* getString */.AA)(IN['cache-scope']),
        digestsDir: getDigestsDir(IN, job, env),
        archivesDir: getArchivesDir(IN, job, push, env),
        digests: (0,inputs/* getList */.vS)(IN.digests),
        requiredPlatforms: required.length ? (0,platform/* parsePlatforms */.qA)(required, IN['required-platforms'].name) : platforms,
        tags,
        immutableTags: getRegex(IN['immutable-tags']),
        overwrite: (0,inputs/* getBool */.Jz)(IN.overwrite),
        push,
        tagAfter: (0,inputs/* getChoice */.m)(IN['tag-after']),
        insecureRegistries: (0,inputs/* getList */.vS)(IN['insecure-registries']),
        limits: (0,inputs/* getLimits */.pV)(IN.limits),
        summary: (0,inputs/* getBool */.Jz)(IN.summary),
        git
    };
}


/***/ }),

/***/ 2553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ mergeIndex),
/* harmony export */   ED: () => (/* binding */ parseTag)
/* harmony export */ });
/* unused harmony exports orderDescriptors, buildIndex */
/* harmony import */ var _core_untrusted__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5078);
/* harmony import */ var _core_toolkit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83446);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43545);
/* harmony import */ var _core_specs_generated__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82343);
/* harmony import */ var _oci_platform__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98081);
/* harmony import */ var _oci_reference__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67837);
/* harmony import */ var _oci_types__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74189);
/* harmony import */ var _oci_digest__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(61766);
/* harmony import */ var _core_compare__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(39403);
/* harmony import */ var _tag__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89693);











const IN = _core_specs_generated__WEBPACK_IMPORTED_MODULE_3__/* .BUILD_MULTIARCH */ .Fy.inputs;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
/** Accepts `t1` or a full reference of the same repository; returns the tag. */
function parseTag(value, image, input = IN.tags.name) {
    const v = value.trim();
    if (TAG_RE.test(v))
        return v;
    const ref = (0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(v, input);
    if ((0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .repositoryName */ .aR)(ref) !== (0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .repositoryName */ .aR)(image) || ref.digest || !ref.tag) {
        throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(input, value, `expected a tag of ${(0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .repositoryName */ .aR)(image)}`);
    }
    return ref.tag;
}
function sources(opts) {
    const out = opts.records.map(r => ({
        ref: (0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(`${r.image}@${r.digest}`, IN['digests-dir'].name),
        claimed: (0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .normalisePlatformString */ .rQ)(r.platform)
    }));
    for (const d of opts.digests) {
        const ref = (0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(d, IN.digests.name);
        if (!ref.digest)
            throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(IN.digests.name, d, 'expected image@sha256:<digest>');
        out.push({ ref });
    }
    return out;
}
function sameRepository(a, b) {
    return (0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .repositoryName */ .aR)(a) === (0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .repositoryName */ .aR)(b);
}
/** Makes a manifest from another repository available in the target (mount blobs, put by digest). */
async function copyManifest(client, from, to, m) {
    if ((0,_oci_types__WEBPACK_IMPORTED_MODULE_6__/* .isIndexMediaType */ .$$)(m.mediaType)) {
        for (const child of m.json.manifests ?? []) {
            const cm = await client.getManifest((0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .withDigest */ .hQ)(from, child.digest));
            await copyManifest(client, from, to, cm);
        }
    }
    else {
        const json = m.json;
        for (const b of [json.config, ...(json.layers ?? [])])
            await client.mountBlob(from, to, b.digest);
    }
    await client.putManifest(to, m.digest, m.body, m.mediaType);
}
/** The descriptors one source adds: its image, or its children when a shard pushed an index. */
async function describe(opts, target, src) {
    const m = await opts.client.getManifest(src.ref);
    if (opts.push && !sameRepository(src.ref, target))
        await copyManifest(opts.client, src.ref, target, m);
    const found = [];
    if ((0,_oci_types__WEBPACK_IMPORTED_MODULE_6__/* .isIndexMediaType */ .$$)(m.mediaType)) {
        for (const child of m.json.manifests ?? []) {
            found.push({
                mediaType: child.mediaType,
                digest: child.digest,
                size: child.size,
                ...(child.platform ? { platform: child.platform } : {}),
                ...(child.annotations ? { annotations: child.annotations } : {})
            });
        }
    }
    else {
        const manifest = m.json;
        const config = await opts.client.getConfigBlob(src.ref, manifest.config.digest);
        const platform = {
            os: config.os,
            architecture: config.architecture,
            ...(config.variant ? { variant: config.variant } : {})
        };
        found.push({ mediaType: m.mediaType, digest: m.digest, size: m.size, platform });
    }
    if (src.claimed) {
        const images = found.filter(d => !(0,_oci_types__WEBPACK_IMPORTED_MODULE_6__/* .isAttestation */ .H3)(d)).map(_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .descriptorPlatform */ .fA);
        if (!images.includes(src.claimed)) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .CheckError */ .tl(`${(0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(src.ref)} was recorded as ${src.claimed} but holds ${(0,_core_untrusted__WEBPACK_IMPORTED_MODULE_0__/* .listSome */ .XT)(images) || 'no image'}`);
        }
    }
    return found;
}
/** The index's descriptors, every source read at once (a merge costs round trips, not sources × round trips). */
async function collect(opts) {
    const target = { ...opts.image, tag: undefined, digest: undefined };
    const found = await Promise.all(sources(opts).map(src => describe(opts, target, src)));
    const byDigest = new Map();
    for (const d of found.flat())
        byDigest.set(d.digest, d);
    return [...byDigest.values()];
}
/** Orders images by `platformOrder` then name, attestations after the image they describe. */
function orderDescriptors(descriptors, platformOrder = []) {
    const order = platformOrder.map(_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq);
    const rank = (p) => {
        const i = order.indexOf(p);
        return i < 0 ? order.length : i;
    };
    const images = descriptors
        .filter(d => !(0,_oci_types__WEBPACK_IMPORTED_MODULE_6__/* .isAttestation */ .H3)(d))
        .sort((a, b) => {
        const pa = (0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .descriptorPlatform */ .fA)(a);
        const pb = (0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .descriptorPlatform */ .fA)(b);
        return rank(pa) - rank(pb) || (0,_core_compare__WEBPACK_IMPORTED_MODULE_9__/* .compareText */ .n)(pa, pb) || (0,_core_compare__WEBPACK_IMPORTED_MODULE_9__/* .compareText */ .n)(a.digest, b.digest);
    });
    const position = new Map(images.map((d, i) => [d.digest, i]));
    const attestations = descriptors.filter(_oci_types__WEBPACK_IMPORTED_MODULE_6__/* .isAttestation */ .H3).sort((a, b) => {
        const ra = position.get(a.annotations?.['vnd.docker.reference.digest'] ?? '') ?? images.length;
        const rb = position.get(b.annotations?.['vnd.docker.reference.digest'] ?? '') ?? images.length;
        return ra - rb || (0,_core_compare__WEBPACK_IMPORTED_MODULE_9__/* .compareText */ .n)(a.digest, b.digest);
    });
    return [...images, ...attestations];
}
/** The OCI index document; bytes are deterministic for the same inputs. */
function buildIndex(descriptors, annotations = {}) {
    const index = {
        schemaVersion: 2,
        mediaType: _oci_types__WEBPACK_IMPORTED_MODULE_6__/* .MEDIA_TYPES */ .Z2.ociIndex,
        manifests: descriptors.map(d => ({
            mediaType: d.mediaType,
            digest: d.digest,
            size: d.size,
            ...(d.platform ? { platform: d.platform } : {}),
            ...(d.annotations && Object.keys(d.annotations).length ? { annotations: d.annotations } : {})
        }))
    };
    const keys = Object.keys(annotations).sort();
    if (keys.length)
        index.annotations = Object.fromEntries(keys.map(k => [k, annotations[k]]));
    return Buffer.from(JSON.stringify(index));
}
/** Two images for one platform cannot both be in an index. */
function checkConflicts(descriptors) {
    const seen = new Map();
    for (const d of descriptors.filter(x => !(0,_oci_types__WEBPACK_IMPORTED_MODULE_6__/* .isAttestation */ .H3)(x))) {
        const p = (0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .descriptorPlatform */ .fA)(d);
        const other = seen.get(p);
        if (other && other !== d.digest) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .CheckError */ .tl(`two images for ${p}: ${other} and ${d.digest}; give one digest per platform`);
        }
        seen.set(p, d.digest);
    }
}
/**
 * Joins shard digests into one OCI index. Every check (required platforms, immutable tags)
 * runs before anything is written; the index is pushed by digest only, and the tags move
 * with it only when `moveTags` (otherwise `tagIndex` moves them once the digest is proven).
 */
async function mergeIndex(opts) {
    const target = { ...opts.image, tag: undefined, digest: undefined };
    const repo = (0,_oci_reference__WEBPACK_IMPORTED_MODULE_5__/* .repositoryName */ .aR)(target);
    // The tags are read with the sources: a merge is three round trips (read, configs, push with tags).
    const [found, current] = await Promise.all([collect(opts), (0,_tag__WEBPACK_IMPORTED_MODULE_8__/* .currentTags */ .B1)(opts.client, target, opts.tags)]);
    const descriptors = orderDescriptors(found, opts.platformOrder ?? opts.requiredPlatforms);
    checkConflicts(descriptors);
    const platforms = descriptors.filter(d => !(0,_oci_types__WEBPACK_IMPORTED_MODULE_6__/* .isAttestation */ .H3)(d)).map(_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .descriptorPlatform */ .fA);
    const missing = (0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .missingPlatforms */ .z3)(descriptors, opts.requiredPlatforms);
    if (missing.length > 0) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .CheckError */ .tl(`${repo}: required platform${missing.length > 1 ? 's' : ''} ${(0,_core_untrusted__WEBPACK_IMPORTED_MODULE_0__/* .listSome */ .XT)(missing)} missing ` +
            `(the shards gave ${(0,_core_untrusted__WEBPACK_IMPORTED_MODULE_0__/* .listSome */ .XT)(platforms) || 'nothing'}); no tag was moved`);
    }
    const body = buildIndex(descriptors, opts.annotations);
    const digest = (0,_oci_digest__WEBPACK_IMPORTED_MODULE_7__/* .sha256Digest */ .sI)(body);
    // Refused immutable tags fail the merge before anything is pushed.
    const changes = (0,_tag__WEBPACK_IMPORTED_MODULE_8__/* .planTags */ .Vd)(target, digest, opts, current);
    if (opts.push && opts.moveTags) {
        await (0,_tag__WEBPACK_IMPORTED_MODULE_8__/* .keepNewer */ .dO)(opts.client, target, (0,_tag__WEBPACK_IMPORTED_MODULE_8__/* .buildOf */ .Yy)(digest, opts.annotations), changes, {
            overwrite: opts.overwrite,
            ancestry: opts.ancestry ?? (0,_tag__WEBPACK_IMPORTED_MODULE_8__/* .gitAncestry */ .cC)()
        });
    }
    if (opts.push) {
        // With the tags, one round trip: each tag PUT carries the whole, checked index.
        const pushed = opts.client
            .putManifest(target, digest, body, _oci_types__WEBPACK_IMPORTED_MODULE_6__/* .MEDIA_TYPES */ .Z2.ociIndex)
            .then(() => _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${repo}@${digest}: index pushed by digest`));
        await Promise.all([
            pushed,
            opts.moveTags &&
                (0,_tag__WEBPACK_IMPORTED_MODULE_8__/* .moveTags */ .Fu)(opts.client, target, { digest, body, mediaType: _oci_types__WEBPACK_IMPORTED_MODULE_6__/* .MEDIA_TYPES */ .Z2.ociIndex }, changes)
        ]);
    }
    const digests = {};
    for (const d of descriptors.filter(x => !(0,_oci_types__WEBPACK_IMPORTED_MODULE_6__/* .isAttestation */ .H3)(x)))
        digests[(0,_oci_platform__WEBPACK_IMPORTED_MODULE_4__/* .descriptorPlatform */ .fA)(d)] = d.digest;
    return {
        digest,
        mediaType: _oci_types__WEBPACK_IMPORTED_MODULE_6__/* .MEDIA_TYPES */ .Z2.ociIndex,
        size: body.length,
        body,
        index: JSON.parse(body.toString('utf8')),
        platforms,
        digests,
        tags: changes.filter(c => c.action !== 'planned' && c.action !== 'skipped').map(c => c.reference),
        changes,
        attestations: descriptors.length - platforms.length
    };
}


/***/ }),

/***/ 94440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uV: () => (/* binding */ buildShards),
  Ox: () => (/* binding */ mergeShards),
  pE: () => (/* binding */ reportBuild),
  c8: () => (/* binding */ setupEmulation),
  x9: () => (/* binding */ tagProven),
  SV: () => (/* binding */ withClient),
  S4: () => (/* binding */ writeBuildSummary)
});

// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/build/merge.ts
var merge = __webpack_require__(2553);
// EXTERNAL MODULE: ./actions/lib/build/tag.ts
var tag = __webpack_require__(89693);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var oci_platform = __webpack_require__(98081);
// EXTERNAL MODULE: ./actions/lib/registry/client.ts + 8 modules
var registry_client = __webpack_require__(44639);
// EXTERNAL MODULE: ./actions/lib/setup/qemu.ts + 1 modules
var setup_qemu = __webpack_require__(1611);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/build/digests.ts
var digests = __webpack_require__(54692);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/oci/archive.ts + 1 modules
var archive = __webpack_require__(4395);
;// CONCATENATED MODULE: ./actions/lib/build/archive.ts
// A shard's image archive (buildah, a command, docker save): read through oci/archive, checked
// against the shard's platform, and pushed by digest.




function configPlatform(config) {
    return (0,oci_platform/* normalisePlatformString */.rQ)([config.os, config.architecture, config.variant].filter(Boolean).join('/'));
}
/**
 * Reads a docker-archive or oci-archive tarball; from a multi-platform layout, the image for
 * `platform`. docker-archive layers are gzipped for the registry unless `gzipLayers` is false.
 */
async function readArchive(file, platform, opts = {}) {
    const opened = await (0,archive/* openArchive */.p_)(file, { gzipLayers: opts.gzipLayers ?? true });
    const want = platform ? (0,oci_platform/* formatPlatform */.Bq)(platform) : undefined;
    const image = opened.images.find(i => want && (i.listedAs ?? configPlatform(i.config)) === want) ?? opened.images[0];
    return { ...image, dispose: opened.dispose };
}
/** Fails, naming both, when the archive's config is for another platform. */
function checkArchivePlatform(image, platform) {
    const want = (0,oci_platform/* formatPlatform */.Bq)(platform);
    const got = configPlatform(image.config);
    if (got !== want) {
        const what = image.config.architecture !== platform.architecture
            ? `architecture ${image.config.architecture || '(none)'}`
            : `platform ${got}`;
        throw new errors/* CheckError */.tl(`archive for ${want} has ${what} (${image.format}, expected ${platform.architecture})`);
    }
}
/** Pushes the blobs, then the manifest by digest (no tag). Returns the manifest digest. */
async function pushArchive(client, repo, image) {
    for (const [digest, file] of image.blobs) {
        const { size } = await external_node_fs_.promises.stat(file);
        // Streamed from disk and re-opened for each retry: memory stays flat whatever the layer size.
        await client.pushBlobFrom(repo, () => external_node_fs_.createReadStream(file), digest, size);
    }
    const digest = await client.putManifest(repo, image.digest, image.manifest, image.mediaType);
    return { digest, mediaType: image.mediaType, size: image.manifest.length };
}

;// CONCATENATED MODULE: ./actions/lib/setup/apt.ts
// Tools a build step runs that a runner image may lack, installed with apt-get, with one log line
// saying what and why. GitHub's ubuntu-24.04 and ubuntu-24.04-arm images have buildah and skopeo but
// no qemu-user-static (docs/design.md, "The runners' tools"); self-hosted runners may lack any of them.



/**
 * Installs the packages of the commands that are not on PATH (apt-get, as root or through `sudo -n`),
 * logging one line; returns the packages installed. Throws a CheckError when apt-get is not there.
 */
async function ensureAptTools(tools, purpose, d = (0,setup_qemu/* hostDeps */.xm)()) {
    const missing = [];
    for (const t of tools)
        if (!(await d.which(t.command)))
            missing.push(t);
    if (missing.length === 0)
        return [];
    const commands = missing.map(t => t.command).join(', ');
    if (!(await d.which('apt-get'))) {
        throw new errors/* CheckError */.tl(`${purpose} needs ${commands}, which this runner lacks, and apt-get is not available`);
    }
    const pkgs = [...new Set(missing.map(t => t.pkg))];
    // A fresh runner's package lists are stale or empty: install fails without an update.
    await (0,setup_qemu/* privileged */.wt)(d, 'apt-get', ['update', '-q'], undefined, true);
    await (0,setup_qemu/* privileged */.wt)(d, 'apt-get', ['install', '-y', '-q', ...pkgs], undefined, true);
    toolkit/* info */.pq(`Installed ${pkgs.join(', ')} with apt-get for ${purpose}: this runner had no ${commands}`);
    return pkgs;
}

// EXTERNAL MODULE: ./actions/lib/core/exec.ts
var core_exec = __webpack_require__(6015);
;// CONCATENATED MODULE: ./actions/lib/build/command.ts

// buildx's docker driver writes no archive while Docker keeps its classic image store.
const DOCKER_DRIVER_REFUSAL = /\b(OCI|Docker) exporter is not supported for the docker driver/;
/** Why a command failed; a docker-driver export refusal gets the way around it. */
function commandFailure(res) {
    const refused = res.stderr.match(DOCKER_DRIVER_REFUSAL);
    if (refused) {
        return (`${refused[0]}: load the image instead (--output type=docker,name=NAME) and ` +
            'write the archive with docker save NAME -o "$IMAGE_ARCHIVE"');
    }
    return (0,core_exec/* lastLine */.fM)(res.stderr) || (0,core_exec/* lastLine */.fM)(res.stdout) || `exit code ${res.exitCode}`;
}

// EXTERNAL MODULE: ./actions/lib/build/builders.ts
var builders = __webpack_require__(41905);
// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __webpack_require__(67837);
// EXTERNAL MODULE: ./actions/lib/registry/auth.ts
var auth = __webpack_require__(64756);
;// CONCATENATED MODULE: ./actions/lib/build/shard.ts
// One shard: builds one platform with the chosen builder, then pushes it by digest (or keeps its archive).














/** The driver of the current buildx builder. */
async function detectBuildxDriver(exec = core_exec/* run */.eF) {
    const res = await exec('docker', ['buildx', 'inspect'], { silent: true });
    const driver = res.stdout.match(/^Driver:\s*(\S+)/m)?.[1];
    return driver === 'docker' ? 'docker' : 'docker-container';
}
/** Says the platform is pushed, then reads back its manifest's media type and size. */
async function describePushed(d, image, p, digest) {
    d.onPushed?.(p, digest);
    const m = await d.client.getManifest((0,reference/* withDigest */.hQ)({ ...image, tag: undefined }, digest));
    return { digest: m.digest, mediaType: m.mediaType, size: m.size };
}
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
// buildx writes a few hundred bytes; anything past this is not its metadata file.
const METADATA_MAX = 1024 * 1024;
/**
 * What buildx's metadata file says it pushed: the manifest digest and, from the docker-container
 * driver, its descriptor (media type and size), so the manifest need not be read back.
 */
function readBuildxMetadata(file) {
    let meta;
    try {
        if (external_node_fs_.statSync(file).size > METADATA_MAX)
            return {};
        meta = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch {
        return {};
    }
    const digest = meta['containerimage.digest'];
    if (typeof digest !== 'string' || !DIGEST_RE.test(digest))
        return {};
    const d = meta['containerimage.descriptor'];
    if (d?.digest === digest && typeof d.mediaType === 'string' && Number.isSafeInteger(d.size))
        return { digest, mediaType: d.mediaType, size: d.size };
    return { digest };
}
/** A builder's run: killed past the build-timeout limit. */
const building = (opts) => ({ limit: 'buildMs', timeoutMs: opts.limits?.buildMs });
/** Any other tool's run: killed past the tool-timeout limit. */
const tooling = (opts) => ({ timeoutMs: opts.limits?.toolMs });
async function shardBuildx(opts, p, d, tmp) {
    const driver = d.driver ?? (await detectBuildxDriver(d.exec));
    const metadataFile = external_node_path_.join(tmp, 'metadata.json');
    const { args, warnings } = (0,builders/* buildxArgs */.w$)(opts, p, driver, metadataFile, d.env);
    for (const w of warnings)
        toolkit/* warning */.$e(w);
    await d.exec('docker', args, { env: (0,builders/* secretEnv */.Ut)(opts.secrets), ...building(opts) });
    if (!opts.push) {
        const archive = (0,builders/* archiveFile */.Bf)(opts.archivesDir, p);
        if (driver === 'docker') {
            const local = `${(0,reference/* repositoryName */.aR)(opts.image)}:${(0,builders/* stagingTag */.al)(p)}`;
            await d.exec('docker', ['save', '--output', archive, local], tooling(opts));
        }
        return pushArchiveFile(opts, p, d, archive);
    }
    const meta = readBuildxMetadata(metadataFile);
    if (meta.digest && meta.mediaType && meta.size !== undefined) {
        d.onPushed?.(p, meta.digest);
        return { digest: meta.digest, mediaType: meta.mediaType, size: meta.size };
    }
    let digest = meta.digest;
    if (!digest && driver === 'docker') {
        digest = await d.client.headManifest({ ...opts.image, tag: (0,builders/* stagingTag */.al)(p), digest: undefined });
    }
    if (!digest)
        throw new errors/* CheckError */.tl(`buildx did not report the digest it pushed for ${(0,oci_platform/* formatPlatform */.Bq)(p)}`);
    return describePushed(d, opts.image, p, digest);
}
/**
 * A registry auth file with the credentials our registry client would use (docker config,
 * credential helpers, GITHUB_TOKEN for ghcr.io), so buildah pushes as we would; none found,
 * buildah looks for its own.
 */
async function buildahAuthFile(image, tmp, env) {
    const creds = await (0,auth/* getCredentials */.pr)(image.registry, env);
    const basic = creds && (0,auth/* basicAuthorization */.aR)(creds);
    if (!basic && !creds?.identityToken)
        return undefined;
    const entry = basic ? { auth: basic.slice('Basic '.length) } : { identitytoken: creds?.identityToken };
    const file = external_node_path_.join(tmp, 'auth.json');
    external_node_fs_.writeFileSync(file, JSON.stringify({ auths: { [image.registry]: entry } }), { mode: 0o600 });
    return file;
}
function readDigestFile(file) {
    try {
        const digest = external_node_fs_.readFileSync(file, 'utf8').trim();
        return DIGEST_RE.test(digest) ? digest : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The manifest buildah pushed. Its digest file has once (in ~200 pushes here) named a manifest the
 * registry never got; the staging tag it has just written then says which one it put.
 */
async function describeBuildahPush(opts, p, d, digest) {
    try {
        return await describePushed(d, opts.image, p, digest);
    }
    catch (err) {
        if (!(err instanceof errors/* NotFoundError */.m_))
            throw err;
        const tagged = await d.client.headManifest({ ...opts.image, tag: (0,builders/* stagingTag */.al)(p), digest: undefined });
        if (!tagged)
            throw err;
        toolkit/* warning */.$e(`${(0,oci_platform/* formatPlatform */.Bq)(p)}: buildah's digest file names ${digest}, which the registry does not have; its staging tag points at ${tagged}, which is used`);
        return describePushed(d, opts.image, p, tagged);
    }
}
/**
 * Builds with buildah, then pushes straight from its storage to the registry (one compression,
 * no archive); with push: false, writes the platform's oci-archive instead.
 */
async function shardBuildah(opts, p, d, tmp) {
    const local = `localhost/arch-actions-${external_node_path_.basename(tmp)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')}:${(0,oci_platform/* platformPair */.Mi)(p)}`;
    const storage = ['--storage-driver', d.env.STORAGE_DRIVER || 'vfs'];
    await ensureAptTools([{ command: 'buildah', pkg: 'buildah' }], `the buildah build of ${(0,oci_platform/* formatPlatform */.Bq)(p)}`);
    try {
        await d.exec('buildah', (0,builders/* buildahArgs */.fk)(opts, p, local, d.env), {
            env: (0,builders/* secretEnv */.Ut)(opts.secrets),
            ...building(opts)
        });
        const digestFile = external_node_path_.join(tmp, 'digest');
        const authFile = opts.push ? await buildahAuthFile(opts.image, tmp, d.env) : undefined;
        await d.exec('buildah', (0,builders/* buildahPushArgs */.Jv)(opts, p, local, { digestFile, authFile }, d.env), tooling(opts));
        if (!opts.push)
            return await pushArchiveFile(opts, p, d, (0,builders/* archiveFile */.Bf)(opts.archivesDir, p));
        const digest = readDigestFile(digestFile);
        if (!digest)
            throw new errors/* CheckError */.tl(`buildah did not report the digest it pushed for ${(0,oci_platform/* formatPlatform */.Bq)(p)}`);
        return await describeBuildahPush(opts, p, d, digest);
    }
    finally {
        await d.exec('buildah', ['rmi', ...storage, '-f', local], {
            silent: true,
            ignoreReturnCode: true,
            ...tooling(opts)
        });
    }
}
/** Checks an archive holds the shard's platform, then pushes it by digest (without push, only describes it). */
async function pushArchiveFile(opts, p, d, file) {
    const image = await readArchive(file, p, { gzipLayers: opts.push });
    try {
        checkArchivePlatform(image, p);
        if (!opts.push) {
            return { digest: image.digest, mediaType: image.mediaType, size: image.manifest.length, archive: file };
        }
        const pushed = await pushArchive(d.client, { ...opts.image, tag: undefined, digest: undefined }, image);
        d.onPushed?.(p, pushed.digest);
        return pushed;
    }
    finally {
        image.dispose();
    }
}
async function shardCommand(opts, p, d, tmp) {
    const archive = external_node_path_.join(tmp, `${(0,oci_platform/* platformPair */.Mi)(p)}.tar`);
    const res = await d.exec('bash', ['-c', opts.command], {
        env: (0,builders/* commandEnv */.zz)(p, archive, opts.secrets),
        cwd: opts.context,
        ignoreReturnCode: true,
        ...building(opts)
    });
    if (res.exitCode !== 0)
        throw new errors/* CheckError */.tl(`the build command failed: ${commandFailure(res)}`);
    if (opts.push || !external_node_fs_.existsSync(archive))
        return pushArchiveFile(opts, p, d, archive);
    // Kept as the command wrote it.
    const kept = (0,builders/* archiveFile */.Bf)(opts.archivesDir, p);
    external_node_fs_.copyFileSync(archive, kept);
    return pushArchiveFile(opts, p, d, kept);
}
const BUILDERS = { buildx: shardBuildx, buildah: shardBuildah, command: shardCommand };
/**
 * Builds one platform and pushes it by digest, writing `<pair>.json`; with push: false, writes
 * the platform's image archive `<pair>.tar` to the archives folder instead and pushes nothing.
 */
async function buildShard(opts, target, deps) {
    const d = { exec: core_exec/* run */.eF, clock: Date.now, env: process.env, ...deps };
    const started = d.clock();
    const tmp = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'arch-shard-'));
    const name = (0,oci_platform/* formatPlatform */.Bq)(target.platform);
    let pushed;
    // The inputs checked archives-dir; a shard makes it when missing.
    if (!opts.push)
        external_node_fs_.mkdirSync(opts.archivesDir, { recursive: true });
    try {
        pushed = await BUILDERS[opts.builder](opts, target.platform, d, tmp);
    }
    catch (err) {
        if (err instanceof errors/* CheckError */.tl)
            throw new errors/* CheckError */.tl(`${name}: ${err.message}`);
        throw err;
    }
    finally {
        external_node_fs_.rmSync(tmp, { recursive: true, force: true });
    }
    if (!pushed)
        return undefined;
    const record = {
        platform: name,
        image: (0,reference/* repositoryName */.aR)(opts.image),
        digest: pushed.digest,
        mediaType: pushed.mediaType,
        size: pushed.size,
        builder: opts.builder,
        seconds: Math.round((d.clock() - started) / 100) / 10,
        emulated: target.emulated,
        ...(pushed.archive ? { archive: pushed.archive } : {})
    };
    if (pushed.archive) {
        toolkit/* info */.pq(`${name}: push is false, so its image was written to ${pushed.archive} and nothing was pushed`);
        return record;
    }
    if (opts.digestsDir)
        (0,digests/* writeDigestFile */.a)(opts.digestsDir, record);
    toolkit/* info */.pq(`${name}: pushed ${(0,reference/* formatReference */.FH)((0,reference/* withDigest */.hQ)({ ...opts.image, tag: undefined }, pushed.digest))}`);
    return record;
}

// EXTERNAL MODULE: ./actions/lib/core/summary.ts
var summary = __webpack_require__(87364);
// EXTERNAL MODULE: ./actions/lib/proof/statement.ts
var statement = __webpack_require__(46706);
;// CONCATENATED MODULE: ./actions/lib/build/pipeline.ts












const SETUP = specs_generated/* SETUP_QEMU_BUILDX */.Yp.inputs;
const IN = specs_generated/* BUILD_MULTIARCH */.Fy.inputs;
/**
 * QEMU for the platforms this runner cannot run (an emulated entry of the plan lands on the
 * default runner). A command (Nix, Makefile) usually cross-compiles, so it gets QEMU only
 * when asked for with qemu: true.
 */
async function setupEmulation(platforms, builder, qemu = SETUP.qemu.default, binfmtSource = SETUP['binfmt-source'].default) {
    const foreign = platforms.filter(p => !(0,oci_platform/* isNative */.ib)(p));
    // With qemu: false, setupQemu still proves the foreign platforms run, or says why not.
    if (foreign.length === 0 || (builder === 'command' && qemu !== 'true'))
        return;
    await toolkit/* group */.Os('Set up emulation', () => (0,setup_qemu/* setupQemu */.yV)({
        platforms: foreign,
        qemu,
        binfmtSource,
        binfmtImage: SETUP['binfmt-image'].default,
        verify: true
    }));
}
/**
 * Builds each platform in turn on this runner, pushing each by digest. The buildx builder is
 * inspected once for the job.
 */
async function buildShards(opts, platforms, deps) {
    const records = [];
    const driver = deps.driver ?? (opts.builder === 'buildx' ? await detectBuildxDriver(deps.exec) : undefined);
    for (const platform of platforms) {
        const emulated = !(0,oci_platform/* isNative */.ib)(platform);
        const record = await toolkit/* group */.Os(`Build ${(0,oci_platform/* formatPlatform */.Bq)(platform)} with ${opts.builder} (${emulated ? 'emulated' : 'native'})`, () => buildShard(opts, { platform, emulated }, { ...deps, driver }));
        if (record)
            records.push(record);
    }
    return records;
}
/** A merge or a tag move needs tags: given, or derived from git. */
function requireTags(b) {
    if (b.tags.length === 0)
        throw (0,errors/* badInput */.AN)(IN.tags.name, '', 'no tags given and none can be derived from git');
}
/** Merges `records` (or, when undefined, the digest files) plus the `digests` input. */
async function mergeShards(b, client, records) {
    requireTags(b);
    const fromFiles = records ?? (0,digests/* readDigestFiles */.g)(b.digestsDir);
    toolkit/* info */.pq(`Merging ${fromFiles.length} digest file(s) and ${b.digests.length} reference(s) into ${b.image.registry}/${b.image.repository}`);
    return toolkit/* group */.Os('Merge into one index', () => (0,merge/* mergeIndex */.$R)({
        image: b.image,
        records: fromFiles,
        digests: b.digests,
        requiredPlatforms: b.requiredPlatforms,
        tags: b.tags,
        immutableTags: b.immutableTags,
        overwrite: b.overwrite,
        push: b.push,
        moveTags: b.tagAfter === 'merge',
        annotations: b.indexAnnotations,
        platformOrder: b.platforms,
        client
    }));
}
/**
 * Moves the tags to `digest`, an index that passed `checks` (tag-after: verify or e2e); sets
 * the digest and tags outputs and writes the tag summary. With a proof policy (the tag mode), a
 * valid proof is looked for before any tag moves, and one of level 1 written (still before) when
 * none counted: a proof that cannot be written moves no tag.
 */
async function tagProven(out, b, client, digest, checks, proof) {
    requireTags(b);
    const target = { ...b.image, tag: undefined, digest: undefined };
    let found;
    const tagged = await toolkit/* group */.Os(`Tag ${b.image.registry}/${b.image.repository}@${digest}`, async () => {
        for (const c of checks)
            toolkit/* info */.pq(`passed: ${c}`);
        return (0,tag/* tagIndex */.XV)({
            image: b.image,
            digest,
            tags: b.tags,
            immutableTags: b.immutableTags,
            overwrite: b.overwrite,
            requiredPlatforms: b.requiredPlatforms,
            client,
            beforeMove: proof &&
                (async (index) => {
                    // The proof code (and the Sigstore verifier) loads only in the tag mode, in a chunk of its own.
                    const { proofBeforeTags, proveListed } = await Promise.all(/* import() */[__webpack_require__.e(69), __webpack_require__.e(442)]).then(__webpack_require__.bind(__webpack_require__, 21442));
                    const f = await proofBeforeTags(client, target, index, b.requiredPlatforms, proof);
                    f.written = await proveListed(client, target, index, b.requiredPlatforms, proof, f);
                    found = f;
                })
        });
    });
    toolkit/* setOutput */.uH(out.digest, tagged.digest);
    toolkit/* setOutput */.uH(out.tags, JSON.stringify(tagged.tags));
    await writeTagSummary(b.summary, tagged, checks, found);
    return { ...tagged, proof: found };
}
/** A registry client for the run, closed at the end whatever happens. */
async function withClient(b, fn) {
    const client = new registry_client/* RegistryClient */.b({ insecureRegistries: b.insecureRegistries, limits: b.limits });
    try {
        return await fn(client);
    }
    finally {
        client.close();
    }
}
function digestMap(records) {
    return Object.fromEntries(records.map(r => [r.platform, r.digest]));
}
/** Sets digest, digests and tags (the index's once merged, else the shards') and writes the build summary. */
async function reportBuild(out, b, records, merged) {
    toolkit/* setOutput */.uH(out.digest, merged?.digest ?? (records.length === 1 ? records[0].digest : ''));
    toolkit/* setOutput */.uH(out.digests, JSON.stringify(merged?.digests ?? digestMap(records)));
    toolkit/* setOutput */.uH(out.tags, JSON.stringify(merged?.tags ?? []));
    await writeBuildSummary(b.summary, records, merged);
}
/** One row per platform, then the index and its tags. */
async function writeBuildSummary(enabled, records, merged) {
    await (0,summary/* writeSummary */.Sy)(enabled, s => {
        s.addHeading('Multi-arch build', 3);
        if (records.length) {
            s.addTable((0,summary/* table */.tp)(['Platform', 'Digest', 'Size', 'Builder', 'Runs', 'Time'], records.map(r => [
                `<code>${r.platform}</code>`,
                `<code>${(0,summary/* shortDigest */.VK)(r.digest)}</code>`,
                (0,summary/* bytes */.ee)(r.size),
                r.builder,
                r.emulated ? 'emulated' : 'native',
                `${r.seconds.toFixed(1)}s`
            ])));
        }
        if (merged) {
            s.addRaw(`Index <code>${merged.digest}</code> with ${merged.platforms.map(p => `<code>${p}</code>`).join(', ')}`, true);
            if (merged.attestations)
                s.addRaw(`${merged.attestations} attestation manifest(s) kept`, true);
            s.addTable(tagTable(merged.changes));
            if (merged.changes.some(c => c.action === 'planned'))
                s.addRaw('The tags wait until this digest passes its checks: no tag was moved yet.', true);
        }
    });
}
function tagTable(changes) {
    return (0,summary/* table */.tp)(['Tag', 'Change'], changes.map(c => [
        `<code>${c.reference}</code>`,
        c.action +
            (c.previous && c.action === 'moved' ? ` (was <code>${(0,summary/* shortDigest */.VK)(c.previous)}</code>)` : '') +
            (c.action === 'skipped' ? ` (a newer build, <code>${(0,summary/* shortDigest */.VK)(c.previous)}</code>, is there)` : '')
    ]));
}
/** The tags moved to a proven digest, the checks it passed and its platform proof. */
async function writeTagSummary(enabled, tagged, checks, proof) {
    await (0,summary/* writeSummary */.Sy)(enabled, s => {
        s.addHeading('Tags moved to a proven index', 3);
        s.addRaw(`Index <code>${tagged.digest}</code> with ${tagged.platforms.map(p => `<code>${p}</code>`).join(', ')} passed:`, true);
        s.addList(checks);
        const line = proof && proofLine(proof);
        if (line)
            s.addRaw(line, true);
        s.addTable(tagTable(tagged.changes));
    });
}
/** The tag step's proof in one line: who proved the index, or what the step signed itself. */
function proofLine(p) {
    if (p.provenBy)
        return `Platform proof: proven by ${(0,summary/* escapeHtml */.ZD)(p.provenBy)} (level ${p.level}, ${statement/* LEVEL_NAMES */.y9[p.level ?? 1]})`;
    const w = p.written[0];
    if (w)
        return `Platform proof: none counted (${(0,summary/* escapeHtml */.ZD)(p.reason ?? '')}); the tag step signed one for what it checked (level 1, listed)${w.referrer ? `, referrer <code>${w.referrer}</code>` : ''}`;
    return `Platform proof: none counted (${(0,summary/* escapeHtml */.ZD)(p.reason ?? '')})`;
}


/***/ }),

/***/ 89693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ currentTags),
/* harmony export */   Fu: () => (/* binding */ moveTags),
/* harmony export */   Vd: () => (/* binding */ planTags),
/* harmony export */   XV: () => (/* binding */ tagIndex),
/* harmony export */   Yy: () => (/* binding */ buildOf),
/* harmony export */   cC: () => (/* binding */ gitAncestry),
/* harmony export */   dO: () => (/* binding */ keepNewer)
/* harmony export */ });
/* unused harmony exports CREATED, REVISION, describeBuild, isOlder */
/* harmony import */ var _core_untrusted__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5078);
/* harmony import */ var _core_toolkit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83446);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43545);
/* harmony import */ var _core_exec__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6015);
/* harmony import */ var _core_specs_generated__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82343);
/* harmony import */ var _oci_platform__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98081);
/* harmony import */ var _oci_reference__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67837);
/* harmony import */ var _oci_types__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74189);








const IN = _core_specs_generated__WEBPACK_IMPORTED_MODULE_4__/* .BUILD_MULTIARCH */ .Fy.inputs;
const CREATED = 'org.opencontainers.image.created';
const REVISION = 'org.opencontainers.image.revision';
const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Ancestry from `git merge-base --is-ancestor` in `dir` (the workspace), bounded to 10 s. */
function gitAncestry(dir = process.env.GITHUB_WORKSPACE || process.cwd()) {
    return async (a, b) => {
        if (!COMMIT.test(a) || !COMMIT.test(b))
            return undefined;
        const r = await (0,_core_exec__WEBPACK_IMPORTED_MODULE_3__/* .runCaptured */ .qI)('git', ['-C', dir, 'merge-base', '--is-ancestor', a, b], {
            timeoutMs: 10_000,
            maxBytes: 64 * 1024
        });
        if (r.timedOut)
            return undefined;
        return r.exitCode === 0 ? true : r.exitCode === 1 ? false : undefined;
    };
}
/** The build an index document describes. */
function buildOf(digest, annotations = {}) {
    return { digest, revision: annotations[REVISION], created: annotations[CREATED] };
}
/** Printable: a revision or time from a registry is outside text, so only its plain characters show. */
function plain(s) {
    return (s ?? 'unknown').replace(/[^\w.:+-]/g, '?').slice(0, 80);
}
function describeBuild(b) {
    return `${b.digest}, revision ${plain(b.revision)}, created ${plain(b.created)}`;
}
/**
 * Whether `next` is older than `current`: by git ancestry when both revisions are known and the
 * checkout has them, else by the created time. Undefined when neither can tell.
 */
async function isOlder(next, current, ancestry) {
    const { revision: a, created: ca } = next;
    const { revision: b, created: cb } = current;
    if (ancestry && a && b && a !== b) {
        if (await ancestry(a, b))
            return true;
        if (await ancestry(b, a))
            return false;
    }
    const ta = ca ? Date.parse(ca) : NaN;
    const tb = cb ? Date.parse(cb) : NaN;
    if (Number.isNaN(ta) || Number.isNaN(tb) || ta === tb)
        return undefined;
    return ta < tb;
}
/** Where each tag points now (undefined: not set), all asked at once. */
async function currentTags(client, target, tags) {
    const unique = [...new Set(tags)];
    const digests = await Promise.all(unique.map(tag => client.headManifest({ ...target, tag })));
    return new Map(unique.map((tag, i) => [tag, digests[i]]));
}
/** What each tag would do when pointed at `digest`; throws, moving nothing, when an immutable tag would move. */
function planTags(target, digest, policy, current) {
    const repo = (0,_oci_reference__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(target);
    const changes = [];
    const refused = [];
    for (const [tag, previous] of current) {
        const reference = `${repo}:${tag}`;
        if (previous && previous !== digest && policy.immutableTags?.test(tag) && !policy.overwrite) {
            refused.push(`${reference} is immutable and points to ${previous}, not ${digest}`);
        }
        changes.push({ tag, reference, previous, action: 'planned' });
    }
    if (refused.length > 0) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .CheckError */ .tl(`${refused.join('; ')} (set ${IN.overwrite.name}: true to move it); no tag was moved`);
    }
    return changes;
}
/** The build a tag points at now, read from its index's annotations (none: a single image, or unreadable). */
async function buildAt(client, target, digest) {
    try {
        const m = await client.getManifest((0,_oci_reference__WEBPACK_IMPORTED_MODULE_6__/* .withDigest */ .hQ)(target, digest));
        const annotations = (0,_oci_types__WEBPACK_IMPORTED_MODULE_7__/* .isIndexMediaType */ .$$)(m.mediaType) ? m.json.annotations : undefined;
        return buildOf(digest, annotations);
    }
    catch (err) {
        _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${(0,_oci_reference__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(target)}@${digest}: its build could not be read (${err.message})`);
        return { digest };
    }
}
/**
 * Marks as skipped each planned tag that already points at a newer build than `next`, and says so
 * in a notice naming both builds; `overwrite` moves them anyway. Never a failure.
 */
async function keepNewer(client, target, next, changes, opts) {
    if (opts.overwrite)
        return;
    const moving = changes.filter(c => c.previous && c.previous !== next.digest);
    const digests = [...new Set(moving.map(c => c.previous))];
    const builds = new Map(await Promise.all(digests.map(async (d) => [d, await buildAt(client, target, d)])));
    for (const c of moving) {
        const current = builds.get(c.previous);
        if ((await isOlder(next, current, opts.ancestry)) !== true)
            continue;
        c.action = 'skipped';
        c.reason =
            `skipped: ${c.tag} already points at a newer build (${describeBuild(current)}) than ` +
                `this one (${describeBuild(next)}); set ${IN.overwrite.name}: true to move it`;
        _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(`${c.reference} ${c.reason}`);
    }
}
/** Points each planned tag at `index` (pushed by digest at the same time), all at once; skipped tags stay. */
async function moveTags(client, target, index, changes) {
    const { digest, body, mediaType } = index;
    for (const c of changes) {
        if (c.action === 'skipped')
            continue;
        c.action = !c.previous ? 'created' : c.previous === digest ? 'unchanged' : 'moved';
    }
    const moving = changes.filter(c => c.action === 'created' || c.action === 'moved');
    await Promise.all(moving.map(c => client.putManifest(target, c.tag, body, mediaType)));
    for (const c of moving)
        _core_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${c.reference}: ${c.action}${c.previous ? ` (was ${c.previous})` : ''}`);
}
/**
 * Moves the tags to an index already pushed by digest. The index is read back by that digest
 * and its platforms checked again, so a tag never points at an index missing a required one;
 * a mutable tag that points at a newer build stays where it is.
 */
async function tagIndex(opts) {
    const target = { ...opts.image, tag: undefined, digest: undefined };
    const ref = (0,_oci_reference__WEBPACK_IMPORTED_MODULE_6__/* .withDigest */ .hQ)(target, opts.digest);
    const [m, current] = await Promise.all([
        opts.client.getManifest(ref),
        currentTags(opts.client, target, opts.tags)
    ]);
    if (!(0,_oci_types__WEBPACK_IMPORTED_MODULE_7__/* .isIndexMediaType */ .$$)(m.mediaType)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .CheckError */ .tl(`${(0,_oci_reference__WEBPACK_IMPORTED_MODULE_6__/* .formatReference */ .FH)(ref)} is a single image (${m.mediaType}), not an index; no tag was moved`);
    }
    const index = m.json;
    const descriptors = index.manifests ?? [];
    const platforms = descriptors.filter(d => !(0,_oci_types__WEBPACK_IMPORTED_MODULE_7__/* .isAttestation */ .H3)(d)).map(_oci_platform__WEBPACK_IMPORTED_MODULE_5__/* .descriptorPlatform */ .fA);
    const missing = (0,_oci_platform__WEBPACK_IMPORTED_MODULE_5__/* .missingPlatforms */ .z3)(descriptors, opts.requiredPlatforms);
    if (missing.length > 0) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .CheckError */ .tl(`${(0,_oci_reference__WEBPACK_IMPORTED_MODULE_6__/* .formatReference */ .FH)(ref)} lacks required platform${missing.length > 1 ? 's' : ''} ${(0,_core_untrusted__WEBPACK_IMPORTED_MODULE_0__/* .listSome */ .XT)(missing)} ` +
            `(it lists ${(0,_core_untrusted__WEBPACK_IMPORTED_MODULE_0__/* .listSome */ .XT)(platforms) || 'nothing'}); no tag was moved`);
    }
    const changes = planTags(target, m.digest, opts, current);
    const listed = descriptors.filter(d => !(0,_oci_types__WEBPACK_IMPORTED_MODULE_7__/* .isAttestation */ .H3)(d));
    const entries = new Map(listed.map(d => [(0,_oci_platform__WEBPACK_IMPORTED_MODULE_5__/* .descriptorPlatform */ .fA)(d), d.digest]));
    await opts.beforeMove?.({ digest: m.digest, entries });
    await keepNewer(opts.client, target, buildOf(m.digest, index.annotations), changes, {
        overwrite: opts.overwrite,
        ancestry: opts.ancestry ?? gitAncestry()
    });
    await moveTags(opts.client, target, m, changes);
    const tags = changes.filter(c => c.action !== 'skipped').map(c => c.reference);
    return { digest: m.digest, platforms, entries, tags, changes };
}


/***/ }),

/***/ 1611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xm: () => (/* binding */ hostDeps),
  wt: () => (/* binding */ privileged),
  yV: () => (/* binding */ setupQemu)
});

// UNUSED EXPORTS: addFixBinaryFlag, installFromHost, qemuName, readBinfmtEntry, runProbe

// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(70857);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/exec.ts
var exec = __webpack_require__(6015);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __webpack_require__(98081);
;// CONCATENATED MODULE: ./actions/lib/setup/probes.ts
/**
 * Tiny static probe programs, one per architecture, built in memory. Each one writes
 * `arch-actions probe <platform>` to stdout and exits 0 using raw syscalls, so running it
 * proves that the kernel (natively, or through binfmt_misc and QEMU) really executes code
 * for that architecture. No toolchain, no download, a few hundred bytes each.
 */
function words(values, bigEndian = false) {
    const b = Buffer.alloc(values.length * 4);
    values.forEach((v, i) => (bigEndian ? b.writeUInt32BE(v >>> 0, i * 4) : b.writeUInt32LE(v >>> 0, i * 4)));
    return b;
}
function le32(v) {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    return [...b];
}
const riscvAddi = (rd, rs1, imm) => ((imm & 0xfff) << 20) | (rs1 << 15) | (rd << 7) | 0x13;
// The usual Linux load address and ELF header fields; targets override what differs.
const LE64 = { bits: 64, bigEndian: false, base: 0x400000, flags: 0 };
const LE32 = { bits: 32, bigEndian: false, base: 0x10000, flags: 0 };
// prettier-ignore
const TARGETS = {
    'linux/amd64': {
        ...LE64,
        machine: 62,
        codeLength: 36,
        code: (msgAt, codeAt, len) => Buffer.from([
            0xbf, 1, 0, 0, 0, // mov edi, 1
            0x48, 0x8d, 0x35, ...le32(msgAt - (codeAt + 12)), // lea rsi, [rip+msg]
            0xba, ...le32(len), // mov edx, len
            0xb8, 1, 0, 0, 0, // mov eax, 1 (write)
            0x0f, 0x05, // syscall
            0x31, 0xff, // xor edi, edi
            0xb8, 60, 0, 0, 0, // mov eax, 60 (exit)
            0x0f, 0x05, // syscall
            0x90, 0x90, 0x90 // padding
        ])
    },
    'linux/386': {
        ...LE32,
        machine: 3,
        codeLength: 32,
        code: (msgAt, _codeAt, len, base) => Buffer.from([
            0xbb, 1, 0, 0, 0, // mov ebx, 1
            0xb9, ...le32(base + msgAt), // mov ecx, msg
            0xba, ...le32(len), // mov edx, len
            0xb8, 4, 0, 0, 0, // mov eax, 4 (write)
            0xcd, 0x80, // int 0x80
            0x31, 0xdb, // xor ebx, ebx
            0xb8, 1, 0, 0, 0, // mov eax, 1 (exit)
            0xcd, 0x80, // int 0x80
            0x90 // padding
        ])
    },
    'linux/arm64': {
        ...LE64,
        machine: 183,
        codeLength: 32,
        code: (msgAt, codeAt, len) => {
            const off = msgAt - (codeAt + 4);
            return words([
                0xd2800020, // mov x0, #1
                0x10000001 | ((off & 3) << 29) | ((off >> 2) << 5), // adr x1, msg
                0xd2800002 | (len << 5), // mov x2, #len
                0xd2800808, // mov x8, #64 (write)
                0xd4000001, // svc #0
                0xd2800000, // mov x0, #0
                0xd2800ba8, // mov x8, #93 (exit)
                0xd4000001 // svc #0
            ]);
        }
    },
    'linux/arm/v7': {
        ...LE32,
        machine: 40,
        flags: 0x05000400,
        codeLength: 32,
        code: (msgAt, codeAt, len) => words([
            0xe3a00001, // mov r0, #1
            0xe28f1000 | (msgAt - (codeAt + 4 + 8)), // add r1, pc, #msg
            0xe3a02000 | len, // mov r2, #len
            0xe3a07004, // mov r7, #4 (write)
            0xef000000, // svc 0
            0xe3a00000, // mov r0, #0
            0xe3a07001, // mov r7, #1 (exit)
            0xef000000 // svc 0
        ])
    },
    'linux/riscv64': {
        ...LE64,
        machine: 243,
        codeLength: 36,
        code: (msgAt, codeAt, len) => words([
            riscvAddi(10, 0, 1), // li a0, 1
            (11 << 7) | 0x17, // auipc a1, 0
            riscvAddi(11, 11, msgAt - (codeAt + 4)), // addi a1, a1, msg
            riscvAddi(12, 0, len), // li a2, len
            riscvAddi(17, 0, 64), // li a7, 64 (write)
            0x00000073, // ecall
            riscvAddi(10, 0, 0), // li a0, 0
            riscvAddi(17, 0, 93), // li a7, 93 (exit)
            0x00000073 // ecall
        ])
    },
    'linux/ppc64le': {
        ...LE64,
        machine: 21,
        base: 0x10000000,
        flags: 2,
        codeLength: 36,
        code: (msgAt, _codeAt, len, base) => {
            const addr = base + msgAt;
            return words([
                0x38000004, // li r0, 4 (write)
                0x38600001, // li r3, 1
                0x3c800000 | (addr >>> 16), // lis r4, msg@h
                0x60840000 | (addr & 0xffff), // ori r4, r4, msg@l
                0x38a00000 | len, // li r5, len
                0x44000002, // sc
                0x38000001, // li r0, 1 (exit)
                0x38600000, // li r3, 0
                0x44000002 // sc
            ]);
        }
    },
    'linux/s390x': {
        ...LE64,
        machine: 22,
        bigEndian: true,
        codeLength: 24,
        code: (msgAt, codeAt, len) => {
            const b = Buffer.alloc(24);
            Buffer.from([0xa7, 0x29, 0x00, 0x01]).copy(b, 0); // lghi %r2, 1
            Buffer.from([0xc0, 0x30]).copy(b, 4); // larl %r3, msg
            b.writeInt32BE((msgAt - (codeAt + 4)) / 2, 6);
            Buffer.from([0xa7, 0x49, 0x00, len]).copy(b, 10); // lghi %r4, len
            Buffer.from([0x0a, 0x04]).copy(b, 14); // svc 4 (write)
            Buffer.from([0xa7, 0x29, 0x00, 0x00]).copy(b, 16); // lghi %r2, 0
            Buffer.from([0x0a, 0x01]).copy(b, 20); // svc 1 (exit)
            Buffer.from([0x07, 0x07]).copy(b, 22); // nopr (padding)
            return b;
        }
    }
};
function probeMessage(platform) {
    return `arch-actions probe ${platform}`;
}
function probePlatforms() {
    return Object.keys(TARGETS);
}
/** The probe executable for a normalised platform string, or undefined when we carry none. */
function buildProbe(platform) {
    const t = TARGETS[platform];
    if (!t)
        return undefined;
    const msg = Buffer.from(`${probeMessage(platform)}\n`);
    const ehsize = t.bits === 64 ? 64 : 52;
    const phsize = t.bits === 64 ? 56 : 32;
    const codeAt = ehsize + phsize;
    const msgAt = codeAt + t.codeLength;
    const code = t.code(msgAt, codeAt, msg.length, t.base);
    if (code.length !== t.codeLength)
        throw new Error(`probe code for ${platform} has the wrong length`);
    const total = msgAt + msg.length;
    const out = Buffer.alloc(total);
    const be = t.bigEndian;
    const u16 = (v, at) => (be ? out.writeUInt16BE(v, at) : out.writeUInt16LE(v, at));
    const u32 = (v, at) => be ? out.writeUInt32BE(v >>> 0, at) : out.writeUInt32LE(v >>> 0, at);
    const u64 = (v, at) => be ? out.writeBigUInt64BE(BigInt(v), at) : out.writeBigUInt64LE(BigInt(v), at);
    const addr = t.bits === 64 ? u64 : u32;
    const w = t.bits === 64 ? 8 : 4;
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, t.bits === 64 ? 2 : 1, be ? 2 : 1, 1, 0]).copy(out, 0);
    u16(2, 16); // ET_EXEC
    u16(t.machine, 18);
    u32(1, 20);
    addr(t.base + codeAt, 24); // e_entry
    addr(ehsize, 24 + w); // e_phoff
    addr(0, 24 + 2 * w); // e_shoff
    const at = 24 + 3 * w;
    u32(t.flags, at);
    u16(ehsize, at + 4);
    u16(phsize, at + 6);
    u16(1, at + 8); // e_phnum
    // One PT_LOAD segment mapping the whole file R+X; ELF64 has p_flags before p_offset, ELF32 after p_memsz.
    u32(1, ehsize); // PT_LOAD
    const fieldsAt = ehsize + (t.bits === 64 ? 8 : 4);
    [0, t.base, t.base, total, total].forEach((v, i) => addr(v, fieldsAt + i * w)); // p_offset … p_memsz
    const flagsAt = t.bits === 64 ? ehsize + 4 : fieldsAt + 5 * w;
    u32(5, flagsAt); // R+X
    addr(0x1000, t.bits === 64 ? fieldsAt + 5 * w : flagsAt + 4); // p_align
    code.copy(out, codeAt);
    msg.copy(out, msgAt);
    return out;
}

;// CONCATENATED MODULE: ./actions/lib/setup/qemu.ts









const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
/** The binfmt_misc entry and QEMU binary suffix for each platform. */
const QEMU_NAME = {
    'linux/amd64': 'x86_64',
    'linux/386': 'i386',
    'linux/arm64': 'aarch64',
    'linux/arm/v7': 'arm',
    'linux/arm/v6': 'arm',
    'linux/ppc64le': 'ppc64le',
    'linux/s390x': 's390x',
    'linux/riscv64': 'riscv64',
    'linux/mips64le': 'mips64el',
    'linux/loong64': 'loongarch64'
};
/** The architecture names tonistiigi/binfmt's `--install` takes. */
const BINFMT_ARCH = {
    'linux/amd64': 'amd64',
    'linux/386': '386',
    'linux/arm64': 'arm64',
    'linux/arm/v7': 'arm',
    'linux/arm/v6': 'arm',
    'linux/ppc64le': 'ppc64le',
    'linux/s390x': 's390x',
    'linux/riscv64': 'riscv64',
    'linux/mips64le': 'mips64le',
    'linux/loong64': 'loong64'
};
function qemuName(platform) {
    return QEMU_NAME[platform];
}
/** Reads `/proc/sys/fs/binfmt_misc/qemu-<name>`; undefined when not registered. */
function readBinfmtEntry(name, dir = BINFMT_DIR) {
    let text;
    try {
        text = external_fs_.readFileSync(external_path_.join(dir, `qemu-${name}`), 'utf8');
    }
    catch {
        return undefined;
    }
    const field = (key) => text.match(new RegExp(`^${key} (.*)$`, 'm'))?.[1]?.trim() ?? '';
    return {
        enabled: /^enabled$/m.test(text),
        interpreter: field('interpreter'),
        flags: text.match(/^flags: ?(.*)$/m)?.[1]?.trim() ?? ''
    };
}
/** Runs the carried probe for a platform and checks that it printed its own name. */
async function runProbe(platform, timeoutMs = 15000) {
    const probe = buildProbe(platform);
    if (!probe)
        return { ok: false, ms: 0, detail: 'no probe is carried for this platform' };
    const dir = external_fs_.mkdtempSync(external_path_.join(external_os_.tmpdir(), 'arch-probe-'));
    const file = external_path_.join(dir, 'probe');
    external_fs_.writeFileSync(file, probe, { mode: 0o755 });
    const started = Date.now();
    try {
        const res = await (0,exec/* runCaptured */.qI)(file, [], { timeoutMs });
        const ms = Date.now() - started;
        if (res.exitCode !== 0)
            return { ok: false, ms, detail: (0,exec/* lastLine */.fM)(res.stderr) || `the probe exited with code ${res.exitCode}` };
        const out = res.stdout.trim();
        if (out !== probeMessage(platform))
            return { ok: false, ms, detail: `probe printed ${JSON.stringify(out)}` };
        return { ok: true, ms, detail: 'probe ran' };
    }
    finally {
        external_fs_.rmSync(dir, { recursive: true, force: true });
    }
}
/** Registers emulators from the pinned binfmt image through docker. */
async function installFromImage(image, platforms) {
    if (!(await (0,exec/* which */.K7)('docker')))
        throw new errors/* CheckError */.tl('docker is not available to run the binfmt image');
    const arches = [...new Set(platforms.map(p => BINFMT_ARCH[p]).filter(Boolean))];
    await (0,exec/* run */.eF)('docker', ['run', '--rm', '--privileged', image, '--install', arches.join(',')]);
}
const hostDeps = () => ({
    exec: exec/* run */.eF,
    uid: process.getuid?.() ?? 0,
    binfmtDir: BINFMT_DIR,
    exists: external_fs_.existsSync,
    which: exec/* which */.K7
});
/**
 * Runs a tool as root: directly when we are root, else through `sudo -n`; `input` goes to stdin.
 * `quiet` keeps its output out of the log (a failure still carries its last line).
 */
async function privileged(d, tool, args, input, quiet = false) {
    const argv = d.uid === 0 ? [tool, args] : ['sudo', ['-n', tool, ...args]];
    await d.exec(...argv, input === undefined ? (quiet ? { silent: true } : {}) : { input, silent: true });
}
/** Uses the host's qemu-user-static, installing it when we may, and insists on the F flag. */
async function installFromHost(platforms, d = hostDeps()) {
    const names = [...new Set(platforms.map(p => QEMU_NAME[p]).filter(Boolean))];
    const missing = names.filter(n => !d.exists(`/usr/bin/qemu-${n}-static`));
    if (missing.length > 0) {
        if (!(await d.which('apt-get'))) {
            throw new errors/* CheckError */.tl(`qemu-user-static is not installed and apt-get is not available (need ${missing.join(', ')})`);
        }
        // A fresh runner's package lists are stale or empty: install fails without an update.
        await privileged(d, 'apt-get', ['update', '-q'], undefined, true);
        await privileged(d, 'apt-get', ['install', '-y', '-q', 'qemu-user-static', 'binfmt-support'], undefined, true);
        toolkit/* info */.pq(`Installed qemu-user-static and binfmt-support with apt-get: this runner has no ${missing.map(n => `qemu-${n}-static`).join(', ')}`);
    }
    if (!d.exists(external_path_.join(d.binfmtDir, 'register'))) {
        await privileged(d, 'mount', ['-t', 'binfmt_misc', 'binfmt_misc', d.binfmtDir]);
    }
    for (const n of names) {
        if (await d.which('update-binfmts'))
            await privileged(d, 'update-binfmts', ['--enable', `qemu-${n}`]);
        const entry = readBinfmtEntry(n, d.binfmtDir);
        if (entry && !entry.flags.includes('F'))
            await addFixBinaryFlag(d, n);
    }
}
/**
 * Re-registers an entry with the F (fix-binary) flag, so the interpreter is opened now and
 * keeps working inside containers whose root has no QEMU binary. binfmt_misc is root's to
 * write, so both writes go through tee as root.
 */
async function addFixBinaryFlag(d, name) {
    const file = external_path_.join(d.binfmtDir, `qemu-${name}`);
    const text = external_fs_.readFileSync(file, 'utf8');
    const get = (key) => text.match(new RegExp(`^${key} (\\S+)`, 'm'))?.[1] ?? '';
    const hex = (h) => h.replace(/../g, b => `\\x${b}`);
    const flags = (text.match(/^flags: ?(\S*)/m)?.[1] ?? '') + 'F';
    const line = `:qemu-${name}:M:${get('offset')}:${hex(get('magic'))}:${hex(get('mask'))}:${get('interpreter')}:${flags}`;
    await privileged(d, 'tee', [file], '-1');
    await privileged(d, 'tee', [external_path_.join(d.binfmtDir, 'register')], line);
}
async function emulatorVersion(platform, source) {
    const name = QEMU_NAME[platform];
    if (source.startsWith('image'))
        return source;
    try {
        const res = await (0,exec/* run */.eF)(`qemu-${name}-static`, ['--version'], { silent: true });
        const m = res.stdout.match(/version (\S+)/);
        return m ? `qemu ${m[1]}` : 'qemu';
    }
    catch {
        return 'qemu (registered)';
    }
}
/** Checks a registered entry: enabled and with the F flag. Empty string when fine. */
function binfmtProblem(platform) {
    const name = QEMU_NAME[platform];
    if (!name)
        return `no QEMU emulator is known for ${platform}`;
    const entry = readBinfmtEntry(name);
    if (!entry)
        return `binfmt_misc has no qemu-${name} entry`;
    if (!entry.enabled)
        return `binfmt_misc entry qemu-${name} is disabled`;
    if (!entry.flags.includes('F')) {
        return `binfmt_misc entry qemu-${name} lacks the F (fix-binary) flag, so emulation fails inside containers`;
    }
    return '';
}
/**
 * Makes every requested platform runnable on this host: QEMU only for the platforms the host
 * cannot run, then a probe per platform proving that code of that architecture executes.
 */
async function setupQemu(opts) {
    const hostArch = opts.hostArch ?? process.arch;
    const all = opts.platforms.map(platform/* formatPlatform */.Bq);
    const native = opts.platforms.filter(p => (0,platform/* isNative */.ib)(p, hostArch)).map(platform/* formatPlatform */.Bq);
    const foreign = all.filter(p => !native.includes(p));
    // A probe that passed is not run again for the table unless its emulator was installed since.
    const probed = new Map();
    const probe = async (p) => {
        const outcome = await runProbe(p);
        if (outcome.ok)
            probed.set(p, outcome);
        return outcome;
    };
    if (opts.qemu === 'false' && foreign.length > 0) {
        const notRunnable = [];
        for (const p of foreign)
            if (!(await probe(p)).ok)
                notRunnable.push(p);
        if (notRunnable.length > 0) {
            throw new errors/* ConfigurationError */.j1(`Input "${specs_generated/* SETUP_QEMU_BUILDX */.Yp.inputs.qemu.name}" is "false", but this ${(0,platform/* formatPlatform */.Bq)((0,platform/* hostPlatform */.ol)(hostArch))} runner cannot run ${notRunnable.join(', ')} without emulation`);
        }
    }
    let source = 'preinstalled';
    if (foreign.length > 0 && opts.qemu !== 'false') {
        // With `auto`, emulators that are registered and already pass their probe are kept as they are.
        let todo = foreign;
        if (opts.qemu === 'auto') {
            todo = [];
            for (const p of foreign)
                if (binfmtProblem(p) || !(await probe(p)).ok)
                    todo.push(p);
        }
        if (todo.length > 0)
            source = await install(todo, opts);
        for (const p of todo)
            probed.delete(p);
    }
    const rows = [];
    for (const p of all) {
        const isNat = native.includes(p);
        const row = {
            platform: p,
            native: isNat,
            emulator: isNat ? '–' : await emulatorVersion(p, source),
            probe: 'skipped',
            detail: ''
        };
        if (opts.verify || !isNat) {
            const problem = isNat ? '' : binfmtProblem(p);
            const outcome = buildProbe(p) ? (probed.get(p) ?? (await runProbe(p))) : undefined;
            if (outcome) {
                row.probe = outcome.ok && !problem ? 'passed' : 'failed';
                row.probeMs = outcome.ms;
                row.detail = problem || outcome.detail;
            }
            else {
                row.detail = problem || 'no probe is carried for this platform';
                row.probe = problem ? 'failed' : 'skipped';
            }
            toolkit/* info */.pq(`${p}: ${isNat ? 'native' : `emulated (${row.emulator})`}, probe ${row.probe}${row.detail ? ` (${row.detail})` : ''}`);
        }
        rows.push(row);
    }
    if (opts.verify) {
        const failed = rows.filter(r => r.probe === 'failed');
        if (failed.length > 0) {
            throw new errors/* CheckError */.tl(`Emulation check failed: ${failed.map(r => `${r.platform}: ${r.detail}`).join('; ')}`);
        }
    }
    const usable = rows.filter(r => r.native || r.probe !== 'failed').map(r => r.platform);
    return { native, emulated: foreign, usable, rows };
}
async function install(platforms, opts) {
    const tryImage = opts.binfmtSource === 'image' || opts.binfmtSource === 'auto';
    if (tryImage) {
        try {
            await installFromImage(opts.binfmtImage, platforms);
            return `image ${opts.binfmtImage}`;
        }
        catch (err) {
            if (opts.binfmtSource === 'image')
                throw err;
            toolkit/* info */.pq(`The binfmt image could not be used (${err.message}); using the host's QEMU`);
        }
    }
    await installFromHost(platforms);
    return 'host';
}


/***/ })

};
;
//# sourceMappingURL=253.index.js.map