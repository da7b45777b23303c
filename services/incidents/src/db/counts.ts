import type { Queryable } from '@tk/gis';
import type { RowScope } from '@tk/access';
import { isoWeekAt, weekStartsWithin, type IsoWeek } from '@tk/time';
import { scopeParams, visibleIncident } from './visibility.js';

/**
 * A count as a role may see it. Exact where the caller may see every incident counted; otherwise
 * built only from published cells (district × ISO week, Europe/Stockholm), a cell being published
 * when the incidents in it that the caller cannot see one by one number 0 or at least 5. Every
 * answer is then a sum of published cells, so no subtraction of two answers (another period,
 * another district, the caller's own rows) can reveal a count under 5.
 */
export interface CountValue {
  exact: boolean;
  /** The count when it is exact and complete; null when cells were hidden. */
  value: number | null;
  /** The sum of the published cells: the count is at least this. */
  atLeast: number;
  /** Cells (district-weeks) left out because they held 1–4 incidents the caller may not see. */
  hiddenCells: number;
  /**
   * Set when a count built from whole weeks has none to build from: no ISO week starts in the
   * period, so nothing can be said about it (value null rather than a 0 that reads as "none").
   */
  noWeekStarts?: boolean;
}

export const MIN_PUBLISHED = 5;

export interface Period {
  from: Date | null;
  to: Date | null;
}

export async function exactCounts(db: Queryable, districtIds: readonly string[], period: Period): Promise<Map<string, number>> {
  const rows = await db.query<{ districtId: string; n: number }>(
    `SELECT i.district_id AS "districtId", count(*)::int AS n FROM incidents.incident i
      WHERE i.deleted_at IS NULL AND i.district_id = ANY($1::text[])
        AND ($2::timestamptz IS NULL OR i.occurred_at >= $2)
        AND ($3::timestamptz IS NULL OR i.occurred_at < $3)
      GROUP BY i.district_id`,
    [districtIds, period.from, period.to],
  );
  return new Map(rows.map((r) => [r.districtId, r.n]));
}

/**
 * The weeks a published count is built from: those that start within the period, an open end
 * reaching the first or the last incident in the districts (one more query, only then).
 */
async function weeksCounted(db: Queryable, districtIds: readonly string[], { from, to }: Period): Promise<{ starts: Date[]; end: Date } | null> {
  if (!from || !to) {
    const [extent] = await db.query<{ first: Date | null; last: Date | null }>(
      `SELECT min(occurred_at) AS first, max(occurred_at) AS last FROM incidents.incident WHERE deleted_at IS NULL AND district_id = ANY($1::text[])`,
      [districtIds],
    );
    if (!extent?.first || !extent.last) return null;
    from ??= isoWeekAt(extent.first).start;
    to ??= isoWeekAt(extent.last).end;
  }
  const weeks = from < to ? weekStartsWithin(from, to) : null;
  return weeks?.starts.length ? weeks : null;
}

/**
 * Weeks are counted whole: those that start (Monday 00:00 in Sweden) within [from, to). Each
 * incident's week is found among the weeks' starts, which @tk/time gives; SQL works out no week.
 */
export async function publishedCounts(
  db: Queryable,
  scope: RowScope,
  districtIds: readonly string[],
  period: Period,
): Promise<Map<string, { atLeast: number; hiddenCells: number }>> {
  const weeks = await weeksCounted(db, districtIds, period);
  if (!weeks) return new Map();
  const rows = await db.query<{ districtId: string; atLeast: number; hiddenCells: number }>(
    `WITH cells AS (
       SELECT i.district_id, width_bucket(i.occurred_at, $2::timestamptz[]) AS week,
              count(*)::int AS n,
              count(*) FILTER (WHERE NOT ${visibleIncident(5)})::int AS unseen
         FROM incidents.incident i
        WHERE i.deleted_at IS NULL AND i.district_id = ANY($1::text[])
          AND i.occurred_at >= ($2::timestamptz[])[1] AND i.occurred_at < $3
        GROUP BY 1, 2
     )
     SELECT district_id AS "districtId",
            COALESCE(sum(n) FILTER (WHERE unseen = 0 OR unseen >= $4), 0)::int AS "atLeast",
            count(*) FILTER (WHERE unseen > 0 AND unseen < $4)::int AS "hiddenCells"
       FROM cells
      GROUP BY district_id`,
    [districtIds, weeks.starts, weeks.end, MIN_PUBLISHED, ...scopeParams(scope)],
  );
  return new Map(rows.map((r) => [r.districtId, { atLeast: r.atLeast, hiddenCells: r.hiddenCells }]));
}

export interface WeekCount {
  week: string;
  /** The count, or null when the week is a hidden cell (1–4 incidents the caller cannot see). */
  count: number | null;
  exact: boolean;
}

/**
 * One district's counts per ISO week (Swedish time) for the given weeks: exact
 * when the caller may see the district's incidents one by one, otherwise each week is a cell that
 * is published (0 or ≥ 5 unseen) or hidden, the same rule as every other count.
 */
export async function weeklyCounts(
  db: Queryable,
  scope: RowScope,
  districtId: string,
  weeks: readonly IsoWeek[],
  exact: boolean,
): Promise<WeekCount[]> {
  const rows = await db.query<{ week: string; n: number; unseen: number }>(
    `WITH w AS (SELECT * FROM unnest($2::text[], $3::timestamptz[], $4::timestamptz[]) AS w(week, start, stop))
     SELECT w.week, count(i.id)::int AS n,
            count(i.id) FILTER (WHERE NOT ${visibleIncident(5)})::int AS unseen
       FROM w LEFT JOIN incidents.incident i
         ON i.deleted_at IS NULL AND i.district_id = $1 AND i.occurred_at >= w.start AND i.occurred_at < w.stop
      GROUP BY w.week ORDER BY w.week`,
    [districtId, weeks.map((w) => w.label), weeks.map((w) => w.start), weeks.map((w) => w.end), ...scopeParams(scope)],
  );
  return rows.map((r) => ({
    week: r.week,
    exact,
    count: exact || r.unseen === 0 || r.unseen >= MIN_PUBLISHED ? r.n : null,
  }));
}
