"use strict";
exports.id = 277;
exports.ids = [277];
exports.modules = {

/***/ 41860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** This suite's version, as package.json gives it (test/unit/proof.test.ts keeps the two equal). */
const TOOL_VERSION = '1.0.0';


/***/ }),

/***/ 47366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ getSigningInputs),
/* harmony export */   y: () => (/* binding */ getProofInputs)
/* harmony export */ });
/* harmony import */ var _core_toolkit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83446);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43545);
/* harmony import */ var _core_inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75855);
/* harmony import */ var _keys__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97479);
/* harmony import */ var _keyless__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68733);
/* harmony import */ var _sigstore__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12379);
// The signing and trust inputs that verify-platforms, build and the tag step share, read the same way.







/**
 * The cosign key (unlocked with its password) and the token for keyless signing, both secrets
 * masked; the three specs are the action's signing key, its password and its GitHub token.
 */
function getSigningInputs(keySpec, passwordSpec, tokenSpec) {
    const password = (0,_core_inputs__WEBPACK_IMPORTED_MODULE_3__/* .getString */ .AA)(passwordSpec);
    if (password)
        _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(password);
    const token = (0,_keyless__WEBPACK_IMPORTED_MODULE_5__/* .githubToken */ .bU)((0,_core_inputs__WEBPACK_IMPORTED_MODULE_3__/* .getString */ .AA)(tokenSpec));
    if (token)
        _core_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    const signingKey = (0,_keys__WEBPACK_IMPORTED_MODULE_4__/* .signingKeyInput */ .B0)(keySpec.name, (0,_core_inputs__WEBPACK_IMPORTED_MODULE_3__/* .getString */ .AA)(keySpec), passwordSpec.name, password);
    return { signingKey, githubToken: token };
}
/**
 * `proof` and whom proofs must be signed by: the key `proof-key`, else (`signedWith`, the tag step)
 * the public half of the signing key, whose proofs the same pipeline wrote; and, where the action
 * has them (`identitySpecs`), the Sigstore identity of keyless proofs. `require` with nothing to
 * trust is a mistake in the inputs.
 */
function getProofInputs(modeSpec, keySpec, signedWith, identitySpecs) {
    const proof = (0,_core_inputs__WEBPACK_IMPORTED_MODULE_3__/* .getChoice */ .m)(modeSpec);
    const key = (0,_keys__WEBPACK_IMPORTED_MODULE_4__/* .publicKeyInput */ .Lt)(keySpec.name, (0,_core_inputs__WEBPACK_IMPORTED_MODULE_3__/* .getString */ .AA)(keySpec)) ?? (signedWith && (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createPublicKey)(signedWith));
    const specs = identitySpecs;
    const identity = specs &&
        (0,_sigstore__WEBPACK_IMPORTED_MODULE_6__/* .identityTrust */ .ni)({ identity: specs.identity.name, issuer: specs.issuer.name, trustedRoot: specs.trustedRoot.name }, {
            identity: (0,_core_inputs__WEBPACK_IMPORTED_MODULE_3__/* .getString */ .AA)(specs.identity),
            issuer: (0,_core_inputs__WEBPACK_IMPORTED_MODULE_3__/* .getString */ .AA)(specs.issuer),
            trustedRoot: (0,_core_inputs__WEBPACK_IMPORTED_MODULE_3__/* .getString */ .AA)(specs.trustedRoot)
        });
    if (proof === 'require' && !key && !identity)
        throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(modeSpec.name, proof, specs
            ? `it needs ${keySpec.name} or ${specs.identity.name}: whom proofs must be signed by`
            : `it needs ${keySpec.name}: the key proofs must be signed with`);
    return { proof, proofKeys: key ? [key] : [], ...(identity ? { proofIdentity: identity } : {}) };
}


/***/ }),

/***/ 68733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ signKeyless),
/* harmony export */   bU: () => (/* binding */ githubToken),
/* harmony export */   eg: () => (/* binding */ keylessAvailable)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43545);
// Keyless signing on GitHub: @actions/attest signs the statement with a Sigstore certificate
// for the workflow's OIDC identity (id-token: write) and stores it with GitHub's attestations
// (attestations: write), where `gh attestation verify` finds it by digest.

