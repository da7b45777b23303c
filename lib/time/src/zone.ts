/**
 * Wall-clock time in a time zone (Sweden's by default) as instants, DST-aware. The one place that
 * reads zone offsets; calendar arithmetic on plain days lives in `calendar.ts`.
 */

/** Sweden's time zone: every week, day and hour on the platform is counted on its clocks. */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';
const SWEDEN = SWEDISH_TIME_ZONE;
const DAY_MS = 86_400_000;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  if (!isCalendarDay(date) || !isLocalTime(time)) {
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

/** A wall-clock time "HH:MM", 00:00–23:59. */
export const isLocalTime = (value: unknown): value is string => typeof value === 'string' && TIME.test(value);

/** A calendar day "YYYY-MM-DD" that exists. */
export function isCalendarDay(value: unknown): value is string {
  // Date.parse rolls 2026-02-30 over to March, so only a round trip proves the day exists.
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const ms = Date.parse(value);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/**
 * Every offset change of today's zones falls on a quarter-hour (Sweden's on the hour), so an offset
 * holds through the quarter-hour it was read in: each is read once. A presence layer expands the same
 * rules for every request, and reading an offset through Intl costs about ten microseconds.
 */
const QUARTER_HOUR_MS = 900_000;
const MAX_REMEMBERED = 100_000;
const offsets = new Map<string, number>();

/** Milliseconds the wall clock in `zone` (Sweden's by default) is ahead of UTC at an instant. */
export const zoneOffsetMs = (at: Date, zone = SWEDEN): number => offsetAt(at.getTime(), zone);

/** Hours between two instants as the wall clock in `zone` counts them (a clock change adds or takes an hour). */
export const clockHoursBetween = (from: Date, to: Date, zone = SWEDEN): number =>
  (to.getTime() + zoneOffsetMs(to, zone) - from.getTime() - zoneOffsetMs(from, zone)) / 3_600_000;

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
