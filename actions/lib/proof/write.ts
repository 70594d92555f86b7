// Writing proofs: one DSSE file per image that passed, and (signed, for an image in a registry)
// attached to its index. Only for what was checked: a result a proof stood in for gets none.
import type * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '../core/toolkit';
import { ImageRef } from '../oci/reference';
import { RegistryClient } from '../registry/client';
import { attachBundle, attachProof } from './attach';
import { Envelope, envelope } from './dsse';
import { KeylessProof, keylessAvailable, signKeyless } from './keyless';
import { CheckedImage, ProofRuns, Signing, Statement, statementFor } from './statement';

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
  /** A keyless proof's Sigstore bundle: the file, and the digest of its referrer when attached. */
  bundle?: { file: string; referrer?: string };
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

/** Attaches a signed proof (and a keyless one's Sigstore bundle) to its index; notes where in `written`. */
async function attach(
  client: RegistryClient,
  t: ProofTarget & { attachTo: ImageRef },
  e: Envelope,
  statement: Statement,
  written: WrittenProof,
  signed?: KeylessProof
): Promise<void> {
  const digest = t.image.digest!;
  const created = statement.predicate.checkedAt;
  const attached = await attachProof(client, t.attachTo, digest, e, written.signing, created, signed);
  written.referrer = attached.digest;
  written.recordedBy = attached.recordedBy;
  const how = (r: 'api' | 'tag') => (r === 'tag' ? 'referrers tag fallback' : 'referrers API');
  core.info(
    `Platform proof of ${written.subject} attached (${attached.digest}, ${how(attached.recordedBy)}; cosign: ${attached.cosignTag})`
  );
  if (signed && written.bundle) {
    const b = await attachBundle(client, t.attachTo, digest, signed.bundle, created);
    written.bundle.referrer = b.digest;
    core.info(`Its Sigstore bundle attached too (${b.digest}, ${how(b.recordedBy)})`);
  }
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
    const name = `platform-proof-${hex.slice(0, 16)}${signing === 'none' ? '.unsigned' : ''}`;
    fs.mkdirSync(options.dir, { recursive: true });
    const file = path.join(options.dir, `${name}.intoto.json`);
    fs.writeFileSync(file, JSON.stringify(e, null, 2) + '\n');
    const subject = `${statement.subject[0].name}@${t.image.digest}`;
    const written: WrittenProof = { subject, file, signing };
    if (signed?.attestationId) written.attestationId = signed.attestationId;
    if (signed) {
      written.bundle = { file: path.join(options.dir, `${name}.sigstore.json`) };
      fs.writeFileSync(written.bundle.file, JSON.stringify(signed.bundle) + '\n');
    }
    if (t.attachTo && signing !== 'none' && client)
      await attach(client, { ...t, attachTo: t.attachTo }, e, statement, written, signed);
    else
      core.info(`Platform proof of ${subject} written to ${file}${signing === 'none' ? ' (unsigned)' : ''}`);
    out.push(written);
  }
  return out;
}