/** True on a GitHub runner whose job may ask for an OIDC token (permissions: id-token: write). */
function keylessAvailable(env = process.env) {
    return !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
}
/** The Rekor bundle cosign keeps beside an attestation layer, from a Sigstore bundle's log entry. */
function rekorBundleOf(entries) {
    const e = entries?.[0];
    if (!e?.inclusionPromise)
        return undefined;
    return JSON.stringify({
        SignedEntryTimestamp: e.inclusionPromise.signedEntryTimestamp,
        Payload: {
            body: e.canonicalizedBody,
            integratedTime: Number(e.integratedTime),
            logIndex: Number(e.logIndex),
            logID: Buffer.from(e.logId.keyId, 'base64').toString('hex')
        }
    });
}
/** Signs `statement` keyless and stores it as a GitHub attestation; `token` needs attestations: write. */
async function signKeyless(statement, token) {
    const { attest } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(654), __webpack_require__.e(777), __webpack_require__.e(700), __webpack_require__.e(310), __webpack_require__.e(917), __webpack_require__.e(212), __webpack_require__.e(255), __webpack_require__.e(485)]).then(__webpack_require__.bind(__webpack_require__, 11485));
    const a = await attest({
        subjects: statement.subject,
        predicateType: statement.predicateType,
        predicate: statement.predicate,
        token
    });
    const dsse = a.bundle.dsseEnvelope;
    if (!dsse)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .CheckError */ .tl('the Sigstore bundle of the platform proof holds no DSSE envelope');
    const verification = a.bundle.verificationMaterial;
    return {
        envelope: {
            payloadType: dsse.payloadType,
            payload: dsse.payload,
            signatures: dsse.signatures.map(s => ({ keyid: s.keyid ?? '', sig: s.sig }))
        },
        certificate: a.certificate,
        bundle: a.bundle,
        ...(a.attestationID ? { attestationId: a.attestationID } : {}),
        ...(rekorBundleOf(verification.tlogEntries)
            ? { rekorBundle: rekorBundleOf(verification.tlogEntries) }
            : {})
    };
}
/** The token of a `github-token` input; its unexpanded default (the CLI, off GitHub) is no token. */
function githubToken(value) {
    return value.startsWith('${{') ? '' : value;
}


/***/ }),

/***/ 97479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ signingKeyInput),
/* harmony export */   Lt: () => (/* binding */ publicKeyInput),
/* harmony export */   xT: () => (/* binding */ keyName)
/* harmony export */ });
/* unused harmony exports pemOrPath, loadSigningKey, loadPublicKey, publicPem */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43545);
/* harmony import */ var _core_lazy__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96224);
/* harmony import */ var _core_paths__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39756);
// cosign keys: the encrypted private key `cosign generate-key-pair` writes (scrypt + NaCl secretbox
// around a PKCS#8 key) and the public key PEM. Signing and verifying use node:crypto (ECDSA).




