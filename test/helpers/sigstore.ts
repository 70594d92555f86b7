// A local Sigstore made with the real openssl: a Fulcio-like CA whose leaf certificates carry a
// SAN URI and Fulcio's issuer extensions, an RFC 3161 timestamp authority (`openssl ts -reply`),
// the trusted_root.json that names both, and v0.3 bundles of DSSE envelopes signed with a leaf key.
import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { envelope, Envelope } from '../../actions/lib/proof/dsse';
import { Statement } from '../../actions/lib/proof/statement';
import { BUNDLE_MEDIA_TYPE } from '../../actions/lib/proof/attach';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe', timeout: 60_000 });
}

const der = (dir: string, pem: string) => {
  openssl(dir, ['x509', '-in', pem, '-outform', 'DER', '-out', `${pem}.der`]);
  return fs.readFileSync(path.join(dir, `${pem}.der`));
};

/** A self-signed P-256 CA (`name`.pem, `name`.key) in `dir`. */
function makeCa(dir: string, name: string, cn: string): void {
  openssl(dir, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`]);
  openssl(dir, [
    'req', '-x509', '-new', '-key', `${name}.key`, '-subj', `/O=arch-actions lab/CN=${cn}`, '-days', '30',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    '-out', `${name}.pem`
  ]); // prettier-ignore
}

/** A P-256 leaf (`name`.pem, `name`.key) signed by `ca`, with the extensions in `ext` (an openssl section). */
function makeLeaf(dir: string, ca: string, name: string, ext: string[]): void {
  openssl(dir, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`]);
  openssl(dir, ['req', '-new', '-key', `${name}.key`, '-subj', '/O=arch-actions lab', '-out', `${name}.csr`]);
  fs.writeFileSync(path.join(dir, `${name}.cnf`), ['[v3]', ...ext].join('\n') + '\n');
  openssl(dir, [
    'x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.pem`, '-CAkey', `${ca}.key`, '-CAcreateserial',
    '-days', '1', '-extfile', `${name}.cnf`, '-extensions', 'v3', '-out', `${name}.pem`
  ]); // prettier-ignore
}

export interface Signer {
  /** The leaf certificate (DER) and its key. */
  cert: Buffer;
  key: crypto.KeyObject;
}

export interface LocalSigstore {
  dir: string;
  /** The trusted_root.json naming the CA and the timestamp authority. */
  trustedRoot: string;
  /** JSON lines of two roots, as `gh attestation trusted-root` prints: the stranger CA's, then trustedRoot's. */
  trustedRoots: string;
  /** A leaf of the trusted CA for `identity` and `issuer`. */
  signer(identity: string, issuer?: string): Signer;
  /** A leaf of another CA, which the trusted root does not name. */
  strangerSigner(identity: string, issuer?: string): Signer;
  /**
   * A v0.3 bundle of `statement` signed by `signer`, with a timestamp of the lab TSA over the signature
   * (none with `timestamp: false`); `alter` changes the statement after signing.
   */
  bundle(
    statement: Statement,
    signer: Signer,
    o?: { alter?: (s: Statement) => void; timestamp?: boolean }
  ): object;
}

const TSA_CONFIG = `[tsa]
default_tsa = lab
[lab]
serial = ./tsaserial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.3.6.1.4.1.57264.2
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`;

/** The timestamp authority's reply (a DER TimeStampResp) over `data`. */
function timestamp(dir: string, data: Buffer): Buffer {
  const n = crypto.randomBytes(4).toString('hex');
  fs.writeFileSync(path.join(dir, `sig-${n}.bin`), data);
  openssl(dir, ['ts', '-query', '-data', `sig-${n}.bin`, '-sha256', '-cert', '-out', `q-${n}.tsq`]);
  openssl(dir, [
    'ts', '-reply', '-config', 'ts.cnf', '-queryfile', `q-${n}.tsq`, '-signer', 'tsa.pem', '-inkey', 'tsa.key',
    '-out', `r-${n}.tsr`
  ]); // prettier-ignore
  return fs.readFileSync(path.join(dir, `r-${n}.tsr`));
}

