/**
 * CSV import speed (the EST group's reports): N generated rows, imported into a fresh PostGIS
 * database, rows per second printed against the 50,000 rows/s target. Figures, not a test.
 *
 *   DATABASE_URL=postgres://… npx tsx import/run.ts [--rows 200000] [--json]
 *
 * Besides the total it prints where the time went: each kind of SQL statement the import sent, timed
 * from the call to its result, and the time with no statement in flight (reading and checking the
 * rows in TypeScript, building parameters, BEGIN/COMMIT). The import may keep the database busy while
 * it checks the next rows, so the statement times are wall-clock time with the database at work, not
 * a sum of separate steps. The CSV is also parsed once on its own, outside the measured import, to
 * show the share of parsing.
 */
import { createRandom, loadDemoDistrictsIfEmpty, migrate, readMigrations, type Db, type Queryable } from '@tk/gis';
import { GEO_MIGRATIONS_DIR } from '@tk/gis/service';
import { createTestDatabase } from '@tk/gis/testing/database';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readCsv } from '@tk/input';
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

/** A statement named by what it does, e.g. "INSERT INTO incidents.incident", "SELECT … FROM pg_temp.est_import". */
function statementKind(text: string): string {
  const sql = text.replace(/\s+/g, ' ').trim();
  const insert = /\bINSERT INTO (\S+)/i.exec(sql);
  if (insert) return `INSERT INTO ${insert[1]}`;
  const create = /^CREATE (?:TEMP(?:ORARY)? )?TABLE (\S+)/i.exec(sql);
  if (create) return `CREATE TABLE ${create[1]}`;
  const from = /\bFROM (\S+?)(?:\(|\s|$)/i.exec(sql);
  return `${sql.split(' ')[0]!.toUpperCase()} … FROM ${from?.[1] ?? '?'}`;
}

interface Phase {
  kind: string;
  statements: number;
  ms: number;
}

/** The database with every statement timed, in the pool and inside transactions alike. */
function timedDb(db: Db): { db: Db; phases: Map<string, Phase> } {
  const phases = new Map<string, Phase>();
  const timed = (target: Queryable): Queryable => ({
    async query<R>(text: string, params?: readonly unknown[]) {
      const started = performance.now();
      try {
        return await target.query<R>(text, params);
      } finally {
        const kind = statementKind(text);
        const phase = phases.get(kind) ?? { kind, statements: 0, ms: 0 };
        phase.statements += 1;
        phase.ms += performance.now() - started;
        phases.set(kind, phase);
      }
    },
    exec: (script: string) => target.exec(script),
  });
  return {
    db: { ...db, ...timed(db), transaction: (work) => db.transaction((tx) => work(timed(tx))) },
    phases,
  };
}

const database = await createTestDatabase();
const db = await database.open();
try {
  await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
  await migrate(db, 'incidents', readMigrations(INCIDENT_MIGRATIONS));
  await loadDemoDistrictsIfEmpty(db);
  const csv = generate(rows);
  const parseStarted = performance.now();
  readCsv(csv);
  const parseMs = performance.now() - parseStarted;
  const { db: measured, phases } = timedDb(db);
  const started = performance.now();
  const report = await importEstCsv(measured, csv, new Date());
  const totalMs = performance.now() - started;
  const seconds = totalMs / 1000;
  const rate = Math.round(rows / seconds);
  // The import sends one statement at a time, so statement times add up to the time the database was busy.
  const statementMs = [...phases.values()].reduce((sum, p) => sum + p.ms, 0);
  const breakdown = [
    ...[...phases.values()].sort((a, b) => b.ms - a.ms).map((p) => ({ phase: `${p.kind} (×${p.statements})`, ms: Math.round(p.ms) })),
    { phase: 'no statement in flight (TypeScript: parse, check rows, build parameters; BEGIN/COMMIT)', ms: Math.round(totalMs - statementMs) },
  ];
  const result = { rows, imported: report.imported, rejected: report.rejected, seconds: Number(seconds.toFixed(2)), rowsPerSecond: rate,
    target: TARGET_ROWS_PER_SECOND, met: rate >= TARGET_ROWS_PER_SECOND, readCsvMs: Math.round(parseMs), phases: breakdown,
    cpus: cpus().length, loadAverage: loadavg().map((l) => Number(l.toFixed(2))) };
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`CSV import: ${rows} rows (${(csv.length / 1e6).toFixed(1)} MB) in ${result.seconds} s = ${rate.toLocaleString('en')} rows/s`);
    if (report.rejected) console.log(`REJECTED: ${JSON.stringify(report.problems.slice(0, 3))}`);
    console.log(`target ${TARGET_ROWS_PER_SECOND.toLocaleString('en')} rows/s: ${result.met ? 'PASS' : 'MISS'}  (imported ${report.imported}, ${cpus().length} CPUs, load ${result.loadAverage.join(' ')})`);
    console.log('where the time went (wall clock, ms):');
    for (const { phase, ms } of breakdown) console.log(`  ${String(ms).padStart(7)}  ${phase}`);
    console.log(`  (readCsv alone, measured separately before the import: ${Math.round(parseMs)} ms)`);
  }
} finally {
  await db.close();
  await database.drop();
}
