import type { Geometry, Queryable } from '@tk/gis';
import type { RowScope } from '@tk/access';
import { scopeParams, visibleIncident } from './visibility.js';
import type { Category, Precision } from '../categories.js';

export interface IncidentRow {
  id: string;
  occurredAt: Date;
  endedAt: Date | null;
  category: Category;
  description: string;
  precision: Precision;
  location: Geometry | null;
  radiusM: number | null;
  districtId: string | null;
  reportedBy: string;
  source: string;
  originalType: string | null;
  title: string | null;
  sourceUrl: string | null;
  areaName: string | null;
}

const COLUMNS = `
  i.id, i.occurred_at AS "occurredAt", i.ended_at AS "endedAt", i.category, i.description,
  i.precision, ST_AsGeoJSON(i.location, 6)::json AS location, i.radius_m AS "radiusM",
  i.district_id AS "districtId", i.reported_by AS "reportedBy", i.source,
  i.original_type AS "originalType", i.title, i.source_url AS "sourceUrl", i.area_name AS "areaName"`;

export interface IncidentFilter {
  districtId?: string | null;
  from?: Date | null;
  to?: Date | null;
  limit: number;
}

export function listIncidents(db: Queryable, scope: RowScope, f: IncidentFilter): Promise<IncidentRow[]> {
  return db.query<IncidentRow>(
    `SELECT ${COLUMNS} FROM incidents.incident i
      WHERE i.deleted_at IS NULL AND ${visibleIncident(5)}
        AND ($1::text IS NULL OR i.district_id = $1)
        AND ($2::timestamptz IS NULL OR i.occurred_at >= $2)
        AND ($3::timestamptz IS NULL OR i.occurred_at < $3)
      ORDER BY i.occurred_at DESC
      LIMIT $4`,
    [f.districtId ?? null, f.from ?? null, f.to ?? null, f.limit, ...scopeParams(scope)],
  );
}

export async function findIncident(db: Queryable, scope: RowScope, id: string): Promise<IncidentRow | null> {
  const rows = await db.query<IncidentRow>(
    `SELECT ${COLUMNS} FROM incidents.incident i
      WHERE i.id::text = $1 AND i.deleted_at IS NULL AND ${visibleIncident(2)}`,
    [id, ...scopeParams(scope)],
  );
  return rows[0] ?? null;
}

/** Incidents with a point on the property, as far as the caller may see them (the same row rule). */
export function findIncidentsOnProperty(
  db: Queryable,
  scope: RowScope,
  propertyId: string,
  period: { from: Date | null; to: Date | null },
): Promise<IncidentRow[]> {
  return db.query<IncidentRow>(
    `SELECT ${COLUMNS} FROM incidents.incident i JOIN geo.property p ON p.id = $1 AND ST_Intersects(p.geom, i.location)
      WHERE i.deleted_at IS NULL AND ${visibleIncident(4)}
        AND ($2::timestamptz IS NULL OR i.occurred_at >= $2)
        AND ($3::timestamptz IS NULL OR i.occurred_at < $3)
      ORDER BY i.occurred_at DESC`,
    [propertyId, period.from, period.to, ...scopeParams(scope)],
  );
}
