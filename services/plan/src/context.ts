import type { Db } from '@tk/gis';

export interface PlanContext {
  db: Db;
}
