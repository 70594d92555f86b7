// Level 3 for one platform: its layers read and every visible binary's ELF machine checked.
import { formatReference, ImageRef } from '../oci/reference';
import { formatPlatform, Platform } from '../oci/platform';
import { machineName, expectedMachine } from '../oci/elf';
import { ImageReader } from '../oci/types';
import { ElfFile, LayerScan, scanImageLayers } from './deep';
import { layerProgress } from './layer-progress';
import { whyOf } from './targets';

export interface DeepResult {
  executables: number;
  /** Visible regular files read, ELF or not. */
  files: number;
  /** ELF machine name → files built for it (up to the first mismatch when the scan stops there). */
  machines: Record<string, number>;
  layersScanned: number;
  layersTotal: number;
  /** The first file built for another machine (the scan stops there). */
  mismatch?: ElfFile & { expected: string };
  /** Why the layers could not be read (zstd on an older Node). */
  unsupported?: string;
}

/** Level 3 for one platform's manifest; `signal` ends the reads (the verdict is then void). */
export async function deepCheck(
  reader: ImageReader,
  ref: ImageRef,
  digest: string,
  p: Platform,
  signal?: AbortSignal
): Promise<DeepResult> {
  const expected = machineName(expectedMachine(p.architecture) ?? -1);
  // A long read says how far it got, every few seconds.
  const progress = layerProgress(reader, `${formatReference(ref)} ${formatPlatform(p)}`);
  try {
    // Stops at the first foreign binary: from then on the verdict cannot change.
    const machines: Record<string, number> = {};
    let files = 0;
    const onLayer = (scan: LayerScan) => {
      files += scan.files;
      for (const f of scan.elfFiles) machines[f.machineName] = (machines[f.machineName] ?? 0) + 1;
      progress.layer(scan);
    };
    const v = await scanImageLayers(progress.reader, ref, digest, p.architecture, {
      stopEarly: true,
      onLayer,
      signal
    });
    const first = v.mismatches[0];
    return {
      executables: v.executables,
      files,
      machines,
      layersScanned: v.layersScanned,
      layersTotal: v.layersTotal,
      ...(first ? { mismatch: { ...first, expected } } : {})
    };
  } catch (err) {
    const why = whyOf(err);
    if (/zstd/i.test(why))
      return { executables: 0, files: 0, machines: {}, layersScanned: 0, layersTotal: 0, unsupported: why };
    throw err;
  } finally {
    progress.stop();
  }
}
