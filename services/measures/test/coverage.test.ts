import { describe, expect, it } from 'vitest';
import { coverage, hourOfWeek, hoursOfShift } from '../src/presence/coverage.js';

// Week 2026-W48, CET (UTC+1): Friday 27 Nov 20:00 local = 19:00 UTC.
const utc = (iso: string) => new Date(iso);
// Monday 23 Nov 00:00 CET to Monday 30 Nov 00:00 CET.
const W48 = { from: utc('2026-11-22T23:00:00Z'), to: utc('2026-11-29T23:00:00Z') };

describe('presence against a hot spot\'s incidents, by hour of the week', () => {
  it('reads an instant as a Swedish weekday and hour', () => {
    expect(hourOfWeek(utc('2026-11-27T19:30:00Z'))).toEqual({ dayOfWeek: 5, hour: 20 });
    // Sunday 23:30 UTC is already Monday 00:30 in Sweden.
    expect(hourOfWeek(utc('2026-11-29T23:30:00Z'))).toEqual({ dayOfWeek: 1, hour: 0 });
    // Summer time, UTC+2.
    expect(hourOfWeek(utc('2026-06-12T20:15:00Z'))).toEqual({ dayOfWeek: 5, hour: 22 });
  });

  it('takes every local hour a shift touches, a part-hour included', () => {
    // Friday 20:00–02:00 local: Friday 20–23 (slots 4·24+20 … 4·24+23 = 116–119) and Saturday 00–01 (120, 121).
    expect([...hoursOfShift({ startsAt: utc('2026-11-27T19:00:00Z'), endsAt: utc('2026-11-28T01:00:00Z') })].sort((a, b) => a - b))
      .toEqual([116, 117, 118, 119, 120, 121]);
    // 18:45–19:15 local on Tuesday touches 18 and 19: slots 24 + 18 = 42 and 43.
    expect([...hoursOfShift({ startsAt: utc('2026-11-24T17:45:00Z'), endsAt: utc('2026-11-24T18:15:00Z') })].sort((a, b) => a - b)).toEqual([42, 43]);
  });

  it('counts incidents in hours with presence as covered and names the hours without', () => {
    const nightWalk = { startsAt: utc('2026-11-27T19:00:00Z'), endsAt: utc('2026-11-28T01:00:00Z') }; // Fri 20 – Sat 02
    const incidents = [
      utc('2026-11-27T21:10:00Z'), // Fri 22:10: covered
      utc('2026-11-28T00:50:00Z'), // Sat 01:50: covered
      utc('2026-11-28T02:05:00Z'), // Sat 03:05: after the walk
      utc('2026-11-25T15:00:00Z'), // Wed 16:00
      utc('2026-11-25T15:40:00Z'), // Wed 16:40: the same hour, listed once
    ];
    expect(coverage(incidents, [nightWalk], W48)).toEqual({
      incidents: 5,
      covered: 2,
      uncoveredHours: [{ dayOfWeek: 3, hour: 16 }, { dayOfWeek: 6, hour: 3 }],
    });
    expect(coverage(incidents, [], W48)).toMatchObject({ incidents: 5, covered: 0 });
    expect(coverage([], [nightWalk], W48)).toEqual({ incidents: 0, covered: 0, uncoveredHours: [] });
  });

  it('counts only the part of a shift inside the week: a Sunday night reaching into Monday is not that week\'s Sunday', () => {
    // Sunday 22 Nov 22:00 – Monday 23 Nov 02:00 CET: read for W48 because it overlaps Monday 00–02.
    const sundayNight = { startsAt: utc('2026-11-22T21:00:00Z'), endsAt: utc('2026-11-23T01:00:00Z') };
    const incidents = [
      utc('2026-11-29T21:30:00Z'), // Sunday 29 Nov 22:30, in W48: nobody was there that Sunday
      utc('2026-11-23T00:30:00Z'), // Monday 23 Nov 01:30: covered
    ];
    expect(coverage(incidents, [sundayNight], W48)).toEqual({ incidents: 2, covered: 1, uncoveredHours: [{ dayOfWeek: 7, hour: 22 }] });
    // A shift that starts Sunday 29 Nov 22:00 and ends in W49 covers Sunday 22–23 of W48.
    const lastNight = { startsAt: utc('2026-11-29T21:00:00Z'), endsAt: utc('2026-11-30T01:00:00Z') };
    expect(coverage(incidents, [lastNight], W48)).toEqual({ incidents: 2, covered: 1, uncoveredHours: [{ dayOfWeek: 1, hour: 1 }] });
  });
});
