/** Cases carried over from the web's own week code (web/src/utils/dates.ts), which this package replaced. */
import { describe, expect, it } from 'vitest';
import { addDays, swedishDay, swedishDaysBefore } from '../src/calendar.js';
import { addWeeks, compareWeeks, isoWeekAt, isoWeekOf, isoWeekOfDay, lastCompleteWeek, parseIsoWeek, spanWeeks, weeksInYear, weekStartsWithin, weeksStartingWithin, type IsoWeek } from '../src/week.js';

const yw = (w: IsoWeek | null) => (w ? { year: w.year, week: w.week } : null);
const week = (year: number, n: number): IsoWeek => isoWeekOf(year, n)!;

describe('swedishDaysBefore', () => {
  // Each start is 28 calendar days before today's Swedish date, as far into that day as now is into
  // today (real time since Swedish midnight), worked by hand.
  it.each([
    // Mon 30 Mar 2026 00:30 CEST (30 min into the day) is still Sun 29 Mar in UTC; 30 Mar − 28 days =
    // Mon 2 Mar, 00:00 CET = 23:00Z, + 30 min. (28 × 24 h would give Sun 1 Mar 23:30 CET.)
    ['2026-03-30T00:30:00+02:00', '2026-03-01T23:30:00.000Z'],
    // Sun 29 Mar 2026 03:30 CEST, 2.5 h after midnight (02:00–03:00 never happened): 1 Mar 02:30 CET.
    ['2026-03-29T03:30:00+02:00', '2026-03-01T01:30:00.000Z'],
    // Mon 26 Oct 2026 00:30 CET, the night after summer time ended: 28 Sep 00:30 CEST = 22:30Z.
    ['2026-10-26T00:30:00+01:00', '2026-09-27T22:30:00.000Z'],
    // Tue 10 Nov 2026 13:00 CET: 13 Oct 13:00 CEST = 11:00Z. 28 × 24 h would give 13 Oct 14:00 CEST.
    ['2026-11-10T13:00:00+01:00', '2026-10-13T11:00:00.000Z'],
    // Mon 4 Jan 2027 00:30 CET, across New Year: Mon 7 Dec 2026 00:30 CET.
    ['2027-01-04T00:30:00+01:00', '2026-12-06T23:30:00.000Z'],
  ])('at %s starts at %s and ends now', (now, from) => {
    const span = swedishDaysBefore(new Date(now), 28);
    expect(span.from.toISOString()).toBe(from);
    expect(span.to.getTime()).toBe(new Date(now).getTime());
  });

  it('holds the 23-hour day when summer time begins within it', () => {
    // 2 Mar 00:30 CET to 30 Mar 00:30 CEST: 27 days of 24 h and 29 Mar of 23 h.
    const { from, to } = swedishDaysBefore(new Date('2026-03-30T00:30:00+02:00'), 28);
    expect((to.getTime() - from.getTime()) / 3_600_000).toBe(27 * 24 + 23);
  });

  it('holds exactly four Monday midnights, whatever the day and hour', () => {
    for (let hour = 0; hour < 24 * 14; hour += 5) {
      const now = new Date(Date.parse('2026-03-23T00:00:00+01:00') + hour * 3_600_000);
      const { from, to } = swedishDaysBefore(now, 28);
      expect(weeksStartingWithin(from, to), now.toISOString()).toHaveLength(4);
    }
  });
});

