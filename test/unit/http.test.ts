import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { CheckError, UnavailableError } from '../../actions/lib/core/errors';
import { LimitError } from '../../actions/lib/core/limits';
import { backoffMs, parseRetryAfter, readAll, request, Throttle } from '../../actions/lib/registry/http';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void;

/** A local server whose n-th request (from 0) is answered by `handler`. */
async function serve(
  handler: Handler
): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let n = 0;
  const server = http.createServer((req, res) => handler(req, res, n++));
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: () => n,
    close: () => new Promise(resolve => server.close(() => resolve()))
  };
}

/** A port that was just free: nothing listens there. */
async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise(resolve => s.close(resolve));
  return port;
}

const sleeps: number[] = [];
const fakeSleep = async (ms: number) => {
  sleeps.push(ms);
};
beforeEach(() => (sleeps.length = 0));

describe('request', () => {
  test('retries 503 and 429, honouring Retry-After, then succeeds', async () => {
    const srv = await serve((_req, res, n) => {
      if (n === 0) return res.writeHead(503).end('busy');
      if (n === 1) return res.writeHead(429, { 'retry-after': '3' }).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    try {
      const res = await request({ url: `${srv.url}/v2/`, sleep: fakeSleep, random: () => 0 });
      expect(res.status).toBe(200);
      expect(res.body.toString()).toBe('ok');
      expect(srv.hits()).toBe(3);
      expect(sleeps).toEqual([250, 3000]);
    } finally {
      await srv.close();
    }
  });

  test('gives the last answer back when retries run out', async () => {
    const srv = await serve((_req, res) => res.writeHead(502).end());
    try {
      const res = await request({ url: srv.url, retries: 2, sleep: fakeSleep });
      expect(res.status).toBe(502);
      expect(srv.hits()).toBe(3);
    } finally {
      await srv.close();
    }
  });

  test('does not retry POST on a server error', async () => {
    const srv = await serve((_req, res) => res.writeHead(500).end());
    try {
      const res = await request({ url: srv.url, method: 'POST', sleep: fakeSleep });
      expect(res.status).toBe(500);
      expect(srv.hits()).toBe(1);
    } finally {
      await srv.close();
    }
  });

  test('retries a reset connection, then succeeds, re-sending the body', async () => {
    const bodies: string[] = [];
    const srv = await serve(async (req, res, n) => {
      bodies.push((await readAll(req)).toString());
      if (n === 0) return req.socket.destroy();
      res.writeHead(201).end();
    });
    try {
      const res = await request({ url: srv.url, method: 'PUT', body: Buffer.from('blob'), sleep: fakeSleep });
      expect(res.status).toBe(201);
      expect(bodies).toEqual(['blob', 'blob']);
    } finally {
      await srv.close();
    }
  });

  test('an unreachable registry fails within seconds, with real sleeps', async () => {
    const port = await closedPort();
    const started = Date.now();
    let err: unknown;
    try {
      await request({ url: `http://127.0.0.1:${port}/v2/`, target: `registry 127.0.0.1:${port}` });
    } catch (e) {
      err = e;
    }
    expect(Date.now() - started).toBeLessThan(5000);
    expect(err).toBeInstanceOf(CheckError);
    // Unknown to verify, never a missing platform.
    expect((err as UnavailableError).kind).toBe('unreachable');
    expect((err as Error).message).toMatch(
      new RegExp(`^registry 127.0.0.1:${port} is unreachable: .*ECONNREFUSED`)
    );
  });

  test('a silent server times out per attempt', async () => {
    const srv = await serve(() => undefined);
    try {
      const failed = request({ url: srv.url, timeoutMs: 100, retries: 1, sleep: fakeSleep });
      await expect(failed).rejects.toThrow(/is unreachable: no response from .* within 100 ms/);
      await expect(failed).rejects.toMatchObject({ name: 'UnavailableError', kind: 'timeout' });
      expect(srv.hits()).toBe(2);
    } finally {
      await srv.close();
    }
  });

  test('streams 2xx bodies and follows redirects, dropping auth across hosts', async () => {
    const seen: Array<string | undefined> = [];
    const storage = await serve((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(200).end('layer-bytes');
    });
    const registry = await serve((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(307, { location: storage.url.replace('127.0.0.1', 'localhost') + '/blob' }).end();
    });
    try {
      const res = await request({ url: registry.url, headers: { authorization: 'Bearer t' }, stream: true });
      expect(res.status).toBe(200);
      expect(res.stream).toBeInstanceOf(http.IncomingMessage);
      expect((await readAll(res.stream!)).toString()).toBe('layer-bytes');
      expect(seen).toEqual(['Bearer t', undefined]);
    } finally {
      await registry.close();
      await storage.close();
    }
  });
});

describe('a signal gives the request up', () => {
  const stopAfter = (ms: number) => {
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(new LimitError('image x', 'imageMs', ms, 'not done in time')), ms);
    return ctl.signal;
  };

  test('an answer that never comes: the socket is closed and the error is the signal reason', async () => {
    let closed = false;
    const srv = await serve(req => req.on('close', () => (closed = true)));
    try {
      const started = Date.now();
      const failed = request({ url: srv.url, timeoutMs: 60_000, signal: stopAfter(200) });
      await expect(failed).rejects.toThrow(
        /^image x: not done in time, over the image-deadline limit of 200 ms$/
      );
      await expect(failed).rejects.toBeInstanceOf(LimitError);
      expect(Date.now() - started).toBeLessThan(2000);
      await new Promise(resolve => setTimeout(resolve, 100));
      expect(closed).toBe(true);
      expect(srv.hits()).toBe(1);
    } finally {
      await srv.close();
    }
  });

  test('a wait between attempts (Retry-After) ends at once, with no further attempt', async () => {
    const srv = await serve((_req, res) => res.writeHead(503, { 'retry-after': '20' }).end());
    try {
      const started = Date.now();
      await expect(request({ url: srv.url, signal: stopAfter(300) })).rejects.toThrow(
        /over the image-deadline/
      );
      expect(Date.now() - started).toBeLessThan(2000);
      expect(srv.hits()).toBe(1);
    } finally {
      await srv.close();
    }
  });
});

describe('Throttle', () => {
  test('a 429 holds back every request sharing the throttle until its Retry-After has passed', async () => {
    let now = 1_000;
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      now += ms;
    };
    const throttle = new Throttle(sleep, () => now);
    const srv = await serve((_req, res, n) => {
      if (n === 0) return res.writeHead(429, { 'retry-after': '2' }).end();
      res.writeHead(200).end('ok');
    });
    try {
      const first = await request({ url: srv.url, sleep, throttle, random: () => 0 });
      expect(first.status).toBe(200);
      expect(waits).toEqual([2000]);
      throttle.hold(1500);
      await request({ url: srv.url, sleep, throttle });
      expect(waits).toEqual([2000, 1500]);
      await request({ url: srv.url, sleep, throttle });
      expect(waits).toEqual([2000, 1500]);
    } finally {
      await srv.close();
    }
  });
});

