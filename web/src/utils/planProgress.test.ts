import { describe, expect, it } from 'vitest';
import { progressCounts, progressSegments, progressTotals, spannedYears, yearSeries, yearsBetween, planPageYear } from './planProgress';

describe('progressCounts and progressTotals', () => {
  it('reads missing counts as 0 and sums the areas', () => {
    const rows = [
      { activities: 4, done: 1, ongoing: 2, notFollowedUp: 1 },
      { activities: 3, notStarted: 1, paused: 1, cancelled: 1 },
    ];
    expect(progressTotals(rows)).toEqual({ activities: 7, done: 1, ongoing: 2, notStarted: 1, paused: 1, cancelled: 1, notFollowedUp: 1 });
  });

  it('counts the activities from the statuses when the answer lacks the total', () => {
    expect(progressCounts({ done: 2, notFollowedUp: 3 }).activities).toBe(5);
  });

  it('is all zeros for no areas', () => {
    expect(progressTotals([]).activities).toBe(0);
  });
});

describe('progressSegments', () => {
  it('stacks the statuses in order and leaves empty ones out', () => {
    const segments = progressSegments(progressCounts({ activities: 4, done: 1, notFollowedUp: 3 }));
    expect(segments).toEqual([
      { status: 'done', count: 1, start: 0, width: 25 },
      { status: 'notFollowedUp', count: 3, start: 25, width: 75 },
    ]);
  });

  it('has no segments for an area without activities', () => {
    expect(progressSegments(progressCounts({ activities: 0 }))).toEqual([]);
  });
});

describe('yearSeries and spannedYears', () => {
  it('puts one value per year in order, null where missing', () => {
    expect(yearSeries([{ year: 2021, value: 40 }, { year: 2019, value: 35 }, { year: 2020, value: null }], yearsBetween(2019, 2021))).toEqual([
      { year: 2019, value: 35 },
      { year: 2020, value: null },
      { year: 2021, value: 40 },
    ]);
  });

  it('spans the years of several series, gaps included', () => {
    expect(spannedYears([[{ year: 2020 }], [{ year: 2023 }, { year: null }]])).toEqual([2020, 2021, 2022, 2023]);
    expect(spannedYears([[], []])).toEqual([]);
  });

  it('has no years for an upside-down range', () => {
    expect(yearsBetween(2023, 2020)).toEqual([]);
  });
});

describe('planPageYear', () => {
  const plan = { periodFrom: '2019-01-01', periodTo: '2022-12-31' };
  it('opens an ended plan on its last year, a running one on this year, one not begun on its first', () => {
    expect(planPageYear(plan, 2026)).toBe(2022);
    expect(planPageYear(plan, 2021)).toBe(2021);
    expect(planPageYear(plan, 2017)).toBe(2019);
  });
  it('falls back to the last whole year without a plan period', () => {
    expect(planPageYear(null, 2026)).toBe(2025);
    expect(planPageYear({ periodFrom: '2019-01-01', periodTo: null }, 2026)).toBe(2025);
  });
});
