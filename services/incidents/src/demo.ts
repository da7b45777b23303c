import { createRandom, seedOf, type Db } from '@tk/gis';
import { readDemoDistricts, type DemoDistrict, type Spot } from '@tk/gis/geo/demo-places';
import { addDays, isoWeekday, swedishDay } from '@tk/time';
import type { Category } from './categories.js';

/**
 * Synthetic incidents for the demo, labelled as such (source 'demo', reported by "Demo (syntetisk)").
 * From ISO week 1 of last year until now, so a week can be compared with the same week a year earlier:
 * - a weekly and daily rhythm in Swedish wall-clock time (more on Friday and Saturday, evenings and nights);
 * - persistent clusters in each priority district, each at one of its hot places (an underpass, a
 *   school yard, a car park) with the rest of its incidents along the district's streets and
 *   anywhere in it; an evening cluster at the district's square, where the demo venues are;
 * - in Skäggetorp a cluster that appears in the last eight weeks, in Berga one that fades out
 *   (stops eight weeks ago), both at a bus stop;
 * - a sparse background everywhere, a share of it at the square and the school yard.
 * Every incident lies inside its district (the places, streets and scattering: @tk/gis/geo/demo-places).
 * The same on every day: a week's incidents are drawn from a stream seeded by the district, the
 * cluster and how many weeks before the current one it is (and their places from a second such
 * stream), so "last week" has the same shape whichever week that is, and every machine gets the
 * same data for the same day.
 */
const SEED = 20261126;
const DAY = 86_400_000;
/** The Skäggetorp cluster appears, and the Berga one has faded, this many weeks before the current one. */
const RECENT_WEEKS = 8;
const DAY_WEIGHTS = [0.8, 0.8, 0.9, 1.0, 1.4, 1.8, 1.2]; // Mon … Sun
const HOUR_WEIGHTS = [6, 5, 3, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10, 10, 9, 8];
const EVENING_WEIGHTS = HOUR_WEIGHTS.map((w, h) => (h >= 20 || h <= 2 ? w * 3 : w / 3));
/** The priority districts' persistent clusters: what happens, and at which hot place. */
const CLUSTERS: { categories: Category[]; near: 'underpass' | 'schoolyard' | 'parking' }[] = [
  { categories: ['vandalism', 'graffiti', 'littering'], near: 'underpass' },
  { categories: ['drug_dealing', 'public_disorder', 'youth_gathering'], near: 'schoolyard' },
  { categories: ['unsafe_place', 'threat_violence', 'stone_throwing', 'fire'], near: 'parking' },
];
const EVENING: Category[] = ['public_disorder', 'threat_violence', 'vandalism'];
const BACKGROUND: Category[] = ['vandalism', 'graffiti', 'burglary', 'littering', 'other', 'public_disorder'];

/**
 * How far inside its district every incident is. The hot-spot analysis's study area is the cells
 * whose centre lies in the districts analysed, and a default 150 m cell reaches 87 m from its centre:
 * an incident nearer the edge of the districts could fall in a cell outside the study area, and not
 * be counted.
 */
const EDGE_M = 90;
/** Where a cluster's incidents happen: spots with their shares. */
type Where = [share: number, spot: Spot][];
/** Half at the hot place, the rest along the streets and anywhere in the district. */
const AT_HOT_PLACE = (near: 'underpass' | 'schoolyard' | 'parking' | 'busstop'): Where => [[0.5, { near, sdM: 60 }], [0.3, 'street'], [0.2, 'anywhere']];
const ONLY = (spot: Spot): Where => [[1, spot]];

interface Cluster {
  categories: Category[];
  where: Where;
  perWeek: number;
  /** The fewest in a whole week (none by default). */
  atLeast?: number;
  hours: number[];
  /** The weeks before the current one it is active in (0 = the current week); undefined = all of them. */
  weeksAgo?: { min?: number; max?: number };
}

function weighted(random: () => number, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  return weights.findIndex((w) => (r -= w) < 0);
}

/** Monday of the ISO week a calendar day falls in. */
const mondayOf = (day: string) => addDays(day, 1 - isoWeekday(day));

