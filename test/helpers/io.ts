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
