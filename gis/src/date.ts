import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from './errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as "YYYY-MM-DD", refused when the day does not exist (2026-02-30). */
export function parseCalendarDate(value: unknown): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  const [year, month, day] = match ? match.slice(1).map(Number) : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  if (!match || date.getUTCFullYear() !== year || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) {
    throw badUserInput(`Invalid Date ${JSON.stringify(value)}: expected a calendar date such as 2026-11-26`);
  }
  return value as string;
}

// Dates of decisions and completions are days in Sweden, not instants: no time zone to get wrong.
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date (Swedish local day), ISO 8601: 2026-11-26.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseCalendarDate(value)),
  parseValue: parseCalendarDate,
  parseLiteral: (ast) => parseCalendarDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
