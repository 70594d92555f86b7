// Progress of a deep check, for long reads: every few seconds, one line with the bytes read of
// each layer still being read and the binaries checked so far. A check that ends before the
// first tick prints nothing.
import { Transform } from 'node:stream';
import * as core from '../core/toolkit';
import type { ImageReader } from '../oci/types';
import type { LayerScan } from './deep';

/** How often a long deep check says how far it got. */
export const PROGRESS_INTERVAL_MS = 3000;

type LayerReader = Pick<ImageReader, 'getImageManifest' | 'getBlob'>;

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export interface LayerProgress {
  /** The reader whose manifests and blobs are counted. */
  reader: LayerReader;
  /** Called as each layer is judged. */
  layer(scan: LayerScan): void;
  /** Ends the ticks. */
  stop(): void;
}

/** Watches the reads of one platform's layers; `label` names the image and platform. */
export function layerProgress(
  inner: LayerReader,
  label: string,
  opts: { intervalMs?: number; log?: (line: string) => void } = {}
): LayerProgress {
  const log = opts.log ?? core.info;
  const started = Date.now();
  const layers = new Map<string, { size: number; read: number; index: number }>();
  let judged = 0;
  let binaries = 0;
  let total = 0;
  const tick = () => {
    const reading = [...layers.values()].filter(l => l.read < l.size).sort((a, b) => a.index - b.index);
    const read = [...layers.values()].reduce((n, l) => n + l.read, 0);
    const each = reading.map(l => `layer ${l.index + 1}: ${mb(l.read)} of ${mb(l.size)}`);
    log(
      `deep check of ${label}: ${mb(read)} read, ${judged} of ${total} layers checked, ${binaries} binaries checked` +
        `${each.length ? `; ${each.join(', ')}` : ''} (${Math.round((Date.now() - started) / 1000)} s)`
    );
  };
  const timer = setInterval(tick, opts.intervalMs ?? PROGRESS_INTERVAL_MS);
  timer.unref();
  const reader: LayerReader = {
    getImageManifest: async (ref, digest, o) => {
      const m = await inner.getImageManifest(ref, digest, o);
      total = m.layers.length;
      m.layers.forEach((l, index) => layers.set(l.digest, { size: l.size, read: 0, index }));
      return m;
    },
    getBlob: async (ref, digest, o) => {
      const blob = await inner.getBlob(ref, digest, o);
      const layer = layers.get(digest);
      if (!layer) return blob;
      layer.read = 0;
      // Counted on the way through: a listener of its own would set the blob flowing.
      const counted = new Transform({
        transform(chunk: Buffer, _enc, done) {
          layer.read += chunk.length;
          done(null, chunk);
        }
      });
      blob.on('error', err => counted.destroy(err));
      counted.on('close', () => blob.destroy());
      return blob.pipe(counted);
    }
  };
  return {
    reader,
    layer: scan => {
      judged++;
      binaries += scan.elfFiles.length;
    },
    stop: () => clearInterval(timer)
  };
}
