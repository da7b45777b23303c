/** An incident count as the API gives it (District.incidentCount); every field may be null. */
export interface IncidentCountValue {
  exact?: boolean | null;
  value?: number | null;
  atLeast?: number | null;
  hiddenCells?: number | null;
}

/**
 * What to show for a count. Roles that may not see single incidents get sums of district-weeks;
 * weeks with 1–4 incidents they cannot see are left out (`hiddenCells`), so:
 * - `exact`: the full count (exact, or nothing was left out);
 * - `underFive`: only hidden weeks, i.e. fewer than 5 incidents in each of `hiddenWeeks` weeks;
 * - `atLeast`: the published weeks add up to `value`, and `hiddenWeeks` more had 1–4 each;
 * - `unknown`: no usable count.
 * `rule` is true when the district-weeks rule shaped the number, so the panel should explain it.
 */
export type CountDisplay =
  | { kind: 'exact'; value: number; rule: boolean }
  | { kind: 'underFive'; hiddenWeeks: number; rule: true }
  | { kind: 'atLeast'; value: number; hiddenWeeks: number; rule: true }
  | { kind: 'unknown'; rule: false };

const count = (n: number | null | undefined): number | null =>
  typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : null;

export function countDisplay(input: IncidentCountValue | null | undefined): CountDisplay {
  if (!input) return { kind: 'unknown', rule: false };
  const value = count(input.value);
  const atLeast = count(input.atLeast);
  const hidden = count(input.hiddenCells) ?? 0;
  const rule = input.exact !== true;
  if (value !== null && (input.exact === true || hidden === 0)) return { kind: 'exact', value, rule };
  if (hidden === 0) return atLeast === null ? { kind: 'unknown', rule: false } : { kind: 'exact', value: atLeast, rule };
  if (!atLeast) return { kind: 'underFive', hiddenWeeks: hidden, rule: true };
  return { kind: 'atLeast', value: atLeast, hiddenWeeks: hidden, rule: true };
}

/** A number to compare districts by (list bars): the shown count, or what is known of it. */
export function comparableCount(display: CountDisplay): number {
  return display.kind === 'exact' || display.kind === 'atLeast' ? display.value : 0;
}
