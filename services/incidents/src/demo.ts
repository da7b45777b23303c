import { createRandom, type Db } from '@tk/gis';
import type { Category } from './categories.js';

/**
 * Synthetic incidents for the demo, labelled as such (source 'demo'). Seeded, so every machine gets
 * the same data for the same anchor week: clusters in the priority districts, a sparse background
 * elsewhere, more in the evenings and at weekends.
 */
const SEED = 20261126;
const WEEKS = 16;
const DAY_WEIGHTS = [0.8, 0.8, 0.9, 1.0, 1.4, 1.8, 1.2]; // Mon … Sun
const HOUR_WEIGHTS = [6, 5, 3, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10, 10, 9, 8];
const CLUSTER_CATEGORIES: Category[][] = [
  ['vandalism', 'graffiti', 'littering'],
  ['drug_dealing', 'public_disorder', 'youth_gathering'],
  ['unsafe_place', 'threat_violence', 'stone_throwing', 'fire'],
];
const BACKGROUND: Category[] = ['vandalism', 'graffiti', 'burglary', 'littering', 'other', 'public_disorder'];

function weighted(random: () => number, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  return weights.findIndex((w) => (r -= w) < 0);
}

/** Monday 00:00 UTC of the week containing `date`. */
function weekStart(date: Date): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d;
}

export async function loadDemoIncidents(db: Db, now = new Date()): Promise<string | null> {
  const [existing] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM incidents.incident`);
  if ((existing?.n ?? 0) > 0) return null;
  const districts = await db.query<{ id: string; priority: boolean; lon: number; lat: number }>(
    `SELECT id, priority, ST_X(p) AS lon, ST_Y(p) AS lat
       FROM (SELECT id, priority, ST_PointOnSurface(geom) AS p FROM geo.district) d ORDER BY id`,
  );
  const random = createRandom(SEED);
  const start = weekStart(now).getTime() - WEEKS * 7 * 86_400_000;
  const rows = { at: [] as string[], category: [] as string[], lon: [] as number[], lat: [] as number[] };
  for (const d of districts) {
    // ~0.0015° latitude ≈ 170 m; longitude degrees are shorter by cos(58.4°) ≈ 0.52.
    const clusters = Array.from({ length: d.priority ? 3 : 1 }, (_, k) => ({
      lon: d.lon + random.normal(0, 0.006),
      lat: d.lat + random.normal(0, 0.003),
      categories: CLUSTER_CATEGORIES[k % CLUSTER_CATEGORIES.length]!,
    }));
    const count = d.priority ? 140 : 25;
    for (let n = 0; n < count; n += 1) {
      const inCluster = random.next() < (d.priority ? 0.75 : 0.3);
      const c = random.pick(clusters);
      const spread = inCluster ? 0.0015 : 0.006;
      const day = Math.floor(random.next() * WEEKS) * 7 + weighted(random.next, DAY_WEIGHTS);
      const hour = weighted(random.next, HOUR_WEIGHTS);
      const at = start + day * 86_400_000 + hour * 3_600_000 + random.int(0, 59) * 60_000;
      if (at > now.getTime()) continue;
      rows.at.push(new Date(at).toISOString());
      rows.category.push(inCluster ? random.pick(c.categories) : random.pick(BACKGROUND));
      rows.lon.push(c.lon + random.normal(0, spread / 0.52));
      rows.lat.push(c.lat + random.normal(0, spread));
    }
  }
  await db.query(
    `INSERT INTO incidents.incident (occurred_at, category, description, precision, location, district_id, reported_by, source)
     SELECT r.at, r.category, 'Syntetisk demohändelse', 'exact', p.geom,
            (SELECT d.id FROM geo.district d WHERE ST_Intersects(d.geom, p.geom) LIMIT 1),
            'Demo (syntetisk)', 'demo'
       FROM unnest($1::timestamptz[], $2::text[], $3::float8[], $4::float8[]) AS r(at, category, lon, lat)
      CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326) AS geom) AS p`,
    [rows.at, rows.category, rows.lon, rows.lat],
  );
  return `${rows.at.length} synthetic demo incidents over ${WEEKS} weeks`;
}
