import type { Db } from '@tk/gis';

export interface VenuesContext {
  db: Db;
}
