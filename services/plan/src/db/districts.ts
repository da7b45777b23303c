import type { Geometry, Queryable } from '@tk/gis';

export interface DistrictRow {
  id: string;
  code: string | null;
  name: string;
  priority: boolean;
  approximate: boolean;
  source: string;
  geometry: Geometry;
  labelPoint: Geometry;
  areaKm2: number;
}

const COLUMNS = `
  d.id, d.code, d.name, d.priority, d.approximate, d.source,
  ST_AsGeoJSON(d.geom, 6)::json AS geometry,
  ST_AsGeoJSON(ST_PointOnSurface(d.geom), 6)::json AS "labelPoint",
  (ST_Area(ST_Transform(d.geom, 3006)) / 1e6)::float8 AS "areaKm2"`;

export function listDistricts(db: Queryable, filter: { priority?: boolean | null }): Promise<DistrictRow[]> {
  return db.query<DistrictRow>(
    `SELECT ${COLUMNS} FROM geo.district d
      WHERE ($1::boolean IS NULL OR d.priority = $1)
      ORDER BY d.priority DESC, d.name`,
    [filter.priority ?? null],
  );
}

export async function findDistricts(db: Queryable, ids: readonly string[]): Promise<DistrictRow[]> {
  return db.query<DistrictRow>(`SELECT ${COLUMNS} FROM geo.district d WHERE d.id = ANY($1::text[])`, [ids]);
}
