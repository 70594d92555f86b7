import * as core from './toolkit';
import { badInput } from './errors';
import { Limits, parseLimits } from './limits';

/** Splits a list input on commas and newlines, trimming blanks and `#` comments. */
export function parseList(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map(line => line.replace(/(^|\s)#.*$/, ''))
    .flatMap(line => line.split(','))
    .map(item => item.trim())
    .filter(item => item.length > 0);
}

/** Splits a list input on newlines only (for values that may contain commas). */
export function parseLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line.length > 0 && !line.startsWith('#'));
}

/** One action.yml input as scripts/gen-specs.js writes it into specs.generated.ts. */
export interface InputSpec {
  readonly name: string;
  readonly default: string;
  readonly required?: boolean;
  readonly choices?: readonly string[];
}

/** A boolean input: its action.yml default must be true or false, checked when compiling. */
export interface BoolSpec extends InputSpec {
  readonly default: 'true' | 'false';
}

export interface ChoiceSpec extends InputSpec {
  readonly choices: readonly string[];
}

/** The input's value, trimmed; empty takes the action.yml default, which `node dist/…` does not apply. */
export function getString(spec: InputSpec): string {
  return core.getInput(spec.name).trim() || spec.default.trim();
}

export function getList(spec: InputSpec): string[] {
  return parseList(getString(spec));
}

export function getLines(spec: InputSpec): string[] {
  return parseLines(getString(spec));
}

const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];

export function getBool(spec: BoolSpec): boolean {
  const value = getString(spec);
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw badInput(spec.name, value, 'expected true or false');
}

/** One of the input's choices (the backquoted words of its description). */
export function getChoice<S extends ChoiceSpec>(spec: S): S['choices'][number] {
  const value = getString(spec);
  if (spec.choices.includes(value)) return value as S['choices'][number];
  throw badInput(spec.name, value, `expected one of ${spec.choices.join(', ')}`);
}

export function getInt(spec: InputSpec, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const value = getString(spec);
  if (!/^-?\d+$/.test(value)) throw badInput(spec.name, value, 'expected a whole number');
  const n = Number(value);
  if (n < min || n > max) throw badInput(spec.name, value, `expected a number from ${min} to ${max}`);
  return n;
}

/** Lines of `key=value`; the key and value are trimmed, and a line without `=` is an error. */
export function parseKeyValues(name: string, lines: string[]): Array<{ key: string; value: string }> {
  return lines.map(line => {
    const at = line.indexOf('=');
    if (at <= 0) throw badInput(name, line, 'expected key=value');
    return { key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
  });
}

/** The limits input: the defaults of core/limits.ts with the user's `name=value` lines on top. */
export function getLimits(spec: InputSpec): Limits {
  return parseLimits(spec.name, getLines(spec));
}