// eslint-disable-next-line @typescript-eslint/no-require-imports
const nacl = (0,_core_lazy__WEBPACK_IMPORTED_MODULE_3__/* .lazy */ .R)(() => __webpack_require__(80668));
const ENCRYPTED = /-----BEGIN (?:ENCRYPTED SIGSTORE|ENCRYPTED COSIGN) PRIVATE KEY-----([\s\S]*?)-----END/;
// cosign's own limits on its scrypt parameters (N up to 2^20 costs 1 GiB of memory at r = 8).
const MAX_SCRYPT_N = 1 << 20;
const KEY_TEXT_LIMIT = 64 * 1024;
/** A key input's text: PEM given inline, or read from the path it names. */
function pemOrPath(input, value) {
    if (value.includes('-----BEGIN '))
        return value;
    return (0,_core_paths__WEBPACK_IMPORTED_MODULE_2__/* .readInputFile */ .jH)(input, value, KEY_TEXT_LIMIT).toString('utf8');
}
function parseEncrypted(input, body) {
    let k;
    try {
        k = JSON.parse(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    catch {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input}: the cosign key's body is not the JSON cosign writes`);
    }
    const { N, r, p } = k?.kdf?.params ?? {};
    if (k?.kdf?.name !== 'scrypt' || k.cipher?.name !== 'nacl/secretbox')
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input}: the cosign key is not sealed with scrypt and nacl/secretbox`);
    if (![N, r, p].every(Number.isInteger) ||
        N < 2 ||
        N > MAX_SCRYPT_N ||
        (N & (N - 1)) !== 0 ||
        r > 32 ||
        p > 16)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input}: the cosign key's scrypt parameters are out of range`);
    return k;
}
/**
 * The private key of a cosign key pair. `text` is the PEM (encrypted as cosign writes it, or a
 * plain PKCS#8 / SEC1 EC key); `input` names the input in errors; `password` opens it.
 */
