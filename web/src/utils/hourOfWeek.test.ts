import { describe, expect, it } from 'vitest';
import { heatLevel, hourGrid, isLateHour } from './hourOfWeek';

describe('hourGrid', () => {
  it('places the counts Monday first, 00 first, and sums the late hours 22–04', () => {
    const grid = hourGrid([
      { dayOfWeek: 1, hour: 0, count: 2 },
      { dayOfWeek: 5, hour: 23, count: 7 },
      { dayOfWeek: 6, hour: 4, count: 3 },
      { dayOfWeek: 6, hour: 5, count: 1 },
      { dayOfWeek: 7, hour: 14, count: 4 },
      { dayOfWeek: 8, hour: 1, count: 99 },
      { dayOfWeek: 3, hour: 24, count: 99 },
    ]);
    expect(grid.rows).toHaveLength(7);
    expect(grid.rows.every((row) => row.length === 24)).toBe(true);
    expect(grid.rows[0]![0]).toBe(2);
    expect(grid.rows[4]![23]).toBe(7);
    expect(grid.total).toBe(17);
    expect(grid.late).toBe(12);
    expect(grid.max).toBe(7);
    expect(grid.peak).toEqual({ dayOfWeek: 5, hour: 23, count: 7 });
  });

  it('has no peak without incidents', () => {
    expect(hourGrid([]).peak).toBeNull();
  });
});

describe('isLateHour and heatLevel', () => {
  it('marks 22:00–04:59 as late', () => {
    expect([21, 22, 23, 0, 4, 5].map(isLateHour)).toEqual([false, true, true, true, true, false]);
  });
  it('shades any incident at least faintly and the busiest hour fully', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 100)).toBe(1);
    expect(heatLevel(10, 10)).toBe(4);
    expect(heatLevel(6, 10)).toBe(3);
  });
});
