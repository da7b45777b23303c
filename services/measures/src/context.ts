import { ACCESS, createDistrictListLoader, rowScope, type Db, type Identity, type RowScope } from '@tk/gis';
import DataLoader from 'dataloader';
import type { PresenceHours } from './presence/hours.js';
import { hoursPerDistrict } from './presence/week-hours.js';
import { listMeasures, type MeasureRow } from './db/measures.js';
import type { MeasureStatus } from './kinds.js';

export interface MeasuresContext {
  db: Db;
  identity: Identity | null;
  /** The measures this caller may see, and those it may change. */
  readScope: RowScope;
  writeScope: RowScope;
  /** The presence shifts this caller may see one by one, and those it may plan. */
  presenceScope: RowScope;
  presenceWriteScope: RowScope;
  /** Hours per district and week: one query per week for all districts of a request. */
  presenceHours: DataLoader<{ districtId: string; week: string }, PresenceHours & { districtId: string; week: string }, string>;
  measuresByDistrict: ReturnType<typeof createDistrictListLoader<MeasureStatus | null, MeasureRow>>;
}

export function createContext(db: Db, identity: Identity | null): MeasuresContext {
  const readScope = rowScope(identity, ACCESS.measureRead);
  return {
    db,
    identity,
    readScope,
    writeScope: rowScope(identity, ACCESS.measureWrite),
    presenceScope: rowScope(identity, ACCESS.presenceRead),
    presenceWriteScope: rowScope(identity, ACCESS.presenceWrite),
    presenceHours: new DataLoader(
      async (keys) => {
        const scope = rowScope(identity, ACCESS.presenceHoursRead);
        const weeks = [...new Set(keys.map((k) => k.week))];
        const answers = new Map<string, PresenceHours & { districtId: string; week: string }>();
        for (const week of weeks) {
          const ids = [...new Set(keys.filter((k) => k.week === week).map((k) => k.districtId))];
          (await hoursPerDistrict(db, scope, ids, week)).forEach((h) => answers.set(`${week}|${h.districtId}`, h));
        }
        return keys.map((k) => answers.get(`${k.week}|${k.districtId}`)!);
      },
      { cacheKeyFn: (k) => `${k.week}|${k.districtId}` },
    ),
    measuresByDistrict: createDistrictListLoader((districtIds, status) => listMeasures(db, readScope, { districtIds, status })),
  };
}
