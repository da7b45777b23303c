import { ALL_ROWS, auditLog, type Actor, type Geometry, type Queryable, type RowScope } from '@tk/gis';
import type { MeasureKind, MeasureStatus } from '../kinds.js';

export interface MeasureRow {
  id: string;
  kind: MeasureKind;
  title: string;
  description: string;
  status: MeasureStatus;
  geometry: Geometry;
  districtId: string;
  synthetic: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** Calendar days (YYYY-MM-DD), null until decided or done. */
  decidedOn: string | null;
  doneOn: string | null;
}

export const audit = auditLog('measures');

const COLUMNS = `m.id, m.kind, m.title, m.description, m.status, ST_AsGeoJSON(m.geom, 6)::json AS geometry,
  m.district_id AS "districtId", m.synthetic, m.created_at AS "createdAt", m.updated_at AS "updatedAt",
  to_char(m.decided_on, 'YYYY-MM-DD') AS "decidedOn", to_char(m.done_on, 'YYYY-MM-DD') AS "doneOn"`;

/** The measures a caller may see (parameters from `first`): all, its districts', or on its properties. */
function visible(first: number): string {
  return `($${first}::boolean OR m.district_id = ANY($${first + 1}::text[])
    OR ($${first + 2}::text IS NOT NULL AND EXISTS (
          SELECT 1 FROM geo.property p WHERE p.owner_id = $${first + 2} AND ST_Intersects(p.geom, m.geom))))`;
}
const scopeParams = (s: RowScope) => [s.all, s.districtIds, s.ownerId];

export function listMeasures(
  db: Queryable,
  scope: RowScope,
  f: { districtIds?: readonly string[] | null; status?: MeasureStatus | null },
): Promise<MeasureRow[]> {
  return db.query<MeasureRow>(
    `SELECT ${COLUMNS} FROM measures.measure m
      WHERE m.deleted_at IS NULL AND ${visible(3)}
        AND ($1::text[] IS NULL OR m.district_id = ANY($1))
        AND ($2::text IS NULL OR m.status = $2)
      ORDER BY m.created_at DESC`,
    [f.districtIds ?? null, f.status ?? null, ...scopeParams(scope)],
  );
}

export async function findMeasure(db: Queryable, scope: RowScope, id: string): Promise<MeasureRow | null> {
  const rows = await db.query<MeasureRow>(
    `SELECT ${COLUMNS} FROM measures.measure m WHERE m.id::text = $1 AND m.deleted_at IS NULL AND ${visible(2)}`,
    [id, ...scopeParams(scope)],
  );
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
  actor: Actor,
  m: {
    kind: MeasureKind; title: string; description?: string; geometry: Geometry; districtId: string; synthetic?: boolean;
    /** Demo data only: measures already decided and done on these days. */
    status?: MeasureStatus; decidedOn?: string | null; doneOn?: string | null;
  },
): Promise<MeasureRow> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO measures.measure (kind, title, description, geom, district_id, synthetic, created_by, status, decided_on, done_on)
     VALUES ($1, $2, $3, ST_SetSRID(ST_GeomFromGeoJSON($4), 4326), $5, $6, $7, $8, $9, $10) RETURNING id`,
    [m.kind, m.title, m.description ?? '', JSON.stringify(m.geometry), m.districtId, m.synthetic ?? false,
      actor === 'system' ? 'system' : actor.subject, m.status ?? 'proposed', m.decidedOn ?? null, m.doneOn ?? null],
  );
  const created = (await findMeasure(db, ALL_ROWS, row!.id))!;
  await audit.record(db, actor, { action: 'create', entity: 'Measure', entityId: created.id, before: null, after: created });
  return created;
}

/** Soft delete: the row stays, marked withdrawn with a reason, and the audit log keeps its last values. */
export async function withdrawMeasure(db: Queryable, actor: Actor, before: MeasureRow, reason: string): Promise<void> {
  await db.query(
    `UPDATE measures.measure SET deleted_at = now(), updated_at = now(), withdrawn_reason = $2 WHERE id = $1 AND deleted_at IS NULL`,
    [before.id, reason],
  );
  await audit.record(db, actor, { action: 'withdraw', entity: 'Measure', entityId: before.id, before, after: { withdrawn: true, reason } });
}
