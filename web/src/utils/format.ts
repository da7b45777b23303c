import { SWEDISH_TIME_ZONE, swedishDay } from '@tk/time';

export type AppLocale = 'sv' | 'en';

const TAGS: Record<AppLocale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** BCP 47 tag for number and date formatting in the given UI language. */
export function localeTag(locale: AppLocale): string {
  return TAGS[locale];
}

/** Area with one decimal, e.g. "4,8 km²" in Swedish and "4.8 km²" in English. */
export function formatArea(km2: number, locale: AppLocale): string {
  const number = new Intl.NumberFormat(localeTag(locale), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(km2);
  return `${number}\u00a0km²`;
}

/** A whole number with the language's digit grouping (Swedish groups with a narrow space). */
export function formatCount(count: number, locale: AppLocale): string {
  return new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 0 }).format(count);
}

/** A number with at most `digits` decimals, e.g. "6,3" in Swedish. */
export function formatDecimal(value: number, locale: AppLocale, digits = 1): string {
  return new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: digits }).format(value);
}

/** A number with exactly `digits` decimals, e.g. a z-score "3,0" or "−1,7" in Swedish. */
export function formatFixed(value: number, locale: AppLocale, digits = 1): string {
  return new Intl.NumberFormat(localeTag(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Incidents per km² with one decimal; null when the area is unknown or zero. */
export function incidentDensity(count: number, areaKm2: number | null | undefined): number | null {
  if (!areaKm2 || areaKm2 <= 0) return null;
  return Math.round((count / areaKm2) * 10) / 10;
}

/** A calendar day "YYYY-MM-DD" as 00:00 UTC of that date, which formats as that day in UTC. */
const utcDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** The days of a week as a short range, e.g. "16–22 nov. 2026" or "28 Dec 2026 – 3 Jan 2027", from calendar days. */
export function formatDayRange(first: string, last: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(localeTag(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(
    utcDate(first),
    utcDate(last),
  );
}

/**
 * The Swedish days of a half-open period [from, to) of instants, e.g. "24 nov. 2025 – 22 nov. 2026"
 * for 52 weeks from a Monday. `from` is usually a Swedish midnight, which is the evening before in
 * UTC, so both ends are turned into Swedish calendar dates first; the last day is the one before `to`.
 */
export function formatSpanDays(from: string, to: string, locale: AppLocale): string {
  return formatDayRange(swedishDay(new Date(from)), swedishDay(new Date(Date.parse(to) - 1)), locale);
}

/** An instant as date and time on the Swedish wall clock, e.g. "30 mars 2026 00:30", whatever the browser's zone. */
export function formatInstant(value: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: SWEDISH_TIME_ZONE }).format(new Date(value));
}

const DAY_MS = 86_400_000;

/**
 * A shift's day and hours on the wall clock, e.g. "fre 20 nov., 20:00–02:00". A window whose end
 * reads earlier than its start is taken as running past midnight, so the next day goes unnamed; the
 * end's day is written out only when the clock alone would mislead (a whole day, 20:00–20:00).
 * Null when the times are missing, unreadable or out of order.
 */
export function formatShiftTime(
  startsAt: string | null | undefined,
  endsAt: string | null | undefined,
  locale: AppLocale,
): string | null {
  const timeZone = SWEDISH_TIME_ZONE;
  const start = new Date(Date.parse(startsAt ?? ''));
  const end = new Date(Date.parse(endsAt ?? ''));
  // An unreadable time is an invalid Date, which compares false with anything.
  if (!(start < end)) return null;
  const tag = localeTag(locale);
  const day = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', timeZone });
  // h23: midnight is 00:00 in both languages, and zero-padded hours compare as text.
  const clock = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  const [from, to] = [clock.format(start), clock.format(end)];
  const days = (utcDate(swedishDay(end)).getTime() - utcDate(swedishDay(start)).getTime()) / DAY_MS;
  if (days === 0 || (days === 1 && to < from)) return `${day.format(start)}, ${from}–${to}`;
  return `${day.format(start)}, ${from} – ${day.format(end)}, ${to}`;
}

/** A calendar day as the API gives it ("YYYY-MM-DD"), e.g. "3 mars 2026"; null when there is none. */
export function formatCalendarDay(value: string | null | undefined, locale: AppLocale): string | null {
  if (!value) return null;
  return new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}
