import { ACCESS, createDistrictListLoader, rowScope, type Db, type Identity, type RowScope } from '@tk/gis';
import { listMeasures, type MeasureRow } from './db/measures.js';
import type { MeasureStatus } from './kinds.js';

export interface MeasuresContext {
  db: Db;
  identity: Identity | null;
  /** The measures this caller may see, and those it may change. */
  readScope: RowScope;
  writeScope: RowScope;
  measuresByDistrict: ReturnType<typeof createDistrictListLoader<MeasureStatus | null, MeasureRow>>;
}

export function createContext(db: Db, identity: Identity | null): MeasuresContext {
  const readScope = rowScope(identity, ACCESS.measureRead);
  return {
    db,
    identity,
    readScope,
    writeScope: rowScope(identity, ACCESS.measureWrite),
    measuresByDistrict: createDistrictListLoader((districtIds, status) => listMeasures(db, readScope, { districtIds, status })),
  };
}
