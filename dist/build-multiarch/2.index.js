"use strict";
exports.id = 2;
exports.ids = [2];
exports.modules = {

/***/ 1002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  proofBeforeTags: () => (/* binding */ proofBeforeTags),
  proveListed: () => (/* binding */ proveListed)
});

// EXTERNAL MODULE: ./actions/lib/core/toolkit.ts
var toolkit = __webpack_require__(83446);
// EXTERNAL MODULE: ./actions/lib/core/errors.ts
var errors = __webpack_require__(43545);
// EXTERNAL MODULE: ./actions/lib/core/untrusted.ts
var untrusted = __webpack_require__(5078);
// EXTERNAL MODULE: ./actions/lib/core/specs.generated.ts
var specs_generated = __webpack_require__(82343);
// EXTERNAL MODULE: ./actions/lib/oci/platform.ts
var platform = __webpack_require__(98081);
// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __webpack_require__(67837);
// EXTERNAL MODULE: ./actions/lib/oci/types.ts
var types = __webpack_require__(74189);
// EXTERNAL MODULE: ./actions/lib/oci/digest.ts
var oci_digest = __webpack_require__(61766);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./actions/lib/proof/statement.ts + 1 modules
var proof_statement = __webpack_require__(17633);
;// CONCATENATED MODULE: ./actions/lib/proof/dsse.ts
// DSSE envelopes (the signing format of in-toto and cosign attestations): the signature is over
// the pre-authentication encoding of the payload type and the payload.



const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';
const DSSE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
/** DSSEv1 pre-authentication encoding. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `),
        type,
        Buffer.from(` ${payload.length} `),
        payload
    ]);
}
// ECDSA keys sign a SHA-256 digest (cosign's keys are P-256); Ed25519 signs the message itself.
const algorithmOf = (key) => (key.asymmetricKeyType === 'ed25519' ? null : 'sha256');
/** The statement in an envelope, signed with `key` (ECDSA, DER signature as cosign writes) or unsigned. */
function envelope(statement, key) {
    const payload = Buffer.from(JSON.stringify(statement), 'utf8');
    const signatures = key
        ? [
            {
                keyid: '',
                sig: external_node_crypto_.sign(algorithmOf(key), pae(IN_TOTO_PAYLOAD, payload), key).toString('base64')
            }
        ]
        : [];
    return { payloadType: IN_TOTO_PAYLOAD, payload: payload.toString('base64'), signatures };
}
/** An envelope from JSON text (a proof file or a registry blob); throws CheckError on any other shape. */
function parseEnvelope(text, what) {
    let e;
    try {
        e = JSON.parse(text);
    }
    catch {
        throw new errors/* CheckError */.tl(`${what} is not JSON`);
    }
    if (typeof e?.payloadType !== 'string' || typeof e.payload !== 'string' || !Array.isArray(e.signatures))
        throw new errors/* CheckError */.tl(`${what} is not a DSSE envelope`);
    return e;
}
/** True when one of the envelope's signatures is `key`'s over the envelope's own payload. */
function signedBy(e, key) {
    const data = pae(e.payloadType, Buffer.from(e.payload, 'base64'));
    return e.signatures.some(s => {
        try {
            return external_node_crypto_.verify(algorithmOf(key), data, key, Buffer.from(String(s.sig), 'base64'));
        }
        catch {
            return false;
        }
    });
}
/** The platform-proof statement inside an envelope; throws CheckError when it is anything else. */
function statementOf(e, what) {
    if (e.payloadType !== IN_TOTO_PAYLOAD)
        throw new errors/* CheckError */.tl(`${what} does not carry an in-toto statement`);
    let s;
    try {
        s = JSON.parse(Buffer.from(e.payload, 'base64').toString('utf8'));
    }
    catch {
        throw new errors/* CheckError */.tl(`${what}: its statement is not JSON`);
    }
    if (s?._type !== proof_statement/* STATEMENT_TYPE */.zG || s.predicateType !== proof_statement/* PREDICATE_TYPE */.To)
        throw new errors/* CheckError */.tl(`${what} is not a platform proof (${proof_statement/* PREDICATE_TYPE */.To})`);
    if (!Array.isArray(s.subject) || !Array.isArray(s.predicate?.platforms))
        throw new errors/* CheckError */.tl(`${what}: its statement lacks a subject or platforms`);
    return s;
}

