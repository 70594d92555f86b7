import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { checkArchivePlatform, readArchive } from '../../actions/lib/build/archive';
import { CheckError } from '../../actions/lib/core/errors';
import { parsePlatform } from '../../actions/lib/oci/platform';
import { tarOf, writeDocker25Archive } from '../helpers/archives';

// Real tar and gzip work on disk: on a loaded machine the first case can pass jest's 5 s default.
jest.setTimeout(30_000);

let tmp: string;
beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'))));
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const sha = (b: Buffer) => 'sha256:' + createHash('sha256').update(b).digest('hex');

async function writeTar(file: string, entries: Record<string, Buffer>, gzip = false): Promise<void> {
  fs.writeFileSync(file, await tarOf(entries, gzip));
}

async function layerTar(): Promise<Buffer> {
  const file = path.join(tmp, 'layer.tar');
  await writeTar(file, { arch: Buffer.from('aarch64\n') });
  return fs.readFileSync(file);
}

function config(arch: string, variant?: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: arch,
      os: 'linux',
      ...(variant ? { variant } : {}),
      rootfs: { type: 'layers', diff_ids: [] }
    })
  );
}

/** An OCI image manifest of one config and one gzip layer. */
function ociManifest(cfg: Buffer, layer: Buffer): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha(cfg), size: cfg.length },
      layers: [
        { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha(layer), size: layer.length }
      ]
    })
  );
}

async function dockerArchive(arch: string, gzip = false): Promise<string> {
  const file = path.join(tmp, `docker-${arch}.tar${gzip ? '.gz' : ''}`);
  await writeTar(
    file,
    {
      'manifest.json': Buffer.from(
        JSON.stringify([{ Config: 'cfg.json', RepoTags: ['x:1'], Layers: ['l1/layer.tar'] }])
      ),
      'cfg.json': config(arch),
      'l1/layer.tar': await layerTar()
    },
    gzip
  );
  return file;
}

test.each([false, true])(
  'docker-archive (gzip=%s): layers gzipped, a docker v2 manifest, reproducible digest',
  async gz => {
    const file = await dockerArchive('arm64', gz);
    const a = await readArchive(file);
    const b = await readArchive(file);
    try {
      expect(a.format).toBe('docker-archive');
      expect(a.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
      expect(a.digest).toBe(b.digest);
      const m = JSON.parse(a.manifest.toString());
      expect(m.config.digest).toBe(sha(config('arm64')));
      expect(m.layers[0].mediaType).toBe('application/vnd.docker.image.rootfs.diff.tar.gzip');
      const layer = fs.readFileSync(a.blobs.get(m.layers[0].digest)!);
      expect(sha(layer)).toBe(m.layers[0].digest);
      expect(zlib.gunzipSync(layer).equals(await layerTar())).toBe(true);
      checkArchivePlatform(a, parsePlatform('linux/arm64'));
      expect(() => checkArchivePlatform(a, parsePlatform('linux/amd64'))).toThrow(
        'archive for linux/amd64 has architecture arm64'
      );
    } finally {
      a.dispose();
      b.dispose();
    }
    expect([...a.blobs.values()].filter(f => fs.existsSync(f))).toEqual([]);
  }
);

test('oci-archive: picks the platform from a multi-platform index and keeps the manifest bytes', async () => {
  const layer = zlib.gzipSync(await layerTar());
  const mk = (arch: string, variant?: string) => {
    const cfg = config(arch, variant);
    return { cfg, manifest: ociManifest(cfg, layer) };
  };
  const amd = mk('amd64');
  const arm = mk('arm', 'v7');
  const blob = (b: Buffer) => `blobs/sha256/${sha(b).slice(7)}`;
  const index = {
    schemaVersion: 2,
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: sha(amd.manifest),
        size: amd.manifest.length,
        platform: { os: 'linux', architecture: 'amd64' }
      },
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: sha(arm.manifest),
        size: arm.manifest.length,
        platform: { os: 'linux', architecture: 'arm', variant: 'v7' }
      }
    ]
  };
  const file = path.join(tmp, 'oci.tar');
  await writeTar(file, {
    'oci-layout': Buffer.from('{"imageLayoutVersion":"1.0.0"}'),
    'index.json': Buffer.from(JSON.stringify(index)),
    [blob(amd.manifest)]: amd.manifest,
    [blob(amd.cfg)]: amd.cfg,
    [blob(arm.manifest)]: arm.manifest,
    [blob(arm.cfg)]: arm.cfg,
    [blob(layer)]: layer
  });
  const img = await readArchive(file, parsePlatform('armhf'));
  try {
    expect(img.format).toBe('oci-archive');
    expect(img.digest).toBe(sha(arm.manifest));
    expect(img.manifest.equals(arm.manifest)).toBe(true);
    expect([...img.blobs.keys()].sort()).toEqual([sha(arm.cfg), sha(layer)].sort());
    checkArchivePlatform(img, parsePlatform('linux/arm/v7'));
    expect(() => checkArchivePlatform(img, parsePlatform('linux/arm/v6'))).toThrow(
      'archive for linux/arm/v6 has platform linux/arm/v7'
    );
  } finally {
    img.dispose();
  }
});

