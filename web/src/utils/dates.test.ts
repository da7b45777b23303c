import { describe, expect, it } from 'vitest';
import {
  addIsoWeeks,
  calendarDateIn,
  compareIsoWeeks,
  currentIsoWeek,
  isoWeek,
  isoWeekDays,
  isoWeekLabel,
  isoWeekPeriod,
  isoWeekStart,
  lastCompleteIsoWeek,
  parseIsoWeekLabel,
  recentDays,
  recentPeriod,
  spanWeeks,
  SWEDISH_TIME_ZONE,
  weeksInIsoYear,
} from './dates';

describe('recentDays', () => {
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
    const span = recentDays(new Date(now), 28);
    expect(span.from.toISOString()).toBe(from);
    expect(span.to.getTime()).toBe(new Date(now).getTime());
  });

  it('holds the 23-hour day when summer time begins within it', () => {
    // 2 Mar 00:30 CET to 30 Mar 00:30 CEST: 27 days of 24 h and 29 Mar of 23 h.
    const { from, to } = recentDays(new Date('2026-03-30T00:30:00+02:00'), 28);
    expect((to.getTime() - from.getTime()) / 3_600_000).toBe(27 * 24 + 23);
  });

  it('holds exactly four Monday midnights, whatever the day and hour', () => {
    for (let hour = 0; hour < 24 * 14; hour += 5) {
      const now = new Date(Date.parse('2026-03-23T00:00:00+01:00') + hour * 3_600_000);
      const { from, to } = recentDays(now, 28);
      const mondays = [...Array(5).keys()]
        .map((k) => new Date(Date.parse('2026-02-23T00:00:00+01:00') + k * 7 * 86_400_000))
        .concat([new Date('2026-03-30T00:00:00+02:00'), new Date('2026-04-06T00:00:00+02:00')])
        .filter((m) => m >= from && m < to);
      expect(mondays, now.toISOString()).toHaveLength(4);
    }
  });
});

describe('recentPeriod', () => {
  it('gives recentDays as ISO strings for the API', () => {
    expect(recentPeriod(new Date('2026-03-30T00:30:00+02:00'), 28)).toEqual({
      from: '2026-03-01T23:30:00.000Z',
      to: '2026-03-29T22:30:00.000Z',
    });
  });
});

describe('spanWeeks', () => {
  const weeks = (now: string): [number, number] => {
    const { first, last } = spanWeeks(recentDays(new Date(now), 28));
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
    const span = { from: new Date('2026-03-23T00:00:00+01:00'), to: new Date('2026-03-30T00:00:00+02:00') };
    expect(spanWeeks(span)).toEqual({ first: { year: 2026, week: 13 }, last: { year: 2026, week: 13 } });
  });
});

describe('isoWeek', () => {
  it.each([
    ['2026-11-26', 2026, 48],
    ['2026-01-01', 2026, 1], // a Thursday: week 1
    ['2027-01-01', 2026, 53], // a Friday: still the last week of 2026
    ['2024-12-30', 2025, 1], // a Monday whose Thursday is in 2025
    ['2021-01-03', 2020, 53], // a Sunday closes the week
    ['2026-06-15', 2026, 25],
  ])('%s is in week %i-W%i', (day, year, week) => {
    expect(isoWeek(new Date(`${day}T12:00:00Z`))).toEqual({ year, week });
  });
});

describe('isoWeekStart', () => {
  it.each([
    [2025, 1, '2024-12-30'], // week 1 may start in the year before
    [2026, 1, '2025-12-29'],
    [2026, 47, '2026-11-16'],
    [2026, 53, '2026-12-28'], // 2026 starts on a Thursday: it has a week 53
    [2027, 1, '2027-01-04'],
    [2021, 1, '2021-01-04'], // week 1 may also start after New Year
    [2020, 53, '2020-12-28'],
  ])('%i-W%i starts on Monday %s', (year, week, monday) => {
    expect(isoWeekStart({ year, week }).toISOString().slice(0, 10)).toBe(monday);
  });

  it('round-trips every week of several years through isoWeek', () => {
    for (const year of [2020, 2024, 2025, 2026, 2027]) {
      for (let week = 1; week <= weeksInIsoYear(year); week++) {
        expect(isoWeek(isoWeekStart({ year, week }))).toEqual({ year, week });
      }
    }
  });
});

describe('isoWeekDays', () => {
  it('runs from Monday to Sunday, across New Year', () => {
    const { first, last } = isoWeekDays({ year: 2026, week: 53 });
    expect([first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)]).toEqual(['2026-12-28', '2027-01-03']);
  });
});

