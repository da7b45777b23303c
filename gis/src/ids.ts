import { badUserInput } from './errors.js';

// Identifiers are checked for their shape before they reach SQL: the queries are parameterised
// anyway, but a malformed id is the caller's mistake and deserves to be told so.
const DISTRICT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function districtIdArg<T extends string | null | undefined>(value: T, field = 'districtId'): T {
  if (value != null && !DISTRICT_ID.test(value)) {
    throw badUserInput(`${field} must be a district id such as "skaggetorp" (lower-case letters, digits and dashes)`, { field, reason: 'invalid_format' });
  }
  return value;
}

export function uuidArg<T extends string | null | undefined>(value: T, field = 'id'): T {
  if (value != null && !UUID.test(value)) throw badUserInput(`${field} must be a UUID`, { field, reason: 'invalid_format' });
  return value;
}
