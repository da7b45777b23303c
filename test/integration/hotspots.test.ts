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

const QUERY = `query($week: IsoWeek!, $d: [ID!], $trend: Int) {
  hotspots(week: $week, districtIds: $d, trendWeeks: $trend) {
    week weekStart weekEnd cellSizeM neighbourhood correction minHotNeighbourhood studyAreaCells incidentsCounted status
    cells { key districtId count neighbourhoodCount z p class confidence emerging trend geometry
      weeks { week count neighbourhoodCount z p class } trendTest { n s variance z p tau tieGroups } }
  }
}`;

interface CellWeek { week: string; count: number; neighbourhoodCount: number; z: number; p: number; class: string }
interface TrendTest { n: number; s: number; variance: number; z: number; p: number; tau: number; tieGroups: number[] }
interface Cell {
  key: string; districtId: string; count: number; neighbourhoodCount: number; z: number; p: number; class: string; confidence: number;
  emerging: string | null; trend: string | null; geometry: { type: string; coordinates: number[][][] }; weeks: CellWeek[]; trendTest: TrendTest | null;
}
interface Analysis { week: string; studyAreaCells: number; incidentsCounted: number; status: string; neighbourhood: string; minHotNeighbourhood: number; cells: Cell[] }

describe('hot spots through the gateway', () => {
  it('finds significant hot cells in the synthetic clusters of the priority districts, with the method stated', async () => {
    const res = await platform.gql<{ hotspots: Analysis }>(QUERY, { week: lastWeek }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const a = res.data!.hotspots;
    expect(a.status).toBe('ok');
    expect(a.neighbourhood).toContain('ring of 6');
    // The rule's figure, which the web's legend states in the page's language.
    expect(a.minHotNeighbourhood).toBe(3);
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

  it('never shows a pattern that needs a significant final week on a cell whose week is not significant; the series and the test are as stated', async () => {
    const res = await platform.gql<{ hotspots: Analysis }>(QUERY, { week: lastWeek, trend: 8 }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const cells = res.data!.hotspots.cells;
    const needsFinal = new Set(['NEW', 'CONSECUTIVE', 'INTENSIFYING', 'PERSISTENT', 'DIMINISHING', 'SPORADIC', 'OSCILLATING']);
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(c.weeks).toHaveLength(8);
      expect(c.weeks.at(-1)).toEqual({ week: lastWeek, count: c.count, neighbourhoodCount: c.neighbourhoodCount, z: c.z, p: c.p, class: c.class });
      if (needsFinal.has(c.emerging!)) expect(c.class, `${c.key} ${c.emerging}`).not.toBe('NONE');
      // Hot in any week only on at least three incidents in the neighbourhood, as in the week shown.
      c.weeks.filter((w) => w.class.startsWith('HOT')).forEach((w) => expect(w.neighbourhoodCount, `${c.key} ${w.week}`).toBeGreaterThanOrEqual(3));
      // Mann-Kendall on the weekly z, counted here: S, the ties and the tie-corrected variance.
      const z = c.weeks.map((w) => w.z);
      let s = 0;
      z.forEach((zi, i) => z.slice(i + 1).forEach((zj) => { s += Math.sign(zj - zi); }));
      const groups = [...z.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<number, number>()).values()].filter((t) => t > 1).sort((x, y) => x - y);
      const variance = (8 * 7 * 21 - groups.reduce((sum, t) => sum + t * (t - 1) * (2 * t + 5), 0)) / 18;
      expect(c.trendTest).toMatchObject({ n: 8, s, tieGroups: groups });
      expect(c.trendTest!.variance).toBeCloseTo(variance, 10);
    }
    // The weeks are the eight ISO weeks up to the one asked for, oldest first.
    const labels = cells[0]!.weeks.map((w) => w.week);
    expect(labels.at(-1)).toBe(lastWeek);
    expect(new Set(labels).size).toBe(8);
    expect([...labels].sort()).toEqual(labels);
  });

  it('runs a series across a year with week 53 (2020-W53), built from incidents placed in it', async () => {
    // Three incidents a week close together in Skäggetorp in 2020-W53, 2021-W01 and 2021-W02, nothing
    // in the weeks before: a consecutive hot spot over the turn of a 53-week year.
    await platform.databases.get('incidents')!.query(
      `INSERT INTO incidents.incident (occurred_at, category, description, precision, location, district_id, reported_by, source)
       SELECT (to_date(w, 'IYYY-"W"IW') + 2)::timestamp AT TIME ZONE 'Europe/Stockholm' + make_interval(hours => 20, mins => 7 * k),
              'vandalism', 'Testkluster vecka 53', 'exact', p.geom, 'skaggetorp', 'Test', 'manual'
         FROM unnest(ARRAY['2020-W53', '2021-W01', '2021-W02']) AS w, generate_series(0, 2) AS k
        CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(15.587 + 0.0001 * k, 58.426), 4326) AS geom) AS p`,
    );
    const res = await platform.gql<{ hotspots: Analysis }>(QUERY, { week: '2021-W02', d: ['skaggetorp'], trend: 6 }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const cells = res.data!.hotspots.cells;
    const hot = cells.filter((c) => c.class.startsWith('HOT'));
    expect(hot.length).toBeGreaterThan(0);
    expect(hot[0]!.weeks.map((w) => w.week)).toEqual(['2020-W50', '2020-W51', '2020-W52', '2020-W53', '2021-W01', '2021-W02']);
    const cluster = hot.find((c) => c.count === 3)!;
    expect(cluster.weeks.map((w) => w.class.startsWith('HOT'))).toEqual([false, false, false, true, true, true]);
    expect(cluster.emerging).toBe('CONSECUTIVE');
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
