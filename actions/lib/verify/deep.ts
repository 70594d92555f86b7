import { Readable, Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import type * as tar from 'tar-stream';
import * as core from '../core/toolkit';
import { CheckError } from '../core/errors';
import { lazy } from '../core/lazy';
import { expectedMachine, machineName, parseElfHeader } from '../oci/elf';
import { formatReference, ImageRef } from '../oci/reference';
import { IntegrityError, MalformedLayer } from '../oci/digest';
import type { Descriptor, ImageReader } from '../oci/types';
import { LayerShadow } from './layer-shadow';

// Only the deep check reads layers; the other checks do not load a tar reader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tarStream = lazy(() => require('tar-stream') as typeof tar);

export interface ElfFile {
  path: string;
  machine: number;
  machineName: string;
}

export interface LayerScan {
  files: number;
  elfFiles: ElfFile[];
  /** ELF files whose machine differs from `expectedMachine`. */
  mismatches: ElfFile[];
  /** True when the scan ended before the end of the layer (abort or first mismatch). */
  stopped: boolean;
}

export interface ScanOptions {
  expectedMachine?: number;
  /** End the scan at the first mismatch: the verdict can no longer change. */
  stopOnMismatch?: boolean;
  signal?: AbortSignal;
  /** Called after each ELF file; returning true ends the scan. */
  shouldStop?: (scan: LayerScan) => boolean;
  /** Paths (no leading slash) that may legitimately hold foreign binaries. */
  ignore?: (path: string) => boolean;
  /** What the layers above this one hide; entries it hides are skipped, and this layer's are added. */
  shadow?: LayerShadow;
  /** Collect the layer's entries here instead of judging them (the layers above are not read yet). */
  record?: SeenEntry[];
}

/** One tar entry as read: enough to judge it once the layers above it are known. */
export interface SeenEntry {
  path: string;
  directory: boolean;
  /** A regular file (not a whiteout). */
  content: boolean;
  /** The ELF machine of a regular file that is an ELF file. */
  machine?: number;
}

export { LayerShadow };

// The ELF header fields we need are in the first 20 bytes; 64 leaves room to spare.
const HEAD_BYTES = 64;
const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

function zstdDecompressor(mediaType: string): Transform {
  const create = (zlib as unknown as { createZstdDecompress?: () => Transform }).createZstdDecompress;
  if (typeof create !== 'function') {
    throw new CheckError(
      `layer ${mediaType} is zstd-compressed, which Node ${process.version} cannot decompress (needs Node 22.15 or later)`
    );
  }
  return create();
}

/** Looks at the first bytes rather than trusting the media type: some tools mislabel layers. */
async function peek(source: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = () => {
      source.off('readable', onReadable);
      source.off('error', reject);
      source.off('end', onEnd);
    };
    const onReadable = () => {
      const chunk = source.read() as Buffer | null;
      if (chunk === null) return;
      done();
      source.unshift(chunk);
      resolve(chunk);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.alloc(0));
    };
    source.on('readable', onReadable);
    source.once('error', reject);
    source.once('end', onEnd);
  });
}

function decompressorFor(head: Buffer, mediaType: string): Transform | undefined {
  // Larger output chunks mean fewer callbacks through tar-stream: ~15 % faster on big layers.
  if (startsWith(head, GZIP_MAGIC)) return zlib.createGunzip({ chunkSize: 256 * 1024 });
  if (startsWith(head, ZSTD_MAGIC)) return zstdDecompressor(mediaType);
  return undefined;
}

/** Reads a tar entry to its end, keeping only its first bytes (events: cheaper than async iteration). */
function readHead(entry: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    entry.on('data', (chunk: Buffer) => {
      if (size >= HEAD_BYTES) return;
      const part = Buffer.from(chunk.subarray(0, HEAD_BYTES - size));
      parts.push(part);
      size += part.length;
    });
    entry.once('end', () => resolve(Buffer.concat(parts)));
    entry.once('error', reject);
  });
}

function isRegularFile(type: tar.Header['type'] | null | undefined): boolean {
  return type === 'file' || type === 'contiguous-file' || type == null;
}

