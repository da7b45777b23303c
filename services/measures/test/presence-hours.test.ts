import { describe, expect, it } from 'vitest';
import { hoursWithin, presenceHours } from '../src/presence/hours.js';

// The ISO week 2026-W48 in Sweden (CET, UTC+1): Monday 23 Nov 00:00 = 22 Nov 23:00 UTC, to Monday 30 Nov 00:00 = 29 Nov 23:00 UTC.
const WEEK = { from: new Date('2026-11-22T23:00:00Z'), to: new Date('2026-11-29T23:00:00Z') };
const at = (iso: string) => new Date(iso);

describe('hours of presence in a week', () => {
  it('counts a shift inside the week whole, and only the part of one that crosses the week\'s edge', () => {
    // Friday 27 Nov 20:00–02:00 local: 6 h, all inside.
    expect(hoursWithin({ startsAt: at('2026-11-27T19:00:00Z'), endsAt: at('2026-11-28T01:00:00Z') }, WEEK)).toBe(6);
    // Sunday 29 Nov 20:00 – Monday 02:00 local: 4 h before the week ends at midnight, 2 h in the next week.
    expect(hoursWithin({ startsAt: at('2026-11-29T19:00:00Z'), endsAt: at('2026-11-30T01:00:00Z') }, WEEK)).toBe(4);
    // Sunday 22 Nov 22:00 – Monday 03:00 local: 3 h in this week.
    expect(hoursWithin({ startsAt: at('2026-11-22T21:00:00Z'), endsAt: at('2026-11-23T02:00:00Z') }, WEEK)).toBe(3);
    expect(hoursWithin({ startsAt: at('2026-12-01T19:00:00Z'), endsAt: at('2026-12-01T21:00:00Z') }, WEEK)).toBe(0);
  });

  it('sums planned and realised hours per kind of actor', () => {
    const hours = presenceHours([
      { actorKind: 'night_walker', state: 'planned', startsAt: at('2026-11-27T19:00:00Z'), endsAt: at('2026-11-28T01:00:00Z') }, // 6
      { actorKind: 'night_walker', state: 'realised', startsAt: at('2026-11-28T19:00:00Z'), endsAt: at('2026-11-29T01:00:00Z') }, // 6
      { actorKind: 'police', state: 'realised', startsAt: at('2026-11-29T19:00:00Z'), endsAt: at('2026-11-30T01:00:00Z') }, // 4 of 6
      { actorKind: 'police', state: 'planned', startsAt: at('2026-11-24T16:30:00Z'), endsAt: at('2026-11-24T18:15:00Z') }, // 1.75
      { actorKind: 'safety_host', state: 'planned', startsAt: at('2026-12-02T16:00:00Z'), endsAt: at('2026-12-02T18:00:00Z') }, // next week: none
    ], WEEK);
    expect(hours).toEqual({
      planned: 7.75,
      realised: 10,
      byActor: [
        { actorKind: 'night_walker', planned: 6, realised: 6 },
        { actorKind: 'police', planned: 1.75, realised: 4 },
      ],
    });
  });
});
