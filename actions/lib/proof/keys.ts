// cosign keys: the encrypted private key `cosign generate-key-pair` writes (scrypt + NaCl secretbox
// around a PKCS#8 key) and the public key PEM. Signing and verifying use node:crypto (ECDSA).
import * as crypto from 'node:crypto';
import { badInput, ConfigurationError } from '../core/errors';
import { lazy } from '../core/lazy';
import { readInputFile } from '../core/paths';

/** The one call of tweetnacl used here: NaCl secretbox (XSalsa20-Poly1305), as cosign seals its keys. */
interface SecretBox {
  secretbox: { open(box: Uint8Array, nonce: Uint8Array, key: Uint8Array): Uint8Array | null };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nacl = lazy(() => require('tweetnacl') as SecretBox);

const ENCRYPTED = /-----BEGIN (?:ENCRYPTED SIGSTORE|ENCRYPTED COSIGN) PRIVATE KEY-----([\s\S]*?)-----END/;
// cosign's own limits on its scrypt parameters (N up to 2^20 costs 1 GiB of memory at r = 8).
const MAX_SCRYPT_N = 1 << 20;
const KEY_TEXT_LIMIT = 64 * 1024;

/** A key input's text: PEM given inline, or read from the path it names. */
export function pemOrPath(input: string, value: string): string {
  if (value.includes('-----BEGIN ')) return value;
  return readInputFile(input, value, KEY_TEXT_LIMIT).toString('utf8');
}

interface EncryptedKey {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: string; nonce: string };
  ciphertext: string;
}

function parseEncrypted(input: string, body: string): EncryptedKey {
  let k: EncryptedKey;
  try {
    k = JSON.parse(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')) as EncryptedKey;
  } catch {
    throw new ConfigurationError(`${input}: the cosign key's body is not the JSON cosign writes`);
  }
  const { N, r, p } = k?.kdf?.params ?? ({} as EncryptedKey['kdf']['params']);
  if (k?.kdf?.name !== 'scrypt' || k.cipher?.name !== 'nacl/secretbox')
    throw new ConfigurationError(`${input}: the cosign key is not sealed with scrypt and nacl/secretbox`);
  if (
    ![N, r, p].every(Number.isInteger) ||
    N < 2 ||
    N > MAX_SCRYPT_N ||
    (N & (N - 1)) !== 0 ||
    r > 32 ||
    p > 16
  )
    throw new ConfigurationError(`${input}: the cosign key's scrypt parameters are out of range`);
  return k;
}

/**
 * The private key of a cosign key pair. `text` is the PEM (encrypted as cosign writes it, or a
 * plain PKCS#8 / SEC1 EC key); `input` names the input in errors; `password` opens it.
 */
export function loadSigningKey(
  input: string,
  passwordInput: string,
  text: string,
  password: string
): crypto.KeyObject {
  const m = ENCRYPTED.exec(text);
  if (!m) {
    try {
      return crypto.createPrivateKey(text);
    } catch {
      throw badInput(input, '(the key)', 'expected a cosign private key (PEM), or a path to one');
    }
  }
  const k = parseEncrypted(input, m[1]);
  const { N, r, p } = k.kdf.params;
  const secret = crypto.scryptSync(Buffer.from(password, 'utf8'), Buffer.from(k.kdf.salt, 'base64'), 32, {
    N,
    r,
    p,
    maxmem: 256 * N * r + 1024 * 1024
  });
  const opened = nacl().secretbox.open(
    new Uint8Array(Buffer.from(k.ciphertext, 'base64')),
    new Uint8Array(Buffer.from(k.cipher.nonce, 'base64')),
    new Uint8Array(secret)
  );
  if (!opened)
    throw new ConfigurationError(`${input}: the key does not open with ${passwordInput} (wrong password?)`);
  return crypto.createPrivateKey({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
}

/** A cosign public key (PEM); `input` names the input in errors. */
export function loadPublicKey(input: string, text: string): crypto.KeyObject {
  try {
    return crypto.createPublicKey(text);
  } catch {
    throw badInput(input, '(the key)', 'expected a public key (PEM, as cosign.pub), or a path to one');
  }
}

/** The public key's public half as PEM (what cosign.pub holds). */
export function publicPem(key: crypto.KeyObject): string {
  const pub = key.type === 'private' ? crypto.createPublicKey(key) : key;
  return pub.export({ type: 'spki', format: 'pem' }).toString();
}

/** A short name for a key: `sha256:` and the first 16 hex of its SubjectPublicKeyInfo. */
export function keyName(key: crypto.KeyObject): string {
  const pub = key.type === 'private' ? crypto.createPublicKey(key) : key;
  const der = pub.export({ type: 'spki', format: 'der' });
  return `key sha256:${crypto.createHash('sha256').update(der).digest('hex').slice(0, 16)}`;
}

/**
 * The signing key of the `signing-key` and `signing-key-password` inputs (names given), or
 * undefined when no key is given. The password falls back to $COSIGN_PASSWORD, as cosign's own.
 */
export function signingKeyInput(
  keyInput: string,
  key: string,
  passwordInput: string,
  password: string,
  env: NodeJS.ProcessEnv = process.env
): crypto.KeyObject | undefined {
  if (!key) return undefined;
  return loadSigningKey(
    keyInput,
    passwordInput,
    pemOrPath(keyInput, key),
    password || env.COSIGN_PASSWORD || ''
  );
}

/** The public key of a `proof-key` input (its name given), or undefined when none is given. */
export function publicKeyInput(input: string, value: string): crypto.KeyObject | undefined {
  return value ? loadPublicKey(input, pemOrPath(input, value)) : undefined;
}
