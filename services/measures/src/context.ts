import type { Db } from '@tk/gis';

export interface MeasuresContext {
  db: Db;
}
