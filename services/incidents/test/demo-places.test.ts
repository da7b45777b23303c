import { HOT_PLACES, readDemoDistricts } from '@tk/gis/geo/demo-places';
import { addWeeks, isoWeekAt } from '@tk/time';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIncidents } from '../src/demo.js';
import { analyseHotspots } from '../src/hotspots.js';
import { incidentsDatabase } from './database.js';

const db = incidentsDatabase();

interface Spread {
  district: string; priority: boolean; n: number; weeks: number; outside: number;
  /** The district's area in 250 m cells, and how many distinct 250 m cells (SWEREF 99 TM grid) its incidents fall in. */
  areaCells: number; cells: number;
  /** The most incidents in one 100 m cell, as a share of the district's. */
  densest: number;
  /** The share of its incidents within 150 m of its hot places, and the share of its area those discs cover. */
  atHotPlaces: number; hotArea: number;
}

const NOW = new Date('2026-11-02T09:00:00+01:00');

describe('where the demo incidents are', () => {
  let rows: Spread[];
  beforeAll(async () => {
    await loadDemoIncidents(db(), NOW);
    const districts = await readDemoDistricts(db());
    rows = await db().query<Spread>(
      `WITH h AS (SELECT u.id, ST_Transform(ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326), 3006) AS p
                    FROM unnest($1::text[], $2::float8[], $3::float8[]) AS u(id, lon, lat)),
            i AS (SELECT district_id AS id, location, ST_Transform(location, 3006) AS x, occurred_at FROM incidents.incident)
       SELECT d.id AS district, d.priority, count(*)::int AS n,
              ((max(i.occurred_at)::date - min(i.occurred_at)::date) / 7.0)::float8 AS weeks,
              count(*) FILTER (WHERE NOT ST_CoveredBy(i.location, d.geom))::int AS outside,
              (ST_Area(ST_Transform(d.geom, 3006)) / 62500)::float8 AS "areaCells",
              count(DISTINCT (floor(ST_X(i.x) / 250), floor(ST_Y(i.x) / 250)))::int AS cells,
              ((SELECT max(c) FROM (SELECT count(*) AS c FROM i j WHERE j.id = d.id GROUP BY floor(ST_X(j.x) / 100), floor(ST_Y(j.x) / 100)) m)
                / count(*)::float8) AS densest,
              (count(*) FILTER (WHERE EXISTS (SELECT 1 FROM h WHERE h.id = d.id AND ST_DWithin(h.p, i.x, 150))) / count(*)::float8) AS "atHotPlaces",
              (ST_Area(ST_Intersection((SELECT ST_Union(ST_Buffer(h.p, 150)) FROM h WHERE h.id = d.id), ST_Transform(d.geom, 3006)))
                / ST_Area(ST_Transform(d.geom, 3006)))::float8 AS "hotArea"
         FROM geo.district d JOIN i ON i.id = d.id
        GROUP BY d.id, d.priority, d.geom ORDER BY d.id`,
      [
        districts.flatMap((d) => HOT_PLACES.map(() => d.id)),
        districts.flatMap((d) => HOT_PLACES.map((p) => d.places[p][0])),
        districts.flatMap((d) => HOT_PLACES.map((p) => d.places[p][1])),
      ],
    );
    console.log(rows.map((r) => `${r.district}: ${r.n} incidents in ${r.cells} of ~${Math.round(r.areaCells)} 250 m cells, densest 100 m ${(100 * r.densest).toFixed(1)} %, ${(100 * r.atHotPlaces).toFixed(0)} % at hot places covering ${(100 * r.hotArea).toFixed(0)} % of the area`).join('\n'));
  });

  it('lie in the district they were made for: none outside every district, none spilled into a neighbour', async () => {
    const [lost] = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM incidents.incident WHERE district_id IS NULL');
    expect(lost!.n).toBe(0);
    expect(rows).toHaveLength(13);
    for (const r of rows) {
      expect(r.outside, r.district).toBe(0);
      // The districts outside the priority ones have a sparse background only (0.6 a week, rounded
      // up to one now and then): a priority district's cluster by the border would put more there.
      if (!r.priority) expect(r.n / r.weeks, r.district).toBeLessThan(1);
    }
  });

  it('spread over each priority district, with its hot places holding a clearly higher density than the rest', () => {
    const priority = rows.filter((r) => r.priority);
    expect(priority.map((r) => r.district)).toEqual(['berga', 'city', 'ryd', 'skaggetorp']);
    for (const r of priority) {
      // In as many distinct 250 m cells as 75 % of the district's area holds (the edges' cells count too).
      expect(r.cells / r.areaCells, r.district).toBeGreaterThanOrEqual(0.75);
      // No single 100 m spot holds more than 15 % of them (the square, with its evening cluster, holds most) …
      expect(r.densest, r.district).toBeLessThanOrEqual(0.15);
      // … while the hot places hold a good share: at least three times the density of the district as a whole …
      expect(r.atHotPlaces, r.district).toBeGreaterThanOrEqual(0.5);
      expect(r.atHotPlaces / r.hotArea, r.district).toBeGreaterThanOrEqual(3);
      // … and the rest is elsewhere.
      expect(1 - r.atHotPlaces, r.district).toBeGreaterThanOrEqual(0.2);
    }
  });

  it('have hot places in the other districts too (the square and the school yard), and no clump there', () => {
    for (const r of rows.filter((x) => !x.priority)) {
      expect(r.atHotPlaces / r.hotArea, r.district).toBeGreaterThanOrEqual(2);
      expect(r.densest, r.district).toBeLessThanOrEqual(0.2);
    }
  });

  it('give every whole week a hot spot in each priority district, and the analysis counts every one of them', async () => {
    const districtIds = ['berga', 'city', 'ryd', 'skaggetorp'];
    const [first] = await db().query<{ at: Date }>('SELECT min(occurred_at) AS at FROM incidents.incident');
    const without: string[] = [];
    for (let week = addWeeks(isoWeekAt(NOW), -1); week.end > new Date(first!.at); week = addWeeks(week, -1)) {
      const a = await analyseHotspots(db(), { week, districtIds }, { remaining: Infinity });
      const [truth] = await db().query<{ n: number }>(
        'SELECT count(*)::int AS n FROM incidents.incident WHERE district_id = ANY($1) AND occurred_at >= $2 AND occurred_at < $3', [districtIds, week.start, week.end]);
      expect(a.incidentsCounted, week.label).toBe(truth!.n);
      const hot = new Set(a.cells.filter((c) => c.class.startsWith('hot')).map((c) => c.districtId));
      without.push(...districtIds.filter((d) => !hot.has(d)).map((d) => `${week.label} ${d}`));
    }
    expect(without).toEqual([]);
  });
});
