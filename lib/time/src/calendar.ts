/**
 * Calendar days ("YYYY-MM-DD") and their Swedish instants. Days are plain dates: UTC arithmetic on
 * them never meets a daylight-saving change; where a day becomes an instant, `zone.ts` reads the offset.
 */
import { localToUtc, SWEDISH_TIME_ZONE } from './zone.js';

/**
 * The years a date, an instant or an ISO week may name. Everything this platform plans or records
 * lies well inside; a typo such as 9999 or 0202 is refused rather than computed with (a week or a
 * day after 9999-12-31 has no "YYYY-MM-DD" for the code that expands plans).
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;
export const isYearInRange = (year: number): boolean => Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;

const DAY_MS = 86_400_000;

/** A half-open period [from, to) of instants. */
export interface Span {
  from: Date;
  to: Date;
}

const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: SWEDISH_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day it is in Sweden at an instant, "YYYY-MM-DD". */
export const swedishDay = (at: Date): string => dayFormat.format(at);

/** The calendar day `n` days after `day` (before, when negative), "YYYY-MM-DD". */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days from one calendar day to another ("YYYY-MM-DD"; negative when `to` is earlier). */
export const calendarDaysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return new Date(Date.parse(day)).getUTCDay() || 7;
}

/** The instant a Swedish calendar day begins (00:00 local; 23, 24 or 25 hours before the next). */
export const swedishMidnight = (day: string): Date => localToUtc(day, '00:00');

/**
 * Swedish calendar days from `from` to `to`: whole days counted on the calendar, and of a day begun
 * the part elapsed measured against that day's own length. From a midnight to a midnight it is the
 * whole number of days between the dates, whatever daylight saving did in between (a window of
 * twelve weeks is 84 days, not 84 × 24 hours). Negative when `to` is before `from`.
 */
export function swedishDaysBetween(from: Date, to: Date): number {
  const position = (at: Date): number => {
    const day = swedishDay(at);
    const start = swedishMidnight(day).getTime();
    const length = swedishMidnight(addDays(day, 1)).getTime() - start;
    return Date.parse(day) / DAY_MS + (at.getTime() - start) / length;
  };
  return position(to) - position(from);
}

/**
 * "The last `days` days" up to `now`: from as far into the day `days` Swedish calendar days before
 * today as now is into today. Calendar days rather than `days` × 24 h, which a clock change in
 * between would move by an hour; the same point of the day at both ends, so a window of 28 days
 * holds exactly four Monday midnights: a role that sees whole ISO weeks only gets four of them,
 * whatever the day and hour.
 */
export function swedishDaysBefore(now: Date, days: number): Span {
  const today = swedishDay(now);
  const intoToday = now.getTime() - swedishMidnight(today).getTime();
  return { from: new Date(swedishMidnight(addDays(today, -days)).getTime() + intoToday), to: now };
}

/**
 * The `count` whole calendar quarters (Swedish time) that end at or before `at`: from the first
 * day of a quarter to the first day of a later one, at Swedish midnight.
 */
export function swedishQuartersBefore(at: Date, count: number): Span {
  const [year, month] = swedishDay(at).split('-').map(Number) as [number, number];
  const quarter = year * 4 + Math.floor((month - 1) / 3);
  const firstDay = (q: number) => `${String(Math.floor(q / 4)).padStart(4, '0')}-${String((q % 4) * 3 + 1).padStart(2, '0')}-01`;
  return { from: swedishMidnight(firstDay(quarter - count)), to: swedishMidnight(firstDay(quarter)) };
}

/** A calendar year in Swedish time as instants: 1 January is always winter time (UTC+1). */
export function swedishYear(year: number): Span {
  return { from: new Date(`${year}-01-01T00:00:00+01:00`), to: new Date(`${year + 1}-01-01T00:00:00+01:00`) };
}

/** Whole calendar months between two days, as a person counts them: 26 January to 26 November is 10. */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
}
