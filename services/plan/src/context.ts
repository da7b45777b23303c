import type { Db, Identity } from '@tk/gis';
import DataLoader from 'dataloader';
import { findDistricts, type DistrictRow } from './db/districts.js';

export interface PlanContext {
  db: Db;
  identity: Identity | null;
  /** Per request: the gateway asks for many districts in one `_entities` call; one query answers all. */
  districts: DataLoader<string, DistrictRow | null>;
}

export function createContext(db: Db, identity: Identity | null): PlanContext {
  return {
    db,
    identity,
    districts: new DataLoader(async (ids) => {
      const rows = new Map((await findDistricts(db, ids)).map((d) => [d.id, d]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
}
