/**
 * Time on the platform, for the services, the web and the tests alike: Swedish calendar days, ISO
 * weeks and their bounds as instants, DST-aware. No Node, no GraphQL: the web bundles it too.
 */
export { addDays, calendarDaysBetween, FIRST_YEAR, isoWeekday, isYearInRange, LAST_YEAR, monthsBetween, swedishDay, swedishDaysBefore, swedishDaysBetween, swedishMidnight, swedishQuartersBefore, swedishYear, type Span } from './calendar.js';
export { clockHoursBetween, isCalendarDay, isLocalTime, localToUtc, SWEDISH_TIME_ZONE, zoneOffsetMs } from './zone.js';
export {
  addWeeks, compareWeeks, firstWeekStartingAt, isoWeekAt, isoWeekOf, isoWeekOfDay, lastCompleteWeek, parseIsoWeek, sameWeekYearEarlier, spanWeeks,
  weekFromMonday, weeksEndingWith, weeksInYear, weekStartsWithin, weeksStartingWithin, type IsoWeek,
} from './week.js';
