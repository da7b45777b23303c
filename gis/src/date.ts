import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from './errors.js';
import { localToUtc } from './zone.js';

/**
 * The years a date, an instant or an ISO week may name. Everything this platform plans or records
 * lies well inside; a typo such as 9999 or 0202 is refused here rather than computed with (a week
 * or a day after 9999-12-31 has no "YYYY-MM-DD" for the code that expands plans).
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;
export const isYearInRange = (year: number): boolean => Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as "YYYY-MM-DD", refused when the day does not exist (2026-02-30) or its year is out of range. */
export function parseCalendarDate(value: unknown): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  const [year, month, day] = match ? match.slice(1).map(Number) : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  if (!match || date.getUTCFullYear() !== year || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) {
    throw badUserInput(`Invalid Date ${JSON.stringify(value)}: expected a calendar date such as 2026-11-26`, { reason: 'invalid_format' });
  }
  if (!isYearInRange(year!)) throw badUserInput(`Invalid Date ${JSON.stringify(value)}: the year must be ${FIRST_YEAR}–${LAST_YEAR}`, { reason: 'out_of_range', min: FIRST_YEAR, max: LAST_YEAR });
  return value as string;
}

const ISO_WEEK = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;

/**
 * An ISO week label ("2026-W47") as its year and week number, or null when it is not one or its
 * year is out of range. Whether the year has a week 53 is left to the caller, who computes the week.
 */
export function isoWeekLabel(label: unknown): { year: number; week: number } | null {
  const match = typeof label === 'string' ? ISO_WEEK.exec(label) : null;
  if (!match) return null;
  const year = Number(match[1]);
  return isYearInRange(year) ? { year, week: Number(match[2]) } : null;
}

/** The calendar day it is in Sweden at an instant, "YYYY-MM-DD". */
export function swedishDay(at: Date): string {
  return at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

const DAY_MS = 86_400_000;

// Calendar days are plain dates: UTC arithmetic on them never meets a daylight-saving change.
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
 * The `count` whole calendar quarters (Swedish time) that end at or before `at`: from the first
 * day of a quarter to the first day of a later one, at Swedish midnight.
 */
export function swedishQuartersBefore(at: Date, count: number): { from: Date; to: Date } {
  const [year, month] = swedishDay(at).split('-').map(Number) as [number, number];
  const quarter = year * 4 + Math.floor((month - 1) / 3);
  const firstDay = (q: number) => `${String(Math.floor(q / 4)).padStart(4, '0')}-${String((q % 4) * 3 + 1).padStart(2, '0')}-01`;
  return { from: swedishMidnight(firstDay(quarter - count)), to: swedishMidnight(firstDay(quarter)) };
}

/** A calendar year in Swedish time as instants: 1 January is always winter time (UTC+1). */
export function swedishYear(year: number): { from: Date; to: Date } {
  return { from: new Date(`${year}-01-01T00:00:00+01:00`), to: new Date(`${year + 1}-01-01T00:00:00+01:00`) };
}

/** Whole calendar months between two days, as a person counts them: 26 January to 26 November is 10. */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
}

// Dates of decisions and completions are days in Sweden, not instants: no time zone to get wrong.
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date (Swedish local day), ISO 8601: 2026-11-26.',
  // A Date is read as the Swedish day it falls on: a Swedish midnight is the evening before in UTC.
  serialize: (value) => (value instanceof Date ? swedishDay(value) : parseCalendarDate(value)),
  parseValue: parseCalendarDate,
  parseLiteral: (ast) => parseCalendarDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