function loadSigningKey(input, passwordInput, text, password) {
    const m = ENCRYPTED.exec(text);
    if (!m) {
        try {
            return node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey(text);
        }
        catch {
            throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(input, '(the key)', 'expected a cosign private key (PEM), or a path to one');
        }
    }
    const k = parseEncrypted(input, m[1]);
    const { N, r, p } = k.kdf.params;
    const secret = node_crypto__WEBPACK_IMPORTED_MODULE_0__.scryptSync(Buffer.from(password, 'utf8'), Buffer.from(k.kdf.salt, 'base64'), 32, {
        N,
        r,
        p,
        maxmem: 256 * N * r + 1024 * 1024
    });
    const opened = nacl().secretbox.open(new Uint8Array(Buffer.from(k.ciphertext, 'base64')), new Uint8Array(Buffer.from(k.cipher.nonce, 'base64')), new Uint8Array(secret));
    if (!opened)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input}: the key does not open with ${passwordInput} (wrong password?)`);
    return node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
}
/** A cosign public key (PEM); `input` names the input in errors. */
function loadPublicKey(input, text) {
    try {
        return node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey(text);
    }
    catch {
        throw (0,_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(input, '(the key)', 'expected a public key (PEM, as cosign.pub), or a path to one');
    }
}
/** The public key's public half as PEM (what cosign.pub holds). */
function publicPem(key) {
    const pub = key.type === 'private' ? crypto.createPublicKey(key) : key;
    return pub.export({ type: 'spki', format: 'pem' }).toString();
}
/** A short name for a key: `sha256:` and the first 16 hex of its SubjectPublicKeyInfo. */
function keyName(key) {
    const pub = key.type === 'private' ? node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey(key) : key;
    const der = pub.export({ type: 'spki', format: 'der' });
    return `key sha256:${node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(der).digest('hex').slice(0, 16)}`;
}
/**
 * The signing key of the `signing-key` and `signing-key-password` inputs (names given), or
 * undefined when no key is given. The password falls back to $COSIGN_PASSWORD, as cosign's own.
 */
function signingKeyInput(keyInput, key, passwordInput, password, env = process.env) {
    if (!key)
        return undefined;
    return loadSigningKey(keyInput, passwordInput, pemOrPath(keyInput, key), password || env.COSIGN_PASSWORD || '');
}
/** The public key of a `proof-key` input (its name given), or undefined when none is given. */
function publicKeyInput(input, value) {
    return value ? loadPublicKey(input, pemOrPath(input, value)) : undefined;
}


/***/ }),

/***/ 12379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lI: () => (/* binding */ BUNDLE_LIMIT),
  ni: () => (/* binding */ identityTrust),
  IF: () => (/* binding */ verifyBundle)
});

// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
;// CONCATENATED MODULE: ./actions/lib/proof/sigstore-root.ts
// The trust material keyless proofs are checked against: a Sigstore trusted root (its Fulcio CAs,
// Rekor logs, CT logs and timestamp authorities), from a file or, by default, the public-good
// instance's, fetched through TUF with a deadline and else the copy embedded in @sigstore/tuf.





/** The public-good Sigstore instance's TUF repository (Fulcio, Rekor: what GitHub uses for public repositories). */
const PUBLIC_GOOD_TUF = 'https://tuf-repo-cdn.sigstore.dev';
// A trusted root is a few kilobytes of certificates and keys.
const ROOT_LIMIT = 1024 * 1024;
// The TUF refresh: per request, and in all; past it the embedded root is used.
const TUF_REQUEST_MS = 5_000;
const TUF_TOTAL_MS = 20_000;
/** Why `json` cannot be a trusted root, or undefined when its shape is one. */
function rootProblem(json) {
    const r = json;
    if (!r || typeof r !== 'object' || !Array.isArray(r.certificateAuthorities))
        return 'it is not a Sigstore trusted root (no certificateAuthorities)';
    if (!r.certificateAuthorities.length)
        return 'it names no certificate authority';
    // Without a transparency log, a signed time can only come from a timestamp authority.
    if (!r.tlogs?.length && !r.timestampAuthorities?.length)
        return 'it names neither a transparency log nor a timestamp authority, so no signed time can be checked';
    return undefined;
}
/** The JSON values of `text`: one document, or JSON lines (as `gh attestation trusted-root` prints). */
function jsonValues(text) {
    try {
        return [JSON.parse(text)];
    }
    catch {
        try {
            return text
                .split('\n')
                .filter(l => l.trim())
                .map(l => JSON.parse(l));
        }
        catch {
            return undefined;
        }
    }
}
/**
 * The roots of a `proof-trusted-root` file (its input named): a trusted_root.json, or JSON lines of
 * several roots (each is tried); each checked for the shape of a trusted root.
 */
function readRootFile(input, file) {
    let text;
    try {
        if (external_node_fs_.statSync(file).size > ROOT_LIMIT)
            throw new Error(`it is over ${ROOT_LIMIT} bytes`);
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (err) {
        throw (0,errors/* badInput */.AN)(input, file, `cannot read it: ${(0,errors/* whyOf */.gf)(err)}`);
    }
    const values = jsonValues(text);
    if (!values?.length)
        throw (0,errors/* badInput */.AN)(input, file, 'it is neither JSON nor JSON lines');
    values.forEach((v, i) => {
        const problem = rootProblem(v);
        if (problem)
            throw (0,errors/* badInput */.AN)(input, file, values.length > 1 ? `line ${i + 1}: ${problem}` : problem);
    });
    return values;
}
/** Trust material and thresholds from a trusted root's JSON; a bad certificate or key is a CheckError. */
async function rootOf(json, source) {
    const problem = rootProblem(json);
    if (problem)
        throw new errors/* CheckError */.tl(`the Sigstore trusted root from ${source} is unusable: ${problem}`);
    const { TrustedRoot } = await __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23));
    const { toTrustMaterial } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 54187));
    let material;
    try {
        material = toTrustMaterial(TrustedRoot.fromJSON(json));
    }
    catch (err) {
        throw new errors/* CheckError */.tl(`the Sigstore trusted root from ${source} is unusable: ${(0,errors/* whyOf */.gf)(err)}`);
    }
    const tlogs = material.tlogs.length > 0;
    return {
        material,
        thresholds: {
            tlogThreshold: tlogs ? 1 : 0,
            ctlogThreshold: material.ctlogs.length ? 1 : 0,
            tsaThreshold: tlogs ? 0 : 1
        },
        source
    };
}
/** The public-good trusted root embedded in @sigstore/tuf (as of its release). */
function embeddedRoot() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const seeds = __webpack_require__(8032);
    return JSON.parse(Buffer.from(seeds[PUBLIC_GOOD_TUF].targets['trusted_root.json'], 'base64').toString('utf8'));
}
/** The public-good root through TUF within TUF_TOTAL_MS, else (offline, blocked) the embedded one. */
async function publicGoodRoot(env = process.env) {
    const cachePath = external_node_path_.join(env.RUNNER_TEMP || external_node_os_.tmpdir(), 'arch-actions-sigstore-tuf');
    let timer;
    try {
        const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(777), __webpack_require__.e(700), __webpack_require__.e(310), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
        const deadline = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${TUF_TOTAL_MS / 1000} s`)), TUF_TOTAL_MS);
        });
        const fetched = getTrustedRoot({
            cachePath,
            mirrorURL: PUBLIC_GOOD_TUF,
            timeout: TUF_REQUEST_MS,
            retry: 1
        });
        fetched.catch(() => undefined);
        const root = await Promise.race([fetched, deadline]);
        const { TrustedRoot } = await __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23));
        return await rootOf(TrustedRoot.toJSON(root), PUBLIC_GOOD_TUF);
    }
    catch (err) {
        toolkit/* info */.pq(`The Sigstore public-good trusted root could not be refreshed from ${PUBLIC_GOOD_TUF} (${(0,errors/* whyOf */.gf)(err)}); using the copy embedded in this release`);
        return rootOf(embeddedRoot(), 'the public-good root embedded in this release');
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./actions/lib/proof/sigstore.ts
// Keyless proofs trusted by identity: a Sigstore bundle is checked by @sigstore/verify against a
// trusted root (certificate chain to its CA, a signed time inside the certificate's validity, the
// signature over the DSSE envelope), then its certificate's identity and issuer against ours.


// A bundle holds one envelope (a statement of a few kilobytes per platform), a certificate and its proofs of time.
const BUNDLE_LIMIT = 2 * 1024 * 1024;
/** `/re/` is a pattern (anchored: it must match the whole identity); anything else is the identity itself. */
function identityOf(input, value) {
    if (/\s/.test(value))
        throw (0,errors/* badInput */.AN)(input, value, 'a certificate identity has no spaces');
    const m = /^\/(.+)\/$/.exec(value);
    if (!m)
        return value;
    try {
        return new RegExp(`^(?:${m[1]})$`);
    }
    catch (err) {
        throw (0,errors/* badInput */.AN)(input, value, `not a regular expression: ${(0,errors/* whyOf */.gf)(err)}`);
    }
}
function memo(load) {
    let loaded;
    return () => (loaded ??= load());
}
/**
 * The identity trust of three input values (identity, issuer, trusted-root path); undefined with
 * no identity. A bad value is a ConfigurationError naming its input.
 */
function identityTrust(names, values, env = process.env) {
    if (!values.identity) {
        if (values.trustedRoot)
            throw (0,errors/* badInput */.AN)(names.trustedRoot, values.trustedRoot, `it needs ${names.identity}: whose proofs to trust`);
        return undefined;
    }
    const identity = identityOf(names.identity, values.identity);
    const issuer = values.issuer;
    let url;
    try {
        url = new URL(issuer);
    }
    catch {
        url = undefined;
    }
    if (url?.protocol !== 'https:')
        throw (0,errors/* badInput */.AN)(names.issuer, issuer, 'an OIDC issuer is an https:// URL');
    const file = values.trustedRoot
        ? readRootFile(names.trustedRoot, values.trustedRoot)
        : undefined;
    const from = values.trustedRoot;
    return {
        identity,
        issuer,
        roots: memo(async () => file
            ? Promise.all(file.map((r, i) => rootOf(r, file.length > 1 ? `${from} (line ${i + 1})` : from)))
            : [await publicGoodRoot(env)])
    };
}
/** A short, quoted rendering of a value from a certificate, for a reason. */
const quoted = (v) => (v === undefined ? 'none' : JSON.stringify(v.slice(0, 200)));
// How far the library's checks got before an error (timestamps, chain, log entry, signature):
// with several roots, the failure of the one that got furthest is the bundle's reason.
const REACHED = { CERTIFICATE_ERROR: 1, TLOG_BODY_ERROR: 2, SIGNATURE_ERROR: 3 };
/** A library error as a named reason. */
function reasonOf(err) {
    const code = err.code ?? '';
    const why = (0,errors/* whyOf */.gf)(err);
    if (code === 'SIGNATURE_ERROR' || code === 'TLOG_BODY_ERROR')
        return `altered: its signature does not match its statement (${why})`;
    if (code === 'CERTIFICATE_ERROR') {
        const cause = err.cause;
        return `untrusted certificate chain: ${why}${cause ? ` (${(0,errors/* whyOf */.gf)(cause)})` : ''}`;
    }
    if (code === 'TIMESTAMP_ERROR' || code.startsWith('TLOG_'))
        return `no trusted signed time: ${why}`;
    return `not verified: ${why}`;
}
/** The bundle's signer, verified against one of the roots; else the reason of the one that got furthest. */
async function signerOf(bundle, roots, what) {
    const { Verifier, toSignedEntity } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 54187));
    const entity = toSignedEntity(bundle);
    let furthest;
    for (const root of roots) {
        try {
            return new Verifier(root.material, root.thresholds).verify(entity);
        }
        catch (err) {
            const code = (e) => REACHED[e?.code ?? ''] ?? 0;
            if (furthest === undefined || code(err) > code(furthest))
                furthest = err;
        }
    }
    throw new errors/* CheckError */.tl(`${what}: ${reasonOf(furthest)}`);
}
/** The envelope of a bundle whose JSON is `json`: parsed, or a CheckError that names why not. */
async function parseBundle(json, what) {
    const { bundleFromJSON } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 61040));
    let bundle;
    try {
        bundle = bundleFromJSON(json);
    }
    catch (err) {
        throw new errors/* CheckError */.tl(`${what} is not a Sigstore bundle: ${(0,errors/* whyOf */.gf)(err)}`);
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new errors/* CheckError */.tl(`${what} holds no DSSE envelope`);
    if (bundle.verificationMaterial.content.$case === 'publicKey')
        throw new errors/* CheckError */.tl(`${what} is signed with a key, not a certificate`);
    return { bundle, dsse: bundle.content.dsseEnvelope };
}
/**
 * The envelope in a Sigstore bundle (its JSON text) once the bundle verifies against the trust's
 * root and its certificate names the trusted identity and issuer; else a CheckError with a named reason.
 */
