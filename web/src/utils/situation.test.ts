import { describe, expect, it } from 'vitest';
import type { Situation, SituationFigures } from '../api/situations';
import { changeDirection, CATEGORIES, comparisonRows, comparisonWeeks, figureRows, patternKey } from './situation';
import { isoWeekOf } from '@tk/time';

describe('changeDirection', () => {
  it('is up or down beyond half an incident from the average', () => {
    expect(changeDirection(3, 1.75)).toBe('up');
    expect(changeDirection(0, 1.25)).toBe('down');
  });
  it('is flat within ±0.5, the edges included', () => {
    expect(changeDirection(2, 2)).toBe('flat');
    expect(changeDirection(1, 0.5)).toBe('flat');
    expect(changeDirection(0, 0.5)).toBe('flat');
    expect(changeDirection(1, 1.25)).toBe('flat');
  });
  it('is null when a side is unknown', () => {
    expect(changeDirection(null, 1)).toBeNull();
    expect(changeDirection(1, undefined)).toBeNull();
  });
});

const figures: SituationFigures = {
  total: 5,
  previousFourWeeksAverage: 3.25,
  sameWeekLastYear: 4,
  byCategory: [
    { category: 'GRAFFITI', count: 3, previousFourWeeksAverage: 1, sameWeekLastYear: 2, change: 2 },
    { category: 'VANDALISM', count: 2, previousFourWeeksAverage: 2.25, sameWeekLastYear: 2, change: -0.25 },
  ],
  hotCells: [],
};

describe('figureRows', () => {
  it('gives no year-ago figures when the year before has no such week (week 53)', () => {
    const table = figureRows({ ...figures, sameWeekLastYear: null, byCategory: figures.byCategory!.map((c) => ({ ...c, sameWeekLastYear: null })) })!;
    expect(table.rows.map((r) => r.lastYear)).toEqual(CATEGORIES.map(() => null));
    expect(table.total.lastYear).toBeNull();
  });

  it('lists every category in the fixed order, the missing ones as zeros', () => {
    const table = figureRows(figures)!;
    expect(table.rows.map((r) => r.category)).toEqual([...CATEGORIES]);
    expect(table.rows[0]).toMatchObject({ category: 'VANDALISM', count: 2, average: 2.25, change: -0.25, direction: 'flat', lastYear: 2 });
    expect(table.rows[1]).toMatchObject({ category: 'GRAFFITI', count: 3, direction: 'up', change: 2 });
    expect(table.rows[2]).toMatchObject({ category: 'FIRE', count: 0, average: 0, change: 0, direction: 'flat', lastYear: 0 });
  });
  it('adds the totals row, computing the change the server leaves out', () => {
    expect(figureRows(figures)!.total).toEqual({ category: null, count: 5, average: 3.25, change: 1.75, direction: 'up', lastYear: 4 });
  });
  it('is null without figures', () => {
    expect(figureRows(null)).toBeNull();
  });
});

describe('comparisonWeeks', () => {
  it('is the chosen week and the three before it, oldest first', () => {
    expect(comparisonWeeks(isoWeekOf(2026, 47)!)).toEqual([
      isoWeekOf(2026, 44)!,
      isoWeekOf(2026, 45)!,
      isoWeekOf(2026, 46)!,
      isoWeekOf(2026, 47)!,
    ]);
  });
  it('crosses the new year, 53-week years included', () => {
    expect(comparisonWeeks(isoWeekOf(2027, 2)!)).toEqual([
      isoWeekOf(2026, 52)!,
      isoWeekOf(2026, 53)!,
      isoWeekOf(2027, 1)!,
      isoWeekOf(2027, 2)!,
    ]);
  });
});

describe('comparisonRows', () => {
  it('puts the weeks in columns, a missing week as null and the totals last', () => {
    const week = (total: number, graffiti: number): Situation => ({
      status: 'PUBLISHED',
      figures: { total, byCategory: [{ category: 'GRAFFITI', count: graffiti }] },
    });
    const rows = comparisonRows([week(4, 1), null, week(6, 3)]);
    expect(rows).toHaveLength(CATEGORIES.length + 1);
    expect(rows.find((r) => r.category === 'GRAFFITI')?.counts).toEqual([1, null, 3]);
    expect(rows.find((r) => r.category === 'FIRE')?.counts).toEqual([0, null, 0]);
    expect(rows[rows.length - 1]).toEqual({ category: null, counts: [4, null, 6] });
  });
});

describe('patternKey', () => {
  it('keeps the known patterns and reads anything else as none', () => {
    expect(patternKey('INTENSIFYING')).toBe('INTENSIFYING');
    expect(patternKey('NONE')).toBe('NONE');
    expect(patternKey('SOMETHING')).toBe('NONE');
    expect(patternKey(null)).toBe('NONE');
  });
});