function clustersOf(d: DemoDistrict): Cluster[] {
  if (!d.priority) {
    return [{ categories: BACKGROUND, perWeek: 0.6, hours: HOUR_WEIGHTS,
      where: [[0.25, { near: 'square', sdM: 80 }], [0.15, { near: 'schoolyard', sdM: 60 }], [0.4, 'street'], [0.2, 'anywhere']] }];
  }
  const clusters: Cluster[] = CLUSTERS.map(({ categories, near }) => ({ categories, where: AT_HOT_PLACE(near), perWeek: 1.6, hours: HOUR_WEIGHTS }));
  // The tour's hot spot: every week at least three evenings' incidents at the square, where the venues are.
  clusters.push({ categories: EVENING, where: ONLY({ near: 'square', sdM: 60 }), perWeek: 3, atLeast: 3, hours: EVENING_WEIGHTS });
  const busStop = ONLY({ near: 'busstop', sdM: 60 });
  if (d.id === 'skaggetorp') clusters.push({ categories: ['stone_throwing', 'fire'], where: busStop, perWeek: 3, hours: EVENING_WEIGHTS, weeksAgo: { max: RECENT_WEEKS } });
  if (d.id === 'berga') clusters.push({ categories: ['graffiti', 'vandalism'], where: busStop, perWeek: 3, hours: HOUR_WEIGHTS, weeksAgo: { min: RECENT_WEEKS + 1 } });
  return clusters;
}

export async function loadDemoIncidents(db: Db, now: Date): Promise<string | null> {
  const [existing] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM incidents.incident`);
  if ((existing?.n ?? 0) > 0) return null;
  const districts = await readDemoDistricts(db);
  const today = swedishDay(now);
  const thisMonday = mondayOf(today);
  // 4 January is always in ISO week 1.
  const weeks = Math.round((Date.parse(thisMonday) - Date.parse(mondayOf(`${Number(today.slice(0, 4)) - 1}-01-04`))) / (7 * DAY)) + 1;
  const rows = { local: [] as string[], category: [] as string[], lon: [] as number[], lat: [] as number[] };
  for (const d of districts) {
    clustersOf(d).forEach((c, index) => {
      for (let weeksAgo = 0; weeksAgo < weeks; weeksAgo += 1) {
        if (weeksAgo > (c.weeksAgo?.max ?? Infinity) || weeksAgo < (c.weeksAgo?.min ?? 0)) continue;
        const random = createRandom(seedOf(SEED, d.id, index, weeksAgo));
        const place = createRandom(seedOf(SEED, 'where', d.id, index, weeksAgo));
        const monday = addDays(thisMonday, -7 * weeksAgo);
        // A Poisson-ish weekly count around the cluster's rate.
        const n = Math.max(c.atLeast ?? 0, Math.round(random.normal(c.perWeek, Math.sqrt(c.perWeek))));
        for (let k = 0; k < n; k += 1) {
          const day = addDays(monday, weighted(random.next, DAY_WEIGHTS));
          const time = `${String(weighted(random.next, c.hours)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
          rows.local.push(`${day} ${time}`);
          rows.category.push(random.pick(c.categories));
          const [lon, lat] = d.scatter(place, c.where[weighted(place.next, c.where.map(([share]) => share))]![1], EDGE_M);
          rows.lon.push(lon);
          rows.lat.push(lat);
        }
      }
    });
  }
  // Wall-clock times become instants in the database, which knows Sweden's clock changes; the
  // current week ends now.
  const [inserted] = await db.query<{ n: number }>(
    `WITH ins AS (
       INSERT INTO incidents.incident (occurred_at, category, description, precision, location, district_id, reported_by, source)
       SELECT r.at, r.category, 'Syntetisk demohändelse', 'exact', p.geom,
              (SELECT d.id FROM geo.district d WHERE ST_Intersects(d.geom, p.geom) ORDER BY d.id LIMIT 1),
              'Demo (syntetisk)', 'demo'
         FROM unnest($1::timestamp[], $2::text[], $3::float8[], $4::float8[]) AS u(local, category, lon, lat)
        CROSS JOIN LATERAL (SELECT u.local AT TIME ZONE 'Europe/Stockholm' AS at, u.category) AS r
        CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326) AS geom) AS p
        WHERE r.at <= $5::timestamptz
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [rows.local, rows.category, rows.lon, rows.lat, now],
  );
  return `${inserted!.n} synthetic demo incidents over ${weeks} weeks`;
}
