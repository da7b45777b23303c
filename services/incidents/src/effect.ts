import { addDays, calendarDaysBetween, swedishMidnight } from '@tk/time';
import { BLOCK_DAYS, BLOCK_EPOCH } from './db/published-cells.js';

export interface EffectWindows {
  beforeFrom: Date;
  beforeTo: Date;
  afterFrom: Date;
  afterTo: Date;
}

const windowsOf = (beforeFrom: string, beforeTo: string, afterFrom: string, afterTo: string): EffectWindows => ({
  beforeFrom: swedishMidnight(beforeFrom), beforeTo: swedishMidnight(beforeTo), afterFrom: swedishMidnight(afterFrom), afterTo: swedishMidnight(afterTo),
});

/** `weeks` × 7 calendar days before the day a measure was done, and as many after it; the day itself is in neither. */
export const effectWindows = (doneOn: string, weeks: number): EffectWindows =>
  windowsOf(addDays(doneOn, -7 * weeks), doneOn, addDays(doneOn, 1), addDays(doneOn, 1 + 7 * weeks));

/**
 * For callers who see only published figures: the windows snapped to whole 4-week blocks (Swedish
 * time, from Monday 3 January 2000), `weeks` / 4 of them on each side. "Before" is the blocks that
 * end by the start of the day the measure was done, "after" those that start after that day; the
 * day is in neither. The same measure on any day of one block gets the same windows.
 */
export function publishedEffectWindows(doneOn: string, weeks: number): EffectWindows {
  const blocks = weeks / (BLOCK_DAYS / 7);
  if (!Number.isInteger(blocks)) throw new RangeError(`weeks must be whole 4-week blocks, got ${weeks}`);
  const day = calendarDaysBetween(BLOCK_EPOCH, doneOn);
  const beforeEnd = Math.floor(day / BLOCK_DAYS);
  const afterStart = Math.ceil((day + 1) / BLOCK_DAYS);
  const blockStart = (k: number) => addDays(BLOCK_EPOCH, BLOCK_DAYS * k);
  return windowsOf(blockStart(beforeEnd - blocks), blockStart(beforeEnd), blockStart(afterStart), blockStart(afterStart + blocks));
}

/**
 * The figures of a measure's effect from incident counts before and after it was done, in three
 * zones: the target (near the measure), a buffer ring around it (where crime could be displaced to)
 * and a control area. A count is null when it is hidden from the caller; a figure that needs it is
 * then null too, as is one that would divide by zero.
 */
export interface ZoneCounts {
  before: number | null;
  after: number | null;
}

export interface EffectInput {
  target: ZoneCounts;
  buffer: ZoneCounts;
  control: ZoneCounts;
  /** Lengths of the windows in days: the "after" window may not be over yet. */
  beforeDays: number;
  afterDays: number;
}

export interface EffectFigures {
  /** Change of the daily rate in the target zone, as a fraction (−0.25 = a quarter fewer). */
  targetChange: number | null;
  controlChange: number | null;
  /** (target after ÷ before) ÷ (control after ÷ before): under 1 means fewer than the control area's trend predicts. */
  relativeChange: number | null;
  /** Bowers & Johnson's success measure: target ÷ control after, minus before. Negative when the target improved. */
  successMeasure: number | null;
  /**
   * Weighted displacement quotient (Bowers & Johnson 2003): the buffer's change relative to control,
   * over the success measure. Above 0: benefits spread to the buffer; below 0: displacement; meaningful
   * only when the success measure is negative.
   */
  wdq: number | null;
}

const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);
const minus = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);

function rateChange(zone: ZoneCounts, beforeDays: number, afterDays: number): number | null {
  return minus(ratio(ratio(zone.after, afterDays), ratio(zone.before, beforeDays)), 1);
}

export function effectFigures({ target, buffer, control, beforeDays, afterDays }: EffectInput): EffectFigures {
  const successMeasure = minus(ratio(target.after, control.after), ratio(target.before, control.before));
  const bufferMeasure = minus(ratio(buffer.after, control.after), ratio(buffer.before, control.before));
  return {
    targetChange: rateChange(target, beforeDays, afterDays),
    controlChange: rateChange(control, beforeDays, afterDays),
    relativeChange: ratio(ratio(target.after, target.before), ratio(control.after, control.before)),
    successMeasure,
    wdq: ratio(bufferMeasure, successMeasure),
  };
}
