import type { Geometry, Queryable, RowScope } from '@tk/gis';
import type { VenueKind } from '../kinds.js';

export interface VenueRow {
  id: string;
  name: string;
  kind: VenueKind;
  location: Geometry;
  districtId: string | null;
  synthetic: boolean;
}

const COLUMNS = `v.id, v.name, v.kind, ST_AsGeoJSON(v.location, 6)::json AS location,
  v.district_id AS "districtId", v.synthetic`;

// The venues a caller may see: all, or those of its own districts (an area group).
const VISIBLE = (all: number) => `($${all}::boolean OR v.district_id = ANY($${all + 1}::text[]))`;

export function listVenues(
  db: Queryable,
  scope: RowScope,
  f: { districtIds?: readonly string[] | null; kind?: VenueKind | null },
): Promise<VenueRow[]> {
  return db.query<VenueRow>(
    `SELECT ${COLUMNS} FROM venues.venue v
      WHERE v.deleted_at IS NULL AND ${VISIBLE(3)}
        AND ($1::text[] IS NULL OR v.district_id = ANY($1))
        AND ($2::text IS NULL OR v.kind = $2)
      ORDER BY v.name`,
    [f.districtIds ?? null, f.kind ?? null, scope.all, scope.districtIds],
  );
}

export async function findVenue(db: Queryable, scope: RowScope, id: string): Promise<VenueRow | null> {
  const rows = await db.query<VenueRow>(
    `SELECT ${COLUMNS} FROM venues.venue v WHERE v.id::text = $1 AND v.deleted_at IS NULL AND ${VISIBLE(2)}`,
    [id, scope.all, scope.districtIds],
  );
  return rows[0] ?? null;
}
