import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOrganisations, importProperties } from '../../gis/src/geo/reference-import.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const square = (lon: number, lat: number, d = 0.002) => ({ type: 'Polygon', coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]] });
const bowTie = { type: 'Polygon', coordinates: [[[15.6, 58.4], [15.61, 58.41], [15.61, 58.4], [15.6, 58.41], [15.6, 58.4]]] };
const feature = (id: string, owner: string, geometry: unknown) => ({ type: 'Feature', geometry, properties: { id, name: `Kv. ${id}`, owner_id: owner } });

describe('reference data: organisations and properties', () => {
  it('has the plan\'s organisations from the first start, readable by anyone', async () => {
    const res = await platform.gql<{ organisations: { id: string; kind: string }[] }>(`{ organisations { id name kind } }`);
    expect(res.errors).toBeUndefined();
    const ids = res.data!.organisations.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining(['polisen-lpo-linkoping', 'sakerhetsenheten', 'stangastaden', 'region-ostergotland']));
  });

  it('refuses a bad organisations file entry by entry and writes nothing, and adds a good one', async () => {
    const db = platform.databases.get('plan')!;
    const count = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM geo.organisation'))[0]!.n;
    const before = await count();
    const bad = await importOrganisations(db, { organisations: [{ id: 'ok-org', name: 'Ok', kind: 'company' }, { id: 'Bad Id', name: 'x', kind: 'company' }, { id: 'x2', name: 'y', kind: 'club' }] }, 'test');
    expect(bad.problems.map((p) => p.entry)).toEqual([2, 3]);
    expect(await count()).toBe(before);
    const good = await importOrganisations(db, { organisations: [{ id: 'bostadsbolaget', name: 'Bostadsbolaget (test)', kind: 'company' }] }, 'test');
    expect(good).toEqual({ read: 1, added: 1, changed: 0, problems: [] });
  });

  it('imports properties with an owner among the organisations, refusing unknown owners and crossing rings', async () => {
    const db = platform.databases.get('plan')!;
    const count = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM geo.property'))[0]!.n;
    const before = await count();
    const bad = await importProperties(db, { type: 'FeatureCollection', features: [
      feature('kv-test-1', 'bostadsbolaget', square(15.58, 58.42)),
      feature('kv-test-2', 'okand-agare', square(15.59, 58.42)),
      feature('kv-test-3', 'bostadsbolaget', bowTie),
      feature('kv-test-4', 'bostadsbolaget', { type: 'Point', coordinates: [15.6, 58.4] }),
    ] }, 'test');
    expect(bad.problems.map((p) => [p.entry, p.message.split(':')[0]])).toEqual([[2, 'properties.owner_id'], [3, 'geometry'], [4, 'geometry']]);
    expect(await count()).toBe(before);
    const good = await importProperties(db, { type: 'FeatureCollection', features: [feature('kv-test-1', 'bostadsbolaget', square(15.58, 58.42))] }, 'test');
    expect(good).toMatchObject({ added: 1, changed: 0, problems: [] });
    const [row] = await db.query<{ owner_name: string; approximate: boolean; kind: string }>(
      `SELECT owner_name, approximate, ST_GeometryType(geom) AS kind FROM geo.property WHERE id = 'kv-test-1'`);
    expect(row).toEqual({ owner_name: 'Bostadsbolaget (test)', approximate: false, kind: 'ST_MultiPolygon' });
    expect((await importProperties(db, { type: 'FeatureCollection', features: [feature('kv-test-1', 'bostadsbolaget', square(15.58, 58.42, 0.003))] }, 'test')).changed).toBe(1);
  });
});