;// CONCATENATED MODULE: ./actions/lib/proof/attach.ts
// A proof in the registry: an OCI 1.1 referrer of the index (subject and artifactType; the tag
// fallback where the registry lacks the referrers API), and the same DSSE layer under cosign's
// `sha256-<hex>.att` tag, which `cosign verify-attestation` reads. A keyless proof also gets its
// whole Sigstore bundle as a referrer, laid out as GitHub's attest actions push it.





/** The artifact type of the referrer (an in-toto statement in a DSSE envelope). */
const ARTIFACT_TYPE = 'application/vnd.in-toto+json';
/** cosign's marker and predicate annotations on an attestation layer. */
const COSIGN_SIGNATURE = 'dev.cosignproject.cosign/signature';
const PREDICATE_ANNOTATION = 'predicateType';
const SIGNING_ANNOTATION = 'dev.openebs.arch-actions/signing';
/** The Sigstore bundle (v0.3) media type: the artifact type and layer type of a bundle referrer. */
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The predicate type of a bundle referrer, as `gh attestation verify --bundle-from-oci` reads it. */
const BUNDLE_PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
const CREATED = 'org.opencontainers.image.created';
// The config of an artifact with no config of its own (image-spec 1.1's empty descriptor).
const EMPTY_CONFIG = { mediaType: 'application/vnd.oci.empty.v1+json', body: Buffer.from('{}') };
/** The tag cosign keeps a digest's attestations under. */
function cosignTag(digest) {
    return `${digest.replace(':', '-')}.att`;
}
function layerOf(body, extra) {
    return {
        mediaType: DSSE_MEDIA_TYPE,
        digest: (0,oci_digest/* sha256Digest */.sI)(body),
        size: body.length,
        annotations: { [COSIGN_SIGNATURE]: '', [PREDICATE_ANNOTATION]: proof_statement/* PREDICATE_TYPE */.To, ...extra }
    };
}
/** The config cosign writes for an attestation manifest: an empty image whose layers are the envelopes. */
function configOf(layers) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map(l => l.digest) },
        config: {}
    }));
}
async function manifestOf(client, ref, layers, extra, { mediaType, body: config } = { mediaType: types/* MEDIA_TYPES */.Z2.ociConfig, body: configOf(layers) }) {
    await client.pushBlob(ref, config);
    const manifest = {
        schemaVersion: 2,
        mediaType: types/* MEDIA_TYPES */.Z2.ociManifest,
        ...(extra.artifactType ? { artifactType: extra.artifactType } : {}),
        config: { mediaType, size: config.length, digest: (0,oci_digest/* sha256Digest */.sI)(config) },
        layers,
        ...(extra.subject ? { subject: extra.subject } : {}),
        ...(extra.annotations ? { annotations: extra.annotations } : {})
    };
    const body = Buffer.from(JSON.stringify(manifest));
    return { body, digest: (0,oci_digest/* sha256Digest */.sI)(body) };
}
/** cosign's `.att` manifest for the digest: the layers already there (other predicates) and ours. */
async function cosignLayers(client, ref, digest, ours) {
    const tagged = { ...ref, tag: cosignTag(digest), digest: undefined };
    if (!(await client.headManifest(tagged)))
        return [ours];
    const old = (await client.getManifest(tagged, [types/* MEDIA_TYPES */.Z2.ociManifest])).json;
    const others = (old.layers ?? []).filter(l => l.annotations?.[PREDICATE_ANNOTATION] !== proof_statement/* PREDICATE_TYPE */.To);
    return [...others, ours];
}
/** One layer (its blob already pushed) as a referrer of `digest`; the manifest, and how it was recorded. */
async function pushReferrerOf(client, repo, digest, layer, what, config) {
    const subject = await client.getManifest({ ...repo, digest });
    const { artifactType, annotations } = what;
    const referrer = await manifestOf(client, repo, [layer], { artifactType, subject: { mediaType: subject.mediaType, digest, size: subject.size }, annotations }, config);
    const descriptor = {
        mediaType: types/* MEDIA_TYPES */.Z2.ociManifest,
        digest: referrer.digest,
        size: referrer.body.length,
        artifactType,
        annotations: { ...annotations, ...what.listed }
    };
    return { referrer, recordedBy: await client.pushReferrer(repo, referrer.body, descriptor, digest) };
}
/**
 * Attaches the envelope to `ref@digest` (an index or manifest already in the registry): its body
 * as a blob, a referrer manifest with the index as subject, and cosign's attestation tag.
 */
