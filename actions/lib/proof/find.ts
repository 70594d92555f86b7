// Reading proofs back: the referrers of a digest and cosign's `.att` tag, each DSSE layer checked
// against the trusted keys and for a subject that is the digest itself.
import type * as crypto from 'node:crypto';
import { CheckError, whyOf } from '../core/errors';
import { ImageRef } from '../oci/reference';
import { Descriptor, ImageManifest, MEDIA_TYPES } from '../oci/types';
import { RegistryClient } from '../registry/client';
import { ARTIFACT_TYPE, cosignTag } from './attach';
import { DSSE_MEDIA_TYPE, parseEnvelope, signedBy, statementOf } from './dsse';
import { keyName } from './keys';
import { PREDICATE_TYPE, Statement } from './statement';

// An envelope holds one statement of a few kilobytes per platform.
const ENVELOPE_LIMIT = 1024 * 1024;
// A digest with more referrers than this is not read further (each costs a manifest request).
const MAX_CANDIDATES = 16;

/** Whom a proof must be signed by: cosign public keys. */
export interface ProofTrust {
  keys: crypto.KeyObject[];
}

export interface FoundProof {
  statement: Statement;
  /** The run that made it (its URL) or, without one, the key that signed it. */
  by: string;
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

/** One envelope layer: read, checked against the keys and the subject digest. */
async function judge(
  client: RegistryClient,
  ref: ImageRef,
  layer: Descriptor,
  digest: string,
  trust: ProofTrust
): Promise<FoundProof> {
  const what = `proof ${layer.digest}`;
  const e = parseEnvelope(
    (await client.getBlobBytes(ref, layer.digest, ENVELOPE_LIMIT)).toString('utf8'),
    what
  );
  if (!e.signatures.length) throw new CheckError(`${what} is unsigned`);
  const key = trust.keys.find(k => signedBy(e, k));
  if (!key) throw new CheckError(`${what}: its signature does not match the trusted key`);
  const statement = statementOf(e, what);
  if (!subjectMatches(statement, digest)) throw new CheckError(`${what} is about another digest`);
  const name = keyName(key);
  return { statement, by: statement.predicate.run?.url ?? name, key: name };
}

async function layersOf(client: RegistryClient, ref: ImageRef, manifest: ImageRef): Promise<Descriptor[]> {
  const m = (await client.getManifest(manifest, [MEDIA_TYPES.ociManifest])).json as ImageManifest;
  return (m.layers ?? []).filter(
    l => l.mediaType === DSSE_MEDIA_TYPE && l.annotations?.predicateType === PREDICATE_TYPE
  );
}

/** The DSSE layers that may hold a proof of `digest`: its referrers of our type, then cosign's tag. */
async function candidates(client: RegistryClient, repo: ImageRef, digest: string): Promise<Descriptor[]> {
  const att = { ...repo, tag: cosignTag(digest), digest: undefined };
  // Both places at once: a digest without proofs costs one round trip, not two.
  const [listed, attDigest] = await Promise.all([
    client.listReferrers(repo, digest),
    client.headManifest(att)
  ]);
  const referrers = listed.filter(
    r => r.artifactType === ARTIFACT_TYPE && r.annotations?.predicateType === PREDICATE_TYPE
  );
  const manifests: ImageRef[] = referrers.slice(0, MAX_CANDIDATES).map(r => ({ ...repo, digest: r.digest }));
  if (attDigest) manifests.push({ ...att, tag: undefined, digest: attDigest });
  const layers = (await Promise.all(manifests.map(m => layersOf(client, repo, m)))).flat();
  const seen = new Set<string>();
  return layers.filter(l => !seen.has(l.digest) && seen.add(l.digest)).slice(0, MAX_CANDIDATES);
}

/** Every proof of `ref@digest` in its repository, sorted into valid (newest first) and refused. */
export async function findProofs(
  client: RegistryClient,
  ref: ImageRef,
  digest: string,
  trust: ProofTrust
): Promise<ProofSearch> {
  const repo = { ...ref, tag: undefined, digest: undefined };
  const layers = await candidates(client, repo, digest);
  const judged = await Promise.allSettled(layers.map(l => judge(client, repo, l, digest, trust)));
  const valid: FoundProof[] = [];
  const refused: string[] = [];
  for (const j of judged) {
    if (j.status === 'fulfilled') valid.push(j.value);
    else refused.push(whyOf(j.reason));
  }
  valid.sort((a, b) => b.statement.predicate.checkedAt.localeCompare(a.statement.predicate.checkedAt));
  return { valid, refused };
}
