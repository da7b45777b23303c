/**
 * The Mann-Kendall trend test (Mann 1945, Kendall 1975) on a time series x_1 … x_n, oldest first.
 *
 *     S = Σ_{i<j} sgn(x_j − x_i)
 *
 *     Var(S) = ( n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5) ) / 18
 *       where the sum runs over the groups of tied (equal) values, t_g the size of group g
 *
 *     z = (S − 1)/√Var(S) if S > 0,   0 if S = 0,   (S + 1)/√Var(S) if S < 0   (continuity correction)
 *
 * p is two-sided from the standard normal; the trend is 'up' (S > 0) or 'down' (S < 0) when p ≤ alpha,
 * else 'none'. tau is Kendall's tau-a, S / (n(n−1)/2).
 *
 * The normal approximation is the usual one and what ArcGIS uses; for short series it is rough
 * (exact tables of S exist for n ≤ 10). Degenerate series: n < 2, or every value equal (Var(S) = 0),
 * give S = 0, z = 0, p = 1, 'none'. With n = 2 or 3 a trend can never be significant at 0.05.
 */
import { twoSidedP } from './normal.js';

export type TrendDirection = 'up' | 'down' | 'none';

export interface MannKendallResult {
  n: number;
  s: number;
  variance: number;
  z: number;
  p: number;
  tau: number;
  trend: TrendDirection;
  /** sizes of the groups of tied values (only groups of 2 or more), ascending */
  tieGroups: number[];
}

export const DEFAULT_TREND_ALPHA = 0.05;

function tieGroupSizes(series: readonly number[]): number[] {
  const sorted = [...series].sort((a, b) => a - b);
  const groups: number[] = [];
  let run = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]) run++;
    else {
      if (run > 1) groups.push(run);
      run = 1;
    }
  }
  return groups.sort((a, b) => a - b);
}

export function mannKendall(series: readonly number[], alpha: number = DEFAULT_TREND_ALPHA): MannKendallResult {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  series.forEach((x, i) => {
    if (!Number.isFinite(x)) throw new RangeError(`value ${i} of the series is not a finite number: ${x}`);
  });
  const n = series.length;
  let s = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) s += Math.sign(series[j]! - series[i]!);
  }
  s += 0; // no −0
  const tieGroups = tieGroupSizes(series);
  const tieTerm = tieGroups.reduce((sum, t) => sum + t * (t - 1) * (2 * t + 5), 0);
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const z = variance > 0 && s !== 0 ? (s > 0 ? s - 1 : s + 1) / Math.sqrt(variance) : 0;
  const p = z === 0 ? 1 : twoSidedP(z);
  const pairs = (n * (n - 1)) / 2;
  const tau = pairs > 0 ? s / pairs : 0;
  const trend: TrendDirection = p <= alpha && z !== 0 ? (s > 0 ? 'up' : 'down') : 'none';
  return { n, s, variance, z, p, tau, trend, tieGroups };
}
