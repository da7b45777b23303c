import { GraphQLScalarType, Kind } from 'graphql';
import { FIRST_YEAR, isYearInRange, LAST_YEAR } from './date.js';
import { badUserInput } from './errors.js';

// Offset required: a time without a zone is ambiguous twice a year in Sweden.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw badUserInput(`Invalid DateTime ${JSON.stringify(value)}: expected ISO 8601 with a time zone, e.g. 2026-11-26T18:30:00+01:00`, { reason: 'invalid_format' });
  }
  // The year as written: the range is about typos (9999), not about the instant's year in UTC.
  if (!isYearInRange(Number(value.slice(0, 4)))) {
    throw badUserInput(`Invalid DateTime ${JSON.stringify(value)}: the year must be ${FIRST_YEAR}–${LAST_YEAR}`, { reason: 'out_of_range', min: FIRST_YEAR, max: LAST_YEAR });
  }
  return new Date(value);
}

/** An instant, as ISO 8601 with a time-zone offset; always answered in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601 with a time-zone offset, e.g. 2026-11-26T18:30:00+01:00. Answers are in UTC.',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
