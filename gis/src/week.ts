/**
 * ISO weeks in Swedish time: the one place their bounds come from. A week is Monday 00:00 to the
 * next Monday 00:00 on Swedish clocks (167 or 169 hours across a clock change); weeks before or
 * after it are counted on the calendar, never as multiples of 168 hours. Worked out here rather than
 * asked of the database, so neither a round trip nor a session's time zone is involved.
 */
import { addDays, FIRST_YEAR, isoWeekday, isoWeekLabel, isYearInRange, LAST_YEAR, swedishDay, swedishMidnight } from './date.js';
import { badUserInput } from './errors.js';

export interface IsoWeek {
  /** "2026-W47" */
  label: string;
  /** its Monday, "YYYY-MM-DD" */
  monday: string;
  /** Monday 00:00 Swedish time */
  start: Date;
  /** the next Monday 00:00 Swedish time (exclusive) */
  end: Date;
}

const DAY_MS = 86_400_000;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The ISO week a Monday begins; its year is the year of its Thursday. */
export function weekFromMonday(monday: string): IsoWeek {
  if (isoWeekday(monday) !== 1) throw new RangeError(`${monday} is not a Monday`);
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.parse(thursday) - Date.UTC(year, 0, 1)) / DAY_MS;
  const label = `${pad(year, 4)}-W${pad(Math.floor(dayOfYear / 7) + 1, 2)}`;
  return { label, monday, start: swedishMidnight(monday), end: swedishMidnight(addDays(monday, 7)) };
}

/**
 * The week a label names, or null when it names none: not "YYYY-Www", a year outside
 * FIRST_YEAR–LAST_YEAR, or week 53 of a year that has 52.
 */
export function parseIsoWeek(label: unknown): IsoWeek | null {
  const parts = isoWeekLabel(label);
  if (!parts) return null;
  // 4 January is always in week 1.
  const jan4 = `${pad(parts.year, 4)}-01-04`;
  const monday = addDays(jan4, 1 - isoWeekday(jan4) + 7 * (parts.week - 1));
  const week = weekFromMonday(monday);
  return week.label === label ? week : null;
}

/** The week a label names, or BAD_USER_INPUT naming the argument. */
export function isoWeekOrRefuse(label: string, field = 'week'): IsoWeek {
  const week = parseIsoWeek(label);
  if (!week) throw badUserInput(`${field} must be an ISO week such as "2026-W48" in ${FIRST_YEAR}–${LAST_YEAR}, got "${label}"`, { field, reason: 'invalid_format' });
  return week;
}

/** The ISO week a Swedish calendar day lies in. */
export const isoWeekOfDay = (day: string): IsoWeek => weekFromMonday(addDays(day, 1 - isoWeekday(day)));

/** The ISO week an instant lies in, on Swedish clocks. */
export const isoWeekAt = (at: Date): IsoWeek => isoWeekOfDay(swedishDay(at));

/** The week `n` weeks after (before, when negative) by the calendar. */
export const addWeeks = (week: IsoWeek, n: number): IsoWeek => weekFromMonday(addDays(week.monday, 7 * n));

/** The ISO week before the one `now` falls in, in Sweden: the last whole week. */
export const lastCompleteWeek = (now: Date): IsoWeek => addWeeks(isoWeekAt(now), -1);

/** `count` weeks ending with `last`, oldest first. */
export const weeksEndingWith = (last: IsoWeek, count: number): IsoWeek[] =>
  Array.from({ length: count }, (_, k) => addWeeks(last, k - count + 1));

/** The same week number a year earlier; null when that year has no such week (week 53) or is out of range. */
export function sameWeekYearEarlier(week: IsoWeek): IsoWeek | null {
  const [year, number] = week.label.split('-W');
  const earlier = Number(year) - 1;
  return isYearInRange(earlier) ? parseIsoWeek(`${pad(earlier, 4)}-W${number}`) : null;
}
