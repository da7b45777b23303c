import { createDistrictListLoader, type Db } from '@tk/gis';
import { listVenues, type VenueRow } from './db/venues.js';
import type { VenueKind } from './kinds.js';

export interface VenuesContext {
  db: Db;
  venuesByDistrict: ReturnType<typeof createDistrictListLoader<VenueKind | null, VenueRow>>;
}

export function createContext(db: Db): VenuesContext {
  return { db, venuesByDistrict: createDistrictListLoader((districtIds, kind) => listVenues(db, { districtIds, kind })) };
}
