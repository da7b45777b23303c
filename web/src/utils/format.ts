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

/**
 * The days of a week as a short range, e.g. "16–22 nov. 2026" or "28 Dec 2026 – 3 Jan 2027". The
 * dates are calendar dates at 00:00 UTC (see utils/dates.ts), so they are formatted in UTC.
 */
export function formatDayRange(first: Date, last: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(localeTag(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(
    first,
    last,
  );
}
