import { createDistrictListLoader, type Db } from '@tk/gis';
import { ACCESS, rowScope, type Identity, type RowScope } from '@tk/access';
import DataLoader from 'dataloader';
import { listOf, type SupervisionRows } from './db/supervision.js';
import { listVenues, type VenueRow } from './db/venues.js';
import type { VenueKind } from './kinds.js';

export type SupervisionLoaders = { [K in keyof SupervisionRows]: DataLoader<string, SupervisionRows[K][]> };

export interface VenuesContext {
  db: Db;
  identity: Identity | null;
  /** The request's instant, from the platform's clock. */
  now: Date;
  /** The venues this caller may see. */
  scope: RowScope;
  venuesByDistrict: ReturnType<typeof createDistrictListLoader<VenueKind | null, VenueRow>>;
  /** Licences, inspections, memberships and trainings of the venues a request asks about, one query per list. */
  supervision: SupervisionLoaders;
}

function byVenue<K extends keyof SupervisionRows>(db: Db, list: K): DataLoader<string, SupervisionRows[K][]> {
  return new DataLoader(async (venueIds) => {
    const rows = await listOf(db, list, venueIds);
    return venueIds.map((id) => rows.filter((r) => r.venueId === id));
  });
}

export function createContext(db: Db, identity: Identity | null, now: Date): VenuesContext {
  const scope = rowScope(identity, ACCESS.venueRead);
  return {
    db,
    identity,
    now,
    scope,
    venuesByDistrict: createDistrictListLoader((districtIds, kind) => listVenues(db, scope, { districtIds, kind })),
    supervision: {
      licences: byVenue(db, 'licences'),
      inspections: byVenue(db, 'inspections'),
      memberships: byVenue(db, 'memberships'),
      trainings: byVenue(db, 'trainings'),
    },
  };
}
