import { describe, expect, it } from 'vitest';
import { addWeeks, compareWeeks, isoWeekAt, isoWeekOf, isoWeekOfDay, parseIsoWeek, sameWeekYearEarlier, spanWeeks, weeksEndingWith, weeksInYear, weeksStartingWithin } from '../src/week.js';

const iso = (d: Date) => d.toISOString();

describe('ISO weeks in Swedish time', () => {
  it('bounds a week by Swedish midnights: 167 hours in spring, 169 in autumn, 168 otherwise', () => {
    // 2026-W13: Monday 23 March 00:00 CET to Monday 30 March 00:00 CEST (the clocks go forward on the 29th).
    const spring = parseIsoWeek('2026-W13')!;
    expect([spring.monday, iso(spring.start), iso(spring.end)]).toEqual(['2026-03-23', '2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
    // 2026-W43: Monday 19 October 00:00 CEST to Monday 26 October 00:00 CET (back on the 25th).
    const autumn = parseIsoWeek('2026-W43')!;
    expect([iso(autumn.start), iso(autumn.end)]).toEqual(['2026-10-18T22:00:00.000Z', '2026-10-25T23:00:00.000Z']);
    const hours = (w: { start: Date; end: Date }) => (w.end.getTime() - w.start.getTime()) / 3_600_000;
    expect([hours(spring), hours(autumn), hours(parseIsoWeek('2026-W48')!)]).toEqual([167, 169, 168]);
  });

  it('knows which years have a week 53, and the weeks around New Year', () => {
    // 2026 starts on a Thursday: it has 53 weeks; 2025 does not. Week 1 of 2027 starts on 4 January.
    expect(parseIsoWeek('2026-W53')?.monday).toBe('2026-12-28');
    expect(parseIsoWeek('2025-W53')).toBeNull();
    expect(parseIsoWeek('2027-W01')?.monday).toBe('2027-01-04');
    // 1 January 2021 (a Friday) is in week 53 of 2020; 29 December 2025 (a Monday) in week 1 of 2026.
    expect(isoWeekOfDay('2021-01-01').label).toBe('2020-W53');
    expect(isoWeekOfDay('2025-12-29').label).toBe('2026-W01');
    expect(sameWeekYearEarlier(parseIsoWeek('2026-W53')!)).toBeNull();
    expect(sameWeekYearEarlier(parseIsoWeek('2027-W10')!)?.label).toBe('2026-W10');
  });

  it('counts weeks on the calendar, not as 168 hours', () => {
    const w44 = parseIsoWeek('2026-W44')!;
    expect(addWeeks(w44, -4).label).toBe('2026-W40');
    expect(iso(addWeeks(w44, -4).start)).toBe('2026-09-27T22:00:00.000Z');
    expect(weeksEndingWith(parseIsoWeek('2027-W02')!, 4).map((w) => w.label)).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
  });

  it('reads the week of an instant on Swedish clocks', () => {
    // Sunday 29 November 23:30 UTC is Monday 30 November 00:30 in Sweden: week 49.
    expect(isoWeekAt(new Date('2026-11-29T23:30:00Z')).label).toBe('2026-W49');
    expect(isoWeekAt(new Date('2026-11-29T22:59:59Z')).label).toBe('2026-W48');
  });

  it('refuses what names no week', () => {
    for (const label of ['2026-W54', '2026-W00', '2025-W53', '26-W01', '2026W01', '1899-W10', '2200-W01', '']) expect(parseIsoWeek(label), label).toBeNull();
  });
});
