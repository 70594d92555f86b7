// Platform-proof test helpers: a cosign key pair made by the real cosign, and a two-platform
// index of the lab's static busybox binaries (real ELF files for the deep check).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { LabEnv, requireLab } from '../lab/lab';
import { FaultProxy, startFaultProxy } from '../fixtures/proxy/fault-proxy';
import { parseReference } from '../../actions/lib/oci/reference';
import { ImageIndex, ImageManifest } from '../../actions/lib/oci/types';
import { RegistryClient } from '../../actions/lib/registry/client';
import { pushImage, pushIndex } from './images';
import { PREDICATE_TYPE } from '../../actions/lib/proof/statement';

/** A validator for docs/platform-proof.schema.json (ajv 8, JSON Schema 2020-12). */
export function proofSchema(): (value: unknown) => boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv2020 = (require('ajv/dist/2020') as { default: new (o: object) => AjvLike }).default;
  const ajv = new Ajv2020({ allErrors: true }).addFormat(
    'date-time',
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/
  );
  const validate = ajv.compile(
    JSON.parse(fs.readFileSync('docs/platform-proof.schema.json', 'utf8')) as object
  );
  return value => validate(value);
}

interface AjvLike {
  addFormat(name: string, re: RegExp): AjvLike;
  compile(schema: object): (value: unknown) => boolean;
}

export const KEY_PASSWORD = 'proof-test-password';

export interface KeyPair {
  privateKey: string;
  publicKey: string;
}

/** `cosign generate-key-pair` in `dir` (cosign.key encrypted with KEY_PASSWORD, cosign.pub). */
export function cosignKeyPair(lab: LabEnv, dir: string): KeyPair {
  fs.mkdirSync(dir, { recursive: true });
  execFileSync(lab.LAB_COSIGN, ['generate-key-pair'], {
    cwd: dir,
    env: { ...process.env, COSIGN_PASSWORD: KEY_PASSWORD },
    stdio: 'pipe',
    timeout: 60_000
  });
  return { privateKey: path.join(dir, 'cosign.key'), publicKey: path.join(dir, 'cosign.pub') };
}

/** Runs the lab's cosign; returns its exit code and output (never throws on a failed check). */
export function cosign(
  lab: LabEnv,
  args: string[],
  env: NodeJS.ProcessEnv = {}
): { code: number; out: string } {
  try {
    const out = execFileSync(lab.LAB_COSIGN, args, {
      stdio: 'pipe',
      timeout: 120_000,
      encoding: 'utf8',
      env: { ...process.env, ...env }
    });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** The real `cosign verify-attestation` of a platform proof signed with `publicKey`, as an operator runs it. */
export function verifyAttestationArgs(publicKey: string, ref: string): string[] {
  return [
    'verify-attestation',
    '--key',
    publicKey,
    '--insecure-ignore-tlog',
    '--allow-http-registry',
    '--type',
    PREDICATE_TYPE,
    ref
  ];
}

/** `oras discover` of `ref` as JSON: the artifact types of its referrers. */
export function orasReferrers(lab: LabEnv, ref: string): string[] {
  const out = execFileSync(lab.LAB_ORAS, ['discover', '--plain-http', '--format', 'json', ref], {
    stdio: 'pipe',
    timeout: 60_000,
    encoding: 'utf8'
  });
  const json = JSON.parse(out) as {
    manifests?: Array<{ artifactType: string }>;
    referrers?: Array<{ artifactType: string }>;
  };
  return (json.manifests ?? json.referrers ?? []).map(m => m.artifactType);
}

/** Pushes `<registry>/<repo>:v1`, an index of busybox for linux/amd64 and linux/arm64; returns its digest. */
export async function pushBusyboxIndex(lab: LabEnv, client: RegistryClient, repo: string): Promise<string> {
  const ref = parseReference(`${lab.LAB_REGISTRY}/${repo}:v1`);
  const amd64 = await pushImage(client, ref, 'amd64', {
    'bin/busybox': fs.readFileSync(lab.LAB_BUSYBOX_AMD64)
  });
  const arm64 = await pushImage(client, ref, 'arm64', {
    'bin/busybox': fs.readFileSync(lab.LAB_BUSYBOX_ARM64)
  });
  return pushIndex(client, ref, [amd64.descriptor, arm64.descriptor], 'v1');
}

/** The config and layer digests of every platform of `repo@digest` in the lab registry: the blobs a check reads. */
export async function imageBlobs(
  lab: LabEnv,
  client: RegistryClient,
  repo: string,
  digest: string
): Promise<string[]> {
  const ref = parseReference(`${lab.LAB_REGISTRY}/${repo}@${digest}`);
  const index = (await client.getManifest(ref)).json as ImageIndex;
  const out: string[] = [];
  for (const m of index.manifests) {
    const manifest = (await client.getManifest({ ...ref, digest: m.digest })).json as ImageManifest;
    out.push(manifest.config.digest, ...manifest.layers.map(l => l.digest));
  }
  return out;
}

/** The GETs of `blobs` among the requests a proxy saw. */
export const blobReads = (seen: string[], blobs: string[]): string[] =>
  seen.filter(s => s.startsWith('GET ') && blobs.some(b => s.endsWith(`/blobs/${b}`)));

/** A test file's lab, temp dir, cosign key pair, registry client and a counting proxy in front of the lab registry. */
export interface ProxiedSuite {
  lab: LabEnv;
  tmp: string;
  keys: KeyPair;
  client: RegistryClient;
  /** Every request it passes on is in `proxy.stats.seen` (`METHOD path`). */
  proxy: FaultProxy;
}

/** Set up in beforeAll, cleaned up in afterAll. */
export function proxiedSuite(tmpPrefix: string): ProxiedSuite {
  const s = {} as ProxiedSuite;
  beforeAll(async () => {
    s.lab = requireLab();
    s.tmp = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
    s.keys = cosignKeyPair(s.lab, path.join(s.tmp, 'keys'));
    s.client = new RegistryClient();
    s.proxy = await startFaultProxy({ target: `http://${s.lab.LAB_REGISTRY}`, faultRate: 0 });
  });
  afterAll(async () => {
    s.client?.close();
    await s.proxy?.close();
    if (s.tmp) fs.rmSync(s.tmp, { recursive: true, force: true });
  });
  return s;
}
