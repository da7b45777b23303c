// Recurring presence plans ("Fridays and Saturdays 20:00–02:00 for eight weeks") are stored as a rule in
// Swedish local time and expanded into concrete shifts only for the period someone looks at, so a plan
// follows the clocks across daylight-saving changes instead of drifting by an hour.

import { addDays, isoWeekday } from '@tk/gis';

export interface RecurrenceRule {
  /** ISO weekdays the shift STARTS on: 1 = Monday … 7 = Sunday; at least one, no duplicates. */
  weekdays: number[];
  /** Local start time "HH:MM" (00:00–23:59). */
  startTime: string;
  /** Local end time "HH:MM"; when it is at or before startTime the shift ends the next day (20:00–02:00). */
  endTime: string;
  /** First and last local calendar day ("YYYY-MM-DD", inclusive) on which a shift may start. */
  firstDate: string;
  lastDate: string;
}

export interface ExpandedShift {
  /** Local day the shift starts on, YYYY-MM-DD. */
  date: string;
  startsAt: Date;
  endsAt: Date;
}

const SWEDEN = 'Europe/Stockholm';
const DAY_MS = 86_400_000;
// A leap year, counted inclusively, so a plan for a whole calendar year is always accepted.
const MAX_SPAN_DAYS = 366;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function ruleProblems(rule: RecurrenceRule): string[] {
  return [...weekdayProblems(rule.weekdays), ...timeProblems(rule), ...dateProblems(rule)];
}

export function expandRule(rule: RecurrenceRule, period?: { from: Date; to: Date }): ExpandedShift[] {
  const problems = ruleProblems(rule);
  if (problems.length > 0) throw new RangeError(`invalid recurrence rule: ${problems.join('; ')}`);
  const startsInPeriod = period ? periodTest(period) : () => true;
  // Days are visited in order and a fixed local time on successive days is 23–25 h apart,
  // so the result is already sorted by startsAt.
  // Only the days whose shifts can start in the period (a day either side for the zone's offset).
  const first = period ? maxDay(rule.firstDate, utcDay(period.from.getTime() - 2 * DAY_MS)) : rule.firstDate;
  const last = period ? minDay(rule.lastDate, utcDay(period.to.getTime() + DAY_MS)) : rule.lastDate;
  return calendarDays(first, last)
    .filter((date) => rule.weekdays.includes(isoWeekday(date)))
    .map((date) => shiftOn(date, rule))
    .filter((shift) => startsInPeriod(shift.startsAt));
}

/**
 * The instant at which the wall clock in `zone` shows `date` `time`.
 *
 * Daylight saving leaves some local times without an instant and gives others two. We resolve them as
 * RFC 5545 (§3.3.5) and Temporal's 'compatible' disambiguation do, so a plan agrees with any calendar
 * it is exported to, and so no shift is ever dropped or doubled:
 * - a time in the spring-forward gap (2027-03-28 02:30 in Sweden) is read with the offset in force
 *   before the gap, which moves it forward by the gap (03:30 CEST, 01:30 UTC);
 * - a time in the repeated fall-back hour (2026-10-25 02:30) means its first occurrence (CEST, 00:30 UTC).
 * Shifts across those nights are therefore an hour shorter or longer in real time, as they truly are.
 */
export function localToUtc(date: string, time: string, zone = SWEDEN): Date {
  if (!isDate(date) || !isTime(time)) {
    throw new RangeError(`"${date} ${time}" is not a local date and time such as 2026-11-27 20:00`);
  }
  const wall = Date.parse(`${date}T${time}:00Z`);
  // Offsets a day either side are the only two candidates, as long as a zone changes offset
  // at most once in two days (true of every real zone).
  const before = offsetAt(wall - DAY_MS, zone);
  const after = offsetAt(wall + DAY_MS, zone);
  const matches = [wall - before, wall - after].filter((t) => t + offsetAt(t, zone) === wall);
  return new Date(matches.length > 0 ? Math.min(...matches) : wall - before);
}

