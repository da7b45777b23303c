import { describe, expect, it } from 'vitest';
import {
  addIsoWeeks,
  calendarDateIn,
  compareIsoWeeks,
  currentIsoWeek,
  daysBefore,
  isoWeek,
  isoWeekDays,
  isoWeekLabel,
  isoWeekPeriod,
  isoWeekStart,
  lastCompleteIsoWeek,
  parseIsoWeekLabel,
  recentPeriod,
  SWEDISH_TIME_ZONE,
  weeksInIsoYear,
} from './dates';

describe('daysBefore', () => {
  it('subtracts whole 24-hour days', () => {
    expect(daysBefore(new Date('2026-11-26T12:00:00Z'), 28).toISOString()).toBe('2026-10-29T12:00:00.000Z');
  });

  it('keeps exact hours across the end of summer time', () => {
    const now = new Date('2026-10-26T10:00:00Z');
    expect(now.getTime() - daysBefore(now, 2).getTime()).toBe(48 * 3600 * 1000);
  });
});

describe('recentPeriod', () => {
  it('ends now and starts the given number of days before', () => {
    expect(recentPeriod(new Date('2026-03-01T00:00:00Z'), 28)).toEqual({
      from: '2026-02-01T00:00:00.000Z',
      to: '2026-03-01T00:00:00.000Z',
    });
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
