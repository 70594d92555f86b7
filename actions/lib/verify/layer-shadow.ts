// Whiteouts: which paths of a lower layer never reach the container, as overlay filesystems apply them.
const OPAQUE = '.wh..wh..opq';

/**
 * What upper layers hide from lower ones, as overlay filesystems apply it: a file or
 * whiteout hides the same path below, and a whiteout, an opaque marker or a non-directory
 * hides everything under its path. Memory grows with the number of paths, not their size.
 */
export class LayerShadow {
  private readonly paths = new Set<string>();
  private readonly trees = new Set<string>();
  private pendingPaths: string[] = [];
  private pendingTrees: string[] = [];

  hides(path: string): boolean {
    if (this.paths.has(path)) return true;
    for (let at = path.indexOf('/'); at > 0; at = path.indexOf('/', at + 1)) {
      if (this.trees.has(path.slice(0, at))) return true;
    }
    return this.trees.has(path);
  }

  /** Records an entry of the layer being read; it takes effect for the layers below. */
  record(path: string, isDirectory: boolean): void {
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    const base = path.slice(slash + 1);
    if (base === OPAQUE) {
      if (dir) this.pendingTrees.push(dir);
    } else if (base.startsWith('.wh.')) {
      const gone = (dir ? `${dir}/` : '') + base.slice(4);
      this.pendingPaths.push(gone);
      this.pendingTrees.push(gone);
    } else {
      this.pendingPaths.push(path);
      if (!isDirectory) this.pendingTrees.push(path);
    }
  }

  /** Ends a layer: what it recorded now hides the layers below it. */
  commit(): void {
    for (const p of this.pendingPaths) this.paths.add(p);
    for (const t of this.pendingTrees) this.trees.add(t);
    this.pendingPaths = [];
    this.pendingTrees = [];
  }

  /** Forgets what a layer recorded, for a layer read again from the start. */
  discard(): void {
    this.pendingPaths = [];
    this.pendingTrees = [];
  }
}
