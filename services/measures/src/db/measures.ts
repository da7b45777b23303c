import { auditLog, type Actor, type Geometry, type Queryable } from '@tk/gis';
import { ALL_ROWS, type RowScope } from '@tk/access';
import type { MeasureKind, MeasureStatus } from '../kinds.js';
import { DATE_OF_STATUS, type PermitState } from '../lifecycle/status.js';
import { wedgeRing, type CameraView } from '../lifecycle/wedge.js';

export type LightingKind = 'new' | 'brighter' | 'repair';

export interface Lighting {
  kind: LightingKind | null;
  luxBefore: number | null;
  luxAfter: number | null;
}

export interface Camera extends CameraView {
  hours: string | null;
  permitState: PermitState;
}

export interface Motivation {
  /** A weekly picture: ISO week and district. */
  week: string | null;
  districtId: string | null;
  /** Hot-spot cells ("q:r" in the 150 m grid) and incidents that prompted it. */
  cells: string[];
  incidentIds: string[];
}

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
  startedOn: string | null;
  evaluatedOn: string | null;
  rejectedOn: string | null;
  responsibleOrg: string | null;
  costEstimateSek: number | null;
  motivation: Motivation;
  lighting: Lighting | null;
  camera: (Camera & { view: Geometry }) | null;
}

/** What a caller sets on a measure (everything but its status and the days of its steps). */
export interface MeasureDetails {
  kind: MeasureKind;
  title: string;
  description: string;
  geometry: Geometry;
  districtId: string;
  responsibleOrg: string | null;
  costEstimateSek: number | null;
  motivation: Motivation;
  lighting: Lighting | null;
  camera: Camera | null;
}

export const audit = auditLog('measures');

const COLUMNS = `m.id, m.kind, m.title, m.description, m.status, ST_AsGeoJSON(m.geom, 6)::json AS geometry,
  m.district_id AS "districtId", m.synthetic, m.created_at AS "createdAt", m.updated_at AS "updatedAt",
  to_char(m.decided_on, 'YYYY-MM-DD') AS "decidedOn", to_char(m.done_on, 'YYYY-MM-DD') AS "doneOn",
  to_char(m.started_on, 'YYYY-MM-DD') AS "startedOn", to_char(m.evaluated_on, 'YYYY-MM-DD') AS "evaluatedOn",
  to_char(m.rejected_on, 'YYYY-MM-DD') AS "rejectedOn",
  m.responsible_org AS "responsibleOrg", m.cost_estimate_sek AS "costEstimateSek",
  json_build_object('week', m.motivation_week, 'districtId', m.motivation_district_id,
                    'cells', m.motivation_cells, 'incidentIds', m.motivation_incident_ids) AS motivation,
  CASE WHEN m.kind = 'lighting' THEN json_build_object('kind', m.lighting_kind, 'luxBefore', m.lux_before, 'luxAfter', m.lux_after) END AS lighting,
  CASE WHEN m.kind = 'camera' THEN json_build_object('directionDeg', m.camera_direction_deg, 'angleDeg', m.camera_angle_deg,
    'rangeM', m.camera_range_m, 'hours', m.camera_hours, 'permitState', m.permit_state,
    'view', ST_AsGeoJSON(m.camera_view, 6)::json) END AS camera`;

/** The measures a caller may see (parameters from `first`): all, its districts', or on its properties. */
export function visible(first: number): string {
  return `($${first}::boolean OR m.district_id = ANY($${first + 1}::text[])
    OR ($${first + 2}::text IS NOT NULL AND EXISTS (
          SELECT 1 FROM geo.property p WHERE p.owner_id = $${first + 2} AND ST_Intersects(p.geom, m.geom))))`;
}
export const scopeParams = (s: RowScope): unknown[] => [s.all, s.districtIds, s.ownerId];

export function listMeasures(
  db: Queryable,
  scope: RowScope,
  f: { districtIds?: readonly string[] | null; status?: MeasureStatus | null; kind?: MeasureKind | null; motivationWeek?: string | null },
): Promise<MeasureRow[]> {
  return db.query<MeasureRow>(
    `SELECT ${COLUMNS} FROM measures.measure m
      WHERE m.deleted_at IS NULL AND ${visible(3)}
        AND ($1::text[] IS NULL OR m.district_id = ANY($1))
        AND ($2::text IS NULL OR m.status = $2)
        AND ($6::text IS NULL OR m.kind = $6)
        AND ($7::text IS NULL OR m.motivation_week = $7)
      ORDER BY m.created_at DESC`,
    [f.districtIds ?? null, f.status ?? null, ...scopeParams(scope), f.kind ?? null, f.motivationWeek ?? null],
  );
}

