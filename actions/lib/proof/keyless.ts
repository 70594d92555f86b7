// Keyless signing on GitHub: @actions/attest signs the statement with a Sigstore certificate
// for the workflow's OIDC identity (id-token: write) and stores it with GitHub's attestations
// (attestations: write), where `gh attestation verify` finds it by digest.
import { CheckError } from '../core/errors';
import { Envelope } from './dsse';
import { Statement } from './statement';

export interface KeylessProof {
  envelope: Envelope;
  /** The signing certificate (PEM). */
  certificate: string;
  attestationId?: string;
  /** cosign's `dev.sigstore.cosign/bundle` annotation (the Rekor entry), when the proof is in the public log. */
  rekorBundle?: string;
  /** The whole Sigstore bundle (its JSON form), as @actions/attest returned it. */
  bundle: object;
}

/** True on a GitHub runner whose job may ask for an OIDC token (permissions: id-token: write). */
export function keylessAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
}

interface TlogEntry {
  logIndex: string;
  logId: { keyId: string };
  integratedTime: string;
  inclusionPromise?: { signedEntryTimestamp: string };
  canonicalizedBody: string;
}

/** The Rekor bundle cosign keeps beside an attestation layer, from a Sigstore bundle's log entry. */
function rekorBundleOf(entries: TlogEntry[] | undefined): string | undefined {
  const e = entries?.[0];
  if (!e?.inclusionPromise) return undefined;
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
export async function signKeyless(statement: Statement, token: string): Promise<KeylessProof> {
  const { attest } = await import('@actions/attest');
  const a = await attest({
    subjects: statement.subject,
    predicateType: statement.predicateType,
    predicate: statement.predicate,
    token
  });
  const dsse = a.bundle.dsseEnvelope;
  if (!dsse) throw new CheckError('the Sigstore bundle of the platform proof holds no DSSE envelope');
  const verification = a.bundle.verificationMaterial as { tlogEntries?: TlogEntry[] };
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
export function githubToken(value: string): string {
  return value.startsWith('${{') ? '' : value;
}
