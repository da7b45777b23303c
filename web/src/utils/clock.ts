import { swedishDay } from '@tk/time';

/**
 * The web app's clock: the real time, or the instant the platform's clock is pinned to (`NOW`, for
 * tests and demos), which /config.json tells before the app mounts. "Today", the current ISO week
 * and the year a page opens on are read here; token expiry is not (a token expires in real time).
 */
let pinned: number | null = null;

/** Pins the clock to an instant, or lets it run again with null. */
export function pinClock(at: Date | null): void {
  pinned = at && Number.isFinite(at.getTime()) ? at.getTime() : null;
}

export function appNow(): Date {
  return pinned === null ? new Date() : new Date(pinned);
}
/** Today in Sweden as "YYYY-MM-DD": inspections are recorded on the Swedish calendar day. */
export function swedishToday(now: Date = appNow()): string {
  return swedishDay(now);
}
