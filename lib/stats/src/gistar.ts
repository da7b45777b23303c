/**
 * Getis-Ord Gi* (Getis & Ord 1992; Ord & Getis 1995), the statistic of ArcGIS's Hot Spot Analysis,
 * on the hexagon grid's cell counts.
 *
 * Study area: exactly the cells the caller passes, n of them — cells with count 0 must be passed
 * too, or they do not exist for the statistic (neither in the mean nor as neighbours).
 *
 * Neighbourhood of cell i: i itself and those of its 6 edge neighbours that are in the study area,
 * with binary weights (w_ii = 1, w_ij = 1 for those neighbours, 0 otherwise). A cell at the edge of
 * the study area simply has fewer neighbours; nothing is imputed beyond it.
 *
 *     X̄ = Σ_j x_j / n                S = √( Σ_j x_j² / n − X̄² )
 *
 *     Gi* = ( Σ_j w_ij x_j − X̄ Σ_j w_ij ) / ( S √( (n Σ_j w_ij² − (Σ_j w_ij)²) / (n − 1) ) )
 *
 * With binary weights Σ_j w_ij² = Σ_j w_ij = W_i (the neighbourhood size, 1…7), so the root is
 * √( W_i (n − W_i) / (n − 1) ). Gi* is a z-score; its p-value is two-sided from the standard normal.
 * It is evaluated multiplied through by n, z = (n·L_i − T·W_i) / √( (n·Q − T²) · W_i(n − W_i) / (n − 1) ) with
 * T = Σ x_j, Q = Σ x_j², L_i = Σ_j w_ij x_j: for integer counts every sum is an exact integer (below
 * 2^53), so equal inputs give bit-identical z-scores. Agrees with R's spdep::localG (binary weights,
 * self included) to ~1e-13.
 *
 * Degenerate cases:
 * - n < 3: no statistic (status 'too-few-cells', no cells returned). With n = 1 the variance has
 *   n − 1 = 0 in its denominator; with n = 2 each cell is either its own whole neighbourhood or
 *   compares one value with the other, so z is 0/0 or ±1 whatever the counts — no information.
 * - every count equal (S = 0, including all zero): status 'no-variance', every z = 0 and p = 1.
 * - a neighbourhood covering the whole study area (W_i = n, e.g. the centre of a 7-cell flower):
 *   numerator and denominator are both 0; that cell gets z = 0 and p = 1 (it cannot differ from the
 *   area it equals).
 */
import { cellKey, NEIGHBOUR_OFFSETS } from './hexgrid.js';
import { twoSidedP } from './normal.js';

export interface CellCount {
  q: number;
  r: number;
  /** the count (any finite number works; incidents per cell in practice) */
  count: number;
}

export interface GiStarCell {
  q: number;
  r: number;
  key: string;
  count: number;
  /** W_i = Σ_j w_ij: 1 (itself) + its neighbours in the study area */
  weight: number;
  /** Σ_j w_ij x_j */
  localSum: number;
  /** the Gi* z-score */
  z: number;
  /** two-sided p-value of z */
  p: number;
}

export type GiStarStatus = 'ok' | 'no-variance' | 'too-few-cells';

export interface GiStarResult {
  status: GiStarStatus;
  /** number of cells in the study area */
  n: number;
  /** X̄ (NaN when n = 0) */
  mean: number;
  /** S (NaN when n = 0) */
  s: number;
  /** one entry per input cell, in input order (empty for 'too-few-cells') */
  cells: GiStarCell[];
}

export const MIN_CELLS = 3;

export function getisOrdGiStar(input: readonly CellCount[]): GiStarResult {
  const n = input.length;
  const byKey = new Map<string, number>();
  input.forEach((cell, index) => {
    const key = cellKey(cell.q, cell.r);
    if (byKey.has(key)) throw new RangeError(`cell ${key} is given twice`);
    if (!Number.isFinite(cell.count)) throw new RangeError(`cell ${key} has a count that is not a finite number: ${cell.count}`);
    byKey.set(key, index);
  });

  // Every sum stays in the counts' own units: with integer counts they are exact integers, so two
  // cells (or one cell in two weeks) with the same neighbourhood sum, weight and area totals get
  // bit-identical z-scores, and the trend test sees their tie. (Deviations from a floating-point mean
  // differed in the last bit by summation order and hid such ties.)
  let sum = 0;
  let sumOfSquares = 0;
  for (const cell of input) {
    sum += cell.count;
    sumOfSquares += cell.count * cell.count;
  }
  const mean = n > 0 ? sum / n : Number.NaN;
  const allEqual = input.every((cell) => cell.count === input[0]!.count);
  // n·Σx² − (Σx)² = n²·S²
  // (Fractional counts could cancel to ≤ 0 here; they are then treated as all equal.)
  const spread = allEqual ? 0 : Math.max(0, n * sumOfSquares - sum * sum);
  const s = n > 0 ? Math.sqrt(spread) / n : Number.NaN;

  if (n < MIN_CELLS) return { status: 'too-few-cells', n, mean, s, cells: [] };

  const cells = input.map((cell): GiStarCell => {
    let weight = 1;
    let localSum = cell.count;
    for (const d of NEIGHBOUR_OFFSETS) {
      const j = byKey.get(cellKey(cell.q + d.q, cell.r + d.r));
      if (j === undefined) continue;
      weight += 1;
      localSum += input[j]!.count;
    }
    let z = 0;
    if (spread > 0 && weight < n) {
      // Gi* = (n·L − T·W) / √( (n·Σx² − T²) · W(n − W) / (n − 1) ), the formula above multiplied through by n.
      z = (n * localSum - sum * weight) / Math.sqrt((spread * (weight * (n - weight))) / (n - 1));
    }
    return { q: cell.q + 0, r: cell.r + 0, key: cellKey(cell.q, cell.r), count: cell.count, weight, localSum, z, p: z === 0 ? 1 : twoSidedP(z) };
  });
  return { status: spread === 0 ? 'no-variance' : 'ok', n, mean, s, cells };
}
