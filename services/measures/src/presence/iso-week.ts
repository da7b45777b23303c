import { badUserInput, localToUtc } from '@tk/gis';
import { FIRST_YEAR, isoWeekLabel, LAST_YEAR } from '@tk/gis/date';
import type { Window } from '../db/presence.js';

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * An ISO week's bounds in Swedish time (Monday 00:00 to the next Monday 00:00, 167 or 169 hours
 * across a daylight-saving change), or BAD_USER_INPUT for a label that names no week or a year
 * outside FIRST_YEAR–LAST_YEAR (the week after 9999-W52 has no "YYYY-MM-DD" to expand plans on). Worked out
 * here rather than asked of the database: every presence read needs it, and a round trip is dearer.
 */
export function isoWeek(label: string): Window {
  return weekFrom(mondayOf(label), 0);
}

/** The week after the one named, by the calendar (not seven times 24 hours). */
export function isoWeekAfter(label: string): Window {
  return weekFrom(mondayOf(label), 7);
}

const weekFrom = (monday: number, offsetDays: number): Window => ({
  from: localToUtc(day(monday + offsetDays * DAY_MS), '00:00'),
  to: localToUtc(day(monday + (offsetDays + 7) * DAY_MS), '00:00'),
});

/** The week's Monday as midnight UTC of that calendar day. */
function mondayOf(label: string): number {
  const parts = isoWeekLabel(label);
  const refuse = () => badUserInput(`week must be an ISO week such as "2026-W48" in ${FIRST_YEAR}–${LAST_YEAR}, got "${label}"`, { field: 'week' });
  if (!parts) throw refuse();
  const { year, week } = parts;
  // 4 January is always in week 1; the week's Thursday decides which year a week belongs to.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (week - 1) * 7 * DAY_MS;
  // Week 53 of a year that has only 52 belongs to the next year: no such week.
  if (new Date(monday + 3 * DAY_MS).getUTCFullYear() !== year) throw refuse();
  return monday;
}
