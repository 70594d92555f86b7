// A deep check of a big layer says how far it got, every few seconds: bytes read per layer and
// binaries checked. The layer (over 200 MB) is in the lab registry; the test reads it through a
// link slowed to 20 MB/s, as a far registry would serve it, so the check lasts about 10 s.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { requireLab, LabEnv } from '../lab/lab';
import { tarOf } from '../helpers/archives';
import { pushImage } from '../helpers/images';
import { sha256Digest } from '../../actions/lib/oci/digest';
import { parsePlatform } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import * as core from '../../actions/lib/core/toolkit';
import { deepCheck } from '../../actions/lib/verify/image';
import { PROGRESS_INTERVAL_MS } from '../../actions/lib/verify/layer-progress';
import type { ImageReader } from '../../actions/lib/oci/types';

jest.setTimeout(180_000);

const BYTES_PER_SECOND = 20e6;

/** The same bytes, at most BYTES_PER_SECOND. */
function slowed(): Transform {
  const started = Date.now();
  let sent = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      sent += chunk.length;
      const wait = (sent / BYTES_PER_SECOND) * 1000 - (Date.now() - started);
      setTimeout(() => done(null, chunk), Math.max(0, wait));
    }
  });
}

describe('deep check progress', () => {
  let lab: LabEnv;
  let client: RegistryClient;

  beforeAll(() => {
    lab = requireLab();
    client = new RegistryClient();
  });
  afterAll(() => client.close());

  test('a layer of over 200 MB: a line at least every 5 s with bytes read and binaries checked', async () => {
    // Random bytes do not compress: the blob read is as big as the layer.
    const tar = await tarOf(
      { 'bin/busybox': fs.readFileSync(lab.LAB_BUSYBOX_ARM64), 'data/random.bin': randomBytes(200e6) },
      false,
      0o755
    );
    const blob = zlib.gzipSync(tar, { level: 1 });
    expect(blob.length).toBeGreaterThan(200e6);
    const ref = parseReference(`${lab.LAB_REGISTRY}/issue23-big:${Date.now()}`);
    const pushed = await pushImage(client, ref, 'arm64', { tar, blob, diffId: sha256Digest(tar) });

    const slow: ImageReader = Object.assign(Object.create(client), {
      getBlob: async (r: typeof ref, digest: string) => (await client.getBlob(r, digest)).pipe(slowed())
    });
    const lines: Array<{ at: number; text: string }> = [];
    const info = jest
      .spyOn(core, 'info')
      .mockImplementation(text => void lines.push({ at: Date.now(), text }));
    const started = Date.now();
    let verdict;
    try {
      verdict = await deepCheck(slow, ref, pushed.descriptor.digest, parsePlatform('linux/arm64'));
    } finally {
      info.mockRestore();
    }
    const ended = Date.now();
    expect(ended - started).toBeGreaterThan(8000);
    expect([verdict.executables, verdict.mismatch]).toEqual([1, undefined]);

    const progress = lines.filter(l => l.text.startsWith(`deep check of ${lab.LAB_REGISTRY}/issue23-big`));
    expect(progress.length).toBeGreaterThanOrEqual(Math.floor((ended - started) / PROGRESS_INTERVAL_MS) - 1);
    const times = [started, ...progress.map(l => l.at), ended];
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(gaps.filter(g => g > 5000)).toEqual([]);
    const size = (blob.length / 1e6).toFixed(1);
    expect(progress[0].text).toMatch(
      new RegExp(
        `: [\\d.]+ MB read, 0 of 1 layers checked, 0 binaries checked; layer 1: [\\d.]+ MB of ${size} MB \\(\\d+ s\\)$`
      )
    );
    // The bytes read grow from one line to the next.
    const read = progress.map(l => Number(/: ([\d.]+) MB read/.exec(l.text)?.[1]));
    expect(read).toEqual([...read].sort((a, b) => a - b));
  });
});
