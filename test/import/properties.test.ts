import { loadDemoDistrictsIfEmpty, migrate, readMigrations, type Db } from '@tk/gis';
import { decodeImportFile } from '@tk/input';
import type { ImportReport } from '@tk/input';
import { GEO_MIGRATIONS_DIR } from '@tk/gis/service';
import { createTestDatabase, type TestDatabase } from '@tk/gis/testing/database';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentsService } from '../../services/incidents/src/index.js';
import { importEstCsv } from '../../services/incidents/src/import/est-csv.js';
import { planService } from '../../services/plan/src/index.js';
import { importSurveyCsv } from '../../services/plan/src/survey-csv.js';
import { importPolisenFile } from '../../services/incidents/src/import/polisen-file.js';
import { importPlanFile } from '../../services/plan/src/plan-file/import-file.js';
import { importGeoFile, type GeoFileKind } from '@tk/gis/geo/reference-file';
import { readFileSync } from 'node:fs';

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
/** A table's whole content as one hash: "nothing written" means this did not change. */
const fingerprint = async (table: string) =>
  (await db.query<{ h: string | null }>(`SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS h FROM ${table} t`))[0]!.h;

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

type Json = unknown;

/** Every place in a JSON value, as a path. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return here;
}

function replaced(value: Json, path: (string | number)[], by: Json): Json {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, Json>;
  copy[head!] = replaced(copy[head!], rest, by);
  return copy;
}

/** A value somewhere in the file replaced by any JSON value: a wrong type, a null, an empty list … */
const valueMutationArb = (valid: Json) =>
  fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })).map(([n, by]) => {
    const all = paths(valid);
    return replaced(valid, all[n % all.length]!, by);
  });

const textArb = (valid: Json): fc.Arbitrary<string> =>
  fc.oneof(
    valueMutationArb(valid).map((v) => JSON.stringify(v, null, 2)),
    fc.tuple(valueMutationArb(valid), fc.array(mutationArb, { maxLength: 2 })).map(([v, ms]) => ms.reduce((t, m) => m(t), JSON.stringify(v, null, 2))),
  );

describe('the JSON importers never crash, write a refused file not at all, and name lines that exist', () => {
  // Every importer is all or nothing: with a problem, the tables it writes are as they were.
  async function check(text: string, encode: (t: string) => Buffer, tables: string[], run: (text: string, encoding: string) => Promise<ImportReport>) {
    const decoded = decodeImportFile(encode(text), 'convert');
    if (!decoded.ok) return;
    const lines = decoded.text.split('\n').length;
    const before = await Promise.all(tables.map(fingerprint));
    const report = await run(decoded.text, decoded.encoding);
    for (const p of report.problems) {
      expect(p.line, p.message).toBeGreaterThanOrEqual(1);
      expect(p.line, p.message).toBeLessThanOrEqual(lines);
    }
    expect(report.rejected).toBe(report.problems.length > 0);
    if (report.rejected) expect(await Promise.all(tables.map(fingerprint))).toEqual(before);
  }

  const event = (id: number) => ({
    id, datetime: '2026-11-21 20:22:30 +01:00', name: '21 november 20:13, Skadegörelse, Linköping', summary: 'Krossad ruta i Ryd',
    url: `/aktuellt/handelser/2026/november/21/${id}/`, type: 'Skadegörelse', location: { name: 'Linköping', gps: '58.410807,15.621373' },
  });

  it("the Police's events", async () => {
    const valid = [event(1), event(2), event(3)];
    await fc.assert(fc.asyncProperty(textArb(valid), encodingArb, (text, encode) =>
      check(text, encode, ['incidents.incident'], (t, encoding) => importPolisenFile(db, t, { encoding, notes: [] }))), { numRuns: 80 });
  });

  it('the activity plan', async () => {
    const valid = JSON.parse(readFileSync(new URL('../../plans/linkoping-2019-2022.json', import.meta.url), 'utf8')) as Json;
    await fc.assert(fc.asyncProperty(textArb(valid), encodingArb, (text, encode) =>
      check(text, encode, ['plan.plan', 'plan.activity'], (t, encoding) => importPlanFile(db, t, { encoding, notes: [] }))), { numRuns: 60 });
  });

  const geo = (kind: GeoFileKind) => (t: string, encoding: string) => importGeoFile(kind, [{ label: 'test', db }], t, { encoding, notes: [], source: 'egenskapstest' });
  const square = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 0.002, y], [x + 0.002, y + 0.002], [x, y + 0.002], [x, y]]] });

  it('organisations and properties', async () => {
    const organisations = { organisations: [{ id: 'egen-1', name: 'Bostadsbolaget', kind: 'company' }, { id: 'egen-2', name: 'Föreningen', kind: 'association' }] };
    await fc.assert(fc.asyncProperty(textArb(organisations), encodingArb, (text, encode) =>
      check(text, encode, ['geo.organisation'], geo('organisations'))), { numRuns: 60 });
    const properties = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'fastighet-1', name: 'Gården 1', owner_id: 'stangastaden' }, geometry: square(15.587, 58.426) },
        { type: 'Feature', properties: { id: 'fastighet-2', name: 'Gården 2', owner_id: 'stangastaden' }, geometry: square(15.56, 58.404) },
      ],
    };
    await fc.assert(fc.asyncProperty(textArb(properties), encodingArb, (text, encode) =>
      check(text, encode, ['geo.property'], geo('properties'))), { numRuns: 60 });
  });

  it('district boundaries', async () => {
    const districts = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Testdelen', code: '0580-99' }, geometry: square(15.70, 58.45) },
        { type: 'Feature', properties: { NAMN: 'Provdelen', KOD: '0580-98' }, geometry: square(15.72, 58.45) },
      ],
    };
    await fc.assert(fc.asyncProperty(textArb(districts), encodingArb, (text, encode) =>
      check(text, encode, ['geo.district'], geo('districts'))), { numRuns: 60 });
  });
});
