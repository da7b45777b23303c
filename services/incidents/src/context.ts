import type { Db } from '@tk/gis';

export interface IncidentsContext {
  db: Db;
}
