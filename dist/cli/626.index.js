"use strict";
exports.id = 626;
exports.ids = [626];
exports.modules = {

/***/ 6015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   c9: () => (/* binding */ quietRun),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   fM: () => (/* binding */ lastLine),
/* harmony export */   gf: () => (/* binding */ childEnv),
/* harmony export */   qI: () => (/* binding */ runCaptured)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _toolkit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83446);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43545);
/* harmony import */ var _limits__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61998);
/* harmony import */ var _untrusted__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5078);






/** The last non-empty stderr line, which is where tools put the reason they failed. */
function lastLine(text) {
    const lines = text
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(Boolean);
    return lines.length ? lines[lines.length - 1] : '';
}
// Inputs can carry secrets (INPUT_SECRETS), and build secrets travel as ARCH_SECRET_<ID>.
const PRIVATE_ENV = /^(INPUT_|ARCH_SECRET_)/i;
/**
 * The environment of every child process: ours without INPUT_* and ARCH_SECRET_*, plus
 * `extra`, the only way a secret reaches a child (buildx reads `env=` secrets from its own).
 */
function childEnv(extra = {}, base = process.env) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined && !PRIVATE_ENV.test(k))
            env[k] = v;
    return { ...env, ...extra };
}
/** What a tool was, for an error: its name and first arguments, cut short. */
function describe(tool, args) {
    const text = [node_path__WEBPACK_IMPORTED_MODULE_1__.basename(tool), ...args.slice(0, 2)].join(' ');
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/**
 * Runs a tool, killed with every process it started once its limit has passed (the
 * `tool-timeout` limit unless `limit` says `build-timeout`): a LimitError naming the limit and the
 * tool. Argv goes to the debug log, never secrets: pass those through `input` or `env`, which is
 * all the child gets beyond childEnv(). A failure throws a CheckError carrying the tool's last
 * stderr line.
 */
async function run(tool, args, opts = {}) {
    _toolkit__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz(`exec: ${tool} ${args.map(a => JSON.stringify(a)).join(' ')}`);
    // The tool's output is echoed line by line through the guard, never straight to stdout.
    const echo = !opts.silent;
    const out = new _untrusted__WEBPACK_IMPORTED_MODULE_5__/* .LineGuard */ .Ix(_toolkit__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq);
    const err = new _untrusted__WEBPACK_IMPORTED_MODULE_5__/* .LineGuard */ .Ix(_toolkit__WEBPACK_IMPORTED_MODULE_2__/* .infoStderr */ .jH);
    if (echo)
        _toolkit__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`[command]${[tool, ...args].join(' ')}`);
    const limit = opts.limit ?? 'toolMs';
    const ms = opts.timeoutMs ?? _limits__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LIMITS */ .dR[limit];
    const res = await spawnGroup(tool, args, {
        env: childEnv(opts.env),
        cwd: opts.cwd,
        input: opts.input,
        timeoutMs: ms,
        tail: true,
        ...(echo ? { onStdout: (d) => out.push(d), onStderr: (d) => err.push(d) } : {})
    });
    out.end();
    err.end();
    if (res.timedOut)
        throw new _limits__WEBPACK_IMPORTED_MODULE_4__/* .LimitError */ .oC(describe(tool, args), limit, ms, 'killed with what it started');
    if (res.exitCode !== 0 && !opts.ignoreReturnCode) {
        const reason = lastLine(res.stderr) || lastLine(res.stdout) || `exit code ${res.exitCode}`;
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .CheckError */ .tl(`${tool} ${args[0] ?? ''} failed: ${reason}`);
    }
    return { exitCode: res.exitCode, stdout: res.stdout, stderr: res.stderr };
}
/** Kills a child and every process it started (its own process group, as `detached` makes it). */
function killGroup(pid) {
    if (!pid)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}
/**
 * Starts a tool in its own process group (so that a timeout kills what it started too: helm's
 * plugins, a shell's children) and collects its output. Never throws for the tool's own failure;
 * `timedOut` says why it ended.
 */
