import type { Geometry, Queryable } from '@tk/gis';

export interface PropertyRow {
  id: string;
  name: string;
  ownerId: string;
  ownerName: string;
  approximate: boolean;
  geometry: Geometry;
}

const COLUMNS = `p.id, p.name, p.owner_id AS "ownerId", p.owner_name AS "ownerName", p.approximate,
  ST_AsGeoJSON(p.geom, 6)::json AS geometry`;

export function listProperties(db: Queryable, ownerId: string | null): Promise<PropertyRow[]> {
  return db.query<PropertyRow>(
    `SELECT ${COLUMNS} FROM geo.property p WHERE ($1::text IS NULL OR p.owner_id = $1) ORDER BY p.name`,
    [ownerId],
  );
}

export async function findProperties(db: Queryable, ids: readonly string[]): Promise<PropertyRow[]> {
  return db.query<PropertyRow>(`SELECT ${COLUMNS} FROM geo.property p WHERE p.id = ANY($1::text[])`, [ids]);
}
