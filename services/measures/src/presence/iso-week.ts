import { badUserInput } from '@tk/gis';
import type { Window } from '../db/presence.js';
import { localToUtc } from './recurrence.js';

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * An ISO week's bounds in Swedish time (Monday 00:00 to the next Monday 00:00, 167 or 169 hours
 * across a daylight-saving change), or BAD_USER_INPUT for a label that names no week. Worked out
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
  const [, year, week] = /^(\d{4})-W(\d{2})$/.exec(label)?.map(Number) ?? [];
  // 4 January is always in week 1; the week's Thursday decides which year a week belongs to.
  const jan4 = Date.UTC(year ?? 0, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + ((week ?? 0) - 1) * 7 * DAY_MS;
  if (!year || !week || new Date(monday + 3 * DAY_MS).getUTCFullYear() !== year) {
    throw badUserInput(`week must be an ISO week such as "2026-W48", got "${label}"`, { field: 'week' });
  }
  return monday;
}
