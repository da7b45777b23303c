/**
 * Emerging hot spots: the pattern of one cell over a series of weeks, following the categories of
 * ArcGIS Pro's Emerging Hot Spot Analysis.
 *
 * Input per cell: its weekly Gi* results, oldest first — the z-score and the class after the FDR
 * correction of that week (`classifyHotSpots`). A week counts as a hot step when the class is hot at
 * 90 % or more (hot-90, hot-95 or hot-99), a cold step likewise. The trend is a Mann-Kendall test on
 * the weekly Gi* z-scores (not on the counts): as in ArcGIS, "intensity" means the strength of the
 * clustering, so a cell whose own count is flat while its neighbourhood heats up intensifies.
 *
 * Hot-spot categories ("≥ 90 %" means hot in at least 90 % of the weeks, 10·hot ≥ 9·weeks in integers;
 * with fewer than 10 weeks that is every week):
 *
 * - new: hot in the final week and in no week before it.
 * - consecutive: hot in an unbroken run of at least two weeks that ends with the final week, never
 *   hot before that run, and hot in less than 90 % of the weeks.
 * - intensifying: hot in ≥ 90 % of the weeks, the final week among them, and the z-scores have a
 *   significant upward trend.
 * - persistent: hot in ≥ 90 % of the weeks, the final week among them, and no significant trend in
 *   the z-scores either way.
 * - diminishing: hot in ≥ 90 % of the weeks, the final week among them, and the z-scores have a
 *   significant downward trend.
 * - sporadic: hot in the final week, hot in less than 90 % of the weeks, on and off (there is a
 *   non-hot week between two hot ones, so it is neither new nor consecutive), and never a cold spot.
 * - oscillating: hot in the final week, a significant cold spot in some earlier week, and hot in
 *   less than 90 % of the weeks.
 * - historical: not hot in the final week, but hot in ≥ 90 % of the weeks.
 * - none: none of these (and a cell never significant).
 *
 * Cold-spot categories mirror these with hot and cold swapped; "intensifying" for a cold spot means
 * the z-scores trend significantly downward (ever colder), "diminishing" upward.
 *
 * Compared with the published definitions (ArcGIS Pro, "How Emerging Hot Spot Analysis works"):
 * - Their "new" and "consecutive" say the location was never a significant hot spot before, and say
 *   nothing about cold spots; "oscillating" is a final-week hot spot with a cold-spot history. Both
 *   could describe the same series (cold earlier, hot only now); here oscillating wins: any cold week
 *   before a final hot week with < 90 % hot makes the cell oscillating, never new/consecutive/sporadic.
 * - Their "persistent" does not mention the final step; here it requires it (otherwise the cell is
 *   historical, whose definition is exactly "final step not hot, ≥ 90 % hot"), as intensifying and
 *   diminishing do.
 * - Older versions of the text say "a single uninterrupted run of … hot spot bins in the final
 *   time-step intervals" for consecutive; newer ones add "at least two". A run of one is "new" anyway.
 * - When both a hot and a cold pattern fit (e.g. hot 9 of 10 weeks, cold in the 10th: historical hot
 *   and oscillating cold), the pattern of the final week's own state wins: final hot → hot patterns,
 *   final cold → cold patterns, final neither → historical hot or cold.
 * - ArcGIS computes a space-time Gi* (neighbours in the previous weeks too, one mean over the whole
 *   cube) and states no significance level for the trend test; here each week's Gi* is purely spatial
 *   (`getisOrdGiStar`), and the trend level is an option, by default 0.05.
 */
import { classifyWeek, isCold, isHot, type HotSpotClass, type WeekClassOptions } from './fdr.js';
import { getisOrdGiStar, MIN_CELLS, type CellCount } from './gistar.js';
import { cellKey } from './hexgrid.js';
import { DEFAULT_TREND_ALPHA, mannKendall, type MannKendallResult, type TrendDirection } from './mann-kendall.js';

export type EmergingCategory =
  | 'new'
  | 'consecutive'
  | 'intensifying'
  | 'persistent'
  | 'diminishing'
  | 'sporadic'
  | 'oscillating'
  | 'historical'
  | 'none';

export interface EmergingStep {
  /** the week's Gi* z-score of the cell */
  z: number;
  /** the week's class after FDR correction */
  class: HotSpotClass;
}

export interface EmergingResult {
  category: EmergingCategory;
  /** whether the category is a hot-spot or a cold-spot pattern; null for 'none' */
  spot: 'hot' | 'cold' | null;
  steps: number;
  hotSteps: number;
  coldSteps: number;
  /** Mann-Kendall on the weekly z-scores */
  trend: MannKendallResult;
}