async function verifyBundle(text, trust, what) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors/* CheckError */.tl(`${what} is not JSON`);
    }
    const { bundle, dsse } = await parseBundle(json, what);
    const signer = await signerOf(bundle, await trust.roots(), what);
    const issuer = signer.identity?.extensions?.issuer;
    if (issuer !== trust.issuer)
        throw new errors/* CheckError */.tl(`${what}: wrong issuer: its certificate names ${quoted(issuer)}, not ${quoted(trust.issuer)}`);
    const san = signer.identity?.subjectAlternativeName;
    const ok = san !== undefined &&
        (typeof trust.identity === 'string' ? san === trust.identity : trust.identity.test(san));
    if (!ok)
        throw new errors/* CheckError */.tl(`${what}: wrong identity: its certificate names ${quoted(san)}, not ${typeof trust.identity === 'string' ? quoted(trust.identity) : `one matching ${String(trust.identity)}`}`);
    return {
        envelope: {
            payloadType: dsse.payloadType,
            payload: dsse.payload.toString('base64'),
            signatures: dsse.signatures.map(s => ({ keyid: s.keyid, sig: s.sig.toString('base64') }))
        },
        identity: san
    };
}


/***/ }),

/***/ 46706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ statementFor),
/* harmony export */   KY: () => (/* binding */ uncovered),
/* harmony export */   To: () => (/* binding */ PREDICATE_TYPE),
/* harmony export */   y9: () => (/* binding */ LEVEL_NAMES),
/* harmony export */   zG: () => (/* binding */ STATEMENT_TYPE)
/* harmony export */ });
/* unused harmony export runContext */
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41860);
// The platform proof: an in-toto Statement v1 about one index, built from verify's results.
// Its schema is docs/platform-proof.schema.json (docs/platform-proof.md explains each field).

