/**
 * `npm run import -- survey FILE [--source TEXT]`: safety survey results from CSV (data/surveys/README.md)
 * into the plan database. Every bad row is reported with its line and then nothing is written.
 */
import { createPgDb, createPgliteDb, migrate, readConfig, readMigrations, swedishDay, type Db } from '@tk/gis';
import { GEO_MIGRATIONS_DIR } from '@tk/gis/service';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { storeSurveyResults } from '../db/reference.js';
import { planService } from '../index.js';
import { parseSurveyCsv } from '../survey-csv.js';

const { values, positionals } = parseArgs({ args: process.argv.slice(3), allowPositionals: true, options: { source: { type: 'string' } } });
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run import -- survey FILE [--source TEXT]');
  process.exit(1);
}
const text = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
const config = readConfig();
const db: Db = config.databaseUrls.plan ? createPgDb(config.databaseUrls.plan, { max: 2 }) : await createPgliteDb(config.dataDir);
try {
  await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
  await migrate(db, 'plan', readMigrations(planService.migrationsDir));
  const districts = new Set((await db.query<{ id: string }>('SELECT id FROM geo.district')).map((d) => d.id));
  const { rows, problems } = parseSurveyCsv(text, districts, Number(swedishDay(config.clock.now()).slice(0, 4)));
  if (problems.length > 0) {
    console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written.`);
    for (const p of problems.slice(0, 50)) console.error(`  line ${p.line}${p.field ? ` (${p.field})` : ''}: ${p.message}`);
    process.exitCode = 1;
  } else {
    const r = await db.transaction((tx) => storeSurveyResults(tx, rows, values.source ?? basename(file)));
    console.log(`${r.rows} survey results: ${r.created} new, ${r.replaced} replaced`);
  }
} finally {
  await db.close();
}
