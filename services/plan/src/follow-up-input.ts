import { assertNoPersonalData, badUserInput, checkLength, type RefusalExtensions } from '@tk/gis';
import { MAX_INDICATORS, NUMBER, TEXT, type Range } from '@tk/input';

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

const refuse = (field: string, message: string, why: RefusalExtensions) => badUserInput(message, { ...why, field });

const text = (field: string, value: string | null | undefined, limits: Range): string => checkLength(field, (value ?? '').trim(), limits);

/**
 * A year of the plan: from the year before its period (the starting point) to the year after it (the
 * final follow-up), and never a year that has not begun.
 */
export function checkedYear(year: number, period: { from: string; to: string }, today: string): number {
  const [first, last] = [Number(period.from.slice(0, 4)) - 1, Number(period.to.slice(0, 4)) + 1];
  if (!Number.isInteger(year) || year < first || year > last) throw refuse('year', `year must be ${first}–${last} for this plan`, { reason: 'out_of_range', min: first, max: last });
  if (year > Number(today.slice(0, 4))) throw refuse('year', `year ${year} has not begun`, { reason: 'in_future' });
  return year;
}

/** A follow-up as recorded: words without personal data, and indicators a person can read (named, finite). */
export function checkedFollowUp(input: {
  status: FollowUpStatus; done?: string | null; comment?: string | null;
  indicators?: { name: string; value: number; unit?: string | null }[] | null;
}): FollowUpFields {
  const done = text('done', input.done, TEXT.followUpDone);
  const comment = text('comment', input.comment, TEXT.followUpComment);
  const indicators = (input.indicators ?? []).map((x, i) => {
    const name = text(`indicators[${i}].name`, x.name, TEXT.indicatorName);
    if (!Number.isFinite(x.value)) throw refuse(`indicators[${i}].value`, `indicators[${i}].value must be a number`, { reason: 'invalid_format' });
    return { name, value: x.value, unit: x.unit?.trim() || null };
  });
  if (indicators.length > MAX_INDICATORS) throw refuse('indicators', `at most ${MAX_INDICATORS} indicators`, { reason: 'too_long', max: MAX_INDICATORS });
  const names = indicators.map((x) => x.name.toLowerCase());
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw refuse('indicators', `the indicator "${twice}" is named twice`, { reason: 'conflict' });
  assertNoPersonalData({ done, comment, ...Object.fromEntries(indicators.map((x, i) => [`indicators[${i}].name`, x.name])) });
  return { status: input.status, done, indicators, comment };
}

/** An assessment's stage: 1 (no criminal influence seen) to 4 (systematic influence). */
export function checkedAssessment(input: { stage: number; summary: string }): { stage: number; summary: string } {
  if (!Number.isInteger(input.stage) || input.stage < NUMBER.assessmentStage.min || input.stage > NUMBER.assessmentStage.max) {
    throw refuse('stage', 'stage must be 1, 2, 3 or 4', { reason: 'out_of_range', ...NUMBER.assessmentStage });
  }
  const summary = text('summary', input.summary, TEXT.assessmentSummary);
  assertNoPersonalData({ summary });
  return { stage: input.stage, summary };
}

export function checkedPromise(input: { promise: string; outcome?: string | null }): { promise: string; outcome: string } {
  const promise = text('promise', input.promise, TEXT.promise);
  const outcome = text('outcome', input.outcome, TEXT.promiseOutcome);
  assertNoPersonalData({ promise, outcome });
  return { promise, outcome };
}
