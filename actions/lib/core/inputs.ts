import * as core from '@actions/core';
import { badInput } from './errors';

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

export function getList(name: string): string[] {
  return parseList(core.getInput(name));
}

export function getLines(name: string): string[] {
  return parseLines(core.getInput(name));
}

const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];

/** A boolean input; an empty value takes the default (every boolean has one in action.yml too). */
export function getBool(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  throw badInput(name, raw, 'expected true or false');
}

/** One of a fixed set of values. */
export function getChoice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw badInput(name, raw, `expected one of ${choices.join(', ')}`);
}

export function getInt(name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw badInput(name, raw, 'expected a whole number');
  const n = Number(raw);
  if (n < min || n > max) throw badInput(name, raw, `expected a number from ${min} to ${max}`);
  return n;
}

export function getString(name: string, fallback = ''): string {
  const raw = core.getInput(name).trim();
  return raw === '' ? fallback : raw;
}

/** Lines of `key=value`; the key and value are trimmed, and a line without `=` is an error. */
export function parseKeyValues(name: string, lines: string[]): Array<{ key: string; value: string }> {
  return lines.map(line => {
    const at = line.indexOf('=');
    if (at <= 0) throw badInput(name, line, 'expected key=value');
    return { key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
  });
}
