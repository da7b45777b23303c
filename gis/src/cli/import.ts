/**
 * `npm run import -- districts FILE [--srid 3006|4326] [--json]`
 * Loads district boundaries from GeoJSON into the reference geography of every service database
 * (DATABASE_URL / <SERVICE>_DATABASE_URL, or the embedded database in DATA_DIR).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig, SERVICES } from '../config.js';
import { createPgDb } from '../db/pg.js';
import { createPgliteDb } from '../db/pglite.js';
import type { Db } from '../db/types.js';
import { importDistricts, readGeoJsonFile, type DistrictImportReport, type Srid } from '../geo/districts.js';
import { migrate, readMigrations } from '../migrations.js';
import { GEO_MIGRATIONS_DIR } from '../service.js';

const USAGE = 'Usage: npm run import -- districts FILE [--srid 3006|4326] [--json]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function databases(): Promise<{ label: string; db: Db }[]> {
  const config = readConfig();
  if (config.mode === 'embedded') return [{ label: `embedded (${config.dataDir})`, db: await createPgliteDb(config.dataDir) }];
  const urls = [...new Set(SERVICES.map((s) => config.databaseUrls[s]!))];
  return urls.map((url) => ({ label: url.replace(/\/\/[^@]*@/, '//'), db: createPgDb(url, { max: 2 }) }));
}

function printReport(label: string, r: DistrictImportReport): void {
  console.log(`${label}: read ${r.read} features (EPSG:${r.srid})`);
  console.log(`  added     ${r.added.length}${r.added.length ? `: ${r.added.join(', ')}` : ''}`);
  console.log(`  changed   ${r.changed.length}${r.changed.length ? `: ${r.changed.join(', ')}` : ''}`);
  console.log(`  unchanged ${r.unchanged.length}`);
  console.log(`  refused   ${r.refused.length}`);
  r.refused.forEach((x) => console.log(`    feature ${x.feature}${x.name ? ` (${x.name})` : ''}: ${x.reason}`));
}

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { srid: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const [kind, file] = positionals;
if (kind !== 'districts' || !file) fail(USAGE);
if (values.srid && values.srid !== '3006' && values.srid !== '4326') fail(`--srid must be 3006 or 4326. ${USAGE}`);

// npm runs scripts from the repository root; a relative FILE means relative to where it was typed.
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
let json: unknown;
try {
  json = readGeoJsonFile(path);
} catch (error) {
  fail(`Cannot read ${file}: ${(error as Error).message}`);
}

const reports: Record<string, DistrictImportReport> = {};
try {
  for (const { label, db } of await databases()) {
    try {
      await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
      reports[label] = await importDistricts(db, json, { srid: values.srid ? (Number(values.srid) as Srid) : undefined, source: `import:${file.split('/').pop()}` });
      if (!values.json) printReport(label, reports[label]!);
    } finally {
      await db.close();
    }
  }
} catch (error) {
  fail(`Import failed: ${(error as Error).message}`);
}
if (values.json) console.log(JSON.stringify(reports, null, 2));
