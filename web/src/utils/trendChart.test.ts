import { describe, expect, it } from 'vitest';
import { barGeometry, barValueText, gridValues, niceMax, tickIndexes, trendBars } from './trendChart';
import { isoWeekOf } from '@tk/time';

const t = (key: string): string => ({ 'counts.underFive': 'färre än 5', 'trend.missing': 'uppgift saknas' })[key] ?? key;
const n = (value: number): string => String(value);

describe('the chart\'s weeks', () => {
  it('end with the last week and cross a year boundary, 53-week years included', () => {
    const weeks = trendBars([], isoWeekOf(2027, 2)!, 4).map((bar) => bar.week);
    expect(weeks).toEqual([isoWeekOf(2026, 52)!, isoWeekOf(2026, 53)!, isoWeekOf(2027, 1)!, isoWeekOf(2027, 2)!]);
  });
});

describe('trendBars', () => {
  const answer = [
    { week: '2026-W45', count: 7, exact: false },
    { week: '2026-W46', count: null, exact: false },
    { week: '2026-W47', count: 0, exact: true },
  ];

  it('tells counts, hidden weeks and weeks the answer lacks apart', () => {
    const bars = trendBars(answer, isoWeekOf(2026, 47)!, 4);
    expect(bars.map((b) => [b.label, b.kind, b.count])).toEqual([
      ['2026-W44', 'missing', null],
      ['2026-W45', 'count', 7],
      ['2026-W46', 'hidden', null],
      ['2026-W47', 'count', 0],
    ]);
  });

  it('highlights the picked week, by default the last', () => {
    expect(trendBars(answer, isoWeekOf(2026, 47)!, 4).filter((b) => b.picked).map((b) => b.label)).toEqual(['2026-W47']);
    expect(trendBars(answer, isoWeekOf(2026, 47)!, 4, isoWeekOf(2026, 45)!).find((b) => b.picked)?.label).toBe('2026-W45');
  });

  it('ignores rows with unreadable weeks', () => {
    const bars = trendBars([{ week: 'nonsense', count: 3 }], isoWeekOf(2026, 47)!, 2);
    expect(bars.every((b) => b.kind === 'missing')).toBe(true);
  });
});

describe('niceMax', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten and never below 5', () => {
    expect(niceMax([])).toBe(5);
    expect(niceMax([0, 3])).toBe(5);
    expect(niceMax([7])).toBe(10);
    expect(niceMax([12])).toBe(20);
    expect(niceMax([23])).toBe(25);
    expect(niceMax([40])).toBe(50);
    expect(niceMax([100])).toBe(100);
  });
});

describe('barGeometry', () => {
  it('scales counts to the plot, keeps a hairline for zero and a fixed marker for hidden weeks', () => {
    const bars = trendBars(
      [
        { week: '2026-W45', count: 10 },
        { week: '2026-W46', count: null },
        { week: '2026-W47', count: 0 },
      ],
      isoWeekOf(2026, 47)!,
      4,
    );
    const [missing, ten, hidden, zero] = barGeometry(bars, 100, 50, 10, 2);
    expect(missing).toMatchObject({ height: 0, y: 50, x: 1, width: 23 });
    expect(ten).toMatchObject({ height: 50, y: 0, x: 26 });
    expect(hidden?.height).toBeCloseTo(20);
    expect(zero).toMatchObject({ height: 1, y: 49 });
  });
});

describe('axis helpers', () => {
  it('puts gridlines at whole numbers only', () => {
    expect(gridValues(10)).toEqual([0, 5, 10]);
    expect(gridValues(25)).toEqual([0, 25]);
  });

  it('labels every fourth week, counted back from the last', () => {
    expect(tickIndexes(10, 4)).toEqual([1, 5, 9]);
    expect(tickIndexes(26)).toEqual([1, 5, 9, 13, 17, 21, 25]);
  });
});

describe('barValueText', () => {
  it('never writes a number for a hidden week', () => {
    const [missing, hidden, counted] = trendBars(
      [
        { week: '2026-W46', count: null },
        { week: '2026-W47', count: 12 },
      ],
      isoWeekOf(2026, 47)!,
      3,
    );
    expect(barValueText(missing!, t, n)).toBe('uppgift saknas');
    expect(barValueText(hidden!, t, n)).toBe('färre än 5');
    expect(barValueText(counted!, t, n)).toBe('12');
  });
});
