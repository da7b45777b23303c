import type { CategoryFigure, IncidentCategory, Situation, SituationFigures } from '../api/situations';
import { EMERGING_PATTERNS } from '../api/hotspots';
import { weeksEndingWith, type IsoWeek } from '@tk/time';

/**
 * The pure parts of the lägesbild: which way a count moved, the table's rows and the weeks to
 * compare. Kept apart from the components so the meeting's numbers can be tested.
 */

/** The order of the schema's enum, so the table reads the same every week. */
export const CATEGORIES = [
  'VANDALISM',
  'GRAFFITI',
  'FIRE',
  'STONE_THROWING',
  'DRUG_DEALING',
  'PUBLIC_DISORDER',
  'THREAT_VIOLENCE',
  'BURGLARY',
  'LITTERING',
  'UNSAFE_PLACE',
  'YOUTH_GATHERING',
  'OTHER',
] as const satisfies readonly IncidentCategory[];

/** Within this of the average a week counts as unchanged: counts are whole, averages quarters. */
export const FLAT_MARGIN = 0.5;

export type ChangeDirection = 'up' | 'down' | 'flat';

/** Up or down against the four weeks' average; null when either side is unknown. */
export function changeDirection(count: number | null | undefined, average: number | null | undefined): ChangeDirection | null {
  if (count == null || average == null) return null;
  const change = count - average;
  if (Math.abs(change) <= FLAT_MARGIN) return 'flat';
  return change > 0 ? 'up' : 'down';
}

export interface FigureRow {
  /** A category, or null for the totals row. */
  category: IncidentCategory | null;
  count: number | null;
  average: number | null;
  /** count − average, as the server computed it (or from the two when it sent none). */
  change: number | null;
  direction: ChangeDirection | null;
  lastYear: number | null;
}

function row(category: IncidentCategory | null, count: number | null, average: number | null, lastYear: number | null, change?: number | null): FigureRow {
  const known = count != null && average != null;
  return {
    category,
    count,
    average,
    change: change ?? (known ? count - average : null),
    direction: changeDirection(count, average),
    lastYear,
  };
}

/**
 * One row per category in the fixed order, categories the server left out as zeros (a week without
 * any graffiti is a 0, not a gap), and the totals row last.
 */
export function figureRows(figures: SituationFigures | null | undefined): { rows: FigureRow[]; total: FigureRow } | null {
  if (!figures) return null;
  const byCategory = new Map<IncidentCategory, CategoryFigure>();
  for (const figure of figures.byCategory ?? []) if (figure.category) byCategory.set(figure.category, figure);
  // A week 53 has no namesake a year earlier: then no year-ago figure at all, not zeros.
  const hasLastYear = figures.sameWeekLastYear != null;
  const rows = CATEGORIES.map((category) => {
    const figure = byCategory.get(category);
    return row(category, figure?.count ?? 0, figure?.previousFourWeeksAverage ?? 0, hasLastYear ? (figure?.sameWeekLastYear ?? 0) : null, figure?.change);
  });
  const total = row(null, figures.total ?? null, figures.previousFourWeeksAverage ?? null, figures.sameWeekLastYear ?? null);
  return { rows, total };
}

/** The chosen week and the three before it, oldest first: the columns of "Jämför veckor". */
export const comparisonWeeks = (week: IsoWeek, count = 4): IsoWeek[] => weeksEndingWith(week, count);

export interface ComparisonRow {
  category: IncidentCategory | null;
  /** One count per week, in the order of the weeks; null where that week could not be read. */
  counts: (number | null)[];
}

/** Categories as rows and the weeks as columns; the totals row last. */
export function comparisonRows(situations: readonly (Situation | null)[]): ComparisonRow[] {
  const countOf = (situation: Situation | null, category: IncidentCategory): number | null => {
    const figures = situation?.figures;
    if (!figures) return null;
    return figures.byCategory?.find((f) => f.category === category)?.count ?? 0;
  };
  return [
    ...CATEGORIES.map((category) => ({ category, counts: situations.map((s) => countOf(s, category)) })),
    { category: null, counts: situations.map((s) => s?.figures?.total ?? null) },
  ];
}

/** Whether the picture can no longer change: the next save starts a correction. */
export const isPublished = (situation: Pick<Situation, 'status'> | null | undefined): boolean => situation?.status === 'PUBLISHED';

/**
 * The hot spot popup's word for a hot cell's pattern. The picture stores the pattern as plain text
 * (it outlives schema changes), so anything unknown reads as "no pattern" rather than a raw code.
 */
export function patternKey(emerging: string | null | undefined): (typeof EMERGING_PATTERNS)[number] | 'NONE' {
  return (EMERGING_PATTERNS as readonly string[]).includes(emerging ?? '') ? (emerging as (typeof EMERGING_PATTERNS)[number]) : 'NONE';
}
