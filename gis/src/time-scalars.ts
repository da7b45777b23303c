/**
 * Time at the API's edge: the Date, DateTime and IsoWeek scalars and their refusals. The arithmetic
 * itself lives in `@tk/time`, which the web shares.
 */
import { FIRST_YEAR, isCalendarDay, isYearInRange, LAST_YEAR, parseIsoWeek, swedishDay, type IsoWeek } from '@tk/time';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badUserInput } from './errors.js';

const YEARS = { min: FIRST_YEAR, max: LAST_YEAR };
const stringOf = (ast: ValueNode): unknown => (ast.kind === Kind.STRING ? ast.value : undefined);

/**
 * A literal refused with its place in the document, so the subgraph server can name the argument
 * it was written for (a scalar does not know it).
 */
function literal<T>(ast: ValueNode, parse: (value: unknown) => T): T {
  try {
    return parse(stringOf(ast));
  } catch (error) {
    if (error instanceof GraphQLError) throw new GraphQLError(error.message, { nodes: ast, extensions: error.extensions });
    throw error;
  }
}

/** A calendar date as "YYYY-MM-DD", refused when the day does not exist (2026-02-30) or its year is out of range. */
export function parseCalendarDate(value: unknown): string {
  if (!isCalendarDay(value)) {
    throw badUserInput(`Invalid Date ${JSON.stringify(value)}: expected a calendar date such as 2026-11-26`, { reason: 'invalid_format' });
  }
  if (!isYearInRange(Number(value.slice(0, 4)))) throw badUserInput(`Invalid Date ${JSON.stringify(value)}: the year must be ${FIRST_YEAR}–${LAST_YEAR}`, { reason: 'out_of_range', ...YEARS });
  return value;
}

// Dates of decisions and completions are days in Sweden, not instants: no time zone to get wrong.
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date (Swedish local day), ISO 8601: 2026-11-26.',
  // A Date is read as the Swedish day it falls on: a Swedish midnight is the evening before in UTC.
  serialize: (value) => (value instanceof Date ? swedishDay(value) : parseCalendarDate(value)),
  parseValue: parseCalendarDate,
  parseLiteral: (ast) => literal(ast, parseCalendarDate),
});

// Offset required: a time without a zone is ambiguous twice a year in Sweden.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw badUserInput(`Invalid DateTime ${JSON.stringify(value)}: expected ISO 8601 with a time zone, e.g. 2026-11-26T18:30:00+01:00`, { reason: 'invalid_format' });
  }
  // The year as written: the range is about typos (9999), not about the instant's year in UTC.
  if (!isYearInRange(Number(value.slice(0, 4)))) {
    throw badUserInput(`Invalid DateTime ${JSON.stringify(value)}: the year must be ${FIRST_YEAR}–${LAST_YEAR}`, { reason: 'out_of_range', ...YEARS });
  }
  return new Date(value);
}

/** An instant, as ISO 8601 with a time-zone offset; always answered in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601 with a time-zone offset, e.g. 2026-11-26T18:30:00+01:00. Answers are in UTC.',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => literal(ast, parseDateTime),
});

/** The week a label names, or BAD_USER_INPUT naming the field it came from. */
export function isoWeekOrRefuse(label: unknown, field?: string): IsoWeek {
  const week = parseIsoWeek(label);
  if (!week) {
    const what = `${field ?? 'An IsoWeek'} must be an ISO week such as "2026-W48" in ${FIRST_YEAR}–${LAST_YEAR}, got ${JSON.stringify(label)}`;
    throw badUserInput(what, { ...(field === undefined ? {} : { field }), reason: 'invalid_format' });
  }
  return week;
}

/**
 * An ISO week travels as its label and arrives in a resolver as an `IsoWeek` with its Swedish
 * bounds, so no resolver parses a week or asks the database for one. The field a refusal names is
 * filled in from the request by the subgraph server, which knows the argument it came in.
 */
export const IsoWeekScalar = new GraphQLScalarType<IsoWeek, string>({
  name: 'IsoWeek',
  description: 'An ISO 8601 week in Swedish time, e.g. "2026-W47" (Monday 00:00 to the next Monday 00:00); week 53 only in years that have one; years 1900–2199.',
  serialize: (value) => (typeof value === 'object' && value !== null && 'label' in value ? (value as IsoWeek).label : isoWeekOrRefuse(value).label),
  // One argument each: the field a refusal names is added by the subgraph server.
  parseValue: (value) => isoWeekOrRefuse(value),
  parseLiteral: (ast) => literal(ast, isoWeekOrRefuse),
});
