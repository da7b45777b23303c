import { ACCESS, createDistrictListLoader, rowScope, type Db, type Identity, type RowScope } from '@tk/gis';
import { listVenues, type VenueRow } from './db/venues.js';
import type { VenueKind } from './kinds.js';

export interface VenuesContext {
  db: Db;
  identity: Identity | null;
  /** The venues this caller may see. */
  scope: RowScope;
  venuesByDistrict: ReturnType<typeof createDistrictListLoader<VenueKind | null, VenueRow>>;
}

export function createContext(db: Db, identity: Identity | null): VenuesContext {
  const scope = rowScope(identity, ACCESS.venueRead);
  return {
    db,
    identity,
    scope,
    venuesByDistrict: createDistrictListLoader((districtIds, kind) => listVenues(db, scope, { districtIds, kind })),
  };
}
