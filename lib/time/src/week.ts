/**
 * ISO weeks in Swedish time: the one place they are worked out, for the services, the web and the
 * tests. A week is Monday 00:00 to the next Monday 00:00 on Swedish clocks (167 or 169 hours across
 * a clock change); weeks before or after it are counted on the calendar, never as multiples of 168
 * hours. Its year is the ISO week-year, the year of its Thursday (2025-W01 begins 30 December 2024).
 */
import { addDays, isoWeekday, isYearInRange, swedishDay, swedishMidnight, type Span } from './calendar.js';

export interface IsoWeek {
  /** The ISO week-year: the year of the week's Thursday. */
  readonly year: number;
  /** 1–52, or 53 in a year that has it. */
  readonly week: number;
  /** "2026-W47", the form the API's `IsoWeek` scalar takes. */
  readonly label: string;
  /** Its Monday, "YYYY-MM-DD". */
  readonly monday: string;
  /** Monday 00:00 Swedish time. */
  readonly start: Date;
  /** The next Monday 00:00 Swedish time (exclusive). */
  readonly end: Date;
}

const DAY_MS = 86_400_000;
const LABEL = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The ISO week a Monday begins. */
export function weekFromMonday(monday: string): IsoWeek {
  if (isoWeekday(monday) !== 1) throw new RangeError(`${monday} is not a Monday`);
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((Date.parse(thursday) - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return { year, week, label: `${pad(year, 4)}-W${pad(week, 2)}`, monday, start: swedishMidnight(monday), end: swedishMidnight(addDays(monday, 7)) };
}

/** Week `week` of ISO week-year `year`, or null when the year has no such week or is out of range. */
export function isoWeekOf(year: number, week: number): IsoWeek | null {
  if (!isYearInRange(year) || !Number.isInteger(week) || week < 1 || week > 53) return null;
  // 4 January is always in week 1.
  const jan4 = `${pad(year, 4)}-01-04`;
  const found = weekFromMonday(addDays(jan4, 1 - isoWeekday(jan4) + 7 * (week - 1)));
  return found.year === year ? found : null;
}

/**
 * The week a label names ("2026-W47"), or null when it names none: another shape, a year outside
 * FIRST_YEAR–LAST_YEAR, or week 53 of a year that has 52.
 */
export function parseIsoWeek(label: unknown): IsoWeek | null {
  const match = typeof label === 'string' ? LABEL.exec(label) : null;
  return match ? isoWeekOf(Number(match[1]), Number(match[2])) : null;
}

/** The ISO week a Swedish calendar day lies in. */
export const isoWeekOfDay = (day: string): IsoWeek => weekFromMonday(addDays(day, 1 - isoWeekday(day)));

/** The ISO week an instant lies in, on Swedish clocks. */
export const isoWeekAt = (at: Date): IsoWeek => isoWeekOfDay(swedishDay(at));

/** The week `n` weeks after (before, when negative) by the calendar. */
export const addWeeks = (week: IsoWeek, n: number): IsoWeek => weekFromMonday(addDays(week.monday, 7 * n));

/** Negative when `a` comes first, 0 for the same week. */
export const compareWeeks = (a: IsoWeek, b: IsoWeek): number => a.year - b.year || a.week - b.week;

/** 52, or 53 when the year starts (or, in a leap year, ends) on a Thursday; 28 December is always in the last week. */
export const weeksInYear = (year: number): number => isoWeekOfDay(`${pad(year, 4)}-12-28`).week;

/** The ISO week before the one `now` falls in, in Sweden: the last whole week. */
export const lastCompleteWeek = (now: Date): IsoWeek => addWeeks(isoWeekAt(now), -1);

/** `count` weeks ending with `last`, oldest first. */
export const weeksEndingWith = (last: IsoWeek, count: number): IsoWeek[] =>
  Array.from({ length: count }, (_, k) => addWeeks(last, k - count + 1));

/** The first week that starts (Monday 00:00 in Sweden) at or after an instant. */
export function firstWeekStartingAt(at: Date): IsoWeek {
  const week = isoWeekAt(at);
  return week.start < at ? addWeeks(week, 1) : week;
}

/**
 * The Monday midnights of the weeks that start within [from, to), oldest first, and the end of the
 * last of them: bounds to count by, cheaper than whole weeks where a period spans decades.
 */
export function weekStartsWithin(from: Date, to: Date): { starts: Date[]; end: Date } {
  const first = firstWeekStartingAt(from);
  const starts: Date[] = [];
  let monday = first.monday;
  for (let start = first.start; start < to; monday = addDays(monday, 7), start = swedishMidnight(monday)) starts.push(start);
  return { starts, end: swedishMidnight(monday) };
}

/** The weeks that start within [from, to), oldest first. */
export function weeksStartingWithin(from: Date, to: Date): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let week = firstWeekStartingAt(from); week.start < to; week = addWeeks(week, 1)) weeks.push(week);
  return weeks;
}

/** The same week number a year earlier; null when that year has no such week (week 53) or is out of range. */
export const sameWeekYearEarlier = (week: IsoWeek): IsoWeek | null => isoWeekOf(week.year - 1, week.week);

/**
 * The weeks of the first and the last Swedish day of [from, to), e.g. for "vecka 10–14": the last
 * day is that of the instant just before `to`, which the period does not hold.
 */
export const spanWeeks = ({ from, to }: Span): { first: IsoWeek; last: IsoWeek } => ({
  first: isoWeekAt(from),
  last: isoWeekAt(new Date(to.getTime() - 1)),
});
