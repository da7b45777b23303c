import { importOrganisations, type Db } from '@tk/gis';
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
export async function loadDemoReference(db: Db): Promise<string | null> {
  const [counts] = await db.query<{ population: number; surveys: number }>(
    'SELECT (SELECT count(*) FROM plan.district_population)::int AS population, (SELECT count(*) FROM plan.survey_result)::int AS surveys');
  const notes: string[] = [];
  if (counts!.population === 0) notes.push(`${await loadDemoPopulation(db, new Date().getFullYear() - 1)} approximate district populations`);
  if (counts!.surveys === 0) {
    const districts = new Set((await db.query<{ id: string }>('SELECT id FROM geo.district')).map((d) => d.id));
    const { rows, problems } = parseSurveyCsv(readFileSync(DEMO_SURVEY_FILE, 'utf8'), districts);
    if (problems.length === 0) notes.push(`${(await storeSurveyResults(db, rows, 'demo: syntetiska värden', true)).rows} synthetic survey results`);
  }
  return notes.length > 0 ? notes.join(', ') : null;
}
