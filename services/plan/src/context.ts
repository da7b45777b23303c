import type { Db } from '@tk/gis';
import type { Identity } from '@tk/access';
import DataLoader from 'dataloader';
import { findDistricts, type DistrictRow } from './db/districts.js';
import { followUpsOf, type FollowUpRow } from './db/follow-ups.js';
import { activitiesOf, type ActivityRow } from './db/plans.js';
import { latestPopulation, type PopulationRow } from './db/reference.js';

export interface PlanContext {
  db: Db;
  identity: Identity | null;
  /** The request's instant, from the platform's clock. */
  now: Date;
  /** Per request: the gateway asks for many districts in one `_entities` call; one query answers all. */
  districts: DataLoader<string, DistrictRow | null>;
  /** A plan's activities and all its follow-ups, read once per request however many fields ask. */
  activitiesOfPlan: DataLoader<string, ActivityRow[]>;
  followUpsOfPlan: DataLoader<string, FollowUpRow[]>;
  /** Each district's latest population, one query for every district a request asks about. */
  population: DataLoader<string, PopulationRow | null>;
}

/** A loader of rows per key, read in one query for all keys a request asks about. */
function grouped<R>(load: (keys: readonly string[]) => Promise<R[]>, keyOf: (row: R) => string): DataLoader<string, R[]> {
  return new DataLoader(async (keys) => {
    const rows = await load(keys);
    return keys.map((k) => rows.filter((r) => keyOf(r) === k));
  });
}

export function createContext(db: Db, identity: Identity | null, now: Date): PlanContext {
  return {
    db,
    identity,
    now,
    districts: new DataLoader(async (ids) => {
      const rows = new Map((await findDistricts(db, ids)).map((d) => [d.id, d]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    activitiesOfPlan: grouped((ids) => activitiesOf(db, ids), (a) => a.planId),
    followUpsOfPlan: grouped((ids) => followUpsOf(db, ids, null), (f) => f.planId),
    population: new DataLoader(async (ids) => {
      const rows = new Map((await latestPopulation(db, ids)).map((p) => [p.districtId, p]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
}
