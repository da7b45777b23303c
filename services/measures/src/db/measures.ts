import type { Geometry, Queryable } from '@tk/gis';
import type { MeasureKind, MeasureStatus } from '../kinds.js';

export interface MeasureRow {
  id: string;
  kind: MeasureKind;
  title: string;
  status: MeasureStatus;
  geometry: Geometry;
  districtId: string;
  synthetic: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = `m.id, m.kind, m.title, m.status, ST_AsGeoJSON(m.geom, 6)::json AS geometry,
  m.district_id AS "districtId", m.synthetic, m.created_at AS "createdAt", m.updated_at AS "updatedAt"`;

export function listMeasures(db: Queryable, f: { districtIds?: readonly string[] | null; status?: MeasureStatus | null }): Promise<MeasureRow[]> {
  return db.query<MeasureRow>(
    `SELECT ${COLUMNS} FROM measures.measure m
      WHERE m.deleted_at IS NULL
        AND ($1::text[] IS NULL OR m.district_id = ANY($1))
        AND ($2::text IS NULL OR m.status = $2)
      ORDER BY m.created_at DESC`,
    [f.districtIds ?? null, f.status ?? null],
  );
}

export async function findMeasure(db: Queryable, id: string): Promise<MeasureRow | null> {
  const rows = await db.query<MeasureRow>(`SELECT ${COLUMNS} FROM measures.measure m WHERE m.id::text = $1 AND m.deleted_at IS NULL`, [id]);
  return rows[0] ?? null;
}

/** The district that holds most of the geometry; null outside every district. */
export async function districtOf(db: Queryable, geometry: Geometry): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `WITH g AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) AS geom)
     SELECT d.id FROM geo.district d, g
      WHERE ST_Intersects(d.geom, g.geom)
      ORDER BY CASE WHEN ST_Dimension(g.geom) = 0 THEN 0
                    ELSE -ST_Length(ST_Intersection(d.geom, g.geom)) - ST_Area(ST_Intersection(d.geom, g.geom)) END,
               d.id
      LIMIT 1`,
    [JSON.stringify(geometry)],
  );
  return row?.id ?? null;
}

export async function insertMeasure(
  db: Queryable,
  m: { kind: MeasureKind; title: string; geometry: Geometry; districtId: string; synthetic?: boolean },
): Promise<MeasureRow> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO measures.measure (kind, title, geom, district_id, synthetic)
     VALUES ($1, $2, ST_SetSRID(ST_GeomFromGeoJSON($3), 4326), $4, $5) RETURNING id`,
    [m.kind, m.title, JSON.stringify(m.geometry), m.districtId, m.synthetic ?? false],
  );
  const created = (await findMeasure(db, row!.id))!;
  await db.query(
    `INSERT INTO measures.measure_history (measure_id, action, before, after) VALUES ($1, 'created', NULL, $2::jsonb)`,
    [created.id, JSON.stringify(created)],
  );
  return created;
}
