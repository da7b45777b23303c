import { describe, expect, it } from 'vitest';
import { addWeeks, parseIsoWeek, type IsoWeek } from '../src/week.js';

// As the measures service read weeks before this package (Monday to Monday as a window).
const window = (w: IsoWeek) => ({ from: w.start, to: w.end });
const isoWeek = (label: string) => window(parseIsoWeek(label)!);
const isoWeekAfter = (label: string) => window(addWeeks(parseIsoWeek(label)!, 1));

const hours = (w: { from: Date; to: Date }) => (w.to.getTime() - w.from.getTime()) / 3_600_000;

describe('an ISO week in Swedish time', () => {
  it('runs from Monday 00:00 to the next Monday 00:00', () => {
    // 2026-W47: Monday 16 November, CET (UTC+1).
    expect(isoWeek('2026-W47')).toEqual({ from: new Date('2026-11-15T23:00:00Z'), to: new Date('2026-11-22T23:00:00Z') });
    // 2026-W01 begins in 2025: 1 January 2026 is a Thursday, so week 1 starts Monday 29 December 2025.
    expect(isoWeek('2026-W01').from).toEqual(new Date('2025-12-28T23:00:00Z'));
  });

  it('is 167 hours when the clocks go forward and 169 when they go back', () => {
    // Summer time begins on Sunday 29 March 2026 and ends on Sunday 25 October 2026.
    expect(hours(isoWeek('2026-W13'))).toBe(167);
    expect(isoWeek('2026-W13').to).toEqual(new Date('2026-03-29T22:00:00Z'));
    expect(hours(isoWeek('2026-W43'))).toBe(169);
    expect(hours(isoWeek('2026-W47'))).toBe(168);
  });

  it('gives the week after by the calendar, across a year\'s end and a clock change', () => {
    expect(isoWeekAfter('2026-W52')).toEqual(isoWeek('2026-W53'));
    expect(isoWeekAfter('2026-W53')).toEqual(isoWeek('2027-W01'));
    expect(isoWeekAfter('2026-W12')).toEqual(isoWeek('2026-W13'));
  });

  it('knows which years have a week 53, and refuses what names no week or an absurd year', () => {
    // The ends of the range: the week after the last one still has a calendar day to expand plans on.
    expect(isoWeekAfter('2199-W52').from).toEqual(isoWeek('2199-W52').to);
    expect(isoWeek('1900-W01').from.toISOString().slice(0, 10)).toBe('1899-12-31');
    expect(isoWeek('2026-W53').from).toEqual(new Date('2026-12-27T23:00:00Z'));
    for (const label of ['2025-W53', '2026-W00', '2026-W54', '2026-47', 'W47', '', '9999-W52', '0000-W10', '1899-W52', '2200-W01']) {
      expect(parseIsoWeek(label), label).toBeNull();
    }
  });
});
