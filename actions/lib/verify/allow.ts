import { badInput } from '../core/errors';
import { VERIFY_PLATFORMS } from '../core/specs.generated';
import { formatPlatform, parsePlatform, Platform } from '../oci/platform';
import { ImageRef, Mirror, parseReference } from '../oci/reference';
import type { ArchPin } from './scan/types';

/** `glob=reason`: a known gap that becomes a warning. `*` matches any run of characters. */
export interface AllowRule {
  pattern: string;
  reason: string;
}

/** Parses `glob=reason` lines. */
export function parseAllow(
  lines: Array<string | AllowRule>,
  input = VERIFY_PLATFORMS.inputs.allow.name
): AllowRule[] {
  return lines.map(l => {
    if (typeof l !== 'string') return l;
    const at = l.indexOf('=');
    const pattern = (at < 0 ? l : l.slice(0, at)).trim();
    const reason = at < 0 ? '' : l.slice(at + 1).trim();
    if (!pattern || !reason)
      throw badInput(
        input,
        l,
        'expected glob=reason, for example docker.io/openebs/mayastor-*=amd64 only until 2.9'
      );
    if (/\s/.test(pattern)) throw badInput(input, l, 'the glob must not contain spaces');
    return { pattern, reason };
  });
}

function allowRegExp(pattern: string): RegExp {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*+/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`);
}

/** The first rule matching the reference as written, normalised, in its short form or as resolved. */
export function matchAllow(rules: AllowRule[], names: string[]): AllowRule | undefined {
  return rules.find(r => {
    const re = allowRegExp(r.pattern);
    return names.some(n => re.test(n));
  });
}

/** Parses `source=target` mirror lines; the target must name a registry host. */
export function parseMirrors(
  lines: Array<string | Mirror>,
  input = VERIFY_PLATFORMS.inputs['registry-mirrors'].name
): Mirror[] {
  return lines.map(l => {
    const m: Mirror =
      typeof l === 'string'
        ? (() => {
            const at = l.indexOf('=');
            if (at <= 0 || at === l.length - 1)
              throw badInput(
                input,
                l,
                'expected source=target, for example docker.io=mirror.example/docker.io'
              );
            return { source: l.slice(0, at).trim(), target: l.slice(at + 1).trim() };
          })()
        : l;
    const shown = typeof l === 'string' ? l : `${l.source}=${l.target}`;
    const probe = `${m.target.replace(/\/+$/, '')}/probe`;
    let ref: ImageRef;
    try {
      ref = parseReference(probe, input);
    } catch {
      throw badInput(input, shown, `"${m.target}" is not a registry host with an optional path`);
    }
    const first = m.target.split('/')[0];
    if (ref.registry !== first && first !== 'index.docker.io') {
      throw badInput(
        input,
        shown,
        `the target must start with a registry host (like mirror.example or 127.0.0.1:5000), not "${first}"`
      );
    }
    return m;
  });
}

/** Required platforms that a pin keeps pods off. */
export function pinExcludes(pin: ArchPin, platforms: Platform[]): string[] {
  const archOf = (v: string) => {
    try {
      return parsePlatform(v, 'nodeSelector').architecture;
    } catch {
      return v.toLowerCase();
    }
  };
  const values = new Set(pin.values.map(archOf));
  return platforms
    .filter(p => (pin.kind === 'NotIn' ? values.has(p.architecture) : !values.has(p.architecture)))
    .map(formatPlatform);
}
