/**
 * CSV import speed (the EST group's reports): N generated rows, imported into a fresh PostGIS
 * database, rows per second printed against the 50,000 rows/s target. Figures, not a test.
 *
 *   DATABASE_URL=postgres://… npx tsx import/run.ts [--rows 200000] [--json]
 */
import { createRandom, loadDemoDistrictsIfEmpty, migrate, readMigrations } from '@tk/gis';
import { GEO_MIGRATIONS_DIR } from '@tk/gis/service';
import { createTestDatabase } from '@tk/gis/testing/database';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { importEstCsv } from '../../services/incidents/src/import/est-csv.js';

const TARGET_ROWS_PER_SECOND = 50_000;
const INCIDENT_MIGRATIONS = fileURLToPath(new URL('../../services/incidents/migrations', import.meta.url));
const CATEGORIES = ['graffiti', 'Klotter', 'vandalism', 'Skadegörelse', 'public_disorder', 'littering'];

const { values } = parseArgs({ options: { rows: { type: 'string', default: '200000' }, json: { type: 'boolean', default: false } } });
const rows = Number(values.rows);
if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows must be a positive integer');
if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to a PostgreSQL/PostGIS server: the bench creates and drops its own database there.');
  process.exit(1);
}

/** Points around Skäggetorp, Ryd, Berga and City; times over the past year; seeded. */
function generate(n: number): string {
  const random = createRandom(7);
  const centres = [[58.426, 15.587], [58.404, 15.561], [58.392, 15.637], [58.411, 15.622]] as const;
  const now = Date.now();
  const lines = ['occurred_at;category;latitude;longitude;description;reported_by;radius_m'];
  for (let i = 0; i < n; i += 1) {
    const [lat, lon] = random.pick(centres);
    const at = new Date(now - random.int(3_600, 365 * 86_400) * 1000).toISOString();
    lines.push(`${at};${random.pick(CATEGORIES)};${(lat + random.normal(0, 0.003)).toFixed(6)};${(lon + random.normal(0, 0.005)).toFixed(6)};Rad ${i};EST-gruppen;${random.int(0, 100)}`);
  }
  return lines.join('\n');
}

const database = await createTestDatabase();
const db = await database.open();
try {
  await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
  await migrate(db, 'incidents', readMigrations(INCIDENT_MIGRATIONS));
  await loadDemoDistrictsIfEmpty(db);
  const csv = generate(rows);
  const started = performance.now();
  const report = await importEstCsv(db, csv);
  const seconds = (performance.now() - started) / 1000;
  const rate = Math.round(rows / seconds);
  const result = { rows, imported: report.imported, rejected: report.rejected, seconds: Number(seconds.toFixed(2)), rowsPerSecond: rate,
    target: TARGET_ROWS_PER_SECOND, met: rate >= TARGET_ROWS_PER_SECOND, cpus: cpus().length, loadAverage: loadavg().map((l) => Number(l.toFixed(2))) };
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`CSV import: ${rows} rows (${(csv.length / 1e6).toFixed(1)} MB) in ${result.seconds} s = ${rate.toLocaleString('en')} rows/s`);
    if (report.rejected) console.log(`REJECTED: ${JSON.stringify(report.refused.slice(0, 3))} ${report.headerProblems.join(', ')}`);
    console.log(`target ${TARGET_ROWS_PER_SECOND.toLocaleString('en')} rows/s: ${result.met ? 'PASS' : 'MISS'}  (imported ${report.imported}, ${cpus().length} CPUs, load ${result.loadAverage.join(' ')})`);
  }
} finally {
  await db.close();
  await database.drop();
}
