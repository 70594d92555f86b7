// core/pool (bounded concurrency, order kept) and core/report (the one report writer).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pool } from '../../actions/lib/core/pool';
import { REPORT_VERSION, writeReport } from '../../actions/lib/core/report';

describe('pool', () => {
  test('keeps the input order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await pool([5, 1, 4, 2, 3], 2, async n => {
      running++;
      peak = Math.max(peak, running);
      await new Promise(r => setTimeout(r, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });

  test('an empty list and a limit below 1 still work', async () => {
    expect(await pool([], 4, async (n: number) => n)).toEqual([]);
    expect(await pool([1, 2], 0, async n => n + 1)).toEqual([2, 3]);
  });

  test('a rejection rejects the pool', async () => {
    await expect(
      pool([1, 2, 3], 2, async n => {
        if (n === 2) throw new Error('boom');
        return n;
      })
    ).rejects.toThrow('boom');
  });
});

describe('writeReport', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('writes the versioned JSON and returns the absolute path', () => {
    const rel = path.relative(process.cwd(), path.join(dir, 'r.json'));
    const abs = writeReport(rel, { ok: true, images: [] }, 'report');
    expect(abs).toBe(path.join(dir, 'r.json'));
    expect(JSON.parse(fs.readFileSync(abs, 'utf8'))).toEqual({
      version: REPORT_VERSION,
      ok: true,
      images: []
    });
  });

  test('a folder given as the report is a ConfigurationError naming the input', () => {
    expect(() => writeReport(dir, { ok: true }, 'report')).toThrow(/report/);
    expect(() => writeReport(dir, { ok: true }, 'report')).toThrow(
      expect.objectContaining({ name: 'ConfigurationError' })
    );
  });
});