function spawnGroup(tool, args, o) {
    const max = o.maxBytes ?? 256 * 1024 * 1024;
    return new Promise(resolve => {
        let timedOut = false;
        let why = '';
        const out = { stdout: '', stderr: '' };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(tool, args, {
            env: o.env ?? childEnv(),
            cwd: o.cwd,
            detached: true,
            stdio: [o.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
        });
        const stop = () => killGroup(child.pid);
        const keep = (key, echo) => (d) => {
            echo?.(d);
            if (out[key].length + d.length > max && !o.tail) {
                why = `${key} over ${max} bytes`;
                return stop();
            }
            out[key] = (out[key] + d.toString('utf8')).slice(-max);
        };
        child.stdout.on('data', keep('stdout', o.onStdout));
        child.stderr.on('data', keep('stderr', o.onStderr));
        child.stdin?.on('error', () => undefined); // a tool that exits before reading its input
        child.stdin?.end(o.input === undefined ? undefined : Buffer.from(o.input));
        const timer = o.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                why = `timed out after ${+((o.timeoutMs ?? 0) / 1000).toFixed(1)} s`;
                stop();
            }, o.timeoutMs)
            : undefined;
        if (o.signal?.aborted)
            stop();
        o.signal?.addEventListener('abort', stop, { once: true });
        const done = (exitCode) => {
            clearTimeout(timer);
            o.signal?.removeEventListener('abort', stop);
            const stderr = why ? `${out.stderr}${why}\n` : out.stderr;
            resolve({ exitCode, stdout: out.stdout, stderr, timedOut });
        };
        child.on('error', err => {
            why = why || err.message; // it did not start
            done(1);
        });
        child.on('close', (code) => done(code ?? 1));
    });
}
/**
 * Runs a tool for its output, killed past `timeoutMs` with every process it started: for tools
 * that may wait on a network that is not there, or loop. Never throws for the tool's own failure;
 * `timedOut` says why it ended.
 */
function runCaptured(tool, args, opts = {}) {
    _toolkit__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz(`exec: ${tool} ${args.map(a => JSON.stringify(a)).join(' ')}`);
    return spawnGroup(tool, args, opts);
}
/** A tool's output, quiet; a failing exit code is returned, not thrown; killed past `timeoutMs`. */
const quietRun = (tool, args, opts) => runCaptured(tool, args, opts);
/** True when the tool exists on PATH and answers. */
async function which(tool) {
    try {
        const io = await __webpack_require__.e(/* import() */ 994).then(__webpack_require__.t.bind(__webpack_require__, 94994, 23));
        return (await io.which(tool, false)) !== '';
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 75855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ getString),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   Hl: () => (/* binding */ parseKeyValues),
/* harmony export */   Jz: () => (/* binding */ getBool),
/* harmony export */   Li: () => (/* binding */ parseLines),
/* harmony export */   iv: () => (/* binding */ getLines),
/* harmony export */   m: () => (/* binding */ getChoice),
/* harmony export */   pV: () => (/* binding */ getLimits),
/* harmony export */   vS: () => (/* binding */ getList),
/* harmony export */   yW: () => (/* binding */ getInt)
/* harmony export */ });
/* harmony import */ var _toolkit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83446);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43545);
/* harmony import */ var _limits__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61998);



/** Splits a list input on commas and newlines, trimming blanks and `#` comments. */
function parseList(value) {
    return value
        .split(/\r?\n/)
        .map(line => line.replace(/(^|\s)#.*$/, ''))
        .flatMap(line => line.split(','))
        .map(item => item.trim())
        .filter(item => item.length > 0);
}
/** Splits a list input on newlines only (for values that may contain commas). */
function parseLines(value) {
    return value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line.length > 0 && !line.startsWith('#'));
}
/** The input's value, trimmed; empty takes the action.yml default, which `node dist/…` does not apply. */
function getString(spec) {
    return _toolkit__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(spec.name).trim() || spec.default.trim();
}
function getList(spec) {
    return parseList(getString(spec));
}
function getLines(spec) {
    return parseLines(getString(spec));
}
const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];
function getBool(spec) {
    const value = getString(spec);
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(spec.name, value, 'expected true or false');
}
/** One of the input's choices (the backquoted words of its description). */
function getChoice(spec) {
    const value = getString(spec);
    if (spec.choices.includes(value))
        return value;
    throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(spec.name, value, `expected one of ${spec.choices.join(', ')}`);
}
function getInt(spec, min = 0, max = Number.MAX_SAFE_INTEGER) {
    const value = getString(spec);
    if (!/^-?\d+$/.test(value))
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(spec.name, value, 'expected a whole number');
    const n = Number(value);
    if (n < min || n > max)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(spec.name, value, `expected a number from ${min} to ${max}`);
    return n;
}
/** Lines of `key=value`; the key and value are trimmed, and a line without `=` is an error. */
function parseKeyValues(name, lines) {
    return lines.map(line => {
        const at = line.indexOf('=');
        if (at <= 0)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(name, line, 'expected key=value');
        return { key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
    });
}
/** The limits input: the defaults of core/limits.ts with the user's `name=value` lines on top. */
function getLimits(spec) {
    return (0,_limits__WEBPACK_IMPORTED_MODULE_2__/* .parseLimits */ .kd)(spec.name, getLines(spec));
}


/***/ }),

