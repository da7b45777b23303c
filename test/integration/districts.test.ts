import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { TEST_NOW } from '../support/clock.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

interface District {
  id: string;
  name: string;
  priority: boolean;
  approximate: boolean;
  geometry: { type: string; coordinates: number[][][][] };
  incidentCount: { exact: boolean; value: number | null };
  venues: { id: string; districtId: string }[];
  measures: { id: string; districtId: string }[];
}

describe('districts through the gateway', () => {
  it('returns the priority districts with polygons and fields from three other subgraphs in one query', async () => {
    const res = await platform.gql<{ districts: District[] }>(
      `{ districts { id name priority approximate geometry incidentCount { exact value } venues { id districtId } measures { id districtId } } }`,
      {},
      { as: 'est' },
    );
    expect(res.errors).toBeUndefined();
    const districts = res.data!.districts;
    expect(districts.length).toBeGreaterThanOrEqual(12);
    const priority = districts.filter((d) => d.priority);
    expect(priority.map((d) => d.name).sort()).toEqual(['Berga', 'City (Innerstaden)', 'Ryd', 'Skäggetorp']);
    for (const d of priority) {
      expect(d.approximate).toBe(true);
      expect(d.geometry.type).toBe('MultiPolygon');
      const ring = d.geometry.coordinates[0]![0]!;
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(d.incidentCount.exact).toBe(true);
      expect(d.incidentCount.value).toBeGreaterThan(0);
      expect(d.venues.length).toBeGreaterThan(0);
      expect(d.venues.every((v) => v.districtId === d.id)).toBe(true);
      expect(d.measures.every((m) => m.districtId === d.id)).toBe(true);
    }
  });

  it('counts the same incidents through the gateway as the incidents subgraph lists for the district', async () => {
    const from = '2020-01-01T00:00:00Z';
    const to = '2100-01-01T00:00:00Z';
    const viaGateway = await platform.gql<{ district: { incidentCount: { value: number } } }>(
      `query($id: ID!, $from: DateTime, $to: DateTime) { district(id: $id) { incidentCount(from: $from, to: $to) { value } } }`,
      { id: 'ryd', from, to },
      { as: 'est' },
    );
    const direct = await platform.gql<{ incidents: { id: string; districtId: string }[] }>(
      `query($id: ID!) { incidents(districtId: $id, limit: 5000) { id districtId } }`,
      { id: 'ryd' },
      { as: 'est', url: platform.subgraphUrls.incidents },
    );
    expect(viaGateway.data!.district.incidentCount.value).toBe(direct.data!.incidents.length);
    expect(direct.data!.incidents.every((i) => i.districtId === 'ryd')).toBe(true);
  });

  it('answers an unknown district with null, and a bad argument with BAD_USER_INPUT', async () => {
    const missing = await platform.gql<{ district: null }>(`{ district(id: "atlantis") { id } }`);
    expect(missing).toEqual({ data: { district: null } });
    const bad = await platform.gql(
      `{ district(id: "ryd") { incidentCount(from: "2026-01-01T00:00:00Z", to: "2025-01-01T00:00:00Z") { value } } }`,
      {},
      { as: 'est' },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('"from" must be before "to"');
    const badDate = await platform.gql(`{ incidents(from: "last tuesday") { id } }`, {}, { as: 'est' });
    expect(badDate.errors?.[0]?.message).toContain('Invalid DateTime');
  });

  it('has liveness and readiness on the gateway and every subgraph', async () => {
    const urls = [platform.url, ...Object.values(platform.subgraphUrls).map((u) => u.replace(/\/graphql$/, ''))];
    for (const base of urls) {
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await fetch(`${base}/ready`)).status).toBe(200);
    }
    const ready = await (await fetch(platform.subgraphUrls.plan.replace('/graphql', '/ready'))).json();
    expect(ready).toMatchObject({ status: 'ready', service: 'plan' });
  });

  it('serves the web app at / and its run-time settings at /config.json', async () => {
    const page = await fetch(`${platform.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app"');
    expect(await (await fetch(`${platform.url}/config.json`)).json()).toEqual({ basemap: null, demoSignIn: true, now: TEST_NOW.toISOString(), oidc: null, accessContact: null });
  });
});
