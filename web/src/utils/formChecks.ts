import { inRange, type Range } from '@tk/input';
import type { Refusal } from '../api/client';

/**
 * The checks a form makes before it sends, with the limits the subgraphs refuse with
 * (@tk/input), so a person hears about a too long title at once and in the same words.
 */
const refusal = (field: string, reason: NonNullable<Refusal['reason']>, range: Range): Refusal => ({ code: 'CLIENT', reason, field, min: range.min, max: range.max });

/** A text, trimmed as the server trims it, within its limit; null when it is fine. */
export function textProblem(field: string, text: string, range: Range): Refusal | null {
  const length = text.trim().length;
  if (length > range.max) return refusal(field, 'too_long', range);
  if (length < range.min) return refusal(field, range.min === 1 ? 'required' : 'too_short', range);
  return null;
}

/**
 * A number as a number input gives it ("" while empty) within its range; `required` refuses
 * empty, `below` makes the top exclusive (a compass bearing).
 */
export function numberProblem(field: string, value: number | '' | null | undefined, range: Range, options: { required?: boolean; below?: boolean } = {}): Refusal | null {
  if (value === '' || value === null || value === undefined) return options.required ? refusal(field, 'required', range) : null;
  return inRange(value, range, options.below) ? null : refusal(field, 'out_of_range', range);
}

/** The first problem in the order the checks are listed (the form's order): the field to focus. */
export const firstProblem = (...problems: (Refusal | null)[]): Refusal | null => problems.find((p) => p !== null) ?? null;

/**
 * After a refused save, focus moves to the first field marked invalid (in the page's order), so
 * a keyboard or screen-reader user lands where the fix is; with none marked, on `fallback`.
 */
export function focusFirstInvalid(root: HTMLElement | null, fallback?: HTMLElement | null): void {
  const invalid = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  (invalid ?? fallback)?.focus();
}
