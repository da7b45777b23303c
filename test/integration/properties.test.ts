import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const QUERY = `query($owner: ID) { properties(ownerId: $owner) { id ownerId name incidents { id } } }`;

async function truth(propertyId: string): Promise<string[]> {
  const rows = await platform.databases.get('incidents')!.query<{ id: string }>(
    `SELECT i.id::text FROM incidents.incident i JOIN geo.property p ON p.id = $1 AND ST_Intersects(p.geom, i.location)
      WHERE i.deleted_at IS NULL ORDER BY 1`, [propertyId]);
  return rows.map((r) => r.id);
}

describe('Property.incidents through the gateway (plan owns Property, incidents adds its incidents)', () => {
  it('gives a property owner the incidents reported on its own properties', async () => {
    const res = await platform.gql<{ properties: { id: string; ownerId: string; incidents: { id: string }[] }[] }>(
      QUERY, { owner: 'stangastaden' }, { as: 'stangastaden' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.properties.length).toBe(3);
    let seen = 0;
    for (const p of res.data!.properties) {
      expect(p.incidents.map((i) => i.id).sort()).toEqual(await truth(p.id));
      seen += p.incidents.length;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('refuses another owner\'s property (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    const other = await platform.gql(QUERY, { owner: 'stangastaden' }, { as: 'lingonet' });
    expect(other.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    const anonymous = await platform.gql(QUERY, { owner: 'stangastaden' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives EST every property\'s incidents', async () => {
    const res = await platform.gql<{ properties: { id: string; incidents: { id: string }[] }[] }>(QUERY, {}, { as: 'est' });
    expect(res.data!.properties).toHaveLength(5);
    for (const p of res.data!.properties) expect(p.incidents.map((i) => i.id).sort()).toEqual(await truth(p.id));
  });
});

describe('Property.measures through the gateway (measures adds the measures on a property)', () => {
  const MEASURES = `query($owner: ID) { properties(ownerId: $owner) { id measures { id title } } }`;

  async function measuresOn(propertyId: string): Promise<string[]> {
    const rows = await platform.databases.get('measures')!.query<{ id: string }>(
      `SELECT m.id::text FROM measures.measure m JOIN geo.property p ON p.id = $1 AND ST_Intersects(p.geom, m.geom)
        WHERE m.deleted_at IS NULL ORDER BY 1`, [propertyId]);
    return rows.map((r) => r.id);
  }

  beforeAll(async () => {
    // A lamp inside one of Stångåstaden's properties, so that at least one property has a measure.
    const [inside] = await platform.databases.get('measures')!.query<{ lon: number; lat: number }>(
      `SELECT ST_X(p) AS lon, ST_Y(p) AS lat FROM (SELECT ST_PointOnSurface(geom) AS p FROM geo.property WHERE owner_id = 'stangastaden' ORDER BY id LIMIT 1) x`);
    const res = await platform.gql(
      `mutation($input: MeasureInput!) { proposeMeasure(input: $input) { id } }`,
      { input: { kind: 'LIGHTING', title: 'Belysning vid entrén', geometry: { type: 'Point', coordinates: [inside!.lon, inside!.lat] } } },
      { as: 'est' },
    );
    expect(res.errors).toBeUndefined();
  });

  it('gives a property owner the measures on each of its properties, exactly those the database has there', async () => {
    const res = await platform.gql<{ properties: { id: string; measures: { id: string }[] }[] }>(MEASURES, { owner: 'stangastaden' }, { as: 'stangastaden' });
    expect(res.errors).toBeUndefined();
    let seen = 0;
    for (const p of res.data!.properties) {
      expect(p.measures.map((m) => m.id).sort()).toEqual(await measuresOn(p.id));
      seen += p.measures.length;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('refuses another owner\'s property, and roles without measures', async () => {
    const other = await platform.gql(MEASURES, { owner: 'stangastaden' }, { as: 'lingonet' });
    expect(other.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    const licensing = await platform.gql(MEASURES, { owner: 'stangastaden' }, { as: 'tillsyn' });
    expect(licensing.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });
});