test.each([
  ['not written', null, /was not written/],
  ['not a tar', Buffer.from('hello'), /not a readable tar|has neither index.json/],
  ['no manifest', 'tar:', /has neither index\.json \(oci-archive\) nor manifest\.json \(docker-archive\)/]
])('%s is a CheckError naming the file', async (_n, content, msg) => {
  const file = path.join(tmp, 'a.tar');
  if (content === 'tar:') await writeTar(file, { '../../escape': Buffer.from('x') });
  else if (content) fs.writeFileSync(file, content);
  const err = await readArchive(file).catch(e => e);
  expect(err).toBeInstanceOf(CheckError);
  expect(err.message).toMatch(msg);
  expect(err.message).toContain(file);
  expect(fs.existsSync(path.join(tmp, '..', 'escape'))).toBe(false);
});

/** A docker-archive whose config lists `diffIds` and whose manifest names `layers` (some twice). */
async function dockerArchiveWith(layers: string[], entries: Record<string, Buffer>, diffIds: string[]) {
  const file = path.join(tmp, 'layers.tar');
  const cfg = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: diffIds } })
  );
  await writeTar(file, {
    'manifest.json': Buffer.from(JSON.stringify([{ Config: 'cfg.json', Layers: layers }])),
    'cfg.json': cfg,
    ...entries
  });
  return file;
}

test('docker-archive: the gzip digest is that of zlib without a timestamp, the diffID is checked', async () => {
  const raw = await layerTar();
  const other = Buffer.concat([raw, Buffer.alloc(512)]);
  const file = await dockerArchiveWith(
    ['a/layer.tar', 'b/layer.tar', 'a/layer.tar'],
    { 'a/layer.tar': raw, 'b/layer.tar': other },
    [sha(raw), sha(other), sha(raw)]
  );
  const img = await readArchive(file);
  try {
    const m = JSON.parse(img.manifest.toString());
    const gz = zlib.gzipSync(raw);
    // Bytes 4-7 of a gzip header are its mtime: zero, or digests would change with the clock.
    expect(gz.readUInt32LE(4)).toBe(0);
    expect(m.layers.map((l: { digest: string }) => l.digest)).toEqual([
      sha(gz),
      sha(zlib.gzipSync(other)),
      sha(gz)
    ]);
    expect(m.layers[0].size).toBe(gz.length);
    expect(img.blobs.size).toBe(3);
    for (const [digest, blob] of img.blobs) expect(sha(fs.readFileSync(blob))).toBe(digest);
  } finally {
    img.dispose();
  }
  expect([...img.blobs.values()].filter(f => fs.existsSync(f))).toEqual([]);
});

test('docker-archive: a layer that does not match its diffID is a CheckError', async () => {
  const raw = await layerTar();
  const file = await dockerArchiveWith(['l.tar'], { 'l.tar': raw }, [sha(Buffer.from('something else'))]);
  const err = await readArchive(file).catch(e => e);
  expect(err).toBeInstanceOf(CheckError);
  expect(err.message).toContain(`layer l.tar in image archive ${file} hashes to ${sha(raw)}`);
});

