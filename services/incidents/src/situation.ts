import { type Queryable } from '@tk/gis';
import { addWeeks, sameWeekYearEarlier } from '@tk/time';
import type { Week } from './db/hotspots.js';
import { categoryFigures, type SituationFigures } from './db/situations.js';
import { analyseHotspots, type HotspotBudget } from './hotspots.js';

/** The figures of a district's week as they are now: counts, comparisons and hot cells (hot-spot work, spent from `budget`). */
export async function liveFigures(db: Queryable, districtId: string, week: Week, budget: HotspotBudget): Promise<SituationFigures> {
  const yearAgo = sameWeekYearEarlier(week);
  const byCategory = await categoryFigures(db, districtId, addWeeks(week, -4), week, yearAgo);
  const hotspots = await analyseHotspots(db, { week, districtIds: [districtId], trendWeeks: 8 }, budget);
  const sum = (pick: (c: (typeof byCategory)[number]) => number) => byCategory.reduce((s, c) => s + pick(c), 0);
  // A week 53 has no namesake a year earlier: no figure, rather than a 0 that reads as "no incidents".
  return {
    total: sum((c) => c.count),
    previousFourWeeksAverage: sum((c) => c.previousFourWeeksAverage),
    sameWeekLastYear: yearAgo ? sum((c) => c.sameWeekLastYear ?? 0) : null,
    byCategory,
    hotCells: hotspots.cells
      // A cell without incidents can be "hot" through its neighbours; the picture lists where things happened.
      .filter((c) => c.class.startsWith('hot') && c.count > 0)
      .map((c) => ({ key: c.key, count: c.count, z: Math.round(c.z * 100) / 100, confidence: c.confidence, emerging: c.emerging })),
  };
}
