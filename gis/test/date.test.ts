import { GraphQLError, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, parseCalendarDate } from '../src/date.js';

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
