import { CheckError } from '../../actions/lib/core/errors';
import { LimitError } from '../../actions/lib/core/limits';
import { SharedReads } from '../../actions/lib/registry/shared-reads';

/** A read that ends when told, and records the signal it was given. */
function controlled<T>() {
  const calls: AbortSignal[] = [];
  let finish: (v: T) => void = () => {};
  const read = (signal: AbortSignal) => {
    calls.push(signal);
    return new Promise<T>((resolve, reject) => {
      finish = resolve;
      signal.addEventListener('abort', () => reject(signal.reason));
    });
  };
  return { calls, read, finish: (v: T) => finish(v) };
}

const deadline = (what: string) => new LimitError(what, 'imageMs', 3000, 'not done in time');

test("one caller's signal ends its own wait only; the read goes on for the others", async () => {
  const shared = new SharedReads(true);
  const r = controlled<string>();
  const a = new AbortController();
  const first = shared.get('config', r.read, a.signal);
  const second = shared.get('config', r.read, new AbortController().signal);
  a.abort(deadline('image a'));
  await expect(first).rejects.toThrow(/image a: not done in time, over the image-deadline limit of 3 s/);
  expect(r.calls[0].aborted).toBe(false);
  r.finish('bytes');
  await expect(second).resolves.toBe('bytes');
  expect(r.calls).toHaveLength(1);
  // Kept: a later caller gets it without a read.
  await expect(shared.get('config', r.read)).resolves.toBe('bytes');
  expect(r.calls).toHaveLength(1);
});

test('once every caller gave up, the read is stopped with the last reason, and the next caller starts afresh', async () => {
  const shared = new SharedReads(true);
  const r = controlled<string>();
  const [a, b] = [new AbortController(), new AbortController()];
  const waits = [shared.get('k', r.read, a.signal), shared.get('k', r.read, b.signal)];
  a.abort(deadline('a'));
  expect(r.calls[0].aborted).toBe(false);
  b.abort(deadline('b'));
  await expect(waits[0]).rejects.toBeInstanceOf(LimitError);
  await expect(waits[1]).rejects.toThrow(/^b: /);
  expect(r.calls[0].aborted).toBe(true);
  expect(String((r.calls[0].reason as Error).message)).toMatch(/^b: /);
  const again = shared.get('k', r.read, new AbortController().signal);
  expect(r.calls).toHaveLength(2);
  r.finish('fresh');
  await expect(again).resolves.toBe('fresh');
});

test('a caller without a signal keeps the read going; a signal already fired never starts one', async () => {
  const shared = new SharedReads(false);
  const r = controlled<number>();
  const a = new AbortController();
  const gaveUp = shared.get('t', r.read, a.signal);
  const plain = shared.get('t', r.read);
  a.abort('not an error');
  await expect(gaveUp).rejects.toThrow(CheckError);
  expect(r.calls[0].aborted).toBe(false);
  r.finish(7);
  await expect(plain).resolves.toBe(7);
  // Not kept (keep=false): the next caller reads again.
  void shared.get('t', r.read);
  expect(r.calls).toHaveLength(2);
  await expect(shared.get('u', r.read, AbortSignal.abort(deadline('late')))).rejects.toThrow(/^late: /);
  expect(r.calls).toHaveLength(2);
});

test('a failed read is not kept', async () => {
  const shared = new SharedReads(true);
  let n = 0;
  const read = async () => {
    if (n++ === 0) throw new CheckError('broken');
    return 'ok';
  };
  await expect(shared.get('x', read)).rejects.toThrow('broken');
  await expect(shared.get('x', read)).resolves.toBe('ok');
});
