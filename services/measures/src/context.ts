import { ACCESS, createDistrictListLoader, rowScope, type Db, type Identity, type RowScope } from '@tk/gis';
import DataLoader from 'dataloader';
import { presenceIn, type PresenceShiftRow } from './db/presence.js';
import { presenceHours as sumHours, type PresenceHours } from './presence/hours.js';
import { isoWeek } from './presence/iso-week.js';
import { listMeasures, type MeasureRow } from './db/measures.js';
import type { MeasureStatus } from './kinds.js';

export interface DistrictWeek {
  districtId: string;
  week: string;
}

const keyOf = (k: DistrictWeek) => `${k.week}|${k.districtId}`;

/** Shifts per district and week under one scope, one query per week. */
function weekLoader(db: Db, scope: RowScope): DataLoader<DistrictWeek, PresenceShiftRow[], string> {
  return new DataLoader(
    async (keys) => {
      const answers = new Map<string, PresenceShiftRow[]>();
      for (const week of new Set(keys.map((k) => k.week))) {
        const ids = [...new Set(keys.filter((k) => k.week === week).map((k) => k.districtId))];
        const shifts = await presenceIn(db, scope, ids, await isoWeek(db, week));
        ids.forEach((districtId) => answers.set(keyOf({ districtId, week }), shifts.filter((s) => s.districtId === districtId)));
      }
      return keys.map((k) => answers.get(keyOf(k)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
}

export interface MeasuresContext {
  db: Db;
  identity: Identity | null;
  /** The measures this caller may see, and those it may change. */
  readScope: RowScope;
  writeScope: RowScope;
  /** The presence shifts this caller may see one by one, and those it may plan. */
  presenceScope: RowScope;
  presenceWriteScope: RowScope;
  /** The shifts of a district in an ISO week: read once per week for all districts a request asks about. */
  presenceOfWeek: DataLoader<DistrictWeek, PresenceShiftRow[], string>;
  /** Hours per district and week, from the same shifts, as the hours' own (wider) rule allows. */
  presenceHours: DataLoader<DistrictWeek, PresenceHours & DistrictWeek, string>;
  measuresByDistrict: ReturnType<typeof createDistrictListLoader<MeasureStatus | null, MeasureRow>>;
}

export function createContext(db: Db, identity: Identity | null): MeasuresContext {
  const readScope = rowScope(identity, ACCESS.measureRead);
  const presenceScope = rowScope(identity, ACCESS.presenceRead);
  const presenceOfWeek = weekLoader(db, presenceScope);
  return {
    db,
    identity,
    readScope,
    writeScope: rowScope(identity, ACCESS.measureWrite),
    presenceScope,
    presenceWriteScope: rowScope(identity, ACCESS.presenceWrite),
    presenceOfWeek,
    presenceHours: new DataLoader(
      async (keys) => {
        const hoursScope = rowScope(identity, ACCESS.presenceHoursRead);
        // Those who may read shifts read the same ones once; the steering group's hours need their own read.
        const loader = hoursScope.all === presenceScope.all && hoursScope.districtIds.join() === presenceScope.districtIds.join() ? presenceOfWeek : weekLoader(db, hoursScope);
        const shifts = await loader.loadMany(keys);
        return Promise.all(keys.map(async (k, i) => {
          const found = shifts[i];
          if (found instanceof Error) throw found;
          return { ...k, ...sumHours(found!, await isoWeek(db, k.week)) };
        }));
      },
      { cacheKeyFn: keyOf },
    ),
    measuresByDistrict: createDistrictListLoader((districtIds, status) => listMeasures(db, readScope, { districtIds, status })),
  };
}
