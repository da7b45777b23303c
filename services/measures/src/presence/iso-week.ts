import { badUserInput, type Queryable } from '@tk/gis';
import type { Window } from '../db/presence.js';

/** An ISO week's bounds in Swedish time, or BAD_USER_INPUT. */
export async function isoWeek(db: Queryable, label: string): Promise<Window> {
  const [row] = /^\d{4}-W\d{2}$/.test(label)
    ? await db.query<Window & { again: string }>(
      `WITH d AS (SELECT to_date($1, 'IYYY-"W"IW') AS monday)
       SELECT (monday::timestamp AT TIME ZONE 'Europe/Stockholm') AS "from", ((monday + 7)::timestamp AT TIME ZONE 'Europe/Stockholm') AS "to",
              to_char(monday, 'IYYY-"W"IW') AS again FROM d`, [label])
    : [];
  if (!row || row.again !== label) throw badUserInput(`week must be an ISO week such as "2026-W48", got "${label}"`, { field: 'week' });
  return row;
}
