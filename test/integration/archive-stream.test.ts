import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar-stream';
import { pushArchive, readArchive } from '../../actions/lib/build/archive';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { LabEnv, requireLab } from '../lab/lab';

// Large enough that holding the layer (or its gzip) in memory would show plainly in the rss.
const LAYER_BYTES = 64 * 1024 * 1024;
const MAX_RSS_GROWTH = 48 * 1024 * 1024;
const MiB = 1024 * 1024;

let lab: LabEnv;
let client: RegistryClient;
let tmp: string;
const run = `${process.pid}-${Date.now().toString(36)}`;

beforeAll(() => {
  lab = requireLab();
  client = new RegistryClient();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-stream-'));
});
afterAll(() => {
  client?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/**
 * Writes a docker-archive whose single layer is an uncompressed tar holding `size` random bytes,
 * chunk by chunk (never in memory); returns the layer tar's sha256 (the diffID).
 */
async function writeBigDockerArchive(file: string, size: number): Promise<string> {
  // The layer tar goes to disk first so its diffID can go into the config.
  const layerFile = path.join(tmp, 'layer.tar');
  const layer = tar.pack();
  const writing = pipeline(layer as unknown as NodeJS.ReadableStream, fs.createWriteStream(layerFile));
  const entry = layer.entry({ name: 'random.bin', size, mode: 0o644 }) as unknown as NodeJS.WritableStream;
  for (let left = size; left > 0; left -= MiB) {
    if (!entry.write(randomBytes(Math.min(MiB, left)))) await new Promise(r => entry.once('drain', r));
  }
  entry.end();
  layer.finalize();
  await writing;
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(layerFile), hash);
  const diffId = 'sha256:' + hash.digest('hex');

  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [diffId] } })
  );
  const pack = tar.pack();
  const out = pipeline(pack as unknown as NodeJS.ReadableStream, fs.createWriteStream(file));
  pack.entry({ name: 'manifest.json' }, JSON.stringify([{ Config: 'config.json', Layers: ['l/layer.tar'] }]));
  pack.entry({ name: 'config.json' }, config);
  const layerSize = fs.statSync(layerFile).size;
  const big = pack.entry({ name: 'l/layer.tar', size: layerSize });
  await pipeline(fs.createReadStream(layerFile), big);
  pack.finalize();
  await out;
  fs.rmSync(layerFile);
  return diffId;
}

/** Runs `fn`, sampling rss every 10 ms; returns the peak growth over the rss just before. */
async function peakRssGrowth(fn: () => Promise<void>): Promise<{ baseline: number; peak: number }> {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { baseline, peak };
}

test('a 64 MiB docker-archive layer is gzipped and pushed from disk with flat memory', async () => {
  const file = path.join(tmp, 'image.tar');
  const diffId = await writeBigDockerArchive(file, LAYER_BYTES);
  const repo = parseReference(`${lab.LAB_REGISTRY}/itest/archive-stream-${run}`);

  let pushed: { digest: string } | undefined;
  let layer: { digest: string; size: number } | undefined;
  const { baseline, peak } = await peakRssGrowth(async () => {
    const image = await readArchive(file);
    try {
      layer = JSON.parse(image.manifest.toString()).layers[0];
      pushed = await pushArchive(client, repo, image);
    } finally {
      image.dispose();
    }
  });
  const growth = peak - baseline;
  process.stdout.write(
    `archive-stream: layer ${LAYER_BYTES / MiB} MiB raw, ${(layer!.size / MiB).toFixed(1)} MiB gzip; ` +
      `rss ${(baseline / MiB).toFixed(0)} -> peak ${(peak / MiB).toFixed(0)} MiB (growth ${(growth / MiB).toFixed(1)} MiB)\n`
  );

  // The registry holds the layer under the digest we computed, with the right bytes.
  expect(layer!.size).toBeGreaterThan(LAYER_BYTES);
  expect(await client.blobExists(repo, layer!.digest)).toBe(true);
  const hash = createHash('sha256');
  let size = 0;
  const gunzipped = createHash('sha256');
  const zlib = await import('node:zlib');
  const blob = await client.getBlob(repo, layer!.digest);
  const gunzip = zlib.createGunzip();
  blob.on('data', (c: Buffer) => {
    hash.update(c);
    size += c.length;
  });
  await pipeline(blob, gunzip, gunzipped);
  expect('sha256:' + hash.digest('hex')).toBe(layer!.digest);
  expect(size).toBe(layer!.size);
  expect('sha256:' + gunzipped.digest('hex')).toBe(diffId);
  const manifest = await client.getImageManifest(repo, pushed!.digest);
  expect(manifest.layers[0].digest).toBe(layer!.digest);

  expect(growth).toBeLessThan(MAX_RSS_GROWTH);
});
