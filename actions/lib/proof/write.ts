// Writing proofs: one DSSE file per image that passed, and (signed, for an image in a registry)
// attached to its index. Only for what was checked: a result a proof stood in for gets none.
import type * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '../core/toolkit';
import { ImageRef } from '../oci/reference';
import { RegistryClient } from '../registry/client';
import { attachProof } from './attach';
import { envelope } from './dsse';
import { keylessAvailable, signKeyless } from './keyless';
import { CheckedImage, ProofRuns, Signing, statementFor } from './statement';

export interface WrittenProof {
  /** image@digest the proof is about. */
  subject: string;
  file: string;
  signing: Signing;
  /** The referrer manifest's digest, when attached. */
  referrer?: string;
  /** `api` or `tag` (the referrers tag fallback). */
  recordedBy?: 'api' | 'tag';
  /** The GitHub attestation id of a keyless proof. */
  attestationId?: string;
}

export interface ProofTarget {
  image: CheckedImage;
  /** The registry reference to attach to; undefined: written to `dir` only (archives, no push). */
  attachTo?: ImageRef;
  /** `registry/repository` when the image's own name is no registry name (archives). */
  subjectName?: string;
}

export interface WriteProofOptions {
  dir: string;
  key?: crypto.KeyObject;
  /** Without a key, on GitHub with id-token: write: keyless through Sigstore, with this token (attestations: write). */
  keylessToken?: string;
  runs?: ProofRuns;
  env?: NodeJS.ProcessEnv;
}

/** Writes (and, signed, attaches) a proof for each target that passed; returns what was written. */
export async function writeProofs(
  targets: ProofTarget[],
  options: WriteProofOptions,
  client?: RegistryClient
): Promise<WrittenProof[]> {
  const keyless = !options.key && !!options.keylessToken && keylessAvailable(options.env);
  const signing: Signing = options.key ? 'cosign-key' : keyless ? 'sigstore' : 'none';
  const out: WrittenProof[] = [];
  for (const t of targets) {
    const now = new Date();
    const statement = statementFor(t.image, signing, options.runs, options.env, now, t.subjectName);
    if (!statement || !t.image.digest) continue;
    const signed = keyless ? await signKeyless(statement, options.keylessToken!) : undefined;
    const e = signed?.envelope ?? envelope(statement, options.key);
    const hex = t.image.digest.replace(/^sha256:/, '');
    const name = `platform-proof-${hex.slice(0, 16)}${signing === 'none' ? '.unsigned' : ''}.intoto.json`;
    fs.mkdirSync(options.dir, { recursive: true });
    const file = path.join(options.dir, name);
    fs.writeFileSync(file, JSON.stringify(e, null, 2) + '\n');
    const subject = `${statement.subject[0].name}@${t.image.digest}`;
    const written: WrittenProof = { subject, file, signing };
    if (signed?.attestationId) written.attestationId = signed.attestationId;
    if (t.attachTo && signing !== 'none' && client) {
      const attached = await attachProof(
        client,
        t.attachTo,
        t.image.digest,
        e,
        signing,
        statement.predicate.checkedAt,
        signed
      );
      written.referrer = attached.digest;
      written.recordedBy = attached.recordedBy;
      core.info(
        `Platform proof of ${subject} attached (${attached.digest}, ${attached.recordedBy === 'tag' ? 'referrers tag fallback' : 'referrers API'}; cosign: ${attached.cosignTag})`
      );
    } else {
      core.info(`Platform proof of ${subject} written to ${file}${signing === 'none' ? ' (unsigned)' : ''}`);
    }
    out.push(written);
  }
  return out;
}
