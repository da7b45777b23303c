/**
 * Why a subgraph refused an input, as `extensions.reason` beside `extensions.code` and
 * `extensions.field`: a closed vocabulary the web translates into a sentence for each reason, so
 * no server message (English, written for developers) reaches a person. The web imports this
 * file (@tk/gis/refusal), so it must stay free of imports.
 */
export const REFUSAL_REASONS = [
  /** Empty where something is needed. */
  'required',
  /** Longer than `max` characters (or items). */
  'too_long',
  /** Shorter than `min` characters. */
  'too_short',
  /** A number or day outside `min`–`max`. */
  'out_of_range',
  /** Not in the shape asked for: a week label, a time, a UUID, JSON. */
  'invalid_format',
  /** A file's text with letters lost: it was read as UTF-8 and is in another encoding. */
  'not_utf8',
  /** A geometry that cannot be read or is of the wrong kind. */
  'invalid_geometry',
  /** A place outside the municipality or its districts. */
  'outside_area',
  /** A day or time that has not come yet. */
  'in_future',
  /** Before the day or time it must follow. */
  'too_early',
  /** What the input refers to does not exist. */
  'not_found',
  /** Clashes with what is stored (a duplicate, a membership that exists). */
  'conflict',
  /** A status change the measure's lifecycle does not allow. */
  'not_allowed_transition',
  /** A camera's step that needs a granted permit first. */
  'permit_required',
  /** Allowed for other kinds of thing, not this one (a licence for a gym). */
  'wrong_kind',
  /** The role may ask for this only with the default value. */
  'not_permitted_value',
  /** Personal data found in free text. */
  'personal_identity_number',
  'email',
  'phone_number',
  /** The query or request is too large or too costly. */
  'too_costly',
  /** GraphQL refused a variable before any resolver ran. */
  'invalid_input',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export const isRefusalReason = (value: unknown): value is RefusalReason =>
  typeof value === 'string' && (REFUSAL_REASONS as readonly string[]).includes(value);
