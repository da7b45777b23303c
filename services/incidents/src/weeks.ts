import { badUserInput, type Queryable } from '@tk/gis';
import { FIRST_YEAR, isoWeekLabel, LAST_YEAR } from '@tk/gis/date';
import { isoWeek, type Week } from './db/hotspots.js';

/**
 * An ISO week label ("2026-W47") as Swedish-time bounds, or BAD_USER_INPUT naming the field. The
 * year is checked before PostgreSQL sees the label: to_date reads "0000" as 1 BC and "9999-W52" as a
 * real week, and neither is a week anyone has incidents in.
 */
export async function weekOrRefuse(db: Queryable, label: string): Promise<Week> {
  const week = isoWeekLabel(label) ? await isoWeek(db, label) : null;
  if (!week) throw badUserInput(`week must be an ISO week such as "2026-W47" in ${FIRST_YEAR}–${LAST_YEAR}, got "${label}"`, { field: 'week' });
  return week;
}

/** The same ISO week number a year earlier; null when that year has no such week (week 53). */
export async function yearEarlier(db: Queryable, week: Week): Promise<Week | null> {
  const [year, number] = week.label.split('-W');
  return isoWeek(db, `${Number(year) - 1}-W${number}`);
}

/** The ISO week before the one `now` falls in, in Sweden: the last whole week. */
export async function lastCompleteWeek(db: Queryable, now: Date): Promise<string> {
  const [row] = await db.query<{ label: string }>(
    `SELECT to_char(($1::timestamptz AT TIME ZONE 'Europe/Stockholm') - interval '7 days', 'IYYY-"W"IW') AS label`,
    [now],
  );
  return row!.label;
}
