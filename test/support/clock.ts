import { parseInstant, type Queryable } from '@tk/gis';
import { addDays, swedishDay } from '@tk/time';

/**
 * The instant every test pins the platform's clock to, and reads "now" from: `NOW` when set (the
 * calendar sweep sets it, see scripts/test-calendar.mjs), else the real time when the test file was
 * loaded. A test that asserts on "today", "this week" or "the last four weeks" works from this, never
 * from the real clock, so its verdict does not depend on the day it runs.
 */
export const TEST_NOW: Date = (() => {
  const raw = process.env.NOW;
  if (!raw) return new Date();
  const at = parseInstant(raw);
  if (!at) throw new Error(`NOW must be ISO 8601 with an offset, e.g. 2026-11-23T10:00:00+01:00; got "${raw}"`);
  return at;
})();

const HOUR_MS = 3_600_000;

/** The instant `hours` hours before the pinned now (after it, when negative). */
export const hoursAgo = (hours: number): Date => new Date(TEST_NOW.getTime() - hours * HOUR_MS);

/** The instant `days` × 24 hours before the pinned now (after it, when negative). */
export const daysAgo = (days: number): Date => hoursAgo(days * 24);

/** The Swedish calendar day of the pinned now, `offset` days later (earlier, when negative). */
export const swedishToday = (offset = 0): string => addDays(swedishDay(TEST_NOW), offset);

/**
 * The ISO week (Swedish time) `weeksBefore` weeks before the one the pinned now falls in: 1 is the
 * last whole week. PostgreSQL works it out, independently of the platform's own week code.
 */
export async function weekBefore(db: Queryable, weeksBefore = 1): Promise<string> {
  const [row] = await db.query<{ week: string }>(
    `SELECT to_char(($1::timestamptz AT TIME ZONE 'Europe/Stockholm')::date - 7 * $2::int, 'IYYY-"W"IW') AS week`,
    [TEST_NOW, weeksBefore],
  );
  return row!.week;
}
