/**
 * Orders strings by their UTF-16 code units. Unlike localeCompare, it needs no ICU collator (set
 * up on first use: 10-70 ms on a runner, in the middle of a merge) and sorts alike under any locale.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
