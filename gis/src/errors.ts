import { GraphQLError } from 'graphql';
import type { RefusalReason } from '@tk/input';

/** What the web needs to say a refusal in a person's language: why, where, and the bounds. */
export interface RefusalExtensions {
  reason: RefusalReason;
  /** The input's path, e.g. "camera.rangeM". */
  field?: string;
  min?: number;
  max?: number;
  [more: string]: unknown;
}

/**
 * A refusal the user can act on: `BAD_USER_INPUT` with a reason the web translates; the message
 * says what is wrong for developers and is never shown to a person.
 */
export function badUserInput(message: string, extensions: RefusalExtensions): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', reason: 'not_found' } });
}

/**
 * A text (trimmed by the caller) within its limit from @tk/input, or the refusal that says
 * which end it missed, with the bounds the web puts into its sentence.
 */
export function checkLength(field: string, text: string, range: { readonly min: number; readonly max: number }): string {
  if (text.length > range.max) throw badUserInput(`${field} must be at most ${range.max} characters`, { field, reason: 'too_long', ...range });
  if (text.length < range.min) {
    throw badUserInput(`${field} must be at least ${range.min} characters`, { field, reason: range.min === 1 ? 'required' : 'too_short', ...range });
  }
  return text;
}
