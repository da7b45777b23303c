/**
 * A hexagon cell's short, stable name for people: its grid key "q:r" (hexagon coordinates, which
 * change with nothing but the grid) as two base-36 digits per axis, e.g. "-21369:49836" → "IF-GC".
 * Two cells share a code only 1,296 cells (about 190 km) apart, far outside one municipality.
 */
export function cellCode(key: string): string {
  const axes = key.split(':').map(Number);
  if (axes.length !== 2 || !axes.every(Number.isInteger)) return key;
  return axes.map((n) => (((n % 1296) + 1296) % 1296).toString(36).toUpperCase().padStart(2, '0')).join('-');
}
