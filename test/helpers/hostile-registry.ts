// A hostile registry on loopback: each repository serves one attack on the client that reads it
// (runner commands in error bodies, media types and labels; a manifest too big, endless or
// dripping; a layer cut short of what its tar header declares; an index of many thousand entries;
// a config that drips or never answers; a referrers list that never answers). It counts the
// sockets and requests still open.
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import * as zlib from 'node:zlib';

export const sha256 = (b: Buffer): string => 'sha256:' + createHash('sha256').update(b).digest('hex');

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';

/** A ustar header for one regular file that declares `size` bytes (base-256 past 8 GiB, as GNU tar). */
export function tarHeader(name: string, size: number): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  h.write('0000644\0', 100, 'ascii');
  h.write('0000000\0', 108, 'ascii');
  h.write('0000000\0', 116, 'ascii');
  if (size < 8 ** 11) h.write(size.toString(8).padStart(11, '0') + '\0', 124, 'ascii');
  else {
    h[124] = 0x80;
    let v = BigInt(size);
    for (let i = 135; i > 124; i--, v >>= 8n) h[i] = Number(v & 0xffn);
  }
  h.write('00000000000\0', 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h[156] = '0'.charCodeAt(0);
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return h;
}

/** A gzip layer whose one entry declares `declared` bytes but holds `held` bytes, then ends. */
export function cutLayer(declared: number, held = 4096): Buffer {
  const data = Buffer.alloc(held, 0x41);
  data.write('\x7fELF', 0, 'latin1');
  return zlib.gzipSync(Buffer.concat([tarHeader('usr/bin/tool', declared), data]));
}

interface Blob {
  body: Buffer;
  /** Sends it one byte at a time, `dripMs` apart. */
  dripMs?: number;
  /** Never answers: no status, no byte, the connection left open. */
  stall?: boolean;
}

interface Manifest {
  body?: Buffer;
  mediaType?: string;
  /** Answers with this status and body instead. */
  status?: number;
  /** A declared length far beyond what is sent; the connection then stays open. */
  declare?: number;
  endless?: boolean;
  dripMs?: number;
}

export interface HostileRegistry {
  host: string;
  /** Requests seen, as `METHOD path`. */
  seen: string[];
  /** Connections open now, and requests whose answer is not yet over (or cut off by the client). */
  open(): { sockets: number; requests: number };
  /** The digest of a repository's manifest (of nothing, when it serves no body). */
  digest(repo: string): string;
  close(): Promise<void>;
}

/** An image: one manifest, its config, one layer; what each repository's attack starts from. */
function image(blobs: Map<string, Blob>, config: object, layer: Buffer, extra: object = {}): Manifest {
  const c = Buffer.from(JSON.stringify(config));
  blobs.set(sha256(c), { body: c });
  blobs.set(sha256(layer), { body: layer });
  const body = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: sha256(c), size: c.length },
      layers: [{ mediaType: OCI_LAYER, digest: sha256(layer), size: layer.length }],
      ...extra
    })
  );
  return { body, mediaType: OCI_MANIFEST };
}

/** An index of `n` platforms (linux/arm/v0 ...), all pointing at one manifest. */
function bigIndex(n: number, target: Manifest): Manifest {
  const d = sha256(target.body!);
  const manifests = Array.from({ length: n }, (_, i) => ({
    mediaType: OCI_MANIFEST,
    digest: d,
    size: target.body!.length,
    platform: { os: 'linux', architecture: 'arm', variant: `v${i}` }
  }));
  return {
    body: Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests })),
    mediaType: OCI_INDEX
  };
}

/** The repositories and what each serves; `hostile` is the text the injection attacks carry. */
function repositories(hostile: string, blobs: Map<string, Blob>): Map<string, Manifest> {
  const arm = { architecture: 'arm64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [] } };
  const plain = image(blobs, arm, zlib.gzipSync(Buffer.alloc(1024)));
  const labelled = image(
    blobs,
    { ...arm, config: { Labels: { 'org.opencontainers.image.title': hostile } } },
    zlib.gzipSync(Buffer.alloc(2048)),
    { annotations: { 'org.opencontainers.image.description': hostile } }
  );
  const repos = new Map<string, Manifest>([
    [
      'error-body',
      { status: 403, body: Buffer.from(JSON.stringify({ errors: [{ code: 'DENIED', message: hostile }] })) }
    ],
    ['media-type', { body: Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: hostile })) }],
    ['labels', labelled],
    ['login', { status: 401, body: Buffer.from('{}') }],
    ['plain', plain],
    ['huge', { declare: 150 * 1024 * 1024 }],
    ['endless', { endless: true }],
    ['drip', { body: plain.body, mediaType: OCI_MANIFEST, dripMs: 500 }],
    ['referrers-stall', plain],
    ['index-15k', bigIndex(15_000, plain)],
    ['index-100k', bigIndex(100_000, plain)]
  ]);
  const dripLayer = zlib.gzipSync(Buffer.alloc(4096));
  const drip = image(blobs, { ...arm }, dripLayer);
  blobs.set(sha256(dripLayer), { body: dripLayer, dripMs: 500 });
  repos.set('drip-layer', drip);
  for (const size of [1024, 2 ** 30, 4 * 2 ** 30, 8 * 2 ** 30, 64 * 2 ** 30])
    repos.set(`cut-${size}`, image(blobs, { ...arm }, cutLayer(size)));
  for (const [name, attack] of [
    ['config-drip', { dripMs: 100 }],
    ['config-stall', { stall: true }]
  ] as const)
    configAttack(blobs, repos, name, attack);
  return repos;
}

