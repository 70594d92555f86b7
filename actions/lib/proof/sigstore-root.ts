// The trust material keyless proofs are checked against: a Sigstore trusted root (its Fulcio CAs,
// Rekor logs, CT logs and timestamp authorities), from a file or, by default, the public-good
// instance's, fetched through TUF with a deadline and else the copy embedded in @sigstore/tuf.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TrustMaterial, VerifierOptions } from '@sigstore/verify';
import { badInput, CheckError, whyOf } from '../core/errors';
import * as core from '../core/toolkit';

/** The public-good Sigstore instance's TUF repository (Fulcio, Rekor: what GitHub uses for public repositories). */
export const PUBLIC_GOOD_TUF = 'https://tuf-repo-cdn.sigstore.dev';
// A trusted root is a few kilobytes of certificates and keys.
const ROOT_LIMIT = 1024 * 1024;
// The TUF refresh: per request, and in all; past it the embedded root is used.
const TUF_REQUEST_MS = 5_000;
const TUF_TOTAL_MS = 20_000;

export interface SigstoreRoot {
  material: TrustMaterial;
  /** How many of each signed time and CT proof a bundle needs, from what the root offers. */
  thresholds: Required<VerifierOptions>;
  /** Where the root came from, for messages. */
  source: string;
}

/** A trusted root as JSON (trusted_root.json), before its certificates and keys are parsed. */
export interface RootJson {
  certificateAuthorities: unknown[];
  tlogs?: unknown[];
  ctlogs?: unknown[];
  timestampAuthorities?: unknown[];
}

/** Why `json` cannot be a trusted root, or undefined when its shape is one. */
function rootProblem(json: unknown): string | undefined {
  const r = json as RootJson;
  if (!r || typeof r !== 'object' || !Array.isArray(r.certificateAuthorities))
    return 'it is not a Sigstore trusted root (no certificateAuthorities)';
  if (!r.certificateAuthorities.length) return 'it names no certificate authority';
  // Without a transparency log, a signed time can only come from a timestamp authority.
  if (!r.tlogs?.length && !r.timestampAuthorities?.length)
    return 'it names neither a transparency log nor a timestamp authority, so no signed time can be checked';
  return undefined;
}

/** The JSON values of `text`: one document, or JSON lines (as `gh attestation trusted-root` prints). */
function jsonValues(text: string): unknown[] | undefined {
  try {
    return [JSON.parse(text)];
  } catch {
    try {
      return text
        .split('\n')
        .filter(l => l.trim())
        .map(l => JSON.parse(l) as unknown);
    } catch {
      return undefined;
    }
  }
}

/**
 * The roots of a `proof-trusted-root` file (its input named): a trusted_root.json, or JSON lines of
 * several roots (each is tried); each checked for the shape of a trusted root.
 */
export function readRootFile(input: string, file: string): RootJson[] {
  let text: string;
  try {
    if (fs.statSync(file).size > ROOT_LIMIT) throw new Error(`it is over ${ROOT_LIMIT} bytes`);
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw badInput(input, file, `cannot read it: ${whyOf(err)}`);
  }
  const values = jsonValues(text);
  if (!values?.length) throw badInput(input, file, 'it is neither JSON nor JSON lines');
  values.forEach((v, i) => {
    const problem = rootProblem(v);
    if (problem) throw badInput(input, file, values.length > 1 ? `line ${i + 1}: ${problem}` : problem);
  });
  return values as RootJson[];
}

/** Trust material and thresholds from a trusted root's JSON; a bad certificate or key is a CheckError. */
export async function rootOf(json: RootJson, source: string): Promise<SigstoreRoot> {
  const problem = rootProblem(json);
  if (problem) throw new CheckError(`the Sigstore trusted root from ${source} is unusable: ${problem}`);
  const { TrustedRoot } = await import('@sigstore/protobuf-specs');
  const { toTrustMaterial } = await import('@sigstore/verify');
  let material: TrustMaterial;
  try {
    material = toTrustMaterial(TrustedRoot.fromJSON(json));
  } catch (err) {
    throw new CheckError(`the Sigstore trusted root from ${source} is unusable: ${whyOf(err)}`);
  }
  const tlogs = material.tlogs.length > 0;
  return {
    material,
    thresholds: {
      tlogThreshold: tlogs ? 1 : 0,
      ctlogThreshold: material.ctlogs.length ? 1 : 0,
      tsaThreshold: tlogs ? 0 : 1
    },
    source
  };
}

/** The public-good trusted root embedded in @sigstore/tuf (as of its release). */
function embeddedRoot(): RootJson {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const seeds = require('@sigstore/tuf/seeds.json') as Record<string, { targets: Record<string, string> }>;
  return JSON.parse(
    Buffer.from(seeds[PUBLIC_GOOD_TUF].targets['trusted_root.json'], 'base64').toString('utf8')
  ) as RootJson;
}

/** The public-good root through TUF within TUF_TOTAL_MS, else (offline, blocked) the embedded one. */
export async function publicGoodRoot(env: NodeJS.ProcessEnv = process.env): Promise<SigstoreRoot> {
  const cachePath = path.join(env.RUNNER_TEMP || os.tmpdir(), 'arch-actions-sigstore-tuf');
  let timer: NodeJS.Timeout | undefined;
  try {
    const { getTrustedRoot } = await import('@sigstore/tuf');
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${TUF_TOTAL_MS / 1000} s`)), TUF_TOTAL_MS);
    });
    const fetched = getTrustedRoot({
      cachePath,
      mirrorURL: PUBLIC_GOOD_TUF,
      timeout: TUF_REQUEST_MS,
      retry: 1
    });
    fetched.catch(() => undefined);
    const root = await Promise.race([fetched, deadline]);
    const { TrustedRoot } = await import('@sigstore/protobuf-specs');
    return await rootOf(TrustedRoot.toJSON(root) as RootJson, PUBLIC_GOOD_TUF);
  } catch (err) {
    core.info(
      `The Sigstore public-good trusted root could not be refreshed from ${PUBLIC_GOOD_TUF} (${whyOf(err)}); using the copy embedded in this release`
    );
    return rootOf(embeddedRoot(), 'the public-good root embedded in this release');
  } finally {
    clearTimeout(timer);
  }
}