/** The measures on a property (their geometry meets it) that the caller may see, newest first. */
export function findMeasuresOnProperty(db: Queryable, scope: RowScope, propertyId: string): Promise<MeasureRow[]> {
  return db.query<MeasureRow>(
    `SELECT ${COLUMNS} FROM measures.measure m JOIN geo.property p ON p.id = $1 AND ST_Intersects(p.geom, m.geom)
      WHERE m.deleted_at IS NULL AND ${visible(2)}
      ORDER BY m.created_at DESC`,
    [propertyId, ...scopeParams(scope)],
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

/** The camera's view in WGS 84, computed in SWEREF 99 TM from its point. */
async function cameraView(db: Queryable, point: Geometry, view: CameraView): Promise<string> {
  const [centre] = await db.query<{ x: number; y: number }>(
    `SELECT ST_X(p) AS x, ST_Y(p) AS y FROM ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 3006) AS p`,
    [JSON.stringify(point)],
  );
  return JSON.stringify({ type: 'Polygon', coordinates: [wedgeRing([centre!.x, centre!.y], view)] });
}

/** The columns a caller sets, in order, as parameters from $2 (the id or status is $1). */
async function detailParams(db: Queryable, d: MeasureDetails): Promise<unknown[]> {
  const camera = d.camera;
  return [
    d.kind, d.title, d.description, JSON.stringify(d.geometry), d.districtId, d.responsibleOrg, d.costEstimateSek,
    d.motivation.week, d.motivation.districtId, d.motivation.cells, d.motivation.incidentIds,
    d.lighting?.kind ?? null, d.lighting?.luxBefore ?? null, d.lighting?.luxAfter ?? null,
    camera?.directionDeg ?? null, camera?.angleDeg ?? null, camera?.rangeM ?? null, camera?.hours ?? null, camera?.permitState ?? null,
    camera ? await cameraView(db, d.geometry, camera) : null,
  ];
}

const DETAIL_COLUMNS = `kind, title, description, geom, district_id, responsible_org, cost_estimate_sek,
  motivation_week, motivation_district_id, motivation_cells, motivation_incident_ids,
  lighting_kind, lux_before, lux_after,
  camera_direction_deg, camera_angle_deg, camera_range_m, camera_hours, permit_state, camera_view`;
const DETAIL_VALUES = `$2, $3, $4, ST_SetSRID(ST_GeomFromGeoJSON($5), 4326), $6, $7, $8, $9, $10, $11::text[], $12::uuid[],
  $13, $14, $15, $16, $17, $18, $19, $20, ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($21), 3006), 4326)`;

export async function insertMeasure(
  db: Queryable,
  actor: Actor,
  d: MeasureDetails & {
    synthetic?: boolean;
    /** Demo data only: measures already decided and done on these days. */
    status?: MeasureStatus; decidedOn?: string | null; startedOn?: string | null; doneOn?: string | null;
  },
): Promise<MeasureRow> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO measures.measure (created_by, ${DETAIL_COLUMNS}, synthetic, status, decided_on, started_on, done_on)
     VALUES ($1, ${DETAIL_VALUES}, $22, $23, $24, $25, $26) RETURNING id`,
    [actor === 'system' ? 'system' : actor.subject, ...(await detailParams(db, d)),
      d.synthetic ?? false, d.status ?? 'proposed', d.decidedOn ?? null, d.startedOn ?? null, d.doneOn ?? null],
  );
  const created = (await findMeasure(db, ALL_ROWS, row!.id))!;
  await audit.record(db, actor, { action: 'create', entity: 'Measure', entityId: created.id, before: null, after: created });
  return created;
}

/** Changes what a caller sets; the audit log keeps the values before and after. */
export async function updateMeasure(db: Queryable, actor: Actor, before: MeasureRow, d: MeasureDetails): Promise<MeasureRow> {
  await db.query(
    `UPDATE measures.measure SET (${DETAIL_COLUMNS}) = (${DETAIL_VALUES}), updated_at = now()
      WHERE id = $1 AND deleted_at IS NULL`,
    [before.id, ...(await detailParams(db, d))],
  );
  const after = (await findMeasure(db, ALL_ROWS, before.id))!;
  await audit.record(db, actor, { action: 'update', entity: 'Measure', entityId: before.id, before, after });
  return after;
}

/** Moves a measure to a status (already checked against the machine) on a day. */
export async function setStatus(db: Queryable, actor: Actor, before: MeasureRow, status: Exclude<MeasureStatus, 'proposed'>, on: string): Promise<MeasureRow> {
  // The column comes from a fixed table keyed by an enum value the schema has checked, never from input text.
  await db.query(
    `UPDATE measures.measure SET status = $2, ${DATE_OF_STATUS[status]} = $3::date, updated_at = now() WHERE id = $1 AND deleted_at IS NULL`,
    [before.id, status, on],
  );
  const after = (await findMeasure(db, ALL_ROWS, before.id))!;
  await audit.record(db, actor, { action: `status:${status}`, entity: 'Measure', entityId: before.id, before, after });
  return after;
}

/** Soft delete: the row stays, marked withdrawn with a reason, and the audit log keeps its last values. */
export async function withdrawMeasure(db: Queryable, actor: Actor, before: MeasureRow, reason: string): Promise<void> {
  await db.query(
    `UPDATE measures.measure SET deleted_at = now(), updated_at = now(), withdrawn_reason = $2 WHERE id = $1 AND deleted_at IS NULL`,
    [before.id, reason],
  );
  await audit.record(db, actor, { action: 'withdraw', entity: 'Measure', entityId: before.id, before, after: { withdrawn: true, reason } });
}