const PREDICATE_TYPE = 'https://github.com/openebs/arch-actions/platform-proof/v1';
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const LEVEL_NAMES = ['', 'listed', 'configured', 'built right', 'runs', 'serves'];
/** Where and by what the check ran: the source revision and run URL on GitHub. */
function runContext(env = process.env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
    const repo = env.GITHUB_REPOSITORY;
    return {
        tool: {
            name: 'arch-actions',
            version: _core_version__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_VERSION */ .w,
            ...(env.GITHUB_ACTION_REF ? { ref: env.GITHUB_ACTION_REF } : {})
        },
        ...(repo || env.GITHUB_SHA
            ? {
                source: {
                    ...(repo ? { repository: `${server}/${repo}` } : {}),
                    ...(env.GITHUB_SHA ? { revision: env.GITHUB_SHA } : {})
                }
            }
            : {}),
        ...(repo && env.GITHUB_RUN_ID
            ? {
                run: {
                    url: `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`,
                    id: env.GITHUB_RUN_ID,
                    ...(env.GITHUB_RUN_ATTEMPT ? { attempt: env.GITHUB_RUN_ATTEMPT } : {})
                }
            }
            : {})
    };
}
/** The levels a passed platform check reached; a deep check that saw no ELF file proves no level 3. */
function reached(c) {
    if (c.level < 3)
        return c.level;
    return c.deep && !c.deep.unsupported && c.deep.executables > 0 ? 3 : 2;
}
function platformProof(c, runs) {
    let level = reached(c);
    const parity = runs.parity?.[c.platform];
    const cluster = runs.cluster?.[c.platform];
    if (parity?.ok && level >= 3)
        level = 4;
    if (cluster?.ok && level >= 4)
        level = 5;
    const d = c.deep;
    return {
        platform: c.platform,
        digest: c.digest ?? '',
        level,
        levels: Array.from({ length: level }, (_, i) => i + 1),
        ...(d && !d.unsupported
            ? {
                elf: {
                    machines: { ...(d.machines ?? {}) },
                    executables: d.executables,
                    files: d.files ?? 0,
                    layers: d.layersScanned
                }
            }
            : {}),
        ...(parity ? { parity } : {}),
        ...(cluster ? { cluster } : {})
    };
}
/**
 * The statement for one image that passed: subject = the index (name and digest), one entry per
 * platform checked with its manifest digest (`subjectName` names an archive's image). Undefined for an image that did not pass or has no
 * digest with its platforms (an archive folder): there is nothing to attach a proof to.
 */
