// The independent oracle of the whiteout tests: the files a container really sees, as the lab's
// dockerd (overlay2) lays out an image's layers, read from `docker export` of a created container.
import { execFile, spawn } from 'node:child_process';
import * as tar from 'tar-stream';
import { ELF_HEADER_BYTES, parseElfHeader } from '../../actions/lib/oci/elf';

export interface VisibleElf {
  /** Path in the container, without a leading slash. */
  path: string;
  machine: number;
}

function docker(bin: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(bin, args, { encoding: 'utf8' }, (err, stdout, stderr) =>
      err ? reject(new Error(`docker ${args.join(' ')}: ${stderr || err.message}`)) : resolve(stdout)
    )
  );
}

/** The ELF files among the regular files of a container's exported filesystem, in tar order. */
function exportedElf(bin: string, container: string): Promise<VisibleElf[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['export', container], { stdio: ['ignore', 'pipe', 'pipe'] });
    const extract = tar.extract();
    const found: VisibleElf[] = [];
    let stderr = '';
    child.stderr.on('data', c => (stderr += c));
    extract.on('entry', (header, stream, next) => {
      const head: Buffer[] = [];
      stream.on('data', (c: unknown) => head.push(c as Buffer));
      stream.on('end', () => {
        const elf =
          header.type === 'file'
            ? parseElfHeader(Buffer.concat(head).subarray(0, ELF_HEADER_BYTES))
            : undefined;
        if (elf) found.push({ path: header.name.replace(/^\.?\//, ''), machine: elf.machine });
        next();
      });
    });
    extract.on('error', reject);
    child.on('error', reject);
    let exited: number | null | undefined;
    let finished = false;
    const settle = () => {
      if (exited === undefined || !finished) return;
      if (exited === 0) resolve(found);
      else reject(new Error(`docker export ${container} exited ${exited}: ${stderr}`));
    };
    extract.on('finish', () => ((finished = true), settle()));
    child.on('close', code => ((exited = code), (finished ||= code !== 0), settle()));
    child.stdout.pipe(extract);
  });
}

/**
 * The visible ELF files of `image` (pulled for `platform` if missing): one `docker create`, one
 * `docker export`, then the container is removed.
 */
export async function dockerVisibleElf(bin: string, image: string, platform: string): Promise<VisibleElf[]> {
  // The command is never run; an image without CMD needs one to be created.
  const id = (await docker(bin, ['create', '--platform', platform, image, '/never-run'])).trim();
  try {
    return await exportedElf(bin, id);
  } finally {
    await docker(bin, ['rm', '-f', id]);
  }
}

/** Removes images from the lab's dockerd, ignoring ones already gone. */
export async function dockerRemoveImages(bin: string, images: string[]): Promise<void> {
  if (images.length) await docker(bin, ['rmi', '-f', ...images]).catch(() => undefined);
}