function weekdayProblems(weekdays: unknown): string[] {
  if (!Array.isArray(weekdays) || weekdays.length === 0) return ['weekdays must name at least one day'];
  const problems: string[] = [];
  if (weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) problems.push('weekdays must be 1–7');
  const repeated = [...new Set(weekdays.filter((d, i) => weekdays.indexOf(d) !== i))];
  if (repeated.length > 0) problems.push(`weekdays lists ${repeated.join(', ')} more than once`);
  return problems;
}

function timeProblems(rule: RecurrenceRule): string[] {
  const problems = (['startTime', 'endTime'] as const)
    .filter((field) => !isTime(rule[field]))
    .map((field) => `${field} "${String(rule[field])}" is not a time such as 20:00`);
  if (problems.length === 0 && rule.startTime === rule.endTime) problems.push('startTime and endTime are equal');
  return problems;
}

function dateProblems(rule: RecurrenceRule): string[] {
  const problems = (['firstDate', 'lastDate'] as const)
    .filter((field) => !isDate(rule[field]))
    .map((field) => `${field} "${String(rule[field])}" is not a date such as 2026-11-27`);
  if (problems.length > 0) return problems;
  const daysAfter = (Date.parse(rule.lastDate) - Date.parse(rule.firstDate)) / DAY_MS;
  if (daysAfter < 0) return ['lastDate is before firstDate'];
  if (daysAfter + 1 > MAX_SPAN_DAYS) return [`a rule may span at most ${MAX_SPAN_DAYS} days`];
  return [];
}

function isTime(value: unknown): value is string {
  return typeof value === 'string' && TIME.test(value);
}

// Date.parse rolls 2026-02-30 over to March, so only a round trip proves the day exists.
function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const ms = Date.parse(value);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

function shiftOn(date: string, rule: RecurrenceRule): ExpandedShift {
  // "HH:MM" strings compare like the times they name.
  const endDate = rule.endTime <= rule.startTime ? addDays(date, 1) : date;
  return { date, startsAt: localToUtc(date, rule.startTime), endsAt: localToUtc(endDate, rule.endTime) };
}

function periodTest({ from, to }: { from: Date; to: Date }): (t: Date) => boolean {
  const [lo, hi] = [from.getTime(), to.getTime()];
  // NaN compares false with everything and would silently yield no shifts.
  if (Number.isNaN(lo) || Number.isNaN(hi)) throw new RangeError('period.from and period.to must be valid dates');
  return (t) => t.getTime() >= lo && t.getTime() < hi;
}

// Calendar days are plain dates: UTC arithmetic on them never meets a DST change.
function calendarDays(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const maxDay = (a: string, b: string) => (a > b ? a : b);
const minDay = (a: string, b: string) => (a < b ? a : b);

/**
 * Every offset change of today's zones falls on a quarter-hour (Sweden's on the hour), so an offset
 * holds through the quarter-hour it was read in: each is read once. A presence layer expands the same
 * rules for every request, and reading an offset through Intl costs about ten microseconds.
 */
const QUARTER_HOUR_MS = 900_000;
const MAX_REMEMBERED = 100_000;
const offsets = new Map<string, number>();

/** Milliseconds the wall clock in `zone` is ahead of UTC at instant `t` (whole seconds). */
function offsetAt(t: number, zone: string): number {
  const quarter = Math.floor(t / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  const key = `${zone}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= MAX_REMEMBERED) offsets.clear();
    offset = offsetRead(quarter, zone);
    offsets.set(key, offset);
  }
  return offset;
}

function offsetRead(t: number, zone: string): number {
  const parts = formatter(zone).formatToParts(t);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  wall.setUTCFullYear(part('year'), part('month') - 1, part('day'));
  wall.setUTCHours(part('hour'), part('minute'), part('second'));
  return wall.getTime() - t;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Building a DateTimeFormat is far slower than using one, and expansion asks for the same zone hundreds of times.
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}