describe('weeksInIsoYear', () => {
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
    expect(weeksInIsoYear(year)).toBe(weeks);
  });
});

describe('addIsoWeeks', () => {
  it.each([
    [{ year: 2026, week: 47 }, -1, { year: 2026, week: 46 }],
    [{ year: 2026, week: 52 }, 1, { year: 2026, week: 53 }],
    [{ year: 2026, week: 53 }, 1, { year: 2027, week: 1 }],
    [{ year: 2027, week: 1 }, -1, { year: 2026, week: 53 }],
    [{ year: 2025, week: 1 }, -1, { year: 2024, week: 52 }], // 2024 has no week 53
    [{ year: 2025, week: 52 }, 1, { year: 2026, week: 1 }],
    [{ year: 2026, week: 10 }, 0, { year: 2026, week: 10 }],
    [{ year: 2026, week: 1 }, 60, { year: 2027, week: 8 }],
  ])('%j + %i weeks is %j', (week, count, expected) => {
    expect(addIsoWeeks(week, count)).toEqual(expected);
  });
});

describe('compareIsoWeeks', () => {
  it('orders by year, then week', () => {
    expect(compareIsoWeeks({ year: 2026, week: 53 }, { year: 2027, week: 1 })).toBeLessThan(0);
    expect(compareIsoWeeks({ year: 2026, week: 47 }, { year: 2026, week: 46 })).toBeGreaterThan(0);
    expect(compareIsoWeeks({ year: 2026, week: 47 }, { year: 2026, week: 47 })).toBe(0);
  });
});

describe('isoWeekLabel and parseIsoWeekLabel', () => {
  it('write and read the API form with two-digit weeks', () => {
    expect(isoWeekLabel({ year: 2026, week: 7 })).toBe('2026-W07');
    expect(parseIsoWeekLabel('2026-W07')).toEqual({ year: 2026, week: 7 });
    expect(parseIsoWeekLabel('2026-W53')).toEqual({ year: 2026, week: 53 });
  });

  it.each(['2025-W53', '2026-W00', '2026-W54', '2026-W7', '2026W07', ' 2026-W07'])('rejects %j', (label) => {
    expect(parseIsoWeekLabel(label)).toBeNull();
  });
});

describe('currentIsoWeek and lastCompleteIsoWeek', () => {
  it('count weeks in Swedish time: Sunday 23:30 UTC is already Monday in Stockholm', () => {
    const sundayNight = new Date('2026-11-22T23:30:00Z');
    expect(isoWeek(sundayNight)).toEqual({ year: 2026, week: 47 });
    expect(currentIsoWeek(sundayNight)).toEqual({ year: 2026, week: 48 });
    expect(lastCompleteIsoWeek(sundayNight)).toEqual({ year: 2026, week: 47 });
  });

  it('step back over New Year into week 53', () => {
    expect(lastCompleteIsoWeek(new Date('2027-01-05T10:00:00Z'))).toEqual({ year: 2026, week: 53 });
    expect(lastCompleteIsoWeek(new Date('2025-01-01T10:00:00Z'))).toEqual({ year: 2024, week: 52 });
  });

  it('keep summer time apart from winter time', () => {
    // 22:30 UTC on Sunday 2026-06-21 is 00:30 on Monday in Stockholm (UTC+2).
    expect(calendarDateIn(new Date('2026-06-21T22:30:00Z'), SWEDISH_TIME_ZONE).toISOString().slice(0, 10)).toBe('2026-06-22');
    // 22:30 UTC in winter is 23:30, still the same day.
    expect(calendarDateIn(new Date('2026-11-22T22:30:00Z'), SWEDISH_TIME_ZONE).toISOString().slice(0, 10)).toBe('2026-11-22');
  });
});

describe('isoWeekPeriod', () => {
  it('runs from Monday to Monday at midnight in Swedish time, in winter and summer', () => {
    expect(isoWeekPeriod({ year: 2026, week: 47 })).toEqual({ from: '2026-11-15T23:00:00.000Z', to: '2026-11-22T23:00:00.000Z' });
    expect(isoWeekPeriod({ year: 2026, week: 27 })).toEqual({ from: '2026-06-28T22:00:00.000Z', to: '2026-07-05T22:00:00.000Z' });
  });

  it('is a week shorter by an hour when summer time begins', () => {
    // 2026-03-29 is the last Sunday of March; week 13 runs 23–29 March.
    const { from, to } = isoWeekPeriod({ year: 2026, week: 13 });
    expect(from).toBe('2026-03-22T23:00:00.000Z');
    expect(to).toBe('2026-03-29T22:00:00.000Z');
  });
});
