/**
 * Item 9: made-up `@requires` data. A representation's fields (a venue's location, a measure's
 * geometry) are the caller's to invent when a subgraph is called directly, so the subgraphs answer
 * `_entities` and `_service` only to the gateway, which proves itself with GATEWAY_SECRET.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const RYD_POINT = { type: 'Point', coordinates: [15.5597, 58.4046] };
const RYD_SQUARE = { type: 'Polygon', coordinates: [[[15.555, 58.402], [15.565, 58.402], [15.565, 58.407], [15.555, 58.407], [15.555, 58.402]]] };
const NEARBY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Venue { incidentsNearby { total { value } } } } }`;
const EFFECT = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Measure { effect { target { before { value } } } } } }`;
const SERVICE = `{ _service { sdl } }`;

const cases = [
  ['incidents', NEARBY, { r: [{ __typename: 'Venue', id: 'made-up', location: RYD_POINT }] }, 'omradesgrupp-skaggetorp'],
  ['incidents', EFFECT, { r: [{ __typename: 'Measure', id: 'made-up', geometry: RYD_SQUARE, doneOn: '2026-01-05' }] }, 'omradesgrupp-skaggetorp'],
  ['incidents', EFFECT, { r: [{ __typename: 'Measure', id: 'made-up', geometry: RYD_SQUARE, doneOn: '2026-01-05' }] }, 'lingonet'],
  ['incidents', NEARBY, { r: [{ __typename: 'Venue', id: 'made-up', location: RYD_POINT }] }, 'admin'],
  ['plan', `query($r: [_Any!]!) { _entities(representations: $r) { ... on District { id } } }`, { r: [{ __typename: 'District', id: 'ryd' }] }, undefined],
  ['venues', SERVICE, {}, 'admin'],
  ['measures', SERVICE, {}, undefined],
] as const;

describe('a subgraph called directly', () => {
  it.each(cases)('%s: %s as %s without the gateway\'s secret → FORBIDDEN, and nothing answered', async (service, query, variables, as) => {
    const res = await platform.raw(query, variables, { url: platform.subgraphUrls[service], as });
    expect(res.status).toBe(403);
    const body = JSON.parse(res.text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.data ?? null).toBeNull();
  });

  it('a wrong secret is refused the same way', async () => {
    const token = await platform.token('admin');
    const res = await fetch(platform.subgraphUrls.incidents, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-gateway-secret': platform.gatewaySecret.slice(0, -1) + 'x' },
      body: JSON.stringify({ query: NEARBY, variables: cases[3][2] }),
    });
    expect(res.status).toBe(403);
  });

  it('other queries to a subgraph still answer as the access table says', async () => {
    const res = await platform.gql<{ districts: { id: string }[] }>('{ districts { id } }', {}, { url: platform.subgraphUrls.plan });
    expect(res.data!.districts.length).toBeGreaterThan(4);
  });
});

describe('the gateway', () => {
  it('resolves entities across subgraphs with its secret (venues with their nearby counts)', async () => {
    const res = await platform.gql<{ venues: { id: string; incidentsNearby: { total: { value: number } } | null }[] }>(
      '{ venues(districtId: "ryd") { id incidentsNearby { total { value } } } }', {}, { as: 'est' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.venues.length).toBeGreaterThan(0);
    expect(res.data!.venues.every((v) => Number.isInteger(v.incidentsNearby?.total.value))).toBe(true);
  });

  it('an area group of Skäggetorp cannot reach Ryd\'s venues through it', async () => {
    const res = await platform.gql('{ venues(districtId: "ryd") { id incidentsNearby { total { value } } } }', {}, { as: 'omradesgrupp-skaggetorp' });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
