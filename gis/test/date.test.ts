import { GraphQLError, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, isoWeekLabel, parseCalendarDate } from '../src/date.js';
import { DateTimeScalar } from '../src/datetime.js';

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
    expect(isoWeekLabel('2026-W47')).toEqual({ year: 2026, week: 47 });
    expect(isoWeekLabel('1900-W01')).toEqual({ year: 1900, week: 1 });
    for (const bad of ['9999-W52', '0000-W10', '1899-W52', '2200-W01', '2026-W00', '2026-W54', '2026-W5', ' 2026-W47', null]) expect(isoWeekLabel(bad)).toBeNull();
  });
});

describe('DateScalar', () => {
  it('serialises a Date as the Swedish day it falls on', () => {
    // Swedish midnight of 26 November is 25 November 23:00 UTC.
    expect(DateScalar.serialize(new Date('2026-11-25T23:00:00Z'))).toBe('2026-11-26');
    expect(DateScalar.serialize(new Date('2026-06-01T00:00:00Z'))).toBe('2026-06-01');
  });
});
