// Content digests (`algorithm:hex`): computing them, and the error when bytes do not match one.
import { createHash, Hash } from 'node:crypto';
import { CheckError } from '../core/errors';

// The algorithms the OCI image spec registers, plus sha384 which Node hashes the same way.
const ALGORITHMS = new Set(['sha256', 'sha384', 'sha512']);
const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;

/** Bytes that do not hash to the digest they were fetched for: a corruption or a tampering in transit. */
export class IntegrityError extends CheckError {
  constructor(message: string) {
    super(message);
    this.name = 'IntegrityError';
  }
}

/** A layer whose bytes match its digest but hold no whole tar (cut short, broken gzip): never a pass, never read again. */
export class MalformedLayer extends IntegrityError {}

export function isDigest(value: unknown): value is string {
  return typeof value === 'string' && DIGEST_RE.test(value);
}

/** A running hash in the algorithm of `digest`; a CheckError for an algorithm we cannot check. */
export function hasherFor(digest: string): Hash {
  const algorithm = DIGEST_RE.exec(digest)?.[1];
  if (!algorithm || !ALGORITHMS.has(algorithm)) {
    throw new CheckError(`cannot check digest "${digest}": unsupported algorithm`);
  }
  return createHash(algorithm);
}

/** `data`'s digest in the same algorithm as `like`. */
export function digestLike(like: string, data: Buffer): string {
  return `${like.split(':')[0]}:${hasherFor(like).update(data).digest('hex')}`;
}

export function sha256Digest(data: Buffer): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex');
}

/** `got` must equal `want`; names what was read and both digests when it does not. */
export function checkDigest(what: string, want: string, got: string): void {
  if (got !== want)
    throw new IntegrityError(`${what} does not match its digest: expected ${want}, got ${got}`);
}