describe('spanWeeks', () => {
  const weeks = (now: string): [number, number] => {
    const { first, last } = spanWeeks(swedishDaysBefore(new Date(now), 28));
    return [first.week, last.week];
  };

  it.each([
    // Mon 2 Mar – Mon 30 Mar 2026 (W14 starts on 30 Mar). UTC days would give Sun 1 Mar – Sun 29 Mar: 9–13.
    ['2026-03-30T00:30:00+02:00', 10, 14],
    // Mon 28 Sep – Mon 26 Oct 2026 (26 and 30 weeks after 30 Mar). UTC days would give 39–43.
    ['2026-10-26T00:30:00+01:00', 40, 44],
    // Tue 13 Oct – Tue 10 Nov 2026, midday: Swedish and UTC days agree.
    ['2026-11-10T13:00:00+01:00', 42, 46],
    // Mon 7 Dec 2026 – Mon 4 Jan 2027: week 50 to week 1. UTC would end on Sun 3 Jan, week 53.
    ['2027-01-04T00:30:00+01:00', 50, 1],
  ])('at %s names the weeks of the Swedish days: %i–%i', (now, first, last) => {
    expect(weeks(now)).toEqual([first, last]);
  });

  it('ends with the week of the day before an end at Swedish midnight', () => {
    // [Mon 23 Mar 00:00 CET, Mon 30 Mar 00:00 CEST) is week 13 alone; 30 Mar itself is not in it.
    const span = spanWeeks({ from: new Date('2026-03-23T00:00:00+01:00'), to: new Date('2026-03-30T00:00:00+02:00') });
    expect([span.first.label, span.last.label]).toEqual(['2026-W13', '2026-W13']);
  });
});

describe('the week of a day', () => {
  it.each([
    ['2026-11-26', 2026, 48],
    ['2026-01-01', 2026, 1], // a Thursday: week 1
    ['2027-01-01', 2026, 53], // a Friday: still the last week of 2026
    ['2024-12-30', 2025, 1], // a Monday whose Thursday is in 2025
    ['2021-01-03', 2020, 53], // a Sunday closes the week
    ['2026-06-15', 2026, 25],
  ])('%s is in week %i-W%i', (day, year, n) => {
    expect(yw(isoWeekOfDay(day))).toEqual({ year, week: n });
  });
});

describe('isoWeekOf', () => {
  it.each([
    [2025, 1, '2024-12-30'], // week 1 may start in the year before
    [2026, 1, '2025-12-29'],
    [2026, 47, '2026-11-16'],
    [2026, 53, '2026-12-28'], // 2026 starts on a Thursday: it has a week 53
    [2027, 1, '2027-01-04'],
    [2021, 1, '2021-01-04'], // week 1 may also start after New Year
    [2020, 53, '2020-12-28'],
  ])('%i-W%i starts on Monday %s', (year, n, monday) => {
    expect(week(year, n).monday).toBe(monday);
  });

  it('round-trips every week of several years through the week of its days', () => {
    for (const year of [2020, 2024, 2025, 2026, 2027]) {
      for (let n = 1; n <= weeksInYear(year); n++) {
        const w = week(year, n);
        expect(yw(isoWeekOfDay(w.monday))).toEqual({ year, week: n });
        expect(yw(isoWeekOfDay(addDays(w.monday, 6)))).toEqual({ year, week: n });
      }
    }
  });

  it('names no week 53 in a year of 52, nor week 0 or 54', () => {
    expect([isoWeekOf(2025, 53), isoWeekOf(2026, 0), isoWeekOf(2026, 54), isoWeekOf(2026, 1.5)]).toEqual([null, null, null, null]);
  });
});

describe('weeksInYear', () => {
  it.each([
    [2015, 53], // starts on a Thursday
    [2020, 53], // a leap year starting on a Wednesday
    [2021, 52],
    [2024, 52],
    [2025, 52],
    [2026, 53],
    [2027, 52],
    [2032, 53],
  ])('%i has %i weeks', (year, weeks) => {
    expect(weeksInYear(year)).toBe(weeks);
  });
});

describe('addWeeks', () => {
  it.each([
    ['2026-W47', -1, '2026-W46'],
    ['2026-W52', 1, '2026-W53'],
    ['2026-W53', 1, '2027-W01'],
    ['2027-W01', -1, '2026-W53'],
    ['2025-W01', -1, '2024-W52'], // 2024 has no week 53
    ['2025-W52', 1, '2026-W01'],
    ['2026-W10', 0, '2026-W10'],
    ['2026-W01', 60, '2027-W08'],
  ])('%s + %i weeks is %s', (from, count, expected) => {
    expect(addWeeks(parseIsoWeek(from)!, count).label).toBe(expected);
  });
});

describe('compareWeeks', () => {
  it('orders by year, then week', () => {
    expect(compareWeeks(week(2026, 53), week(2027, 1))).toBeLessThan(0);
    expect(compareWeeks(week(2026, 47), week(2026, 46))).toBeGreaterThan(0);
    expect(compareWeeks(week(2026, 47), week(2026, 47))).toBe(0);
  });
});