function statementFor(image, signing, runs = {}, env = process.env, now = new Date(), subjectName) {
    if (image.status !== 'ok' || !image.digest || !image.platforms.length)
        return undefined;
    if (image.platforms.some(p => p.status !== 'ok' || !p.digest))
        return undefined;
    // `registry/repository` of the normalised reference: its digest and tag dropped.
    const name = subjectName ?? image.normalized.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    const [alg, hex] = image.digest.split(':');
    return {
        _type: STATEMENT_TYPE,
        subject: [{ name, digest: { [alg]: hex } }],
        predicateType: PREDICATE_TYPE,
        predicate: {
            verdict: 'proven',
            signing,
            checkedAt: now.toISOString(),
            ...runContext(env),
            platforms: image.platforms.map(p => platformProof(p, runs))
        }
    };
}
/**
 * Why `predicate` does not cover the platforms and level asked for, or undefined when it does.
 * A platform's level must be at least `level`.
 */
function uncovered(predicate, platforms, level) {
    const gaps = [];
    for (const want of platforms) {
        const p = predicate.platforms.find(x => x.platform === want);
        if (!p)
            gaps.push(`${want} is not in it`);
        else if (p.level < level)
            gaps.push(`${want} is proven to level ${p.level} (${LEVEL_NAMES[p.level]}), level ${level} is asked for`);
    }
    return gaps.length ? gaps.join('; ') : undefined;
}


/***/ })

};
;
//# sourceMappingURL=277.index.js.map