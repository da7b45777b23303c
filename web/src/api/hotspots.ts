import type { EmergingCategory, HotspotClass, HotspotsQuery } from '../gql/graphql';
import { type IsoWeek } from '@tk/time';
import { ApiError, request, type RequestOptions } from './client';
import { hotspotsQuery } from './operations';

export type { EmergingCategory, HotspotClass };
export type HotspotAnalysis = NonNullable<HotspotsQuery['hotspots']>;
export type HotspotCell = NonNullable<HotspotAnalysis['cells']>[number];

/** Eight weeks ending with the chosen one: enough for the Mann-Kendall trend behind emerging patterns. */
export const TREND_WEEKS = 8;

/** Strongest first on each side, so that the legend reads from "very hot" to "very cold". */
export const HOT_CLASSES = ['HOT_99', 'HOT_95', 'HOT_90'] as const satisfies readonly HotspotClass[];
export const COLD_CLASSES = ['COLD_99', 'COLD_95', 'COLD_90'] as const satisfies readonly HotspotClass[];
export type SignificantClass = (typeof HOT_CLASSES)[number] | (typeof COLD_CLASSES)[number];

export const EMERGING_PATTERNS = [
  'NEW',
  'CONSECUTIVE',
  'INTENSIFYING',
  'PERSISTENT',
  'DIMINISHING',
  'SPORADIC',
  'OSCILLATING',
  'HISTORICAL',
] as const satisfies readonly EmergingCategory[];

const isHot = (value: HotspotClass | null | undefined): boolean => !!value && (HOT_CLASSES as readonly string[]).includes(value);
const isCold = (value: HotspotClass | null | undefined): boolean => !!value && (COLD_CLASSES as readonly string[]).includes(value);

/** The cell has a pattern over the weeks; NONE and a missing pattern (one week only) do not count. */
export const hasPattern = (cell: Pick<HotspotCell, 'emerging'>): boolean => !!cell.emerging && cell.emerging !== 'NONE';

export interface HotspotSummary {
  byClass: Record<SignificantClass, number>;
  hot: number;
  cold: number;
  /** Cells that are not significant this week but have an emerging pattern (drawn as outlines). */
  patternOnly: number;
}

/** How many cells fall in each class, for the legend. */
export function summariseCells(cells: readonly HotspotCell[]): HotspotSummary {
  const byClass: Record<SignificantClass, number> = { HOT_99: 0, HOT_95: 0, HOT_90: 0, COLD_99: 0, COLD_95: 0, COLD_90: 0 };
  let patternOnly = 0;
  for (const cell of cells) {
    if (isHot(cell.class) || isCold(cell.class)) byClass[cell.class as SignificantClass] += 1;
    else if (hasPattern(cell)) patternOnly += 1;
  }
  return {
    byClass,
    hot: HOT_CLASSES.reduce((sum, c) => sum + byClass[c], 0),
    cold: COLD_CLASSES.reduce((sum, c) => sum + byClass[c], 0),
    patternOnly,
  };
}

/**
 * The analysis of one week, always with emerging patterns over TREND_WEEKS weeks; with each cell's
 * presence that week when `withPresence` (only for the roles that may read presence).
 */
export async function fetchHotspots(week: IsoWeek, options: RequestOptions, withPresence = false): Promise<HotspotAnalysis> {
  const variables = { week: week.label, trendWeeks: TREND_WEEKS, ...(withPresence ? { withPresence } : {}) };
  const data = await request(hotspotsQuery, variables, options);
  if (!data.hotspots) throw new ApiError('The response held no hot spot analysis', 'BAD_RESPONSE');
  return data.hotspots;
}