async function attachProof(client, ref, digest, envelope, signing, created, keyless) {
    const repo = { ...ref, tag: undefined, digest: undefined };
    const body = Buffer.from(JSON.stringify(envelope));
    await client.pushBlob(repo, body);
    const layer = layerOf(body, keyless
        ? {
            'dev.sigstore.cosign/certificate': keyless.certificate,
            ...(keyless.rekorBundle ? { 'dev.sigstore.cosign/bundle': keyless.rekorBundle } : {})
        }
        : {});
    const { referrer, recordedBy } = await pushReferrerOf(client, repo, digest, layer, {
        artifactType: ARTIFACT_TYPE,
        annotations: { [CREATED]: created, [SIGNING_ANNOTATION]: signing },
        listed: { [PREDICATE_ANNOTATION]: proof_statement/* PREDICATE_TYPE */.To }
    });
    const tag = cosignTag(digest);
    // Only proofs cosign can check go where it looks: unsigned ones, and keyless ones outside the
    // public Rekor log (GitHub's own Sigstore instance, for private repositories), would fail there.
    if (signing === 'cosign-key' || keyless?.rekorBundle) {
        const layers = await cosignLayers(client, repo, digest, layer);
        const att = layers.length === 1 ? referrer : await manifestOf(client, repo, layers, {});
        await client.putManifest(repo, tag, att.body, types/* MEDIA_TYPES */.Z2.ociManifest);
    }
    return { digest: referrer.digest, recordedBy, cosignTag: `${(0,reference/* formatReference */.FH)(repo)}:${tag}` };
}
/**
 * Attaches a keyless proof's Sigstore bundle (its JSON, as signed) to `ref@digest` as a referrer
 * whose artifact type and one layer are the bundle's media type, where `gh attestation verify
 * --bundle-from-oci` and `cosign verify-attestation --new-bundle-format` look for it.
 */
async function attachBundle(client, ref, digest, bundle, created) {
    const repo = { ...ref, tag: undefined, digest: undefined };
    const body = Buffer.from(JSON.stringify(bundle));
    await client.pushBlob(repo, body);
    const layer = { mediaType: BUNDLE_MEDIA_TYPE, digest: (0,oci_digest/* sha256Digest */.sI)(body), size: body.length };
    const annotations = {
        [CREATED]: created,
        'dev.sigstore.bundle.content': 'dsse-envelope',
        [BUNDLE_PREDICATE_ANNOTATION]: proof_statement/* PREDICATE_TYPE */.To
    };
    const pushed = await pushReferrerOf(client, repo, digest, layer, { artifactType: BUNDLE_MEDIA_TYPE, annotations }, EMPTY_CONFIG);
    return { digest: pushed.referrer.digest, recordedBy: pushed.recordedBy };
}

// EXTERNAL MODULE: ./actions/lib/proof/keys.ts
var keys = __webpack_require__(97479);
// EXTERNAL MODULE: ./actions/lib/proof/sigstore.ts + 1 modules
var sigstore = __webpack_require__(12379);
;// CONCATENATED MODULE: ./actions/lib/proof/find.ts