/***/ 61998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tn: () => (/* binding */ hitLimit),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   db: () => (/* binding */ startDeadline),
/* harmony export */   kd: () => (/* binding */ parseLimits),
/* harmony export */   oC: () => (/* binding */ LimitError),
/* harmony export */   tW: () => (/* binding */ formatLimit)
/* harmony export */ });
/* unused harmony exports LIMIT_NAMES, limitName, within */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43545);
// Every read of something from outside and every child process is bounded in size and time.
// The bounds live here, with their defaults; the `limits` input raises (or lowers) them, one
// `name=value` a line. docs/design.md lists them.

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
const DEFAULT_LIMITS = {
    manifestBytes: 4 * MiB,
    configBytes: 16 * MiB,
    attemptMs: 60_000,
    requestMs: 120_000,
    imageMs: 600_000,
    blobBytesPerSecond: 10 * KiB,
    blobWindowMs: 60_000,
    toolMs: 600_000,
    buildMs: 7_200_000
};
/** The names a user writes in the `limits` input, and what each sets. */
const LIMIT_NAMES = {
    'manifest-size': { key: 'manifestBytes', kind: 'size' },
    'config-size': { key: 'configBytes', kind: 'size' },
    'request-attempt': { key: 'attemptMs', kind: 'time' },
    'request-deadline': { key: 'requestMs', kind: 'time' },
    'image-deadline': { key: 'imageMs', kind: 'time' },
    'blob-min-rate': { key: 'blobBytesPerSecond', kind: 'rate' },
    'blob-rate-window': { key: 'blobWindowMs', kind: 'time' },
    'tool-timeout': { key: 'toolMs', kind: 'time' },
    'build-timeout': { key: 'buildMs', kind: 'time' }
};
/** The user's name of a limit, for error messages: `the manifest-size limit (4 MiB)`. */
function limitName(key) {
    return Object.entries(LIMIT_NAMES).find(([, v]) => v.key === key)[0];
}
const SIZE_UNITS = {
    '': 1,
    b: 1,
    kib: KiB,
    kb: 1000,
    mib: MiB,
    mb: 1e6,
    gib: GiB,
    gb: 1e9
};
const TIME_UNITS = { ms: 1, s: 1000, '': 1000, m: 60_000, min: 60_000, h: 3_600_000 };
function parseAmount(text, units) {
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
    const unit = m ? units[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined)
        return undefined;
    const n = Math.round(Number(m[1]) * unit);
    return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}
