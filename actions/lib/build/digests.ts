// The hand-off from a shard job to the merge job: one `<pair>.json` per platform in the digests folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CheckError } from '../core/errors';
import { BUILD_MULTIARCH } from '../core/specs.generated';
import { readInputFile, readPath, withPathErrors, writeInputFile, writePath } from '../core/paths';

/** What a shard records for the merge. */
export interface DigestRecord {
  platform: string;
  image: string;
  digest: string;
  mediaType: string;
  size: number;
  builder: string;
  seconds: number;
  emulated: boolean;
  /** push: false — the platform's image archive (nothing was pushed; `digest` is the archive's). */
  archive?: string;
}

const DIGESTS_DIR = BUILD_MULTIARCH.inputs['digests-dir'].name;

export function writeDigestFile(dir: string, record: DigestRecord): string {
  const folder = writePath(DIGESTS_DIR, dir, 'folder');
  const file = path.join(folder, `${record.platform.replace(/\//g, '-')}.json`);
  return writeInputFile(DIGESTS_DIR, file, JSON.stringify(record, null, 2) + '\n');
}

/** Every `*.json` digest file in `dir` (none when the folder does not exist). */
export function readDigestFiles(dir: string): DigestRecord[] {
  if (!dir || !readPath(DIGESTS_DIR, dir, 'folder', { optional: true })) return [];
  return withPathErrors(DIGESTS_DIR, dir, () => fs.readdirSync(dir))
    .filter(f => f.endsWith('.json'))
    .sort()
    .map(f => {
      const file = path.join(dir, f);
      let r: DigestRecord;
      const text = readInputFile(DIGESTS_DIR, file, 1024 * 1024).toString('utf8');
      try {
        r = JSON.parse(text) as DigestRecord;
      } catch (err) {
        throw new CheckError(`digest file ${file} is not valid JSON: ${(err as Error).message}`);
      }
      if (
        !r ||
        typeof r.digest !== 'string' ||
        typeof r.image !== 'string' ||
        typeof r.platform !== 'string'
      ) {
        throw new CheckError(`digest file ${file} lacks platform, image or digest`);
      }
      return r;
    });
}
