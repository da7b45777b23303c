import type { Db, Queryable } from '@tk/gis';
import type { Cadence, PlanFile } from '../plan-file/read.js';

export interface PlanRow {
  id: string;
  title: string;
  parties: string[];
  periodFrom: string;
  periodTo: string;
  agreement: PlanFile['agreement'];
  purpose: string;
  goal: string;
  priorityDistricts: string[];
}
export interface GroupRow { planId: string; id: string; code: string; name: string; members: string[]; task: string; cadence: Cadence; districts: string[] }
export interface AreaRow { planId: string; code: string; title: string; goal: string }
export interface ActivityRow {
  planId: string; areaCode: string; code: string; title: string; goal: string; description: string;
  lead: string[]; participants: string[]; cadence: Cadence; districts: string[];
}

export type PlanImport = { planId: string; outcome: 'created' | 'replaced' | 'unchanged'; areas: number; activities: number; groups: number };

/**
 * Loads a plan file: a new plan is created, a changed one replaced as a whole (the file is the
 * source), the same file again changes nothing. One transaction: all of it or none.
 */
export async function importPlan(db: Db, plan: PlanFile): Promise<PlanImport> {
  const counts = { areas: plan.areas.length, activities: plan.areas.reduce((s, a) => s + a.activities.length, 0), groups: plan.groups.length };
  return db.transaction(async (tx) => {
    const [found] = await tx.query<{ same: boolean }>(`SELECT source = $2::jsonb AS same FROM plan.plan WHERE id = $1 FOR UPDATE`, [plan.id, JSON.stringify(plan)]);
    if (found?.same) return { planId: plan.id, outcome: 'unchanged', ...counts };
    await tx.query('DELETE FROM plan.plan WHERE id = $1', [plan.id]);
    await tx.query(
      `INSERT INTO plan.plan (id, title, parties, period_from, period_to, agreement, purpose, goal, priority_districts, source)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10::jsonb)`,
      [plan.id, plan.title, plan.parties, plan.period.from, plan.period.to, JSON.stringify(plan.agreement), plan.purpose, plan.goal, plan.priorityDistricts, JSON.stringify(plan)],
    );
    await tx.query(
      `INSERT INTO plan.plan_group (plan_id, id, code, name, members, task, cadence, districts)
       SELECT $1, g->>'id', g->>'code', g->>'name', ARRAY(SELECT jsonb_array_elements_text(g->'members')), g->>'task', g->>'cadence',
              ARRAY(SELECT jsonb_array_elements_text(g->'districts'))
         FROM jsonb_array_elements($2::jsonb) AS g`,
      [plan.id, JSON.stringify(plan.groups)],
    );
    await tx.query(
      `INSERT INTO plan.priority_area (plan_id, code, title, goal) SELECT $1, a->>'code', a->>'title', a->>'goal' FROM jsonb_array_elements($2::jsonb) AS a`,
      [plan.id, JSON.stringify(plan.areas.map(({ activities: _a, ...area }) => area))],
    );
    await tx.query(
      `INSERT INTO plan.activity (plan_id, area_code, code, title, goal, description, lead, participants, cadence, districts)
       SELECT $1, x->>'areaCode', x->>'code', x->>'title', x->>'goal', x->>'description',
              ARRAY(SELECT jsonb_array_elements_text(x->'lead')), ARRAY(SELECT jsonb_array_elements_text(x->'participants')), x->>'cadence',
              ARRAY(SELECT jsonb_array_elements_text(x->'districts'))
         FROM jsonb_array_elements($2::jsonb) AS x`,
      [plan.id, JSON.stringify(plan.areas.flatMap((a) => a.activities.map((x) => ({ ...x, areaCode: a.code }))))],
    );
    return { planId: plan.id, outcome: found ? 'replaced' : 'created', ...counts };
  });
}

const PLAN_COLUMNS = `id, title, parties, to_char(period_from, 'YYYY-MM-DD') AS "periodFrom", to_char(period_to, 'YYYY-MM-DD') AS "periodTo",
  agreement, purpose, goal, priority_districts AS "priorityDistricts"`;

export function listPlans(db: Queryable, ids: readonly string[] | null): Promise<PlanRow[]> {
  return db.query<PlanRow>(`SELECT ${PLAN_COLUMNS} FROM plan.plan WHERE $1::text[] IS NULL OR id = ANY($1) ORDER BY period_from DESC, id`, [ids]);
}

export function groupsOf(db: Queryable, planIds: readonly string[]): Promise<GroupRow[]> {
  return db.query<GroupRow>(
    `SELECT plan_id AS "planId", id, code, name, members, task, cadence, districts FROM plan.plan_group WHERE plan_id = ANY($1) ORDER BY code`, [planIds]);
}

export function areasOf(db: Queryable, planIds: readonly string[]): Promise<AreaRow[]> {
  return db.query<AreaRow>(`SELECT plan_id AS "planId", code, title, goal FROM plan.priority_area WHERE plan_id = ANY($1) ORDER BY code`, [planIds]);
}

/** Activities of some plans; with a district, those that concern it (named, or the whole municipality). */
export function activitiesOf(db: Queryable, planIds: readonly string[] | null, districtId: string | null = null): Promise<ActivityRow[]> {
  return db.query<ActivityRow>(
    `SELECT plan_id AS "planId", area_code AS "areaCode", code, title, goal, description, lead, participants, cadence, districts
       FROM plan.activity
      WHERE ($1::text[] IS NULL OR plan_id = ANY($1)) AND ($2::text IS NULL OR districts = '{}' OR $2 = ANY(districts))
      ORDER BY plan_id, string_to_array(code, '.')::int[]`,
    [planIds, districtId],
  );
}
