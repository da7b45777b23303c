import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '@tk/input';
import { EST_COLUMNS, importEstCsv } from '../src/import/est-csv.js';
import { incidentsDatabase } from './database.js';

const EXAMPLE = readFileSync(new URL('../examples/est-reports.csv', import.meta.url), 'utf8');
const NOW = new Date('2026-11-26T12:00:00+01:00');

const db = incidentsDatabase();

const count = async () => (await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM incidents.incident`))[0]!.n;

describe('CSV reading', () => {
  it('reads semicolons, quoted fields with "" and decimal commas as written', () => {
    const table = readCsv(EXAMPLE, { known: EST_COLUMNS, required: [] });
    expect(table.problems).toEqual([]);
    expect(table.header).toEqual(['occurred_at', 'category', 'latitude', 'longitude', 'description', 'reported_by', 'ended_at', 'radius_m']);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[1]!.cells[4]).toBe('Högljudd samling vid busshållplatsen, "flera personer"');
    expect(table.rows[0]!.line).toBe(2);
  });
});

describe('the EST group\'s CSV import', () => {
  it('imports the example file into the districts its points lie in, and a second time adds nothing', async () => {
    const report = await importEstCsv(db(), EXAMPLE, NOW);
    expect(report).toMatchObject({ importer: 'est-csv', encoding: 'utf-8', rows: 4, imported: 4, alreadyImported: 0, problems: [], rejected: false });
    const rows = await db().query<{ district: string; category: string }>(
      `SELECT district_id AS district, category FROM incidents.incident WHERE source_id LIKE 'est:%' ORDER BY occurred_at`);
    expect(rows).toEqual([
      { district: 'skaggetorp', category: 'graffiti' }, { district: 'ryd', category: 'public_disorder' },
      { district: 'berga', category: 'unsafe_place' }, { district: 'city', category: 'vandalism' },
    ]);
    expect(await importEstCsv(db(), EXAMPLE, NOW)).toMatchObject({ imported: 0, alreadyImported: 4, rejected: false });
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
    const report = await importEstCsv(db(), bad, NOW);
    expect(report.rejected).toBe(true);
    expect(report.imported).toBe(0);
    expect(report.problems).toEqual([
      { line: 3, column: 'occurred_at', message: 'occurred_at "2026-11-20 21:40" has no time zone: write it as 2026-11-20T21:40:00+01:00 (Swedish winter time), +02:00 in summer time, or Z for UTC' },
      { line: 4, column: 'occurred_at', message: 'occurred_at lies in the future' },
      { line: 4, column: 'category', message: expect.stringMatching(/^category "jaywalking" is not in the code list/) },
      { line: 5, column: null, message: 'the place lies outside the municipality of Linköping' },
      { line: 6, column: 'description', message: 'description contains what looks like personal data (personal identity number)' },
      { line: 7, column: 'reported_by', message: 'reported_by is empty' },
      { line: 8, column: null, message: 'has 3 fields, the header has 6' },
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses a file without the required columns', async () => {
    const report = await importEstCsv(db(), 'when,what\n2026-11-20T21:40:00+01:00,graffiti\n', NOW);
    expect(report.rejected).toBe(true);
    expect(report.problems).toContainEqual({ line: 1, column: 'occurred_at', message: 'the header has no "occurred_at" column' });
    expect(report.problems).toContainEqual({ line: 1, column: 'when', message: expect.stringMatching(/^unknown column "when"; the columns are occurred_at, /) });
  });

  it('keeps the row keys of earlier versions, so files imported by them are recognised', async () => {
    await importEstCsv(db(), EXAMPLE, NOW);
    // The key as the first version computed it: sha256 of JSON.stringify with the time as a Date.
    const codes: Record<string, string> = { Klotter: 'graffiti', ordningsstörning: 'public_disorder', 'Otrygg plats': 'unsafe_place', skadegörelse: 'vandalism' };
    const expected = readCsv(EXAMPLE, { known: EST_COLUMNS, required: [] }).rows.map(({ cells: [at, label, lat, lon, description, reportedBy] }) => {
      const json = JSON.stringify([new Date(at!), codes[label!], Number(lat!.replace(',', '.')), Number(lon!.replace(',', '.')), description, reportedBy]);
      return `est:${createHash('sha256').update(json).digest('hex').slice(0, 32)}`;
    });
    const stored = await db().query<{ id: string }>(`SELECT source_id AS id FROM incidents.incident WHERE source_id = ANY($1::text[])`, [expected]);
    expect(stored).toHaveLength(4);
  });

  it('stores times to the millisecond and text exactly as written', async () => {
    const csv = [
      'occurred_at;category;latitude;longitude;description;reported_by;ended_at',
      '2026-11-24T21:40:00.123456+01:00;Klotter;58.4262;15.5871;"Tagg ""TOY"" \\ {a,b}, NULL\nandra raden";NULL;2026-11-24T22:00:00.5Z',
      '1969-12-31T23:59:59.999Z;Klotter;58.4262;15.5871;;EST;',
    ].join('\n');
    expect(await importEstCsv(db(), csv, NOW)).toMatchObject({ imported: 2, rejected: false });
    const rows = await db().query<{ at: string; ended: string | null; description: string; reported_by: string }>(
      `SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at,
              to_char(ended_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS ended, description, reported_by
         FROM incidents.incident WHERE occurred_at IN ('2026-11-24T20:40:00.123Z', '1969-12-31T23:59:59.999Z') ORDER BY occurred_at`);
    expect(rows).toEqual([
      { at: '1969-12-31T23:59:59.999000', ended: null, description: '', reported_by: 'EST' },
      // JavaScript's Date holds milliseconds: the digits after them are dropped, as they always were.
      { at: '2026-11-24T20:40:00.123000', ended: '2026-11-24T22:00:00.500000', description: 'Tagg "TOY" \\ {a,b}, NULL\nandra raden', reported_by: 'NULL' },
    ]);
  });

  it('handles files longer than one chunk: all rows or none, every bad row named', async () => {
    const before = await count();
    const row = (i: number) => `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T12:00:00Z,graffiti,58.4262,15.5871,Stor fil rad ${i},EST,${i % 100}`;
    const lines = ['occurred_at,category,latitude,longitude,description,reported_by,radius_m', ...Array.from({ length: 12_000 }, (_, i) => row(i))];
    const bad = [...lines];
    bad[500] = bad[500]!.replace('graffiti', 'jaywalking');
    bad[11_500] = bad[11_500]!.replace('58.4262,15.5871', '59.33,18.07');
    const refused = await importEstCsv(db(), bad.join('\n'), NOW);
    expect(refused).toMatchObject({ rows: 12_000, imported: 0, alreadyImported: 0, rejected: true });
    expect(refused.problems.map((r) => r.line)).toEqual([501, 11_501]);
    expect(refused.problems[1]!.message).toBe('the place lies outside the municipality of Linköping');
    expect(await count()).toBe(before);

    // The last row repeats the first but for its radius, which is not part of the key: the first one is imported.
    const withRepeat = [...lines, lines[1]!.replace(/,\d+$/, ',77')].join('\n');
    expect(await importEstCsv(db(), withRepeat, NOW)).toMatchObject({ rows: 12_001, imported: 12_000, alreadyImported: 1, rejected: false });
    expect(await count()).toBe(before + 12_000);
    const [first] = await db().query<{ radius_m: number }>(`SELECT radius_m FROM incidents.incident WHERE description = 'Stor fil rad 0'`);
    expect(first!.radius_m).toBe(0);
    expect(await importEstCsv(db(), withRepeat, NOW)).toMatchObject({ imported: 0, alreadyImported: 12_001, rejected: false });
  });
});
