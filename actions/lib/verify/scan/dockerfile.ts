import * as fs from 'node:fs';
import { matchFiles } from '../../core/glob';
import { VERIFY_PLATFORMS } from '../../core/specs.generated';
import { flag, parseDockerfile } from '../lint/parse';
import { emptyScan, FoundImage, ScanResult } from './types';

export interface DockerfileScanOptions {
  cwd?: string;
  input?: string;
  /** `--build-arg` values that override ARG defaults. */
  buildArgs?: Record<string, string>;
}

/** `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}`; unknown variables stay as written. */
export function expandArgs(s: string, vars: Map<string, string>): string {
  return s.replace(/\$(?:\{(\w+)(?::([-+])([^}]*))?\}|(\w+))/g, (all, braced, op, word, bare) => {
    const name = braced ?? bare;
    const v = vars.get(name);
    if (op === '-') return v ? v : word;
    if (op === '+') return v ? word : '';
    return v ?? all;
  });
}

function parseArg(args: string): Array<[string, string | undefined]> {
  return args
    .split(/\s+/)
    .filter(Boolean)
    .map(kv => {
      const at = kv.indexOf('=');
      if (at < 0) return [kv, undefined];
      return [kv.slice(0, at), kv.slice(at + 1).replace(/^(["'])(.*)\1$/, '$2')];
    });
}

/**
 * The base images of a Dockerfile's stages. Global `ARG` defaults (before the first FROM)
 * are resolved, earlier stage names and `scratch` are skipped, and a fixed `--platform=`
 * limits the platforms that base needs.
 */
export function dockerfileImages(
  text: string,
  file: string,
  buildArgs: Record<string, string> = {}
): {
  images: FoundImage[];
  notes: string[];
} {
  const images: FoundImage[] = [];
  const notes: string[] = [];
  const globals = new Map<string, string>();
  const stages = new Set<string>();
  let seenFrom = false;
  // The lint's parser: heredoc bodies, `# escape=` and comment lines inside continuations are not instructions.
  for (const ins of parseDockerfile(text).instructions) {
    if (ins.keyword === 'ARG' && !seenFrom) {
      for (const [k, v] of parseArg(ins.args)) {
        const value = buildArgs[k] ?? (v === undefined ? undefined : expandArgs(v, globals));
        if (value !== undefined) globals.set(k, value);
      }
      continue;
    }
    if (ins.keyword !== 'FROM') continue;
    seenFrom = true;
    const words = ins.args.split(/\s+/).filter(Boolean);
    const flagged = flag(ins, 'platform')?.value;
    const platform = flagged === undefined ? undefined : expandArgs(flagged, globals);
    const image = expandArgs(words[0] ?? '', globals);
    // Checked before this stage's own name is added: `FROM base AS base` pulls the image `base`.
    const isStage = stages.has(image.toLowerCase());
    if (words.length >= 3 && words[1].toLowerCase() === 'as') stages.add(words[2].toLowerCase());
    if (!image || image.toLowerCase() === 'scratch' || isStage) continue;
    if (/\$/.test(image)) {
      notes.push(`${file}:${ins.line}: FROM ${words[0]} uses a build argument with no default; skipped`);
      continue;
    }
    // `--platform=$BUILDPLATFORM` and friends still run on every platform a runner builds on.
    const fixed =
      platform && !/\$/.test(platform)
        ? platform
            .split(',')
            .map(p => p.trim())
            .filter(Boolean)
        : undefined;
    images.push({
      reference: image,
      source: { file, line: ins.line, ...(fixed ? { platforms: fixed } : {}) },
      how: 'dockerfile'
    });
  }
  return { images, notes };
}

export function scanDockerfiles(globs: string[], opts: DockerfileScanOptions = {}): ScanResult {
  const cwd = opts.cwd ?? process.cwd();
  const input = opts.input ?? VERIFY_PLATFORMS.inputs.dockerfiles.name;
  const result = emptyScan();
  for (const { abs, display } of matchFiles(globs, cwd, input)) {
    const found = dockerfileImages(fs.readFileSync(abs, 'utf8'), display, opts.buildArgs);
    result.images.push(...found.images);
    result.notes.push(...found.notes);
  }
  return result;
}
