// Our scan of a chart as the chart tests run it (the lab's helm, no other input), and a listing
// of a folder that shows any change to it.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { quietRun } from '../../actions/lib/core/exec';
import { collectReferences, CollectedReferences } from '../../actions/lib/verify/targets';
import { requireLab } from '../lab/lab';

export interface ChartOptions {
  set?: string[];
  values?: string[];
  kubeVersion?: string;
  /** What `chart` is relative to (default: the repository). */
  cwd?: string;
}

/** The references verify-platforms collects for a chart rendered by the lab's helm. */
export function collectChart(chart: string, o: ChartOptions = {}): Promise<CollectedReferences> {
  return collectReferences(
    {
      chart: {
        chart,
        values: o.values ?? [],
        set: o.set ?? [],
        kubeVersion: o.kubeVersion,
        helm: { file: requireLab().LAB_HELM }
      },
      manifests: [],
      dockerfiles: [],
      buildArgs: {},
      cwd: o.cwd ?? process.cwd()
    },
    { exec: quietRun }
  );
}

/** The distinct references found, sorted. */
export const refs = (c: CollectedReferences): string[] =>
  [...new Set(c.scanned.map(s => s.found.reference))].sort();

/** Every path below `dir`, with its link target or a hash of its content. */
export function treeListing(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .map(e => {
      const abs = path.join(e.parentPath ?? e.path, e.name);
      const kind = e.isSymbolicLink() ? `-> ${fs.readlinkSync(abs)}` : e.isDirectory() ? 'dir' : '';
      const hash = e.isFile() ? crypto.createHash('sha256').update(fs.readFileSync(abs)).digest('hex') : '';
      return `${path.relative(dir, abs)} ${kind}${hash}`;
    })
    .sort();
}
