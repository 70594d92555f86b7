// The fields this project reads from manifests, indexes and configs, checked before use, so a
// malformed document is a CheckError that names what is wrong, never a TypeError further on.
import { CheckError } from '../core/errors';
import { clip } from '../core/untrusted';
import { isDigest } from './digest';
import {
  Descriptor,
  ImageConfig,
  ImageIndex,
  ImageManifest,
  isIndexMediaType,
  isManifestMediaType
} from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOptionalString = (v: unknown) => v === undefined || typeof v === 'string';
const isStringMap = (v: unknown) => isObject(v) && Object.values(v).every(x => typeof x === 'string');

function invalid(what: string, why: string): never {
  throw new CheckError(`${what} ${why}`);
}

export function checkDescriptor(what: string, d: unknown): Descriptor {
  if (!isObject(d)) invalid(what, 'is not a descriptor object');
  if (typeof d.mediaType !== 'string' || !d.mediaType) invalid(what, 'has no mediaType');
  if (!isDigest(d.digest))
    invalid(what, `has no valid digest (${clip(JSON.stringify(d.digest) ?? 'none', 80)})`);
  if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
    invalid(what, `has no valid size (${clip(JSON.stringify(d.size) ?? 'none', 80)})`);
  }
  const p = d.platform;
  if (p !== undefined) {
    if (!isObject(p) || typeof p.os !== 'string' || typeof p.architecture !== 'string') {
      invalid(what, 'has a platform without os and architecture');
    }
    if (!isOptionalString(p.variant)) invalid(what, 'has a platform variant that is not a string');
  }
  if (d.annotations !== undefined && !isStringMap(d.annotations)) {
    invalid(what, 'has annotations that are not all strings');
  }
  return d as unknown as Descriptor;
}

function checkIndex(name: string, json: Json): ImageIndex {
  const what = `index ${name}`;
  if (!Array.isArray(json.manifests)) invalid(what, 'has no manifests array');
  json.manifests.forEach((d, i) => checkDescriptor(`${what}: manifests[${i}]`, d));
  return json as unknown as ImageIndex;
}

function checkImageManifest(name: string, json: Json): ImageManifest {
  const what = `manifest ${name}`;
  if (json.config === undefined) invalid(what, 'has no config');
  checkDescriptor(`${what}: config`, json.config);
  if (!Array.isArray(json.layers)) invalid(what, 'has no layers array');
  json.layers.forEach((d, i) => checkDescriptor(`${what}: layers[${i}]`, d));
  return json as unknown as ImageManifest;
}

/**
 * A manifest or index body, parsed and checked. The media type is the body's own, else the
 * Content-Type it came with (the OCI spec makes the field optional).
 */
export function parseManifest(
  body: Buffer,
  contentType: string,
  name: string
): { mediaType: string; json: ImageManifest | ImageIndex } {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw new CheckError(`manifest of ${name} is not valid JSON: ${(err as Error).message}`);
  }
  if (!isObject(json)) invalid(`manifest of ${name}`, 'is not a JSON object');
  if (json.schemaVersion !== 2) {
    invalid(
      `manifest of ${name}`,
      `has schemaVersion ${clip(JSON.stringify(json.schemaVersion) ?? 'none', 80)}, expected 2`
    );
  }
  if (!isOptionalString(json.mediaType))
    invalid(`manifest of ${name}`, 'has a mediaType that is not a string');
  const mediaType = (json.mediaType as string | undefined) || contentType;
  if (!mediaType) invalid(`manifest of ${name}`, 'has no mediaType, and no Content-Type says what it is');
  if (isIndexMediaType(mediaType)) return { mediaType, json: checkIndex(name, json) };
  if (isManifestMediaType(mediaType)) return { mediaType, json: checkImageManifest(name, json) };
  throw new CheckError(`manifest of ${name} has unsupported media type "${clip(mediaType, 120)}"`);
}

/** An image config, with the platform fields checked. */
export function parseConfig(body: Buffer, what: string): ImageConfig {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw new CheckError(`${what} is not valid JSON: ${(err as Error).message}`);
  }
  if (!isObject(json)) invalid(what, 'is not a JSON object');
  if (typeof json.architecture !== 'string' || !json.architecture) invalid(what, 'has no architecture');
  if (typeof json.os !== 'string' || !json.os) invalid(what, 'has no os');
  if (!isOptionalString(json.variant)) invalid(what, 'has a variant that is not a string');
  return json as ImageConfig;
}
