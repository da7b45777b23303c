import { createDistrictListLoader, type Db } from '@tk/gis';
import { listMeasures, type MeasureRow } from './db/measures.js';
import type { MeasureStatus } from './kinds.js';

export interface MeasuresContext {
  db: Db;
  measuresByDistrict: ReturnType<typeof createDistrictListLoader<MeasureStatus | null, MeasureRow>>;
}

export function createContext(db: Db): MeasuresContext {
  return { db, measuresByDistrict: createDistrictListLoader((districtIds, status) => listMeasures(db, { districtIds, status })) };
}
