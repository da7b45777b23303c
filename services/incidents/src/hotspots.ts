import {
  cellArea, classifyWeek, DEFAULT_CELL_SIZE, emergingHotSpots, getisOrdGiStar, polygonOf,
  type EmergingCategory, type HotSpotClass, type MannKendallResult, type WeekClassOptions,
} from '@tk/stats';
import { badUserInput, type Geometry, type Queryable } from '@tk/gis';
import { weeksEndingWith, type IsoWeek } from '@tk/time';
import {
  cellIncidentTimes, countsOf, hexagonsToWgs84, studyArea, studyAreaSquareMetres, weeklyCellCounts,
} from './db/hotspots.js';

export const NEIGHBOURHOOD = 'the cell and its ring of 6 neighbouring hexagons (binary weights), Getis-Ord Gi*';
/**
 * Weekly counts are sparse (a few dozen incidents over hundreds of cells): a lone incident then
 * gives its whole neighbourhood a z above 5, "99 % hot". A hot spot must rest on this many
 * incidents in the cell and its ring, or it is not called one.
 */
export const MIN_HOT_NEIGHBOURHOOD = 3;
export const CORRECTION =
  `Benjamini–Hochberg false discovery rate, at 10 %, 5 % and 1 % for 90/95/99 % confidence; hot only with at least ${MIN_HOT_NEIGHBOURHOOD} incidents in the neighbourhood`;

/** What makes a cell hot in a week: the same in the week shown and in every week of its emerging series. */
const WEEK_RULE: WeekClassOptions = { minHotNeighbourhood: MIN_HOT_NEIGHBOURHOOD };

/** One week of a cell's series, as the analysis saw it. */
export interface HotspotCellWeek {
  week: string;
  count: number;
  neighbourhoodCount: number;
  z: number;
  p: number;
  class: HotSpotClass;
}

export interface HotspotCellResult {
  /** "<week>:<cell size>:<q>:<r>": the cell of one week's analysis, as an entity key. */
  id: string;
  key: string;
  /** When the week's incidents in the cell happened: read only when asked for (one query for all cells). */
  incidentTimes: () => Promise<Date[]>;
  districtId: string;
  count: number;
  /** Incidents in the cell and its ring: what a hot class rests on. */
  neighbourhoodCount: number;
  z: number;
  p: number;
  class: HotSpotClass;
  confidence: number;
  emerging: EmergingCategory | null;
  trend: 'up' | 'down' | 'none' | null;
  /** The Mann-Kendall test behind `trend` (null with a single week). */
  trendTest: MannKendallResult | null;
  /** The cell's weeks, oldest first, ending with the week analysed. */
  weeks: HotspotCellWeek[];
  geometry: Geometry;
}

export interface HotspotAnalysis {
  week: string;
  weekStart: Date;
  weekEnd: Date;
  districtIds: string[];
  cellSizeM: number;
  trendWeeks: number;
  neighbourhood: string;
  minHotNeighbourhood: number;
  correction: string;
  studyAreaCells: number;
  incidentsCounted: number;
  status: string;
  cells: HotspotCellResult[];
}

export interface HotspotRequest {
  week: IsoWeek;
  districtIds: string[];
  cellSizeM?: number | null;
  trendWeeks?: number | null;
}

// ---------------------------------------------------------------------------------------------
// The price of the work
//
// An analysis builds the grid of the study area and computes Gi* for every cell in every week it
// looks at (and the trend over those weeks), so its work grows with cells × weeks. The query cost
// limit counts fields, not this: one `hotspots` field over every district in 50 m cells and 104 weeks
// is ~2.8 million cell-weeks and held the process for half a minute. So each analysis is priced
// before any grid or incident query — cells estimated from the districts' area, weeks as analysed —
// and refused over MAX_CELL_WEEKS; and all analyses of one request share REQUEST_CELL_WEEKS.

