const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant `days` × 24 h before `date`; exact hours, so a DST change does not shorten the window. */
export function daysBefore(date: Date, days: number): Date {
  return new Date(date.getTime() - days * DAY_MS);
}

export interface Period {
  from: string;
  to: string;
}

/** The half-open period [now − days, now) as ISO strings, as the API's DateTime arguments expect. */
export function recentPeriod(now: Date, days: number): Period {
  return { from: daysBefore(now, days).toISOString(), to: now.toISOString() };
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