/** The tar entries of a layer, decompressed as its first bytes say; an error of any stage ends them. */
async function openTar(
  source: Readable,
  mediaType: string,
  onError: (err: Error) => void
): Promise<{ extract: tar.Extract; decompress?: Transform }> {
  const head = await peek(source);
  const decompress = decompressorFor(head, mediaType);
  const extract = tarStream().extract();
  const fail = (err: Error) => {
    onError(err);
    extract.destroy(err);
  };
  // tar-stream is a streamx Writable, so errors are forwarded by hand rather than via pipeline().
  source.on('error', fail);
  if (decompress) {
    decompress.on('error', fail);
    source.pipe(decompress).pipe(extract as unknown as NodeJS.WritableStream);
  } else {
    source.pipe(extract as unknown as NodeJS.WritableStream);
  }
  return { extract, decompress };
}

/** What tar-stream yields per file (its stream type is not exported). */
type TarEntry = AsyncIterable<unknown> & { header: tar.Header; resume(): unknown };

/** Reads one tar entry: its path, its kind and, for a file still visible, its ELF machine. */
async function readEntry(entry: TarEntry, opts: ScanOptions): Promise<SeenEntry> {
  const header = entry.header;
  const path = header.name.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  const base = path.slice(path.lastIndexOf('/') + 1);
  // Whiteouts mark deletions and carry no content; hidden files never reach the container.
  const content = isRegularFile(header.type) && !base.startsWith('.wh.');
  const read = content && !(opts.shadow?.hides(path) ?? false);
  const head = read ? await readHead(entry as unknown as Readable) : (entry.resume(), undefined);
  const machine = head ? parseElfHeader(head)?.machine : undefined;
  return { path, directory: header.type === 'directory', content, machine };
}

/** Judges one entry, in layer order, under the shadow of the layers above; true when the scan can end. */
export function applyEntry(e: SeenEntry, scan: LayerScan, opts: ScanOptions): boolean {
  const hidden = opts.shadow?.hides(e.path) ?? false;
  opts.shadow?.record(e.path, e.directory);
  if (hidden || !e.content) return false;
  scan.files++;
  if (e.machine === undefined || (opts.ignore && opts.ignore(e.path))) return false;
  const file = { path: e.path, machine: e.machine, machineName: machineName(e.machine) };
  scan.elfFiles.push(file);
  if (opts.expectedMachine !== undefined && e.machine !== opts.expectedMachine) {
    scan.mismatches.push(file);
    if (opts.stopOnMismatch) return true;
  }
  return opts.shouldStop?.(scan) ?? false;
}

/**
 * Streams one layer blob (gzip, zstd or plain tar) and reads the ELF header of each regular
 * file. Memory stays bounded: files are drained, never held.
 */
export async function scanLayer(
  source: Readable,
  mediaType: string,
  opts: ScanOptions = {}
): Promise<LayerScan> {
  const scan: LayerScan = { files: 0, elfFiles: [], mismatches: [], stopped: false };
  let failure: Error | undefined;
  const { extract, decompress } = await openTar(source, mediaType, err => {
    if (!scan.stopped) failure = failure ?? err;
  });
  let stopped = () => {};
  const stop = () => {
    scan.stopped = true;
    source.destroy();
    decompress?.destroy();
    extract.destroy();
    stopped();
  };
  const read = async () => {
    for await (const entry of extract) {
      if (scan.stopped) break;
      const seen = await readEntry(entry, opts);
      if (opts.record) opts.record.push(seen);
      else if (applyEntry(seen, scan, opts)) return stop();
    }
  };
  // A stop from outside ends the scan at once: a destroyed tar stream need not end its iteration.
  const stop$ = new Promise<void>(resolve => (stopped = resolve));
  opts.signal?.addEventListener('abort', stop, { once: true });
  if (opts.signal?.aborted) stop();
  const reading = read();
  try {
    await Promise.race([reading, stop$]);
  } catch (err) {
    if (!scan.stopped) failure = failure ?? (err as Error);
  } finally {
    opts.signal?.removeEventListener('abort', stop);
    reading.catch(() => undefined);
  }
  if (failure && !scan.stopped) {
    if (failure instanceof CheckError) throw failure;
    throw new MalformedLayer(`layer content is malformed (${mediaType}): ${failure.message}`);
  }
  return scan;
}

export interface ImageVerdict {
  ok: boolean;
  /** ELF files seen (executables and shared libraries). */
  executables: number;
  mismatches: ElfFile[];
  layersScanned: number;
  layersTotal: number;
}

