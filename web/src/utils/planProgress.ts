/**
 * Plan progress and trends shaped for the overview's charts and tables. The API's counts per status
 * are kept; what is added is the totals row and each status's share of a bar.
 */

export const PROGRESS_STATUSES = ['done', 'ongoing', 'notStarted', 'paused', 'cancelled', 'notFollowedUp'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export type ProgressCounts = Record<ProgressStatus, number> & { activities: number };

export interface ProgressLike {
  activities?: number | null;
  done?: number | null;
  ongoing?: number | null;
  notStarted?: number | null;
  paused?: number | null;
  cancelled?: number | null;
  notFollowedUp?: number | null;
}

export function progressCounts(row: ProgressLike): ProgressCounts {
  const counts = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, row[s] ?? 0])) as Record<ProgressStatus, number>;
  return { ...counts, activities: row.activities ?? PROGRESS_STATUSES.reduce((sum, s) => sum + counts[s], 0) };
}

/** The sum over every priority area, for the table's last row. */
export function progressTotals(rows: readonly ProgressLike[]): ProgressCounts {
  const total = progressCounts({});
  for (const row of rows.map(progressCounts)) {
    total.activities += row.activities;
    for (const status of PROGRESS_STATUSES) total[status] += row[status];
  }
  return total;
}

export interface ProgressSegment {
  status: ProgressStatus;
  count: number;
  /** Start and width as percentages of the bar. */
  start: number;
  width: number;
}

/** The stacked bar's segments in status order; empty statuses are left out. */
export function progressSegments(counts: ProgressCounts): ProgressSegment[] {
  const whole = counts.activities;
  if (whole <= 0) return [];
  let start = 0;
  const segments: ProgressSegment[] = [];
  for (const status of PROGRESS_STATUSES) {
    const count = counts[status];
    if (count <= 0) continue;
    const width = (count / whole) * 100;
    segments.push({ status, count, start, width });
    start += width;
  }
  return segments;
}

/** Whole years from `from` to `to`, both included. */
export function yearsBetween(from: number, to: number): number[] {
  return from > to ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export interface YearPoint {
  year: number;
  value: number | null;
}

/** One value per year, in order, null where the answer had none; the last answer for a year wins. */
export function yearSeries(answer: readonly { year?: number | null; value?: number | null }[], years: readonly number[]): YearPoint[] {
  const byYear = new Map<number, number>();
  for (const point of answer) if (point.year != null && point.value != null && Number.isFinite(point.value)) byYear.set(point.year, point.value);
  return years.map((year) => ({ year, value: byYear.get(year) ?? null }));
}

/** The years a set of series has values in, from the first to the last (gaps kept as years). */
export function spannedYears(answers: readonly (readonly { year?: number | null }[])[]): number[] {
  const years = answers.flat().map((p) => p.year).filter((y): y is number => typeof y === 'number');
  return years.length === 0 ? [] : yearsBetween(Math.min(...years), Math.max(...years));
}

/**
 * The year the plan page opens on: the current year while the plan runs, its last year once it has
 * ended (its first before it starts); without a period, the last whole year.
 */
export function planPageYear(period: { periodFrom?: string | null; periodTo?: string | null } | null, currentYear: number): number {
  const year = (day: string | null | undefined): number | null => (day ? Number(day.slice(0, 4)) : null);
  const [from, to] = [year(period?.periodFrom), year(period?.periodTo)];
  if (to === null) return currentYear - 1;
  return Math.max(Math.min(currentYear, to), from ?? -Infinity);
}
