import type { Queryable } from '@tk/gis';
import type { Identity } from '@tk/access';
import type { Category } from '../categories.js';
import type { Week } from './hotspots.js';

export interface CategoryFigure {
  category: Category;
  count: number;
  previousFourWeeksAverage: number;
  /** null when the year before has no such week (week 53) */
  sameWeekLastYear: number | null;
}

export interface HotCellSummary {
  key: string;
  count: number;
  z: number;
  confidence: number;
  emerging: string | null;
}

export interface SituationFigures {
  total: number;
  previousFourWeeksAverage: number;
  sameWeekLastYear: number | null;
  byCategory: CategoryFigure[];
  hotCells: HotCellSummary[];
}

export interface SituationRow {
  week: string;
  districtId: string;
  version: number;
  status: 'draft' | 'published';
  text: string;
  figures: SituationFigures | null;
  createdBy: string;
  createdAt: Date;
  publishedBy: string | null;
  publishedAt: Date | null;
}

const COLUMNS = `s.week, s.district_id AS "districtId", s.version, s.status, s.text, s.figures, s.created_by AS "createdBy",
  s.created_at AS "createdAt", s.published_by AS "publishedBy", s.published_at AS "publishedAt"`;

/**
 * Counts by category: the week, the average of the four weeks before it (from the Monday of
 * `fourWeeksBefore`, 28 Swedish calendar days), and the same ISO week a year earlier (week number
 * kept, year minus one; null without one). Every bound comes from @tk/time (lib/time/src/week.ts): no interval
 * arithmetic here, so the session's time zone decides nothing.
 */
export async function categoryFigures(
  db: Queryable,
  districtId: string,
  fourWeeksBefore: Week,
  week: Week,
  yearAgo: Week | null,
): Promise<CategoryFigure[]> {
  return db.query<CategoryFigure>(
    `SELECT category,
            count(*) FILTER (WHERE occurred_at >= $2 AND occurred_at < $3)::int AS count,
            (count(*) FILTER (WHERE occurred_at >= $4 AND occurred_at < $2) / 4.0)::float8 AS "previousFourWeeksAverage",
            CASE WHEN $5::timestamptz IS NULL THEN NULL
                 ELSE count(*) FILTER (WHERE occurred_at >= $5 AND occurred_at < $6)::int END AS "sameWeekLastYear"
       FROM incidents.incident
      WHERE deleted_at IS NULL AND district_id = $1
        AND ((occurred_at >= $4 AND occurred_at < $3)
             OR ($5::timestamptz IS NOT NULL AND occurred_at >= $5 AND occurred_at < $6))
      GROUP BY category ORDER BY count DESC, category`,
    [districtId, week.start, week.end, fourWeeksBefore.start, yearAgo?.start ?? null, yearAgo?.end ?? null],
  );
}

export async function versions(db: Queryable, week: string, districtId: string): Promise<SituationRow[]> {
  return db.query<SituationRow>(
    `SELECT ${COLUMNS} FROM incidents.situation s WHERE s.week = $1 AND s.district_id = $2 ORDER BY s.version DESC`,
    [week, districtId],
  );
}

export async function latestVersions(db: Queryable, keys: readonly { week: string; districtId: string }[]): Promise<SituationRow[]> {
  return db.query<SituationRow>(
    `SELECT DISTINCT ON (s.week, s.district_id) ${COLUMNS}
       FROM incidents.situation s
       JOIN unnest($1::text[], $2::text[]) AS k(week, district_id) ON k.week = s.week AND k.district_id = s.district_id
      ORDER BY s.week, s.district_id, s.version DESC`,
    [keys.map((k) => k.week), keys.map((k) => k.districtId)],
  );
}

/** A new draft version, or the text of the current draft changed. */
export async function saveDraft(db: Queryable, actor: Identity, latest: SituationRow | null, week: string, districtId: string, text: string): Promise<void> {
  if (latest?.status === 'draft') {
    await db.query(`UPDATE incidents.situation SET text = $4, updated_at = now() WHERE week = $1 AND district_id = $2 AND version = $3`,
      [week, districtId, latest.version, text]);
    return;
  }
  await db.query(
    `INSERT INTO incidents.situation (week, district_id, version, status, text, created_by) VALUES ($1, $2, $3, 'draft', $4, $5)`,
    [week, districtId, (latest?.version ?? 0) + 1, text, actor.subject],
  );
}

export async function publish(db: Queryable, actor: Identity, draft: SituationRow, figures: SituationFigures): Promise<void> {
  await db.query(
    `UPDATE incidents.situation SET status = 'published', figures = $4::jsonb, published_by = $5, published_at = now(), updated_at = now()
      WHERE week = $1 AND district_id = $2 AND version = $3 AND status = 'draft'`,
    [draft.week, draft.districtId, draft.version, JSON.stringify(figures), actor.name],
  );
}
