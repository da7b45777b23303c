import { assertNoPersonalData, badUserInput } from '@tk/gis';

export const FOLLOW_UP_STATUSES = ['not_started', 'ongoing', 'done', 'paused', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export interface Indicator {
  name: string;
  value: number;
  unit: string | null;
}

export interface FollowUpFields {
  status: FollowUpStatus;
  done: string;
  indicators: Indicator[];
  comment: string;
}

const refuse = (field: string, message: string) => badUserInput(message, { field });
const MAX_INDICATORS = 20;

function text(field: string, value: string | null | undefined, max: number, min = 0): string {
  const v = (value ?? '').trim();
  if (v.length < min || v.length > max) throw refuse(field, min > 0 ? `${field} must be ${min}–${max} characters` : `${field} may be at most ${max} characters`);
  return v;
}

/**
 * A year of the plan: from the year before its period (the starting point) to the year after it (the
 * final follow-up), and never a year that has not begun.
 */
export function checkedYear(year: number, period: { from: string; to: string }, today: string): number {
  const [first, last] = [Number(period.from.slice(0, 4)) - 1, Number(period.to.slice(0, 4)) + 1];
  if (!Number.isInteger(year) || year < first || year > last) throw refuse('year', `year must be ${first}–${last} for this plan`);
  if (year > Number(today.slice(0, 4))) throw refuse('year', `year ${year} has not begun`);
  return year;
}

/** A follow-up as recorded: words without personal data, and indicators a person can read (named, finite). */
export function checkedFollowUp(input: {
  status: FollowUpStatus; done?: string | null; comment?: string | null;
  indicators?: { name: string; value: number; unit?: string | null }[] | null;
}): FollowUpFields {
  const done = text('done', input.done, 4000);
  const comment = text('comment', input.comment, 2000);
  const indicators = (input.indicators ?? []).map((x, i) => {
    const name = text(`indicators[${i}].name`, x.name, 100, 1);
    if (!Number.isFinite(x.value)) throw refuse(`indicators[${i}].value`, `indicators[${i}].value must be a number`);
    return { name, value: x.value, unit: x.unit?.trim() || null };
  });
  if (indicators.length > MAX_INDICATORS) throw refuse('indicators', `at most ${MAX_INDICATORS} indicators`);
  const names = indicators.map((x) => x.name.toLowerCase());
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw refuse('indicators', `the indicator "${twice}" is named twice`);
  assertNoPersonalData({ done, comment, ...Object.fromEntries(indicators.map((x, i) => [`indicators[${i}].name`, x.name])) });
  return { status: input.status, done, indicators, comment };
}

/** An assessment's stage: 1 (no criminal influence seen) to 4 (systematic influence). */
export function checkedAssessment(input: { stage: number; summary: string }): { stage: number; summary: string } {
  if (!Number.isInteger(input.stage) || input.stage < 1 || input.stage > 4) throw refuse('stage', 'stage must be 1, 2, 3 or 4');
  const summary = text('summary', input.summary, 4000, 1);
  assertNoPersonalData({ summary });
  return { stage: input.stage, summary };
}

export function checkedPromise(input: { promise: string; outcome?: string | null }): { promise: string; outcome: string } {
  const promise = text('promise', input.promise, 2000, 1);
  const outcome = text('outcome', input.outcome, 4000);
  assertNoPersonalData({ promise, outcome });
  return { promise, outcome };
}
