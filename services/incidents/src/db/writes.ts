import { auditLog, type Geometry, type Queryable } from '@tk/gis';
import { ALL_ROWS, type Identity } from '@tk/access';
import type { Category } from '../categories.js';
import { findIncident, type IncidentRow } from './incidents.js';

export const audit = auditLog('incidents');

export interface IncidentInput {
  occurredAt: Date;
  endedAt: Date | null;
  category: Category;
  description: string;
  location: Geometry;
  radiusM: number | null;
}

/** Where a point lies: inside the municipality at all, and in which district (if any). */
export async function placeOf(db: Queryable, location: Geometry): Promise<{ inMunicipality: boolean; districtId: string | null }> {
  const [row] = await db.query<{ inMunicipality: boolean; districtId: string | null }>(
    `WITH p AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) AS geom)
     SELECT EXISTS (SELECT 1 FROM geo.municipality m, p WHERE ST_Intersects(m.geom, p.geom))
              OR EXISTS (SELECT 1 FROM geo.district d, p WHERE ST_Intersects(d.geom, p.geom)) AS "inMunicipality",
            (SELECT d.id FROM geo.district d, p WHERE ST_Intersects(d.geom, p.geom) ORDER BY d.id LIMIT 1) AS "districtId"`,
    [JSON.stringify(location)],
  );
  return row!;
}

export async function insertIncident(db: Queryable, actor: Identity, input: IncidentInput, districtId: string | null): Promise<IncidentRow> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO incidents.incident
       (occurred_at, ended_at, category, description, precision, location, radius_m, district_id, reported_by, source, created_by)
     VALUES ($1, $2, $3, $4, 'exact', ST_SetSRID(ST_GeomFromGeoJSON($5), 4326), $6, $7, $8, 'manual', $9)
     RETURNING id`,
    [input.occurredAt, input.endedAt, input.category, input.description, JSON.stringify(input.location), input.radiusM, districtId, actor.name, actor.subject],
  );
  const created = (await findIncident(db, ALL_ROWS, row!.id))!;
  await audit.record(db, actor, { action: 'create', entity: 'Incident', entityId: created.id, before: null, after: created });
  return created;
}

export async function updateIncident(db: Queryable, actor: Identity, before: IncidentRow, input: IncidentInput, districtId: string | null): Promise<IncidentRow> {
  await db.query(
    `UPDATE incidents.incident
        SET occurred_at = $2, ended_at = $3, category = $4, description = $5, location = ST_SetSRID(ST_GeomFromGeoJSON($6), 4326),
            precision = 'exact', radius_m = $7, district_id = $8, updated_at = now()
      WHERE id = $1 AND deleted_at IS NULL`,
    [before.id, input.occurredAt, input.endedAt, input.category, input.description, JSON.stringify(input.location), input.radiusM, districtId],
  );
  const after = (await findIncident(db, ALL_ROWS, before.id))!;
  await audit.record(db, actor, { action: 'update', entity: 'Incident', entityId: before.id, before, after });
  return after;
}

/** Soft delete: the row stays (marked deleted), the audit log keeps its last values and the reason. */
export async function removeIncident(db: Queryable, actor: Identity, before: IncidentRow, reason: string): Promise<void> {
  await db.query(`UPDATE incidents.incident SET deleted_at = now(), updated_at = now() WHERE id = $1 AND deleted_at IS NULL`, [before.id]);
  await audit.record(db, actor, { action: 'remove', entity: 'Incident', entityId: before.id, before, after: { removed: true, reason } });
}
