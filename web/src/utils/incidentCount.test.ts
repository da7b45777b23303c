import { describe, expect, it } from 'vitest';
import { comparableCount, countDisplay } from './incidentCount';

describe('countDisplay', () => {
  it('shows an exact count as it is', () => {
    expect(countDisplay({ exact: true, value: 37, atLeast: 37, hiddenCells: 0 })).toEqual({ kind: 'exact', value: 37, rule: false });
  });

  it('shows an exact count of zero', () => {
    expect(countDisplay({ exact: true, value: 0, atLeast: 0, hiddenCells: 0 })).toEqual({ kind: 'exact', value: 0, rule: false });
  });

  it('shows the value of a district-week count when no week was hidden, noting the rule', () => {
    expect(countDisplay({ exact: false, value: 28, atLeast: 28, hiddenCells: 0 })).toEqual({ kind: 'exact', value: 28, rule: true });
  });

  it('says "under 5" when every week with incidents was hidden', () => {
    expect(countDisplay({ exact: false, value: null, atLeast: 0, hiddenCells: 1 })).toEqual({ kind: 'underFive', hiddenWeeks: 1, rule: true });
    expect(countDisplay({ exact: false, value: null, atLeast: 0, hiddenCells: 3 })).toEqual({ kind: 'underFive', hiddenWeeks: 3, rule: true });
  });

  it('says "at least N" when some weeks were published and others hidden', () => {
    expect(countDisplay({ exact: false, value: null, atLeast: 5, hiddenCells: 1 })).toEqual({ kind: 'atLeast', value: 5, hiddenWeeks: 1, rule: true });
  });

  it('never shows a value next to hidden weeks, even if one were sent', () => {
    expect(countDisplay({ exact: false, value: 7, atLeast: 5, hiddenCells: 1 }).kind).toBe('atLeast');
  });

  it('falls back to atLeast when nothing is hidden but the value is missing', () => {
    expect(countDisplay({ exact: false, value: null, atLeast: 12, hiddenCells: 0 })).toEqual({ kind: 'exact', value: 12, rule: true });
  });

  it('is unknown without a count or with nonsense numbers', () => {
    expect(countDisplay(null)).toEqual({ kind: 'unknown', rule: false });
    expect(countDisplay(undefined)).toEqual({ kind: 'unknown', rule: false });
    expect(countDisplay({ exact: true, value: null, atLeast: null, hiddenCells: null })).toEqual({ kind: 'unknown', rule: false });
    expect(countDisplay({ exact: true, value: -1, atLeast: Number.NaN, hiddenCells: 0 })).toEqual({ kind: 'unknown', rule: false });
  });
});

describe('comparableCount', () => {
  it('uses the shown number, and 0 for counts under 5 or unknown', () => {
    expect(comparableCount(countDisplay({ exact: true, value: 9, atLeast: 9, hiddenCells: 0 }))).toBe(9);
    expect(comparableCount(countDisplay({ exact: false, value: null, atLeast: 5, hiddenCells: 2 }))).toBe(5);
    expect(comparableCount(countDisplay({ exact: false, value: null, atLeast: 0, hiddenCells: 2 }))).toBe(0);
    expect(comparableCount(countDisplay(null))).toBe(0);
  });
});
