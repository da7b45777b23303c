import type { Db } from '@tk/gis';
import DataLoader from 'dataloader';
import { countByDistrict } from './db/incidents.js';

export interface CountKey {
  districtId: string;
  from: Date | null;
  to: Date | null;
}

export interface IncidentsContext {
  db: Db;
  /** Per request: counts for all districts of one `_entities` call in one query per period. */
  incidentCounts: DataLoader<CountKey, number, string>;
}

const periodKey = (k: CountKey) => `${k.from?.toISOString() ?? ''}|${k.to?.toISOString() ?? ''}`;

async function loadCounts(db: Db, keys: readonly CountKey[]): Promise<number[]> {
  const byPeriod = new Map<string, CountKey[]>();
  keys.forEach((k) => byPeriod.set(periodKey(k), [...(byPeriod.get(periodKey(k)) ?? []), k]));
  const counts = new Map<string, number>();
  for (const [period, group] of byPeriod) {
    const found = await countByDistrict(db, group.map((k) => k.districtId), group[0]!);
    group.forEach((k) => counts.set(`${period}|${k.districtId}`, found.get(k.districtId) ?? 0));
  }
  return keys.map((k) => counts.get(`${periodKey(k)}|${k.districtId}`) ?? 0);
}

export function createContext(db: Db): IncidentsContext {
  return {
    db,
    incidentCounts: new DataLoader((keys) => loadCounts(db, keys), { cacheKeyFn: (k) => `${periodKey(k)}|${k.districtId}` }),
  };
}
