/**
 * A lane key made from its label: lower case, letters and digits joined by hyphens, unique among
 * `taken` (a suffix -2, -3 … when needed). Falls back to "pelaksana" for a label with no letters.
 *
 * @example laneKey('Kasubbag Program', []) // 'kasubbag-program'
 * @example laneKey('Staf', ['staf']) // 'staf-2'
 */
export function laneKey(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'pelaksana';
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
