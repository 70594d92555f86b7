// Shared by the build-multiarch integration tests: run the action in-process as the runner
// would (INPUT_* env, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), and read images back.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as tar from 'tar-stream';
import { LabEnv, requireLab } from '../lab/lab';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { ImageIndex } from '../../actions/lib/oci/types';
import { readAll } from '../../actions/lib/registry/http';
import { readOutputs } from '../helpers/action';
import { BUILD, BUILD_MULTIARCH } from '../../actions/lib/core/specs.generated';

export const ALL_INPUTS = Object.keys({ ...BUILD_MULTIARCH.inputs, ...BUILD.inputs });

export function uniqueName(prefix: string): string {
  return `${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Points the lab's buildah/skopeo settings at this process (the action inherits them). */
export function useLabEnv(lab: LabEnv): void {
  process.env.STORAGE_DRIVER = lab.STORAGE_DRIVER;
  process.env.BUILDAH_ISOLATION = lab.BUILDAH_ISOLATION;
}

export interface ActionRun {
  outputs: Record<string, string>;
  summary: string;
}

let summaryFile: string | undefined;

/** Runs an action's `run()` with the given inputs; rejects as the action would fail. */
export async function runAction(
  run: () => Promise<void>,
  inputs: Record<string, string>,
  dir: string
): Promise<ActionRun> {
  const outFile = path.join(dir, `output-${Math.random().toString(36).slice(2)}`);
  // @actions/core remembers the first summary path, so every run in this process shares one file.
  summaryFile ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bm-summary-')), 'summary.md');
  const sumFile = summaryFile;
  fs.writeFileSync(outFile, '');
  fs.writeFileSync(sumFile, '');
  const saved = { ...process.env };
  for (const n of ALL_INPUTS) delete process.env[`INPUT_${n.replace(/ /g, '_').toUpperCase()}`];
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  process.env.GITHUB_OUTPUT = outFile;
  process.env.GITHUB_STEP_SUMMARY = sumFile;
  try {
    try {
      await run();
    } catch (err) {
      // Outputs set before the failure, for tests that check them.
      (err as { outputs?: Record<string, string> }).outputs = readOutputs(outFile);
      throw err;
    }
    return {
      outputs: readOutputs(outFile),
      summary: fs.readFileSync(sumFile, 'utf8')
    };
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface LabSuite {
  lab: LabEnv;
  /** Removed after the file's tests. */
  tmp: string;
  client: RegistryClient;
}

/**
 * For one test file: the lab (its buildah settings in this process), a temp dir and a
 * registry client, set in beforeAll (then `setup` runs) and cleaned up in afterAll.
 */
export function labSuite(tmpPrefix: string, setup?: (suite: LabSuite) => void): LabSuite {
  const suite = {} as LabSuite;
  beforeAll(() => {
    suite.lab = requireLab();
    useLabEnv(suite.lab);
    suite.tmp = tempDir(tmpPrefix);
    suite.client = new RegistryClient();
    setup?.(suite);
  });
  afterAll(() => {
    suite.client?.close();
    if (suite.tmp) fs.rmSync(suite.tmp, { recursive: true, force: true });
  });
  return suite;
}

export async function getIndex(
  client: RegistryClient,
  ref: string
): Promise<{ digest: string; index: ImageIndex }> {
  const m = await client.getManifest(parseReference(ref));
  return { digest: m.digest, index: m.json as ImageIndex };
}

/** Reads one file from an image's layers (the last layer that has it wins). */
export async function readFileFromImage(
  client: RegistryClient,
  ref: string,
  file: string
): Promise<string | undefined> {
  const r = parseReference(ref);
  const manifest = await client.getImageManifest(r, r.digest!);
  let found: string | undefined;
  for (const layer of manifest.layers) {
    const blob = await readAll(await client.getBlob(r, layer.digest));
    const data = blob[0] === 0x1f && blob[1] === 0x8b ? zlib.gunzipSync(blob) : blob;
    const extract = tar.extract();
    const done = (async () => {
      for await (const entry of extract) {
        const name = entry.header.name.replace(/^\.?\//, '');
        if (name === file)
          found = (await readAll(entry as unknown as NodeJS.ReadableStream)).toString('utf8');
        else entry.resume();
      }
    })();
    extract.end(data);
    await done;
  }
  return found;
}
