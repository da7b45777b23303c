/** `npm run import -- est-csv FILE [--json]`: the EST group's reports from CSV (columns in the README). */
import { createPgDb, createPgliteDb, loadDemoDistrictsIfEmpty, migrate, readConfig, readMigrations, type Db } from '@tk/gis';
import { GEO_MIGRATIONS_DIR } from '@tk/gis/service';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { incidentsService } from '../index.js';
import { importEstCsv, type EstImportReport } from '../import/est-csv.js';

function print(r: EstImportReport): void {
  r.headerProblems.forEach((p) => console.log(`header: ${p}`));
  r.refused.forEach((x) => console.log(`line ${x.line}: ${x.reasons.join('; ')}`));
  console.log(r.rejected
    ? `refused: ${r.refused.length} of ${r.rows} rows are wrong${r.headerProblems.length ? ', and the header' : ''}; nothing was imported`
    : `${r.rows} rows: imported ${r.imported}, already imported ${r.alreadyImported}`);
}

const { values, positionals } = parseArgs({ args: process.argv.slice(3), allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
if (!positionals[0]) {
  console.error('Usage: npm run import -- est-csv FILE [--json]');
  process.exit(1);
}
let text: string;
try {
  text = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]), 'utf8');
} catch (error) {
  console.error(`Cannot read ${positionals[0]}: ${(error as Error).message}`);
  process.exit(1);
}
const config = readConfig();
const db: Db = config.databaseUrls.incidents ? createPgDb(config.databaseUrls.incidents, { max: 2 }) : await createPgliteDb(config.dataDir);
try {
  await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
  await migrate(db, 'incidents', readMigrations(incidentsService.migrationsDir));
  await loadDemoDistrictsIfEmpty(db);
  const report = await importEstCsv(db, text, config.clock.now());
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else print(report);
  process.exitCode = report.rejected ? 2 : 0;
} finally {
  await db.close();
}
