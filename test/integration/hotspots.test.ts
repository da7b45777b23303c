import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekBefore } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
let lastWeek: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  lastWeek = await weekBefore(platform.databases.get('incidents')!);
});
afterAll(() => platform?.stop());

const QUERY = `query($week: String!, $d: [ID!], $trend: Int) {
  hotspots(week: $week, districtIds: $d, trendWeeks: $trend) {
    week weekStart weekEnd cellSizeM neighbourhood correction studyAreaCells incidentsCounted status
    cells { key districtId count neighbourhoodCount z p class confidence emerging trend geometry }
  }
}`;

interface Cell { key: string; districtId: string; count: number; neighbourhoodCount: number; z: number; class: string; confidence: number; emerging: string | null; geometry: { type: string; coordinates: number[][][] } }
interface Analysis { week: string; studyAreaCells: number; incidentsCounted: number; status: string; neighbourhood: string; cells: Cell[] }

describe('hot spots through the gateway', () => {
  it('finds significant hot cells in the synthetic clusters of the priority districts, with the method stated', async () => {
    const res = await platform.gql<{ hotspots: Analysis }>(QUERY, { week: lastWeek }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const a = res.data!.hotspots;
    expect(a.status).toBe('ok');
    expect(a.neighbourhood).toContain('ring of 6');
    expect(a.studyAreaCells).toBeGreaterThan(500);
    // The counted incidents are exactly the week's incidents with a place in the four districts.
    const [truth] = await platform.databases.get('incidents')!.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM incidents.incident
        WHERE deleted_at IS NULL AND location IS NOT NULL AND district_id IN ('berga', 'city', 'ryd', 'skaggetorp')
          AND occurred_at >= (to_date($1, 'IYYY-"W"IW')::timestamp AT TIME ZONE 'Europe/Stockholm')
          AND occurred_at < ((to_date($1, 'IYYY-"W"IW') + 7)::timestamp AT TIME ZONE 'Europe/Stockholm')`, [lastWeek]);
    expect(a.incidentsCounted).toBe(truth!.n);
    const hot = a.cells.filter((c) => c.class.startsWith('HOT'));
    expect(hot.length).toBeGreaterThan(0);
    expect(hot.every((c) => c.z > 0 && c.confidence >= 90)).toBe(true);
    // A lone incident in a sparse week is not a hot spot, however large its z.
    expect(hot.filter((c) => c.neighbourhoodCount < 3)).toEqual([]);
    expect(a.cells.every((c) => c.neighbourhoodCount >= c.count)).toBe(true);
    expect(hot[0]!.geometry.type).toBe('Polygon');
    expect(hot[0]!.geometry.coordinates[0]).toHaveLength(7);
  });

  it('classifies cells over twelve weeks into emerging patterns', async () => {
    const res = await platform.gql<{ hotspots: Analysis }>(QUERY, { week: lastWeek, trend: 12 }, { as: 'polisen' });
    expect(res.errors).toBeUndefined();
    const patterns = new Set(res.data!.hotspots.cells.map((c) => c.emerging));
    expect([...patterns].some((p) => p && p !== 'NONE')).toBe(true);
  });

  it('gives an area group its own district only, refuses another, and refuses roles without single incidents', async () => {
    const own = await platform.gql<{ hotspots: Analysis }>(QUERY, { week: lastWeek }, { as: 'omradesgrupp-ryd' });
    expect(own.data!.hotspots.cells.every((c) => c.districtId === 'ryd')).toBe(true);
    const other = await platform.gql(QUERY, { week: lastWeek, d: ['berga'] }, { as: 'omradesgrupp-ryd' });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const steering = await platform.gql(QUERY, { week: lastWeek }, { as: 'styrgruppen' });
    expect(steering.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a week that does not exist', async () => {
    const res = await platform.gql(QUERY, { week: '2026-W54' }, { as: 'est' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'week' });
  });
});