describe('request with a body factory', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'http-body-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  test('a PUT answered 503 then 201 re-opens the source and re-sends the whole body', async () => {
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const file = path.join(dir, 'blob');
    fs.writeFileSync(file, data);
    const received: Array<{ length: string | undefined; sha: string }> = [];
    const srv = await serve(async (req, res, n) => {
      const body = await readAll(req);
      received.push({ length: req.headers['content-length'], sha: sha(body) });
      res.writeHead(n === 0 ? 503 : 201).end();
    });
    let opened = 0;
    try {
      const res = await request({
        url: `${srv.url}/upload?digest=x`,
        method: 'PUT',
        bodyFactory: () => {
          opened++;
          return fs.createReadStream(file, { highWaterMark: 64 * 1024 });
        },
        contentLength: data.length,
        sleep: fakeSleep
      });
      expect(res.status).toBe(201);
      expect(opened).toBe(2);
      expect(received).toEqual([
        { length: String(data.length), sha: sha(data) },
        { length: String(data.length), sha: sha(data) }
      ]);
      expect(sleeps).toHaveLength(1);
    } finally {
      await srv.close();
    }
  });

  test('a reset mid-upload is retried from the start of the source', async () => {
    const data = randomBytes(1024 * 1024);
    const received: string[] = [];
    const srv = await serve(async (req, res, n) => {
      if (n === 0) {
        // Take some bytes, then drop the connection half-way through the upload.
        req.once('data', () => req.socket.destroy());
        return;
      }
      received.push(sha(await readAll(req)));
      res.writeHead(201).end();
    });
    let opened = 0;
    try {
      const res = await request({
        url: srv.url,
        method: 'PUT',
        bodyFactory: () => {
          opened++;
          return Readable.from([data.subarray(0, 1000), data.subarray(1000)]);
        },
        contentLength: data.length,
        sleep: fakeSleep
      });
      expect(res.status).toBe(201);
      expect(opened).toBe(2);
      expect(received).toEqual([sha(data)]);
    } finally {
      await srv.close();
    }
  });

  test('a POST with a streamed body is not retried on 503', async () => {
    const srv = await serve(async (req, res) => {
      await readAll(req);
      res.writeHead(503).end();
    });
    let opened = 0;
    try {
      const res = await request({
        url: srv.url,
        method: 'POST',
        bodyFactory: () => {
          opened++;
          return Readable.from([Buffer.from('abc')]);
        },
        contentLength: 3,
        sleep: fakeSleep
      });
      expect(res.status).toBe(503);
      expect(opened).toBe(1);
      expect(srv.hits()).toBe(1);
    } finally {
      await srv.close();
    }
  });

  test('a source shorter than the announced length or unreadable fails at once, without retry', async () => {
    const srv = await serve(async (req, res) => {
      await readAll(req).catch(() => undefined);
      res.writeHead(201).end();
    });
    try {
      await expect(
        request({
          url: srv.url,
          method: 'PUT',
          bodyFactory: () => Readable.from([Buffer.from('short')]),
          contentLength: 10,
          sleep: fakeSleep
        })
      ).rejects.toThrow(/ended after 5 of the announced 10 bytes/);
      const missing = request({
        url: srv.url,
        method: 'PUT',
        bodyFactory: () => fs.createReadStream(path.join(dir, 'missing')),
        contentLength: 1,
        sleep: fakeSleep
      });
      await expect(missing).rejects.toBeInstanceOf(CheckError);
      await expect(missing).rejects.toThrow(/cannot send the body to .*ENOENT/);
      expect(sleeps).toEqual([]);
    } finally {
      await srv.close();
    }
  });

  test('a body factory without a length is a programming error', async () => {
    await expect(
      request({ url: 'http://127.0.0.1:1/', method: 'PUT', bodyFactory: () => Readable.from([]) })
    ).rejects.toThrow(/needs a contentLength/);
  });
});

describe('retry timing', () => {
  test('Retry-After as seconds or HTTP date, capped at 30 s', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:10 GMT', now)).toBe(10000);
    expect(parseRetryAfter('3600', now)).toBe(30000);
    expect(parseRetryAfter('Sun, 31 Dec 2023 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  test('backoff doubles, with jitter in the upper half', () => {
    expect([0, 1, 2].map(a => backoffMs(a, 100, () => 0))).toEqual([50, 100, 200]);
    expect([0, 1, 2].map(a => backoffMs(a, 100, () => 1))).toEqual([100, 200, 400]);
  });
});
