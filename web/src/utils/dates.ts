const DAY_MS = 24 * 60 * 60 * 1000;

/** A half-open period [from, to) as ISO strings, as the API's DateTime arguments expect. */
export interface Period {
  from: string;
  to: string;
}

/** The same period as instants, for showing it. */
export interface Span {
  from: Date;
  to: Date;
}

export interface IsoWeek {
  year: number;
  week: number;
}

/**
 * ISO 8601 week of the calendar date of `date` in UTC (weeks start on Monday, week 1 holds the
 * year's first Thursday) — the week numbering Swedish planning uses.
 */
export function isoWeek(date: Date): IsoWeek {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides which year the week belongs to.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / DAY_MS + 1) / 7);
  return { year: day.getUTCFullYear(), week };
}

/** Week numbers, the hot spot weeks among them, follow Swedish time, as the API's ISO weeks do. */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

/** Monday 00:00 UTC of the week: a calendar date, not an instant in Swedish time. */
export function isoWeekStart({ year, week }: IsoWeek): Date {
  // 4 January is always in week 1, so week 1 starts on the Monday of its week.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekday = jan4.getUTCDay() || 7;
  return new Date(jan4.getTime() - (weekday - 1) * DAY_MS + (week - 1) * 7 * DAY_MS);
}

/** Monday and Sunday of the week, as calendar dates (00:00 UTC), for showing the week's days. */
export function isoWeekDays(week: IsoWeek): { first: Date; last: Date } {
  const first = isoWeekStart(week);
  return { first, last: new Date(first.getTime() + 6 * DAY_MS) };
}

/** 52, or 53 when the year starts (or, in a leap year, ends) on a Thursday; 28 December is always in the last week. */
export function weeksInIsoYear(year: number): number {
  return isoWeek(new Date(Date.UTC(year, 11, 28))).week;
}

/** The week `count` weeks later (earlier when negative), across year boundaries and 53-week years. */
export function addIsoWeeks(week: IsoWeek, count: number): IsoWeek {
  return isoWeek(new Date(isoWeekStart(week).getTime() + count * 7 * DAY_MS));
}

/** Negative when `a` comes first, 0 for the same week. */
export function compareIsoWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.year - b.year || a.week - b.week;
}

/** "2026-W47", the form the API's `week` argument takes. */
export function isoWeekLabel({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The week of a label such as "2026-W47"; null for anything else, week 53 of a 52-week year included. */
export function parseIsoWeekLabel(label: string): IsoWeek | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  return week >= 1 && week <= weeksInIsoYear(year) ? { year, week } : null;
}

/**
 * The calendar date the wall clock shows at `date` in the time zone, as 00:00 UTC of that date:
 * on Sunday evening in Stockholm it is already Monday in UTC+2 and still Sunday in UTC.
 */
export function calendarDateIn(date: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day')));
}

/** The ISO week it is now in Swedish time: the latest week there can be data for. */
export function currentIsoWeek(now: Date, timeZone = SWEDISH_TIME_ZONE): IsoWeek {
  return isoWeek(calendarDateIn(now, timeZone));
}

/** The week before the current one: the latest week whose incidents are all in. */
export function lastCompleteIsoWeek(now: Date, timeZone = SWEDISH_TIME_ZONE): IsoWeek {
  return addIsoWeeks(currentIsoWeek(now, timeZone), -1);
}

/** Minutes the time zone is ahead of UTC at the instant (60 or 120 for Stockholm). */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant the calendar date (00:00 UTC, as isoWeekStart gives) begins in the time zone. */
export function midnightIn(calendarDate: Date, timeZone: string): Date {
  const guess = calendarDate.getTime();
  // Midnight is never inside a DST change in Sweden (they happen at 02:00/03:00), so one correction suffices.
  const offset = zoneOffsetMinutes(new Date(guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000), timeZone);
  return new Date(guess - offset * 60_000);
}

/** The week as the half-open period [Monday 00:00, next Monday 00:00) in Swedish time, for DateTime arguments. */
export function isoWeekPeriod(week: IsoWeek, timeZone = SWEDISH_TIME_ZONE): Period {
  return {
    from: midnightIn(isoWeekStart(week), timeZone).toISOString(),
    to: midnightIn(isoWeekStart(addIsoWeeks(week, 1)), timeZone).toISOString(),
  };
}

/** The calendar date `days` days after `calendarDate` (before, when negative); both are 00:00 UTC, where every day has 24 h. */
function addCalendarDays(calendarDate: Date, days: number): Date {
  return new Date(calendarDate.getTime() + days * DAY_MS);
}

/**
 * "The last `days` days" up to `now`: `days` calendar days, from as far into the day `days` days
 * before today as now is into today. Calendar days rather than `days` × 24 h, which a clock change
 * in between would move by an hour; the same point of the day at both ends, so a window of 28 days
 * holds exactly four Monday midnights: a role that sees whole ISO weeks only gets four of them,
 * whatever the day and hour.
 */
export function recentDays(now: Date, days: number, timeZone = SWEDISH_TIME_ZONE): Span {
  const today = calendarDateIn(now, timeZone);
  const intoToday = now.getTime() - midnightIn(today, timeZone).getTime();
  return { from: new Date(midnightIn(addCalendarDays(today, -days), timeZone).getTime() + intoToday), to: now };
}

/** `recentDays` as ISO strings, for the API's DateTime arguments. */
export function recentPeriod(now: Date, days: number, timeZone = SWEDISH_TIME_ZONE): Period {
  const { from, to } = recentDays(now, days, timeZone);
  return { from: from.toISOString(), to: to.toISOString() };
}

/**
 * The ISO weeks of the first and the last Swedish day of [from, to), e.g. for "vecka 10–14". The
 * UTC day of an instant would name the day before between Swedish midnight and 01:00/02:00; the
 * last day is that of the instant just before `to`, which the period does not hold.
 */
export function spanWeeks({ from, to }: Span, timeZone = SWEDISH_TIME_ZONE): { first: IsoWeek; last: IsoWeek } {
  const weekOf = (instant: Date): IsoWeek => isoWeek(calendarDateIn(instant, timeZone));
  return { first: weekOf(from), last: weekOf(new Date(to.getTime() - 1)) };
}
