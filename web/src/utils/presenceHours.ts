import { zoneOffsetMs } from '@tk/time';

/**
 * A daily window of hours in Swedish time, as the presence layer's two selects give it: from 0–23,
 * to 1–24. A window that ends at or before its start runs past midnight (18–02), and one that ends
 * where it starts covers the whole day.
 */
export interface HourWindow {
  from: number;
  to: number;
}

export const WHOLE_DAY: HourWindow = { from: 0, to: 24 };
const HOUR_MS = 3_600_000;

/** Whether the hour of the day (0–23) lies in the window. */
export function inWindow(hour: number, { from, to }: HourWindow): boolean {
  const end = to % 24;
  if (end === from) return true;
  return from < end ? hour >= from && hour < end : hour >= from || hour < end;
}

/** The hour of the day (0–23) on Swedish clocks. */
const swedishHour = (instant: Date): number => new Date(instant.getTime() + zoneOffsetMs(instant)).getUTCHours();

/**
 * Whether a shift overlaps the window on any of its days. Sweden's offsets are whole hours, so the
 * shift is walked hour by hour along UTC's hour boundaries, which are Swedish ones too, DST included.
 */
export function shiftInWindow(startsAt: string, endsAt: string, window: HourWindow): boolean {
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return false;
  if (window.to % 24 === window.from) return true;
  // Shifts are at most a day long; the cap only guards against a broken answer.
  for (let at = start, steps = 0; at < end && steps < 49; at = (Math.floor(at / HOUR_MS) + 1) * HOUR_MS, steps += 1) {
    if (inWindow(swedishHour(new Date(at)), window)) return true;
  }
  return false;
}

/** "18–02", the window as the legend and the test hook say it. */
export function windowLabel({ from, to }: HourWindow): string {
  const pad = (hour: number): string => String(hour).padStart(2, '0');
  return `${pad(from)}–${pad(to)}`;
}