function parseValue(kind, text) {
    if (kind === 'size')
        return parseAmount(text, SIZE_UNITS);
    if (kind === 'time')
        return parseAmount(text, TIME_UNITS);
    if (kind === 'rate')
        return parseAmount(text.replace(/\/s$/i, ''), SIZE_UNITS);
    return /^\d+$/.test(text.trim()) && Number(text) > 0 ? Number(text) : undefined;
}
const EXAMPLE = { size: '8MiB', time: '5m, 90s', count: '20000', rate: '1KiB/s' };
/** The limits with the user's lines applied (`tool-timeout=20m`); a bad line names the input. */
function parseLimits(input, lines) {
    const limits = { ...DEFAULT_LIMITS };
    for (const line of lines) {
        const at = line.indexOf('=');
        const name = (at < 0 ? line : line.slice(0, at)).trim();
        const spec = LIMIT_NAMES[name];
        if (!spec)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, line, `expected name=value, the name one of ${Object.keys(LIMIT_NAMES).join(', ')}`);
        const value = parseValue(spec.kind, line.slice(at + 1));
        if (at < 0 || value === undefined)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, line, `expected a positive ${spec.kind} for ${name}, such as ${name}=${EXAMPLE[spec.kind]}`);
        limits[spec.key] = value;
    }
    return limits;
}
/** `4 MiB`, `90 s`: a limit's value as a person reads it. */
function formatLimit(key, value) {
    const kind = LIMIT_NAMES[limitName(key)].kind;
    if (kind === 'count')
        return String(value);
    if (kind === 'time' && value < 1000)
        return `${value} ms`;
    if (kind === 'time')
        return value % 60_000 === 0 ? `${value / 60_000} min` : `${+(value / 1000).toFixed(1)} s`;
    const unit = value >= GiB ? ['GiB', GiB] : value >= MiB ? ['MiB', MiB] : value >= KiB ? ['KiB', KiB] : ['bytes', 1];
    return `${+(value / unit[1]).toFixed(1)} ${unit[0]}${kind === 'rate' ? '/s' : ''}`;
}
/**
 * `work`, or a LimitError naming `what` once `ms` have passed. The work itself is not stopped
 * (its own requests end at their own deadlines); its answer is no longer waited for.
 */
function within(work, ms, what, limit) {
    if (!ms)
        return work;
    let timer;
    const late = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new LimitError(what, limit, ms, 'not done in time')), ms);
        timer.unref();
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
/**
 * A deadline from now: past `ms`, `late` rejects with a LimitError naming `what` (race the work
 * against it), and `signal` stops the work with that same error as its reason (the registry
 * client's reads end with it, sockets closed). `stop()` once the work is done.
 */
function startDeadline(ms, what, limit) {
    const ctl = new AbortController();
    let timer;
    const late = new Promise((_, reject) => {
        if (!ms)
            return;
        timer = setTimeout(() => {
            const err = new LimitError(what, limit, ms, 'not done in time');
            reject(err);
            ctl.abort(err);
        }, ms);
        timer.unref();
    });
    late.catch(() => undefined);
    return { signal: ctl.signal, late, stop: () => clearTimeout(timer) };
}
/** Whether a failure's message says a limit was hit: trying again would only hit it again. */
const hitLimit = (message) => / (over|under) the [a-z-]+ limit of /.test(message ?? '');
/**
 * A read or a process stopped at one of the limits: the error names the limit and its value.
 * Nothing was proven either way, so it is unavailable (a timeout, for the limits of time).
 */
class LimitError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .UnavailableError */ .hG {
    limit;
    constructor(what, limit, value, detail = '') {
        super(`${what}: ${detail ? `${detail}, ` : ''}${LIMIT_NAMES[limitName(limit)].kind === 'rate' ? 'under' : 'over'} the ${limitName(limit)} limit of ${formatLimit(limit, value)}`, ['size', 'count'].includes(LIMIT_NAMES[limitName(limit)].kind) ? 'unavailable' : 'timeout');
        this.limit = limit;
        this.name = 'LimitError';
    }
}


/***/ }),

/***/ 87364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export seconds */
/* harmony import */ var _toolkit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83446);

/**
 * Writes the job summary when enabled. A summary is a report, never a reason to fail the
 * job, so problems become warnings.
 */
