import { HEARTBEAT_MS, withHeartbeat } from '../../actions/lib/core/heartbeat';
import { toolkitOutput } from '../helpers/io';

describe('long work says it still runs', () => {
  afterEach(() => jest.useRealTimers());

  test('one line per interval with the seconds so far, none once it ended', async () => {
    jest.useFakeTimers();
    const done = withHeartbeat(
      'helm dependency build of charts/openebs',
      () => new Promise<string>(resolve => setTimeout(() => resolve('built'), 2.5 * HEARTBEAT_MS))
    );
    await jest.advanceTimersByTimeAsync(2.5 * HEARTBEAT_MS);
    await expect(done).resolves.toBe('built');
    await jest.advanceTimersByTimeAsync(3 * HEARTBEAT_MS);
    expect(toolkitOutput()).toBe(
      'helm dependency build of charts/openebs: still running (5 s)\n' +
        'helm dependency build of charts/openebs: still running (10 s)\n'
    );
  });

  test('work that fails still stops the lines, and short work prints nothing', async () => {
    jest.useFakeTimers();
    const failing = withHeartbeat('helm template of x', async () => {
      throw new Error('no chart');
    });
    await expect(failing).rejects.toThrow('no chart');
    await jest.advanceTimersByTimeAsync(2 * HEARTBEAT_MS);
    expect(toolkitOutput()).toBe('');
  });
});
