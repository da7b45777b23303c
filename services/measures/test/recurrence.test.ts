import { describe, expect, it } from 'vitest';
import { expandRule, ruleProblems, type RecurrenceRule } from '../src/presence/recurrence.js';

const HOUR = 3_600_000;
const utc = (iso: string) => new Date(iso);
const hours = (s: { startsAt: Date; endsAt: Date }) => (s.endsAt.getTime() - s.startsAt.getTime()) / HOUR;

// Fridays (5) and Saturdays (6) 20:00–02:00 from Friday 2026-11-27; Sweden is on CET (UTC+1) all winter.
const weekendNights: RecurrenceRule = {
  weekdays: [5, 6],
  startTime: '20:00',
  endTime: '02:00',
  firstDate: '2026-11-27',
  lastDate: '2027-01-22',
};
const rule = (changes: Partial<RecurrenceRule>): RecurrenceRule => ({ ...weekendNights, ...changes });

describe('expandRule', () => {
  it('expands Fridays and Saturdays 20:00–02:00 from 2026-11-27 to 2027-01-22 into 17 shifts', () => {
    // 2027-01-22 is 56 days (eight weeks) after Friday 2026-11-27, so it is itself a Friday and, being inclusive,
    // adds a ninth Friday: Fridays 11-27, 12-04, 12-11, 12-18, 12-25, 01-01, 01-08, 01-15, 01-22 (9) and
    // Saturdays 11-28, 12-05, 12-12, 12-19, 12-26, 01-02, 01-09, 01-16 (8) — 17, not 16.
    const shifts = expandRule(weekendNights);
    expect(shifts.map((s) => s.date)).toEqual([
      '2026-11-27', '2026-11-28', '2026-12-04', '2026-12-05', '2026-12-11', '2026-12-12',
      '2026-12-18', '2026-12-19', '2026-12-25', '2026-12-26', '2027-01-01', '2027-01-02',
      '2027-01-08', '2027-01-09', '2027-01-15', '2027-01-16', '2027-01-22',
    ]);
    // 20:00 CET = 19:00 UTC; 02:00 CET next day = 01:00 UTC.
    expect(shifts[0]).toEqual({
      date: '2026-11-27',
      startsAt: utc('2026-11-27T19:00:00Z'),
      endsAt: utc('2026-11-28T01:00:00Z'),
    });
    expect(shifts.at(-1)).toEqual({
      date: '2027-01-22',
      startsAt: utc('2027-01-22T19:00:00Z'),
      endsAt: utc('2027-01-23T01:00:00Z'),
    });
    // No DST change between November and March, so every shift is the full 6 h, and they come in order.
    expect(shifts.every((s) => hours(s) === 6)).toBe(true);
    expect(shifts.every((s, i) => i === 0 || s.startsAt > shifts[i - 1]!.startsAt)).toBe(true);
  });

  it('gives 16 shifts for exactly eight weeks (lastDate the Thursday 2027-01-21)', () => {
    // Eight weeks of Friday + Saturday = 8 × 2; the Friday 2027-01-22 now falls outside.
    const shifts = expandRule(rule({ lastDate: '2027-01-21' }));
    expect(shifts).toHaveLength(16);
    expect(shifts.at(-1)?.date).toBe('2027-01-16');
  });

  it('uses CEST (UTC+2) for a summer rule: Wednesdays 18:00–22:00 in June 2026', () => {
    // 2026-06-01 is a Monday, so the Wednesdays are 06-03, 06-10, 06-17, 06-24; 18:00 − 2 h = 16:00 UTC.
    const shifts = expandRule({ weekdays: [3], startTime: '18:00', endTime: '22:00', firstDate: '2026-06-01', lastDate: '2026-06-30' });
    expect(shifts.map((s) => s.date)).toEqual(['2026-06-03', '2026-06-10', '2026-06-17', '2026-06-24']);
    expect(shifts[0]).toEqual({ date: '2026-06-03', startsAt: utc('2026-06-03T16:00:00Z'), endsAt: utc('2026-06-03T20:00:00Z') });
  });

  describe('over the spring-forward night (Saturday 2027-03-27 → Sunday 2027-03-28)', () => {
    const saturday = rule({ weekdays: [6], firstDate: '2027-03-27', lastDate: '2027-03-27' });

    it('ends a 20:00–02:00 shift at 03:00 CEST, which is still 6 h after it started', () => {
      // Start 20:00 CET = 19:00 UTC. 02:00 does not exist and moves forward by the gap to 03:00 CEST = 01:00 UTC,
      // the same instant 02:00 CET would have been: 19:00 → 01:00 UTC is 6 h. (The brief expected 5 h; that
      // would need an end of 00:00 UTC, i.e. reading 02:00 with the CEST offset, contrary to its own rule.)
      const [shift] = expandRule(saturday);
      expect(shift).toEqual({ date: '2027-03-27', startsAt: utc('2027-03-27T19:00:00Z'), endsAt: utc('2027-03-28T01:00:00Z') });
      expect(hours(shift!)).toBe(6);
    });

    it('makes a shift that ends after the gap one hour shorter: 20:00–04:00 lasts 7 h', () => {
      // 04:00 CEST = 02:00 UTC; 19:00 → 02:00 UTC is 7 h against 8 h on the clock.
      const [shift] = expandRule({ ...saturday, endTime: '04:00' });
      expect(shift?.endsAt).toEqual(utc('2027-03-28T02:00:00Z'));
      expect(hours(shift!)).toBe(7);
    });
  });

  describe('over the fall-back night (Saturday 2026-10-24 → Sunday 2026-10-25)', () => {
    const saturday = rule({ weekdays: [6], firstDate: '2026-10-24', lastDate: '2026-10-24' });

    it('ends a 20:00–02:00 shift at the first 02:00 (CEST), 6 h after it started', () => {
      // Start 20:00 CEST = 18:00 UTC. 02:00 happens twice (00:00 UTC in CEST, 01:00 UTC in CET); the earlier wins.
      const [shift] = expandRule(saturday);
      expect(shift).toEqual({ date: '2026-10-24', startsAt: utc('2026-10-24T18:00:00Z'), endsAt: utc('2026-10-25T00:00:00Z') });
      expect(hours(shift!)).toBe(6);
    });

    it('makes a shift that ends after the repeated hour one hour longer: 20:00–04:00 lasts 9 h', () => {
      // 04:00 CET = 03:00 UTC; 18:00 → 03:00 UTC is 9 h against 8 h on the clock.
      const [shift] = expandRule({ ...saturday, endTime: '04:00' });
      expect(shift?.endsAt).toEqual(utc('2026-10-25T03:00:00Z'));
      expect(hours(shift!)).toBe(9);
    });
  });

  it('keeps only shifts that start in [from, to)', () => {
    // Starts: Fri 11-27 19:00Z, Sat 11-28 19:00Z, Fri 12-04 19:00Z, Sat 12-05 19:00Z, Fri 12-11 19:00Z …
    // `from` is inside the first shift, which started before it, so that shift is left out; `to` is exactly
    // the Friday 12-04 start, which is excluded because the period is half-open.
    const first = expandRule(weekendNights, { from: utc('2026-11-27T20:00:00Z'), to: utc('2026-12-04T19:00:00Z') });
    expect(first.map((s) => s.date)).toEqual(['2026-11-28']);
    // `from` exactly at the Friday 12-04 start includes it; `to` at the Friday 12-11 start excludes that one.
    const second = expandRule(weekendNights, { from: utc('2026-12-04T19:00:00Z'), to: utc('2026-12-11T19:00:00Z') });
    expect(second.map((s) => s.date)).toEqual(['2026-12-04', '2026-12-05']);
    // A period wholly outside the rule, or empty, yields nothing.
    expect(expandRule(weekendNights, { from: utc('2027-02-01T00:00:00Z'), to: utc('2027-03-01T00:00:00Z') })).toEqual([]);
    expect(expandRule(weekendNights, { from: utc('2026-12-04T19:00:00Z'), to: utc('2026-12-04T19:00:00Z') })).toEqual([]);
  });

  it('refuses a period with an invalid date rather than returning nothing', () => {
    expect(() => expandRule(weekendNights, { from: new Date('nonsense'), to: utc('2027-01-01T00:00:00Z') })).toThrow(RangeError);
  });

  it('handles Sunday as weekday 7', () => {
    // Friday 2026-11-27 + 2 = Sunday 11-29; then 12-06 and 12-13 up to lastDate 2026-12-13.
    const shifts = expandRule(rule({ weekdays: [7], lastDate: '2026-12-13' }));
    expect(shifts.map((s) => s.date)).toEqual(['2026-11-29', '2026-12-06', '2026-12-13']);
    expect(shifts[0]?.startsAt).toEqual(utc('2026-11-29T19:00:00Z'));
  });

  it('expands a rule whose first and last date are the same day', () => {
    const friday = rule({ lastDate: '2026-11-27' });
    // Only Friday 11-27 is in range; the Saturday of the same rule is outside it.
    expect(expandRule(friday).map((s) => s.date)).toEqual(['2026-11-27']);
    // The day is a Friday, so a Saturday-only rule on it is valid but empty.
    expect(expandRule({ ...friday, weekdays: [6] })).toEqual([]);
  });

  it('throws a RangeError naming the problems of a bad rule', () => {
    expect(() => expandRule(rule({ weekdays: [] }))).toThrow(RangeError);
    expect(() => expandRule(rule({ startTime: '02:00' }))).toThrow(/startTime and endTime are equal/);
  });
});

