/**
 * `npm run import -- districts FILE [--srid 3006|4326] [--json]`
 * `npm run import -- organisations FILE [--json]` (JSON: { "organisations": [{ id, name, kind }] })
 * `npm run import -- properties FILE [--json]` (GeoJSON polygons with properties id, name, owner_id)
 * Loads reference geography into every service database (DATABASE_URL / <SERVICE>_DATABASE_URL, or
 * the embedded database in DATA_DIR). A bad file is reported entry by entry and nothing is written.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig, SERVICES } from '../config.js';
import { createPgDb } from '../db/pg.js';
import { createPgliteDb } from '../db/pglite.js';
import type { Db } from '../db/types.js';
import { importDistricts, readGeoJsonFile, type DistrictImportReport, type Srid } from '../geo/districts.js';
import { importOrganisations, importProperties, type ReferenceImportReport } from '../geo/reference-import.js';
import { migrate, readMigrations } from '../migrations.js';
import { readFileSync } from 'node:fs';
import { GEO_MIGRATIONS_DIR } from '../service.js';

const USAGE = 'Usage: npm run import -- districts FILE [--srid 3006|4326] [--json]\n       npm run import -- organisations|properties FILE [--json]';

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
if (!kind || !['districts', 'organisations', 'properties'].includes(kind) || !file) fail(USAGE);
if (kind !== 'districts') await importReference(kind as 'organisations' | 'properties', file);
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

/** Organisations or properties: the same file into every database, stopping at the first refusal. */
async function importReference(kind: 'organisations' | 'properties', file: string): Promise<never> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8'));
  } catch (error) {
    fail(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const run = kind === 'organisations' ? importOrganisations : importProperties;
  const results: Record<string, ReferenceImportReport> = {};
  for (const { label, db } of await databases()) {
    try {
      await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
      const r = (results[label] = await run(db, json, `import:${file.split('/').pop()}`));
      if (!values.json) {
        console.log(`${label}: read ${r.read} ${kind}; added ${r.added}, changed ${r.changed}${r.problems.length ? `; ${r.problems.length} problems, nothing written` : ''}`);
        r.problems.slice(0, 50).forEach((p) => console.log(`  entry ${p.entry}: ${p.message}`));
      }
      if (r.problems.length > 0) break;
    } finally {
      await db.close();
    }
  }
  if (values.json) console.log(JSON.stringify(results, null, 2));
  process.exit(Object.values(results).some((r) => r.problems.length > 0) ? 1 : 0);
}
