import { loadDemoDistrictsIfEmpty, migrate, readMigrations, type Db } from '@tk/gis';
import { GEO_MIGRATIONS_DIR } from '@tk/gis/service';
import { createTestDatabase, type TestDatabase } from '@tk/gis/testing/database';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentsService } from '../src/index.js';
import { parseCsv } from '../src/import/csv.js';
import { importEstCsv } from '../src/import/est-csv.js';

const EXAMPLE = readFileSync(new URL('../examples/est-reports.csv', import.meta.url), 'utf8');
const NOW = Date.parse('2026-11-26T12:00:00+01:00');

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = await database.open();
  await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
  await migrate(db, 'incidents', readMigrations(incidentsService.migrationsDir));
  await loadDemoDistrictsIfEmpty(db);
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

const count = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM incidents.incident`))[0]!.n;

describe('CSV reading', () => {
  it('reads semicolons, quoted fields with "" and decimal commas as written', () => {
    const table = parseCsv(EXAMPLE);
    expect(table.header).toEqual(['occurred_at', 'category', 'latitude', 'longitude', 'description', 'reported_by', 'ended_at', 'radius_m']);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[1]!.cells[4]).toBe('Högljudd samling vid busshållplatsen, "flera personer"');
    expect(table.rows[0]!.line).toBe(2);
  });
});

describe('the EST group\'s CSV import', () => {
  it('imports the example file into the districts its points lie in, and a second time adds nothing', async () => {
    const report = await importEstCsv(db, EXAMPLE, NOW);
    expect(report).toMatchObject({ rows: 4, imported: 4, alreadyImported: 0, refused: [], rejected: false });
    const rows = await db.query<{ district: string; category: string }>(
      `SELECT district_id AS district, category FROM incidents.incident WHERE source_id LIKE 'est:%' ORDER BY occurred_at`);
    expect(rows).toEqual([
      { district: 'skaggetorp', category: 'graffiti' }, { district: 'ryd', category: 'public_disorder' },
      { district: 'berga', category: 'unsafe_place' }, { district: 'city', category: 'vandalism' },
    ]);
    expect(await importEstCsv(db, EXAMPLE, NOW)).toMatchObject({ imported: 0, alreadyImported: 4, rejected: false });
  });

  it('refuses the whole file when one row is bad, naming every bad row and why, and writes nothing', async () => {
    const before = await count();
    const bad = [
      'occurred_at,category,latitude,longitude,description,reported_by',
      '2026-11-20T21:40:00+01:00,graffiti,58.4262,15.5871,Klotter,EST',
      '2026-11-20 21:40,graffiti,58.4262,15.5871,Klotter,EST',
      '2027-01-01T00:00:00+01:00,jaywalking,58.4262,15.5871,Klotter,EST',
      '2026-11-20T21:40:00+01:00,graffiti,59.33,18.07,Klotter i Stockholm,EST',
      '2026-11-20T21:40:00+01:00,graffiti,58.4262,15.5871,Anmälare 19121212-1212,EST',
      '2026-11-20T21:40:00+01:00,graffiti,58.4262,15.5871,Klotter,',
      '2026-11-20T21:40:00+01:00,graffiti,58.4262',
    ].join('\n');
    const report = await importEstCsv(db, bad, NOW);
    expect(report.rejected).toBe(true);
    expect(report.imported).toBe(0);
    expect(report.refused).toEqual([
      { line: 3, reasons: ['occurred_at "2026-11-20 21:40" is not a time such as 2026-11-20T21:30:00+01:00'] },
      { line: 4, reasons: ['occurred_at lies in the future', expect.stringMatching(/^category "jaywalking" is not in the code list/)] },
      { line: 5, reasons: ['the place lies outside the municipality of Linköping'] },
      { line: 6, reasons: ['description contains what looks like personal data (personal identity number)'] },
      { line: 7, reasons: ['reported_by is empty'] },
      { line: 8, reasons: ['has 3 fields, the header has 6'] },
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses a file without the required columns', async () => {
    const report = await importEstCsv(db, 'when,what\n2026-11-20T21:40:00+01:00,graffiti\n', NOW);
    expect(report.rejected).toBe(true);
    expect(report.headerProblems).toContain('missing column occurred_at');
  });
});
