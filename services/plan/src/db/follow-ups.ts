import { auditLog, type Queryable } from '@tk/gis';
import { type Identity } from '@tk/access';
import type { FollowUpFields, FollowUpStatus, Indicator } from '../follow-up-input.js';

export const audit = auditLog('plan');

export interface FollowUpRow {
  planId: string;
  activityCode: string;
  year: number;
  status: FollowUpStatus;
  done: string;
  indicators: Indicator[];
  comment: string;
  updatedByName: string;
  updatedAt: Date;
}

export interface PromiseRow {
  id: string;
  planId: string;
  year: number;
  promise: string;
  districts: string[];
  status: FollowUpStatus;
  outcome: string;
  updatedAt: Date;
}

export interface AssessmentRow {
  districtId: string;
  year: number;
  stage: number;
  summary: string;
  updatedAt: Date;
}

const FOLLOW_UP = `plan_id AS "planId", activity_code AS "activityCode", year, status, done, indicators, comment,
  updated_by_name AS "updatedByName", updated_at AS "updatedAt"`;

export function followUpsOf(db: Queryable, planIds: readonly string[], year: number | null): Promise<FollowUpRow[]> {
  return db.query<FollowUpRow>(
    `SELECT ${FOLLOW_UP} FROM plan.follow_up WHERE plan_id = ANY($1) AND ($2::int IS NULL OR year = $2)
      ORDER BY string_to_array(activity_code, '.')::int[], year`,
    [planIds, year],
  );
}

/** One follow-up per activity and year: recorded again, it is replaced, and the audit log keeps both. */
export async function saveFollowUp(db: Queryable, actor: Identity, key: { planId: string; activityCode: string; year: number }, f: FollowUpFields): Promise<FollowUpRow> {
  const [before] = await db.query<FollowUpRow>(`SELECT ${FOLLOW_UP} FROM plan.follow_up WHERE plan_id = $1 AND activity_code = $2 AND year = $3 FOR UPDATE`,
    [key.planId, key.activityCode, key.year]);
  const [after] = (await db.query<FollowUpRow>(
    `INSERT INTO plan.follow_up (plan_id, activity_code, year, status, done, indicators, comment, updated_by, updated_by_name)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)
     ON CONFLICT (plan_id, activity_code, year) DO UPDATE SET status = EXCLUDED.status, done = EXCLUDED.done, indicators = EXCLUDED.indicators,
       comment = EXCLUDED.comment, updated_by = EXCLUDED.updated_by, updated_by_name = EXCLUDED.updated_by_name, updated_at = now()
     RETURNING ${FOLLOW_UP}`,
    [key.planId, key.activityCode, key.year, f.status, f.done, JSON.stringify(f.indicators), f.comment, actor.subject, actor.name],
  )) as [FollowUpRow];
  await audit.record(db, actor, { action: before ? 'update' : 'create', entity: 'FollowUp', entityId: `${key.planId}:${key.activityCode}:${key.year}`, before: before ?? null, after });
  return after;
}

const PROMISE = `id::text, plan_id AS "planId", year, promise, districts, status, outcome, updated_at AS "updatedAt"`;

export function promisesOf(db: Queryable, planIds: readonly string[]): Promise<PromiseRow[]> {
  return db.query<PromiseRow>(`SELECT ${PROMISE} FROM plan.citizen_promise WHERE deleted_at IS NULL AND plan_id = ANY($1) ORDER BY year, id`, [planIds]);
}

export async function insertPromise(db: Queryable, actor: Identity, p: Omit<PromiseRow, 'id' | 'updatedAt'>): Promise<PromiseRow> {
  const [row] = (await db.query<PromiseRow>(
    `INSERT INTO plan.citizen_promise (plan_id, year, promise, districts, status, outcome, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${PROMISE}`,
    [p.planId, p.year, p.promise, p.districts, p.status, p.outcome, actor.subject],
  )) as [PromiseRow];
  await audit.record(db, actor, { action: 'create', entity: 'CitizenPromise', entityId: row.id, before: null, after: row });
  return row;
}

export async function followUpPromise(db: Queryable, actor: Identity, before: PromiseRow, status: FollowUpStatus, outcome: string): Promise<PromiseRow> {
  const [row] = (await db.query<PromiseRow>(
    `UPDATE plan.citizen_promise SET status = $2, outcome = $3, updated_by = $4, updated_at = now() WHERE id = $1::uuid RETURNING ${PROMISE}`,
    [before.id, status, outcome, actor.subject],
  )) as [PromiseRow];
  await audit.record(db, actor, { action: 'update', entity: 'CitizenPromise', entityId: row.id, before, after: row });
  return row;
}

export function findPromise(db: Queryable, id: string): Promise<PromiseRow | undefined> {
  return db.query<PromiseRow>(`SELECT ${PROMISE} FROM plan.citizen_promise WHERE id = $1::uuid AND deleted_at IS NULL`, [id]).then((r) => r[0]);
}

const ASSESSMENT = `district_id AS "districtId", year, stage, summary, updated_at AS "updatedAt"`;

export function assessmentsOf(db: Queryable, districtIds: readonly string[] | null): Promise<AssessmentRow[]> {
  return db.query<AssessmentRow>(
    `SELECT ${ASSESSMENT} FROM plan.influence_assessment WHERE $1::text[] IS NULL OR district_id = ANY($1) ORDER BY district_id, year`, [districtIds]);
}

export async function saveAssessment(db: Queryable, actor: Identity, a: Omit<AssessmentRow, 'updatedAt'>): Promise<AssessmentRow> {
  const [before] = await db.query<AssessmentRow>(`SELECT ${ASSESSMENT} FROM plan.influence_assessment WHERE district_id = $1 AND year = $2 FOR UPDATE`, [a.districtId, a.year]);
  const [after] = (await db.query<AssessmentRow>(
    `INSERT INTO plan.influence_assessment (district_id, year, stage, summary, updated_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (district_id, year) DO UPDATE SET stage = EXCLUDED.stage, summary = EXCLUDED.summary, updated_by = EXCLUDED.updated_by, updated_at = now()
     RETURNING ${ASSESSMENT}`,
    [a.districtId, a.year, a.stage, a.summary, actor.subject],
  )) as [AssessmentRow];
  await audit.record(db, actor, { action: before ? 'update' : 'create', entity: 'InfluenceAssessment', entityId: `${a.districtId}:${a.year}`, before: before ?? null, after });
  return after;
}
