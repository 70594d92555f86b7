"use strict";
exports.id = 18;
exports.ids = [18];
exports.modules = {

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


/***/ }),

/***/ 30018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: ./actions/lib/setup/buildx.ts
var buildx = __webpack_require__(96290);
// EXTERNAL MODULE: ./actions/lib/setup/qemu.ts + 1 modules
var qemu = __webpack_require__(1611);
// EXTERNAL MODULE: ./actions/lib/core/summary.ts
var summary = __webpack_require__(87364);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __webpack_require__(98081);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
;// CONCATENATED MODULE: ./actions/setup-qemu-buildx/inputs.ts




const IN = specs_generated/* SETUP_QEMU_BUILDX */.Yp.inputs;
const OUT = specs_generated/* SETUP_QEMU_BUILDX */.Yp.outputs;
function getInputs() {
    const builderName = (0,inputs/* getString */.AA)(IN['builder-name']) || `arch-actions-${process.env.GITHUB_RUN_ID ?? process.pid}`;
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(builderName)) {
        throw (0,errors/* badInput */.AN)(IN['builder-name'].name, builderName, 'use letters, digits, dot, dash and underscore');
    }
    return {
        platforms: (0,platform/* parsePlatforms */.qA)((0,inputs/* getList */.vS)(IN.platforms), IN.platforms.name),
        qemu: (0,inputs/* getChoice */.m)(IN.qemu),
        binfmtSource: (0,inputs/* getChoice */.m)(IN['binfmt-source']),
        binfmtImage: (0,inputs/* getString */.AA)(IN['binfmt-image']),
        verify: (0,inputs/* getBool */.Jz)(IN.verify),
        buildx: (0,inputs/* getBool */.Jz)(IN.buildx),
        driver: (0,inputs/* getChoice */.m)(IN.driver),
        buildkitImage: (0,inputs/* getString */.AA)(IN['buildkit-image']),
        builderName,
        summary: (0,inputs/* getBool */.Jz)(IN.summary)
    };
}

;// CONCATENATED MODULE: ./actions/setup-qemu-buildx/main.ts





async function run() {
    const inputs = getInputs();
    const result = await toolkit/* group */.Os('Set up emulation', () => (0,qemu/* setupQemu */.yV)({
        platforms: inputs.platforms,
        qemu: inputs.qemu,
        binfmtSource: inputs.binfmtSource,
        binfmtImage: inputs.binfmtImage,
        verify: inputs.verify
    }));
    toolkit/* setOutput */.uH(OUT['native-platforms'], result.native.join(','));
    toolkit/* setOutput */.uH(OUT['emulated-platforms'], result.emulated.join(','));
    toolkit/* setOutput */.uH(OUT.platforms, result.usable.join(','));
    let builder = '';
    let driver = '';
    if (inputs.buildx) {
        const b = await toolkit/* group */.Os('Set up buildx', () => (0,buildx/* setupBuilder */.XN)({
            driver: inputs.driver,
            name: inputs.builderName,
            buildkitImage: inputs.buildkitImage,
            platforms: result.usable
        }, { onCreated: buildx/* saveCreatedBuilder */.jU }));
        builder = b.name;
        driver = b.driver;
    }
    toolkit/* setOutput */.uH(OUT.builder, builder);
    toolkit/* setOutput */.uH(OUT.driver, driver);
    await (0,summary/* writeSummary */.Sy)(inputs.summary, s => {
        s.addHeading('Platforms', 3);
        s.addTable((0,summary/* table */.tp)(['Platform', 'Runs', 'Emulator', 'Probe', 'Time'], result.rows.map(r => [
            `<code>${r.platform}</code>`,
            r.native ? 'native' : 'emulated',
            r.emulator,
            r.probe === 'passed' ? '✅ passed' : r.probe === 'failed' ? `❌ ${r.detail}` : '– skipped',
            r.probeMs === undefined ? '–' : `${r.probeMs} ms`
        ])));
        if (builder)
            s.addRaw(`Builder <code>${builder}</code> (driver <code>${driver}</code>)`, true);
    });
}
/** Post step: remove the builder we created and put the previous one back in use. */
async function post() {
    await (0,buildx/* removeSavedBuilder */.ze)();
}


/***/ })

};
;
//# sourceMappingURL=18.index.js.map