import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPolisenEvents } from '../src/import/polisen-store.js';
import { incidentsDatabase } from './database.js';

const FILE = new URL('./fixtures/polisen-events-ostergotland-2022-2025.json', import.meta.url);
const events = JSON.parse(readFileSync(FILE, 'utf8')) as { id: number; summary: string; location: { name: string } }[];

const db = incidentsDatabase();

/** Everything an import writes, in a stable order: two runs must give the same. */
async function snapshot(): Promise<string> {
  const [row] = await db().query<{ digest: string }>(
    `SELECT md5(string_agg(concat_ws('|', source_id, occurred_at, category, description, precision, district_id, area_name,
                                      original_type, title, source_url, location IS NULL), E'\\n' ORDER BY source_id)) AS digest
       FROM incidents.incident WHERE source = 'import'`,
  );
  return row!.digest;
}

describe('importing the Police\'s open events', () => {
  it('stores every Linköping and county event, by area, never as a pin', async () => {
    const report = await importPolisenEvents(db(), events);
    const county = events.filter((e) => e.location.name.endsWith('län')).length;
    expect(report).toMatchObject({ read: 1231, invalid: [], imported: 1231, updated: 0, unchanged: 0, outsideMunicipality: 0 });
    expect(report.precision).toEqual({ district: 46, municipality: 1231 - county - 46, county });
    expect(report.districts).toMatchObject({ skaggetorp: 8, city: 10, lambohov: 7, tornby: 6, ekholmen: 5, ryd: 2, berga: 2 });
    const [pins] = await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM incidents.incident WHERE source = 'import' AND location IS NOT NULL`);
    expect(pins!.n).toBe(0);
    const [areas] = await db().query<{ county: number; municipality: number }>(
      `SELECT count(*) FILTER (WHERE precision = 'county' AND area_name = 'Östergötlands län')::int AS county,
              count(*) FILTER (WHERE precision = 'municipality' AND area_name = 'Linköpings kommun')::int AS municipality
         FROM incidents.incident WHERE source = 'import'`,
    );
    expect(areas).toEqual({ county, municipality: report.precision.municipality });
  });

  it('run twice, gives the same database', async () => {
    const before = await snapshot();
    const report = await importPolisenEvents(db(), events);
    expect(report).toMatchObject({ imported: 0, updated: 0, unchanged: 1231 });
    expect(await snapshot()).toBe(before);
  });

  it('updates an event whose text changed, keyed by the Police\'s id', async () => {
    const changed = events.map((e) => (e.id === 429533 ? { ...e, summary: `${e.summary} Uppdaterad.` } : e));
    const report = await importPolisenEvents(db(), changed);
    expect(report).toMatchObject({ imported: 0, updated: 1, unchanged: 1230 });
    const [row] = await db().query<{ description: string; district: string }>(
      `SELECT description, district_id AS district FROM incidents.incident WHERE source_id = 'polisen:429533'`);
    expect(row!.description).toMatch(/Uppdaterad\.$/);
    expect(row!.district).toBe('skaggetorp');
  });

  it('reports invalid events by index and then stores none (issue 26: a file whole or not at all)', async () => {
    const count = async () => (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM incidents.incident'))[0]!.n;
    const before = await count();
    const fresh = { ...events[0]!, id: 990_001 };
    const report = await importPolisenEvents(db(), [{ id: 'x' }, fresh, 'no event']);
    expect(report.read).toBe(3);
    expect(report.invalid[0]!.index).toBe(0);
    // Which fields, for the web to say in its own words: an id that is not a number, nothing else.
    expect(report.invalid[0]!.fields).toEqual(['id', 'datetime', 'name', 'summary', 'url', 'type', 'location', 'location.name', 'location.gps']);
    expect(report.invalid[1]).toMatchObject({ index: 2, fields: [] });
    expect({ imported: report.imported, updated: report.updated, unchanged: report.unchanged }).toEqual({ imported: 0, updated: 0, unchanged: 0 });
    expect(await count()).toBe(before);
  });
});