/** The most one analysis may cost: cells (study area / cell area) × weeks analysed. */
export const MAX_CELL_WEEKS = 100_000;
/** What all hot-spot analyses of one request (aliases, situations' live figures, cell entities) may cost together. */
export const REQUEST_CELL_WEEKS = 200_000;

/** The request's remaining cell-weeks; one per request, in the context, spent by `analyseHotspots`. */
export interface HotspotBudget {
  remaining: number;
}

export const createHotspotBudget = (cellWeeks: number = REQUEST_CELL_WEEKS): HotspotBudget => ({ remaining: cellWeeks });

export interface HotspotCost {
  /** Estimated cells of the study area: the districts' area over the area of one hexagon. */
  cells: number;
  /** Weeks analysed: `trendWeeks` (the week itself and the ones before it), at least 1. */
  weeks: number;
  cellWeeks: number;
}

/** The price of analysing `areaM2` square metres in hexagons `cellSizeM` across the flats over `weeks` weeks. */
export function hotspotCost(areaM2: number, cellSizeM: number, weeks: number): HotspotCost {
  const cells = Math.ceil(Math.max(0, areaM2) / cellArea(cellSizeM));
  const w = Math.max(1, weeks);
  return { cells, weeks: w, cellWeeks: cells * w };
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Prices the analysis and takes it from the request's budget, or refuses (BAD_USER_INPUT) without
 * spending anything. The check and the subtraction have no `await` between them, so analyses
 * resolved side by side (aliases) cannot both spend the same remainder.
 */
export async function chargeHotspotWork(
  db: Queryable,
  budget: HotspotBudget,
  districtIds: readonly string[],
  cellSizeM: number,
  weeks: number,
): Promise<HotspotCost> {
  const cost = hotspotCost(await studyAreaSquareMetres(db, districtIds), cellSizeM, weeks);
  const size = `${thousands(cellSizeM)} m cells`;
  const what = `about ${thousands(cost.cells)} cells (${size}) × ${cost.weeks} week${cost.weeks === 1 ? '' : 's'} = ${thousands(cost.cellWeeks)} cell-weeks`;
  // The argument to change: a grid finer than the default, or a single week, points at the cell size; else at the weeks.
  const field = cellSizeM < DEFAULT_CELL_SIZE || cost.weeks === 1 ? 'cellSizeM' : 'trendWeeks';
  const details = { field, cellWeeks: cost.cellWeeks, maxCellWeeks: MAX_CELL_WEEKS, requestCellWeeks: REQUEST_CELL_WEEKS };
  if (cost.cellWeeks > MAX_CELL_WEEKS) {
    throw badUserInput(
      `This hot-spot analysis is too large: ${what}, more than the ${thousands(MAX_CELL_WEEKS)} allowed in one analysis. ` +
        'Choose a larger cellSizeM, fewer trendWeeks or fewer districtIds.',
      { ...details, reason: 'too_costly', limit: 'MAX_CELL_WEEKS', max: MAX_CELL_WEEKS },
    );
  }
  if (cost.cellWeeks > budget.remaining) {
    throw badUserInput(
      `The hot-spot analyses of this request are too large together: this one is ${what}, and only ` +
        `${thousands(budget.remaining)} of the ${thousands(REQUEST_CELL_WEEKS)} cell-weeks one request may use are left. ` +
        'Ask for fewer hot-spot analyses per request, or choose a larger cellSizeM or fewer trendWeeks.',
      { ...details, reason: 'too_costly', limit: 'REQUEST_CELL_WEEKS', max: REQUEST_CELL_WEEKS, remainingCellWeeks: budget.remaining },
    );
  }
  budget.remaining -= cost.cellWeeks;
  return cost;
}


/**
 * Gi* hot and cold spots of one week in the districts' cells, FDR-corrected; with trendWeeks ≥ 2 also
 * each cell's emerging category over the weeks ending with this one (Mann-Kendall on weekly z).
 * Cells with neither a class nor an emerging pattern are left out of `cells`.
 */
export async function analyseHotspots(db: Queryable, req: HotspotRequest, budget: HotspotBudget): Promise<HotspotAnalysis> {
  const size = req.cellSizeM ?? DEFAULT_CELL_SIZE;
  if (!Number.isInteger(size) || size < 50 || size > 2000) throw badUserInput('cellSizeM must be 50–2,000 metres', { field: 'cellSizeM', reason: 'out_of_range', min: 50, max: 2000 });
  const trendWeeks = req.trendWeeks ?? 1;
  if (!Number.isInteger(trendWeeks) || trendWeeks < 1 || trendWeeks > 104) throw badUserInput('trendWeeks must be 1–104', { field: 'trendWeeks', reason: 'out_of_range', min: 1, max: 104 });
  const { week } = req;
  // Priced before the grid and the incidents are queried: `weeks` below has trendWeeks entries (or 1).
  await chargeHotspotWork(db, budget, req.districtIds, size, trendWeeks > 1 ? trendWeeks : 1);
  const weeks = weeksEndingWith(week, trendWeeks);
  const area = await studyArea(db, req.districtIds, size);
  const counts = await weeklyCellCounts(db, req.districtIds, size, weeks);
  const series = weeks.map((w) => countsOf(area, counts.get(w.label)!));
  const last = series[series.length - 1]!;
  const gi = getisOrdGiStar(last);
  const classes = gi.cells.length ? classifyWeek(gi.cells, WEEK_RULE) : [];
  const emerging = trendWeeks > 1 && area.length >= 3 ? emergingHotSpots(series, WEEK_RULE) : null;
  const picked = gi.cells
    .map((cell, i) => ({ cell, i, cls: classes[i]!, trend: emerging?.[i]?.emerging, history: emerging?.[i]?.weeks }))
    .filter(({ cls, trend }) => cls.class !== 'none' || (trend && trend.category !== 'none'));
  const shapes = await hexagonsToWgs84(db, picked.map(({ cell }) => ({ key: cell.key, ring: polygonOf(cell.q, cell.r, size) })));
  let times: Promise<Map<string, Date[]>> | null = null;
  const timesOf = (key: string) => {
    times ??= cellIncidentTimes(db, req.districtIds, size, week, picked.map(({ cell }) => cell.key));
    return times.then((byKey) => byKey.get(key) ?? []);
  };
  return {
    week: week.label,
    weekStart: week.start,
    weekEnd: week.end,
    districtIds: req.districtIds,
    cellSizeM: size,
    trendWeeks,
    neighbourhood: NEIGHBOURHOOD,
    minHotNeighbourhood: MIN_HOT_NEIGHBOURHOOD,
    correction: CORRECTION,
    studyAreaCells: area.length,
    incidentsCounted: last.reduce((sum, c) => sum + c.count, 0),
    status: gi.status,
    cells: picked.map(({ cell, i, cls, trend, history }) => ({
      id: `${week.label}:${size}:${cell.key}`,
      key: cell.key,
      incidentTimes: () => timesOf(cell.key),
      districtId: area[i]!.districtId,
      count: cell.count,
      neighbourhoodCount: cell.localSum,
      z: cell.z,
      p: cell.p,
      class: cls.class,
      confidence: cls.confidence,
      emerging: trend?.category ?? null,
      trend: trend?.trend.trend ?? null,
      trendTest: trend?.trend ?? null,
      weeks: history
        ? history.map((step, w) => ({ week: weeks[w]!.label, count: step.count, neighbourhoodCount: step.localSum, z: step.z, p: step.p, class: step.class }))
        : [{ week: week.label, count: cell.count, neighbourhoodCount: cell.localSum, z: cell.z, p: cell.p, class: cls.class }],
      geometry: shapes.get(cell.key)!,
    })),
  };
}
