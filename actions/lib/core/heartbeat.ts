// Long work that prints nothing of its own (helm dependency build, helm template of a big chart)
// says every few seconds what runs and for how long, as buildx and the toolkit's groups do.
import * as core from './toolkit';

/** How often long work says it still runs. */
export const HEARTBEAT_MS = 5000;

/** Runs `work`; past each interval, one line: `helm template of charts/openebs: still running (10 s)`. */
export async function withHeartbeat<T>(
  label: string,
  work: () => Promise<T>,
  opts: { intervalMs?: number; log?: (line: string) => void } = {}
): Promise<T> {
  const log = opts.log ?? core.info;
  const started = Date.now();
  const timer = setInterval(
    () => log(`${label}: still running (${Math.round((Date.now() - started) / 1000)} s)`),
    opts.intervalMs ?? HEARTBEAT_MS
  );
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
