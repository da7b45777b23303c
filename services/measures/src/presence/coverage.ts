/**
 * Whether presence met a hot spot's incidents: an incident counts as covered when a shift at the
 * cell was present in the same hour of the week (Swedish time, weekday and hour) in the week looked
 * at. Hours of the week rather than instants, so that next week's plan can be held against this
 * week's incidents as well as this week's shifts.
 */
export interface HourOfWeek {
  /** 1 = Monday … 7 = Sunday. */
  dayOfWeek: number;
  hour: number;
}

export interface Coverage {
  incidents: number;
  covered: number;
  /** The hours of the week with incidents and no presence, in order. */
  uncoveredHours: HourOfWeek[];
}

const LOCAL = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOUR_MS = 3_600_000;

export function hourOfWeek(at: Date): HourOfWeek {
  const parts = Object.fromEntries(LOCAL.formatToParts(at).map((p) => [p.type, p.value]));
  return { dayOfWeek: WEEKDAYS.indexOf(parts.weekday!) + 1, hour: Number(parts.hour) };
}

const slot = ({ dayOfWeek, hour }: HourOfWeek) => (dayOfWeek - 1) * 24 + hour;

/** The hours of the week a shift touches: every local hour with some minute of presence. */
export function hoursOfShift(shift: { startsAt: Date; endsAt: Date }): Set<number> {
  const slots = new Set<number>();
  // Whole hours from the start's hour on; a DST change only makes a local hour appear twice or not at all.
  for (let t = Math.floor(shift.startsAt.getTime() / HOUR_MS) * HOUR_MS; t < shift.endsAt.getTime(); t += HOUR_MS) {
    slots.add(slot(hourOfWeek(new Date(Math.max(t, shift.startsAt.getTime())))));
  }
  return slots;
}

/**
 * `shifts` are those read for the week `week`: only their part inside it is presence in that week.
 * (A shift from Sunday night into Monday reaches into the next week; its Sunday hours are not that
 * week's Sunday.)
 */
export function coverage(
  incidentTimes: readonly Date[],
  shifts: readonly { startsAt: Date; endsAt: Date }[],
  week: { from: Date; to: Date },
): Coverage {
  const inWeek = shifts
    .map((s) => ({ startsAt: new Date(Math.max(s.startsAt.getTime(), week.from.getTime())), endsAt: new Date(Math.min(s.endsAt.getTime(), week.to.getTime())) }))
    .filter((s) => s.endsAt > s.startsAt);
  const present = new Set(inWeek.flatMap((s) => [...hoursOfShift(s)]));
  const uncovered = new Map<number, HourOfWeek>();
  let covered = 0;
  for (const at of incidentTimes) {
    const h = hourOfWeek(at);
    if (present.has(slot(h))) covered += 1;
    else uncovered.set(slot(h), h);
  }
  return { incidents: incidentTimes.length, covered, uncoveredHours: [...uncovered.entries()].sort(([a], [b]) => a - b).map(([, h]) => h) };
}