describe('labels', () => {
  it('are written and read with two-digit weeks', () => {
    expect(week(2026, 7).label).toBe('2026-W07');
    expect(yw(parseIsoWeek('2026-W07'))).toEqual({ year: 2026, week: 7 });
    expect(yw(parseIsoWeek('2026-W53'))).toEqual({ year: 2026, week: 53 });
  });

  it.each(['2025-W53', '2026-W00', '2026-W54', '2026-W7', '2026W07', ' 2026-W07'])('%j names no week', (label) => {
    expect(parseIsoWeek(label)).toBeNull();
  });
});

describe('the week it is, in Swedish time', () => {
  it('Sunday 23:30 UTC is already Monday in Stockholm', () => {
    const sundayNight = new Date('2026-11-22T23:30:00Z');
    expect(isoWeekAt(sundayNight).label).toBe('2026-W48');
    expect(lastCompleteWeek(sundayNight).label).toBe('2026-W47');
  });

  it('steps back over New Year into week 53', () => {
    expect(lastCompleteWeek(new Date('2027-01-05T10:00:00Z')).label).toBe('2026-W53');
    expect(lastCompleteWeek(new Date('2025-01-01T10:00:00Z')).label).toBe('2024-W52');
  });

  it('keeps summer time apart from winter time', () => {
    // 22:30 UTC on Sunday 2026-06-21 is 00:30 on Monday in Stockholm (UTC+2); in winter 23:30, the same day.
    expect(swedishDay(new Date('2026-06-21T22:30:00Z'))).toBe('2026-06-22');
    expect(swedishDay(new Date('2026-11-22T22:30:00Z'))).toBe('2026-11-22');
  });
});

describe('a week as instants', () => {
  it('runs from Monday to Monday at midnight in Swedish time, in winter and summer', () => {
    const iso = (w: IsoWeek) => [w.start.toISOString(), w.end.toISOString()];
    expect(iso(week(2026, 47))).toEqual(['2026-11-15T23:00:00.000Z', '2026-11-22T23:00:00.000Z']);
    expect(iso(week(2026, 27))).toEqual(['2026-06-28T22:00:00.000Z', '2026-07-05T22:00:00.000Z']);
    // 2026-03-29 is the last Sunday of March: week 13 is an hour short.
    expect(iso(week(2026, 13))).toEqual(['2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
  });

  it('weeks starting within a period: those whose Monday midnight is inside it', () => {
    const labels = (from: string, to: string) => weeksStartingWithin(new Date(from), new Date(to)).map((w) => w.label);
    expect(labels('2026-11-16T00:00:00+01:00', '2026-11-30T00:00:00+01:00')).toEqual(['2026-W47', '2026-W48']);
    expect(labels('2026-11-16T00:00:01+01:00', '2026-11-30T00:00:01+01:00')).toEqual(['2026-W48', '2026-W49']);
    expect(labels('2026-11-17T00:00:00+01:00', '2026-11-22T00:00:00+01:00')).toEqual([]);
    // A year in Swedish time starts whole weeks from its first Monday: 2025-W01 began in 2024.
    expect(labels('2025-01-01T00:00:00+01:00', '2026-01-01T00:00:00+01:00')).toHaveLength(52);
    expect(labels('2025-01-01T00:00:00+01:00', '2026-01-01T00:00:00+01:00')[0]).toBe('2025-W02');
  });

  it('their Monday midnights and the end of the last agree with the weeks themselves, across clock changes', () => {
    for (const [from, to] of [['2025-01-01T00:00:00+01:00', '2027-01-01T00:00:00+01:00'], ['2026-03-23T00:00:00+01:00', '2026-03-30T00:00:00+02:00'], ['2026-11-17T00:00:00+01:00', '2026-11-22T00:00:00+01:00']] as const) {
      const weeks = weeksStartingWithin(new Date(from), new Date(to));
      const { starts, end } = weekStartsWithin(new Date(from), new Date(to));
      expect(starts).toEqual(weeks.map((w) => w.start));
      if (weeks.length) expect(end).toEqual(weeks[weeks.length - 1]!.end);
    }
  });
});
