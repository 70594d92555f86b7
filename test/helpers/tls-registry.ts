// A registry over TLS on a non-loopback address (so the client speaks https to it), whose one
// port also answers plain HTTP: the first byte of a connection says which (0x16 opens a TLS
// handshake). Its certificate is self-signed with the real openssl, for the address and for
// 127.0.0.1; a client trusts it through NODE_EXTRA_CA_CERTS, as Node's default trust store is
// what the registry client uses. Repositories are named `<auth>-<redirect>`: `basic-` or
// `bearer-` says which login the API asks for, and `-same`, `-http` or `-host` where a blob GET
// is redirected: the same origin, plain http on the same host and port, or another host name
// (127.0.0.1) on the same port. Every request is recorded with the Authorization it carried.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const USER = 'tlsuser';
export const PASSWORD = 'tlspass';
export const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
export const TOKEN = 'tls-token-4d2f';

export interface SeenRequest {
  scheme: 'https' | 'http';
  host: string;
  path: string;
  authorization?: string;
}

export interface TlsRegistry {
  /** `address:port`, reached over https. */
  host: string;
  /** The self-signed certificate, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

export interface Served {
  manifests: Map<string, { body: Buffer; mediaType: string; digest: string }>;
  blobs: Map<string, Buffer>;
}

/** The machine's first IPv4 address that is not loopback: a registry there is reached over https. */
export function outsideAddress(): string {
  const found = Object.values(os.networkInterfaces())
    .flat()
    .find(a => a?.family === 'IPv4' && !a.internal);
  if (!found)
    throw new Error('this machine has no IPv4 address besides loopback; the TLS registry needs one');
  return found.address;
}

function selfSigned(dir: string, address: string): { key: Buffer; cert: Buffer; caFile: string } {
  const key = path.join(dir, 'key.pem');
  const caFile = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-keyout', key, '-out', caFile,
      '-subj', '/CN=arch-actions test registry',
      '-addext', `subjectAltName=IP:${address},IP:127.0.0.1`,
      '-addext', 'basicConstraints=critical,CA:TRUE'
    ], // prettier-ignore
    { stdio: 'ignore' }
  );
  return { key: fs.readFileSync(key), cert: fs.readFileSync(caFile), caFile };
}

function authorized(
  kind: string,
  authorization: string | undefined,
  res: http.ServerResponse,
  self: string
): boolean {
  const want = kind === 'basic' ? BASIC : `Bearer ${TOKEN}`;
  if (authorization === want) return true;
  const challenge =
    kind === 'basic' ? 'Basic realm="tls"' : `Bearer realm="https://${self}/token",service="tls-registry"`;
  res.writeHead(401, { 'www-authenticate': challenge, 'content-type': 'application/json' });
  res.end('{"errors":[{"code":"UNAUTHORIZED","message":"login"}]}');
  return false;
}

function handler(served: Served, seen: SeenRequest[], self: () => string, scheme: 'https' | 'http') {
  return (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const url = req.url ?? '';
    seen.push({ scheme, host: req.headers.host ?? '', path: url, authorization: req.headers.authorization });
    if (url.startsWith('/token')) {
      if (req.headers.authorization !== BASIC) return void res.writeHead(401).end();
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ token: TOKEN }));
    }
    const stored = /^\/storage\/(sha256:[0-9a-f]{64})$/.exec(url);
    if (stored) return void res.writeHead(200).end(served.blobs.get(stored[1]));
    const m = /^\/v2\/(basic|bearer)-(same|http|host)\/(manifests|blobs)\/([^/?]+)$/.exec(url);
    if (!m) return void res.writeHead(404).end();
    const [, kind, redirect, what, ref] = m;
    if (!authorized(kind, req.headers.authorization, res, self())) return;
    if (what === 'manifests') {
      const man = served.manifests.get(ref);
      if (!man) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': man.mediaType, 'docker-content-digest': man.digest });
      return void res.end(req.method === 'HEAD' ? undefined : man.body);
    }
    const port = self().split(':')[1];
    const to = {
      same: `https://${self()}`,
      http: `http://${self()}`,
      host: `https://127.0.0.1:${port}`
    }[redirect];
    res.writeHead(307, { location: `${to}/storage/${ref}` }).end();
  };
}

/** Starts the registry on `outsideAddress()` (and 127.0.0.1) at one port, https and http both. */
export async function startTlsRegistry(served: Served): Promise<TlsRegistry> {
  const address = outsideAddress();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-registry-'));
  const { key, cert, caFile } = selfSigned(dir, address);
  const seen: SeenRequest[] = [];
  let host = '';
  const tls = https.createServer(
    { key, cert },
    handler(served, seen, () => host, 'https')
  );
  const plain = http.createServer(handler(served, seen, () => host, 'http'));
  const ports = { tls: 0, plain: 0 };
  for (const [name, server] of [
    ['tls', tls],
    ['plain', plain]
  ] as const) {
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    ports[name] = (server.address() as net.AddressInfo).port;
  }
  // The one public port hands each connection on, by its first byte, to the server that speaks it.
  const front = net.createServer(socket => {
    socket.once('data', first => {
      const inner = net.connect(first[0] === 0x16 ? ports.tls : ports.plain, '127.0.0.1');
      inner.write(first);
      socket.pipe(inner).pipe(socket);
      inner.on('error', () => socket.destroy());
      inner.on('close', () => socket.destroy());
      socket.on('error', () => inner.destroy());
      socket.on('close', () => inner.destroy());
    });
  });
  await new Promise<void>(resolve => front.listen(0, '0.0.0.0', resolve));
  host = `${address}:${(front.address() as net.AddressInfo).port}`;
  return {
    host,
    caFile,
    seen,
    close: async () => {
      for (const s of [tls, plain]) {
        s.closeAllConnections();
        await new Promise<void>(resolve => s.close(() => resolve()));
      }
      await new Promise<void>(resolve => front.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
