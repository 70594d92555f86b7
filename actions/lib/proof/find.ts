// Reading proofs back: the referrers of a digest and cosign's `.att` tag, each DSSE layer checked
// against the trusted keys, each Sigstore bundle against the trusted identity, and both for a
// subject that is the digest itself.
import type * as crypto from 'node:crypto';
import { CheckError, whyOf } from '../core/errors';
import { ImageRef } from '../oci/reference';
import { Descriptor, ImageManifest, MEDIA_TYPES } from '../oci/types';
import { RegistryClient, Referrer } from '../registry/client';
import { ARTIFACT_TYPE, BUNDLE_MEDIA_TYPE, BUNDLE_PREDICATE_ANNOTATION, cosignTag } from './attach';
import { DSSE_MEDIA_TYPE, Envelope, parseEnvelope, signedBy, statementOf } from './dsse';
import { keyName } from './keys';
import { BUNDLE_LIMIT, IdentityTrust, verifyBundle } from './sigstore';
import { PREDICATE_TYPE, Statement } from './statement';

// An envelope holds one statement of a few kilobytes per platform.
const ENVELOPE_LIMIT = 1024 * 1024;
// A digest with more referrers than this is not read further (each costs a manifest request).
const MAX_CANDIDATES = 16;

/** Whom a proof must be signed by: cosign public keys, or (keyless) a Sigstore identity. */
export interface ProofTrust {
  keys: crypto.KeyObject[];
  identity?: IdentityTrust;
}

/** True when some proof could be trusted. */
export const trustsAny = (t: ProofTrust): boolean => t.keys.length > 0 || !!t.identity;

// A keyless proof's DSSE layer carries its certificate for cosign; it is trusted through its bundle.
const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';

/** A layer that may hold a proof: a DSSE envelope, or a Sigstore bundle. */
interface Candidate {
  layer: Descriptor;
  kind: 'dsse' | 'bundle';
}

export interface FoundProof {
  statement: Statement;
  /** The run that made it (its URL) or, without one, the key or identity that signed it. */
  by: string;
  /** The key that signed it, or `keyless: <identity>`. */
  key: string;
}

export interface ProofSearch {
  /** Valid proofs of the digest, newest first. */
  valid: FoundProof[];
  /** Why each other proof found was refused (a bad signature, another subject). */
  refused: string[];
}

function subjectMatches(s: Statement, digest: string): boolean {
  const [alg, hex] = digest.split(':');
  return s.subject.some(x => x?.digest?.[alg] === hex);
}

/** The statement of an envelope signed as trusted, if it is about `digest`. */
function aboutDigest(e: Envelope, digest: string, what: string, signer: string): FoundProof {
  const statement = statementOf(e, what);
  if (!subjectMatches(statement, digest)) throw new CheckError(`${what} is about another digest`);
  return { statement, by: statement.predicate.run?.url ?? signer, key: signer };
}

/** One candidate layer: read (bounded), checked against the trust and the subject digest. */
async function judge(
  client: RegistryClient,
  ref: ImageRef,
  { layer, kind }: Candidate,
  digest: string,
  trust: ProofTrust
): Promise<FoundProof> {
  const what = `proof ${layer.digest}`;
  if (kind === 'bundle') {
    const text = (await client.getBlobBytes(ref, layer.digest, BUNDLE_LIMIT)).toString('utf8');
    const { envelope, identity } = await verifyBundle(text, trust.identity!, what);
    return aboutDigest(envelope, digest, what, `keyless: ${identity}`);
  }
  const e = parseEnvelope(
    (await client.getBlobBytes(ref, layer.digest, ENVELOPE_LIMIT)).toString('utf8'),
    what
  );
  if (!e.signatures.length) throw new CheckError(`${what} is unsigned`);
  const key = trust.keys.find(k => signedBy(e, k));
  if (!key) throw new CheckError(`${what}: its signature does not match the trusted key`);
  return aboutDigest(e, digest, what, keyName(key));
}

async function layersOf(client: RegistryClient, manifest: ImageRef): Promise<Candidate[]> {
  const m = (await client.getManifest(manifest, [MEDIA_TYPES.ociManifest])).json as ImageManifest;
  return (m.layers ?? []).flatMap((layer): Candidate[] => {
    if (layer.mediaType === BUNDLE_MEDIA_TYPE) return [{ layer, kind: 'bundle' }];
    const ours = layer.mediaType === DSSE_MEDIA_TYPE && layer.annotations?.predicateType === PREDICATE_TYPE;
    return ours ? [{ layer, kind: 'dsse' }] : [];
  });
}

const isProof = (r: Referrer) =>
  (r.artifactType === ARTIFACT_TYPE && r.annotations?.predicateType === PREDICATE_TYPE) ||
  (r.artifactType === BUNDLE_MEDIA_TYPE && r.annotations?.[BUNDLE_PREDICATE_ANNOTATION] === PREDICATE_TYPE);

/** The layers that may hold a proof of `digest`: its referrers of our types, then cosign's tag. */
async function candidates(client: RegistryClient, repo: ImageRef, digest: string): Promise<Candidate[]> {
  const att = { ...repo, tag: cosignTag(digest), digest: undefined };
  // Both places at once: a digest without proofs costs one round trip, not two.
  const [listed, attDigest] = await Promise.all([
    client.listReferrers(repo, digest),
    client.headManifest(att)
  ]);
  const manifests: ImageRef[] = listed
    .filter(isProof)
    .slice(0, MAX_CANDIDATES)
    .map(r => ({ ...repo, digest: r.digest }));
  if (attDigest) manifests.push({ ...att, tag: undefined, digest: attDigest });
  const layers = (await Promise.all(manifests.map(m => layersOf(client, m)))).flat();
  const seen = new Set<string>();
  return layers.filter(c => !seen.has(c.layer.digest) && seen.add(c.layer.digest)).slice(0, MAX_CANDIDATES);
}

/**
 * Which candidates the trust can judge (else why not): a keyless proof is judged through its
 * Sigstore bundle, never through its envelope's copy for cosign (the one with a certificate beside it).
 */
function judgeable(c: Candidate, trust: ProofTrust): Candidate | string | undefined {
  const what = `proof ${c.layer.digest}`;
  if (c.kind === 'bundle')
    return trust.identity ? c : `${what} is signed keyless (Sigstore), and no identity is trusted`;
  if (c.layer.annotations?.[CERTIFICATE_ANNOTATION] !== undefined) return undefined;
  return trust.keys.length ? c : `${what} is signed with a key, and no key is trusted`;
}

/** Every proof of `ref@digest` in its repository, sorted into valid (newest first) and refused. */
export async function findProofs(
  client: RegistryClient,
  ref: ImageRef,
  digest: string,
  trust: ProofTrust
): Promise<ProofSearch> {
  const repo = { ...ref, tag: undefined, digest: undefined };
  const sorted = (await candidates(client, repo, digest)).map(c => judgeable(c, trust));
  const refused = sorted.filter((c): c is string => typeof c === 'string');
  const layers = sorted.filter((c): c is Candidate => typeof c === 'object');
  const judged = await Promise.allSettled(layers.map(l => judge(client, repo, l, digest, trust)));
  const valid: FoundProof[] = [];
  for (const j of judged) {
    if (j.status === 'fulfilled') valid.push(j.value);
    else refused.push(whyOf(j.reason));
  }
  valid.sort((a, b) => b.statement.predicate.checkedAt.localeCompare(a.statement.predicate.checkedAt));
  return { valid, refused };
}
