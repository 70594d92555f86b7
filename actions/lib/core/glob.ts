import * as fs from 'node:fs';
import * as path from 'node:path';
import { badInput } from './errors';

// Directories that never hold the files users mean, and can be huge.
const SKIP_DIRS = new Set(['.git', 'node_modules']);

function hasMagic(s: string): boolean {
  return /[*?[]/.test(s);
}

/** Turns a glob into a regular expression over `/`-separated relative paths: `**`, `*`, `?`, `[...]`. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more whole directories; a trailing `**` matches everything below.
        if (pattern[i + 2] === '/') {
          re += '(?:[^/]+/)*';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else {
      re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, rel: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const childRel = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(path.join(dir, e.name), childRel, out);
    } else if (e.isFile() || e.isSymbolicLink()) {
      out.push(childRel);
    }
  }
}

/**
 * Expands globs against the file system, relative to `cwd`. A pattern starting with `!`
 * removes matches. Returns sorted, de-duplicated paths relative to `cwd` (or absolute when
 * the pattern was absolute). Patterns without wildcards name one file and match only if it exists.
 */
export function expandGlob(patterns: string[], cwd = process.cwd()): string[] {
  const included = new Set<string>();
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    const pattern = (negate ? raw.slice(1) : raw).replace(/\\/g, '/').replace(/^\.\//, '');
    const matches = matchOne(pattern, cwd);
    for (const m of matches) {
      if (negate) included.delete(m);
      else included.add(m);
    }
  }
  return [...included].sort();
}

/**
 * The files that `globs` match, each with its absolute path and its path relative to `cwd`
 * (with `/`). A pattern that matches nothing is a ConfigurationError on `input`.
 */
export function matchFiles(
  globs: string[],
  cwd: string,
  input: string
): Array<{ abs: string; display: string }> {
  for (const g of globs) {
    if (g.startsWith('!')) continue;
    if (expandGlob([g], cwd).length === 0) throw badInput(input, g, 'no file matches it');
  }
  return expandGlob(globs, cwd).map(file => {
    const abs = path.resolve(cwd, file);
    return { abs, display: path.relative(cwd, abs).split(path.sep).join('/') };
  });
}

/** Files matching one pattern (no negation). */
export function matchOne(pattern: string, cwd = process.cwd()): string[] {
  const absolute = path.isAbsolute(pattern);
  const parts = pattern.split('/');
  const firstMagic = parts.findIndex(hasMagic);
  if (firstMagic < 0) {
    const file = absolute ? pattern : path.join(cwd, pattern);
    try {
      return fs.statSync(file).isFile() ? [pattern] : [];
    } catch {
      return [];
    }
  }
  // Walk only below the fixed prefix.
  const prefix = parts.slice(0, firstMagic).join('/');
  const base = absolute ? prefix || '/' : path.join(cwd, prefix);
  const re = globToRegExp(parts.slice(firstMagic).join('/'));
  const files: string[] = [];
  walk(base, '', files);
  return files
    .filter(f => re.test(f))
    .map(f => (prefix ? (prefix.endsWith('/') ? prefix + f : `${prefix}/${f}`) : f));
}
