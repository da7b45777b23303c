import { describe, expect, it } from 'vitest';
import { daysBefore, isoWeek, recentPeriod } from './dates';

describe('daysBefore', () => {
  it('subtracts whole 24-hour days', () => {
    expect(daysBefore(new Date('2026-11-26T12:00:00Z'), 28).toISOString()).toBe('2026-10-29T12:00:00.000Z');
  });

  it('keeps exact hours across the end of summer time', () => {
    const now = new Date('2026-10-26T10:00:00Z');
    expect(now.getTime() - daysBefore(now, 2).getTime()).toBe(48 * 3600 * 1000);
  });
});

describe('recentPeriod', () => {
  it('ends now and starts the given number of days before', () => {
    expect(recentPeriod(new Date('2026-03-01T00:00:00Z'), 28)).toEqual({
      from: '2026-02-01T00:00:00.000Z',
      to: '2026-03-01T00:00:00.000Z',
    });
  });
});

describe('isoWeek', () => {
  it.each([
    ['2026-11-26', 2026, 48],
    ['2026-01-01', 2026, 1], // a Thursday: week 1
    ['2027-01-01', 2026, 53], // a Friday: still the last week of 2026
    ['2024-12-30', 2025, 1], // a Monday whose Thursday is in 2025
    ['2021-01-03', 2020, 53], // a Sunday closes the week
    ['2026-06-15', 2026, 25],
  ])('%s is in week %i-W%i', (day, year, week) => {
    expect(isoWeek(new Date(`${day}T12:00:00Z`))).toEqual({ year, week });
  });
});
