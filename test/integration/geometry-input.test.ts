import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const PROPOSE = `mutation($input: MeasureInput!) {
  proposeMeasure(input: $input) { id kind title status districtId geometry }
}`;

// A small square in Skäggetorp, and variations of it that must be refused.
const ring = [[15.586, 58.4255], [15.588, 58.4255], [15.588, 58.4265], [15.586, 58.4265], [15.586, 58.4255]];
const polygon = (coordinates: unknown) => ({ type: 'Polygon', coordinates });

async function measureCount(): Promise<number> {
  const [row] = await platform.databases.get('measures')!.query<{ n: number }>('SELECT count(*)::int AS n FROM measures.measure');
  return row!.n;
}

describe('geometry input through the gateway', () => {
  it('stores a valid measure in the district its geometry lies in, and serves it back', async () => {
    const res = await platform.gql<{ proposeMeasure: { id: string; status: string; districtId: string; geometry: unknown } }>(
      PROPOSE,
      { input: { kind: 'LIGHTING', title: 'Belysning vid gångtunneln', geometry: polygon([ring]) } },
      { as: 'omradesgrupp-skaggetorp' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.proposeMeasure).toMatchObject({ status: 'PROPOSED', districtId: 'skaggetorp', geometry: polygon([ring]) });
    const listed = await platform.gql<{ district: { measures: { id: string }[] } }>(
      `{ district(id: "skaggetorp") { measures { id } } }`,
      {},
      { as: 'omradesgrupp-skaggetorp' },
    );
    expect(listed.data!.district.measures.map((m) => m.id)).toContain(res.data!.proposeMeasure.id);
  });

  it.each([
    ['an unclosed ring', polygon([ring.slice(0, 4)]), 'must be closed'],
    ['a latitude out of range', { type: 'Point', coordinates: [15.6, 158.4] }, 'latitude 158.4 is outside -90…90'],
    ['an unknown type', { type: 'Circle', coordinates: [15.6, 58.4] }, 'unknown geometry type "Circle"'],
    ['a self-intersecting polygon', polygon([[[15.586, 58.4255], [15.588, 58.4265], [15.588, 58.4255], [15.586, 58.4265], [15.586, 58.4255]]]), 'Self-intersection'],
    ['too many vertices', { type: 'LineString', coordinates: Array.from({ length: 10_001 }, (_, i) => [15.58 + i * 1e-6, 58.42]) }, 'at most 10000'],
    ['a type measures do not take', { type: 'MultiPoint', coordinates: [[15.587, 58.426]] }, 'a MultiPoint is not accepted here'],
    ['a place outside every district', { type: 'Point', coordinates: [18.07, 59.33] }, 'outside every district'],
  ])('refuses %s with BAD_USER_INPUT naming the problem, and writes nothing', async (_label, geometry, message) => {
    const before = await measureCount();
    const res = await platform.gql<{ proposeMeasure: unknown }>(PROPOSE, { input: { kind: 'SIGNAGE', title: 'Skylt', geometry } }, { as: 'est' });
    expect(res.data?.proposeMeasure ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain(message);
    expect(await measureCount()).toBe(before);
  });

  it('refuses a GeoJSON literal written in the query the same way', async () => {
    const res = await platform.gql(
      `mutation { proposeMeasure(input: { kind: SIGNAGE, title: "Skylt", geometry: { type: "Point", coordinates: [15.6] } }) { id } }`,
      {},
      { as: 'est' },
    );
    expect(res.errors?.[0]?.message).toContain('a position must be an array of 2 (or 3) numbers');
  });
});
