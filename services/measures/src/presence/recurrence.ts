// Recurring presence plans ("Fridays and Saturdays 20:00–02:00 for eight weeks") are stored as a rule in
// Swedish local time and expanded into concrete shifts only for the period someone looks at, so a plan
// follows the clocks across daylight-saving changes instead of drifting by an hour.

import { addDays, isCalendarDay, isLocalTime, isoWeekday, localToUtc } from '@tk/time';

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

const DAY_MS = 86_400_000;
// A leap year, counted inclusively, so a plan for a whole calendar year is always accepted.
const MAX_SPAN_DAYS = 366;

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
    .filter((field) => !isLocalTime(rule[field]))
    .map((field) => `${field} "${String(rule[field])}" is not a time such as 20:00`);
  if (problems.length === 0 && rule.startTime === rule.endTime) problems.push('startTime and endTime are equal');
  return problems;
}

function dateProblems(rule: RecurrenceRule): string[] {
  const problems = (['firstDate', 'lastDate'] as const)
    .filter((field) => !isCalendarDay(rule[field]))
    .map((field) => `${field} "${String(rule[field])}" is not a date such as 2026-11-27`);
  if (problems.length > 0) return problems;
  const daysAfter = (Date.parse(rule.lastDate) - Date.parse(rule.firstDate)) / DAY_MS;
  if (daysAfter < 0) return ['lastDate is before firstDate'];
  if (daysAfter + 1 > MAX_SPAN_DAYS) return [`a rule may span at most ${MAX_SPAN_DAYS} days`];
  return [];
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