function leafExtensions(identity: string, issuer: string): string[] {
  return [
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=codeSigning',
    `subjectAltName=critical,URI:${identity}`,
    'subjectKeyIdentifier=hash',
    'authorityKeyIdentifier=keyid',
    // Fulcio's issuer: .1.1 (raw bytes, older certificates) and .1.8 (a UTF8String).
    `1.3.6.1.4.1.57264.1.1=DER:${Buffer.from(issuer).toString('hex')}`,
    `1.3.6.1.4.1.57264.1.8=ASN1:UTF8String:${issuer}`
  ];
}

const subject = (cn: string) => ({ organization: 'arch-actions lab', commonName: cn });

/** Makes the CA, a stranger CA and the timestamp authority in `dir`, and writes the trusted root. */
export function localSigstore(dir: string): LocalSigstore {
  fs.mkdirSync(dir, { recursive: true });
  makeCa(dir, 'ca', 'lab-fulcio');
  makeCa(dir, 'stranger', 'another-fulcio');
  makeCa(dir, 'tsa-ca', 'lab-tsa-root');
  makeLeaf(dir, 'tsa-ca', 'tsa', [
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=critical,timeStamping',
    'subjectKeyIdentifier=hash',
    'authorityKeyIdentifier=keyid'
  ]);
  fs.writeFileSync(path.join(dir, 'ts.cnf'), TSA_CONFIG);
  const start = new Date(Date.now() - 86_400_000).toISOString();
  const chain = (...pems: string[]) => ({
    certificates: pems.map(p => ({ rawBytes: der(dir, p).toString('base64') }))
  });
  const root = (ca: string) => ({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [
      { subject: subject(ca), uri: 'https://fulcio.lab.invalid', certChain: chain(`${ca}.pem`), validFor: { start } }
    ],
    ctlogs: [],
    timestampAuthorities: [
      { subject: subject('lab-tsa'), uri: 'https://tsa.lab.invalid', certChain: chain('tsa.pem', 'tsa-ca.pem'), validFor: { start } }
    ]
  }); // prettier-ignore
  const trustedRoot = path.join(dir, 'trusted_root.json');
  fs.writeFileSync(trustedRoot, JSON.stringify(root('ca'), null, 2));
  const trustedRoots = path.join(dir, 'trusted_root.jsonl');
  fs.writeFileSync(trustedRoots, `${JSON.stringify(root('stranger'))}\n${JSON.stringify(root('ca'))}\n`);
  let leaves = 0;
  const leaf = (ca: string, identity: string, issuer: string): Signer => {
    const name = `leaf-${++leaves}`;
    makeLeaf(dir, ca, name, leafExtensions(identity, issuer));
    const key = crypto.createPrivateKey(fs.readFileSync(path.join(dir, `${name}.key`)));
    return { cert: der(dir, `${name}.pem`), key };
  };
  return {
    dir,
    trustedRoot,
    trustedRoots,
    signer: (identity, issuer = GITHUB_ISSUER) => leaf('ca', identity, issuer),
    strangerSigner: (identity, issuer = GITHUB_ISSUER) => leaf('stranger', identity, issuer),
    bundle(statement, signer, { alter, timestamp: stamped = true } = {}) {
      const signed: Envelope = envelope(statement, signer.key);
      const sig = Buffer.from(signed.signatures[0].sig, 'base64');
      let payload = signed.payload;
      if (alter) {
        const forged = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as Statement;
        alter(forged);
        payload = Buffer.from(JSON.stringify(forged)).toString('base64');
      }
      return {
        mediaType: BUNDLE_MEDIA_TYPE,
        verificationMaterial: {
          certificate: { rawBytes: signer.cert.toString('base64') },
          tlogEntries: [],
          timestampVerificationData: {
            rfc3161Timestamps: stamped ? [{ signedTimestamp: timestamp(dir, sig).toString('base64') }] : []
          }
        },
        dsseEnvelope: {
          payload,
          payloadType: signed.payloadType,
          signatures: [{ sig: sig.toString('base64'), keyid: '' }]
        }
      };
    }
  };
}
