import type { Db } from '@tk/gis';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importPlan } from './db/plans.js';
import { readPlanFile } from './plan-file/read.js';

/** The current plan, shipped in the repository: loaded when no plan has been imported yet. */
export const CURRENT_PLAN_FILE = fileURLToPath(new URL('../../../plans/linkoping-2019-2022.json', import.meta.url));

export async function loadPlanIfEmpty(db: Db): Promise<string | null> {
  const [existing] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM plan.plan');
  if ((existing?.n ?? 0) > 0) return null;
  const report = await importPlan(db, readPlanFile(JSON.parse(readFileSync(CURRENT_PLAN_FILE, 'utf8'))));
  return `the activity plan ${report.planId} (${report.areas} priority areas, ${report.activities} activities)`;
}
