/**
 * The platform's one clock. Everything that depends on "now" — today's date, the current ISO week,
 * "not in the future", the demo data's last weeks — reads it here, so that tests and a demo can pin
 * it (`NOW`) and get the same answers on every day of the year.
 *
 * What does not read it, on purpose: token expiry and signing (a JWT's `exp` is checked against the
 * real time by every party), the rate limiter's refill, and the bookkeeping columns the database
 * stamps (`created_at`, `updated_at`, an audit entry's `at`), which record when a write really
 * happened.
 */
export interface Clock {
  now(): Date;
  /** Set by `NOW`: the clock stands still at that instant. */
  readonly pinned: boolean;
}

/** The real time. */
export const realClock: Clock = { now: () => new Date(), pinned: false };

/** A clock that always says `at`. */
export function pinnedClock(at: Date): Clock {
  const ms = at.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('a pinned clock needs a valid instant');
  return { now: () => new Date(ms), pinned: true };
}

// An offset is required: "10:00" alone names two instants on one night a year in Sweden.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `NOW` as an instant, or null when the text is not ISO 8601 with a time-zone offset. */
export function parseInstant(text: string): Date | null {
  if (!INSTANT.test(text)) return null;
  const at = new Date(text);
  // Date.parse rolls 2026-02-30 over into March; the round trip of the date part catches it.
  if (Number.isNaN(at.getTime())) return null;
  const [date, time] = text.split('T') as [string, string];
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(time)![1]!;
  const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(at.getTime() + minutes * 60_000).toISOString().slice(0, 10);
  return local === date ? at : null;
}