// An envelope holds one statement of a few kilobytes per platform.
const ENVELOPE_LIMIT = 1024 * 1024;
// A digest with more referrers than this is not read further (each costs a manifest request).
const MAX_CANDIDATES = 16;
/** True when some proof could be trusted. */
const trustsAny = (t) => t.keys.length > 0 || !!t.identity;
// A keyless proof's DSSE layer carries its certificate for cosign; it is trusted through its bundle.
const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
function subjectMatches(s, digest) {
    const [alg, hex] = digest.split(':');
    return s.subject.some(x => x?.digest?.[alg] === hex);
}
/** The statement of an envelope signed as trusted, if it is about `digest`. */
function aboutDigest(e, digest, what, signer) {
    const statement = statementOf(e, what);
    if (!subjectMatches(statement, digest))
        throw new errors/* CheckError */.tl(`${what} is about another digest`);
    return { statement, by: statement.predicate.run?.url ?? signer, key: signer };
}
/** One candidate layer: read (bounded), checked against the trust and the subject digest. */
async function judge(client, ref, { layer, kind }, digest, trust) {
    const what = `proof ${layer.digest}`;
    if (kind === 'bundle') {
        const text = (await client.getBlobBytes(ref, layer.digest, sigstore/* BUNDLE_LIMIT */.lI)).toString('utf8');
        const { envelope, identity } = await (0,sigstore/* verifyBundle */.IF)(text, trust.identity, what);
        return aboutDigest(envelope, digest, what, `keyless: ${identity}`);
    }
    const e = parseEnvelope((await client.getBlobBytes(ref, layer.digest, ENVELOPE_LIMIT)).toString('utf8'), what);
    if (!e.signatures.length)
        throw new errors/* CheckError */.tl(`${what} is unsigned`);
    const key = trust.keys.find(k => signedBy(e, k));
    if (!key)
        throw new errors/* CheckError */.tl(`${what}: its signature does not match the trusted key`);
    return aboutDigest(e, digest, what, (0,keys/* keyName */.xT)(key));
}
async function layersOf(client, manifest) {
    const m = (await client.getManifest(manifest, [types/* MEDIA_TYPES */.Z2.ociManifest])).json;
    return (m.layers ?? []).flatMap((layer) => {
        if (layer.mediaType === BUNDLE_MEDIA_TYPE)
            return [{ layer, kind: 'bundle' }];
        const ours = layer.mediaType === DSSE_MEDIA_TYPE && layer.annotations?.predicateType === proof_statement/* PREDICATE_TYPE */.To;
        return ours ? [{ layer, kind: 'dsse' }] : [];
    });
}
const isProof = (r) => (r.artifactType === ARTIFACT_TYPE && r.annotations?.predicateType === proof_statement/* PREDICATE_TYPE */.To) ||
    (r.artifactType === BUNDLE_MEDIA_TYPE && r.annotations?.[BUNDLE_PREDICATE_ANNOTATION] === proof_statement/* PREDICATE_TYPE */.To);
/** The layers that may hold a proof of `digest`: its referrers of our types, then cosign's tag. */
async function candidates(client, repo, digest) {
    const att = { ...repo, tag: cosignTag(digest), digest: undefined };
    // Both places at once: a digest without proofs costs one round trip, not two.
    const [listed, attDigest] = await Promise.all([
        client.listReferrers(repo, digest),
        client.headManifest(att)
    ]);
    const manifests = listed
        .filter(isProof)
        .slice(0, MAX_CANDIDATES)
        .map(r => ({ ...repo, digest: r.digest }));
    if (attDigest)
        manifests.push({ ...att, tag: undefined, digest: attDigest });
    const layers = (await Promise.all(manifests.map(m => layersOf(client, m)))).flat();
    const seen = new Set();
    return layers.filter(c => !seen.has(c.layer.digest) && seen.add(c.layer.digest)).slice(0, MAX_CANDIDATES);
}
/**
 * Which candidates the trust can judge (else why not): a keyless proof is judged through its
 * Sigstore bundle, never through its envelope's copy for cosign (the one with a certificate beside it).
 */
function judgeable(c, trust) {
    const what = `proof ${c.layer.digest}`;
    if (c.kind === 'bundle')
        return trust.identity ? c : `${what} is signed keyless (Sigstore), and no identity is trusted`;
    if (c.layer.annotations?.[CERTIFICATE_ANNOTATION] !== undefined)
        return undefined;
    return trust.keys.length ? c : `${what} is signed with a key, and no key is trusted`;
}
/** Every proof of `ref@digest` in its repository, sorted into valid (newest first) and refused. */
async function findProofs(client, ref, digest, trust) {
    const repo = { ...ref, tag: undefined, digest: undefined };
    const sorted = (await candidates(client, repo, digest)).map(c => judgeable(c, trust));
    const refused = sorted.filter((c) => typeof c === 'string');
    const layers = sorted.filter((c) => typeof c === 'object');
    const judged = await Promise.allSettled(layers.map(l => judge(client, repo, l, digest, trust)));
    const valid = [];
    for (const j of judged) {
        if (j.status === 'fulfilled')
            valid.push(j.value);
        else
            refused.push((0,errors/* whyOf */.gf)(j.reason));
    }
    valid.sort((a, b) => b.statement.predicate.checkedAt.localeCompare(a.statement.predicate.checkedAt));
    return { valid, refused };
}