/** `name`: an index of one linux/arm64 image whose config is served as `attack` says; `name-one`: that image alone. */
function configAttack(
  blobs: Map<string, Blob>,
  repos: Map<string, Manifest>,
  name: string,
  attack: Omit<Blob, 'body'>
): void {
  const config = { architecture: 'arm64', os: 'linux', config: { Labels: { attack: name } } };
  const one = image(blobs, config, zlib.gzipSync(Buffer.from(name)));
  const c = Buffer.from(JSON.stringify(config));
  blobs.set(sha256(c), { body: c, ...attack });
  const platform = { os: 'linux', architecture: 'arm64' };
  const entry = { mediaType: OCI_MANIFEST, digest: sha256(one.body!), size: one.body!.length, platform };
  const index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [entry] };
  repos.set(name, { body: Buffer.from(JSON.stringify(index)), mediaType: OCI_INDEX });
  repos.set(`${name}-one`, one);
}

function send(res: http.ServerResponse, body: Buffer, dripMs?: number): void {
  if (!dripMs) return void res.end(body);
  let i = 0;
  const timer = setInterval(() => {
    if (res.destroyed || i >= body.length) {
      clearInterval(timer);
      return void res.end();
    }
    res.write(body.subarray(i, ++i));
  }, dripMs);
  res.on('close', () => clearInterval(timer));
}

function endless(res: http.ServerResponse): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const more = (): void => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', more);
  };
  more();
}

function serveManifest(m: Manifest, res: http.ServerResponse, head: boolean): void {
  if (m.status) {
    const challenge = m.status === 401 ? { 'www-authenticate': 'Basic realm="hostile"' } : {};
    res.writeHead(m.status, { 'content-type': 'application/json', ...challenge });
    return void res.end(m.body);
  }
  const headers: http.OutgoingHttpHeaders = { 'content-type': m.mediaType ?? 'application/json' };
  if (m.body) headers['docker-content-digest'] = sha256(m.body);
  if (m.declare) headers['content-length'] = m.declare;
  else if (m.body) headers['content-length'] = m.body.length;
  res.writeHead(200, headers);
  if (head) return void res.end();
  if (m.declare) return void res.write(Buffer.alloc(1024));
  if (m.endless) return endless(res);
  send(res, m.body!, m.dripMs);
}

/** Starts the registry on 127.0.0.1 (so the client speaks plain HTTP to it). */
export async function startHostileRegistry(hostile: string): Promise<HostileRegistry> {
  const blobs = new Map<string, Blob>();
  const repos = repositories(hostile, blobs);
  const byDigest = new Map<string, Manifest>();
  for (const m of repos.values()) if (m.body && !m.status) byDigest.set(sha256(m.body), m);
  const seen: string[] = [];
  let requests = 0;
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    requests++;
    res.on('close', () => requests--);
    const referrers = /^\/v2\/(.+)\/referrers\//.exec(req.url ?? '');
    if (referrers) return referrers[1] === 'referrers-stall' ? undefined : void res.writeHead(404).end();
    const m = /^\/v2\/(.+)\/(manifests|blobs)\/([^/?]+)$/.exec(req.url ?? '');
    if (!m) return void res.writeHead(req.url === '/v2/' ? 200 : 404).end('{}');
    const [, repo, kind, ref] = m;
    if (kind === 'blobs') {
      const b = blobs.get(ref);
      if (!b) return void res.writeHead(404).end();
      if (b.stall) return;
      res.writeHead(200, { 'content-length': b.body.length, 'content-type': 'application/octet-stream' });
      return send(res, b.body, b.dripMs);
    }
    const manifest = (ref.startsWith('sha256:') && byDigest.get(ref)) || repos.get(repo);
    if (!manifest) return void res.writeHead(404).end();
    serveManifest(manifest, res, req.method === 'HEAD');
  });
  let sockets = 0;
  server.on('connection', socket => {
    sockets++;
    socket.on('close', () => sockets--);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    open: () => ({ sockets, requests }),
    digest: repo => sha256(repos.get(repo)?.body ?? Buffer.alloc(0)),
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
