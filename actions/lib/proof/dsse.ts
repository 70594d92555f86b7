// DSSE envelopes (the signing format of in-toto and cosign attestations): the signature is over
// the pre-authentication encoding of the payload type and the payload.
import * as crypto from 'node:crypto';
import { CheckError } from '../core/errors';
import { PREDICATE_TYPE, Statement, STATEMENT_TYPE } from './statement';

export const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';
export const DSSE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';

export interface Envelope {
  payloadType: string;
  /** base64 of the statement's JSON. */
  payload: string;
  /** Empty for an unsigned proof. */
  signatures: Array<{ keyid: string; sig: string }>;
}

/** DSSEv1 pre-authentication encoding. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload
  ]);
}

// ECDSA keys sign a SHA-256 digest (cosign's keys are P-256); Ed25519 signs the message itself.
const algorithmOf = (key: crypto.KeyObject) => (key.asymmetricKeyType === 'ed25519' ? null : 'sha256');

/** The statement in an envelope, signed with `key` (ECDSA, DER signature as cosign writes) or unsigned. */
export function envelope(statement: Statement, key?: crypto.KeyObject): Envelope {
  const payload = Buffer.from(JSON.stringify(statement), 'utf8');
  const signatures = key
    ? [
        {
          keyid: '',
          sig: crypto.sign(algorithmOf(key), pae(IN_TOTO_PAYLOAD, payload), key).toString('base64')
        }
      ]
    : [];
  return { payloadType: IN_TOTO_PAYLOAD, payload: payload.toString('base64'), signatures };
}

/** An envelope from JSON text (a proof file or a registry blob); throws CheckError on any other shape. */
export function parseEnvelope(text: string, what: string): Envelope {
  let e: Envelope;
  try {
    e = JSON.parse(text) as Envelope;
  } catch {
    throw new CheckError(`${what} is not JSON`);
  }
  if (typeof e?.payloadType !== 'string' || typeof e.payload !== 'string' || !Array.isArray(e.signatures))
    throw new CheckError(`${what} is not a DSSE envelope`);
  return e;
}

/** True when one of the envelope's signatures is `key`'s over the envelope's own payload. */
export function signedBy(e: Envelope, key: crypto.KeyObject): boolean {
  const data = pae(e.payloadType, Buffer.from(e.payload, 'base64'));
  return e.signatures.some(s => {
    try {
      return crypto.verify(algorithmOf(key), data, key, Buffer.from(String(s.sig), 'base64'));
    } catch {
      return false;
    }
  });
}

/** The platform-proof statement inside an envelope; throws CheckError when it is anything else. */
export function statementOf(e: Envelope, what: string): Statement {
  if (e.payloadType !== IN_TOTO_PAYLOAD) throw new CheckError(`${what} does not carry an in-toto statement`);
  let s: Statement;
  try {
    s = JSON.parse(Buffer.from(e.payload, 'base64').toString('utf8')) as Statement;
  } catch {
    throw new CheckError(`${what}: its statement is not JSON`);
  }
  if (s?._type !== STATEMENT_TYPE || s.predicateType !== PREDICATE_TYPE)
    throw new CheckError(`${what} is not a platform proof (${PREDICATE_TYPE})`);
  if (!Array.isArray(s.subject) || !Array.isArray(s.predicate?.platforms))
    throw new CheckError(`${what}: its statement lacks a subject or platforms`);
  return s;
}
