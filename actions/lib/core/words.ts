/** `1 image`, `2 images`, `1 registry`, `3 registries`: a count with its noun in the right number. */
export function count(n: number, singular: string, plural?: string): string {
  const many = plural ?? (/[^aeiou]y$/.test(singular) ? `${singular.slice(0, -1)}ies` : `${singular}s`);
  return `${n} ${n === 1 ? singular : many}`;
}
