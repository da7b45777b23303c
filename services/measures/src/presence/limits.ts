/**
 * How long a shift may last: 24 hours on Swedish clocks. In real time that is up to 25 hours, when
 * the autumn clock change falls inside it (Sunday 00:30 to Monday 00:29 on 25 October 2026 lasts
 * 24 h 59 min). The one length every check, look-back and constraint uses (migration 006 too).
 */
export const MAX_SHIFT_CLOCK_HOURS = 24;
export const MAX_SHIFT_HOURS = 25;
export const MAX_SHIFT_MS = MAX_SHIFT_HOURS * 3_600_000;
/** For SQL: how far before a window a shift that reaches into it can have started. */
export const SHIFT_LOOK_BACK = `interval '${MAX_SHIFT_HOURS} hours'`;
