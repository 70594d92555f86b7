// The subset of semver ranges that Chart.yaml `kubeVersion` and dependency `version` fields use
// (helm's Masterminds/semver): `||` alternatives of space- or comma-separated comparisons
// (=, !=, >, >=, <, <=, ~, ~>, ^), hyphen ranges and x/* wildcards. Prereleases are ignored.

export type Version = [number, number, number];
type Test = (v: Version) => boolean;

/** Orders versions: negative when `a` comes first. */
export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
const cmp = compareVersions;

/** `v1.34.0-0` → [1, 34, 0] and how many parts were given (wildcards end the count). */
function parsePartial(s: string): { v: Version; given: number } | undefined {
  const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:[-+].*)?$/.exec(s.trim());
  if (!m) return undefined;
  const parts = [m[1], m[2], m[3]];
  let given = 0;
  while (given < 3 && parts[given] !== undefined && /^\d+$/.test(parts[given] as string)) given++;
  const v = parts.map((p, i) => (i < given ? Number(p) : 0)) as Version;
  return { v, given };
}

/** Whether a version is a prerelease (`1.2.3-rc.1`): helm matches one only to a range that names one. */
export function isPrerelease(s: string): boolean {
  return /^v?\d+\.\d+\.\d+-/.test(s.trim());
}

/** A parsed exact version, or undefined. */
export function parseVersion(s: string): Version | undefined {
  const p = parsePartial(s);
  return p && p.given === 3 ? p.v : undefined;
}

function bump(v: Version, at: number): Version {
  const out: Version = [...v];
  out[at]++;
  for (let i = at + 1; i < 3; i++) out[i] = 0;
  return out;
}

function comparison(op: string, text: string): Test | undefined {
  const p = parsePartial(text);
  if (!p) return undefined;
  const { v, given } = p;
  // The first version past every version the partial one names (1.2 → 1.3.0; 1 → 2.0.0).
  const upper = given === 0 ? undefined : given === 3 ? undefined : bump(v, given - 1);
  const below = (x: Version) => (upper ? cmp(x, upper) < 0 : cmp(x, v) <= 0);
  switch (op) {
    case '':
    case '=':
      return given === 0 ? () => true : x => cmp(x, v) >= 0 && (upper ? cmp(x, upper) < 0 : cmp(x, v) === 0);
    case '!=':
      return x => !(cmp(x, v) >= 0 && below(x));
    case '>':
      return x => (upper ? cmp(x, upper) >= 0 : cmp(x, v) > 0);
    case '>=':
      return x => cmp(x, v) >= 0;
    case '<':
      return x => cmp(x, v) < 0;
    case '<=':
    case '=<':
      return below;
    case '~':
    case '~>':
      return x => cmp(x, v) >= 0 && cmp(x, bump(v, given >= 2 ? 1 : 0)) < 0;
    case '^': {
      const at = v[0] > 0 || given < 2 ? 0 : v[1] > 0 || given < 3 ? 1 : 2;
      return x => cmp(x, v) >= 0 && cmp(x, bump(v, at)) < 0;
    }
    default:
      return undefined;
  }
}

/** Compiles a range; undefined when it is not one this subset reads. */
export function parseRange(range: string): ((version: string) => boolean) | undefined {
  const alternatives: Test[][] = [];
  for (const alt of range.split('||')) {
    const text = alt
      .trim()
      .replace(/\s+-\s+/g, ' - ')
      .replace(/(>=|<=|=<|!=|~>|[<>=~^])\s+/g, '$1');
    const words = text.split(/[\s,]+/).filter(Boolean);
    const tests: Test[] = [];
    for (let i = 0; i < words.length; i++) {
      if (words[i + 1] === '-' && words[i + 2]) {
        const lo = comparison('>=', words[i]);
        const hi = comparison('<=', words[i + 2]);
        if (!lo || !hi) return undefined;
        tests.push(lo, hi);
        i += 2;
        continue;
      }
      const m = /^(>=|<=|=<|!=|~>|[<>=~^]?)(.*)$/.exec(words[i]) as RegExpExecArray;
      const t = comparison(m[1], m[2]);
      if (!t) return undefined;
      tests.push(t);
    }
    alternatives.push(tests);
  }
  return version => {
    const v = parseVersion(version);
    return !!v && alternatives.some(tests => tests.every(t => t(v)));
  };
}
