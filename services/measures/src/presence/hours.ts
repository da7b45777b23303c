import type { ActorKind, HoursPiece, PresenceShiftRow, Window } from '../db/presence.js';

export interface HoursByActor {
  actorKind: ActorKind;
  planned: number;
  realised: number;
}

export interface PresenceHours {
  /** Hours of shifts still planned, and of shifts recorded as realised, within the window. */
  planned: number;
  realised: number;
  byActor: HoursByActor[];
}

const HOUR_MS = 3_600_000;

/** The part of a shift inside the window, in hours: a night shift over Sunday midnight counts in both weeks. */
export function hoursWithin(shift: Pick<PresenceShiftRow, 'startsAt' | 'endsAt'>, w: Window): number {
  const start = Math.max(shift.startsAt.getTime(), w.from.getTime());
  const end = Math.min(shift.endsAt.getTime(), w.to.getTime());
  return Math.max(0, end - start) / HOUR_MS;
}

const round = (h: number) => Math.round(h * 100) / 100;


export function sumHours(pieces: readonly HoursPiece[]): PresenceHours {
  const byActor = new Map<ActorKind, HoursByActor>();
  for (const { actorKind, state, hours } of pieces) {
    if (hours === 0) continue;
    const entry = byActor.get(actorKind) ?? { actorKind, planned: 0, realised: 0 };
    entry[state] += hours;
    byActor.set(actorKind, entry);
  }
  const actors = [...byActor.values()].map((a) => ({ ...a, planned: round(a.planned), realised: round(a.realised) }));
  return {
    planned: round(actors.reduce((s, a) => s + a.planned, 0)),
    realised: round(actors.reduce((s, a) => s + a.realised, 0)),
    byActor: actors.sort((a, b) => a.actorKind.localeCompare(b.actorKind)),
  };
}

export function presenceHours(shifts: readonly Pick<PresenceShiftRow, 'startsAt' | 'endsAt' | 'state' | 'actorKind'>[], w: Window): PresenceHours {
  return sumHours(shifts.map((s) => ({ actorKind: s.actorKind, state: s.state, hours: hoursWithin(s, w) })));
}
