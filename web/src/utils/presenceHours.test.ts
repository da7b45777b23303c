import { describe, expect, it } from 'vitest';
import { inWindow, shiftInWindow, WHOLE_DAY, windowLabel } from './presenceHours';

describe('inWindow', () => {
  it('takes a window within the day as [from, to)', () => {
    expect(inWindow(8, { from: 8, to: 17 })).toBe(true);
    expect(inWindow(16, { from: 8, to: 17 })).toBe(true);
    expect(inWindow(17, { from: 8, to: 17 })).toBe(false);
    expect(inWindow(23, { from: 8, to: 24 })).toBe(true);
  });

  it('runs a window past midnight when it ends before it starts', () => {
    expect([17, 18, 23, 0, 1, 2].map((hour) => inWindow(hour, { from: 18, to: 2 }))).toEqual([false, true, true, true, true, false]);
  });

  it('covers the whole day from 0 to 24, or when it ends where it starts', () => {
    expect(Array.from({ length: 24 }, (_, hour) => inWindow(hour, WHOLE_DAY)).every(Boolean)).toBe(true);
    expect(inWindow(3, { from: 5, to: 5 })).toBe(true);
  });
});

describe('shiftInWindow', () => {
  // Friday 20:00–02:00 in Swedish summer time (UTC+2).
  const night = ['2026-06-05T18:00:00Z', '2026-06-06T00:00:00Z'] as const;

  it('finds a night shift in an evening window and not in a morning one, in Swedish time', () => {
    expect(shiftInWindow(...night, { from: 18, to: 2 })).toBe(true);
    expect(shiftInWindow(...night, { from: 1, to: 3 })).toBe(true);
    expect(shiftInWindow(...night, { from: 6, to: 12 })).toBe(false);
    // 18:00 UTC is 20:00 in Stockholm: a window 18–20 Swedish time ends as the shift starts.
    expect(shiftInWindow(...night, { from: 18, to: 20 })).toBe(false);
  });

  it('follows winter time (UTC+1) too', () => {
    expect(shiftInWindow('2026-01-09T19:00:00Z', '2026-01-09T20:00:00Z', { from: 20, to: 21 })).toBe(true);
    expect(shiftInWindow('2026-01-09T19:00:00Z', '2026-01-09T20:00:00Z', { from: 19, to: 20 })).toBe(false);
  });

  it('counts a shift that starts within an hour of the window', () => {
    expect(shiftInWindow('2026-06-05T15:30:00Z', '2026-06-05T16:10:00Z', { from: 18, to: 19 })).toBe(true);
  });

  it('ignores shifts without a usable period', () => {
    expect(shiftInWindow('x', '2026-06-05T16:10:00Z', WHOLE_DAY)).toBe(false);
    expect(shiftInWindow('2026-06-05T16:10:00Z', '2026-06-05T16:10:00Z', WHOLE_DAY)).toBe(false);
  });
});

describe('windowLabel', () => {
  it('writes two-digit hours', () => {
    expect(windowLabel({ from: 18, to: 2 })).toBe('18–02');
    expect(windowLabel(WHOLE_DAY)).toBe('00–24');
  });
});