describe('ruleProblems', () => {
  it('finds nothing wrong with a good rule', () => {
    expect(ruleProblems(weekendNights)).toEqual([]);
  });

  it('reports bad weekdays', () => {
    expect(ruleProblems(rule({ weekdays: [] }))).toEqual(['weekdays must name at least one day']);
    expect(ruleProblems(rule({ weekdays: [0, 5] }))).toEqual(['weekdays must be 1–7']);
    expect(ruleProblems(rule({ weekdays: [8] }))).toEqual(['weekdays must be 1–7']);
    expect(ruleProblems(rule({ weekdays: [5.5] }))).toEqual(['weekdays must be 1–7']);
    expect(ruleProblems(rule({ weekdays: [5, 6, 5] }))).toEqual(['weekdays lists 5 more than once']);
  });

  it('reports times that are not HH:MM between 00:00 and 23:59', () => {
    expect(ruleProblems(rule({ startTime: '25:00' }))).toEqual(['startTime "25:00" is not a time such as 20:00']);
    expect(ruleProblems(rule({ endTime: '24:00' }))).toEqual(['endTime "24:00" is not a time such as 20:00']);
    expect(ruleProblems(rule({ endTime: '2:00' }))).toEqual(['endTime "2:00" is not a time such as 20:00']);
    expect(ruleProblems(rule({ startTime: '20:60' }))).toEqual(['startTime "20:60" is not a time such as 20:00']);
  });

  it('refuses equal start and end times instead of reading them as 24 h', () => {
    expect(ruleProblems(rule({ startTime: '02:00' }))).toEqual(['startTime and endTime are equal']);
  });

  it('reports dates that are malformed or do not exist', () => {
    expect(ruleProblems(rule({ firstDate: '2026-02-30' }))).toEqual(['firstDate "2026-02-30" is not a date such as 2026-11-27']);
    expect(ruleProblems(rule({ lastDate: '2027-1-22' }))).toEqual(['lastDate "2027-1-22" is not a date such as 2026-11-27']);
  });

  it('reports a lastDate before the firstDate', () => {
    expect(ruleProblems(rule({ lastDate: '2026-11-26' }))).toEqual(['lastDate is before firstDate']);
  });

  it('allows at most 366 days, counting both ends', () => {
    // Leap year 2028 from 01-01 to 12-31 is 366 days; 2026-01-01 to 2027-01-02 is 365 + 2 = 367.
    expect(ruleProblems(rule({ firstDate: '2028-01-01', lastDate: '2028-12-31' }))).toEqual([]);
    expect(ruleProblems(rule({ firstDate: '2026-01-01', lastDate: '2027-01-02' }))).toEqual(['a rule may span at most 366 days']);
  });

  it('reports every problem at once', () => {
    expect(ruleProblems({ weekdays: [9], startTime: '7', endTime: '07:00', firstDate: '2027-01-02', lastDate: '2027-01-01' })).toEqual([
      'weekdays must be 1–7',
      'startTime "7" is not a time such as 20:00',
      'lastDate is before firstDate',
    ]);
  });
});
