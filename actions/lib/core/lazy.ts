/**
 * A value made on first use, then kept: for packages a run may not need (a tar reader, the tool
 * cache), so that starting an action does not pay for loading them.
 */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
