// Level 3 started before verify: the build one-liner reads each platform's layers back from the
// registry as soon as that platform is pushed, while the next one builds. Verify takes the verdict
// for the same repository, manifest digest and platform; the bytes judged are the same.
import { formatPlatform, Platform } from '../oci/platform';
import { ImageRef, repositoryName } from '../oci/reference';
import { ImageReader } from '../oci/types';
import { deepCheck, DeepResult, DeepVerdicts } from './image';

export class EarlyDeep implements DeepVerdicts {
  private readonly started = new Map<string, Promise<DeepResult>>();
  private readonly stop = new AbortController();

  constructor(private readonly reader: ImageReader) {}

  private static key(ref: ImageRef, digest: string, p: Platform): string {
    return `${repositoryName(ref)}@${digest} ${formatPlatform(p)}`;
  }

  /** Starts reading the layers of `repo@digest` for `p`; its failure is verify's to report. */
  start(repo: ImageRef, digest: string, p: Platform): void {
    if (this.stop.signal.aborted) return;
    const ref = { ...repo, tag: undefined, digest };
    const verdict = deepCheck(this.reader, ref, digest, p, this.stop.signal);
    verdict.catch(() => undefined);
    this.started.set(EarlyDeep.key(ref, digest, p), verdict);
  }

  take(ref: ImageRef, digest: string, p: Platform): Promise<DeepResult> | undefined {
    const key = EarlyDeep.key(ref, digest, p);
    const verdict = this.started.get(key);
    this.started.delete(key);
    return this.stop.signal.aborted ? undefined : verdict;
  }

  /** Ends the reads nobody took (a verdict cut short is never taken); resolves once they have stopped. */
  async dispose(): Promise<void> {
    this.stop.abort();
    const left = [...this.started.values()];
    this.started.clear();
    await Promise.allSettled(left);
  }
}