;// CONCATENATED MODULE: ./actions/lib/proof/cover.ts
// Whether a digest's proofs cover what is asked: the newest valid proof whose platforms, at the
// index's own manifest digests, reach the level asked for. verify and the tag step both ask.



/**
 * Looks for a proof of `ref@digest` that covers `want` (normalised platform strings) at `level`;
 * `entries` maps each platform the index lists to its manifest digest, so a proof naming another
 * manifest for a platform does not count. `none` says why no proof does; `unknown`: unreadable.
 */
async function coveringProof(client, ref, digest, entries, want, level, trust) {
    let search;
    try {
        search = await findProofs(client, ref, digest, trust);
    }
    catch (err) {
        return { kind: 'unknown', reason: `its proofs could not be read: ${(0,errors/* whyOf */.gf)(err)}` };
    }
    const gaps = [];
    for (const p of search.valid) {
        const lie = p.statement.predicate.platforms.find(x => entries.has(x.platform) && entries.get(x.platform) !== x.digest);
        const gap = lie
            ? `it names ${lie.digest} for ${lie.platform}, the index ${entries.get(lie.platform)}`
            : (0,proof_statement/* uncovered */.KY)(p.statement.predicate, want, level);
        if (!gap)
            return { kind: 'proven', proof: p };
        gaps.push(gap);
    }
    const why = [...gaps.map(g => `a valid proof does not cover it: ${g}`), ...search.refused];
    return { kind: 'none', reason: why.length ? why.join('; ') : 'no platform proof is attached' };
}

// EXTERNAL MODULE: ./actions/lib/proof/keyless.ts
var proof_keyless = __webpack_require__(68733);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./actions/lib/proof/write.ts