test('oci-archive: a blob whose bytes do not match its digest is a CheckError', async () => {
  const cfg = config('amd64');
  const layer = zlib.gzipSync(await layerTar());
  const manifest = ociManifest(cfg, layer);
  const blob = (b: Buffer) => `blobs/sha256/${sha(b).slice(7)}`;
  const file = path.join(tmp, 'oci.tar');
  await writeTar(file, {
    'index.json': Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: sha(manifest),
            size: manifest.length
          }
        ]
      })
    ),
    [blob(manifest)]: manifest,
    [blob(cfg)]: cfg,
    // Same length, one byte flipped.
    [blob(layer)]: Buffer.concat([layer.subarray(0, 20), Buffer.from([layer[20] ^ 1]), layer.subarray(21)])
  });
  const err = await readArchive(file).catch(e => e);
  expect(err).toBeInstanceOf(CheckError);
  expect(err.message).toMatch(new RegExp(`blob ${sha(layer)} in image archive .* is corrupt`));
});

// Docker 25+ `docker save` (classic store) writes an OCI layout with plain-tar layers.
describe('a Docker 25+ save layout', () => {
  const write = async () => {
    const file = path.join(tmp, 'docker25.tar');
    const parts = await writeDocker25Archive(file, { arch: 'arm64', files: { bin: Buffer.from('x') } });
    return { file, ...parts };
  };

  test('is pushed gzipped: tar+gzip media types, gzip blobs whose content is the diffID, same config', async () => {
    const { file, layers, config } = await write();
    const img = await readArchive(file, parsePlatform('linux/arm64'));
    try {
      const m = JSON.parse(img.manifest.toString());
      expect(img.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
      expect(img.digest).toBe(sha(img.manifest));
      expect(m.config.digest).toBe(sha(config));
      expect(m.layers.map((l: { mediaType: string }) => l.mediaType)).toEqual([
        'application/vnd.oci.image.layer.v1.tar+gzip',
        'application/vnd.oci.image.layer.v1.tar+gzip'
      ]);
      expect(img.config.rootfs?.diff_ids).toEqual(layers.map(sha));
      for (const [i, l] of m.layers.entries()) {
        const blob = fs.readFileSync(img.blobs.get(l.digest)!);
        expect([sha(blob), blob.length, blob.readUInt16BE(0)]).toEqual([l.digest, l.size, 0x1f8b]);
        expect(sha(zlib.gunzipSync(blob))).toBe(img.config.rootfs?.diff_ids?.[i]);
      }
      expect([...img.blobs.keys()].sort()).toEqual(
        [sha(config), ...m.layers.map((l: { digest: string }) => l.digest)].sort()
      );
    } finally {
      img.dispose();
    }
  });

  test('without push it is read as it is: plain layers, the manifest digest the layout lists', async () => {
    const { file, layers } = await write();
    const img = await readArchive(file, undefined, { gzipLayers: false });
    try {
      expect(img.json.layers.map(l => [l.mediaType, l.digest])).toEqual(
        layers.map(l => ['application/vnd.oci.image.layer.v1.tar', sha(l)])
      );
    } finally {
      img.dispose();
    }
  });

  test('a plain layer that is not the diffID its config lists is a CheckError', async () => {
    const file = path.join(tmp, 'lying.tar');
    const files = { a: Buffer.from('a') };
    const other = sha(Buffer.from('other'));
    await writeDocker25Archive(file, { arch: 'arm64', files }, [sha(await tarOf(files)), other]);
    const err = await readArchive(file).catch(e => e);
    expect(err).toBeInstanceOf(CheckError);
    expect(err.message).toContain(`is not the diffID its config lists (${other})`);
  });

  test('a layer already compressed is pushed as it is', async () => {
    const { file } = await write();
    const img = await readArchive(file);
    const again = path.join(tmp, 'again.tar');
    // The pushed form (gzip layers) written back as a layout: nothing more to compress.
    const blob = (d: string) => `blobs/sha256/${d.slice(7)}`;
    const entries: Record<string, Buffer> = {
      'oci-layout': Buffer.from('{"imageLayoutVersion":"1.0.0"}'),
      'index.json': Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          manifests: [{ mediaType: img.mediaType, digest: img.digest, size: img.manifest.length }]
        })
      ),
      [blob(img.digest)]: img.manifest
    };
    for (const [d, f] of img.blobs) entries[blob(d)] = fs.readFileSync(f);
    img.dispose();
    await writeTar(again, entries);
    const second = await readArchive(again);
    try {
      expect(second.digest).toBe(img.digest);
      expect(second.manifest.equals(img.manifest)).toBe(true);
    } finally {
      second.dispose();
    }
  });
});
