import { type Actor, type Geometry, type Queryable } from '@tk/gis';
import { ALL_ROWS, type RowScope } from '@tk/access';
import { audit } from './supervision.js';
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

/** The district a point lies in; null outside the municipality's districts. */
export async function districtAt(db: Queryable, point: Geometry): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `SELECT d.id FROM geo.district d WHERE ST_Intersects(d.geom, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)) ORDER BY d.id LIMIT 1`,
    [JSON.stringify(point)],
  );
  return row?.id ?? null;
}

export interface VenueDetails {
  name: string;
  kind: VenueKind;
  location: Geometry;
  districtId: string;
}

export async function insertVenue(db: Queryable, actor: Actor, v: VenueDetails): Promise<VenueRow> {
  const [row] = (await db.query<{ id: string }>(
    `INSERT INTO venues.venue (name, kind, location, district_id, created_by)
     VALUES ($1, $2, ST_SetSRID(ST_GeomFromGeoJSON($3), 4326), $4, $5) RETURNING id::text`,
    [v.name, v.kind, JSON.stringify(v.location), v.districtId, actor === 'system' ? 'system' : actor.subject],
  )) as [{ id: string }];
  const created = (await findVenue(db, ALL_ROWS, row.id))!;
  await audit.record(db, actor, { action: 'create', entity: 'Venue', entityId: created.id, before: null, after: created });
  return created;
}

export async function updateVenue(db: Queryable, actor: Actor, before: VenueRow, v: VenueDetails): Promise<VenueRow> {
  await db.query(
    `UPDATE venues.venue SET name = $2, kind = $3, location = ST_SetSRID(ST_GeomFromGeoJSON($4), 4326), district_id = $5, updated_at = now()
      WHERE id = $1 AND deleted_at IS NULL`,
    [before.id, v.name, v.kind, JSON.stringify(v.location), v.districtId],
  );
  const after = (await findVenue(db, ALL_ROWS, before.id))!;
  await audit.record(db, actor, { action: 'update', entity: 'Venue', entityId: before.id, before, after });
  return after;
}
