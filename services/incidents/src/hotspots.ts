import {
  classifyHotSpots, DEFAULT_CELL_SIZE, emergingHotSpots, getisOrdGiStar, isHot, polygonOf,
  type EmergingCategory, type HotSpotClass, type HotSpotClassification,
} from '@tk/gis/hotspots/index';
import { badUserInput, type Geometry, type Queryable } from '@tk/gis';
import { weekOrRefuse } from './weeks.js';
import { cellIncidentTimes, countsOf, hexagonsToWgs84, studyArea, weeklyCellCounts, weeksUpTo } from './db/hotspots.js';

export const NEIGHBOURHOOD = 'the cell and its ring of 6 neighbouring hexagons (binary weights), Getis-Ord Gi*';
/**
 * Weekly counts are sparse (a few dozen incidents over hundreds of cells): a lone incident then
 * gives its whole neighbourhood a z above 5, "99 % hot". A hot spot must rest on this many
 * incidents in the cell and its ring, or it is not called one.
 */
export const MIN_HOT_NEIGHBOURHOOD = 3;
export const CORRECTION =
  `Benjamini–Hochberg false discovery rate, at 10 %, 5 % and 1 % for 90/95/99 % confidence; hot only with at least ${MIN_HOT_NEIGHBOURHOOD} incidents in the neighbourhood`;

const NOT_SIGNIFICANT: HotSpotClassification = { class: 'none', confidence: 0, bin: 0 };

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
  correction: string;
  studyAreaCells: number;
  incidentsCounted: number;
  status: string;
  cells: HotspotCellResult[];
}

export interface HotspotRequest {
  week: string;
  districtIds: string[];
  cellSizeM?: number | null;
  trendWeeks?: number | null;
}


/**
 * Gi* hot and cold spots of one week in the districts' cells, FDR-corrected; with trendWeeks ≥ 2 also
 * each cell's emerging category over the weeks ending with this one (Mann-Kendall on weekly z).
 * Cells with neither a class nor an emerging pattern are left out of `cells`.
 */
export async function analyseHotspots(db: Queryable, req: HotspotRequest): Promise<HotspotAnalysis> {
  const size = req.cellSizeM ?? DEFAULT_CELL_SIZE;
  if (!Number.isInteger(size) || size < 50 || size > 2000) throw badUserInput('cellSizeM must be 50–2,000 metres', { field: 'cellSizeM' });
  const trendWeeks = req.trendWeeks ?? 1;
  if (!Number.isInteger(trendWeeks) || trendWeeks < 1 || trendWeeks > 104) throw badUserInput('trendWeeks must be 1–104', { field: 'trendWeeks' });
  const week = await weekOrRefuse(db, req.week);
  const weeks = trendWeeks > 1 ? await weeksUpTo(db, week.label, trendWeeks) : [week];
  const area = await studyArea(db, req.districtIds, size);
  const counts = await weeklyCellCounts(db, req.districtIds, size, weeks);
  const series = weeks.map((w) => countsOf(area, counts.get(w.label)!));
  const last = series[series.length - 1]!;
  const gi = getisOrdGiStar(last);
  const classes = (gi.cells.length ? classifyHotSpots(gi.cells) : []).map((cls, i) =>
    isHot(cls.class) && gi.cells[i]!.localSum < MIN_HOT_NEIGHBOURHOOD ? NOT_SIGNIFICANT : cls);
  const emerging = trendWeeks > 1 && area.length >= 3 ? emergingHotSpots(series) : null;
  const picked = gi.cells
    .map((cell, i) => ({ cell, i, cls: classes[i]!, trend: emerging?.[i]?.emerging }))
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
    correction: CORRECTION,
    studyAreaCells: area.length,
    incidentsCounted: last.reduce((sum, c) => sum + c.count, 0),
    status: gi.status,
    cells: picked.map(({ cell, i, cls, trend }) => ({
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
      geometry: shapes.get(cell.key)!,
    })),
  };
}
