import { createDistrictListLoader, type Db } from '@tk/gis';
import { ACCESS, rowScope, type Identity, type RowScope } from '@tk/access';
import DataLoader from 'dataloader';
import type { IsoWeek } from '@tk/time';
import { presenceIn, ruleOccurrencesIn, storedHoursIn, weekWindow, type PresenceShiftRow, type Window } from './db/presence.js';
import { hoursWithin, sumHours, type PresenceHours } from './presence/hours.js';
import { listMeasures, type MeasureRow } from './db/measures.js';
import type { MeasureStatus } from './kinds.js';

export interface DistrictWeek {
  districtId: string;
  week: IsoWeek;
}

/** A district's hours in a week, as PresenceHours answers them (the week by its label). */
type WeekHours = PresenceHours & { districtId: string; week: string };

const keyOf = (k: DistrictWeek) => `${k.week.label}|${k.districtId}`;

/** The weeks asked for, each once. */
const weeksOf = (keys: readonly DistrictWeek[]): IsoWeek[] => [...new Map(keys.map((k) => [k.week.label, k.week])).values()];

/** Shifts per district and week under one scope, one query per week. */
function weekLoader(db: Db, scope: RowScope): DataLoader<DistrictWeek, PresenceShiftRow[], string> {
  return new DataLoader(
    async (keys) => {
      const answers = new Map<string, PresenceShiftRow[]>();
      for (const week of weeksOf(keys)) {
        const ids = [...new Set(keys.filter((k) => k.week.label === week.label).map((k) => k.districtId))];
        const shifts = await presenceIn(db, scope, ids, weekWindow(week));
        ids.forEach((districtId) => answers.set(keyOf({ districtId, week }), shifts.filter((s) => s.districtId === districtId)));
      }
      return keys.map((k) => answers.get(keyOf(k)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
}

/** The recurring plans' occurrences in a window, expanded once per request for each scope and districts asked. */
export type RuleOccurrences = (scope: RowScope, districtIds: readonly string[] | null, w: Window) => Promise<PresenceShiftRow[]>;

function ruleOccurrencesOnce(db: Db): RuleOccurrences {
  const asked = new Map<string, Promise<PresenceShiftRow[]>>();
  return (scope, districtIds, w) => {
    const key = JSON.stringify([scope.all, scope.districtIds, districtIds, w.from, w.to]);
    const found = asked.get(key) ?? ruleOccurrencesIn(db, scope, districtIds, w);
    asked.set(key, found);
    return found;
  };
}

/**
 * Hours per district and week under one scope: stored shifts summed by the database, the rules'
 * occurrences added here; one pass per week for all districts a request asks about.
 */
function hoursLoader(db: Db, scope: RowScope, occurrences: RuleOccurrences): DataLoader<DistrictWeek, WeekHours, string> {
  return new DataLoader(
    async (keys) => {
      const answers = new Map<string, WeekHours>();
      for (const week of weeksOf(keys)) {
        const ids = [...new Set(keys.filter((k) => k.week.label === week.label).map((k) => k.districtId))];
        const w = weekWindow(week);
        const [stored, expanded] = await Promise.all([storedHoursIn(db, scope, ids, w), occurrences(scope, ids, w)]);
        for (const districtId of ids) {
          const pieces = [
            ...stored.filter((p) => p.districtId === districtId),
            ...expanded.filter((o) => o.districtId === districtId).map((o) => ({ actorKind: o.actorKind, state: o.state, hours: hoursWithin(o, w) })),
          ];
          answers.set(keyOf({ districtId, week }), { districtId, week: week.label, ...sumHours(pieces) });
        }
      }
      return keys.map((k) => answers.get(keyOf(k))!);
    },
    { cacheKeyFn: keyOf },
  );
}

export interface MeasuresContext {
  db: Db;
  identity: Identity | null;
  /** The request's instant, from the platform's clock. */
  now: Date;
  /** The measures this caller may see, and those it may change. */
  readScope: RowScope;
  writeScope: RowScope;
  /** The presence shifts this caller may see one by one, and those it may plan. */
  presenceScope: RowScope;
  presenceWriteScope: RowScope;
  /** The shifts of a district in an ISO week: read once per week for all districts a request asks about. */
  presenceOfWeek: DataLoader<DistrictWeek, PresenceShiftRow[], string>;
  /** Hours per district and week, from the same shifts, as the hours' own (wider) rule allows. */
  presenceHours: DataLoader<DistrictWeek, WeekHours, string>;
  measuresByDistrict: ReturnType<typeof createDistrictListLoader<MeasureStatus | null, MeasureRow>>;
  ruleOccurrences: RuleOccurrences;
}

export function createContext(db: Db, identity: Identity | null, now: Date): MeasuresContext {
  const readScope = rowScope(identity, ACCESS.measureRead);
  const presenceScope = rowScope(identity, ACCESS.presenceRead);
  const presenceOfWeek = weekLoader(db, presenceScope);
  const ruleOccurrences = ruleOccurrencesOnce(db);
  return {
    db,
    identity,
    now,
    readScope,
    writeScope: rowScope(identity, ACCESS.measureWrite),
    presenceScope,
    presenceWriteScope: rowScope(identity, ACCESS.presenceWrite),
    presenceOfWeek,
    presenceHours: hoursLoader(db, rowScope(identity, ACCESS.presenceHoursRead), ruleOccurrences),
    ruleOccurrences,
    measuresByDistrict: createDistrictListLoader((districtIds, status) => listMeasures(db, readScope, { districtIds, status })),
  };
}
