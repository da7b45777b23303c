/**
 * False discovery rate: the Benjamini–Hochberg (1995) step-up procedure, and the hot/cold spot
 * classes ArcGIS's Hot Spot Analysis reports (Gi_Bin) with its FDR correction.
 *
 * Benjamini–Hochberg at level q for m p-values: sort them, p_(1) ≤ … ≤ p_(m); find the largest k
 * with p_(k) ≤ k·q/m; every p-value ≤ p_(k) is significant (none if there is no such k). Tied
 * p-values are therefore all significant or all not. It controls the expected share of false
 * positives among the cells called significant at q (for independent or positively dependent
 * tests; neighbouring Gi* values are positively correlated, the case ArcGIS also applies it to).
 *
 * A cell is then, by the sign of its z-score (the p-values are two-sided):
 *   hot-99 / cold-99  significant under BH at q = 0.01
 *   hot-95 / cold-95  otherwise, significant at q = 0.05
 *   hot-90 / cold-90  otherwise, significant at q = 0.10
 *   none              otherwise (and always when z = 0)
 * The three levels are nested: raising q only raises every k·q/m, so whatever is significant at
 * 0.01 is significant at 0.05 and 0.10 — "hot at 90 %" means any of the three hot classes.
 */

export type HotSpotClass = 'hot-99' | 'hot-95' | 'hot-90' | 'cold-99' | 'cold-95' | 'cold-90' | 'none';
export type Confidence = 99 | 95 | 90 | 0;

export interface HotSpotClassification {
  class: HotSpotClass;
  confidence: Confidence;
  /** ArcGIS's Gi_Bin: +3/+2/+1 hot at 99/95/90 %, −1/−2/−3 cold, 0 not significant */
  bin: -3 | -2 | -1 | 0 | 1 | 2 | 3;
}

export const CONFIDENCE_LEVELS: readonly { confidence: 99 | 95 | 90; q: number }[] = Object.freeze([
  { confidence: 99, q: 0.01 },
  { confidence: 95, q: 0.05 },
  { confidence: 90, q: 0.1 },
]);

function checkPValues(pValues: readonly number[]): void {
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-value ${i} is not in [0, 1]: ${p}`);
  });
}

function checkLevel(q: number): void {
  if (!(q > 0 && q <= 1)) throw new RangeError(`the FDR level q must be in (0, 1], got ${q}`);
}

/** Indices sorted by p-value ascending; equal p-values keep input order (deterministic). */
function ascending(pValues: readonly number[]): number[] {
  return pValues.map((_, i) => i).sort((a, b) => pValues[a]! - pValues[b]! || a - b);
}

/**
 * The Benjamini–Hochberg cut-off p_(k) at level q: the largest sorted p-value with p_(k) ≤ k·q/m.
 * A p-value is significant iff it is ≤ the cut-off; −1 when nothing is significant.
 */
export function benjaminiHochbergCutoff(pValues: readonly number[], q: number): number {
  checkLevel(q);
  checkPValues(pValues);
  const m = pValues.length;
  const order = ascending(pValues);
  for (let k = m; k >= 1; k--) {
    const p = pValues[order[k - 1]!]!;
    if (p <= (k * q) / m) return p;
  }
  return -1;
}

/** Which p-values are significant under Benjamini–Hochberg at level q (same order as the input). */
export function benjaminiHochberg(pValues: readonly number[], q: number): boolean[] {
  const cutoff = benjaminiHochbergCutoff(pValues, q);
  return pValues.map((p) => p <= cutoff);
}

/**
 * BH-adjusted p-values ("q-values"): p̃_(i) = min over k ≥ i of min(1, m·p_(k)/k). A test is
 * significant at level q exactly when its adjusted p-value is ≤ q (up to floating-point rounding at
 * the boundary; `benjaminiHochberg` is the reference).
 */
export function benjaminiHochbergAdjusted(pValues: readonly number[]): number[] {
  checkPValues(pValues);
  const m = pValues.length;
  const order = ascending(pValues);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let k = m; k >= 1; k--) {
    const i = order[k - 1]!;
    running = Math.min(running, (m * pValues[i]!) / k);
    adjusted[i] = running;
  }
  return adjusted;
}

export interface ClassifyOptions {
  /** 'fdr' (default): Benjamini–Hochberg over all given cells; 'none': raw p ≤ 0.01/0.05/0.10 */
  correction?: 'fdr' | 'none';
}

/**
 * The hot/cold class of each result (same order). All results of one analysis (one week) must be
 * classified together: the FDR correction depends on the whole set.
 */
export function classifyHotSpots(results: readonly { z: number; p: number }[], options: ClassifyOptions = {}): HotSpotClassification[] {
  const pValues = results.map((r) => r.p);
  checkPValues(pValues);
  results.forEach((r, i) => {
    if (Number.isNaN(r.z)) throw new RangeError(`z-score ${i} is NaN`);
  });
  const significant = CONFIDENCE_LEVELS.map(({ q }) =>
    options.correction === 'none' ? pValues.map((p) => p <= q) : benjaminiHochberg(pValues, q),
  );
  return results.map(({ z }, i) => {
    if (z === 0) return { class: 'none', confidence: 0, bin: 0 };
    const level = CONFIDENCE_LEVELS.findIndex((_, l) => significant[l]![i]);
    if (level < 0) return { class: 'none', confidence: 0, bin: 0 };
    const { confidence } = CONFIDENCE_LEVELS[level]!;
    const strength = (3 - level) as 1 | 2 | 3;
    return z > 0
      ? { class: `hot-${confidence}`, confidence, bin: strength }
      : { class: `cold-${confidence}`, confidence, bin: (-strength) as -1 | -2 | -3 };
  });
}

/** Hot at 90 % or more (any hot class). */
export function isHot(c: HotSpotClass): boolean {
  return c === 'hot-99' || c === 'hot-95' || c === 'hot-90';
}

/** Cold at 90 % or more (any cold class). */
export function isCold(c: HotSpotClass): boolean {
  return c === 'cold-99' || c === 'cold-95' || c === 'cold-90';
}

export interface WeekClassOptions extends ClassifyOptions {
  /**
   * A hot class needs at least this many incidents in the cell and its ring (Σ_j w_ij x_j);
   * below it the cell is 'none' (default 0: no such rule). Cold classes are not touched.
   */
  minHotNeighbourhood?: number;
}

const NOT_SIGNIFICANT: HotSpotClassification = Object.freeze({ class: 'none', confidence: 0, bin: 0 });

/**
 * The classes of one week's Gi* cells, with the rule that a hot spot must rest on enough incidents.
 * The one definition of "hot in a week": the week shown and every week of an emerging series use it,
 * so a pattern that needs a hot final week never disagrees with that week's class.
 */
export function classifyWeek(
  cells: readonly { z: number; p: number; localSum: number }[],
  options: WeekClassOptions = {},
): HotSpotClassification[] {
  const min = options.minHotNeighbourhood ?? 0;
  return classifyHotSpots(cells, options).map((cls, i) => (isHot(cls.class) && cells[i]!.localSum < min ? NOT_SIGNIFICANT : cls));
}
