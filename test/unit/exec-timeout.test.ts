import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../actions/lib/core/exec';
import { DEFAULT_LIMITS, LimitError, parseLimits } from '../../actions/lib/core/limits';

// Running, not a zombie left for a PID 1 that does not reap.
const alive = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) [ZX]/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

test('a tool past its limit is killed with its process group, and the error names the limit and the tool', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exec-timeout-'));
  const pidFile = path.join(dir, 'pid');
  const started = Date.now();
  const err = await run('sh', ['-c', `sleep 30 & echo $! > ${pidFile}; sleep 30`], {
    silent: true,
    timeoutMs: 300
  }).catch((e: unknown) => e);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(err).toBeInstanceOf(LimitError);
  expect((err as LimitError).limit).toBe('toolMs');
  expect((err as Error).message).toMatch(/^sh -c sleep 30 & .*over the tool-timeout limit of 300 ms$/);
  const background = Number(fs.readFileSync(pidFile, 'utf8'));
  expect(background).toBeGreaterThan(0);
  // The background sleep was in the group: it is gone too (reaped by init, at most a moment later).
  for (let i = 0; i < 50 && alive(background); i++) await new Promise(r => setTimeout(r, 20));
  expect(alive(background)).toBe(false);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a builder past build-timeout is named as such', async () => {
  const err = await run('sleep', ['30'], { silent: true, limit: 'buildMs', timeoutMs: 200 }).catch(
    (e: unknown) => e
  );
  expect((err as Error).message).toBe(
    'sleep 30: killed with what it started, over the build-timeout limit of 200 ms'
  );
});

test('a tool in time runs as before: its output, stdin and a failure', async () => {
  const res = await run('sh', ['-c', 'cat; echo err >&2'], { silent: true, input: 'in\n' });
  expect(res).toEqual({ exitCode: 0, stdout: 'in\n', stderr: 'err\n' });
  await expect(run('sh', ['-c', 'echo why >&2; exit 3'], { silent: true })).rejects.toThrow(
    'sh -c failed: why'
  );
});

test('the defaults: 10 min a tool, 120 min a build; the limits input raises them', () => {
  expect(DEFAULT_LIMITS.toolMs).toBe(10 * 60_000);
  expect(DEFAULT_LIMITS.buildMs).toBe(120 * 60_000);
  expect(parseLimits('limits', ['build-timeout=3h', 'tool-timeout=20m'])).toMatchObject({
    buildMs: 3 * 3_600_000,
    toolMs: 20 * 60_000
  });
});