export interface EmergingOptions {
  /** significance level of the Mann-Kendall trend (two-sided p ≤ alpha), default 0.05 */
  trendAlpha?: number;
  /** report cold-spot patterns too (default true); when false only hot patterns or 'none' */
  coldSpots?: boolean;
}

type Pattern = Exclude<EmergingCategory, 'none'>;

/** The pattern of `spot` steps (hot, or cold for the mirror), `opposite` the other kind. */
function pattern(spot: readonly boolean[], opposite: readonly boolean[], trend: TrendDirection): Pattern | null {
  const n = spot.length;
  const count = spot.filter(Boolean).length;
  const mostly = count > 0 && 10 * count >= 9 * n;
  if (!spot[n - 1]) return mostly ? 'historical' : null;
  if (mostly) return trend === 'up' ? 'intensifying' : trend === 'down' ? 'diminishing' : 'persistent';
  if (opposite.some(Boolean)) return 'oscillating';
  if (count === 1) return 'new';
  let run = 0;
  for (let i = n - 1; i >= 0 && spot[i]; i--) run++;
  return run === count ? 'consecutive' : 'sporadic';
}

const flip = (t: TrendDirection): TrendDirection => (t === 'up' ? 'down' : t === 'down' ? 'up' : 'none');

/** The emerging category of one cell from its weekly Gi* results, oldest week first. */
export function emergingCategory(steps: readonly EmergingStep[], options: EmergingOptions = {}): EmergingResult {
  const trend = mannKendall(
    steps.map((s) => s.z),
    options.trendAlpha ?? DEFAULT_TREND_ALPHA,
  );
  const hot = steps.map((s) => isHot(s.class));
  const cold = steps.map((s) => isCold(s.class));
  steps.forEach((s, i) => {
    if ((hot[i] && !(s.z > 0)) || (cold[i] && !(s.z < 0))) throw new RangeError(`week ${i}: class ${s.class} does not fit z = ${s.z}`);
  });
  const withColdSpots = options.coldSpots ?? true;
  const n = steps.length;
  const base = { steps: n, hotSteps: hot.filter(Boolean).length, coldSteps: cold.filter(Boolean).length, trend };
  if (n === 0) return { category: 'none', spot: null, ...base };

  const hotPattern = pattern(hot, cold, trend.trend);
  const coldPattern = withColdSpots ? pattern(cold, hot, flip(trend.trend)) : null;
  if (hot[n - 1]) return { category: hotPattern!, spot: 'hot', ...base };
  if (cold[n - 1] && coldPattern) return { category: coldPattern, spot: 'cold', ...base };
  if (hotPattern) return { category: hotPattern, spot: 'hot', ...base };
  if (coldPattern) return { category: coldPattern, spot: 'cold', ...base };
  return { category: 'none', spot: null, ...base };
}

export interface WeeklyStep {
  count: number;
  /** incidents in the cell and its ring */
  localSum: number;
  z: number;
  p: number;
  class: HotSpotClass;
}

export interface EmergingCell {
  q: number;
  r: number;
  key: string;
  /** one per week, oldest first */
  weeks: WeeklyStep[];
  emerging: EmergingResult;
}

/**
 * The whole analysis from weekly cell counts: for each week Gi* over the study area and its classes
 * (`classifyWeek`, with the same options in every week), then each cell's emerging category. Every week must list the same cells (the study area
 * does not change from week to week; cells without incidents are passed with count 0). Output in the
 * order of the first week's cells.
 */
export function emergingHotSpots(
  weeks: readonly (readonly CellCount[])[],
  options: EmergingOptions & WeekClassOptions = {},
): EmergingCell[] {
  if (weeks.length === 0) return [];
  const first = weeks[0]!;
  const keys = first.map((c) => cellKey(c.q, c.r));
  if (keys.length < MIN_CELLS) throw new RangeError(`Gi* needs at least ${MIN_CELLS} cells, the study area has ${keys.length}`);
  const position = new Map(keys.map((k, i) => [k, i]));
  const series: WeeklyStep[][] = keys.map(() => []);
  weeks.forEach((week, w) => {
    if (week.length !== keys.length) throw new RangeError(`week ${w} has ${week.length} cells, week 0 has ${keys.length}`);
    const gi = getisOrdGiStar(week);
    const classes = classifyWeek(gi.cells, options);
    gi.cells.forEach((cell, i) => {
      const at = position.get(cell.key);
      if (at === undefined) throw new RangeError(`week ${w} has cell ${cell.key}, which week 0 does not have`);
      series[at]!.push({ count: cell.count, localSum: cell.localSum, z: cell.z, p: cell.p, class: classes[i]!.class });
    });
  });
  return first.map((c, i) => ({
    q: c.q + 0,
    r: c.r + 0,
    key: keys[i]!,
    weeks: series[i]!,
    emerging: emergingCategory(series[i]!, options),
  }));
}
