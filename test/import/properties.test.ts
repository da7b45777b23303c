import { loadDemoDistrictsIfEmpty, migrate, readMigrations, type Db } from '@tk/gis';
import { decodeImportFile } from '@tk/gis/import/decode';
import type { ImportReport } from '@tk/gis/import/report';
import { GEO_MIGRATIONS_DIR } from '@tk/gis/service';
import { createTestDatabase, type TestDatabase } from '@tk/gis/testing/database';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentsService } from '../../services/incidents/src/index.js';
import { importEstCsv } from '../../services/incidents/src/import/est-csv.js';
import { planService } from '../../services/plan/src/index.js';
import { importSurveyCsv } from '../../services/plan/src/survey-csv.js';

// Every importer on random mutations of a valid file (issue 26): other encodings, quotes, line
// ends, separators, headers, lengths. Whatever comes in, the importer returns a report and never
// throws, writes the whole file or nothing, and every problem names a line the file has.

const NOW = new Date('2026-11-26T12:00:00+01:00');

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await database.open();
  await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
  await loadDemoDistrictsIfEmpty(db);
  await migrate(db, 'incidents', readMigrations(incidentsService.migrationsDir));
  await migrate(db, 'plan', readMigrations(planService.migrationsDir));
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

type Mutation = (text: string) => string;

/** Small damages a person, a program or a transfer does to a file. */
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant((t: string) => t.replaceAll('\n', '\r\n')),
  fc.constant((t: string) => t.replaceAll(';', ',')),
  fc.constant((t: string) => t.replaceAll(',', ';')),
  fc.constant((t: string) => `\uFEFF${t}`),
  fc.constant((t: string) => t.replace(/^([^;,\n]+)/, '$1;$1')),
  fc.constant((t: string) => `${t}\n\n\n`),
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))),
  fc.tuple(fc.nat(), fc.constantFrom('"', '""', '\n', '\r', ';', ',', '\u0000', 'ö', '\uFFFD', '=', ' ', 'x'.repeat(1_200))).map(
    ([n, s]) => (t: string) => t.slice(0, n % (t.length + 1)) + s + t.slice(n % (t.length + 1)),
  ),
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1)) + t.slice((n % (t.length + 1)) + 1)),
);

const encodingArb = fc.constantFrom<(t: string) => Buffer>(
  (t) => Buffer.from(t, 'utf8'),
  (t) => Buffer.from(t, 'latin1'),
  (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
);

const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

async function holds(
  valid: string,
  mutations: Mutation[],
  encode: (t: string) => Buffer,
  table: string,
  run: (text: string, encoding: string) => Promise<ImportReport>,
): Promise<void> {
  const bytes = encode(mutations.reduce((text, mutate) => mutate(text), valid));
  const decoded = decodeImportFile(bytes, 'convert');
  if (!decoded.ok) {
    expect(decoded.problem.line).toBeGreaterThanOrEqual(1);
    return;
  }
  const lines = decoded.text.split('\n').length;
  const before = await count(table);
  const report = await run(decoded.text, decoded.encoding);
  const after = await count(table);
  for (const p of report.problems) {
    expect(p.line, p.message).toBeGreaterThanOrEqual(1);
    expect(p.line, p.message).toBeLessThanOrEqual(lines);
  }
  if (report.rejected) {
    expect(report.problems.length).toBeGreaterThan(0);
    expect(after).toBe(before);
  } else {
    expect(report.problems).toEqual([]);
    expect(after - before).toBeLessThanOrEqual(report.imported);
  }
}

describe('importers never crash, never write part of a file, and name lines that exist', () => {
  it('the EST group\'s CSV', async () => {
    const valid = [
      'occurred_at;category;latitude;longitude;description;reported_by;radius_m',
      '2026-11-20T21:40:00+01:00;Klotter;58,4262;15,5871;"Tagg på ""förrådet""; gavel";EST-gruppen;10',
      '2026-11-21T02:10:00+01:00;skadegörelse;58.4040;15.5550;Krossad ruta;Områdesgrupp Ryd;',
      '2026-11-22T18:00:00Z;Otrygg plats;58,3920;15,6370;;EST;0',
    ].join('\n');
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), encodingArb, async (mutations, encode) => {
        await holds(valid, mutations, encode, 'incidents.incident', (text, encoding) => importEstCsv(db, text, NOW, { encoding }));
      }),
      { numRuns: 120 },
    );
  });

  it('the safety survey CSV', async () => {
    const valid = 'district,year,indicator,value,respondents\nskaggetorp,2022,safe_at_night,52.5,412\nryd,2021,avoids_places,"30,4",\nberga,2020,worried_about_crime,18,300\n';
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), encodingArb, async (mutations, encode) => {
        await holds(valid, mutations, encode, 'plan.survey_result', (text, encoding) => importSurveyCsv(db, text, { thisYear: 2026, source: 'egenskapstest', encoding }));
      }),
      { numRuns: 120 },
    );
  });
});