/** Attaches a signed proof (and a keyless one's Sigstore bundle) to its index; notes where in `written`. */
async function attach(client, t, e, statement, written, signed) {
    const digest = t.image.digest;
    const created = statement.predicate.checkedAt;
    const attached = await attachProof(client, t.attachTo, digest, e, written.signing, created, signed);
    written.referrer = attached.digest;
    written.recordedBy = attached.recordedBy;
    const how = (r) => (r === 'tag' ? 'referrers tag fallback' : 'referrers API');
    toolkit/* info */.pq(`Platform proof of ${written.subject} attached (${attached.digest}, ${how(attached.recordedBy)}; cosign: ${attached.cosignTag})`);
    if (signed && written.bundle) {
        const b = await attachBundle(client, t.attachTo, digest, signed.bundle, created);
        written.bundle.referrer = b.digest;
        toolkit/* info */.pq(`Its Sigstore bundle attached too (${b.digest}, ${how(b.recordedBy)})`);
    }
}
/** Writes (and, signed, attaches) a proof for each target that passed; returns what was written. */
async function writeProofs(targets, options, client) {
    const keyless = !options.key && !!options.keylessToken && (0,proof_keyless/* keylessAvailable */.eg)(options.env);
    const signing = options.key ? 'cosign-key' : keyless ? 'sigstore' : 'none';
    const out = [];
    for (const t of targets) {
        const now = new Date();
        const statement = (0,proof_statement/* statementFor */.JM)(t.image, signing, options.runs, options.env, now, t.subjectName);
        if (!statement || !t.image.digest)
            continue;
        const signed = keyless ? await (0,proof_keyless/* signKeyless */.AK)(statement, options.keylessToken) : undefined;
        const e = signed?.envelope ?? envelope(statement, options.key);
        const hex = t.image.digest.replace(/^sha256:/, '');
        const name = `platform-proof-${hex.slice(0, 16)}${signing === 'none' ? '.unsigned' : ''}`;
        external_node_fs_.mkdirSync(options.dir, { recursive: true });
        const file = external_node_path_.join(options.dir, `${name}.intoto.json`);
        external_node_fs_.writeFileSync(file, JSON.stringify(e, null, 2) + '\n');
        const subject = `${statement.subject[0].name}@${t.image.digest}`;
        const written = { subject, file, signing };
        if (signed?.attestationId)
            written.attestationId = signed.attestationId;
        if (signed) {
            written.bundle = { file: external_node_path_.join(options.dir, `${name}.sigstore.json`) };
            external_node_fs_.writeFileSync(written.bundle.file, JSON.stringify(signed.bundle) + '\n');
        }
        if (t.attachTo && signing !== 'none' && client)
            await attach(client, { ...t, attachTo: t.attachTo }, e, statement, written, signed);
        else
            toolkit/* info */.pq(`Platform proof of ${subject} written to ${file}${signing === 'none' ? ' (unsigned)' : ''}`);
        out.push(written);
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/lib/build/tag-proof.ts
// The tag step and the platform proof. Before any tag moves: a valid proof of the index that
// covers every required platform is named (`use`) or demanded (`require`: without one no tag
// moves). After its own check (level 1: the index lists every required platform), it signs a proof
// of that level, never more, when none covered it and a key (or keyless signing) is at hand, still
// before any tag moves: a proof that cannot be written moves no tag.











const IN = specs_generated/* BUILD_MULTIARCH */.Fy.inputs;
/**
 * Looks for a valid proof of the index covering the required platforms; with `require`, none
 * throws, naming why, before any tag moves.
 */
async function proofBeforeTags(client, target, index, required, policy) {
    if (policy.mode === 'ignore')
        return { reason: `not looked for (${IN.proof.name}: ignore)`, written: [] };
    if (!trustsAny(policy.trust)) {
        const whom = [IN['proof-key'].name, IN['signing-key'].name, IN['proof-identity'].name].join(', ');
        return { reason: `nobody to trust (none of ${whom} is given)`, written: [] };
    }
    const want = required.map(platform/* formatPlatform */.Bq);
    const ref = (0,reference/* withDigest */.hQ)(target, index.digest);
    // Inside the tag step's log group: no group of its own.
    const cover = await coveringProof(client, target, index.digest, index.entries, want, 1, policy.trust);
    if (cover.kind !== 'proven') {
        if (policy.mode === 'require')
            throw new errors/* CheckError */.tl(`${(0,reference/* formatReference */.FH)(ref)} has no valid platform proof covering ${(0,untrusted/* listSome */.XT)(want)} ` +
                `(${IN.proof.name}: require): ${cover.reason}; no tag was moved`);
        toolkit/* info */.pq(`No platform proof counts for ${(0,reference/* formatReference */.FH)(ref)}: ${cover.reason}`);
        return { reason: cover.reason, written: [] };
    }
    const levels = cover.proof.statement.predicate.platforms.filter(p => want.includes(p.platform));
    const level = Math.min(...levels.map(p => p.level));
    toolkit/* info */.pq(`${(0,reference/* formatReference */.FH)(ref)}: proven by ${cover.proof.by} (level ${level}, ${proof_statement/* LEVEL_NAMES */.y9[level]})`);
    return { provenBy: cover.proof.by, level, written: [] };
}
/**
 * Before the tags move: a proof of what the tag step checked (level 1, each required platform
 * listed at its manifest digest), signed and attached, when no proof covered it and it can sign.
 */
async function proveListed(client, target, index, required, policy, found) {
    if (found.provenBy)
        return [];
    const keyless = !!policy.githubToken && (0,proof_keyless/* keylessAvailable */.eg)(policy.env);
    if (!policy.signingKey && !keyless)
        return [];
    const repo = (0,reference/* repositoryName */.aR)(target);
    const platforms = required.map(p => ({
        platform: (0,platform/* formatPlatform */.Bq)(p),
        status: 'ok',
        level: 1,
        digest: index.entries.get((0,platform/* formatPlatform */.Bq)(p))
    }));
    toolkit/* info */.pq(`No platform proof covers ${(0,untrusted/* listSome */.XT)(platforms.map(p => p.platform))}: signing one of level 1 (listed)`);
    return writeProofs([{ image: { normalized: repo, digest: index.digest, status: 'ok', platforms }, attachTo: target }], { dir: policy.dir, key: policy.signingKey, keylessToken: policy.githubToken, env: policy.env }, client);
}


/***/ })

};
;
//# sourceMappingURL=2.index.js.map