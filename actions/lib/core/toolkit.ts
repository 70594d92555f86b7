// The parts of @actions/core the actions use, built on its own command modules. Its index also
// loads an OIDC client (and with it undici), which no action here needs and which was most of
// a bundle's start-up time; code imports this module, never '@actions/core' itself.
import * as os from 'node:os';
import type { AnnotationProperties, InputOptions } from '@actions/core';
import { issue, issueCommand } from '@actions/core/lib/command';
import { issueFileCommand, prepareKeyValueMessage } from '@actions/core/lib/file-command';
import { toCommandProperties, toCommandValue } from '@actions/core/lib/utils';
import { untrusted } from './untrusted';

export { summary } from '@actions/core/lib/summary';

export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
  process.stdout.write(os.EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function saveState(name: string, value: unknown): void {
  if (process.env.GITHUB_STATE) return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
  issueCommand('save-state', { name }, toCommandValue(value));
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/** A log line; any line of it that the runner could read as a command is escaped (untrusted.ts). */
export function info(message: string): void {
  process.stdout.write(untrusted(message) + os.EOL);
}

/** Text for stderr (a tool's own), escaped as info() escapes it. */
export function infoStderr(message: string): void {
  process.stderr.write(untrusted(message) + os.EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

const annotate =
  (kind: string) =>
  (message: string | Error, properties: AnnotationProperties = {}) =>
    issueCommand(
      kind,
      toCommandProperties(properties),
      message instanceof Error ? message.toString() : message
    );

export const error = annotate('error');
export const warning = annotate('warning');
export const notice = annotate('notice');

export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', name);
  try {
    return await fn();
  } finally {
    issue('endgroup');
  }
}
