import { createRandom, importOrganisations, type Db } from '@tk/gis';
import { swedishDay } from '@tk/time';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importPlan } from './db/plans.js';
import { loadDemoPopulation, storeSurveyResults } from './db/reference.js';
import { parseSurveyCsv } from './survey-csv.js';
import { readPlanFile } from './plan-file/read.js';

/** The current plan, shipped in the repository: loaded when no plan has been imported yet. */
export const CURRENT_PLAN_FILE = fileURLToPath(new URL('../../../plans/linkoping-2019-2022.json', import.meta.url));

/** The organisations the plan names, shipped in the repository. */
export const ORGANISATIONS_FILE = fileURLToPath(new URL('../../../data/organisations.json', import.meta.url));

export async function loadPlanIfEmpty(db: Db): Promise<string | null> {
  const [existing] = await db.query<{ plans: number; organisations: number }>(
    `SELECT (SELECT count(*) FROM plan.plan)::int AS plans, (SELECT count(*) FROM geo.organisation WHERE kind <> 'company')::int AS organisations`);
  const notes: string[] = [];
  if (existing!.organisations === 0) {
    const r = await importOrganisations(db, JSON.parse(readFileSync(ORGANISATIONS_FILE, 'utf8')), 'data/organisations.json');
    notes.push(`${r.added + r.changed} organisations`);
  }
  if (existing!.plans === 0) {
    const report = await importPlan(db, readPlanFile(JSON.parse(readFileSync(CURRENT_PLAN_FILE, 'utf8'))));
    notes.push(`the activity plan ${report.planId} (${report.areas} priority areas, ${report.activities} activities)`);
  }
  return notes.length > 0 ? notes.join(', ') : null;
}

/** The example survey file (synthetic values), shipped as the format's example and the demo's data. */
export const DEMO_SURVEY_FILE = fileURLToPath(new URL('../../../data/surveys/trygghetsundersokning-demo.csv', import.meta.url));

/** Demo population (approximate, labelled) and the synthetic survey results, when none are stored. */
export async function loadDemoReference(db: Db, now: Date): Promise<string | null> {
  const thisYear = Number(swedishDay(now).slice(0, 4));
  const [counts] = await db.query<{ population: number; surveys: number }>(
    'SELECT (SELECT count(*) FROM plan.district_population)::int AS population, (SELECT count(*) FROM plan.survey_result)::int AS surveys');
  const notes: string[] = [];
  if (counts!.population === 0) notes.push(`${await loadDemoPopulation(db, thisYear - 1)} approximate district populations`);
  if (counts!.surveys === 0) {
    const districts = new Set((await db.query<{ id: string }>('SELECT id FROM geo.district')).map((d) => d.id));
    // The file runs to a fixed year; a clock pinned before it gets the years that have come.
    const { rows, problems } = parseSurveyCsv(readFileSync(DEMO_SURVEY_FILE, 'utf8'), districts, Number.MAX_SAFE_INTEGER);
    const come = rows.filter((r) => r.year <= thisYear);
    if (problems.length === 0) notes.push(`${(await storeSurveyResults(db, come, 'demo: syntetiska värden', true)).rows} synthetic survey results`);
  }
  const followUps = await loadDemoFollowUps(db);
  if (followUps) notes.push(`${followUps} synthetic follow-ups`);
  return notes.length > 0 ? notes.join(', ') : null;
}

/**
 * Synthetic follow-ups of the plan's first years (2019–2021), so the overview's progress has
 * something to show; later years are left for people to write. Seeded: the same on every machine.
 */
async function loadDemoFollowUps(db: Db): Promise<number | null> {
  const [existing] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM plan.follow_up');
  if ((existing?.n ?? 0) > 0) return null;
  const random = createRandom(7301);
  const activities = await db.query<{ planId: string; code: string }>('SELECT plan_id AS "planId", code FROM plan.activity ORDER BY plan_id, code');
  const rows = activities.flatMap((a) => [2019, 2020, 2021].map((year) => {
    const u = random.next();
    const status = u < 0.55 ? 'done' : u < 0.85 ? 'ongoing' : u < 0.95 ? 'not_started' : 'paused';
    return { ...a, year, status };
  }));
  await db.query(
    `INSERT INTO plan.follow_up (plan_id, activity_code, year, status, done, comment, updated_by, updated_by_name)
     SELECT p, c, y, s, 'Syntetisk demouppföljning.', '', 'demo', 'Demodata'
       FROM unnest($1::text[], $2::text[], $3::int[], $4::text[]) AS t(p, c, y, s)`,
    [rows.map((r) => r.planId), rows.map((r) => r.code), rows.map((r) => r.year), rows.map((r) => r.status)],
  );
  return rows.length;
}