async function writeSummary(enabled, build) {
    if (!enabled || !process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        build(_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z);
        await _toolkit__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.write();
    }
    catch (err) {
        _toolkit__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the job summary: ${err.message}`);
    }
    finally {
        _toolkit__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.emptyBuffer();
    }
}
/** Text made safe inside the summary's HTML (cells, <code>). */
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A header row followed by body rows, ready for `core.summary.addTable`. */
function table(headers, rows) {
    return [headers.map(h => ({ data: h, header: true })), ...rows];
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
function bytes(n) {
    if (n === undefined || Number.isNaN(n))
        return '–';
    const units = ['B', 'KiB', 'MiB', 'GiB'];
    let v = n;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
function shortDigest(digest) {
    return digest ? digest.replace(/^sha256:/, '').slice(0, 12) : '–';
}


/***/ }),

/***/ 98081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ platformFromMachine),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   Mi: () => (/* binding */ platformPair),
/* harmony export */   ZC: () => (/* binding */ UNAME_MACHINE),
/* harmony export */   fA: () => (/* binding */ descriptorPlatform),
/* harmony export */   ib: () => (/* binding */ isNative),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   ol: () => (/* binding */ hostPlatform),
/* harmony export */   qA: () => (/* binding */ parsePlatforms),
/* harmony export */   rQ: () => (/* binding */ normalisePlatformString),
/* harmony export */   z3: () => (/* binding */ missingPlatforms)
/* harmony export */ });
/* unused harmony exports SUPPORTED_PLATFORMS, nativePlatforms */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43545);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74189);


// Every spelling we accept, mapped to the OCI architecture and its default variant.
const ARCH_ALIASES = {
    amd64: { architecture: 'amd64' },
    x86_64: { architecture: 'amd64' },
    'x86-64': { architecture: 'amd64' },
    x64: { architecture: 'amd64' },
    arm64: { architecture: 'arm64' },
    aarch64: { architecture: 'arm64' },
    armv8: { architecture: 'arm64' },
    armv8l: { architecture: 'arm64' },
    arm: { architecture: 'arm', variant: 'v7' },
    armhf: { architecture: 'arm', variant: 'v7' },
    armv7: { architecture: 'arm', variant: 'v7' },
    armv7l: { architecture: 'arm', variant: 'v7' },
    armel: { architecture: 'arm', variant: 'v6' },
    armv6: { architecture: 'arm', variant: 'v6' },
    armv6l: { architecture: 'arm', variant: 'v6' },
    '386': { architecture: '386' },
    i386: { architecture: '386' },
    i686: { architecture: '386' },
    ppc64le: { architecture: 'ppc64le' },
    s390x: { architecture: 's390x' },
    riscv64: { architecture: 'riscv64' },
    mips64le: { architecture: 'mips64le' },
    loong64: { architecture: 'loong64' }
};
/**
 * Every platform an action accepts: the Linux platforms a runner builds and runs natively or
 * under QEMU. setup's QEMU tables cover each one, so no action accepts what another refuses.
 */
const SUPPORTED_PLATFORMS = [
    'linux/amd64',
    'linux/arm64',
    'linux/arm/v7',
    'linux/arm/v6',
    'linux/386',
    'linux/ppc64le',
    'linux/s390x',
    'linux/riscv64',
    'linux/mips64le',
    'linux/loong64'
];
const SUPPORTED = `supported: ${SUPPORTED_PLATFORMS.join(', ')}`;
/** The machine name `uname -m` prints on each architecture. */
const UNAME_MACHINE = {
    'linux/amd64': 'x86_64',
    'linux/arm64': 'aarch64',
    'linux/arm/v7': 'armv7l',
    'linux/arm/v6': 'armv6l',
    'linux/386': 'i686',
    'linux/ppc64le': 'ppc64le',
    'linux/s390x': 's390x',
    'linux/riscv64': 'riscv64'
};
function normaliseVariant(architecture, variant) {
    const v = variant?.toLowerCase();
    if (architecture === 'arm64')
        return v === undefined || v === 'v8' || v === '' ? undefined : v;
    if (architecture === 'arm')
        return v && v !== '' ? v : 'v7';
    return v || undefined;
}
/** Normalises aliases without judging support; undefined when the value is not a platform. */
function normalise(raw) {
    const parts = raw.toLowerCase().split('/');
    if (parts.length > 3)
        return undefined;
    const [os, arch, variant] = parts.length === 1 ? ['linux', parts[0]] : parts;
    const alias = ARCH_ALIASES[arch];
    if (!os || !alias)
        return undefined;
    const v = normaliseVariant(alias.architecture, variant ?? alias.variant);
    return v ? { os, architecture: alias.architecture, variant: v } : { os, architecture: alias.architecture };
}
// Callers in the actions name their input; the default serves tests and data that is not an input.
const PLATFORM_LABEL = 'platform string';
/**
 * The one platform validator of every action. Parses `os/arch[/variant]` or a bare
 * architecture (`aarch64`), normalising aliases (`linux/arm64/v8` = `linux/arm64`, `x86_64` →
 * amd64, `armhf` → `linux/arm/v7`), and accepts only SUPPORTED_PLATFORMS.
 */
function parsePlatform(value, input = PLATFORM_LABEL) {
    const raw = value.trim();
    const parts = raw.toLowerCase().split('/');
    const refuse = (why) => (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(input, raw, `${why} (${SUPPORTED})`);
    if (parts.length > 3)
        throw refuse('expected os/architecture[/variant], for example linux/arm64');
    const arch = parts.length === 1 ? parts[0] : parts[1];
    if (!ARCH_ALIASES[arch])
        throw refuse(`unknown architecture "${arch}"`);
    if (parts.length > 1 && parts[0] !== 'linux') {
        throw refuse(`unknown operating system "${parts[0]}": only Linux images are built and run`);
    }
    const p = normalise(raw);
    const name = formatPlatform(p);
    if (!SUPPORTED_PLATFORMS.includes(name))
        throw refuse(`${name} is not supported`);
    return p;
}
/** Parses a list, dropping duplicates after normalisation and keeping the first order. */
function parsePlatforms(values, input = PLATFORM_LABEL) {
    const seen = new Set();
    const out = [];
    for (const v of values) {
        const p = parsePlatform(v, input);
        const key = formatPlatform(p);
        if (!seen.has(key)) {
            seen.add(key);
            out.push(p);
        }
    }
    return out;
}
function formatPlatform(p) {
    const v = normaliseVariant(p.architecture, p.variant);
    return v ? `${p.os}/${p.architecture}/${v}` : `${p.os}/${p.architecture}`;
}
/** Normalises a platform string without judging support (for registry data). */
function normalisePlatformString(value) {
    const p = normalise(value.trim());
    return p ? formatPlatform(p) : value.trim().toLowerCase();
}
function samePlatform(a, b) {
    return formatPlatform(a) === formatPlatform(b);
}
/** A name safe in file names, artifact names and cache scopes: `linux-arm64`, `linux-arm-v7`. */
function platformPair(p) {
    return formatPlatform(p).replace(/\//g, '-');
}
/** The platform this Node process runs on. */
function hostPlatform(arch = process.arch) {
    return parsePlatform(arch, 'host architecture');
}
/**
 * Platforms this host runs without emulation. Only the host's own: arm64 CPUs without
 * AArch32 (Graviton, Ampere) cannot run arm/v7, so we never assume it.
 */
function nativePlatforms(arch = process.arch) {
    return [hostPlatform(arch)];
}
function isNative(p, arch = process.arch) {
    return nativePlatforms(arch).some(n => samePlatform(n, p));
}
/** The platform a `uname -m` answer belongs to, or undefined for an unknown machine. */
function platformFromMachine(machine) {
    const m = machine.trim().toLowerCase();
    if (!ARCH_ALIASES[m])
        return undefined;
    return parsePlatform(m, 'machine name');
}
/** The platform an index entry lists, normalised; `unknown/unknown` when it lists none. */
function descriptorPlatform(d) {
    if (!d.platform)
        return 'unknown/unknown';
    const { os, architecture, variant } = d.platform;
    return normalisePlatformString([os, architecture, variant].filter(Boolean).join('/'));
}
/** Missing required platforms; `unknown/unknown` (attestations) never counts. */
function missingPlatforms(descriptors, required) {
    const present = new Set(descriptors.filter(d => !(0,_types__WEBPACK_IMPORTED_MODULE_1__/* .isAttestation */ .H3)(d)).map(descriptorPlatform));
    return required.map(formatPlatform).filter(p => !present.has(p));
}


/***/ }),

/***/ 74189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   CM: () => (/* binding */ isManifestMediaType),
/* harmony export */   H3: () => (/* binding */ isAttestation),
/* harmony export */   YQ: () => (/* binding */ ALL_MANIFEST_TYPES),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES)
/* harmony export */ });
const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json'
};
const INDEX_TYPES = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);
const MANIFEST_TYPES = new Set([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
/** Every manifest media type this project reads, for an Accept header. */
const ALL_MANIFEST_TYPES = [...INDEX_TYPES, ...MANIFEST_TYPES];
function isIndexMediaType(mediaType) {
    return INDEX_TYPES.has(mediaType);
}
function isManifestMediaType(mediaType) {
    return MANIFEST_TYPES.has(mediaType);
}
/** Attestation manifests (buildx provenance/SBOM) sit in an index as unknown/unknown. */
function isAttestation(d) {
    return (d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (d.platform?.os === 'unknown' && d.platform?.architecture === 'unknown'));
}


/***/ })

};
;
//# sourceMappingURL=626.index.js.map