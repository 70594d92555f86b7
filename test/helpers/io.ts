// A CLI Io that keeps what the command writes, for assertions.
import type { Io } from '../../actions/cli/execute';

export function captureIo(): Io & { out: string; err: string } {
  const r = {
    out: '',
    err: '',
    color: false,
    stdout: (s: string) => void (r.out += s),
    stderr: (s: string) => void (r.err += s)
  };
  return r;
}

interface KeptOutput {
  read: () => string;
  clear: () => void;
}

const kept = (): KeptOutput => {
  const k = (globalThis as { __archActionsOutput?: KeptOutput }).__archActionsOutput;
  if (!k) throw new Error('toolkitOutput needs the quiet test environment (jest.config.js)');
  return k;
};

/**
 * What code under test wrote to stdout during the current test (the toolkit's ::debug::,
 * ::group:: and info lines): the quiet test environment keeps it instead of printing it.
 */
export function toolkitOutput(): string {
  return kept().read();
}

/** Forgets what was kept so far in this test, so a later toolkitOutput() reads only what follows. */
export function clearToolkitOutput(): void {
  kept().clear();
}
