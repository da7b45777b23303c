import { createRandom, type Db } from '@tk/gis';
import type { Category } from './categories.js';

/**
 * Synthetic incidents for the demo, labelled as such (source 'demo', reported by "Demo (syntetisk)").
 * Seeded, so every machine gets the same data for the same day. From 1 January of last year until
 * now, so a week can be compared with the same week a year earlier:
 * - a weekly and daily rhythm (more on Friday and Saturday, evenings and nights);
 * - persistent clusters in each priority district, one of them an evening cluster by the district's
 *   centre where the demo venues are;
 * - in Skäggetorp a cluster that appears in the last eight weeks, in Berga one that fades out
 *   (stops eight weeks ago);
 * - a sparse background everywhere.
 */
const SEED = 20261126;
const DAY = 86_400_000;
const DAY_WEIGHTS = [0.8, 0.8, 0.9, 1.0, 1.4, 1.8, 1.2]; // Mon … Sun
const HOUR_WEIGHTS = [6, 5, 3, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10, 10, 9, 8];
const EVENING_WEIGHTS = HOUR_WEIGHTS.map((w, h) => (h >= 20 || h <= 2 ? w * 3 : w / 3));
const CLUSTER_CATEGORIES: Category[][] = [
  ['vandalism', 'graffiti', 'littering'],
  ['drug_dealing', 'public_disorder', 'youth_gathering'],
  ['unsafe_place', 'threat_violence', 'stone_throwing', 'fire'],
];
const EVENING: Category[] = ['public_disorder', 'threat_violence', 'vandalism'];
const BACKGROUND: Category[] = ['vandalism', 'graffiti', 'burglary', 'littering', 'other', 'public_disorder'];

interface Cluster {
  lon: number;
  lat: number;
  spread: number;
  categories: Category[];
  perWeek: number;
  hours: number[];
  /** Active from/until (ms); undefined = the whole period. */
  from?: number;
  until?: number;
}

function weighted(random: () => number, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  return weights.findIndex((w) => (r -= w) < 0);
}

/** Monday 00:00 UTC of the week containing `date`. */
function weekStart(date: Date): number {
  const d = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return d - ((new Date(d).getUTCDay() + 6) % 7) * DAY;
}

function clustersOf(d: { id: string; priority: boolean; lon: number; lat: number }, random: ReturnType<typeof createRandom>, now: number): Cluster[] {
  const around = (sdLon: number, sdLat: number) => ({ lon: d.lon + random.normal(0, sdLon), lat: d.lat + random.normal(0, sdLat) });
  if (!d.priority) return [{ ...around(0.006, 0.003), spread: 0.004, categories: BACKGROUND, perWeek: 0.6, hours: HOUR_WEIGHTS }];
  const clusters: Cluster[] = CLUSTER_CATEGORIES.map((categories) => ({ ...around(0.006, 0.003), spread: 0.0012, categories, perWeek: 1.6, hours: HOUR_WEIGHTS }));
  clusters.push({ lon: d.lon, lat: d.lat, spread: 0.0008, categories: EVENING, perWeek: 1.2, hours: EVENING_WEIGHTS });
  if (d.id === 'skaggetorp') clusters.push({ ...around(0.004, 0.002), spread: 0.0008, categories: ['stone_throwing', 'fire'], perWeek: 3, hours: EVENING_WEIGHTS, from: now - 8 * 7 * DAY });
  if (d.id === 'berga') clusters.push({ ...around(0.004, 0.002), spread: 0.0008, categories: ['graffiti', 'vandalism'], perWeek: 3, hours: HOUR_WEIGHTS, until: now - 8 * 7 * DAY });
  return clusters;
}

export async function loadDemoIncidents(db: Db, now = new Date()): Promise<string | null> {
  const [existing] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM incidents.incident`);
  if ((existing?.n ?? 0) > 0) return null;
  const districts = await db.query<{ id: string; priority: boolean; lon: number; lat: number }>(
    `SELECT id, priority, ST_X(p) AS lon, ST_Y(p) AS lat
       FROM (SELECT id, priority, ST_PointOnSurface(geom) AS p FROM geo.district) d ORDER BY id`,
  );
  const random = createRandom(SEED);
  const end = now.getTime();
  const start = weekStart(new Date(Date.UTC(now.getUTCFullYear() - 1, 0, 4)));
  const weeks = Math.ceil((end - start) / (7 * DAY));
  const rows = { at: [] as string[], category: [] as string[], lon: [] as number[], lat: [] as number[] };
  for (const d of districts) {
    for (const c of clustersOf(d, random, end)) {
      for (let w = 0; w < weeks; w += 1) {
        // A Poisson-ish weekly count around the cluster's rate.
        const n = Math.max(0, Math.round(random.normal(c.perWeek, Math.sqrt(c.perWeek))));
        for (let k = 0; k < n; k += 1) {
          const at = start + w * 7 * DAY + weighted(random.next, DAY_WEIGHTS) * DAY + weighted(random.next, c.hours) * 3_600_000 + random.int(0, 59) * 60_000;
          if (at > end || (c.from && at < c.from) || (c.until && at > c.until)) continue;
          rows.at.push(new Date(at).toISOString());
          rows.category.push(random.pick(c.categories));
          rows.lon.push(c.lon + random.normal(0, c.spread / 0.52));
          rows.lat.push(c.lat + random.normal(0, c.spread));
        }
      }
    }
  }
  await db.query(
    `INSERT INTO incidents.incident (occurred_at, category, description, precision, location, district_id, reported_by, source)
     SELECT r.at, r.category, 'Syntetisk demohändelse', 'exact', p.geom,
            (SELECT d.id FROM geo.district d WHERE ST_Intersects(d.geom, p.geom) ORDER BY d.id LIMIT 1),
            'Demo (syntetisk)', 'demo'
       FROM unnest($1::timestamptz[], $2::text[], $3::float8[], $4::float8[]) AS r(at, category, lon, lat)
      CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326) AS geom) AS p`,
    [rows.at, rows.category, rows.lon, rows.lat],
  );
  return `${rows.at.length} synthetic demo incidents over ${weeks} weeks`;
}
