import { describe, expect, it } from 'vitest';
import { swedishDaysBetween, swedishMidnight } from '../src/calendar.js';
import { localToUtc } from '../src/zone.js';

const utc = (iso: string) => new Date(iso);

describe('localToUtc', () => {
  it('subtracts one hour in winter (CET) and two in summer (CEST)', () => {
    expect(localToUtc('2026-11-27', '20:00')).toEqual(utc('2026-11-27T19:00:00Z'));
    expect(localToUtc('2026-06-03', '18:00')).toEqual(utc('2026-06-03T16:00:00Z'));
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    // 2027-03-28: clocks go from 02:00 CET (01:00 UTC) straight to 03:00 CEST, so 02:00–02:59 never happen.
    // Read with the offset before the gap (+1): 02:30 → 01:30 UTC, which the clock shows as 03:30 CEST.
    expect(localToUtc('2027-03-28', '02:30')).toEqual(utc('2027-03-28T01:30:00Z'));
    // 02:00 → 01:00 UTC, the very instant the clocks jump, shown as 03:00 CEST; 03:00 itself is the same instant.
    expect(localToUtc('2027-03-28', '02:00')).toEqual(utc('2027-03-28T01:00:00Z'));
    expect(localToUtc('2027-03-28', '03:00')).toEqual(utc('2027-03-28T01:00:00Z'));
    // The last minute before the gap is still CET: 01:59 − 1 h.
    expect(localToUtc('2027-03-28', '01:59')).toEqual(utc('2027-03-28T00:59:00Z'));
  });

  it('takes the earlier instant of a time that fall-back repeats', () => {
    // 2026-10-25: CEST ends at 03:00 CEST = 01:00 UTC, when clocks return to 02:00 CET, so 02:00–02:59 happen
    // twice: first as CEST (UTC+2), then as CET (UTC+1). The first: 02:30 − 2 h = 00:30 UTC (not 01:30 UTC).
    expect(localToUtc('2026-10-25', '02:30')).toEqual(utc('2026-10-25T00:30:00Z'));
    expect(localToUtc('2026-10-25', '02:00')).toEqual(utc('2026-10-25T00:00:00Z'));
    // 01:59 happens once, in CEST (− 2 h); 03:00 happens once, in CET (− 1 h), since 03:00 CEST never shows.
    expect(localToUtc('2026-10-25', '01:59')).toEqual(utc('2026-10-24T23:59:00Z'));
    expect(localToUtc('2026-10-25', '03:00')).toEqual(utc('2026-10-25T02:00:00Z'));
  });

  it('works in another zone', () => {
    // New York leaves EDT (UTC−4) on Sunday 2026-11-01 at 02:00 EDT; 01:30 happens first in EDT: 01:30 + 4 h.
    expect(localToUtc('2026-11-01', '01:30', 'America/New_York')).toEqual(utc('2026-11-01T05:30:00Z'));
  });

  it('refuses a date or time that does not exist on any calendar', () => {
    expect(() => localToUtc('2026-02-30', '20:00')).toThrow(RangeError);
    expect(() => localToUtc('2026-11-27', '24:00')).toThrow(RangeError);
  });
});

describe('swedishDaysBetween', () => {
  it('counts calendar days between Swedish midnights, whatever daylight saving did', () => {
    // 2026-10-25 has 25 hours: a window over it is still whole days.
    expect(swedishDaysBetween(swedishMidnight('2026-10-20'), swedishMidnight('2026-10-27'))).toBe(7);
    // 2027-03-28 has 23 hours.
    expect(swedishDaysBetween(swedishMidnight('2027-03-01'), swedishMidnight('2027-05-24'))).toBe(84);
    // Twelve weeks across the end of summer time: 84 days, not 84 × 24 h + 1 h (84.0417).
    expect(swedishDaysBetween(swedishMidnight('2026-09-01'), swedishMidnight('2026-11-24'))).toBe(84);
    expect(swedishDaysBetween(swedishMidnight('2026-11-24'), swedishMidnight('2026-09-01'))).toBe(-84);
  });

  it('measures the part of a day begun against that day\'s own length', () => {
    const start = swedishMidnight('2026-10-24');
    // Noon (CET) on the 25-hour day is 13 real hours after its midnight (02:00–03:00 happens twice).
    expect(swedishDaysBetween(start, new Date('2026-10-25T11:00:00Z'))).toBeCloseTo(1 + 13 / 25, 9);
    // 12:00 on the 23-hour day 2027-03-28 is 11 real hours after midnight.
    expect(swedishDaysBetween(swedishMidnight('2027-03-27'), new Date('2027-03-28T10:00:00Z'))).toBeCloseTo(1 + 11 / 23, 9);
    // An ordinary winter day: 18:00 CET is three quarters through it.
    expect(swedishDaysBetween(swedishMidnight('2026-12-01'), new Date('2026-12-03T17:00:00Z'))).toBe(2.75);
  });

  it('gives midnight as the start of the day it begins', () => {
    expect(swedishMidnight('2026-06-01').toISOString()).toBe('2026-05-31T22:00:00.000Z');
    expect(swedishMidnight('2026-12-01').toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });
});