export interface ScanImageOptions {
  stopEarly?: boolean;
  onLayer?: (scan: LayerScan) => void; // each layer's visible files, once judged (the platform proof counts them)
  signal?: AbortSignal;
  ignore?: (path: string) => boolean;
}

/** One layer, read once more from the start when its bytes fail their digest. */
async function scanLayerOnce(
  client: Pick<ImageReader, 'getImageManifest' | 'getBlob'>,
  ref: ImageRef,
  layer: Descriptor,
  opts: ScanOptions
): Promise<LayerScan> {
  for (let attempt = 0; ; attempt++) {
    const blob = await client.getBlob(ref, layer.digest, { signal: opts.signal });
    try {
      return await scanLayer(blob, layer.mediaType, opts);
    } catch (err) {
      blob.destroy();
      opts.shadow?.discard();
      opts.record?.splice(0);
      if (err instanceof IntegrityError && !(err instanceof MalformedLayer) && attempt === 0) {
        core.info(`${err.message}; reading it once more`);
        continue;
      }
      const why = err instanceof Error ? err.message : String(err);
      throw new CheckError(`layer ${layer.digest} of ${formatReference(ref)}: ${why}`);
    }
  }
}

/**
 * Checks that the binaries in one platform's layers were built for that platform.
 *
 * The layers are read at once, each into a record of its entries; the records are then judged
 * from the top down as soon as every layer above is in, so a file deleted or replaced by a later
 * layer (which never reaches the container) is skipped rather than blamed.
 *
 * Early stop: the first visible ELF file whose machine differs from the platform makes the
 * verdict certain (fail), so with `stopEarly` the reads end there. A pass is only certain after
 * every layer has been read, so otherwise all layers are scanned.
 */
export async function scanImageLayers(
  client: Pick<ImageReader, 'getImageManifest' | 'getBlob'>,
  ref: ImageRef,
  manifestDigest: string,
  expectedArch: string,
  options: ScanImageOptions = {}
): Promise<ImageVerdict> {
  const machine = expectedMachine(expectedArch);
  if (machine === undefined) {
    throw new CheckError(
      `no ELF machine is known for architecture "${expectedArch}" (${formatReference(ref)})`
    );
  }
  const manifest = await client.getImageManifest(ref, manifestDigest, { signal: options.signal });
  const verdict: ImageVerdict = {
    ok: true,
    executables: 0,
    mismatches: [],
    layersScanned: 0,
    layersTotal: manifest.layers.length
  };
  const top = [...manifest.layers].reverse();
  const records: Array<SeenEntry[] | undefined> = [];
  const shadow = new LayerShadow();
  const judge = { expectedMachine: machine, stopOnMismatch: options.stopEarly, ignore: options.ignore };
  const stop = new AbortController();
  const abort = () => stop.abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  if (options.signal?.aborted) abort();
  // Judges the layers read so far, from the top down, up to the first one still being read.
  const judgeReady = () => {
    while (!stop.signal.aborted && records[verdict.layersScanned]) {
      const i = verdict.layersScanned++;
      const scan: LayerScan = { files: 0, elfFiles: [], mismatches: [], stopped: false };
      for (const e of records[i]!) if (applyEntry(e, scan, { ...judge, shadow })) break;
      records[i] = undefined;
      shadow.commit();
      verdict.executables += scan.elfFiles.length;
      verdict.mismatches.push(...scan.mismatches);
      options.onLayer?.(scan);
      if (options.stopEarly && scan.mismatches.length > 0) abort();
    }
  };
  const read = async (layer: Descriptor, i: number) => {
    const record: SeenEntry[] = [];
    try {
      await scanLayerOnce(client, ref, layer, { signal: stop.signal, record });
    } catch (err) {
      // A read cut short by the stop (a foreign binary found, or a deadline) is no failure of its own.
      if (stop.signal.aborted) return;
      abort();
      throw err;
    }
    if (stop.signal.aborted) return;
    records[i] = record;
    judgeReady();
  };
  try {
    await Promise.all(top.map(read));
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
  // Stopped from outside: what was read proves nothing.
  const why: unknown = options.signal?.reason;
  if (options.signal?.aborted)
    throw why instanceof Error ? why : new CheckError('the deep check was stopped');
  verdict.ok = verdict.mismatches.length === 0;
  return verdict;
}
