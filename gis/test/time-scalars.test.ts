import { GraphQLError, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, DateTimeScalar, IsoWeekScalar, parseCalendarDate } from '../src/time-scalars.js';

const codeOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return null;
};

describe('the Date scalar', () => {
  it('accepts calendar days, leap days included', () => {
    expect(parseCalendarDate('2026-11-26')).toBe('2026-11-26');
    expect(parseCalendarDate('2028-02-29')).toBe('2028-02-29');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-01-31' })).toBe('2026-01-31');
  });

  it('refuses days that do not exist and other shapes, as BAD_USER_INPUT', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-11-31', '2026-11-26T10:00:00Z', '26/11/2026', 20261126, null]) {
      let error: unknown;
      try {
        parseCalendarDate(bad);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('years', () => {
  it('are 1900–2199 for dates, instants and ISO weeks', () => {
    expect(parseCalendarDate('1900-01-01')).toBe('1900-01-01');
    expect(parseCalendarDate('2199-12-31')).toBe('2199-12-31');
    for (const bad of ['1899-12-31', '2200-01-01', '9999-12-31', '0000-01-01']) expect(codeOf(() => parseCalendarDate(bad))).toBe('BAD_USER_INPUT');
    expect(DateTimeScalar.parseValue('2199-12-31T23:00:00-05:00')).toEqual(new Date('2200-01-01T04:00:00Z'));
    for (const bad of ['9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z', '1899-12-31T23:00:00+01:00']) {
      expect(codeOf(() => DateTimeScalar.parseValue(bad))).toBe('BAD_USER_INPUT');
    }
    expect(IsoWeekScalar.parseValue('2026-W47')).toMatchObject({ year: 2026, week: 47 });
    expect(IsoWeekScalar.parseValue('1900-W01')).toMatchObject({ year: 1900, week: 1 });
    for (const bad of ['9999-W52', '0000-W10', '1899-W52', '2200-W01', '2026-W00', '2026-W54', '2026-W5', ' 2026-W47', null]) {
      expect(codeOf(() => IsoWeekScalar.parseValue(bad))).toBe('BAD_USER_INPUT');
    }
  });
});

describe('DateScalar', () => {
  it('serialises a Date as the Swedish day it falls on', () => {
    // Swedish midnight of 26 November is 25 November 23:00 UTC.
    expect(DateScalar.serialize(new Date('2026-11-25T23:00:00Z'))).toBe('2026-11-26');
    expect(DateScalar.serialize(new Date('2026-06-01T00:00:00Z'))).toBe('2026-06-01');
  });
});

describe('IsoWeekScalar', () => {
  it('gives a resolver the week with its Swedish bounds, from a variable or a literal', () => {
    const week = IsoWeekScalar.parseLiteral({ kind: Kind.STRING, value: '2026-W13' }) as { label: string; start: Date; end: Date };
    expect([week.label, week.start.toISOString(), week.end.toISOString()]).toEqual(['2026-W13', '2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
    expect(IsoWeekScalar.parseValue('2026-W53')).toMatchObject({ monday: '2026-12-28' });
  });

  it('refuses week 53 of a year that has 52, other shapes and other kinds of literal, with a reason', () => {
    for (const bad of ['2025-W53', '2026-w47', '2026-47', 202647, { year: 2026, week: 47 }]) {
      expect(codeOf(() => IsoWeekScalar.parseValue(bad)), String(bad)).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(() => IsoWeekScalar.parseLiteral({ kind: Kind.INT, value: '202647' }))).toBe('BAD_USER_INPUT');
    try {
      IsoWeekScalar.parseValue('2025-W53');
    } catch (error) {
      expect((error as GraphQLError).extensions).toMatchObject({ reason: 'invalid_format' });
    }
  });

  it('answers a week or its label as the label', () => {
    expect(IsoWeekScalar.serialize(IsoWeekScalar.parseValue('2027-W01'))).toBe('2027-W01');
    expect(IsoWeekScalar.serialize('2026-W47')).toBe('2026-W47');
  });
});
