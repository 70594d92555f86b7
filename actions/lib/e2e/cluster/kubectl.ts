import { CheckError } from '../../core/errors';
import * as execLib from '../../core/exec';

/** Runs a tool without throwing; `stream` shows its output in the log (user tests). */
export type KubeExec = (
  tool: string,
  args: string[],
  opts?: { env?: Record<string, string>; stream?: boolean }
) => Promise<{ exitCode: number; stdout: string; stderr: string }>;

/** kind, kubectl and helm through exec.run: each killed with what it started past `timeoutMs`. */
export const kubeExec =
  (timeoutMs?: number): KubeExec =>
  (tool, args, opts) =>
    execLib.run(tool, args, { ignoreReturnCode: true, silent: !opts?.stream, env: opts?.env, timeoutMs });

export const defaultExec: KubeExec = kubeExec();

/** The reason a tool gave for failing: its last stderr line, else stdout's, else the code. */
export function failureReason(res: { exitCode: number; stdout: string; stderr: string }): string {
  return execLib.lastLine(res.stderr) || execLib.lastLine(res.stdout) || `exit code ${res.exitCode}`;
}

/** A command-line tool whose failures are CheckErrors naming what was being done. */
export class Tool {
  /** `bin` is read at each call: the tools stage installs the binary after construction. */
  constructor(
    protected readonly exec: KubeExec,
    private readonly bin: () => string
  ) {}

  get path(): string {
    return this.bin();
  }

  protected argv(args: string[]): string[] {
    return args;
  }

  /** Runs and returns stdout; throws `<what> failed: <reason>` on a non-zero exit. */
  async run(args: string[], what: string): Promise<string> {
    const res = await this.exec(this.bin(), this.argv(args));
    if (res.exitCode !== 0) throw new CheckError(`${what} failed: ${failureReason(res)}`);
    return res.stdout;
  }

  /** Runs without throwing (diagnostics and cleanup carry on past failures). */
  attempt(args: string[]): ReturnType<KubeExec> {
    return this.exec(this.bin(), this.argv(args));
  }
}

/** kubectl bound to one cluster's kubeconfig. */
export class Kubectl extends Tool {
  constructor(
    exec: KubeExec,
    bin: () => string,
    readonly kubeconfig: string
  ) {
    super(exec, bin);
  }

  protected override argv(args: string[]): string[] {
    return [...args, '--kubeconfig', this.kubeconfig];
  }

  async json<T>(args: string[], what: string): Promise<T> {
    const out = await this.run([...args, '--output', 'json'], what);
    try {
      return JSON.parse(out) as T;
    } catch (err) {
      throw new CheckError(`${what} printed no JSON: ${(err as Error).message}`);
    }
  }

  /** The items of `kubectl get <kind> [--all-namespaces] --output json`. */
  async items<T>(kind: string, allNamespaces = false): Promise<T[]> {
    const args = ['get', kind, ...(allNamespaces ? ['--all-namespaces'] : [])];
    return (await this.json<{ items?: T[] }>(args, `kubectl get ${kind}`)).items ?? [];
  }
}
