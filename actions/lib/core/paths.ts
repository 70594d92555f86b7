/**
 * Checks for paths given as inputs. A bad path becomes one ConfigurationError that names the
 * input and the path, never a stack. Nothing here opens a path before stat says it is a
 * regular file or a folder, so a FIFO can never block a step.
 *
 *   readPath(input, p, 'file' | 'folder' | 'any')  an existing file or folder to read
 *   writePath(input, p, 'file' | 'folder')         somewhere to write: the parent must exist
 *   readInputFile / writeInputFile                 read or write a file given by an input
 *   pathError(input, p, err)                       an fs error as a ConfigurationError
 *
 * Parents are created only inside the action's own scratch folder (`scratchDir()`).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { badInput, ConfigurationError } from './errors';

export type PathKind = 'file' | 'folder';

/** The folder the actions own on the runner: their defaults live here and it is created on demand. */
export function scratchDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.RUNNER_TEMP || os.tmpdir(), 'arch-actions');
}

const REASONS: Record<string, string> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'it exists and is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'input/output error',
  EROFS: 'the file system is read-only',
  ENXIO: 'it is a FIFO or socket, not a file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  ENOSPC: 'no space left on the device'
};

/** Turns a file-system error on `p` into a ConfigurationError naming the input and the path. */
export function pathError(input: string, p: string, err: unknown): ConfigurationError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (err instanceof ConfigurationError) return err;
  const why = (code && REASONS[code]) || (err instanceof Error ? err.message : String(err));
  return badInput(input, p, code && REASONS[code] ? `${why} (${code})` : why);
}

/** Runs fs work on a path given by `input`, with its errors turned into pathError. */
export function withPathErrors<T>(input: string, p: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw pathError(input, p, err);
  }
}

function describe(st: fs.Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isFile()) return 'a file';
  return 'not a file or folder';
}

// proc and sysfs files claim to be regular files, but some block on read and most refuse writes.
const PSEUDO_FS = new Set([0x9fa0 /* proc */, 0x62656572 /* sysfs */]);

function refusePseudo(input: string, p: string, existing: string): void {
  const real = fs.realpathSync(existing);
  const pseudo = PSEUDO_FS.has(fs.statfsSync(real).type) || /^\/(proc|sys)(\/|$)/.test(real);
  if (pseudo) throw badInput(input, p, `${real} is on a kernel pseudo file system (/proc or /sys)`);
}

function checkKind(input: string, p: string, st: fs.Stats, kind: PathKind | 'any'): void {
  const isKind =
    kind === 'file' ? st.isFile() : kind === 'folder' ? st.isDirectory() : st.isFile() || st.isDirectory();
  if (isKind) return;
  const want = kind === 'any' ? 'a file or a folder' : `a ${kind}`;
  throw badInput(input, p, `it is ${describe(st)}; ${want} is needed`);
}

/**
 * Checks that `p` (from input `input`) is an existing `kind` that can be read; returns it
 * absolute. With `optional`, a missing path gives undefined instead of an error.
 */
export function readPath(
  input: string,
  p: string,
  kind: PathKind | 'any',
  opts: { optional: true }
): string | undefined;
export function readPath(
  input: string,
  p: string,
  kind: PathKind | 'any',
  opts?: { optional?: false }
): string;
export function readPath(
  input: string,
  p: string,
  kind: PathKind | 'any',
  opts: { optional?: boolean } = {}
): string | undefined {
  const abs = path.resolve(p);
  return withPathErrors(input, p, () => {
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (err) {
      if (opts.optional && (err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    checkKind(input, p, st, kind);
    refusePseudo(input, p, abs);
    fs.accessSync(abs, st.isDirectory() ? fs.constants.R_OK | fs.constants.X_OK : fs.constants.R_OK);
    return abs;
  });
}

/**
 * Checks that `kind` can be written at `p`: the parent is an existing folder (created only
 * inside scratchDir()), and `p`, if it exists, is already a `kind`. Returns `p` absolute;
 * a folder is created when missing.
 */
export function writePath(
  input: string,
  p: string,
  kind: PathKind,
  env: NodeJS.ProcessEnv = process.env
): string {
  const abs = path.resolve(p);
  const parent = path.dirname(abs);
  return withPathErrors(input, p, () => {
    if (isInside(parent, scratchDir(env))) fs.mkdirSync(parent, { recursive: true });
    const up = statOrUndefined(parent);
    if (!up) throw badInput(input, p, `its folder ${parent} does not exist`);
    if (!up.isDirectory()) throw badInput(input, p, `${parent} is ${describe(up)}, not a folder`);
    refusePseudo(input, p, parent);
    const st = statOrUndefined(abs);
    if (st) checkKind(input, p, st, kind);
    else if (kind === 'folder') fs.mkdirSync(abs);
    return abs;
  });
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Reads a file given by `input` (checked with readPath first); `maxBytes` caps what is read. */
export function readInputFile(input: string, p: string, maxBytes = 64 * 1024 * 1024): Buffer {
  const abs = readPath(input, p, 'file');
  return withPathErrors(input, p, () => {
    // O_NONBLOCK: if a FIFO was swapped in after the stat, open returns at once and fstat refuses it.
    const fd = fs.openSync(abs, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      const st = fs.fstatSync(fd);
      checkKind(input, p, st, 'file');
      if (st.size > maxBytes) throw badInput(input, p, `it is larger than ${maxBytes} bytes`);
      return fs.readFileSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  });
}

/** Writes a file given by `input` (checked with writePath first); returns its absolute path. */
export function writeInputFile(
  input: string,
  p: string,
  data: string | Buffer,
  env: NodeJS.ProcessEnv = process.env
): string {
  const abs = writePath(input, p, 'file', env);
  withPathErrors(input, p, () => {
    const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_NONBLOCK;
    const fd = fs.openSync(abs, flags, 0o666);
    try {
      checkKind(input, p, fs.fstatSync(fd), 'file');
      fs.ftruncateSync(fd);
      fs.writeFileSync(fd, data);
    } finally {
      fs.closeSync(fd);
    }
  });
  return abs;
}
