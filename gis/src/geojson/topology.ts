import { badUserInput } from '../errors.js';
import type { Queryable } from '../db/types.js';
import type { Geometry } from './validate.js';

/**
 * Asks PostGIS whether the geometry is valid (OGC simple features), and refuses it with the
 * reason PostGIS gives, e.g. "Self-intersection[15.6 58.4]". Run this before any write.
 */
export async function assertTopologicallyValid(db: Queryable, geometry: Geometry, field = 'geometry'): Promise<void> {
  const [row] = await db.query<{ valid: boolean; reason: string }>(
    `SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason
       FROM (SELECT ST_GeomFromGeoJSON($1) AS g) AS input`,
    [JSON.stringify(geometry)],
  );
  if (!row?.valid) {
    throw badUserInput(`Invalid geometry in ${field}: ${row?.reason ?? 'PostGIS could not read it'}`, { field, reason: 'invalid_geometry' });
  }
}
