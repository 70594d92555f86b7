import { createHash, randomBytes } from 'node:crypto';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { CheckError } from '../../actions/lib/core/errors';
import { IntegrityError } from '../../actions/lib/oci/digest';
import { BlobPart, BlobStream, partStart } from '../../actions/lib/registry/blob-stream';
import { readAll, request } from '../../actions/lib/registry/http';

const blob = randomBytes(256 * 1024);
const digest = 'sha256:' + createHash('sha256').update(blob).digest('hex');

/** A server that sends `cutAt(n)` bytes of the blob on the n-th request (then closes), honouring Range if asked. */
async function serve(cutAt: (n: number) => number | undefined, ranges: boolean) {
  const seen: Array<string | undefined> = [];
  const server = http.createServer((req, res) => {
    const n = seen.push(req.headers.range) - 1;
    const m = ranges ? /^bytes=(\d+)-$/.exec(req.headers.range ?? '') : null;
    const start = m ? Number(m[1]) : 0;
    const body = blob.subarray(start);
    const headers: http.OutgoingHttpHeaders = { 'content-length': body.length };
    if (m) headers['content-range'] = `bytes ${start}-${blob.length - 1}/${blob.length}`;
    res.writeHead(m ? 206 : 200, headers);
    const cut = cutAt(n);
    if (cut === undefined) return res.end(body);
    res.write(body.subarray(0, cut), () => res.destroy());
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/blob`;
  const open = async (offset: number): Promise<BlobPart> => {
    const headers: Record<string, string> = offset > 0 ? { range: `bytes=${offset}-` } : {};
    const res = await request({ url, headers, stream: true, retries: 0 });
    return { stream: res.stream!, start: partStart(res.status, res.headers['content-range']) };
  };
  const close = () => new Promise<void>(resolve => server.close(() => resolve()));
  return { seen, open, close };
}

async function read(s: Awaited<ReturnType<typeof serve>>, want = digest, retries = 4): Promise<Buffer> {
  const stream = new BlobStream(await s.open(0), {
    digest: want,
    what: `blob ${want}`,
    reopen: offset => s.open(offset),
    retries,
    pause: async () => undefined
  });
  return readAll(stream);
}

describe('BlobStream', () => {
  test('a body cut twice is resumed with Range requests from where it stopped', async () => {
    const s = await serve(n => (n === 0 ? 1000 : n === 1 ? 70_000 : undefined), true);
    try {
      expect((await read(s)).equals(blob)).toBe(true);
      expect(s.seen).toEqual([undefined, 'bytes=1000-', 'bytes=71000-']);
    } finally {
      await s.close();
    }
  });

  test('a registry that ignores Range is read again from the start, skipping what was passed on', async () => {
    const s = await serve(n => (n === 0 ? 100_000 : undefined), false);
    try {
      expect((await read(s)).equals(blob)).toBe(true);
      expect(s.seen).toEqual([undefined, 'bytes=100000-']);
    } finally {
      await s.close();
    }
  });

  test('gives up after the bounded retries, naming the blob and the bytes read', async () => {
    const s = await serve(() => 10, true);
    try {
      const err = await read(s, digest, 2).catch(e => e);
      expect(err).toBeInstanceOf(CheckError);
      expect(err.message).toMatch(/^blob sha256:\w+ broke off after 30 bytes/);
      expect(s.seen).toHaveLength(3);
    } finally {
      await s.close();
    }
  });

  test('bytes that do not hash to the digest end in an IntegrityError naming both digests', async () => {
    const s = await serve(() => undefined, true);
    const other = 'sha256:' + 'f'.repeat(64);
    try {
      const err = await read(s, other).catch(e => e);
      expect(err).toBeInstanceOf(IntegrityError);
      expect(err.message).toBe(`blob ${other} does not match its digest: expected ${other}, got ${digest}`);
    } finally {
      await s.close();
    }
  });
});

test('partStart reads Content-Range only on 206', () => {
  expect(partStart(200, 'bytes 5-9/10')).toBe(0);
  expect(partStart(206, 'bytes 5-9/10')).toBe(5);
  expect(() => partStart(206, 'items 5-9')).toThrow(/unreadable Content-Range/);
});
