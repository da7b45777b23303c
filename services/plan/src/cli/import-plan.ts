/**
 * `npm run import -- plan FILE [--json]`: an activity plan file (plans/*.json) into the plan database
 * (PLAN_DATABASE_URL / DATABASE_URL, or the embedded one in DATA_DIR). Importing the same file again
 * changes nothing; a changed file replaces that plan as a whole.
 */
import { createPgDb, createPgliteDb, migrate, readConfig, readMigrations, type Db } from '@tk/gis';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importPlan } from '../db/plans.js';
import { planService } from '../index.js';
import { PlanFileError, readPlanFile } from '../plan-file/read.js';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({ args: process.argv.slice(3), allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
const file = positionals[0];
if (!file) fail('Usage: npm run import -- plan FILE [--json]');
let plan;
try {
  plan = readPlanFile(JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8')));
} catch (error) {
  fail(error instanceof PlanFileError ? `${file}: ${error.message}` : `Cannot read ${file}: ${(error as Error).message}`);
}

const config = readConfig();
const db: Db = config.databaseUrls.plan ? createPgDb(config.databaseUrls.plan, { max: 2 }) : await createPgliteDb(config.dataDir);
try {
  await migrate(db, 'plan', readMigrations(planService.migrationsDir));
  const report = await importPlan(db, plan);
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else console.log(`plan ${report.planId}: ${report.outcome} (${report.areas} priority areas, ${report.activities} activities, ${report.groups} groups)`);
} catch (error) {
  fail(`The import failed and wrote nothing: ${(error as Error).message}`);
} finally {
  await db.close();
}
