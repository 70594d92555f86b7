// Keyless proofs trusted by identity: a Sigstore bundle is checked by @sigstore/verify against a
// trusted root (certificate chain to its CA, a signed time inside the certificate's validity, the
// signature over the DSSE envelope), then its certificate's identity and issuer against ours.
import { badInput, CheckError, whyOf } from '../core/errors';
import { Envelope } from './dsse';
import { publicGoodRoot, readRootFile, RootJson, rootOf, SigstoreRoot } from './sigstore-root';

// A bundle holds one envelope (a statement of a few kilobytes per platform), a certificate and its proofs of time.
export const BUNDLE_LIMIT = 2 * 1024 * 1024;

/** Whose keyless proofs are trusted, and the root their certificates must chain to. */
export interface IdentityTrust {
  /** The certificate's subject alternative name: exact, or a pattern matched whole. */
  identity: string | RegExp;
  /** The OIDC issuer in the certificate (Fulcio's extensions 1.3.6.1.4.1.57264.1.8, or .1.1 in older certificates). */
  issuer: string;
  /** The trusted roots (a bundle must verify against one), loaded once when first needed. */
  roots: () => Promise<SigstoreRoot[]>;
}

/** The names of the inputs (or CLI flags) that give an identity trust, for messages. */
export interface IdentityInputNames {
  identity: string;
  issuer: string;
  trustedRoot: string;
}

/** `/re/` is a pattern (anchored: it must match the whole identity); anything else is the identity itself. */
function identityOf(input: string, value: string): string | RegExp {
  if (/\s/.test(value)) throw badInput(input, value, 'a certificate identity has no spaces');
  const m = /^\/(.+)\/$/.exec(value);
  if (!m) return value;
  try {
    return new RegExp(`^(?:${m[1]})$`);
  } catch (err) {
    throw badInput(input, value, `not a regular expression: ${whyOf(err)}`);
  }
}

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/**
 * The identity trust of three input values (identity, issuer, trusted-root path); undefined with
 * no identity. A bad value is a ConfigurationError naming its input.
 */
export function identityTrust(
  names: IdentityInputNames,
  values: { identity: string; issuer: string; trustedRoot: string },
  env: NodeJS.ProcessEnv = process.env
): IdentityTrust | undefined {
  if (!values.identity) {
    if (values.trustedRoot)
      throw badInput(
        names.trustedRoot,
        values.trustedRoot,
        `it needs ${names.identity}: whose proofs to trust`
      );
    return undefined;
  }
  const identity = identityOf(names.identity, values.identity);
  const issuer = values.issuer;
  let url: URL | undefined;
  try {
    url = new URL(issuer);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') throw badInput(names.issuer, issuer, 'an OIDC issuer is an https:// URL');
  const file: RootJson[] | undefined = values.trustedRoot
    ? readRootFile(names.trustedRoot, values.trustedRoot)
    : undefined;
  const from = values.trustedRoot;
  return {
    identity,
    issuer,
    roots: memo(async () =>
      file
        ? Promise.all(file.map((r, i) => rootOf(r, file.length > 1 ? `${from} (line ${i + 1})` : from)))
        : [await publicGoodRoot(env)]
    )
  };
}

/** A short, quoted rendering of a value from a certificate, for a reason. */
const quoted = (v: string | undefined) => (v === undefined ? 'none' : JSON.stringify(v.slice(0, 200)));

// How far the library's checks got before an error (timestamps, chain, log entry, signature):
// with several roots, the failure of the one that got furthest is the bundle's reason.
const REACHED: Record<string, number> = { CERTIFICATE_ERROR: 1, TLOG_BODY_ERROR: 2, SIGNATURE_ERROR: 3 };

/** A library error as a named reason. */
function reasonOf(err: unknown): string {
  const code = (err as { code?: string }).code ?? '';
  const why = whyOf(err);
  if (code === 'SIGNATURE_ERROR' || code === 'TLOG_BODY_ERROR')
    return `altered: its signature does not match its statement (${why})`;
  if (code === 'CERTIFICATE_ERROR') {
    const cause = (err as { cause?: unknown }).cause;
    return `untrusted certificate chain: ${why}${cause ? ` (${whyOf(cause)})` : ''}`;
  }
  if (code === 'TIMESTAMP_ERROR' || code.startsWith('TLOG_')) return `no trusted signed time: ${why}`;
  return `not verified: ${why}`;
}

type Parsed = Awaited<ReturnType<typeof parseBundle>>['bundle'];

/** The bundle's signer, verified against one of the roots; else the reason of the one that got furthest. */
async function signerOf(bundle: Parsed, roots: SigstoreRoot[], what: string) {
  const { Verifier, toSignedEntity } = await import('@sigstore/verify');
  const entity = toSignedEntity(bundle);
  let furthest: unknown;
  for (const root of roots) {
    try {
      return new Verifier(root.material, root.thresholds).verify(entity);
    } catch (err) {
      const code = (e: unknown) => REACHED[(e as { code?: string })?.code ?? ''] ?? 0;
      if (furthest === undefined || code(err) > code(furthest)) furthest = err;
    }
  }
  throw new CheckError(`${what}: ${reasonOf(furthest)}`);
}

/** The envelope of a bundle whose JSON is `json`: parsed, or a CheckError that names why not. */
async function parseBundle(json: unknown, what: string) {
  const { bundleFromJSON } = await import('@sigstore/bundle');
  let bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (err) {
    throw new CheckError(`${what} is not a Sigstore bundle: ${whyOf(err)}`);
  }
  if (bundle.content.$case !== 'dsseEnvelope') throw new CheckError(`${what} holds no DSSE envelope`);
  if (bundle.verificationMaterial.content.$case === 'publicKey')
    throw new CheckError(`${what} is signed with a key, not a certificate`);
  return { bundle, dsse: bundle.content.dsseEnvelope };
}

/**
 * The envelope in a Sigstore bundle (its JSON text) once the bundle verifies against the trust's
 * root and its certificate names the trusted identity and issuer; else a CheckError with a named reason.
 */
export async function verifyBundle(
  text: string,
  trust: IdentityTrust,
  what: string
): Promise<{ envelope: Envelope; identity: string }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CheckError(`${what} is not JSON`);
  }
  const { bundle, dsse } = await parseBundle(json, what);
  const signer = await signerOf(bundle, await trust.roots(), what);
  const issuer = signer.identity?.extensions?.issuer;
  if (issuer !== trust.issuer)
    throw new CheckError(
      `${what}: wrong issuer: its certificate names ${quoted(issuer)}, not ${quoted(trust.issuer)}`
    );
  const san = signer.identity?.subjectAlternativeName;
  const ok =
    san !== undefined &&
    (typeof trust.identity === 'string' ? san === trust.identity : trust.identity.test(san));
  if (!ok)
    throw new CheckError(
      `${what}: wrong identity: its certificate names ${quoted(san)}, not ${typeof trust.identity === 'string' ? quoted(trust.identity) : `one matching ${String(trust.identity)}`}`
    );
  return {
    envelope: {
      payloadType: dsse.payloadType,
      payload: dsse.payload.toString('base64'),
      signatures: dsse.signatures.map(s => ({ keyid: s.keyid, sig: s.sig.toString('base64') }))
    },
    identity: san
  };
}
