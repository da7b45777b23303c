/**
 * `npm run import -- polisen FILE [--json]`: the Police's open events (the /api/events format) into
 * the incidents database (INCIDENTS_DATABASE_URL / DATABASE_URL, or the embedded one in DATA_DIR).
 */
import { createPgDb, createPgliteDb, loadDemoDistrictsIfEmpty, migrate, readConfig, readMigrations, type Db } from '@tk/gis';
import { GEO_MIGRATIONS_DIR } from '@tk/gis/service';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { incidentsService } from '../index.js';
import { importPolisenEvents, type PolisenImportReport } from '../import/polisen-store.js';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function print(r: PolisenImportReport): void {
  console.log(`read ${r.read} events (${r.invalid.length} invalid)`);
  console.log(`  imported ${r.imported}, updated ${r.updated}, unchanged ${r.unchanged}`);
  console.log(`  outside the municipality (not stored) ${r.outsideMunicipality}`);
  console.log(`  precision: district ${r.precision.district}, municipality ${r.precision.municipality}, county ${r.precision.county} (none as points)`);
  console.log(`  districts named: ${Object.entries(r.districts).map(([d, n]) => `${d} ${n}`).join(', ') || 'none'}`);
  if (r.summariesWithheld) console.log(`  summaries withheld as possible personal data: ${r.summariesWithheld}`);
  r.invalid.slice(0, 20).forEach((x) => console.log(`  event ${x.index}: ${x.reason}`));
}

const { values, positionals } = parseArgs({ args: process.argv.slice(3), allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
const file = positionals[0];
if (!file) fail('Usage: npm run import -- polisen FILE [--json]');
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
let json: unknown;
try {
  json = JSON.parse(readFileSync(path, 'utf8'));
} catch (error) {
  fail(`Cannot read ${file}: ${(error as Error).message}`);
}

const config = readConfig();
const db: Db = config.databaseUrls.incidents ? createPgDb(config.databaseUrls.incidents, { max: 2 }) : await createPgliteDb(config.dataDir);
try {
  await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
  await migrate(db, 'incidents', readMigrations(incidentsService.migrationsDir));
  await loadDemoDistrictsIfEmpty(db);
  const progress = values.json || !process.stderr.isTTY ? undefined : (done: number, total: number) => process.stderr.write(`\r  ${done}/${total}`);
  const report = await importPolisenEvents(db, json, progress);
  if (progress) process.stderr.write('\n');
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else print(report);
} catch (error) {
  fail(`Import failed: ${(error as Error).message}`);
} finally {
  await db.close();
}
