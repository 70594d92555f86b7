// The limits on reads from outside and on child processes: their documented defaults, the
// limits input that changes them, the named errors, and the redirect rule for credentials.
import { ConfigurationError } from '../../actions/lib/core/errors';
import { DEFAULT_LIMITS, hitLimit, LimitError, parseLimits, within } from '../../actions/lib/core/limits';
import { keepsAuthorization } from '../../actions/lib/registry/http';

const MiB = 1024 * 1024;

test('the defaults are the documented ones', () => {
  expect(DEFAULT_LIMITS).toEqual({
    manifestBytes: 4 * MiB,
    configBytes: 16 * MiB,
    attemptMs: 60_000,
    requestMs: 120_000,
    imageMs: 600_000,
    blobBytesPerSecond: 10 * 1024,
    blobWindowMs: 60_000,
    toolMs: 600_000,
    buildMs: 7_200_000
  });
});

test.each([
  ['manifest-size=8MiB', { manifestBytes: 8 * MiB }],
  ['config-size = 100 KiB', { configBytes: 100 * 1024 }],
  ['request-deadline=5m', { requestMs: 300_000 }],
  ['request-attempt=90s', { attemptMs: 90_000 }],
  ['tool-timeout=1.5h', { toolMs: 5_400_000 }],
  ['build-timeout=3h', { buildMs: 10_800_000 }],
  ['blob-min-rate=1KiB/s', { blobBytesPerSecond: 1024 }],
  ['image-deadline=250ms', { imageMs: 250 }]
])('%s', (line, want) => {
  expect(parseLimits('limits', [line])).toEqual({ ...DEFAULT_LIMITS, ...want });
});

test.each([
  'manifest-size',
  'manifest-size=big',
  'manifest-size=0',
  'speed=1',
  'tool-timeout=-1s',
  'request-attempt=1.5x'
])('%s is a ConfigurationError naming the input and the line', line => {
  expect(() => parseLimits('limits', [line])).toThrow(ConfigurationError);
  expect(() => parseLimits('limits', [line])).toThrow(`Input "limits" has an invalid value "${line}"`);
});

test('a LimitError names what, the limit and its value; hitLimit knows it', () => {
  const e = new LimitError('manifest of r/x:1', 'manifestBytes', 4 * MiB, 'Content-Length 9');
  expect(e.message).toBe('manifest of r/x:1: Content-Length 9, over the manifest-size limit of 4 MiB');
  expect(new LimitError('blob b', 'blobBytesPerSecond', 1024).message).toBe(
    'blob b: under the blob-min-rate limit of 1 KiB/s'
  );
  expect(new LimitError('x', 'requestMs', 120_000).message).toBe(
    'x: over the request-deadline limit of 2 min'
  );
  expect(hitLimit(e.message)).toBe(true);
  expect(hitLimit('HTTP 500')).toBe(false);
});

test('within() gives up on slow work with a named error', async () => {
  const slow = new Promise(resolve => setTimeout(resolve, 1000));
  await expect(within(slow, 20, 'image r/x:1', 'imageMs')).rejects.toThrow(
    'image r/x:1: not done in time, over the image-deadline limit of 20 ms'
  );
  await expect(within(Promise.resolve(3), 20, 'x', 'imageMs')).resolves.toBe(3);
});

test.each([
  ['https://r.example:5000/v2/', 'http://r.example:5000/v2/x', false],
  ['https://r.example/v2/', 'https://storage.example/blob', false],
  ['https://r.example/v2/', 'https://r.example:8443/v2/', false],
  ['https://r.example/v2/', 'https://r.example/v2/blobs/x', true]
])('a redirect from %s to %s keeps Authorization: %s', (from, to, keeps) => {
  expect(keepsAuthorization(new URL(from), new URL(to))).toBe(keeps);
});

test('a HEAD answer may announce a large blob; a GET body over the limit is refused', async () => {
  const http = await import('node:http');
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-length': String(64 * MiB) });
    if (req.method === 'HEAD') res.end();
    else res.write(Buffer.alloc(1024));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/v2/r/blobs/x`;
  try {
    const { request } = await import('../../actions/lib/registry/http');
    await expect(request({ url, method: 'HEAD' })).resolves.toMatchObject({ status: 200 });
    await expect(request({ url, what: 'manifest of r:x' })).rejects.toThrow('manifest of r:x (127.0.0.1:');
    await expect(request({ url })).rejects.toThrow(
      /Content-Length 67108864, over the manifest-size limit of 4 MiB/
    );
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
