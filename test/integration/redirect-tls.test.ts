// Where a registry's blob GET is redirected, and which requests then carry Authorization, with a
// real TLS registry (test/helpers/tls-registry.ts: a self-signed certificate from openssl, trusted
// through NODE_EXTRA_CA_CERTS) and verify-platforms as the runner starts it, deep, for Basic and
// Bearer logins. The same origin keeps the credentials (so the test sees them when they are sent);
// plain http on the same host and port, and another host name on the same port, never get them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { requireLab } from '../lab/lab';
import { sha256, tarHeader } from '../helpers/hostile-registry';
import { BASIC, PASSWORD, Served, startTlsRegistry, TlsRegistry, TOKEN, USER } from '../helpers/tls-registry';
import { runEntry } from '../helpers/run-async';

jest.setTimeout(120_000);

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
let reg: TlsRegistry;
let dockerConfig: string;

/** A linux/arm64 image of one layer holding the lab's static arm64 busybox. */
function arm64Image(busybox: string): Served {
  const data = fs.readFileSync(busybox);
  const pad = Buffer.alloc((512 - (data.length % 512)) % 512);
  const layer = zlib.gzipSync(
    Buffer.concat([tarHeader('bin/busybox', data.length), data, pad, Buffer.alloc(1024)])
  );
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'arm64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: [] }
    })
  );
  const body = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256(config),
        size: config.length
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: sha256(layer),
          size: layer.length
        }
      ]
    })
  );
  const manifest = { body, mediaType: OCI_MANIFEST, digest: sha256(body) };
  return {
    manifests: new Map([
      ['x', manifest],
      [manifest.digest, manifest]
    ]),
    blobs: new Map([
      [sha256(config), config],
      [sha256(layer), layer]
    ])
  };
}

beforeAll(async () => {
  const lab = requireLab();
  reg = await startTlsRegistry(arm64Image(lab.LAB_BUSYBOX_ARM64));
  dockerConfig = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-login-'));
  const auth = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
  fs.writeFileSync(
    path.join(dockerConfig, 'config.json'),
    JSON.stringify({ auths: { [reg.host]: { auth } } })
  );
});
afterAll(async () => {
  await reg?.close();
  if (dockerConfig) fs.rmSync(dockerConfig, { recursive: true, force: true });
});

test.each([
  ['basic', 'same', 'keeps'],
  ['basic', 'http', 'drops'],
  ['basic', 'host', 'drops'],
  ['bearer', 'same', 'keeps'],
  ['bearer', 'http', 'drops'],
  ['bearer', 'host', 'drops']
])('%s login, blobs redirected to %s: the storage request %s Authorization', async (kind, to, keeps) => {
  const sent = kind === 'basic' ? BASIC : `Bearer ${TOKEN}`;
  const kept = keeps === 'keeps';
  const repo = `${kind}-${to}`;
  const from = reg.seen.length;
  const run = await runEntry('actions/verify-platforms/index.ts', {
    inputs: { images: `${reg.host}/${repo}:x`, platforms: 'linux/arm64', deep: 'true', summary: 'false' },
    env: { NODE_EXTRA_CA_CERTS: reg.caFile, DOCKER_CONFIG: dockerConfig }
  });
  const seen = reg.seen.slice(from);
  // The image was proven through the redirects: config and layer both read from storage.
  expect(run.stdout).toMatch(new RegExp(`✅ ${reg.host}/${repo}:x \\(L3,`));
  expect(run.code).toBe(0);
  const api = seen.filter(s => s.path.startsWith(`/v2/${repo}/`));
  const storage = seen.filter(s => s.path.startsWith('/storage/'));
  // The API itself got the login, over https only: the manifests, and both blob GETs that redirect.
  expect(api.every(s => s.scheme === 'https')).toBe(true);
  expect(api.filter(s => s.path.includes('/blobs/')).map(s => s.authorization)).toEqual([sent, sent]);
  expect(api.filter(s => s.path.includes('/manifests/') && s.authorization === sent).length).toBeGreaterThan(
    0
  );
  expect(storage).toHaveLength(2);
  const where = {
    same: ['https', reg.host],
    http: ['http', reg.host],
    host: ['https', `127.0.0.1:${reg.host.split(':')[1]}`]
  }[to]!;
  for (const s of storage) expect([s.scheme, s.host]).toEqual(where);
  expect(storage.map(s => s.authorization)).toEqual(kept ? [sent, sent] : [undefined, undefined]);
  // Nothing ever carried credentials over plain http.
  expect(seen.filter(s => s.scheme === 'http' && s.authorization)).toEqual([]);
});
