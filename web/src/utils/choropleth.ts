/**
 * Classing district values into a few colour classes for the overview map. Equal intervals from 0 to
 * a round maximum: the steering group compares years, and classes that move with every year's
 * quantiles would make the same colour mean different things from one year to the next.
 */

/** Light to dark; dark enough at the top for white outlines to stand out (checked in the test). */
export const CHOROPLETH_RAMP = ['#fff1e0', '#fdc58a', '#f98d45', '#d9531e', '#8c2d04'] as const;
/**
 * What a high value means decides the ramp, so that dark never reads as "bad" where more is better:
 * risk (incidents, worry, avoided places) in oranges as above; safety (feeling safe at night) in blues
 * (after ColorBrewer Blues); work done (measures, hours of presence) in purples (after Purples).
 */
export const CHOROPLETH_RAMPS = {
  risk: CHOROPLETH_RAMP,
  safety: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
  work: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'],
} as const satisfies Record<string, readonly string[]>;

export type IndicatorMeaning = keyof typeof CHOROPLETH_RAMPS;

/** Districts with no value (not measured, hidden for the role, population missing). */
export const NO_DATA_COLOR = '#c9d0d6';

export interface ValueClass {
  /** Lower bound (inclusive for the first class, exclusive for the rest). */
  from: number;
  /** Upper bound (inclusive). */
  to: number;
  color: string;
}

/** A round number at or above `value`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value - 1e-9) ?? 10;
  return step * power;
}

/**
 * Up to `count` equal classes over [0, a round maximum of the values]; one class when every value
 * is 0, none when there are no values at all.
 */
export function equalClasses(values: readonly (number | null | undefined)[], count: number = CHOROPLETH_RAMP.length, ramp: readonly string[] = CHOROPLETH_RAMP): ValueClass[] {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (known.length === 0 || count < 1 || ramp.length === 0) return [];
  const max = niceCeiling(Math.max(...known));
  if (max === 0) return [{ from: 0, to: 0, color: ramp[0]! }];
  const classes = Math.min(count, ramp.length);
  const width = max / classes;
  // Spread the classes over the whole ramp, so that three classes still run from light to dark.
  const colorAt = (i: number): string => ramp[classes === 1 ? ramp.length - 1 : Math.round((i * (ramp.length - 1)) / (classes - 1))]!;
  return Array.from({ length: classes }, (_, i) => ({ from: i * width, to: (i + 1) * width, color: colorAt(i) }));
}

/** The index of the class a value falls in; null for no value. Values above the last class take it. */
export function classIndex(value: number | null | undefined, classes: readonly ValueClass[]): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || classes.length === 0) return null;
  const index = classes.findIndex((c, i) => (i === 0 ? value <= c.to : value > c.from && value <= c.to));
  return index === -1 ? classes.length - 1 : index;
}

export function colorFor(value: number | null | undefined, classes: readonly ValueClass[]): string {
  const index = classIndex(value, classes);
  return index === null ? NO_DATA_COLOR : classes[index]!.color;
}
